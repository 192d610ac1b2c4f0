"""Fidelity harness: parse output scored field by field against ground truth.

Document sets and where their truth comes from:

* ``firstagenda`` — every portal JSON in ../shared/real/firstagenda rendered as a
  FirstAgenda-layout PDF (tests/helpers/firstagenda_pdf.py), once as an agenda and once as
  minutes, each in another rendering variant; truth = the JSON's own fields.
* ``acadre`` — the same portal meetings laid out as Acadre/Adlib minutes and agendas
  (tests/helpers/acadre_pdf.py): label-column covers, two-column members, contents and bilag
  tables, earlier decisions, closed items last; truth = what was printed.
* ``plain`` — the same meetings as a small council's plain Word-made minutes
  (tests/helpers/plain_pdf.py): no contents page numbers, no case numbers, "Beslutning:" inline.
* Every third portal meeting is held out of tuning (:func:`held_out`); the built sets report
  the tuned and the held-out meetings on separate lines.
* ``edoc`` — the Ballerup referat and its per-item PDFs against the eDoc XML export.
* ``sbsys`` — the Aarhus referat against its SBSYS publication XML.
* The real documents are scored twice: against their XML as it is ("vs XML"), and against what
  the PDF prints ("vs printed"): the XML with the :data:`ERRATA` applied — each entry a place where
  the printed PDF says otherwise than the XML, checked at bench time against the PDF's own text
  (the printed form must be in it, the XML's form must not), so an erratum can never hide a
  parser miss. SBSYS's XML carries no decision text; the printed "Referat:" boxes are scored in
  the printed figure only (:func:`sbsys_printed_decisions`).
* ``seeds`` — the five seed minutes printed as paginated PDFs at three widths and sizes;
  truth = the parse of the seed text.

Fields: committee, municipality, date, time, place, participants, absentees (meeting); per item
its number (found at all), title, case number, closed flag, the last decision's whole text (start
AND end: a decision that runs on into the next section is wrong), attachments, and on the built
documents the body's paragraphs as printed (one field per item: every boundary right). A
field the truth does not know is not scored. An item the parser invents costs one field.
Usage: python bench/fidelity.py [--set NAME] [--verbose] [--real-docs DIR] [--part tune|held-out]
"""

from __future__ import annotations

import argparse
import copy
import fnmatch
import json
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.model import Meeting  # noqa: E402
from app.parsing import parse_file  # noqa: E402
from app.parsing.errors import ParseError  # noqa: E402

MEETING_FIELDS = ("committee", "municipality", "date", "start_time", "location", "participants", "absent")
ITEM_FIELDS = ("title", "case_number", "closed", "decision", "attachments", "paragraphs")


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        value = value.replace("\u00a0", " ").replace("”", '"').replace("“", '"').replace("’", "'")
        return " ".join(value.split()).strip(" .").casefold()
    if isinstance(value, list):
        return sorted(_norm(v) for v in value)
    return value


def _unlisted(text: str) -> str:
    """A decision's words without list markers ("1. Godkendt" / "Godkendt" read the same)."""
    text = re.sub(r"(?m)^\s*(?:\d{1,2}[.)]|[a-zæøå][.)]|[-•▪])\s+", "", text)
    return re.sub(r"(?<=\s)\d{1,2}[.)](?=\s)", "", text)


@dataclass
class Score:
    name: str
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)
    paragraphs_right: int = 0  # of which paragraph-boundary fields (built documents only)
    paragraphs_total: int = 0

    def add(self, label: str, ok: bool, got: Any = None, want: Any = None) -> None:
        self.total += 1
        if label.endswith(".paragraphs"):
            self.paragraphs_total += 1
            self.paragraphs_right += int(ok)
        if ok:
            self.right += 1
        else:
            self.misses.append(f"{label}: got {str(got)[:110]!r}, want {str(want)[:110]!r}")

    @property
    def percent(self) -> float:
        return 100.0 * self.right / self.total if self.total else 100.0


