"""Presentation for the window: dates in the user's language and the escaped HTML of the pages.

Dates follow the application's QLocale (:func:`app.export.dates.long_date`), so the English
window shows "14 August 2019"; blocks are rendered by :mod:`app.export.html`, as in the briefing.
"""

from __future__ import annotations

import html
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from app.export.dates import long_date as long_date  # the window's modules take dates from here
from app.export.html import blocks_html, treatments_html
from app.model import AgendaItem, Meeting, SectionKind
from app.services.case_history import CaseEntry
from app.services.plaintext import visible_controls

STYLE = """
body { font-family: sans-serif; font-size: 11pt; color: #1d2733; }
h1 { font-size: 17pt; margin: 0 0 4px 0; }
.meta { color: #5a6675; margin-bottom: 10px; }
.badge { background: #b3261e; color: white; padding: 1px 6px; }
h2 { font-size: 12.5pt; color: #284b7a; margin: 16px 0 4px 0; }
table.rec { background: #eef4fb; border-left: 4px solid #3b73b9; margin-top: 10px; }
table.dec { background: #e8f5ea; border-left: 4px solid #2e8b4a; margin-top: 10px; }
table.grid { border-collapse: collapse; }
table.grid td { border: 1px solid #c9d1db; padding: 3px 6px; }
.att { color: #444; }
.notice { color: #6b5a2e; background: #fbf6e6; padding: 4px 8px; }
.when { color: #5a6675; }
"""


def escape(text: str) -> str:
    """Document text for our HTML: escaped, with bidi overrides shown (they could reorder a line)."""
    return html.escape(visible_controls(text))


def label(text: str) -> str:
    """A label defined once in the model (stance, follow-up state), in the user's language.

    ``tools/translations.py`` puts every such label into the translation file (context "Labels").
    """
    return QCoreApplication.translate("Labels", text)


def page_texts() -> dict[str, str]:
    """The fixed words of the item and meeting pages, in the user's language."""
    return {
        "case": QCoreApplication.translate("ItemPage", "Sagsnr."),
        "closed": QCoreApplication.translate("ItemPage", "Lukket"),
        "closed_body": QCoreApplication.translate("ItemPage", "Lukket punkt — indholdet er ikke offentliggjort."),
        "absent": QCoreApplication.translate("ItemPage", "Fraværende"),
        "attachments": QCoreApplication.translate("ItemPage", "Bilag"),
        "committee": QCoreApplication.translate("ItemPage", "Udvalg"),
        "municipality": QCoreApplication.translate("ItemPage", "Kommune"),
        "date": QCoreApplication.translate("ItemPage", "Dato"),
        "place": QCoreApplication.translate("ItemPage", "Mødested"),
        "participants": QCoreApplication.translate("ItemPage", "Deltagere"),
        "items": QCoreApplication.translate("ItemPage", "Punkter"),
        "kind_B": QCoreApplication.translate("ItemPage", "Beslutning"),
        "kind_O": QCoreApplication.translate("ItemPage", "Orientering"),
        "kind_D": QCoreApplication.translate("ItemPage", "Drøftelse"),
        "history": QCoreApplication.translate("ItemPage", "Sagshistorik (samme sagsnummer)"),
        "referat": QCoreApplication.translate("ItemPage", "Referat"),
        "dagsorden": QCoreApplication.translate("ItemPage", "Dagsorden"),
        "at": QCoreApplication.translate("ItemPage", "kl."),
        "point": QCoreApplication.translate("ItemPage", "punkt"),
        "notice": QCoreApplication.translate("ItemPage", "Strukturen er læst med forbehold"),
        "open_original": QCoreApplication.translate("ItemPage", "Åbn original"),
        "referat without decisions": QCoreApplication.translate("ItemPage", "referatet har ingen beslutninger"),
        "title taken from contents": QCoreApplication.translate(
            "ItemPage", "en titel er taget fra indholdsfortegnelsen"
        ),
        "items out of sequence": QCoreApplication.translate("ItemPage", "punkterne står ikke i rækkefølge"),
        "no meeting date": QCoreApplication.translate("ItemPage", "mødedatoen er ikke fundet"),
        "no committee": QCoreApplication.translate("ItemPage", "udvalget er ikke fundet"),
    }


def warnings_notice(meeting: Meeting) -> str:
    """A quiet line over the page when the parser was unsure, with the way to the original."""
    if not meeting.warnings:
        return ""
    tr = page_texts()
    said = ", ".join(escape(tr.get(w, w)) for w in meeting.warnings)
    return f"<p class='notice'>{tr['notice']}: {said} · <a href='app:original'>{tr['open_original']}</a></p>"


