"""Danish → English → Danish: no window or dialog keeps a text of the other language.

The main window is switched live (Vis → Sprog) and walked in each tab state; then every
dialog the window can open is opened in that language, walked and closed. The walk
(tests/ui/language_walk.py) is generic: it reads every visible widget, menu, tooltip,
placeholder, column and list row, so a new dialog's texts are checked once it is opened
here — and the last test fails for a QDialog subclass in app/ui that nobody opens.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QColorDialog, QDialog, QWidget

import app.ui
from app.model.annotation import FollowUp, FollowUpStatus, Stance
from app.services.language import switcher
from app.services.settings import Settings
from app.services.startup import StoreKind, StoreProblem
from app.ui.launch import _install_excepthook, open_window, report_store_problems
from app.ui.main_window import MainWindow
from app.ui.messages import store_problem_reason
from app.ui.notes_backup_offer import offer_notes_backup
from tests.ui.language_walk import Catalogue, Recorder, problems, walk
from tests.ui.test_page_reading import _profile, _window

LANGUAGES = ("da", "en", "da")


@pytest.fixture
def recorder(qapp) -> Iterator[Recorder]:  # type: ignore[no-untyped-def]
    """Installed first, so asked last (see :class:`Recorder`); the language's translators go on top."""
    listening = Recorder()
    qapp.installTranslator(listening)
    switcher().switch("da")
    yield listening
    qapp.removeTranslator(listening)
    switcher().switch("da")


def _switch(window: MainWindow, language: str) -> None:
    """As a member does it: Vis → Sprog."""
    action = window.main_actions.english_action if language == "en" else window.main_actions.danish_action
    action.trigger()
    for _ in range(3):
        QApplication.processEvents()


def _documents(window: MainWindow) -> tuple[QWidget, ...]:
    """The views that hold the papers' own text and the member's notes (Danish whatever the UI speaks)."""
    return (window.view, window.panel.note, window.centre.page_view.canvas)


def _check_window(window: MainWindow, language: str, state: str, catalogue: Catalogue, recorder: Recorder) -> list[str]:
    QApplication.processEvents()
    return [f"[{language}, {state}] {p}" for p in problems(walk(window, documents=_documents(window)), language,
                                                           catalogue, recorder)]  # fmt: skip


def _window_states(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    item = window.model.item_ids_in_order()[3]

    def item_page() -> None:
        window.tabs.setCurrentIndex(0)
        window.select(item)
        window.centre.setCurrentIndex(0)

    def original() -> None:
        window.centre.show_original()
        QCoreApplication.processEvents()

    def search() -> None:
        window.tabs.setCurrentWidget(window.search_panel)
        window.search_panel.query.setText("budget")

    def follow_up() -> None:
        window.tabs.setCurrentWidget(window.follow_up_panel)

    def meeting_page() -> None:
        window.tabs.setCurrentIndex(0)
        window.select(item.rsplit(":", 1)[0])

    return [("item", item_page), ("original", original), ("search", search), ("follow-up", follow_up),
            ("meeting", meeting_page), ("item again", item_page)]  # fmt: skip


def _open_and_walk(qtbot, trigger: Callable[[], object], language: str, catalogue: Catalogue,  # type: ignore[no-untyped-def]
                   recorder: Recorder) -> tuple[type, list[str]]:  # fmt: skip
    """Open a dialog (modal or not), walk it while it is up, close it."""
    before = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen: list[tuple[type, list[str]]] = []

    def look() -> None:
        new = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and not any(w is b for b in before)]  # fmt: skip
        if not new:
            QTimer.singleShot(20, look)
            return
        dialog = QApplication.activeModalWidget() if QApplication.activeModalWidget() in new else new[-1]
        QApplication.processEvents()
        name = dialog.windowTitle() or type(dialog).__name__
        seen.append((type(dialog), [f"[{language}, {name}] {p}" for p in problems(walk(dialog), language, catalogue,
                                                                                     recorder)]))  # fmt: skip
        dialog.reject()

    QTimer.singleShot(0, look)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    QApplication.processEvents()
    return seen[0]


def _dialogs(window: MainWindow, tmp_path: Path) -> list[tuple[str, Callable[[], object]]]:
    a = window.main_actions
    backup = tmp_path / "annotations-backup.json"
    backup.write_text("{}", encoding="utf-8")
    problem = StoreProblem(StoreKind.ANNOTATIONS, window.library.profile / "annotations.json", "ValueError", backup)
    return [
        ("about", a.about_action.trigger),
        ("shortcuts", a.shortcuts_action.trigger),
        ("orphans", a.orphans_action.trigger),
        ("edit meeting", a.edit_action.trigger),
        ("remove meeting", a.remove_action.trigger),
        ("briefing", a.briefing_action.trigger),
        ("versions", window.changes.versions_action.trigger),
        ("follow committees", window.portal.follow_action.trigger),
        ("place bilag", window.bilag_commands.place_action.trigger),
        ("meeting properties", window.bilag_commands.properties_action.trigger),
        ("import (file dialog)", a.import_action.trigger),
        ("import a folder (folder dialog)", a.import_folder_action.trigger),
        ("export follow-ups (file dialog)", window.follow_up_panel.export_button.click),
        ("notes backup offer", lambda: offer_notes_backup(window, window.library.profile, problem)),
        ("highlight comment (Qt input dialog)", lambda: _highlight(window)),
        ("tag colour (Qt colour dialog)", lambda: QColorDialog.getColor(QColor("#1e88e5"), window.panel)),
    ]


