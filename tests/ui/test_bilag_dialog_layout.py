"""Placér bilag: every row shows the bilag's whole name and page count readably beside its item choice."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.services.library.importer import import_file
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.bilag_placement import NAME_MIN_WIDTH, BilagLinkDialog
from tests.bilag.test_bilag_store import make_pdf
from tests.conftest import SEEDS

LONG = "ballerup_sfu_2012-12-04_bilag_bygningsliste-prioritering-SCANNED"


def dialog_for(qtbot, tmp_path: Path) -> BilagLinkDialog:  # type: ignore[no-untyped-def]
    library = Library(tmp_path / "profile")
    import_file(library, SEEDS["lejre_2020"])
    meeting_id = library.meetings()[0].meeting_id
    store = BilagStore(library.profile)
    records = [
        store.add(meeting_id, "", LONG, make_pdf(tmp_path / "a.pdf", 3, "Bygninger"), "import", pages=3),
        store.add(meeting_id, "", "Notat", make_pdf(tmp_path / "b.pdf", 1, "Notat"), "import", pages=1),
    ]
    numbers = [i.number for i in library.meeting(meeting_id).items]
    dialog = BilagLinkDialog(library, store, meeting_id, records, {records[0].sha256: [(numbers[-1], 40.0)]})
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _whole(name: QLabel) -> bool:
    """The label shows every character and has the height its wrapped lines need."""
    return "…" not in name.text() and name.height() >= name.heightForWidth(name.width())


def test_bilag_names_are_whole_and_page_counts_readable_beside_their_combo_boxes(qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, tmp_path)
    long_name, short_name = dialog.names
    for name, box in zip(dialog.names, dialog.boxes):
        assert name.isVisible() and name.width() >= NAME_MIN_WIDTH  # no collapsed label column
        assert name.geometry().bottom() < box.geometry().top()  # the name above its choice, never under it
        assert _whole(name)
    assert short_name.shown_text() == "Notat"
    assert long_name.shown_text() == LONG and long_name.toolTip() == LONG
    pages = [label.text() for label in dialog.findChildren(QLabel) if "side" in label.text()]
    assert "3 sider" in pages and "1 side" in pages
    if os.environ.get("MOEDEMAPPE_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["MOEDEMAPPE_SHOTS"], "placement_1024.png"))
    dialog.splitter.setSizes([NAME_MIN_WIDTH + 120, 1024])  # the list squeezed: the name wraps, still whole
    qtbot.waitUntil(lambda: long_name.width() < long_name.fontMetrics().horizontalAdvance(LONG), timeout=2000)
    qtbot.waitUntil(lambda: _whole(long_name), timeout=2000)
    assert long_name.shown_text() == LONG and long_name.height() > 2 * long_name.fontMetrics().height()
    dialog.reject()
