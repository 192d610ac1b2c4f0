"""Meeting tree: Kommune → Udvalg → Møde → Punkt, as a real QAbstractItemModel.

Built from the library's small records, so opening a library of hundreds of meetings
touches no meeting file until one is selected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.workspace import ItemRecord, MeetingRecord
from app.ui.formatting import long_date
from app.ui.plain import plain_tooltip, visible_controls

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Named data roles of the tree."""

    NODE_KIND = Qt.ItemDataRole.UserRole + 1
    MEETING_ID = Qt.ItemDataRole.UserRole + 2
    ITEM_ID = Qt.ItemDataRole.UserRole + 3
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 4
    BADGES = Qt.ItemDataRole.UserRole + 5


class Column(IntEnum):
    TITLE = 0


@dataclass(eq=False)
class _Node:
    kind: str  # root | municipality | committee | meeting | item
    label: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    record: MeetingRecord | None = None
    item: ItemRecord | None = None
    row: int = 0


class MeetingTreeModel(QAbstractItemModel):
    """Groups meetings by municipality and committee, newest meeting first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "")
        # Indexes carry raw pointers to nodes; a node must outlive any index Qt may still hold
        # (views and proxies can touch stale indexes while a reset or a teardown is under way).
        self._retired: list[_Node] = []
        self._by_item: dict[str, _Node] = {}
        self._by_meeting: dict[str, _Node] = {}
        self._badges: dict[str, str] = {}

    # --- building ----------------------------------------------------------------------------

    def set_records(self, records: list[MeetingRecord]) -> None:
        self.beginResetModel()
        root = _Node("root", "")
        towns: dict[str, _Node] = {}
        committees: dict[tuple[str, str], _Node] = {}
        self._by_item.clear()
        self._by_meeting.clear()
        for record in sorted(records, key=lambda r: (r.date or "", r.meeting_id), reverse=True):
            town_name = record.municipality or QCoreApplication.translate("MeetingTreeModel", "Ukendt kommune")
            town = towns.get(town_name)
            if town is None:
                town = towns[town_name] = _Node("municipality", town_name, root)
            committee_name = record.committee or QCoreApplication.translate("MeetingTreeModel", "Ukendt udvalg")
            committee = committees.get((town_name, committee_name))
            if committee is None:
                committee = committees[(town_name, committee_name)] = _Node("committee", committee_name, town)
                town.children.append(committee)
            kind = (
                QCoreApplication.translate("MeetingTreeModel", "Referat")
                if record.document_type == "referat"
                else QCoreApplication.translate("MeetingTreeModel", "Dagsorden")
            )
            meeting = _Node("meeting", f"{long_date(record.date)} · {kind}", committee, record=record)
            committee.children.append(meeting)
            self._by_meeting[record.meeting_id] = meeting
            for item in record.items:
                node = _Node("item", f"{item.number}. {item.title}", meeting, record=record, item=item)
                meeting.children.append(node)
                self._by_item[item.item_id] = node
        root.children = sorted(towns.values(), key=lambda n: n.label.casefold())
        for town in root.children:
            town.children.sort(key=lambda n: n.label.casefold())
        self._number(root)
        self._retired = [*self._retired[-2:], self._root]
        self._root = root
        self.endResetModel()

    def _number(self, node: _Node) -> None:
        for row, child in enumerate(node.children):
            child.row = row
            self._number(child)

    def set_badges(self, badges: dict[str, str]) -> None:
        """Annotation markers per item id (e.g. "✎ ⚑"), shown after the title."""
        self._badges = dict(badges)
        if self._root.children:
            self._emit_all_changed(self._root)

    def set_badge(self, item_id: str, badge: str) -> None:
        """One item's marker changed (the annotation of one item was edited)."""
        if self._badges.get(item_id, "") == badge:
            return
        if badge:
            self._badges[item_id] = badge
        else:
            self._badges.pop(item_id, None)
        index = self.index_of_item(item_id)
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Role.BADGES])

    def _emit_all_changed(self, node: _Node) -> None:
        if node.children:
            first = self.createIndex(0, 0, node.children[0])
            last = self.createIndex(len(node.children) - 1, 0, node.children[-1])
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, Role.BADGES])
            for child in node.children:
                if child.kind != "item":
                    self._emit_all_changed(child)

    # --- lookup ------------------------------------------------------------------------------

    def index_of_item(self, item_id: str) -> QModelIndex:
        node = self._by_item.get(item_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def index_of_meeting(self, meeting_id: str) -> QModelIndex:
        node = self._by_meeting.get(meeting_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def item_ids_in_order(self) -> list[str]:
        ordered: list[str] = []

        def walk(node: _Node) -> None:
            for child in node.children:
                if child.kind == "item" and child.item is not None:
                    ordered.append(child.item.item_id)
                else:
                    walk(child)

        walk(self._root)
        return ordered

    # --- QAbstractItemModel ------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind in ("municipality", "committee"):
                return f"{visible_controls(node.label)} ({self._meetings_below(node)})"
            if node.kind == "item" and node.item is not None:
                badge = self._badges.get(node.item.item_id, "")
                closed_word = QCoreApplication.translate("MeetingTreeModel", "lukket")
                closed = f"  [{closed_word}]" if node.item.closed else ""
                return f"{visible_controls(node.label)}{closed}{'  ' + badge if badge else ''}"
            return visible_controls(node.label)
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == "item" and node.item is not None:
                tip = node.item.title
                if node.item.case_number:
                    case_word = QCoreApplication.translate("MeetingTreeModel", "Sagsnr.")
                    tip += f"\n{case_word} {node.item.case_number}"
                return plain_tooltip(tip)
            return plain_tooltip(node.label)
        if role == Qt.ItemDataRole.FontRole and node.kind in ("municipality", "meeting"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "item" and node.item and node.item.closed:
            return QBrush(QColor("#8a6d3b"))
        if role == Role.NODE_KIND:
            return node.kind
        if role == Role.MEETING_ID:
            return node.record.meeting_id if node.record else None
        if role == Role.ITEM_ID:
            return node.item.item_id if node.item else None
        if role == Role.BADGES:
            return self._badges.get(node.item.item_id, "") if node.item else ""
        if role == Role.SEARCH_TEXT:
            return node.label
        return None

    def _meetings_below(self, node: _Node) -> int:
        if node.kind == "meeting":
            return 1
        return sum(self._meetings_below(c) for c in node.children)
