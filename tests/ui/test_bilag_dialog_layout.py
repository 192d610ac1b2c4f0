"""Placér bilag: every row shows the bilag's name and page count readably beside its item choice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from app.services.library.importer import import_file
from app.storage.bilag import BilagStore
from app.storage.library import Library
from app.ui.bilag_controller import NAME_MIN_WIDTH, BilagLinkDialog
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
    dialog = BilagLinkDialog(library, store, meeting_id, records, {records[0].sha256: numbers[-1:]})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_bilag_names_and_page_counts_are_readable_beside_their_combo_boxes(qtbot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, tmp_path)
    long_name, short_name = dialog.names
    for name, box in zip(dialog.names, dialog.boxes):
        assert name.isVisible() and name.width() >= NAME_MIN_WIDTH  # no collapsed label column
        assert name.geometry().right() < box.geometry().left()  # beside the combo box, not under it
        assert name.fontMetrics().horizontalAdvance(name.text()) <= name.width()  # what it shows fits
    assert short_name.text() == "Notat"
    assert long_name.toolTip() == LONG
    shown = long_name.text()
    assert shown == LONG or ("…" in shown and shown.startswith("ballerup") and shown.endswith("SCANNED"))
    pages = [label.text() for label in dialog.findChildren(QLabel) if "side" in label.text()]
    assert "3 sider" in pages and "1 side" in pages
    dialog.resize(520, 300)  # narrower: the name is cut in the middle, never hidden
    qtbot.waitUntil(lambda: long_name.width() < long_name.fontMetrics().horizontalAdvance(LONG), timeout=2000)
    assert "…" in long_name.text() and long_name.text().endswith("SCANNED")
    assert long_name.fontMetrics().horizontalAdvance(long_name.text()) <= long_name.width()
