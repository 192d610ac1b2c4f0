"""Fil → Følg udvalg …: the dialog, the followed committees in the window, sync with progress and cancel.

A real local portal (stdlib HTTP server in a thread of the test process, no Qt in it) serves the
recorded Greve meetings; the sync runs in the worker process like in the app.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests import real_docs
from tests.helpers.portal_server import FakePortal, serve

pytestmark = pytest.mark.real_docs
QUICK = {"connect_timeout": 2.0, "read_timeout": 2.0, "retries": 1, "backoff": 0.01, "pause": 0.0}
COMMITTEE = "Social- og Handicapudvalget"


def _window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(tmp_path)
    window = MainWindow(library, Settings(tmp_path), AnnotationService(AnnotationStore(tmp_path), library))
    qtbot.addWidget(window)
    window.portal.policy = QUICK
    return window


def test_follow_a_committee_in_the_dialog_and_sync_in_the_background(qtbot, tmp_path):
    portal = FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))
    with serve(portal) as url:
        window = _window(qtbot, tmp_path)
        window.show()
        assert not window.portal.status.isVisible() and not window.portal.sync_action.isEnabled()
        file_menu = [a.text() for a in window.main_actions.menus["file"].actions()]
        assert file_menu[:4] == ["&Importér filer …", "Importér &mappe …", "Følg &udvalg …", "S&ynkronisér udvalg"]
        window.portal.follow_action.trigger()
        dialog = window.portal.dialog
        assert dialog is not None and dialog.isVisible()
        dialog.fetch(url)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 9, timeout=30000)
        assert dialog.status_label.text() == f"9 udvalg på {url.split('://')[1].rstrip('/')}"
        dialog.set_checked([COMMITTEE])
        dialog.filter_edit.setText("social")
        assert dialog.proxy.rowCount() == 1
        dialog.grab().save(str(tmp_path / "portal_dialog.png"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert window.portal.running  # the sync started by itself, in the background
        assert window.tree.isEnabled()  # reading goes on meanwhile
        qtbot.waitUntil(lambda: not window.portal.running, timeout=60000)
        report = window.portal.last_report
        assert report is not None and [o.status for o in report.outcomes] == ["added", "added"]
        assert sorted(r.document_type for r in window.library.meetings()) == ["dagsorden", "dagsorden"]
        assert window.portal.status.label.text() == f"Følger: {COMMITTEE}"
        assert window.portal.sync_action.isEnabled()
        assert window.model.rowCount() >= 1
        assert window.selection_changed and window.tree.currentIndex().isValid()  # the newest meeting is shown
        window.grab().save(str(tmp_path / "window.png"))

        # A note on the agenda, then the minutes arrive: the note stays on its item.
        record = next(r for r in window.library.meetings() if r.date == "2025-10-20")
        item = record.items[2]
        window.annotations.set_note(item.item_id, "Spørg til tidsplanen")
        portal.mode = "minutes"
        window.portal.sync_action.trigger()
        qtbot.waitUntil(lambda: not window.portal.running, timeout=60000)
        assert sorted(r.document_type for r in window.library.meetings()) == ["referat", "referat"]
        minutes = next(r for r in window.library.meetings() if r.date == "2025-10-20")
        same = minutes.item(f"{minutes.meeting_id}:{item.number}")
        assert same is not None and same.anchor == item.anchor
        assert window.annotations.get(same.item_id).note == "Spørg til tidsplanen"
        assert "2 opdaterede" in window.statusBar().currentMessage()
        assert "nye beslutninger" in window.statusBar().currentMessage()  # what the minutes changed (#19)
        decided = next(i for i in minutes.items if i.item_id in window.changes.tree_marks())
        assert "beslutning tilføjet" in window.changes.tree_marks()[decided.item_id]  # Δ in the tree


def test_cancel_a_slow_sync_from_the_status_bar_keeps_the_library(qtbot, tmp_path):
    portal = FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))
    older = next(
        m for m, d in portal.meetings.items() if d["Udvalg"]["Navn"] == COMMITTEE and "2022" in d["Moede"]["Dato"]
    )
    slow = f"/Vis/Pdf/bilag/{portal.bilag_ids(older)[0]}"
    portal.faults = {slow: ["slow"]}
    with serve(portal) as url:
        from app.services.portal import sync as service

        service.add_portal(tmp_path, url)
        service.follow(tmp_path, [COMMITTEE])
        window = _window(qtbot, tmp_path)
        window.show()
        assert window.portal.status.label.text() == f"Følger: {COMMITTEE}"
        window.portal.sync_action.trigger()
        qtbot.waitUntil(lambda: portal.requests(slow) > 0, timeout=30000)
        assert window.portal.status.cancel_button.isVisible()
        window.portal.status.cancel_button.click()
        qtbot.waitUntil(lambda: not window.portal.running, timeout=30000)
        assert window.portal.last_report is not None and window.portal.last_report.cancelled
        assert window.library.meetings() == [] and not window.portal.status.cancel_button.isVisible()
        assert "annulleret" in window.statusBar().currentMessage()


def test_a_portal_that_cannot_be_reached_is_one_danish_line_in_the_dialog(qtbot, tmp_path):
    window = _window(qtbot, tmp_path)
    window.portal.follow_action.trigger()
    dialog = window.portal.dialog
    assert dialog is not None
    dialog.fetch("http://127.0.0.1:9")  # nothing listens there
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=30000)
    assert dialog.status_label.text() == "Portalen kan ikke nås."
    assert dialog.model.rowCount() == 0
    dialog.fetch("ftp://example.org")
    qtbot.waitUntil(lambda: dialog.fetch_button.isEnabled(), timeout=30000)
    assert dialog.status_label.text() == "Det er ikke en gyldig adresse."
    dialog.reject()


def test_enter_in_the_address_field_fetches_the_committees_and_keeps_the_dialog_open(qtbot, tmp_path):
    portal = FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))
    with serve(portal) as url:
        window = _window(qtbot, tmp_path)
        window.show()
        window.portal.follow_action.trigger()
        dialog = window.portal.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.url_edit.setFocus()
        qtbot.keyClicks(dialog.url_edit, url)
        qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return)  # what a member does after typing the address
        assert dialog.isVisible() and dialog.result() == 0  # not closed, nothing "accepted"
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 9, timeout=30000)
        assert dialog.isVisible()
        # Enter in the filter field does not close it either; the member then chooses and follows.
        dialog.filter_edit.setFocus()
        qtbot.keyClicks(dialog.filter_edit, "social")
        qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Enter)
        assert dialog.isVisible() and dialog.proxy.rowCount() == 1
        from app.services.portal import sync as service

        assert not any(c.followed for p in service.load_state(tmp_path).portals for c in p.committees)
        dialog.set_checked([COMMITTEE])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert not dialog.isVisible()
        assert window.portal.status.label.text() == f"Følger: {COMMITTEE}"
        qtbot.waitUntil(lambda: not window.portal.running, timeout=60000)
