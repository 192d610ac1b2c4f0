"""The Møder tab: the meeting tree with its filter box, selection by id and stepping through items.

The keyboard reaches the results: Down in the filter goes into the tree (on the first
match), Enter opens the first match, Enter on an item asks to read it; clearing the filter
keeps the item the member was on selected, unfolded and in view.

Signals: ``current_changed(QModelIndex)`` — the selected node (a proxy index) changed;
``context_menu_requested(QPoint)`` — a right-click on a node, in global coordinates;
``read_requested()`` — Enter on an item: the keyboard should go into the item's text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeView, QVBoxLayout, QWidget

from app.ui.meeting_tree_model import MeetingTreeModel, NodeKind, Role
from app.ui.tree_delegate import MarkerDelegate
from app.ui.tree_filter import FilterLineEdit, TreeFilterProxy


class MeetingBrowser(QWidget):
    """Signals: ``current_changed(QModelIndex)``, ``context_menu_requested(QPoint)``."""

    current_changed = Signal(QModelIndex)
    context_menu_requested = Signal(QPoint)
    read_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.model = MeetingTreeModel(self)
        self.proxy = TreeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = FilterLineEdit()
        self.filter_box.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)  # four levels deep: keep the titles' width
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setItemDelegate(MarkerDelegate(self.tree))
        # The one column is exactly the tree's width (never wider, scrolled sideways): the
        # delegate elides the title and keeps the row's markers at the visible right edge.
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.filter_box.setPlaceholderText(self.tr("Filtrér møder og punkter …"))
        self.tree.setAccessibleName(self.tr("Møder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)
        self.filter_box.down_pressed.connect(self._on_filter_box_down_pressed)
        self.filter_box.returnPressed.connect(self._on_filter_box_return_pressed)
        self.tree.activated.connect(self._on_tree_activated)
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

    def step_previous(self) -> None:
        self.step(-1)

    def step_next(self) -> None:
        self.step(1)

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

    def first_visible_item(self, parent: QModelIndex | None = None) -> QModelIndex:
        """The first item (not meeting or committee) the filter shows, as a proxy index."""
        parent = parent or QModelIndex()
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            found = index if index.data(Role.NODE_KIND) == NodeKind.ITEM else self.first_visible_item(index)
            if found.isValid():
                return found
        return QModelIndex()

    def _on_filter_box_text_changed(self, text: str) -> None:
        current = self.tree.currentIndex()
        # The source model does not change while filtering, so its index stays good.
        source = self.proxy.mapToSource(current) if current.isValid() else QModelIndex()
        self.proxy.set_filter_text(text)
        if text:
            self.tree.expandAll()
            return
        self.tree.expandToDepth(1)
        # Clearing the filter keeps the node the member was on: selected, unfolded, in view.
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            if self.tree.currentIndex() != index:
                self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QTreeView.ScrollHint.PositionAtCenter)

    def _on_filter_box_down_pressed(self) -> None:
        """Down from the filter: into the results, on the first match unless one is chosen."""
        current = self.tree.currentIndex()
        if not current.isValid() or (self.filter_box.text() and current.data(Role.NODE_KIND) != NodeKind.ITEM):
            first = self.first_visible_item()
            if first.isValid():
                self.tree.setCurrentIndex(first)
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_filter_box_return_pressed(self) -> None:
        """Enter in the filter opens the first match and puts the keyboard in its text."""
        current = self.tree.currentIndex()
        if not (current.isValid() and current.data(Role.NODE_KIND) == NodeKind.ITEM):
            current = self.first_visible_item()
            if current.isValid():
                self.tree.setCurrentIndex(current)
        if current.isValid():
            self.tree.scrollTo(current)
            self.read_requested.emit()

    def _on_tree_activated(self, index: QModelIndex) -> None:
        if index.data(Role.NODE_KIND) == NodeKind.ITEM:
            self.read_requested.emit()

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current)

    def _on_tree_context_menu_requested(self, position: QPoint) -> None:
        if self.tree.indexAt(position).isValid():
            self.context_menu_requested.emit(self.tree.viewport().mapToGlobal(position))