def score(meeting: Meeting | None, truth: dict[str, Any], name: str) -> Score:
    """Compare one parse with its truth; ``meeting`` None = the parser refused the document."""
    result = Score(name)
    if meeting is None:
        fields = sum(1 for f in MEETING_FIELDS if truth.get(f) is not None)
        fields += sum(1 + sum(1 for f in ITEM_FIELDS if f in it) for it in truth["items"])
        result.total = fields
        result.misses.append("refused")
        return result
    for f in MEETING_FIELDS:
        want = truth.get(f)
        if want is None:
            continue
        got = getattr(meeting, f)
        ok = not got if want == NOT_PRINTED else _norm(got) == _norm(want)
        result.add(f, ok, got, want)
    items = {i.number: i for i in meeting.items}
    expected = {str(it["number"]) for it in truth["items"]}
    for it in truth["items"]:
        number = str(it["number"])
        item = items.get(number)
        result.add(f"item {number}", item is not None, None, it.get("title"))
        for f in ITEM_FIELDS:
            if f not in it:
                continue
            want = it[f]
            if item is None:
                result.add(f"{number}.{f}", False, None, want)
                continue
            if f == "decision":
                last = item.last_decision
                got = _unlisted(last.text) if last and last.text.strip() else None
                want = _unlisted(want) if want else None
                # The whole text, start AND end: a decision that runs on into the next section is wrong.
                ok = _norm(got) == _norm(want) if want is not None else got is None
            elif f == "paragraphs":
                got = _paragraphs(item)
                want = _real_paragraphs(want)
                ok = [_norm(p) for p in got] == [_norm(p) for p in want]
                if not ok:
                    first = next((i for i, (a, b) in enumerate(zip(got, want)) if _norm(a) != _norm(b)), None)
                    got, want = (got[first], want[first]) if first is not None else (len(got), len(want))
            elif f == "attachments":
                got = [a.name for a in item.attachments]
                ok = _norm(got) == _norm(want)
            else:
                got = getattr(item, f)
                ok = not got if want == NOT_PRINTED else _norm(got) == _norm(want)
            result.add(f"{number}.{f}", ok, got, want)
    for number in items:
        if number not in expected:
            result.add(f"extra item {number}", False, items[number].title, None)
    return result


def _paragraphs(item: Any) -> list[str]:
    """The item's body paragraphs as printed (not its decision, bilag, lists or sub-headings)."""
    from app.model import BlockKind, SectionKind

    skip = (SectionKind.DECISION, SectionKind.ATTACHMENTS, SectionKind.HISTORY)
    texts = [b.text for s in item.sections if s.kind not in skip for b in s.blocks if b.kind is BlockKind.PARAGRAPH]
    return _real_paragraphs(texts)


def _real_paragraphs(texts: list[str]) -> list[str]:
    """Paragraphs of at least a line's worth of words: a one-word "Resume" printed as a
    paragraph is a heading to any reader, a dash says nothing about where paragraphs end, and a
    paragraph printed with its own marker ("1. …", "- …", "a) …") reads as a list item."""
    return [t for t in texts if len(t.split()) >= 6 and not _LIST_START_RE.match(t)]


_LIST_START_RE = re.compile(r"^\s*(?:[-•–▪*]|\d{1,2}[.)]|[a-zæøå][.)]|\(\w{1,2}\))\s", re.IGNORECASE)


def _parse(path: Path) -> Meeting | None:
    try:
        return parse_file(path)
    except ParseError:
        return None


# --- errata: where the printed PDF says otherwise than its XML --------------------------------


@dataclass(frozen=True)
class Erratum:
    """One place where a real PDF prints otherwise than the XML it is scored against.

    The ground truth for a PDF parser is what is printed. An erratum replaces the XML's form of
    one field by the printed form — or drops it when it is not printed at all — and is applied
    only when the PDF's own extracted text (raw pypdf, not the parser) bears it out: the printed
    form ends a printed line, and the XML's form is nowhere in the text. So it cannot turn a
    parser miss into a hit: it only ever points the truth at words the page carries.
    """

    documents: str  # file name pattern (fnmatch): the referat and the per-item PDF print the same
    field: str  # "municipality", "participants", "3.attachments"
    xml: str  # the XML's form (one entry of a list field)
    printed: str | None  # the form printed; None = not printed at all (the field is not scored / entry dropped)
    why: str