def _highlight(window: MainWindow) -> None:
    """Ctrl+M on a selection in the item's text: the comment is asked for."""
    window.tabs.setCurrentIndex(0)
    window.centre.setCurrentIndex(0)
    cursor = window.view.textCursor()
    cursor.setPosition(40)
    cursor.setPosition(70, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)
    window.main_actions.highlight_action.trigger()


def _annotate(window: MainWindow) -> None:
    """A note, a tag, a stance and an open follow-up: the panels show all they can."""
    item = window.model.item_ids_in_order()[3]
    notes = window.annotations
    notes.set_note(item, "Spørg til budgettet")
    notes.add_tag(item, "budget")
    notes.set_stance(item, Stance.FOR)
    notes.set_follow_up(item, FollowUp(FollowUpStatus.OPEN, "2030-01-01", "Svar fra forvaltningen"))
    QApplication.processEvents()


def test_no_window_or_dialog_keeps_the_other_language(qtbot, tmp_path: Path, recorder: Recorder) -> None:  # type: ignore[no-untyped-def]
    catalogue = Catalogue()
    window = _window(qtbot, _profile(tmp_path))
    qtbot.waitUntil(lambda: not window.search.busy, timeout=10000)
    window.portal.status.set_followed(["Økonomiudvalget"])  # the status bar strip of Følg udvalg …
    _annotate(window)
    found: list[str] = []
    opened: set[type] = set()
    for language in LANGUAGES:
        _switch(window, language)
        for state, show in _window_states(window):
            show()
            found += _check_window(window, language, state, catalogue, recorder)
        for _what, trigger in _dialogs(window, tmp_path):
            kind, dialog_problems = _open_and_walk(qtbot, trigger, language, catalogue, recorder)
            opened.add(kind)
            found += dialog_problems
    assert not found, "\n".join(dict.fromkeys(found))
    assert opened >= _dialog_classes(), _dialog_classes() - opened


def test_the_read_only_window_speaks_the_chosen_language(qtbot, tmp_path: Path, recorder: Recorder) -> None:  # type: ignore[no-untyped-def]
    """The banner of the read-only viewing mode says why in the language now spoken."""
    catalogue = Catalogue()
    window = _window(qtbot, _profile(tmp_path))
    problem = StoreProblem(StoreKind.SEARCH, window.library.profile / "search", "OSError", None)
    window.show_read_only(partial(store_problem_reason, problem))  # as app.ui.launch does
    found: list[str] = []
    banners = []
    for language in LANGUAGES:
        _switch(window, language)
        found += _check_window(window, language, "read-only", catalogue, recorder)
        banners.append(window.read_only_banner.text())
    assert not found, "\n".join(found)
    assert banners[0] == banners[2] and banners[0].startswith("Kun læsning — intet kan gemmes lige nu. Søgeindekset")
    assert banners[1].startswith("Read only — nothing can be saved right now. The search index")


def test_every_text_has_its_english() -> None:
    """``make translations`` left no Danish text without English (it lists them and fails)."""
    assert Catalogue().unfinished == []


def _dialog_classes() -> set[type]:
    """Every QDialog subclass the window's code defines: each must be opened by the walk above."""
    for module in pkgutil.iter_modules(app.ui.__path__):
        importlib.import_module(f"app.ui.{module.name}")
    found: set[type] = set()
    pending = list(QDialog.__subclasses__())
    while pending:
        kind = pending.pop()
        pending += kind.__subclasses__()
        if kind.__module__.startswith("app.ui."):
            found.add(kind)
    return found


def test_the_start_up_messages_speak_the_chosen_language(qtbot, tmp_path: Path, recorder: Recorder,  # type: ignore[no-untyped-def]
                                                          monkeypatch) -> None:  # fmt: skip
    """Damaged notes at start (moved aside, then a backup kept) and the unexpected-error box."""
    from tests.hostile.test_store_damage import _profile_with_note

    catalogue = Catalogue()
    profile, _item, shard = _profile_with_note(tmp_path)
    shard.write_text("{ halvt", encoding="utf-8")
    found: list[str] = []
    for language in LANGUAGES:
        switcher().switch(language)
        window, workspace = open_window(profile, Settings(profile))
        qtbot.addWidget(window)
        try:
            _kind, box_problems = _open_and_walk(qtbot, lambda w=window, s=workspace: report_store_problems(w, s),
                                                 language, catalogue, recorder)  # fmt: skip
            found += box_problems
            monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
            _install_excepthook(window)
            _kind, box_problems = _open_and_walk(qtbot, lambda: sys.excepthook(RuntimeError, RuntimeError("x"), None),
                                                 language, catalogue, recorder)  # fmt: skip
            found += box_problems
        finally:
            window.close()
            workspace.close()
    assert not found, "\n".join(found)
