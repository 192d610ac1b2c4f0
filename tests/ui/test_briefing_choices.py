"""The briefing dialog opens with the member's last choices (#21): "Bilag med noter", paper, full text,
items without notes, the items left out of the meeting — across a restart; a settings file written by
an earlier release, or a stored value the dialog cannot read, opens with the defaults."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services import settings as keys
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.briefing_controller import BriefingController
from app.ui.briefing_dialog import CLOSED_ROLE, BriefingDialog
from tests.conftest import SEEDS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "profiles"


def _ask(qtbot, profile: Path, meeting_id: str | None, monkeypatch, change) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Open Fil → Eksportér briefing as the window does (a fresh Settings, as after a restart); ``change``
    plays the member's clicks, then OK; the file dialog is cancelled. Returns what the dialog showed."""
    library = Library(profile)
    service = AnnotationService(AnnotationStore(profile, take_backup=False), library)
    window = QWidget()
    qtbot.addWidget(window)
    settings = Settings(profile)
    controller = BriefingController(service, settings, window)
    shown: dict[str, object] = {}

    def run(dialog: BriefingDialog) -> int:
        entries = [dialog.items.item(n) for n in range(dialog.items.count())]
        shown.update(bilag=dialog.bilag.currentData(), paper=dialog.paper.currentText(),
                     full_text=dialog.full_text.isChecked(), unannotated=dialog.unannotated.currentData(),
                     unticked=[e.text() for e in entries if e.checkState() != Qt.CheckState.Checked],
                     closed=[e.text() for e in entries if e.data(CLOSED_ROLE)], tag=dialog.tag.currentText(),
                     scope="meeting" if dialog.scope_meeting.isChecked() else
                     "tag" if dialog.scope_tag.isChecked() else "follow_up")  # fmt: skip
        change(dialog)
        dialog.deleteLater()
        return 1

    monkeypatch.setattr(BriefingDialog, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    controller.ask(meeting_id)
    settings.sync()
    service.store.close()
    return shown


def _profile(tmp_path: Path) -> tuple[Path, str]:
    library = Library(tmp_path)
    return tmp_path, import_file(library, SEEDS["soenderborg_2019"]).meeting_id


def test_the_dialog_remembers_its_choices_across_a_restart(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    profile, meeting_id = _profile(tmp_path)

    def choose(dialog: BriefingDialog) -> None:
        dialog.bilag.setCurrentIndex(dialog.bilag.findData("pages"))
        dialog.paper.setCurrentText("Letter")
        dialog.full_text.setChecked(True)
        dialog.unannotated.setCurrentIndex(dialog.unannotated.findData("omit"))
        dialog.items.item(1).setCheckState(Qt.CheckState.Unchecked)  # the member leaves item 2 out
        closed = next(n for n in range(dialog.items.count()) if dialog.items.item(n).data(CLOSED_ROLE))
        dialog.items.item(closed).setCheckState(Qt.CheckState.Checked)  # and ticks a closed item this once

    first = _ask(qtbot, profile, meeting_id, monkeypatch, choose)
    assert first["bilag"] == "none" and first["paper"] == "A4" and first["full_text"] is False  # the defaults
    second = _ask(qtbot, profile, meeting_id, monkeypatch, lambda dialog: None)
    assert second["bilag"] == "pages" and second["paper"] == "Letter" and second["full_text"] is True
    assert second["unannotated"] == "omit"
    record = Library(profile).record(meeting_id)
    open_items = [i for i in record.items if not i.closed]
    # Item 2 is left out again; the closed items start unticked again (they are confidential).
    assert second["unticked"][0].startswith(f"{open_items[1].number}. ")
    assert sorted(second["unticked"]) == sorted([second["unticked"][0], *second["closed"]])  # type: ignore[list-item]
    # Another meeting starts with every open item ticked.
    other = import_file(Library(profile), SEEDS["lejre_2020"]).meeting_id
    third = _ask(qtbot, profile, other, monkeypatch, lambda dialog: None)
    assert third["unticked"] == third["closed"] and third["bilag"] == "pages"


def test_without_a_meeting_the_dialog_starts_on_the_last_tag(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    profile, meeting_id = _profile(tmp_path)
    service = AnnotationService(AnnotationStore(profile, take_backup=False), Library(profile))
    items = Library(profile).record(meeting_id).items
    service.add_tag(items[0].item_id, "anlæg")
    service.add_tag(items[1].item_id, "budget")
    service.store.close()

    def choose(dialog: BriefingDialog) -> None:
        dialog.scope_tag.setChecked(True)
        dialog.tag.setCurrentText("budget")

    first = _ask(qtbot, profile, None, monkeypatch, choose)
    assert first["scope"] == "follow_up"  # the default without a meeting
    again = _ask(qtbot, profile, None, monkeypatch, lambda dialog: None)
    assert (again["scope"], again["tag"]) == ("tag", "budget")
    with_meeting = _ask(qtbot, profile, meeting_id, monkeypatch, lambda dialog: None)
    assert with_meeting["scope"] == "meeting"  # a selected meeting is what Ctrl+E is for


@pytest.mark.parametrize("stored", [
    "not json {", "[1, 2, 3]", '"pages"', '{"bilag": "everything", "paper": "A3", "full_text": "yes", "scope": 7,'
    ' "left_out": {"m": "x"}, "tag": 5}', '{"left_out": [1, 2]}', "x" * 300_000,
])  # fmt: skip
def test_an_unreadable_stored_choice_opens_with_the_defaults(qtbot, tmp_path: Path, monkeypatch, stored: str) -> None:  # type: ignore[no-untyped-def]
    profile, meeting_id = _profile(tmp_path)
    settings = Settings(profile)
    settings.set(keys.BRIEFING_CHOICES, stored)
    settings.sync()
    shown = _ask(qtbot, profile, meeting_id, monkeypatch, lambda dialog: None)
    shown_choices = (shown["bilag"], shown["paper"], shown["full_text"], shown["unannotated"])
    assert shown_choices == ("none", "A4", False, "compact")
    assert shown["unticked"] == shown["closed"]
    assert Settings(profile).get_json(keys.BRIEFING_CHOICES)["bilag"] == "none"  # written again, readable


def test_a_settings_file_from_the_previous_release_opens_with_the_defaults(qtbot, tmp_path: Path,
                                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """65b1e8f (0.2.0) wrote settings.ini without any briefing choice; 7393db4 wrote none at all."""
    profile, meeting_id = _profile(tmp_path)
    shutil.copy(FIXTURES / "65b1e8f" / "settings.ini", profile / "settings.ini")
    shown = _ask(qtbot, profile, meeting_id, monkeypatch, lambda dialog: None)
    assert (shown["bilag"], shown["paper"], shown["full_text"]) == ("none", "A4", False)
    text = (profile / "settings.ini").read_text(encoding="utf-8")
    assert "briefing_choices=" in text and "last_selection=2022-09-15-haderslev-62bb83-ref:88" in text  # kept
