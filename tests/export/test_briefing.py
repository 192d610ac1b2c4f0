"""The briefing PDF read back with pypdf: outline, notes, decisions, metadata, selections, pagination."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export.briefing import BriefingOptions, render
from app.export.selection import select
from app.model.annotation import FollowUp, FollowUpStatus, Stance
from app.services.library.importer import import_file
from app.services.notes import operations as ops
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    library = Library(tmp_path)
    for path in SEEDS.values():
        import_file(library, path)
    store = AnnotationStore(tmp_path)
    haderslev = next(r for r in library.meetings() if r.municipality == "Haderslev")
    lejre = next(r for r in library.meetings() if r.municipality == "Lejre")
    ops.apply(store, haderslev.items[6], ops.note("Spørg til boligsituationen for ukrainske familier — æøå ÆØÅ"))
    ops.apply(store, haderslev.items[6], ops.stance(Stance.FOR))
    ops.apply(store, haderslev.items[6], ops.add_tag("integration"))
    ops.apply(store, lejre.items[2], ops.add_tag("integration"))
    ops.apply(store, lejre.items[3], ops.follow_up(FollowUp(FollowUpStatus.OPEN, "2020-04-01", "ring til STAR")))
    store.close()
    return tmp_path


def _text(path: Path) -> str:
    """The PDF's text as a reader sees it (Qt places words one by one; pypdf joins them with tabs)."""
    raw = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return "\n".join(" ".join(line.replace("\xa0", " ").split()) for line in raw.splitlines())


def test_meeting_briefing_outline_notes_decisions_metadata(profile: Path, tmp_path: Path) -> None:
    library, store = Library(profile), AnnotationStore(profile, take_backup=False)
    record = next(r for r in library.meetings() if r.municipality == "Haderslev")
    out = tmp_path / "out" / "briefing.pdf"
    result = render(select(library, store, meeting_id=record.meeting_id), BriefingOptions(user_name="Mette Ærø"), out)
    reader = PdfReader(out)
    titles = [o.title for o in reader.outline]
    assert titles == [f"{i.number}. {i.title}" for i in record.items]
    text = _text(out)
    assert "Spørg til boligsituationen for ukrainske familier — æøå ÆØÅ" in text
    assert "Punkt 90 udsættes til næste møde." in text  # a decision
    assert "Personlig forberedelse — Mette Ærø" in text
    assert f"Side 1 af {result.pages}" in text and 3 <= result.pages <= 20
    meta = reader.metadata
    assert meta.title.startswith("Briefing — Beskæftigelse- og Borgerserviceudvalget")
    assert meta.author == "Mette Ærø" and meta["/Keywords"] == "integration"


def test_tag_and_follow_up_selections_hold_exactly_the_right_items(profile: Path, tmp_path: Path) -> None:
    library, store = Library(profile), AnnotationStore(profile, take_backup=False)
    tagged = select(library, store, tag="integration")
    assert [(e.record.municipality, e.item.number) for e in tagged] == [("Lejre", "3"), ("Haderslev", "94")]
    follow = select(library, store, follow_up=True)
    assert [(e.record.municipality, e.item.number) for e in follow] == [("Lejre", "4")]
    out = tmp_path / "tag.pdf"
    render(tagged, BriefingOptions(title="Tag: integration"), out)
    ukraine = "94. Status på implementering af særlov om midlertidig opholdstilladelse til personer, der er fordrevet"
    assert [o.title for o in PdfReader(out).outline] == ["3. Dialogtema om integration", ukraine + " fra Ukraine"]


