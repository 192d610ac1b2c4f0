"""The main window: meeting tree on the left, the structured item view in the centre.

Signals: ``selection_changed(str)`` — the selected item or meeting id.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.export.briefing import BriefingOptions
from app.search.query import find as find_terms
from app.search.query import parse as parse_query
from app.services import settings as keys
from app.services.annotations import AnnotationService
from app.services.importer import ImportSummary
from app.services.isolation import Refusal
from app.services.jobs import briefing_job, import_job
from app.services.search import SearchService
from app.services.settings import Settings
from app.services.tasks import CANCELLED, Poller, Task
from app.storage.annotations import locate, quote_for
from app.storage.library import ItemRecord, Library, MeetingRecord
from app.ui.briefing_dialog import BriefingDialog
from app.ui.edit_meeting_dialog import EditMeetingDialog
from app.ui.follow_up_panel import FollowUpPanel
from app.ui.formatting import item_html, meeting_html, welcome_html
from app.ui.item_view import ItemView
from app.ui.meeting_tree_model import MeetingTreeModel, Role
from app.ui.messages import import_failure
from app.ui.notes_panel import NotesPanel
from app.ui.orphans_dialog import OrphansDialog
from app.ui.plain import display_name, plain_label
from app.ui.search_panel import SearchPanel
from app.ui.tree_filter import TreeFilterProxy

IMPORT_SUFFIXES = (".pdf", ".txt", ".text", ".md")
CASE_HISTORY_LIMIT = 8  # the newest other items of the case


def plural(count: int, one: str, many: str) -> str:
    """Danish and English both have one singular and one plural form."""
    return one if count == 1 else many.replace("%1", str(count))


class MainWindow(QMainWindow):
    """Signals: ``selection_changed(str)``, ``import_finished(object)`` (an ImportSummary),
    ``briefing_written(str)`` (the PDF's path)."""

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
        self._query = ""
        self._job: Task | None = None
        self._job_paths: list[Path] = []
        self._poller = Poller(self)
        self._progress: QProgressDialog | None = None
        self._current_id = ""
        self._painted_highlights: list[tuple[str, ...]] = []
        self._setup_ui()
        self._connect_signals()
        self.reload_library()
        self._restore_state()

    # --- construction ------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {
            "case": self.tr("Sagsnr."),
            "closed": self.tr("Lukket"),
            "closed_body": self.tr("Lukket punkt — indholdet er ikke offentliggjort."),
            "absent": self.tr("Fraværende"),
            "attachments": self.tr("Bilag"),
            "committee": self.tr("Udvalg"),
            "municipality": self.tr("Kommune"),
            "date": self.tr("Dato"),
            "place": self.tr("Mødested"),
            "participants": self.tr("Deltagere"),
            "items": self.tr("Punkter"),
            "kind_B": self.tr("Beslutning"),
            "kind_O": self.tr("Orientering"),
            "kind_D": self.tr("Drøftelse"),
            "no_date": self.tr("uden dato"),
            "page": self.tr("side"),
            "history": self.tr("Sagshistorik (samme sagsnummer)"),
        }

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Mødemappe"))
        self.setAcceptDrops(True)
        self.resize(1360, 860)
        self.model = MeetingTreeModel(self)
        self.proxy = TreeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filtrér møder og punkter …"))
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAccessibleName(self.tr("Møder"))
        meetings_tab = QWidget()
        layout = QVBoxLayout(meetings_tab)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        self.search_panel = SearchPanel(self.search)
        self.follow_up_panel = FollowUpPanel(self.search)
        self.tabs = QTabWidget()
        self.tabs.addTab(meetings_tab, self.tr("Møder"))
        self.tabs.addTab(self.search_panel, self.tr("Søg"))
        self.tabs.addTab(self.follow_up_panel, self.tr("Opfølgning"))
        left = self.tabs
        self.view = ItemView()
        self.panel = NotesPanel(self.annotations)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 660, 320])
        self.setCentralWidget(self.splitter)
        self._create_actions()
        self._create_menus()
        self.statusBar()

    def _action(self, text: str, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.import_action = self._action(self.tr("&Importér …"), QKeySequence.StandardKey.Open,
                                          self.tr("Importér dagsordener og referater (PDF eller tekst)"))  # fmt: skip
        self.quit_action = self._action(self.tr("&Afslut"), QKeySequence.StandardKey.Quit)
        self.briefing_action = self._action(self.tr("Eksportér &briefing (PDF) …"), "Ctrl+E")
        self.edit_action = self._action(self.tr("&Ret mødets oplysninger …"))
        self.remove_action = self._action(self.tr("&Fjern møde …"))
        self.open_original_action = self._action(self.tr("Åbn &original"), "Ctrl+Shift+O",
                                                 self.tr("Åbn kildefilen ved punktets side"))  # fmt: skip
        self.previous_action = self._action(self.tr("&Forrige punkt"), "Alt+Left")
        self.next_action = self._action(self.tr("&Næste punkt"), "Alt+Right")
        self.zoom_in_action = self._action(self.tr("Zoom &ind"), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &ud"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = self._action(self.tr("&Normal størrelse"), "Ctrl+0")
        self.filter_action = self._action(self.tr("Filtrér møder"), "Ctrl+L")
        self.search_action = self._action(self.tr("&Søg …"), QKeySequence.StandardKey.Find)
        self.search_anywhere_action = self._action(self.tr("Søg overalt"), "Ctrl+K")
        self.next_hit_action = self._action(self.tr("Næste &træf"), QKeySequence.StandardKey.FindNext)
        self.previous_hit_action = self._action(self.tr("Forrige t&ræf"), QKeySequence.StandardKey.FindPrevious)
        self.undo_action = self.annotations.undo_stack.createUndoAction(self, self.tr("&Fortryd"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.annotations.undo_stack.createRedoAction(self, self.tr("&Gentag"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.highlight_action = self._action(self.tr("&Markér valgt tekst"), "Ctrl+M")
        self.orphans_action = self._action(self.tr("&Noter uden punkt …"))
        self.danish_action = self._action("Dansk")
        self.english_action = self._action("English")
        for action in (self.danish_action, self.english_action):
            action.setCheckable(True)
        language = self.settings.get(keys.LANGUAGE)
        (self.english_action if language == "en" else self.danish_action).setChecked(True)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.briefing_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Rediger"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.highlight_action, self.orphans_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.search_action, self.next_hit_action, self.previous_hit_action])
        meeting_menu = bar.addMenu(self.tr("&Møde"))
        meeting_menu.addActions([self.open_original_action, self.edit_action, self.remove_action])
        view_menu = bar.addMenu(self.tr("&Vis"))
        view_menu.addActions([self.previous_action, self.next_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        language_menu = view_menu.addMenu(self.tr("&Sprog"))
        language_menu.addActions([self.danish_action, self.english_action])
        toolbar = QToolBar(self.tr("Værktøjslinje"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.import_action])
        toolbar.addSeparator()
        toolbar.addActions([self.previous_action, self.next_action, self.open_original_action])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out_action, self.zoom_in_action])
        self.addToolBar(toolbar)

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.view.internal_link_clicked.connect(self._on_view_internal_link_clicked)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.briefing_action.triggered.connect(self._on_briefing_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.remove_action.triggered.connect(self._on_remove_action_triggered)
        self.open_original_action.triggered.connect(self._on_open_original_action_triggered)
        self.previous_action.triggered.connect(self._on_previous_action_triggered)
        self.next_action.triggered.connect(self._on_next_action_triggered)
        self.zoom_in_action.triggered.connect(self._on_zoom_in_action_triggered)
        self.zoom_out_action.triggered.connect(self._on_zoom_out_action_triggered)
        self.zoom_reset_action.triggered.connect(self._on_zoom_reset_action_triggered)
        self.filter_action.triggered.connect(self._on_filter_action_triggered)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.danish_action.triggered.connect(self._on_danish_action_triggered)
        self.highlight_action.triggered.connect(self._on_highlight_action_triggered)
        self.orphans_action.triggered.connect(self._on_orphans_action_triggered)
        self.panel.highlight_requested.connect(self._on_panel_highlight_requested)
        self.panel.highlight_activated.connect(self._on_panel_highlight_activated)
        self.annotations.changed.connect(self._on_annotations_changed)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.search_anywhere_action.triggered.connect(self._on_search_action_triggered)
        self.search_panel.item_requested.connect(self._on_search_panel_item_requested)
        self.follow_up_panel.item_requested.connect(self._on_follow_up_panel_item_requested)
        self.next_hit_action.triggered.connect(self._on_next_hit_action_triggered)
        self.previous_hit_action.triggered.connect(self._on_previous_hit_action_triggered)
        self.search.index_updated.connect(self._on_search_index_updated)
        self.english_action.triggered.connect(self._on_english_action_triggered)

    # --- library -----------------------------------------------------------------------------

    def reload_library(self) -> None:
        records = self.library.meetings()
        self.model.set_records(records)
        self.model.set_badges(self.annotations.badges())
        self._case_index: dict[str, list[tuple[MeetingRecord, ItemRecord]]] = {}
        for record in records:  # newest first
            for item in record.items:
                if item.case_number:
                    self._case_index.setdefault(item.case_number, []).append((record, item))
        self.search.refresh()
        self.tree.expandToDepth(1)
        items = sum(len(r.items) for r in records)
        self.statusBar().showMessage(
            plural(len(records), self.tr("1 møde"), self.tr("%1 møder"))
            + " · "
            + plural(items, self.tr("1 punkt"), self.tr("%1 punkter"))
        )
        if not records:
            self.view.show_html(
                welcome_html(
                    {
                        "welcome": self.tr("Velkommen til Mødemappe"),
                        "empty": self.tr(
                            "Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — "
                            "via Fil → Importér eller ved at trække filerne ind i vinduet."
                        ),
                        "import": self.tr("Importér filer …"),
                        "demo": self.tr("Indlæs demo-biblioteket (fem rigtige referater)"),
                    }
                )
            )
        self._update_actions()

    def select(self, some_id: str) -> bool:
        """Select an item id (``meeting:number``) or a meeting id; True if found."""
        source = self.model.index_of_item(some_id)
        if not source.isValid():
            source = self.model.index_of_meeting(some_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_box.clear()
            index = self.proxy.mapFromSource(source)
        self.tree.scrollTo(index)
        self.tree.setCurrentIndex(index)
        return True

    def select_first_item(self) -> None:
        ids = self.model.item_ids_in_order()
        if ids:
            self.select(ids[0])

    def import_paths(self, paths: list[Path]) -> None:
        """Import in the background with a progress dialog; the window stays responsive."""
        paths = [p for p in paths if p.suffix.lower() in IMPORT_SUFFIXES or p.is_file()]
        if not paths or self._job is not None:
            return
        self._job_paths = paths
        self._job = self._poller.start(
            import_job,
            (str(self.library.profile), [str(p) for p in paths]),
            self._on_job_finished,
            on_progress=self._on_job_progressed,
            on_failed=self._on_job_failed,
        )
        self._progress = QProgressDialog(self.tr("Importerer …"), self.tr("Annullér"), 0, len(paths), self)
        # The label will show file names: plain text, never Qt's rich-text guess.
        self._progress.setLabel(plain_label(QLabel(self.tr("Importerer …"))))
        self._progress.setWindowTitle(self.tr("Import"))
        # Not modal: a modal QProgressDialog runs a nested event loop inside setValue(), and
        # the import's "finished" arriving in there would tear the dialog down under itself.
        self._progress.setWindowModality(Qt.WindowModality.NonModal)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._on_progress_canceled)

    # --- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        splitter = self.settings.get(keys.SPLITTER)
        if splitter:
            defaults = self.splitter.sizes()
            self.splitter.restoreState(splitter)
            sizes = self.splitter.sizes()
            # A state saved by another layout (or a squeezed pane) is not worth keeping.
            if len(sizes) != len(defaults) or min(sizes) < 120:
                self.splitter.setSizes(defaults)
        self.view.set_zoom(self.settings.get(keys.ZOOM))
        last = self.settings.get(keys.LAST_SELECTION)
        if not (last and self.select(str(last))):
            self.select_first_item()

    def save_state(self) -> None:
        self.settings.set(keys.GEOMETRY, self.saveGeometry())
        self.settings.set(keys.SPLITTER, self.splitter.saveState())
        self.settings.set(keys.ZOOM, self.view.zoom)
        self.settings.set(keys.LAST_SELECTION, self._current_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        # Background work ends before the window's objects go away.
        self.search.stop()
        if self._job is not None:
            self._job.cancel()
            self._job.wait()
        self.save_state()
        super().closeEvent(event)

    # --- drag & drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)

    # --- slots -------------------------------------------------------------------------------

    def _current_meeting_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(Role.MEETING_ID) if index.isValid() else None

    def _update_actions(self) -> None:
        has_meeting = self._current_meeting_id() is not None
        for action in (self.edit_action, self.remove_action, self.open_original_action):
            action.setEnabled(has_meeting)

    def _on_filter_box_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(1)

    def _on_filter_action_triggered(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = current.data(Role.NODE_KIND)
        meeting_id = current.data(Role.MEETING_ID)
        self._update_actions()
        if kind not in ("item", "meeting") or not meeting_id:
            self.panel.set_item(None)
            return
        meeting = self.library.meeting(meeting_id)
        if kind == "item":
            item_id = current.data(Role.ITEM_ID)
            number = item_id.rsplit(":", 1)[1]
            item = next(i for i in meeting.items if i.number == number)
            history = self._case_history(item_id, item.case_number)
            self.view.show_html(item_html(meeting, item, self._texts(), history))
            self._current_id = item_id
            self.panel.set_item(item_id, f"{item.number}. {item.title}")
            self._paint_highlights()
            self._mark_query_hits()
        else:
            self.view.show_html(meeting_html(meeting, self._texts(), meeting_id))
            self._current_id = meeting_id
            self.panel.set_item(None)
        self.selection_changed.emit(self._current_id)

    def _on_tree_context_menu_requested(self, position) -> None:  # type: ignore[no-untyped-def]
        if not self.tree.indexAt(position).isValid():
            return
        menu = QMenu(self)
        menu.addActions([self.open_original_action, self.edit_action, self.remove_action])
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _on_view_internal_link_clicked(self, target: str) -> None:
        if target == "demo":
            from app.services.demo import demo_files

            self.import_paths(demo_files())
        elif target == "import":
            self._on_import_action_triggered()
        else:
            self.select(target)

    def _on_import_action_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Importér dagsordener og referater"), str(Path.home()),
            self.tr("Mødepapirer (*.pdf *.txt *.md);;Alle filer (*)"),
        )  # fmt: skip
        self.import_paths([Path(f) for f in files])

    def _on_progress_canceled(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _on_job_progressed(self, done: int, total: int, name: str) -> None:
        if self._progress is not None:
            self._progress.setValue(done)
            if name:
                label = self.tr("Importerer fil %1 af %2: %3")
                self._progress.setLabelText(
                    label.replace("%1", str(min(done + 1, total)))
                    .replace("%2", str(total))
                    .replace("%3", display_name(name))
                )

    def _on_job_failed(self, message: str) -> None:
        """The worker ended without a summary: cancelled and stopped, or it died (killed, crashed)."""
        if message == CANCELLED:
            self._on_job_finished(ImportSummary(cancelled=True))
        else:
            self._on_job_finished(ImportSummary(failed=[(p.name, Refusal.INTERRUPTED) for p in self._job_paths]))

    def _on_job_finished(self, summary: ImportSummary) -> None:
        self.library.reload()  # the worker process wrote the library
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._job = None
        orphaned: list[str] = []
        for meeting_id in summary.meeting_ids:
            record = self.library.record(meeting_id)
            if record is not None:
                orphaned += self.annotations.reconcile(record)
        self.reload_library()
        if summary.last_meeting_id and (summary.added or summary.replaced):
            self.select(summary.last_meeting_id)
        parts = []
        if summary.added:
            parts.append(plural(len(summary.added), self.tr("1 møde importeret"), self.tr("%1 møder importeret")))
        if summary.replaced:
            parts.append(plural(len(summary.replaced), self.tr("1 møde opdateret"), self.tr("%1 møder opdateret")))
        if summary.unchanged:
            parts.append(
                plural(
                    len(summary.unchanged),
                    self.tr("1 fil var allerede importeret"),
                    self.tr("%1 filer var allerede importeret"),
                )
            )
        if summary.cancelled:
            parts.append(self.tr("importen blev annulleret"))
        if orphaned:
            parts.append(
                plural(len(orphaned), self.tr("1 note mistede sit punkt (se Rediger → Noter uden punkt)"),
                       self.tr("%1 noter mistede deres punkt (se Rediger → Noter uden punkt)"))
            )  # fmt: skip
        self.statusBar().showMessage(" · ".join(parts), 10000)
        if summary.failed:
            lines = "\n".join(f"• {display_name(name)}: {import_failure(reason)}" for name, reason in summary.failed)
            text = plural(
                len(summary.failed), self.tr("1 fil kunne ikke importeres:"), self.tr("%1 filer kunne ikke importeres:")
            )
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), text, parent=self)
            box.setInformativeText(lines)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            self.last_message_box = box
        self.import_finished.emit(summary)

    def _on_edit_action_triggered(self) -> None:
        meeting_id = self._current_meeting_id()
        record = self.library.record(meeting_id) if meeting_id else None
        if record is None:
            return
        dialog = EditMeetingDialog(record, self)
        if dialog.exec() and dialog.changes():
            self.library.edit(record.meeting_id, **dialog.changes())
            current = self._current_id
            self.reload_library()
            self.select(current)

    def _on_remove_action_triggered(self) -> None:
        meeting_id = self._current_meeting_id()
        record = self.library.record(meeting_id) if meeting_id else None
        if record is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Fjern møde"),
            self.tr("Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.")
            .replace("%1", f"{record.committee or ''} {record.date or ''}".strip()),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.library.remove(record.meeting_id)
            self.reload_library()
            self.select_first_item()

    def _on_open_original_action_triggered(self) -> None:
        meeting_id = self._current_meeting_id()
        path = self.library.source_path(meeting_id) if meeting_id else None
        if path is None:
            self.statusBar().showMessage(self.tr("Kildefilen findes ikke længere."), 8000)
            return
        url = QUrl.fromLocalFile(str(path))
        item_id = self.tree.currentIndex().data(Role.ITEM_ID)
        if item_id and path.suffix.lower() == ".pdf":
            number = item_id.rsplit(":", 1)[1]
            item = next((i for i in self.library.meeting(meeting_id).items if i.number == number), None)
            if item and item.source_page:
                url.setFragment(f"page={item.source_page}")
        QDesktopServices.openUrl(url)

    def _step(self, delta: int) -> None:
        ids = [
            i for i in self.model.item_ids_in_order() if self.proxy.mapFromSource(self.model.index_of_item(i)).isValid()
        ]
        if not ids:
            return
        current = self.tree.currentIndex().data(Role.ITEM_ID)
        position = ids.index(current) + delta if current in ids else 0
        self.select(ids[max(0, min(len(ids) - 1, position))])

    def _on_previous_action_triggered(self) -> None:
        self._step(-1)

    def _on_next_action_triggered(self) -> None:
        self._step(1)

    def _on_zoom_in_action_triggered(self) -> None:
        self.view.set_zoom(self.view.zoom + 1)

    def _on_zoom_out_action_triggered(self) -> None:
        self.view.set_zoom(self.view.zoom - 1)

    def _on_zoom_reset_action_triggered(self) -> None:
        self.view.set_zoom(0)

    def _set_language(self, language: str) -> None:
        self.settings.set(keys.LANGUAGE, language)
        self.danish_action.setChecked(language == "da")
        self.english_action.setChecked(language == "en")
        self.statusBar().showMessage(self.tr("Sproget skiftes, næste gang Mødemappe startes."), 8000)

    def _on_danish_action_triggered(self) -> None:
        self._set_language("da")

    def _on_english_action_triggered(self) -> None:
        self._set_language("en")

    # --- annotations -------------------------------------------------------------------------

    def _current_item_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(Role.ITEM_ID) if index.isValid() else None

    def _paint_highlights(self) -> None:
        """Render the item's highlights; a quote that cannot be found is shown as detached."""
        item_id = self._current_item_id()
        annotation = self.annotations.get(item_id) if item_id else None
        self.panel.detached = set()
        self._painted_highlights = [h.to_key() for h in annotation.highlights] if annotation else []
        if annotation is None or not annotation.highlights:
            return
        text = self.view.toPlainText()
        ranges = []
        for h in annotation.highlights:
            found = locate(text, h.quote)
            if found is None:
                self.panel.detached.add(h.highlight_id)
            else:
                ranges.append((found[0], found[1], h.color))
        self.view.apply_highlights(ranges)
        if self.panel.detached:
            self.panel._reload()

    def _on_highlight_action_triggered(self) -> None:
        self._on_panel_highlight_requested(str(self.panel.highlight_color.currentData()))

    def _on_panel_highlight_requested(self, color: str) -> None:
        item_id = self._current_item_id()
        selected = self.view.selection_range()
        if item_id is None or selected is None:
            self.statusBar().showMessage(self.tr("Vælg først noget tekst i punktet."), 6000)
            return
        quote = quote_for(self.view.toPlainText(), *selected)
        comment, ok = QInputDialog.getText(self, self.tr("Markering"), self.tr("Kommentar (valgfri):"))
        if ok:
            self.annotations.add_highlight(item_id, quote, color, comment.strip())

    def _on_panel_highlight_activated(self, highlight_id: str) -> None:
        item_id = self._current_item_id()
        annotation = self.annotations.get(item_id) if item_id else None
        highlight = (
            next((h for h in annotation.highlights if h.highlight_id == highlight_id), None) if annotation else None
        )
        found = locate(self.view.toPlainText(), highlight.quote) if highlight else None
        if found is not None:
            self.view.select_range(*found)
            self.view.setFocus()

    def _on_annotations_changed(self, anchor: str) -> None:
        self.model.set_badges(self.annotations.badges())
        item_id = self._current_item_id()
        if item_id is None:
            return
        ref = self.annotations.ref(item_id)
        if ref is not None and (not anchor or anchor == ref.anchor):
            # Only highlights are drawn in the item view: a note, tag or follow-up change
            # (every autosave) must not re-render the whole item.
            annotation = self.annotations.get(item_id)
            highlights = [h.to_key() for h in annotation.highlights] if annotation else []
            if highlights == self._painted_highlights:
                return
            scroll = self.view.verticalScrollBar().value()
            self._on_tree_current_changed(self.tree.currentIndex(), QModelIndex())
            self.view.verticalScrollBar().setValue(scroll)

    def _on_orphans_action_triggered(self) -> None:
        dialog = OrphansDialog(self.annotations, self._current_item_id(), self)
        dialog.exec()

    # --- search and follow-up ------------------------------------------------------------------

    def _case_history(self, item_id: str, case_number: str | None) -> list[tuple[str, str, str]]:
        """Other items with the same case number: (item id, heading, last decision)."""
        if not case_number:
            return []
        rows = []
        others = [(r, i) for r, i in self._case_index.get(case_number, []) if i.item_id != item_id]
        for record, other in others[:CASE_HISTORY_LIMIT]:
            meeting = self.library.meeting(record.meeting_id)
            full = next((i for i in meeting.items if i.number == other.number), None)
            decision = full.last_decision.text if full and full.last_decision else ""
            kind = self.tr("Referat") if record.document_type == "referat" else self.tr("Dagsorden")
            heading = f"{record.date or ''} · {record.committee or ''} ({kind}) · {other.number}. {other.title}"
            rows.append((other.item_id, heading, decision))
        return rows

    def _mark_query_hits(self) -> None:
        """Mark the last search's hits in the item view (F3 / Shift+F3 step through them)."""
        self._hits: list[tuple[int, int]] = []
        self._hit_index = -1
        if not self._query.strip():
            return
        self._hits = find_terms(self.view.toPlainText(), parse_query(self._query))
        self.view.apply_highlights([(s, e, "#ffcc80") for s, e in self._hits])
        if self._hits:
            self._step_hit(1)

    def _step_hit(self, delta: int) -> None:
        hits = getattr(self, "_hits", [])
        if not hits:
            return
        self._hit_index = (self._hit_index + delta) % len(hits)
        self.view.select_range(*hits[self._hit_index])
        self.statusBar().showMessage(
            self.tr("Træf %1 af %2").replace("%1", str(self._hit_index + 1)).replace("%2", str(len(hits))), 4000
        )

    def _on_next_hit_action_triggered(self) -> None:
        self._step_hit(1)

    def _on_previous_hit_action_triggered(self) -> None:
        self._step_hit(-1)

    def _on_search_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_query()

    def _on_search_panel_item_requested(self, item_id: str, query: str) -> None:
        self._query = query
        if self._current_id == item_id:
            self._on_tree_current_changed(self.tree.currentIndex(), QModelIndex())
        else:
            self.select(item_id)

    def _on_follow_up_panel_item_requested(self, item_id: str) -> None:
        self._query = ""
        self.select(item_id)

    def _on_search_index_updated(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(self.tr("Søgeindekset er opdateret."), 5000)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.follow_up_panel:
            self.follow_up_panel.refresh()
        elif self.tabs.widget(index) is self.search_panel:
            self.search_panel.refresh_filters()

    # --- briefing ----------------------------------------------------------------------------

    def _on_briefing_action_triggered(self) -> None:
        self.panel.flush()
        dialog = BriefingDialog(self.library, self.annotations, self._current_meeting_id(),
                                str(self.settings.get(keys.USER_NAME)), self)  # fmt: skip
        if not dialog.exec():
            return
        options = dialog.options()
        self.settings.set(keys.USER_NAME, options.user_name)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Gem briefing"), str(Path.home() / "briefing.pdf"),
                                                self.tr("PDF (*.pdf)"))  # fmt: skip
        if target:
            self.export_briefing(dialog.selection(), options, Path(target))

    def export_briefing(self, selection: dict[str, object], options: BriefingOptions, target: Path) -> None:
        """Write the briefing in the worker process; open it when done."""
        self.statusBar().showMessage(self.tr("Skriver briefing …"))
        self._briefing = self._poller.start(
            briefing_job,
            (str(self.library.profile), selection, asdict(options), str(target)),
            self._on_briefing_finished,
            on_failed=self._on_briefing_failed,
        )

    def _on_briefing_finished(self, result: tuple[str, int]) -> None:
        path, pages = result
        self.statusBar().showMessage(self.tr("Briefing gemt (%1 sider): %2").replace("%1", str(pages))
                                     .replace("%2", path), 10000)  # fmt: skip
        self.briefing_written.emit(path)
        if not self.property("no_open"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _on_briefing_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Briefingen kunne ikke skrives: %1").replace("%1", message), 10000)
