"""The main window's actions and menus, declared in one place.

The window connects the actions to its slots; a feature that brings its own action (e.g.
Fil → Følg udvalg) adds it with :meth:`MainActions.add_to_menu` — menus are found by key
(``"file"``, ``"edit"``, ``"meeting"``, ``"view"``, ``"help"``), so nobody edits the menu
layout here.

Texts follow Qt Designer's split: the actions are made with their shortcuts only, and
:meth:`MainActions.retranslate` gives every action and menu its text — at start and again
when the language is switched while the window is open.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.ui.about_dialog import about_box
from app.ui.shortcuts_dialog import ShortcutsDialog


class MainActions(QObject):
    """Every action of the main window, with its shortcut, its text and its place in the menus.

    Signals: ``language_chosen(str)`` — "da" or "en", from View → Language.
    """

    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack, language: str) -> None:
        super().__init__(window)
        self._window = window
        self._undo_stack = undo_stack
        self.menus: dict[str, QMenu] = {}
        self._retranslators: list[Callable[[], None]] = []  # features' own actions (add_to_menu)
        std = QKeySequence.StandardKey
        self.import_action = self._action(std.Open)
        self.import_folder_action = self._action()  # a meeting's folder with its bilag, walked like the CLI's
        self.quit_action = self._action(std.Quit)
        self.briefing_action = self._action("Ctrl+E")
        self.edit_action = self._action()
        self.remove_action = self._action()
        self.open_original_action = self._action("Ctrl+Shift+O")
        self.open_external_action = self._action()
        self.previous_action = self._action("Alt+Left")
        self.next_action = self._action("Alt+Right")
        self.zoom_in_action = self._action(std.ZoomIn)
        self.zoom_out_action = self._action(std.ZoomOut)
        self.zoom_reset_action = self._action("Ctrl+0")
        self.reading_mode_action = self._action("F11")  # the tree and the notes panel hidden (WindowState)
        self.reading_mode_action.setCheckable(True)
        self.filter_action = self._action("Ctrl+L")
        self.search_action = self._action(std.Find)
        self.search_anywhere_action = self._action("Ctrl+K")
        self.next_hit_action = self._action(std.FindNext)
        self.previous_hit_action = self._action(std.FindPrevious)
        # Our own undo/redo actions (not QUndoStack.createUndoAction, whose "Fortryd" prefix
        # is fixed when made): their text follows a language switch.
        self.undo_action = self._action(std.Undo)
        self.redo_action = self._action(std.Redo)
        self.highlight_action = self._action("Ctrl+M")
        self.prepared_action = self._action("Ctrl+D")
        self.orphans_action = self._action()
        self.shortcuts_action = self._action(std.HelpContents)
        self.about_action = self._action()
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.danish_action = self._action()
        self.english_action = self._action()
        self.danish_action.setText("Dansk")  # each language by its own name, in every language
        self.english_action.setText("English")
        for action in (self.danish_action, self.english_action):
            action.setCheckable(True)
        (self.english_action if language == "en" else self.danish_action).setChecked(True)
        self.danish_action.triggered.connect(self._on_danish_action_triggered)
        self.english_action.triggered.connect(self._on_english_action_triggered)
        self.shortcuts_action.triggered.connect(self._on_shortcuts_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        # undo/redo are connected by the window to AnnotationService.undo/redo (typed text is saved first)
        undo_stack.indexChanged.connect(self._on_undo_stack_changed)
        undo_stack.cleanChanged.connect(self._on_undo_stack_changed)

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self._window.addAction(action)
        return action

    def build_menus(self) -> None:
        bar = self._window.menuBar()
        self.menus["file"] = file_menu = bar.addMenu("")
        file_menu.addActions([self.import_action, self.import_folder_action, self.briefing_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.menus["edit"] = edit_menu = bar.addMenu("")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.highlight_action, self.prepared_action, self.orphans_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.search_action, self.next_hit_action, self.previous_hit_action])
        self.menus["meeting"] = bar.addMenu("")
        self.menus["meeting"].addActions(self.meeting_actions())
        self.menus["view"] = view_menu = bar.addMenu("")
        view_menu.addActions([self.previous_action, self.next_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.reading_mode_action)
        self.menus["language"] = view_menu.addMenu("")
        self.menus["language"].addActions([self.danish_action, self.english_action])
        self.menus["help"] = bar.addMenu("")
        self.menus["help"].addAction(self.shortcuts_action)
        self.menus["help"].addAction(self.about_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.import_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.previous_action, self.next_action, self.open_original_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        self._window.addToolBar(self.toolbar)
        self.retranslate()

    def _choose_language(self, language: str) -> None:
        self.danish_action.setChecked(language == "da")
        self.english_action.setChecked(language == "en")
        self.language_chosen.emit(language)

    def _on_danish_action_triggered(self) -> None:
        self._choose_language("da")

    def _on_english_action_triggered(self) -> None:
        self._choose_language("en")

    def retranslate(self) -> None:
        """Every action's and menu's text, and the window's title, in the current language."""
        self._window.setWindowTitle(self.tr("Mødemappe"))
        texts = {
            self.import_action: (
                self.tr("&Importér filer …"),
                self.tr("Importér dagsordener, referater og bilag (PDF, tekst, zip)"),
            ),
            self.import_folder_action: (
                self.tr("Importér &mappe …"),
                self.tr("Importér en mappe med et møde og dets bilag"),
            ),
            self.quit_action: (self.tr("&Afslut"), ""),
            self.briefing_action: (self.tr("Eksportér &briefing (PDF) …"), ""),
            self.edit_action: (self.tr("&Ret mødets oplysninger …"), ""),
            self.remove_action: (self.tr("&Fjern møde …"), ""),
            self.open_original_action: (self.tr("Vis &original"), self.tr("Vis den oprindelige PDF ved punktets side")),
            self.open_external_action: (
                self.tr("Åbn i &ekstern fremviser"),
                self.tr("Åbn kildefilen i systemets PDF-fremviser"),
            ),
            self.previous_action: (self.tr("&Forrige punkt"), ""),
            self.next_action: (self.tr("&Næste punkt"), ""),
            self.zoom_in_action: (self.tr("Zoom &ind"), ""),
            self.zoom_out_action: (self.tr("Zoom &ud"), ""),
            self.zoom_reset_action: (self.tr("&Normal størrelse"), ""),
            self.reading_mode_action: (self.tr("&Læsetilstand"), self.tr("Skjul mødelisten og notepanelet (F11)")),
            self.filter_action: (self.tr("Filtrér møder"), ""),
            self.search_action: (self.tr("&Søg …"), ""),
            self.search_anywhere_action: (self.tr("Søg overalt"), ""),
            self.next_hit_action: (self.tr("Næste &træf"), ""),
            self.previous_hit_action: (self.tr("Forrige t&ræf"), ""),
            self.highlight_action: (self.tr("&Markér valgt tekst"), ""),
            self.prepared_action: (self.tr("Markér som &forberedt"), self.tr("Skift punktet mellem forberedt og læst")),
            self.orphans_action: (self.tr("&Noter uden punkt …"), ""),
            self.shortcuts_action: (self.tr("&Tastaturgenveje"), ""),
            self.about_action: (self.tr("&Om Mødemappe"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
        self._on_undo_stack_changed()
        titles = {"file": self.tr("&Fil"), "edit": self.tr("&Rediger"), "meeting": self.tr("&Møde"),
                  "view": self.tr("&Vis"), "language": self.tr("&Sprog"), "help": self.tr("&Hjælp")}  # fmt: skip
        for key, title in titles.items():
            if key in self.menus:
                self.menus[key].setTitle(title)
        if hasattr(self, "toolbar"):
            self.toolbar.setWindowTitle(self.tr("Værktøjslinje"))
        for retranslate in self._retranslators:
            retranslate()

    def _on_undo_stack_changed(self, *_args: object) -> None:
        stack = self._undo_stack
        if not shiboken6.isValid(stack):  # the stack tells its last change while it is destroyed
            return
        for action, prefix, text, enabled in (
            (self.undo_action, self.tr("&Fortryd"), stack.undoText(), stack.canUndo()),
            (self.redo_action, self.tr("&Gentag"), stack.redoText(), stack.canRedo()),
        ):
            action.setText(f"{prefix} {text}".strip())
            action.setToolTip(prefix.replace("&", ""))  # its name on the shortcut sheet and the toolbar
            action.setEnabled(enabled)

    def _on_shortcuts_action_triggered(self) -> None:
        """Hjælp → Tastaturgenveje: the sheet is built from the window's actions as they are now."""
        ShortcutsDialog(self._window.actions(), self._window).exec()

    def _on_about_action_triggered(self) -> None:
        """Hjælp → Om Mødemappe: the version and the profile folder."""
        library = getattr(self._window, "library", None)  # the main window's library names the profile
        about_box(self._window, str(library.profile) if library is not None else "").exec()

    def set_read_only(self) -> None:
        """Read-only viewing mode: every action that would change something is off (undo/redo hidden)."""
        for action in (self.import_action, self.import_folder_action, self.edit_action, self.remove_action,
                       self.highlight_action, self.orphans_action, self.undo_action, self.redo_action):  # fmt: skip
            action.setEnabled(False)
            action.setVisible(action not in (self.undo_action, self.redo_action))

    def show_meeting_menu(self, position: QPoint) -> None:
        """The tree's context menu: the meeting's own actions."""
        menu = QMenu(self._window)
        menu.addActions(self.meeting_actions())
        menu.exec(position)

    def meeting_actions(self) -> list[QAction]:
        """What can be done to the selected meeting (menu and the tree's context menu)."""
        return [self.open_original_action, self.open_external_action, self.edit_action, self.remove_action]

    def add_to_menu(self, menu: str, *actions: QAction, before: QAction | None = None,
                    retranslate: Callable[[], None] | None = None) -> None:  # fmt: skip
        """Put a feature's own actions into one of the menus (by key), before ``before`` if given.

        ``retranslate`` sets the feature's texts again after a language switch.
        """
        if retranslate is not None and retranslate not in self._retranslators:
            self._retranslators.append(retranslate)
        for action in actions:
            self._window.addAction(action)
            if before is not None:
                self.menus[menu].insertAction(before, action)
            else:
                self.menus[menu].addAction(action)
