"""Bilag arriving with their meeting: files, a folder or a zip, linked to the right items.

The Ballerup check is independent of our matching: eDoc's own XML lists every attachment
under its item with its file size in KB, which identifies each published bilag file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from app.services.library.importer import import_files
from app.storage.bilag import BilagStore
from app.storage.library import Library
from tests import real_docs
from tests.bilag.test_bilag_store import make_pdf
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

BALLERUP_REFERAT = "ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"
BALLERUP_XML = "ballerup_sfu_2012-12-04_eDocAgendaPublishing.xml"


def xml_items_by_size() -> dict[int, str]:
    """{attachment size in KB: item number} from eDoc's publication XML."""
    text = real_docs.path(BALLERUP_XML).read_text(encoding="utf-8").replace("&#xC;", "")
    sizes: dict[int, str] = {}
    for item in ET.fromstring(text).iter("MeetingAgendaItem"):
        for attachment in item.iter("Attachment"):
            sizes[int(attachment.findtext("FileSize") or 0)] = item.findtext("AgendaItemNumber") or ""
    return sizes


def expected_item(path: Path, sizes: dict[int, str]) -> str:
    kb = path.stat().st_size / 1024
    return next(number for size, number in sizes.items() if abs(size - kb) < 1.0)


@pytest.mark.real_docs
def test_ballerup_referat_with_its_bilag_links_every_bilag_to_its_item(tmp_path: Path) -> None:
    bilag = real_docs.glob("ballerup_sfu_2012-12-04_bilag_*.pdf")
    assert len(bilag) == 4
    library = Library(tmp_path)
    summary = import_files(library, [real_docs.path(BALLERUP_REFERAT), *bilag])
    assert summary.failed == [] and len(summary.added) == 1  # the bilag are no meetings of their own
    meeting_id = library.meetings()[0].meeting_id
    sizes = xml_items_by_size()
    store = BilagStore(tmp_path)
    for path in bilag:
        link = next(b for b in summary.bilag if b.file_name == path.name)
        assert link.item_number == expected_item(path, sizes), path.name
        records = [r for r in store.for_item(meeting_id, link.item_number) if r.sha256 == link.sha256]
        assert records and store.path(records[0]).read_bytes() == path.read_bytes()
    # The scanned one has no text: linked by its file name alone, its eight pages counted.
    scanned = next(r for r in store.for_meeting(meeting_id) if r.name.startswith("Bygningsliste"))
    assert scanned.item_number == "2" and scanned.pages == 8


def test_a_bilag_that_matches_no_item_waits_for_the_member(tmp_path: Path) -> None:
    text = SEEDS["lejre_2020"].read_text(encoding="utf-8")
    folder = tmp_path / "moede"
    folder.mkdir()
    build_pdf(text, folder / "referat.pdf", header="Udvalget for Job & Arbejdsmarked")
    make_pdf(folder / "scan_0001.pdf", 2, "Uden sammenhæng")
    make_pdf(folder / "Projekt Tidlig Indsats - evaluering.pdf", 3, "Evaluering")
    library = Library(tmp_path / "profile")
    summary = import_files(library, [folder])  # a folder: walked
    meeting = library.meeting(library.meetings()[0].meeting_id)
    by_file = {b.file_name: b for b in summary.bilag}
    project = next(i for i in meeting.items if "Tidlig Indsats" in i.title)
    assert by_file["Projekt Tidlig Indsats - evaluering.pdf"].item_number == project.number
    loose = by_file["scan_0001.pdf"]
    assert loose.item_number == "" and summary.failed == []
    store = BilagStore(tmp_path / "profile")
    assert [r.pages for r in store.for_item(loose.meeting_id, "")] == [2]


@pytest.mark.real_docs
def test_ballerup_as_one_zip_with_the_per_item_pdfs(tmp_path: Path) -> None:
    files = [real_docs.path(BALLERUP_REFERAT), *real_docs.glob("ballerup_sfu_2012-12-04_*.pdf")]
    archive = tmp_path / "moede.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in files:
            zf.write(path, f"Sundhedsudvalget/{path.name}")
        zf.writestr("../../udenfor.txt", "not minutes")  # a hostile member name stays inside the scratch folder
    library = Library(tmp_path / "profile")
    summary = import_files(library, [archive])
    assert [name for name, _reason in summary.failed] == ["udenfor.txt"]
    assert not (tmp_path / "udenfor.txt").exists() and not (tmp_path / "profile" / "udenfor.txt").exists()
    records = library.meetings()
    assert len(records) == 1 and len(records[0].items) == 8  # the per-item PDFs joined their meeting
    meeting_id = records[0].meeting_id
    store = BilagStore(tmp_path / "profile")
    sizes = xml_items_by_size()
    for path in real_docs.glob("ballerup_sfu_2012-12-04_bilag_*.pdf"):
        link = next(b for b in summary.bilag if b.file_name == path.name)
        assert link.item_number == expected_item(path, sizes), path.name
    for number in range(1, 9):  # eDoc's per-item PDFs count as documents of their item
        own = [r for r in store.for_item(meeting_id, str(number)) if r.origin == "import:item-pdf"]
        assert len(own) == 1 and f"punkt0{number}" in own[0].name
    assert not (tmp_path / "profile" / "tmp").exists() or not any((tmp_path / "profile" / "tmp").iterdir())
