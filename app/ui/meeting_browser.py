"""The Møder tab: the meeting tree with its filter box, selection by id and stepping through items.

Signals: ``current_changed(QModelIndex)`` — the selected node (a proxy index) changed;
``context_menu_requested(QPoint)`` — a right-click on a node, in global coordinates.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeView, QVBoxLayout, QWidget

from app.ui.meeting_tree_model import MeetingTreeModel, Role
from app.ui.tree_filter import TreeFilterProxy


class MeetingBrowser(QWidget):
    """Signals: ``current_changed(QModelIndex)``, ``context_menu_requested(QPoint)``."""

    current_changed = Signal(QModelIndex)
    context_menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)

    def current(self, role: Role) -> str | None:
        """A role's value for the selected node (e.g. ``Role.ITEM_ID``), or None."""
        index = self.tree.currentIndex()
        return index.data(role) if index.isValid() else None

    def select(self, some_id: str) -> bool:
        """Select an item id (``meeting:number``) or a meeting id; True if found."""
        source = self.model.index_of_item(some_id)
        if not source.isValid():
            source = self.model.index_of_meeting(some_id)
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # filtered away: show everything again
            self.filter_box.clear()
            index = self.proxy.mapFromSource(source)
        self.tree.scrollTo(index)
        self.tree.setCurrentIndex(index)
        return True

    def select_first_item(self) -> None:
        ids = self.model.item_ids_in_order()
        if ids:
            self.select(ids[0])

    def step(self, delta: int) -> None:
        """Select the previous (-1) or next (+1) item among those the filter shows."""
        ids = [i for i in self.model.item_ids_in_order()
               if self.proxy.mapFromSource(self.model.index_of_item(i)).isValid()]  # fmt: skip
        if ids:
            current = self.current(Role.ITEM_ID)
            position = ids.index(current) + delta if current in ids else 0
            self.select(ids[max(0, min(len(ids) - 1, position))])

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def _on_filter_box_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(1)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current)

    def _on_tree_context_menu_requested(self, position: QPoint) -> None:
        if self.tree.indexAt(position).isValid():
            self.context_menu_requested.emit(self.tree.viewport().mapToGlobal(position))