def _import_minutes(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    """A text referat imported into a fresh profile: (library, annotation store, import result)."""
    source = tmp_path / "oeu.txt"
    source.write_text("\n".join(lines), encoding="utf-8")
    library = Library(tmp_path)
    return library, AnnotationStore(tmp_path), import_file(library, source)


def test_forty_items_with_long_notes_paginate_without_losing_text(tmp_path: Path) -> None:
    lines = ["REFERAT Økonomiudvalget d. 01-02-2024", ""]
    for n in range(1, 41):
        lines += [f"Punkt {n}: Sag nummer {n} om budget og anlæg", "", f"24/{1000 + n}", "", "## Indstilling", "",
                  f"Direktionen indstiller, at sag {n} godkendes.", "", "## Beslutning Økonomiudvalget den 01-02-2024",
                  "", "Godkendt.", ""]  # fmt: skip
    library, store, result = _import_minutes(tmp_path, lines)
    record = library.record(result.meeting_id)
    for item in record.items:
        body = "\n".join(
            f"Linje {k} i noten til punkt {item.number}: spørgsmål om økonomi og tidsplan." for k in range(25)
        )
        ops.apply(store, item, ops.note(body + f"\nSLUT-{item.number}-ÆØÅ"))
    out = tmp_path / "40.pdf"
    briefing = render(select(library, store, meeting_id=result.meeting_id), BriefingOptions(), out)
    text = _text(out)
    assert all(f"SLUT-{n}-ÆØÅ" in text for n in range(1, 41))
    assert all(f"Linje 24 i noten til punkt {n}:" in text for n in range(1, 41))
    assert 25 <= briefing.pages <= 120
    assert len(PdfReader(out).outline) == 40


def test_cli_export_briefing(profile: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export-briefing", "--follow-up", "--out", str(out),
         "--profile", str(profile), "--name", "Ole"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [o.title for o in PdfReader(out).outline] == ["4. Projekt Tidlig Indsats"]
    assert "ring til STAR" in _text(out)


def _page_lines(path: Path) -> list[list[str]]:
    """Each page's text lines, without the running header and the "Side N af M" footer."""
    pages = []
    for page in PdfReader(path).pages:
        lines = [" ".join(line.replace("\xa0", " ").split()) for line in (page.extract_text() or "").splitlines()]
        pages.append([t for t in lines if t and not t.startswith("Side ") and "Personlig forberedelse" not in t])
    return pages


def test_headings_keep_with_their_text_and_no_line_is_on_two_pages(tmp_path: Path) -> None:
    """Items of uneven length put headings at every height of the page: none may end a page,
    and a paragraph running over a page break must not leave its last line on the next page
    too (Qt paints it there clipped, invisible, but it stood in the text layer twice)."""
    lines = ["REFERAT Økonomiudvalget d. 01-02-2024", ""]
    for n in range(1, 31):
        sentences = range(3 + (n * 7) % 11)
        body = " ".join(f"Sætning {n}.{k} om budgettets forudsætninger og anlægsrammen." for k in sentences)
        lines += [f"Punkt {n}: Sag nummer {n} om budget og anlæg", "", f"24/{1000 + n}", "", "## Resume", "", body, "",
                  "## Indstilling", "", f"Direktionen indstiller, at sag {n} godkendes.", "",
                  "## Beslutning Økonomiudvalget den 01-02-2024", "", f"Godkendt som sag {n}.", ""]  # fmt: skip
    library, store, result = _import_minutes(tmp_path, lines)
    record = library.record(result.meeting_id)
    for item in record.items:
        count = 2 + (int(item.number) * 5) % 13
        note = "\n".join(f"Note {item.number}/{k}: spørg til tidsplanen." for k in range(count))
        ops.apply(store, item, ops.note(note))
    out = tmp_path / "brief.pdf"
    render(select(library, store, meeting_id=result.meeting_id), BriefingOptions(full_text=True), out)
    pages = _page_lines(out)
    assert len(pages) > 8
    headings = {"Resume", "Indstilling", "Beslutning Økonomiudvalget den 01-02-2024", "Min forberedelse", "Noter:"}
    for number, page in enumerate(pages[2:], start=3):  # after the cover and the contents
        assert page[-1] not in headings, f"page {number} ends with the heading {page[-1]!r}"
    # Every note line and every sentence is in the text layer exactly once.
    text = [line for page in pages for line in page]
    notes = [line for line in text if line.startswith("Note ")]
    assert len(notes) == len(set(notes)) == sum(2 + (n * 5) % 13 for n in range(1, 31))
    sentences = [s for page in pages for s in set(re.findall(r"Sætning \d+\.\d+ ", " ".join(page) + " "))]
    assert len(sentences) > 100 and len(sentences) == len(set(sentences)), "a sentence stands on two pages"
