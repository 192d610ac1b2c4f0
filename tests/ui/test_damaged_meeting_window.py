"""A damaged meeting file in the window (#22.7): never another meeting's item under its tree row.

The member reads an item of one meeting, then selects a meeting whose stored file was damaged
(cut off, garbage, the wrong shape): the centre says so in one Danish line for *that* meeting,
the notes panel takes no notes (a keystroke must not land on the previous item), the note typed
before is saved on its own item, and the Original tab drops a document still on its way for the
meeting no longer selected.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf

DAMAGES = {
    "cut_off": b'{"meeting": {"committee": "Udvalg", "items": [{"num',
    "garbage": bytes(range(256)) * 4,
    "wrong_shape": json.dumps({"meeting": ["not", "a", "meeting"]}).encode(),
}


def _window(qtbot, profile: Path, sources: list[Path]) -> tuple[MainWindow, list[str]]:  # type: ignore[no-untyped-def]
    library = Library(profile)
    ids = [import_file(library, source).meeting_id for source in sources]
    service = AnnotationService(AnnotationStore(profile), library)
    window = MainWindow(library, Settings(profile), service)
    window.setProperty("no_open", True)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    return window, ids


def _damage(profile: Path, meeting_id: str, data: bytes) -> None:
    (profile / "library" / "meetings" / f"{meeting_id}.json").write_bytes(data)


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_a_damaged_meeting_shows_its_own_line_and_takes_no_notes(qtbot, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profile"
    window, (good, bad) = _window(qtbot, profile, [SEEDS["lejre_2020"], SEEDS["slagelse_2019"]])
    try:
        good_item = window.library.record(good).items[0]
        bad_record = window.library.record(bad)
        bad_item = bad_record.items[0]
        _damage(profile, bad, DAMAGES[kind])
        window.reading.set_delay(150)  # an item shown this long counts as read
        window.select(good_item.item_id)
        assert good_item.title in window.view.toPlainText()
        window.panel.note.setPlainText("min note til det gode punkt")
        window.select(bad_item.item_id)
        qtbot.wait(400)
        assert window.annotations.get(good_item.item_id).reading.value == "unread"  # left before it was read
        shown = window.view.toPlainText()
        assert "kan ikke vises" in shown and f"{bad}.json" in shown and "Importér mødet igen" in shown
        assert bad_record.committee in shown
        assert good_item.title not in shown  # never the previous meeting's item under this row
        assert shown.count("\n") == 0  # one line
        assert window.panel.item_id is None and not window.panel.note.isEnabled()
        assert window.current_id == ""
        assert window.annotations.get(good_item.item_id).note == "min note til det gode punkt"
        window.select(bad)  # the meeting's own row: the same line
        assert "kan ikke vises" in window.view.toPlainText() and window.panel.item_id is None
        window.select(good_item.item_id)  # and back: the good item as before
        assert good_item.title in window.view.toPlainText() and window.panel.item_id == good_item.item_id
        assert window.panel.note.toPlainText() == "min note til det gode punkt"
    finally:
        window.close()


def _pdf(tmp_path: Path, seed: str, name: str) -> Path:
    path = tmp_path / name
    build_pdf(SEEDS[seed].read_text(encoding="utf-8"), path, header="Udvalget — referat")
    return path


def test_a_document_still_loading_for_the_previous_meeting_is_dropped(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "profile"
    pdfs = [_pdf(tmp_path, "lejre_2020", "lejre.pdf"), _pdf(tmp_path, "slagelse_2019", "slagelse.pdf")]
    window, (first, second) = _window(qtbot, profile, pdfs)
    try:
        view = window.centre.page_view
        first_item = window.library.record(first).items[-1]
        second_item = window.library.record(second).items[0]
        second_source = str(window.library.source_path(second))
        window.select(first_item.item_id)
        window.main_actions.open_original_action.trigger()
        window.select(second_item.item_id)  # before the first document has arrived
        qtbot.waitUntil(lambda: view.current_path() == second_source and bool(view.canvas.sizes), timeout=15000)
        qtbot.wait(500)  # whatever the renderer still sends for the first one arrives now
        assert view.current_path() == second_source
        assert window.current_id == second_item.item_id

        # The same with a damaged meeting: the centre says so, and the page view lets go.
        _damage(profile, first, DAMAGES["cut_off"])
        window.library.reload()  # a cached meeting is read again, as after a restart
        window.select(second_item.item_id.rsplit(":", 1)[0])  # leave the item, then come back
        window.select(second_item.item_id)
        window.select(first_item.item_id)
        assert window.centre.currentWidget() is window.view
        assert "kan ikke vises" in window.view.toPlainText()
        qtbot.wait(800)
        assert view.current_path() != second_source  # nothing of the other meeting waits behind the tab
        assert window.centre.currentWidget() is window.view and "kan ikke vises" in window.view.toPlainText()
        window.main_actions.open_original_action.trigger()  # the Original tab: no page of another meeting
        assert view.current_path() == ""
    finally:
        window.close()


def test_correcting_a_damaged_meeting_raises_one_line_and_writes_nothing(tmp_path: Path) -> None:
    from app.storage.library import DamagedMeetingFile

    profile = tmp_path / "profile"
    library = Library(profile)
    meeting_id = import_file(library, SEEDS["lejre_2020"]).meeting_id
    _damage(profile, meeting_id, DAMAGES["cut_off"])
    with pytest.raises(DamagedMeetingFile) as caught:
        library.edit(meeting_id, committee="Et andet udvalg")
    assert str(caught.value).count("\n") == 0 and "import the meeting again" in str(caught.value)
    assert (profile / "library" / "meetings" / f"{meeting_id}.json").read_bytes() == DAMAGES["cut_off"]