def item_html(
    meeting: Meeting, item: AgendaItem, history: list[CaseEntry] | None = None, bilag: str | None = None
) -> str:
    """The structured item page; every piece of document text is escaped.

    ``bilag`` is the section listing the item's stored bilag (:func:`app.ui.bilag_view.bilag_html`);
    without it the listed names are shown as plain text.
    """
    tr = page_texts()
    meta = [f"{escape(meeting.committee or '')} · {escape(long_date(meeting.date))}"]
    if item.case_number:
        meta.append(f"{tr['case']} {escape(item.case_number)}")
    if item.kind_marker:
        meta.append(escape(tr.get("kind_" + item.kind_marker, f"({item.kind_marker})")))
    badge = f" <span class='badge'>{tr['closed']}</span>" if item.closed else ""
    html = [
        warnings_notice(meeting),
        f"<h1>{escape(item.number)}. {escape(item.title)}{badge}</h1>",
        f"<div class='meta'>{' · '.join(meta)}</div>",
    ]
    if item.closed and not item.sections:
        html.append(f"<p><i>{tr['closed_body']}</i></p>")
    for section in item.sections:
        heading = escape(section.heading) if section.heading else ""
        body = blocks_html(section.blocks)
        if section.kind in (SectionKind.RECOMMENDATION, SectionKind.DECISION):
            if not section.text.strip():
                continue  # an empty box (SBSYS's unminuted "Referat") would look like a decision
            css = "rec" if section.kind is SectionKind.RECOMMENDATION else "dec"
            html.append(
                f"<table class='{css}' width='100%' cellpadding='10' cellspacing='0'>"
                f"<tr><td><h2>{heading}</h2>{body}</td></tr></table><p></p>"
            )
        elif section.kind is SectionKind.ATTACHMENTS:
            continue
        else:
            if section.kind is SectionKind.HISTORY and item.treatments:
                body = treatments_html(item.treatments, long_date, tr["point"])  # Sagsforløb as a timeline
            html.append((f"<h2>{heading}</h2>" if heading else "") + body)
    for decision in item.decisions:
        if decision.absent:
            html.append(f"<p class='att'>{tr['absent']}: {escape(', '.join(decision.absent))}</p>")
    if bilag is not None:
        html.append(bilag)
    elif item.attachments:
        rows = "".join(
            f"<li>{escape(a.name)}"
            + (f" <span class='att'>({escape(a.document_number)})</span>" if a.document_number else "")
            + "</li>"
            for a in item.attachments
        )
        html.append(f"<h2>{tr['attachments']}</h2><ul>{rows}</ul>")
    if history:
        entries = "".join(
            f"<li><a href='app:{quote(e.item_id)}'>{escape(long_date(e.date))} · {escape(e.committee or '')} "
            f"({tr['referat'] if e.document_type == 'referat' else tr['dagsorden']}) · "
            f"{escape(e.number)}. {escape(e.title)}</a>"
            + (f"<br><span class='att'>{escape(e.decision[:220])}</span>" if e.decision else "")
            + "</li>"
            for e in history
        )
        html.append(f"<h2>{tr['history']}</h2><ul>{entries}</ul>")
    return "".join(html)


def meeting_html(meeting: Meeting, meeting_id: str = "") -> str:
    """The meeting page: who, when, where, and the items as links."""
    tr = page_texts()
    rows = [
        (tr["committee"], meeting.committee or ""),
        (tr["municipality"], meeting.municipality or ""),
        (tr["date"], long_date(meeting.date) + (f" {tr['at']} {meeting.start_time}" if meeting.start_time else "")),
        (tr["place"], meeting.location or ""),
        (tr["participants"], ", ".join(meeting.participants) or "–"),
        (tr["absent"], ", ".join(meeting.absent) or "–"),
    ]
    table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    links = []
    for item in meeting.items:
        href = f"app:{quote(meeting_id + ':' + item.number)}"
        closed = f" <span class='badge'>{tr['closed']}</span>" if item.closed else ""
        links.append(f"<li><a href='{href}'>{escape(item.number)}. {escape(item.title)}</a>{closed}</li>")
    title = f"<h1>{escape(meeting.committee or '')}</h1>"
    notice = warnings_notice(meeting)
    return f"{notice}{title}<table cellpadding='3'>{table}</table><h2>{tr['items']}</h2><ul>{''.join(links)}</ul>"


def welcome_html() -> str:
    """The empty library: what Mødemappe is for, and a way in."""

    tr = {
        "welcome": QCoreApplication.translate("ItemPage", "Velkommen til Mødemappe"),
        "empty": QCoreApplication.translate(
            "ItemPage",
            "Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — "
            "via Fil → Importér eller ved at trække filerne ind i vinduet.",
        ),
        "import": QCoreApplication.translate("ItemPage", "Importér filer …"),
        "demo": QCoreApplication.translate("ItemPage", "Indlæs demo-biblioteket (fem rigtige referater)"),
    }  # fmt: skip
    return (
        f"<h1>{escape(tr['welcome'])}</h1><p>{escape(tr['empty'])}</p>"
        f"<p><a href='app:import'>{escape(tr['import'])}</a></p>"
        f"<p><a href='app:demo'>{escape(tr['demo'])}</a></p>"
    )
