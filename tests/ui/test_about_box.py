"""Hjælp → Om Mødemappe shows the version and the profile folder, in Danish and in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import app
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.about_dialog import about_box
from app.ui.language import switcher
from app.ui.main_window import MainWindow


def test_the_help_menu_has_the_about_box_with_version_and_profile(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = Library(tmp_path)
    window = MainWindow(library, Settings(tmp_path), AnnotationService(AnnotationStore(tmp_path), library))
    qtbot.addWidget(window)
    help_menu = window.main_actions.menus["help"]
    assert window.main_actions.about_action in help_menu.actions()
    assert window.main_actions.about_action.text() == "&Om Mødemappe"
    box = about_box(window, str(tmp_path))
    qtbot.addWidget(box)
    assert box.windowTitle() == "Om Mødemappe"
    assert box.text() == f"Mødemappe, version {app.__version__}"
    assert str(tmp_path) in box.informativeText() and "CHANGELOG.md" in box.informativeText()
    assert isinstance(box, QMessageBox)


def test_the_about_box_speaks_english(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    languages = switcher()
    languages.switch("en")
    try:
        box = about_box(None, str(tmp_path))
        qtbot.addWidget(box)
        assert box.windowTitle() == "About Mødemappe"
        assert box.text() == f"Mødemappe, version {app.__version__}"
        assert "Your data:" in box.informativeText()
    finally:
        languages.switch("da")
