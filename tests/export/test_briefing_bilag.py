"""The briefing's appended bilag pages (#21): the member's highlights as real PDF /Highlight annotations
over the quoted words, a header naming meeting, item and bilag, the briefing's "Side N af M" — on an
upright page, a page filed with /Rotate 90 and a page with a CropBox offset — and no empty
"Min forberedelse" box for an item only marked read."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, NumberObject, RectangleObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.export.bilag_pages import BOTTOM, TOP
from app.export.briefing import BriefingOptions
from app.model.annotation import ReadingState, TextQuote
from app.services.briefing import write_briefing
from app.services.library.importer import import_files
from app.services.notes import operations as ops
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

BILAG = "Projekt Tidlig Indsats - evaluering"
QUOTE = "budget 2013, vil give 10 pladser."  # spaces, a comma and a full stop, as PDFium reads them


def _bilag(path: Path) -> None:
    """Three pages; page 2 filed sideways (/Rotate 90), page 3 with a CropBox that starts at (40, 100).
    Every line carries the quoted words, so only the stored context tells which line was marked."""
    raw = path.with_suffix(".raw.pdf")
    c = canvas.Canvas(str(raw), pagesize=A4)
    for number in range(1, 4):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 780, f"Evaluering af projektet, side {number}")
        c.setFont("Helvetica", 11)
        for line in range(30):
            c.drawString(72, 740 - 16 * line, f"Linje {line}: vedtagelsen af budget 2013, vil give 10 pladser. "
                                              "Disse ti pladser bruges af")  # fmt: skip
        c.showPage()
    c.save()
    writer = PdfWriter()
    for index, page in enumerate(PdfReader(raw).pages):
        added = writer.add_page(page)
        if index == 1:
            added[NameObject("/Rotate")] = NumberObject(90)
        if index == 2:
            added.cropbox = RectangleObject((40, 100, 560, 800))
    with path.open("wb") as fh:
        writer.write(fh)
    raw.unlink()


@pytest.fixture
def profile(tmp_path: Path) -> tuple[Library, str, str]:
    folder = tmp_path / "moede"
    folder.mkdir()
    build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), folder / "referat.pdf", header="Lejre")
    _bilag(folder / f"{BILAG}.pdf")
    library = Library(tmp_path / "profile")
    assert [b.item_number for b in import_files(library, [folder]).bilag] == ["4"]
    meeting_id = library.meetings()[0].meeting_id
    sha = BilagStore(library.profile).for_item(meeting_id, "4")[0].sha256
    items = {i.number: i for i in library.record(meeting_id).items}
    store = AnnotationStore(library.profile)
    marks = [ops.add_highlight(TextQuote(QUOTE, f"Linje {line}: vedtagelsen af ", " Disse ti pladser bruges af"),
                               comment=f"Spørg til side {page}", document=sha, page=page)
             for page, line in ((1, 5), (2, 12), (3, 20))]  # fmt: skip
    ops.apply(store, items["4"], ops.note("Hvad koster pladserne?"), *marks)
    ops.apply(store, items["5"], ops.reading(ReadingState.READ))  # only read: nothing to print
    store.close()
    return library, meeting_id, sha


def _write(library: Library, meeting_id: str, out: Path, bilag: str = "pages") -> PdfReader:
    store = AnnotationStore(library.profile, take_backup=False, read_only=True)
    try:
        selection = {"meeting_id": meeting_id, "item_ids": [f"{meeting_id}:4", f"{meeting_id}:5"]}
        assert write_briefing(library, store, selection, BriefingOptions(bilag=bilag), out) is not None
    finally:
        store.close()
    return PdfReader(out)


def _text_under(page: pdfium.PdfPage, quads: list[float]) -> str:
    """The text PDFium reads inside each quad of an annotation (one quad a line), joined."""
    textpage = page.get_textpage()
    try:
        parts = []
        for n in range(0, len(quads), 8):
            xs, ys = quads[n : n + 8 : 2], quads[n + 1 : n + 8 : 2]
            parts.append(textpage.get_text_bounded(min(xs), min(ys), max(xs), max(ys)))
        return " ".join(" ".join(parts).split())
    finally:
        textpage.close()


def test_appended_pages_carry_the_highlights_over_the_quoted_words(profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, meeting_id, _sha = profile
    out = tmp_path / "briefing.pdf"
    reader = _write(library, meeting_id, out)
    texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    appended = [i for i, t in enumerate(texts) if "Evaluering af projektet, side" in t]
    assert len(appended) == 3
    pdf = pdfium.PdfDocument(out)
    try:
        for page_number, (index, line) in enumerate(zip(appended, (5, 12, 20)), start=1):
            page = reader.pages[index]
            notes = [a.get_object() for a in page.get("/Annots", [])]
            marks = [a for a in notes if a["/Subtype"] == "/Highlight"]
            assert len(marks) == 1, f"bilag page {page_number}"
            mark = marks[0]
            assert [round(float(v), 3) for v in mark["/C"]] == [1.0, 0.945, 0.463]  # yellow, #fff176
            assert mark["/Contents"] == f"Spørg til side {page_number}" and mark["/T"] == "Mødemappe"
            assert "/AP" in mark  # an appearance: every viewer draws it
            quads = [float(v) for v in mark["/QuadPoints"]]
            assert len(quads) == 8  # one line
            under = _text_under(pdf[index], quads)
            assert QUOTE in under, (page_number, under)
            # ... on the line the member marked, not on one of the 29 others with the same words.
            wider = pdf[index].get_textpage().get_text_bounded(
                min(quads[0::2]) - 200, min(quads[1::2]), max(quads[0::2]), max(quads[1::2])
            ) if page_number != 2 else _line_of_rotated(pdf[index], quads)  # fmt: skip
            assert f"Linje {line}:" in wider, (page_number, wider)
    finally:
        pdf.close()


def _line_of_rotated(page: pdfium.PdfPage, quads: list[float]) -> str:
    """On the sideways page the line runs down the page: widen the quad upwards to read its start."""
    textpage = page.get_textpage()
    try:
        return textpage.get_text_bounded(min(quads[0::2]), min(quads[1::2]), max(quads[0::2]),
                                         max(quads[1::2]) + 200)  # fmt: skip
    finally:
        textpage.close()


def test_appended_pages_get_header_footer_and_stand_upright_inside_the_bands(profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, meeting_id, _sha = profile
    out = tmp_path / "briefing.pdf"
    reader = _write(library, meeting_id, out)
    total = len(reader.pages)
    texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    appended = [i for i, t in enumerate(texts) if "Evaluering af projektet, side" in t]
    for bilag_page, index in enumerate(appended, start=1):
        text = texts[index]
        assert f"Bilag: {BILAG}" in text and f"side {bilag_page} af 3" in text
        assert "Udvalget for Job & Arbejdsmarked" in text and "4. marts 2020" in text
        assert "4. Projekt Tidlig Indsats" in text
        assert f"Side {index + 1} af {total}" in text
    # Every page number of the briefing is there once: the bilag pages are counted in.
    for n in range(1, total + 1):
        assert sum(f"Side {n} af {total}" in t for t in texts) == 1, n
    # The sideways page is laid on a landscape page, upright; the others on portrait A4.
    sizes = [(round(float(reader.pages[i].mediabox.width)), round(float(reader.pages[i].mediabox.height)))
             for i in appended]  # fmt: skip
    assert sizes == [(595, 842), (842, 595), (595, 842)]
    assert all(int(reader.pages[i].get("/Rotate", 0)) == 0 for i in appended)
    # The bilag's own text stays between the header and the footer bands (it is scaled, not covered),
    # and the cropped-away part of page 3 (left of x = 40, below y = 100) does not show.
    pdf = pdfium.PdfDocument(out)
    try:
        for index in appended:
            page = pdf[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                header = textpage.get_text_bounded(0, height - TOP, width, height)
                footer = textpage.get_text_bounded(0, 0, width, BOTTOM)
            finally:
                textpage.close()
            assert "Linje" not in header and "Evaluering" not in header and "Bilag:" in header
            assert "Linje" not in footer and "Side" in footer
    finally:
        pdf.close()


def test_an_item_only_marked_read_gets_no_empty_preparation_box(profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, meeting_id, _sha = profile
    reader = _write(library, meeting_id, tmp_path / "plain.pdf", bilag="none")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    item5 = text.rindex("Revidering af overordnede servicerammer")  # its heading (the contents come first)
    assert text.count("Min forberedelse") == 1  # item 4's, with the note
    assert text.index("Hvad koster pladserne?") > text.index("Min forberedelse")
    assert text.index("Min forberedelse") < item5  # item 5, only marked read, has none
    kinds = {a.get_object()["/Subtype"] for page in reader.pages for a in page.get("/Annots", [])}
    assert "/Highlight" not in kinds  # no bilag appended: no highlight annotations


def test_a_bilag_the_member_turned_is_printed_turned_with_its_highlights(profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The sideways page 2, turned back by the member in the page view (⟲, remembered by file name)."""
    from app.services import settings as keys
    from app.services.settings import Settings

    library, meeting_id, sha = profile
    stored = BilagStore(library.profile)
    name = stored.path(next(r for r in stored.for_item(meeting_id, "4") if r.sha256 == sha)).name
    settings = Settings(library.profile)
    settings.set_json(keys.PAGE_ROTATIONS, {name: 270})
    settings.sync()
    out = tmp_path / "turned.pdf"
    reader = _write(library, meeting_id, out)
    texts = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    appended = [i for i, t in enumerate(texts) if "Evaluering af projektet, side" in t]
    sizes = [(round(float(reader.pages[i].mediabox.width)), round(float(reader.pages[i].mediabox.height)))
             for i in appended]  # fmt: skip
    assert sizes == [(842, 595), (595, 842), (842, 595)]  # page 2 upright now; 1 and 3 turned with the document
    pdf = pdfium.PdfDocument(out)
    try:
        for index in appended:
            notes = [a.get_object() for a in reader.pages[index]["/Annots"]]
            mark = next(a for a in notes if a["/Subtype"] == "/Highlight")
            assert QUOTE in _text_under(pdf[index], [float(v) for v in mark["/QuadPoints"]])
    finally:
        pdf.close()