ERRATA: tuple[Erratum, ...] = (
    Erratum("ballerup_*", "3.attachments", "Kvalitetsstandarder for stof- og alkoholbehandling 2013",
            "Kvalitetsstandarder for stof- og alkoholmisbrug 2013",
            "the bilag line prints 'alkoholmisbrug', the XML's attachment title says 'alkoholbehandling'"),
    Erratum("ballerup_*", "4.attachments", "Forslag til takstreduktion aflastningstilbuddet Torvevej 2013",
            "Forslag til taksreduktioner aflastningstilbuddet Torvevej",
            "the bilag line prints the document's own (misspelt) name without '2013'"),
    Erratum("ballerup_*", "6.attachments", "Prioritering af midler til kronikerindsatser",
            "Prioritering af midler til kronikerindsats",
            "the bilag line prints 'kronikerindsats', the XML 'kronikerindsatser'"),
    Erratum("aarhus_*", "municipality", "Aarhus", None,
            "the SBSYS referat names no municipality anywhere (only 'Tværgående møder', 'Rådhuset lokale 233')"),
    Erratum("aarhus_*", "participants", "Katrine Rasmussen", None,
            "the XML lists 11 members, the printed 'Deltagere' 10: Katrine Rasmussen is not printed"),
)  # fmt: skip


def pdf_text(path: Path) -> str:
    """The PDF's text by raw pypdf, independent of the parser: what the errata are checked against."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2013", "-").split()).casefold()


def erratum_holds(erratum: Erratum, text: str) -> bool:
    """Does the PDF's own text bear the erratum out? The XML's form is nowhere in it, and the
    printed form (if any) ends a printed line."""
    if _flat(erratum.xml) in _flat(text):
        return False
    if erratum.printed is None:
        return True
    lines = (_flat(line) for line in text.splitlines())
    want = _flat(erratum.printed)
    return any(line == want or line.endswith(" " + want) for line in lines)


NOT_PRINTED = "\x00not printed"  # a field the truth knows but the page does not print: the parser must give none


def printed_truth(doc_name: str, path: Path, truth: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The truth as printed: ``truth`` with every erratum of this document that the PDF bears out.
    Returns the new truth and one line per erratum (applied, or refused because the page does not
    bear it out — then the XML's form stays and a parser that reads the print is marked wrong)."""
    errata = [e for e in ERRATA if fnmatch.fnmatch(doc_name, e.documents)]
    out = copy.deepcopy(truth)
    if not errata:
        return out, []
    text = pdf_text(path)
    report = []
    for erratum in errata:
        number, _, name = erratum.field.rpartition(".")
        holder = out if not number else next((it for it in out["items"] if str(it["number"]) == number), None)
        if holder is None or name not in holder:
            continue
        if not erratum_holds(erratum, text):
            report.append(f"NOT applied (the PDF does not bear it out): {erratum.field} {erratum.xml!r}")
            continue
        value = holder[name]
        if isinstance(value, list):
            rest = [v for v in value if _norm(v) != _norm(erratum.xml)]
            holder[name] = rest + ([erratum.printed] if erratum.printed is not None else [])
        elif erratum.printed is None:
            holder[name] = NOT_PRINTED
        else:
            holder[name] = erratum.printed
        report.append(f"applied: {erratum.field} {erratum.xml!r} -> {erratum.printed!r} ({erratum.why})")
    for pattern, extra in PRINTED_ONLY.items():
        if fnmatch.fnmatch(doc_name, pattern):
            report.extend(extra(text, out))
    return out, report


_SBSYS_HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?) {2,}\S")
_SBSYS_FURNITURE_RE = re.compile(r"^\s*Side \d+\s*$")


