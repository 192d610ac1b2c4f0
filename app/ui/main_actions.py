"""The main window's actions and menus, declared in one place.

The window connects the actions to its slots; a feature that brings its own action (e.g.
Fil → Følg udvalg) adds it with :meth:`MainActions.add_to_menu` — menus are found by key
(``"file"``, ``"edit"``, ``"meeting"``, ``"view"``), so nobody edits the menu layout here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar


class MainActions(QObject):
    """Every action of the main window, with its text, shortcut and place in the menus."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, language: str) -> None:
        super().__init__(window)
        self._window = window
        self.menus: dict[str, QMenu] = {}
        std = QKeySequence.StandardKey
        self.import_action = self._action(self.tr("&Importér …"), std.Open,
                                          self.tr("Importér dagsordener og referater (PDF eller tekst)"))  # fmt: skip
        self.quit_action = self._action(self.tr("&Afslut"), std.Quit)
        self.briefing_action = self._action(self.tr("Eksportér &briefing (PDF) …"), "Ctrl+E")
        self.edit_action = self._action(self.tr("&Ret mødets oplysninger …"))
        self.remove_action = self._action(self.tr("&Fjern møde …"))
        self.open_original_action = self._action(self.tr("Vis &original"), "Ctrl+Shift+O",
                                                 self.tr("Vis den oprindelige PDF ved punktets side"))  # fmt: skip
        self.open_external_action = self._action(self.tr("Åbn i &ekstern fremviser"), None,
                                                 self.tr("Åbn kildefilen i systemets PDF-fremviser"))  # fmt: skip
        self.previous_action = self._action(self.tr("&Forrige punkt"), "Alt+Left")
        self.next_action = self._action(self.tr("&Næste punkt"), "Alt+Right")
        self.zoom_in_action = self._action(self.tr("Zoom &ind"), std.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &ud"), std.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Normal størrelse"), "Ctrl+0")
        self.filter_action = self._action(self.tr("Filtrér møder"), "Ctrl+L")
        self.search_action = self._action(self.tr("&Søg …"), std.Find)
        self.search_anywhere_action = self._action(self.tr("Søg overalt"), "Ctrl+K")
        self.next_hit_action = self._action(self.tr("Næste &træf"), std.FindNext)
        self.previous_hit_action = self._action(self.tr("Forrige t&ræf"), std.FindPrevious)
        self.undo_action = undo_stack.createUndoAction(window, self.tr("&Fortryd"))
        self.undo_action.setShortcut(QKeySequence(std.Undo))
        self.redo_action = undo_stack.createRedoAction(window, self.tr("&Gentag"))
        self.redo_action.setShortcut(QKeySequence(std.Redo))
        self.highlight_action = self._action(self.tr("&Markér valgt tekst"), "Ctrl+M")
        self.orphans_action = self._action(self.tr("&Noter uden punkt …"))
        self.danish_action = self._action("Dansk")
        self.english_action = self._action("English")
        for action in (self.danish_action, self.english_action):
            action.setCheckable(True)
        (self.english_action if language == "en" else self.danish_action).setChecked(True)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:  # fmt: skip
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        self._window.addAction(action)
        return action

    def build_menus(self) -> None:
        bar = self._window.menuBar()
        self.menus["file"] = file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.addActions([self.import_action, self.briefing_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.menus["edit"] = edit_menu = bar.addMenu(self.tr("&Rediger"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.highlight_action, self.orphans_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.search_action, self.next_hit_action, self.previous_hit_action])
        self.menus["meeting"] = bar.addMenu(self.tr("&Møde"))
        self.menus["meeting"].addActions(self.meeting_actions())
        self.menus["view"] = view_menu = bar.addMenu(self.tr("&Vis"))
        view_menu.addActions([self.previous_action, self.next_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.menus["language"] = view_menu.addMenu(self.tr("&Sprog"))
        self.menus["language"].addActions([self.danish_action, self.english_action])
        toolbar = QToolBar(self.tr("Værktøjslinje"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.import_action])
        toolbar.addSeparator()
        toolbar.addActions([self.previous_action, self.next_action, self.open_original_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        self._window.addToolBar(toolbar)

    def meeting_actions(self) -> list[QAction]:
        """What can be done to the selected meeting (menu and the tree's context menu)."""
        return [self.open_original_action, self.open_external_action, self.edit_action, self.remove_action]

    def add_to_menu(self, menu: str, action: QAction, *, before: QAction | None = None) -> None:
        """Put a feature's own action into one of the menus (by key), before ``before`` if given."""
        self._window.addAction(action)
        if before is not None:
            self.menus[menu].insertAction(before, action)
        else:
            self.menus[menu].addAction(action)
