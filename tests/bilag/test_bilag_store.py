"""The bilag store: content-addressed copies in the profile, links per item, cleanup with the meeting."""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.storage.bilag import BilagRecord, BilagStore


def make_pdf(path: Path, pages: int, text: str = "Bilag") -> bytes:
    c = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        c.drawString(72, 760, f"{text} — side {number}")
        c.showPage()
    c.save()
    return path.read_bytes()


def test_the_same_document_is_stored_once_however_many_items_link_to_it(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "notat.pdf", 3)
    store = BilagStore(tmp_path / "profile")
    first = store.add("m1", "2", "Notat", data, "import", pages=3)  # the page count its reading gave
    second = store.add("m2", "5", "Notat (igen)", data, "portal")
    again = store.add("m1", "2", "Notat", data, "import")
    assert again == first
    assert first.sha256 == second.sha256 and first.pages == 3 and first.size == len(data)
    assert list((tmp_path / "profile" / "bilag" / "files").iterdir()) == [store.path(first)]
    assert store.path(first).read_bytes() == data
    assert store.for_item("m1", "2") == [first] and store.for_item("m2", "5") == [second]
    # Another process (the import worker) sees what was written, and the links survive a restart.
    assert BilagStore(tmp_path / "profile").all() == [first, second]


def test_deleting_a_meeting_removes_only_bilag_nothing_else_uses(tmp_path: Path) -> None:
    shared = make_pdf(tmp_path / "a.pdf", 1, "Fælles")
    own = make_pdf(tmp_path / "b.pdf", 2, "Eget")
    store = BilagStore(tmp_path)
    kept = store.add("m1", "1", "Fælles", shared, "import")
    store.add("m2", "1", "Fælles", shared, "import")
    gone = store.add("m2", "2", "Eget", own, "import")
    assert store.disk_use("m2") == (len(shared) + len(own), len(own))
    store.remove_meeting("m2")
    assert store.for_meeting("m2") == []
    assert store.path(kept).exists() and not store.path(gone).exists()
    assert store.disk_use("m1") == (len(shared), len(shared))


def test_an_undecided_bilag_can_be_linked_later(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "x.pdf", 1)
    store = BilagStore(tmp_path)
    loose = store.add("m1", "", "Ukendt bilag", data, "import")
    assert store.for_item("m1", "") == [loose]
    placed = store.relink(loose, "3")
    assert store.for_item("m1", "3") == [placed] and store.for_item("m1", "") == []
    # Importing the same file again does not bring the undecided copy back.
    assert store.add("m1", "", "Ukendt bilag", data, "import") == placed


def test_a_damaged_index_never_stops_the_app_and_unreadable_pdfs_count_zero_pages(tmp_path: Path) -> None:
    store = BilagStore(tmp_path)
    record = store.add("m1", "1", "Ikke en PDF", b"just some bytes", "import")
    assert record.pages == 0
    (tmp_path / "bilag" / "index.json").write_text("{not json", encoding="utf-8")
    assert BilagStore(tmp_path).all() == []
    data = json.dumps({"version": 1, "bilag": [record.to_dict()]})
    (tmp_path / "bilag" / "index.json").write_text(data, encoding="utf-8")
    assert BilagStore(tmp_path).all() == [BilagRecord.from_dict(record.to_dict())]