def sbsys_printed_decisions(text: str, truth: dict[str, Any]) -> list[str]:
    """SBSYS's XML has no decision text; the referat prints each point's "Referat:" box. Its
    truth comes from the raw text by the layout's own marks, not from the parser: the box runs
    from "Referat:" to the next point's numbered heading ("2.1   Status …"), page furniture
    ("Side 3") left out; a box printed empty is no decision, and a point without a box has none."""
    boxes: dict[str, str | None] = {}
    number: str | None = None
    lines: list[str] | None = None
    for line in text.splitlines():
        heading = _SBSYS_HEADING_RE.match(line)
        if heading:
            number, lines = heading.group(1), None
            boxes[number] = None
            continue
        if number is None or _SBSYS_FURNITURE_RE.match(line):
            continue
        if lines is None and line.strip().startswith("Referat:"):
            lines = [line.strip()[len("Referat:") :]]
            boxes[number] = ""
        elif lines is not None:
            lines.append(line)
        if lines is not None:
            boxes[number] = " ".join(" ".join(lines).split()) or None
    scored = 0
    for item in truth["items"]:
        if str(item["number"]) in boxes:
            item["decision"] = boxes[str(item["number"])]
            scored += 1
    return [f"printed only: {scored} decisions from the printed 'Referat:' boxes (the XML has none)"]


PRINTED_ONLY: dict[str, Callable[[str, dict[str, Any]], list[str]]] = {"aarhus_*": sbsys_printed_decisions}


# --- document sets -------------------------------------------------------------------------


