"""The main window: meeting tree on the left, the structured item view in the centre."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QSplitter, QTreeView, QVBoxLayout, QWidget

from app.model import Meeting
from app.ui.formatting import item_html, meeting_html
from app.ui.item_view import ItemView
from app.ui.meeting_tree_model import MeetingTreeModel, Role


class MainWindow(QMainWindow):
    """Signals: ``meetings_shown()`` once the library is on screen."""

    meetings_shown = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._setup_ui()
        self._connect_signals()

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
        }

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Mødemappe"))
        self.resize(1360, 860)
        self.model = MeetingTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filtrér møder og punkter …"))
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        self.view = ItemView()
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setSizes([430, 930])
        self.setCentralWidget(self.splitter)
        self.filter_action = QAction(self.tr("Filtrér"), self)
        self.filter_action.setShortcut(QKeySequence.StandardKey.Find)
        self.addAction(self.filter_action)
        self.statusBar().showMessage(self.tr("Indlæser …"))

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.filter_action.triggered.connect(self._on_filter_action_triggered)

    def show_meetings(self, meetings: list[Meeting]) -> None:
        self.model.set_meetings(meetings)
        self.tree.expandToDepth(2)
        items = sum(len(m.items) for m in meetings)
        self.statusBar().showMessage(self.tr("%n møder", "", len(meetings)) + f" · {items} " + self.tr("punkter"))
        self.meetings_shown.emit()

    def select_first_item(self, position: int = 0) -> None:
        """Select the ``position``-th agenda item in tree order (used at start and by --select)."""
        found: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(Role.NODE_KIND) == "item":
                    found.append(index)
                walk(index)

        walk(QModelIndex())
        if found:
            self.tree.setCurrentIndex(found[min(position, len(found) - 1)])

    def _on_filter_box_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.expandAll() if text else self.tree.expandToDepth(2)

    def _on_filter_action_triggered(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = current.data(Role.NODE_KIND)
        meeting = current.data(Role.MEETING)
        if kind == "item":
            self.view.show_html(item_html(meeting, current.data(Role.ITEM), self._texts()))
        elif kind == "meeting":
            self.view.show_html(meeting_html(meeting, self._texts()))
