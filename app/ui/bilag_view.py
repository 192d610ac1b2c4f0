"""The item page's "Bilag" section: every listed bilag with its page count, opened in the page view.

A bilag the item lists but that was never imported or downloaded is shown as missing — a
member must see that something exists which they have not read, not an empty spot. Stored
documents the item does not list (eDoc's own per-item PDF, a bilag placed by hand) follow.
Links are our own ``app:bilag/<sha256>`` and every name is escaped.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.model import AgendaItem
from app.model.folding import words
from app.services.library.bilag import ITEM_PDF, BilagRecord

MISSING_STYLE = "color:#b3261e"


def _texts() -> dict[str, str]:
    return {
        "heading": QCoreApplication.translate("ItemPage", "Bilag"),
        "gone": QCoreApplication.translate("ItemPage", "filen mangler i profilen"),
        "missing": QCoreApplication.translate("ItemPage", "mangler — ikke importeret eller hentet"),
        "own": QCoreApplication.translate("ItemPage", "punktets eget dokument"),
        "unlisted": QCoreApplication.translate("ItemPage", "ikke nævnt i punktet"),
    }


def pages_label(pages: int) -> str:
    if pages <= 0:
        return QCoreApplication.translate("ItemPage", "? sider")
    if pages == 1:
        return QCoreApplication.translate("ItemPage", "1 side")
    return QCoreApplication.translate("ItemPage", "%1 sider").replace("%1", str(pages))


Listed = list[tuple[str, str | None, BilagRecord | None]]


def pair_records(item: AgendaItem, records: list[BilagRecord]) -> tuple[Listed, list[BilagRecord]]:
    """(listed name, document number, its stored record or None) per listed bilag; then the unlisted records."""
    left = list(records)
    listed = []
    for attachment in item.attachments:
        key = words(attachment.name)
        record = next((r for r in left if words(r.name) == key), None)
        if record is not None:
            left.remove(record)
        listed.append((attachment.name, attachment.document_number, record))
    return listed, left


def bilag_html(item: AgendaItem, records: list[BilagRecord], on_disk: set[str]) -> str:
    """The section's HTML ("" when the item has no bilag at all); ``on_disk`` holds the hashes whose file exists."""
    listed, unlisted = pair_records(item, records)
    if not listed and not unlisted:
        return ""
    tr = _texts()
    rows = []

    def present(record: BilagRecord, name: str, number: str | None) -> str:
        label = escape(name) + (f" <span class='att'>({escape(number)})</span>" if number else "")
        if record.sha256 not in on_disk:
            return f"{label} <span style='{MISSING_STYLE}'>— {escape(tr['gone'])}</span>"
        return (f"<a href='app:bilag/{record.sha256}'>{label}</a>"
                f" <span class='att'>· {escape(pages_label(record.pages))}</span>")  # fmt: skip

    for name, number, record in listed:
        if record is None:
            missing = escape(tr["missing"])
            label = escape(name) + (f" <span class='att'>({escape(number)})</span>" if number else "")
            rows.append(f"<li>{label} <span style='{MISSING_STYLE}'>— {missing}</span></li>")
        else:
            rows.append(f"<li>{present(record, name, number)}</li>")
    for record in unlisted:
        note = tr["own"] if record.origin == ITEM_PDF else tr["unlisted"]
        rows.append(f"<li>{present(record, record.name, None)} <span class='att'>({escape(note)})</span></li>")
    return f"<h2>{escape(tr['heading'])}</h2><ul>{''.join(rows)}</ul>"