def firstagenda_set(real: Path, tmp: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    from tests.helpers.firstagenda_pdf import build_firstagenda_pdf

    sources = sorted((real / "firstagenda").glob("*.json"))
    for index, source in enumerate(sources):
        data = json.loads(source.read_text(encoding="utf-8"))
        town = source.name.split("_", 1)[0].capitalize()
        for minutes in (False, True):
            variant = index * 2 + int(minutes)
            out = tmp / f"{source.stem}_{'referat' if minutes else 'dagsorden'}.pdf"
            built = build_firstagenda_pdf(data, out, minutes=minutes, variant=variant, municipality=town,
                                          proposals=minutes and index % 2 == 0)  # fmt: skip
            truth = built.truth
            for item in truth["items"]:
                item.pop("history", None)
                item.pop("points", None)
            truth["held_out"] = held_out(index)
            yield out.name, out, truth


def held_out(index: int) -> bool:
    """Every third portal meeting is kept out of tuning: its score is reported on its own."""
    return index % 3 == 2


def _portal_sources(real: Path) -> list[Path]:
    return sorted((real / "firstagenda").glob("*.json"))


def acadre_set(real: Path, tmp: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    from tests.helpers.acadre_pdf import build_acadre_pdf

    for index, source in enumerate(_portal_sources(real)):
        data = json.loads(source.read_text(encoding="utf-8"))
        town = source.name.split("_", 1)[0].capitalize()
        for minutes in (False, True):
            variant = index * 2 + int(minutes) + index // 2
            out = tmp / f"acadre_{source.stem}_{'referat' if minutes else 'dagsorden'}.pdf"
            truth = build_acadre_pdf(data, out, minutes=minutes, variant=variant, municipality=town,
                                     first_number=100 + 37 * index).truth  # fmt: skip
            truth["held_out"] = held_out(index)
            yield out.name, out, truth


def plain_set(real: Path, tmp: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    from tests.helpers.plain_pdf import build_plain_pdf

    for index, source in enumerate(_portal_sources(real)):
        data = json.loads(source.read_text(encoding="utf-8"))
        town = source.name.split("_", 1)[0].capitalize()
        for minutes in (False, True):
            out = tmp / f"plain_{source.stem}_{'referat' if minutes else 'dagsorden'}.pdf"
            truth = build_plain_pdf(data, out, minutes=minutes, variant=index + int(minutes), municipality=town).truth
            truth["held_out"] = held_out(index)
            yield out.name, out, truth


BALLERUP_REFERAT = "ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"
BALLERUP_XML = "ballerup_sfu_2012-12-04_eDocAgendaPublishing.xml"


def edoc_set(real: Path, tmp: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    root = ET.fromstring((real / BALLERUP_XML).read_text(encoding="utf-8").replace("&#xC;", ""))
    when = root.findtext("MeetingDate") or ""
    front = root.findtext(".//MeetingAgendaType/FullText") or ""
    place = re.search(r"^i (.+)$", front, re.M)
    people = re.search(r"\nTilstede\n(.*?)\n\n", front, re.S)
    truth: dict[str, Any] = {
        "committee": root.findtext("Committee"),
        "municipality": "Ballerup",
        "date": "-".join(reversed(when[:10].split("-"))),
        "start_time": when[11:16],
        "location": place.group(1).strip() if place else None,
        "participants": [re.sub(r"\s+-\s+\w+$", "", p).strip() for p in people.group(1).split("\n")]
        if people
        else None,
        "items": [],
    }
    for node in root.iter("MeetingAgendaItem"):
        full = node.findtext("FullText") or ""
        doc = node.find("Document")
        case = re.search(r"Sagsnr\.:\s*(\S+)", full)
        decision = re.search(r"beslutning den [\d.]+ Punkt \d+\s*\n(.+?)(?:\n\s*Følgende deltog ikke|\Z)", full, re.S)
        truth["items"].append(
            {
                "number": node.findtext("AgendaItemNumber"),
                "title": doc.findtext("Title") if doc is not None else "",
                "case_number": case.group(1) if case else None,
                "closed": False,
                "decision": " ".join(decision.group(1).split()) if decision else None,
                "attachments": [a.findtext("Title") or "" for a in node.iter("Attachment")],
            }
        )
    truth["items"].sort(key=lambda it: int(it["number"]))
    yield BALLERUP_REFERAT, real / BALLERUP_REFERAT, truth
    for path in sorted(real.glob("ballerup_sfu_*_punkt*.pdf")):
        number = str(int(re.search(r"punkt(\d+)", path.name).group(1)))  # type: ignore[union-attr]
        one = {k: v for k, v in truth.items() if k in ("committee", "date")}
        one["items"] = [it for it in truth["items"] if it["number"] == number]
        yield path.name, path, one


AARHUS_PDF = "aarhus_moedesystemgruppen_2016-10-06_referat_sbsys.pdf"
AARHUS_XML = "aarhus_moedesystemgruppen_2016-10-06_sbsys_publication.xml"


def sbsys_set(real: Path, tmp: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    root = ET.fromstring((real / AARHUS_XML).read_bytes())
    agenda = root.find(".//Agenda")
    assert agenda is not None
    meeting = agenda.find("Meeting")
    assert meeting is not None
    when = meeting.findtext("When") or ""
    truth = {
        "committee": agenda.findtext("Committee/Name"),
        "municipality": "Aarhus",
        "date": "-".join(reversed(when[:10].split("-"))),
        "start_time": when[11:16],
        "location": meeting.findtext("Where"),
        "participants": [m.findtext("Name") for m in meeting.iter("MeetingMember")],
        "items": [
            {"number": i.findtext("Number"), "title": (i.findtext("Caption") or "").strip()}
            for i in agenda.iter("Item")
            if i.findtext("Number") != "0"
        ],
    }
    yield AARHUS_PDF, real / AARHUS_PDF, truth


def seeds_set(real: Path, tmp: Path) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    from tests.helpers.pdf_builder import build_pdf

    renderings = ((60.0, 1.0), (90.0, 1.1), (45.0, 0.92))
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.txt")):
        text_meeting = parse_file(path)
        truth = {f: getattr(text_meeting, f) for f in MEETING_FIELDS}
        truth["items"] = [
            {
                "number": i.number,
                "title": i.title,
                "case_number": i.case_number,
                "closed": i.closed,
                "decision": i.last_decision.text if i.last_decision else None,
                "attachments": [a.name for a in i.attachments],
            }
            for i in text_meeting.items
        ]
        for index, (margin, scale) in enumerate(renderings):
            out = tmp / f"{path.stem}_{index}.pdf"
            build_pdf(path.read_text(encoding="utf-8"), out, header=f"{text_meeting.committee} — referat",
                      margin=margin, scale=scale)  # fmt: skip
            yield out.name, out, truth


REAL_SETS = ("edoc", "sbsys")  # scored against their XML and against what the PDF prints

SETS: dict[str, Callable[[Path, Path], Iterator[tuple[str, Path, dict[str, Any]]]]] = {
    "firstagenda": firstagenda_set,
    "acadre": acadre_set,
    "plain": plain_set,
    "edoc": edoc_set,
    "sbsys": sbsys_set,
    "seeds": seeds_set,
}


def run(real: Path, names: list[str], verbose: bool, part: str = "all") -> dict[str, Score]:
    """Score every document of the sets; a set built from the portal meetings is reported twice,
    for the meetings tuned on and for the held-out ones (``truth["held_out"]``)."""
    totals: dict[str, Score] = {}
    fields_by_kind: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for set_name in names:
            for doc_name, path, truth in SETS[set_name](real, Path(tmp)):
                held = truth.pop("held_out", None)
                if (part == "tune" and held) or (part == "held-out" and held is False):
                    continue
                meeting = _parse(path)
                if set_name in REAL_SETS:
                    printed, notes = printed_truth(doc_name, path, truth)
                    scorings = [(f"{set_name} vs XML", truth), (f"{set_name} vs printed", printed)]
                    if verbose:
                        for note in notes:
                            print(f"    erratum {doc_name[:40]}: {note}")
                else:
                    key = set_name if held is None else f"{set_name} ({'held-out' if held else 'tuned'})"
                    scorings = [(key, truth)]
                for key, want in scorings:
                    total = totals.setdefault(key, Score(key))
                    result = score(meeting, want, doc_name)
                    total.right += result.right
                    total.total += result.total
                    total.paragraphs_right += result.paragraphs_right
                    total.paragraphs_total += result.paragraphs_total
                    figures = f"{result.right:4d}/{result.total:<4d} {result.percent:6.1f} %"
                    print(f"  {key[:24]:24s} {doc_name[:64]:64s} {figures}")
                    if verbose and not held:
                        for miss in result.misses[:40]:
                            print(f"        - {miss}")
                    if key.endswith("vs XML"):
                        continue  # counted once, by the printed scoring
                    for miss in result.misses:
                        fields_by_kind.setdefault(miss.split(":")[0].split(".")[-1], []).append(1)
    print()
    for total in totals.values():
        line = f"{total.name:24s} fields right: {total.right}/{total.total} = {total.percent:.1f} %"
        if total.paragraphs_total:
            p_right, p_total = total.paragraphs_right, total.paragraphs_total
            rest = 100.0 * (total.right - p_right) / max(total.total - p_total, 1)
            share = 100.0 * p_right / p_total
            line += f"  (paragraph boundaries {p_right}/{p_total} = {share:.1f} %; other fields {rest:.1f} %)"
        print(line)
    counted = [t for t in totals.values() if not t.name.endswith("vs XML")]  # each document once
    right = sum(t.right for t in counted)
    fields = sum(t.total for t in counted)
    print(f"{'all':24s} fields right: {right}/{fields} = {100.0 * right / max(fields, 1):.1f} %")
    if verbose:
        print("misses by field:", {k: len(v) for k, v in sorted(fields_by_kind.items())})
    return totals


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="only this set (repeatable)")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every wrong field")
    default = ROOT.parent / "shared" / "real"
    parser.add_argument("--real-docs", type=Path, default=default if default.is_dir() else Path("/work/shared/real"))
    parser.add_argument("--part", choices=("all", "tune", "held-out"), default="all",
                        help="built sets: only the meetings tuned on, or only the held-out ones")  # fmt: skip
    args = parser.parse_args()
    run(args.real_docs, args.set or list(SETS), args.verbose, args.part)


if __name__ == "__main__":
    main()
