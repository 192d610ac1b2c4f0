"""The main window: it arranges the parts and passes messages between them, nothing more.

Left the tabs (meeting tree with filter, search, follow-up list), centre the item view, right
the notes panel. The work is done elsewhere: importing by :class:`ImportController`,
highlights by :class:`HighlightController`, search hits by :class:`HitStepper`, case history
by :class:`CaseHistory`, the briefing by :class:`BriefingService`, every annotation rule by
the annotation service. Actions and menus are declared in :class:`MainActions`.

Signals: ``selection_changed(str)`` — the selected item or meeting id;
``import_finished(object)`` — an ImportSummary; ``briefing_written(str)`` — the PDF's path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.services import settings as keys
from app.services.briefing import BriefingOptions
from app.services.case_history import CaseHistory
from app.services.library.importer import ImportSummary, LibraryChange
from app.services.library.settler import LibrarySettler
from app.services.notes.annotations import AnnotationService
from app.services.notes.operations import badge
from app.services.pages import query_words
from app.services.search import SearchService
from app.services.settings import Settings
from app.services.workspace import Library
from app.ui import window_layout
from app.ui.bilag_controller import BilagController
from app.ui.briefing_controller import BriefingController
from app.ui.changes_view import ChangesView
from app.ui.follow_up_panel import FollowUpPanel
from app.ui.formatting import welcome_html
from app.ui.highlight_controller import HighlightController
from app.ui.hit_stepper import HitStepper
from app.ui.import_controller import ImportController
from app.ui.item_view import ItemView
from app.ui.language import switcher
from app.ui.main_actions import MainActions
from app.ui.meeting_browser import MeetingBrowser
from app.ui.meeting_commands import MeetingCommands
from app.ui.meeting_tree_model import Role
from app.ui.notes_panel import NotesPanel
from app.ui.original_pane import OriginalPane
from app.ui.orphans_dialog import OrphansDialog
from app.ui.portal_dialog import PortalController
from app.ui.read_only_banner import ReadOnlyBanner
from app.ui.reading_tracker import ReadingTracker
from app.ui.search_panel import SearchPanel
from app.ui.selection_view import SelectionView
from app.ui.window_state import WindowState


class MainWindow(QMainWindow):
    """Signals: ``selection_changed(str)``, ``import_finished(object)``, ``briefing_written(str)``."""

    selection_changed = Signal(str)
    import_finished = Signal(object)
    briefing_written = Signal(str)

    def __init__(
        self, library: Library, settings: Settings, annotations: AnnotationService, search: SearchService | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.annotations = annotations
        self.search = search or SearchService(library, annotations, self)
        self.case_history = CaseHistory(library)
        self._current_id = ""
        self.read_only = False
        self._setup_ui()
        self._connect_signals()
        self.reload_library()
        self.state = WindowState(self)
        self.state.restore()
        QTimer.singleShot(0, self.portal.sync_at_start)

    # --- construction ------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setAcceptDrops(True)
        self.resize(1360, 860)
        self.browser = MeetingBrowser()
        # The tree's parts, named for the panels and tests that reach them through the window.
        self.model, self.proxy, self.tree = self.browser.model, self.browser.proxy, self.browser.tree
        self.filter_box = self.browser.filter_box
        self.search_panel = SearchPanel(self.search)
        self.follow_up_panel = FollowUpPanel(self.search)
        self.tabs = QTabWidget()
        for tab in (self.browser, self.search_panel, self.follow_up_panel):
            self.tabs.addTab(tab, "")
        self.view = ItemView()
        self.panel = NotesPanel(self.annotations)
        self.splitter = QSplitter()
        self.centre = OriginalPane(self.library, self.view, self.annotations)  # the item; one tab over, its original
        window_layout.arrange(self.splitter, self.tabs, self.centre, self.panel)  # the reading pane wins
        self.read_only_banner = ReadOnlyBanner()  # shown only in read-only viewing mode, says why
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.read_only_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.reading = ReadingTracker(self.annotations, self.model, self)
        self.settler = LibrarySettler(self.annotations, self.search.index_changed, self)  # every change, once
        self.importer = ImportController(self.settler, self)
        self.highlights = HighlightController(self.annotations, self.view, self.panel, self)
        self.hits = HitStepper(self.view, self, pages=self.centre)
        self.briefing = BriefingController(self.annotations, self.settings, self)
        self.meetings = MeetingCommands(self.library, self)
        self.main_actions = MainActions(self, self.annotations.undo_stack, str(self.settings.get(keys.LANGUAGE)))
        self.main_actions.build_menus()
        self.bilag_commands = BilagController(self.library, self.main_actions, self)
        self.portal = PortalController(self)  # Fil → Følg udvalg …, the sync and its status strip
        self.main_actions.add_to_menu("file", self.portal.follow_action, self.portal.sync_action,
                                      before=self.main_actions.briefing_action, retranslate=self.portal.retranslate)
        self.statusBar().addPermanentWidget(self.portal.status)
        self.changes = ChangesView(self.library, self.annotations, self)  # what a new version changed (#19)
        self.selection = SelectionView(self)  # the selected row in the centre and the notes panel
        self.main_actions.add_to_menu("meeting", self.changes.versions_action, self.changes.show_action,
                                      retranslate=self.changes.retranslate)  # fmt: skip
        self._retranslate_ui()
        window_layout.chain_tab_order([self.filter_box, self.tree, self.view, *self.panel.tab_chain()])

    def _retranslate_ui(self) -> None:
        for index, text in enumerate((self.tr("Møder"), self.tr("Søg"), self.tr("Opfølgning"))):
            self.tabs.setTabText(index, text)
        self.main_actions.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """A language switch: the window's texts, the tree's labels and the page, in the new language."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "main_actions"):
            # Only words change: no library reload, no index rebuild, the tree keeps its state.
            self._retranslate_ui()
            self.model.retranslate()
            if self.isVisible() and self.model.rowCount() == 0:  # a closed window shows nothing
                self.view.show_html(welcome_html())
            elif self.isVisible():
                self._show_current()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        a = self.main_actions
        for action, slot in (
            (a.import_action, self._on_import_action_triggered), (a.import_folder_action, self.importer.import_folder),
            (a.briefing_action, self._on_briefing_action_triggered), (a.edit_action, self._on_edit_action_triggered),
            (a.remove_action, self._on_remove_action_triggered), (a.quit_action, self.close),
            (a.open_original_action, self.centre.toggle_original),
            (a.open_external_action, self._on_open_external_action_triggered),
            (a.previous_action, self.browser.step_previous), (a.next_action, self.browser.step_next),
            (a.zoom_in_action, self.centre.zoom_in), (a.zoom_out_action, self.centre.zoom_out),
            (a.zoom_reset_action, self.centre.reset_zoom),
            (a.filter_action, self._on_filter_action_triggered), (a.search_action, self._on_search_action_triggered),
            (a.search_anywhere_action, self._focus_search), (a.next_hit_action, self.hits.next),
            (a.previous_hit_action, self.hits.previous), (a.highlight_action, self.highlights.request),
            (a.orphans_action, self._on_orphans_action_triggered),
            (a.prepared_action, self.reading.toggle_prepared),
            (a.undo_action, self.annotations.undo), (a.redo_action, self.annotations.redo),
        ):  # fmt: skip
            action.triggered.connect(slot)
        self.main_actions.language_chosen.connect(self._on_main_actions_language_chosen)
        self.browser.current_changed.connect(self._on_browser_current_changed)
        self.browser.context_menu_requested.connect(self.main_actions.show_meeting_menu)
        self.browser.read_requested.connect(self.view.setFocus)
        self.follow_up_panel.exported.connect(self._show_message)
        self.view.internal_link_clicked.connect(self._on_view_internal_link_clicked)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.annotations.changed.connect(self._on_annotations_changed)
        self.annotations.edit_rejected.connect(self._show_message)
        self.search_panel.item_requested.connect(self._on_search_panel_item_requested)
        self.search_panel.bilag_requested.connect(self._on_search_panel_bilag_requested)
        self.follow_up_panel.item_requested.connect(self._on_follow_up_panel_item_requested)
        self.search.index_updated.connect(self._on_search_index_updated)
        self.importer.finished.connect(self._on_importer_finished)
        self.settler.changed.connect(self._on_settler_changed)
        self.importer.reported.connect(self._show_message)
        self.highlights.repaint_needed.connect(self._show_current)
        self.highlights.bilag_requested.connect(self.centre.open_bilag_quote)
        self.highlights.reported.connect(self._show_message)
        self.hits.reported.connect(self._show_message)
        self.briefing.written.connect(self.briefing_written)
        self.briefing.reported.connect(self._show_message)
        self.meetings.library_changed.connect(self._on_meetings_library_changed)
        self.meetings.reported.connect(self._show_message)
        self.selection_changed.connect(self.centre.set_selection)
        self.centre.message_posted.connect(self._show_message)
        self.importer.finished.connect(self.bilag_commands.after_import)
        self.bilag_commands.reported.connect(self._show_message)
        self.bilag_commands.bilag_changed.connect(self._on_bilag_commands_bilag_changed)
        self.changes.show_action.toggled.connect(self._show_current)
        self.changes.versions_action.triggered.connect(self._on_versions_action_triggered)

    # --- library -----------------------------------------------------------------------------

    def show_read_only(self, reason: str) -> None:
        """Read-only viewing mode: everything can be read, nothing can be changed; the banner says why."""
        self.read_only = True
        self.read_only_banner.show_reason(reason)
        self.panel.setEnabled(False)
        self.setAcceptDrops(False)
        self.main_actions.set_read_only()

    def reload_library(self, reindex: bool = True) -> None:
        """Show the library as on disk; ``reindex`` also search (a settled change was indexed once)."""
        records = self.library.meetings()
        self.model.set_records(records)
        self.model.set_badges(self.annotations.badges())
        self.model.set_changes(self.changes.tree_marks())
        self.reading.refresh()
        self.case_history.rebuild()
        if reindex:
            self.search.refresh()
        self.tree.expandToDepth(1)
        items = sum(len(r.items) for r in records)
        self.statusBar().showMessage(self.tr("%n møder", "", len(records)) + " · " + self.tr("%n punkter", "", items))
        if not records:
            self.view.show_html(welcome_html())
        self._update_actions()

    def select(self, some_id: str) -> bool:
        """Select an item id (``meeting:number``) or a meeting id; True if found."""
        return self.browser.select(some_id)

    def select_first_item(self) -> None:
        self.browser.select_first_item()

    def import_paths(self, paths: list[Path]) -> None:
        """Import in the background with a progress dialog; the window stays responsive."""
        if not self.read_only:
            self.importer.start(paths)

    def export_briefing(self, selection: dict[str, object], options: BriefingOptions, target: Path) -> None:
        """Write the briefing in the worker process; open it when done."""
        self.briefing.export(selection, options, target)

    def _show_current(self) -> None:
        """Draw the selected item or meeting page (again), keeping the scroll position."""
        scroll = self.view.verticalScrollBar().value()
        self._on_browser_current_changed(self.tree.currentIndex())
        self.view.verticalScrollBar().setValue(scroll)

    def _current(self, role: Role) -> str | None:
        return self.browser.current(role)

    def _update_actions(self) -> None:
        for action in self.main_actions.meeting_actions():
            action.setEnabled(self._current(Role.MEETING_ID) is not None and not self.read_only)
        self.bilag_commands.set_meeting(self._current(Role.MEETING_ID))

    def _on_versions_action_triggered(self) -> None:
        self.changes.open_versions(self._current(Role.MEETING_ID))

    def _show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 10000)

    # --- state -------------------------------------------------------------------------------

    @property
    def current_id(self) -> str:
        """The item or meeting shown now ("" for none)."""
        return self._current_id

    def save_state(self) -> None:
        """Write the window's layout, zoom and selection to the settings now (also done on close)."""
        self.state.save()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.state.fit_panes()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        self.search.stop()  # background work ends before the window's objects go away
        self.importer.stop()
        self.portal.stop()
        self.centre.shutdown()
        self.save_state()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)

    # --- slots -------------------------------------------------------------------------------

    def _on_browser_current_changed(self, current: QModelIndex) -> None:
        self._update_actions()
        shown = self.selection.show(current)  # a damaged meeting file: one line, no notes, nothing stale
        if shown is not None:
            self._current_id = shown
            self.selection_changed.emit(shown)

    def _on_annotations_changed(self, anchor: str) -> None:
        if not anchor:
            self.model.set_badges(self.annotations.badges())
            return
        text = badge(self.annotations.by_anchor(anchor))
        for item_id in self.library.item_ids_of_anchor(anchor):
            self.model.set_badge(item_id, text)

    def _on_settler_changed(self, _change: LibraryChange) -> None:
        self.reload_library(reindex=False)  # the settle indexed the change, once
        self._on_tabs_current_changed(self.tabs.currentIndex())  # the follow-up list, if shown

    def _on_importer_finished(self, summary: ImportSummary) -> None:
        if summary.last_meeting_id and summary.changed:
            self.select(summary.last_meeting_id)
        self.import_finished.emit(summary)

    def _on_bilag_commands_bilag_changed(self, _meeting_id: str) -> None:
        self.centre.refresh()
        self._show_current()

    def _on_filter_action_triggered(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.browser.focus_filter()

    def _on_view_internal_link_clicked(self, target: str) -> None:
        if target == "demo":
            from app.services.demo import demo_files

            self.import_paths(demo_files())
        elif target == "import":
            self._on_import_action_triggered()
        elif target == "original":
            self.centre.show_original()
        elif not self.centre.open_link(target):
            self.select(target)

    def _on_import_action_triggered(self) -> None:
        self.import_paths(self.importer.choose_files())

    def _on_main_actions_language_chosen(self, language: str) -> None:
        """Switch now: every widget sets its texts again on the LanguageChange Qt sends."""
        self.settings.set(keys.LANGUAGE, language)
        switcher().switch(language)

    def _on_orphans_action_triggered(self) -> None:
        OrphansDialog(self.annotations, self._current(Role.ITEM_ID), self).exec()

    def _on_search_action_triggered(self) -> None:
        if self.centre.original_shown() and self.centre.isAncestorOf(self.focusWidget()):
            return self.centre.page_view.open_find()  # Ctrl+F on the Original tab: find in the PDF
        self._focus_search()

    def _focus_search(self) -> None:  # Ctrl+K always
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_query()

    def _on_search_panel_item_requested(self, item_id: str, query: str) -> None:
        self.hits.set_query(query)
        if self._current_id == item_id:
            self._show_current()
        else:
            self.select(item_id)

    def _on_search_panel_bilag_requested(self, item_id: str, sha256: str, page: int, query: str) -> None:
        self.select(item_id)
        self.centre.open_bilag(sha256, page, query_words(query))

    def _on_follow_up_panel_item_requested(self, item_id: str) -> None:
        self.hits.set_query("")
        self.select(item_id)

    def _on_search_index_updated(self, count: int) -> None:
        # Background chatter: never overwrite the outcome of something the member did (an import,
        # a sync), which the index update usually follows.
        if count and not self.statusBar().currentMessage():
            self.statusBar().showMessage(self.tr("Søgeindekset er opdateret."), 5000)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.follow_up_panel:
            self.follow_up_panel.refresh()
        elif self.tabs.widget(index) is self.search_panel:
            self.search_panel.refresh_filters()

    def _on_briefing_action_triggered(self) -> None:
        self.panel.flush()
        self.briefing.ask(self._current(Role.MEETING_ID))

    def _on_edit_action_triggered(self) -> None:
        self.meetings.edit(self._current(Role.MEETING_ID), self._current_id)

    def _on_remove_action_triggered(self) -> None:
        self.meetings.remove(self._current(Role.MEETING_ID))

    def _on_open_external_action_triggered(self) -> None:
        self.meetings.open_original(self._current(Role.MEETING_ID), self._current(Role.ITEM_ID))

    def _on_meetings_library_changed(self, reselect: str) -> None:
        self.reload_library()
        if not (reselect and self.select(reselect)):
            self.select_first_item()
