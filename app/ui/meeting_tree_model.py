"""Meeting tree: Kommune → Udvalg → Møde → Punkt, as a real QAbstractItemModel."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.model import AgendaItem, Meeting
from app.ui.formatting import danish_date

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Named data roles of the tree."""

    NODE_KIND = Qt.ItemDataRole.UserRole + 1
    MEETING = Qt.ItemDataRole.UserRole + 2
    ITEM = Qt.ItemDataRole.UserRole + 3


@dataclass(eq=False)
class _Node:
    kind: str  # municipality | committee | meeting | item
    label: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    meeting: Meeting | None = None
    item: AgendaItem | None = None

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class MeetingTreeModel(QAbstractItemModel):
    """Groups meetings by municipality and committee, newest meeting first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("root", "")

    def set_meetings(self, meetings: list[Meeting]) -> None:
        self.beginResetModel()
        self._root = _Node("root", "")
        unknown = QCoreApplication.translate("MeetingTreeModel", "Ukendt kommune")
        by_key: dict[tuple[str, str], _Node] = {}
        for meeting in sorted(meetings, key=lambda m: m.date or "", reverse=True):
            town = meeting.municipality or unknown
            committee = meeting.committee or QCoreApplication.translate("MeetingTreeModel", "Ukendt udvalg")
            town_node = next((n for n in self._root.children if n.label == town), None)
            if town_node is None:
                town_node = _Node("municipality", town, self._root)
                self._root.children.append(town_node)
            key = (town, committee)
            if key not in by_key:
                by_key[key] = _Node("committee", committee, town_node)
                town_node.children.append(by_key[key])
            kind = QCoreApplication.translate(
                "MeetingTreeModel", "Referat" if meeting.document_type == "referat" else "Dagsorden"
            )
            meeting_node = _Node("meeting", f"{danish_date(meeting.date)} · {kind}", by_key[key], meeting=meeting)
            by_key[key].children.append(meeting_node)
            for item in meeting.items:
                meeting_node.children.append(
                    _Node("item", f"{item.number}. {item.title}", meeting_node, meeting=meeting, item=item)
                )
        self._root.children.sort(key=lambda n: n.label)
        self.endResetModel()

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind in ("municipality", "committee"):
                return f"{node.label} ({self._count_meetings(node)})"
            if node.kind == "item" and node.item is not None and node.item.closed:
                return f"{node.label} " + QCoreApplication.translate("MeetingTreeModel", "(lukket)")
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "item" and node.item is not None:
            return node.item.title
        if role == Role.NODE_KIND:
            return node.kind
        if role == Role.MEETING:
            return node.meeting
        if role == Role.ITEM:
            return node.item
        return None

    def _count_meetings(self, node: _Node) -> int:
        if node.kind == "meeting":
            return 1
        return sum(self._count_meetings(c) for c in node.children)