def _restore(path: Path, writer: PdfWriter) -> None:
    with path.open("wb") as fh:
        writer.write(fh)


@pytest.mark.parametrize("damage", ["encrypted", "odd annotations", "truncated"])
def test_an_odd_bilag_costs_at_most_its_own_pages(profile, tmp_path: Path, damage: str) -> None:  # type: ignore[no-untyped-def]
    """The stored bilag replaced by one encrypted (empty user password), one whose pages carry broken
    annotations, no content or resources that are no dictionary, or a truncated file: the briefing is
    still written, with everything else."""
    from pypdf.generic import ArrayObject, DictionaryObject
    from pypdf.generic import NumberObject as Num

    library, meeting_id, sha = profile
    stored = BilagStore(library.profile)
    path = stored.path(next(r for r in stored.for_item(meeting_id, "4") if r.sha256 == sha))
    writer = PdfWriter(clone_from=PdfReader(path))
    if damage == "encrypted":
        writer.encrypt(user_password="", owner_password="hemmelig", algorithm="AES-128")
        _restore(path, writer)
    elif damage == "odd annotations":
        for page in writer.pages:
            page[NameObject("/Annots")] = ArrayObject([
                writer._add_object(DictionaryObject({NameObject("/Subtype"): NameObject("/Link"),
                                                     NameObject("/Rect"): ArrayObject([Num(1), Num(2)])})),
                writer._add_object(DictionaryObject({NameObject("/Subtype"): NameObject("/Link"),
                                                     NameObject("/Rect"): RectangleObject((72, 700, 200, 720))})),
                Num(7),
            ])  # fmt: skip
        del writer.pages[0][NameObject("/Contents")]
        writer.pages[2][NameObject("/Resources")] = Num(5)  # pypdf cannot lay this page
        _restore(path, writer)
    else:
        path.write_bytes(path.read_bytes()[:400])
    out = tmp_path / "briefing.pdf"
    reader = _write(library, meeting_id, out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Hvad koster pladserne?" in text and "Revidering af overordnede servicerammer" in text
    appended = sum("Evaluering af projektet, side" in (p.extract_text() or "") for p in reader.pages)
    if damage == "truncated":
        assert appended == 0 and "Bilag: Projekt Tidlig Indsats - evaluering, side 1" in text  # named in the notes
    elif damage == "encrypted":
        assert appended == 3
    else:  # page 1 has no content left, page 3 could not be laid (its header stays); page 2 is whole
        assert appended == 1 and "side 3 af 3" in text
        links = [a.get_object() for p in reader.pages for a in p.get("/Annots", [])
                 if a.get_object().get("/Subtype") == "/Link" and len(a.get_object()["/Rect"]) == 4]  # fmt: skip
        assert len(links) == 2 and all(float(v) >= 0 for link in links for v in link["/Rect"])  # pages 1 and 2
    highlights = [a for p in reader.pages for a in p.get("/Annots", []) if a.get_object()["/Subtype"] == "/Highlight"]
    assert len(highlights) == {"encrypted": 3, "odd annotations": 1, "truncated": 0}[damage]
