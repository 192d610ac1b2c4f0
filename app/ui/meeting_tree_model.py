"""Meeting tree: Kommune → Udvalg → Møde → Punkt, as a real QAbstractItemModel.

Built from the library's small records, so opening a library of hundreds of meetings
touches no meeting file until one is selected.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum, IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from app.model.annotation import READING_LABELS, ReadingState
from app.services.workspace import ItemRecord, MeetingRecord
from app.ui.formatting import label, long_date
from app.ui.plain import plain_tooltip, visible_controls

Index = QModelIndex | QPersistentModelIndex


class NodeKind(str, Enum):
    """What a row of the tree is (the ``Role.NODE_KIND`` of its index)."""

    ROOT = "root"
    MUNICIPALITY = "municipality"
    COMMITTEE = "committee"
    MEETING = "meeting"
    ITEM = "item"


class Role(IntEnum):
    """Named data roles of the tree."""

    NODE_KIND = Qt.ItemDataRole.UserRole + 1
    MEETING_ID = Qt.ItemDataRole.UserRole + 2
    ITEM_ID = Qt.ItemDataRole.UserRole + 3
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 4
    BADGES = Qt.ItemDataRole.UserRole + 5
    READING = Qt.ItemDataRole.UserRole + 6  # an item's ReadingState value ("unread", "read", "prepared")
    PROGRESS = Qt.ItemDataRole.UserRole + 7  # a meeting's (prepared, items)
    TITLE = Qt.ItemDataRole.UserRole + 8  # the label without the markers (the delegate draws those)
    MARKERS = Qt.ItemDataRole.UserRole + 9  # what the delegate draws at the right edge ("✎ ⚑", "✓ 7/12")


READING_COLORS = {
    ReadingState.UNREAD: "#8a96a3",
    ReadingState.READ: "#1e6fd9",
    ReadingState.PREPARED: "#2e7d32",
}


def reading_icon(state: ReadingState, size: int = 16) -> QIcon:
    """A hollow ring (unread), a filled dot (read) or a dot with a tick (prepared)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(READING_COLORS[state])
    painter.setPen(QPen(color, 1.6))
    rect = QRectF(pixmap.rect()).adjusted(size * 0.2, size * 0.2, -size * 0.2, -size * 0.2)
    if state is not ReadingState.UNREAD:
        painter.setBrush(color)
    painter.drawEllipse(rect)
    if state is ReadingState.PREPARED:
        painter.setPen(QPen(QColor("white"), 1.7))
        x, y, w = rect.x(), rect.y(), rect.width()
        painter.drawPolyline([QPointF(x + 0.22 * w, y + 0.52 * w), QPointF(x + 0.43 * w, y + 0.72 * w),
                              QPointF(x + 0.78 * w, y + 0.3 * w)])  # fmt: skip
    painter.end()
    return QIcon(pixmap)


def reading_label(state: ReadingState) -> str:
    """The state's name in the user's language."""
    return label(READING_LABELS[state])


def progress_text(done: int, total: int) -> str:
    """"7 af 12 forberedt"."""
    return (
        QCoreApplication.translate("MeetingTreeModel", "%1 af %2 forberedt")
        .replace("%1", str(done))
        .replace("%2", str(total))
    )


class Column(IntEnum):
    TITLE = 0


@dataclass(eq=False)
class _Node:
    kind: NodeKind
    label: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    record: MeetingRecord | None = None
    item: ItemRecord | None = None
    row: int = 0
    earlier_labels: str = ""  # the label in languages spoken before: the filter keeps matching it


_MARKER_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.ToolTipRole, Role.BADGES, Role.READING, Role.PROGRESS, Role.MARKERS]  # fmt: skip


def _changed_keys(old: Mapping[str, object], new: Mapping[str, object]) -> set[str]:
    return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}


def _relabel(node: _Node, label: str) -> None:
    """A node's label in the new language; the filter still matches the old one, so a language
    switch with "marts" in the filter box hides no row (and collapses or deselects nothing)."""
    if node.label != label and node.label not in node.earlier_labels:
        node.earlier_labels = f"{node.earlier_labels} {node.label}".strip()
    node.label = label


def _unknown_town() -> str:
    return QCoreApplication.translate("MeetingTreeModel", "Ukendt kommune")


def _unknown_committee() -> str:
    return QCoreApplication.translate("MeetingTreeModel", "Ukendt udvalg")


def _meeting_label(record: MeetingRecord) -> str:
    """A meeting's row: its date and document type, in the interface's language."""
    if record.document_type == "referat":
        kind = QCoreApplication.translate("MeetingTreeModel", "Referat")
    else:
        kind = QCoreApplication.translate("MeetingTreeModel", "Dagsorden")
    return f"{long_date(record.date)} · {kind}"


class MeetingTreeModel(QAbstractItemModel):
    """Groups meetings by municipality and committee, newest meeting first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(NodeKind.ROOT, "")
        # Indexes carry raw pointers to nodes; a node must outlive any index Qt may still hold
        # (views and proxies can touch stale indexes while a reset or a teardown is under way).
        self._retired: list[_Node] = []
        self._by_item: dict[str, _Node] = {}
        self._by_meeting: dict[str, _Node] = {}
        self._badges: dict[str, str] = {}
        self._changes: dict[str, str] = {}  # item id → what its meeting's new version changed in it
        self._reading: dict[str, ReadingState] = {}
        self._icons: dict[ReadingState, QIcon] = {}
        self._bold: QFont | None = None
        self._answers = self._role_answers()

    # --- building ----------------------------------------------------------------------------

    def set_records(self, records: list[MeetingRecord]) -> None:
        self.beginResetModel()
        root = _Node(NodeKind.ROOT, "")
        towns: dict[str, _Node] = {}
        committees: dict[tuple[str, str], _Node] = {}
        self._by_item.clear()
        self._by_meeting.clear()
        for record in sorted(records, key=lambda r: (r.date or "", r.meeting_id), reverse=True):
            town_name = record.municipality or _unknown_town()
            town = towns.get(town_name)
            if town is None:
                town = towns[town_name] = _Node(NodeKind.MUNICIPALITY, town_name, root)
            committee_name = record.committee or _unknown_committee()
            committee = committees.get((town_name, committee_name))
            if committee is None:
                committee = committees[(town_name, committee_name)] = _Node(NodeKind.COMMITTEE, committee_name, town)
                town.children.append(committee)
            meeting = _Node(NodeKind.MEETING, _meeting_label(record), committee, record=record)
            committee.children.append(meeting)
            self._by_meeting[record.meeting_id] = meeting
            for item in record.items:
                node = _Node(NodeKind.ITEM, f"{item.number}. {item.title}", meeting, record=record, item=item)
                meeting.children.append(node)
                self._by_item[item.item_id] = node
        root.children = sorted(towns.values(), key=lambda n: n.label.casefold())
        for town in root.children:
            town.children.sort(key=lambda n: n.label.casefold())
        self._number(root)
        self._retired = [*self._retired[-2:], self._root]
        self._root = root
        self.endResetModel()

    def retranslate(self) -> None:
        """Set the labels that are our words (dates, "Referat", "Ukendt udvalg") in the new language.

        A language switch changes no record, so the tree keeps its nodes: no reset, and the
        view keeps what the member unfolded and selected.
        """
        for town in self._root.children:
            for committee in town.children:
                for meeting in committee.children:
                    if meeting.record is not None:
                        _relabel(meeting, _meeting_label(meeting.record))
                first = committee.children[0].record if committee.children else None
                if first is not None and not first.committee:
                    _relabel(committee, _unknown_committee())
                if first is not None and not first.municipality:
                    _relabel(town, _unknown_town())
        if self._root.children:
            self._emit_all_changed(self._root)

    def _number(self, node: _Node) -> None:
        for row, child in enumerate(node.children):
            child.row = row
            self._number(child)

    def set_badges(self, badges: dict[str, str]) -> None:
        """Annotation markers per item id (e.g. "✎ ⚑"), shown after the title."""
        changed = _changed_keys(self._badges, badges)
        self._badges = dict(badges)
        self._emit_items_changed(changed)

    def set_changes(self, changes: dict[str, str]) -> None:
        """Items a new version of their meeting changed (marked Δ, the change in the tooltip)."""
        self._changes = dict(changes)
        if self._root.children:
            self._emit_all_changed(self._root)

    def _marks(self, item_id: str) -> str:
        badge = self._badges.get(item_id, "")
        return f"Δ {badge}".strip() if item_id in self._changes else badge

    def set_reading_states(self, states: dict[str, ReadingState]) -> None:
        """Reading progress per item id (missing: unread): icon, colour and the meetings' counts."""
        changed = _changed_keys(self._reading, states)
        self._reading = dict(states)
        self._emit_items_changed(changed)

    def _emit_items_changed(self, item_ids: set[str]) -> None:
        """Only the rows whose markers or state changed are drawn again (at start, after an import:
        usually none); signalling every row of a large library cost a fifth of a second."""
        if not self._root.children or not item_ids:
            return
        if len(item_ids) > 400:
            self._emit_all_changed(self._root)
            return
        meetings: dict[int, _Node] = {}
        for item_id in item_ids:
            node = self._by_item.get(item_id)
            if node is None:
                continue
            index = self.createIndex(node.row, 0, node)
            self.dataChanged.emit(index, index, _MARKER_ROLES)
            if node.parent is not None:
                meetings[id(node.parent)] = node.parent
        for meeting in meetings.values():
            index = self.createIndex(meeting.row, 0, meeting)
            self.dataChanged.emit(index, index, _MARKER_ROLES)

    def set_reading_state(self, item_id: str, state: ReadingState) -> None:
        """One item's progress changed: its row and its meeting's count are drawn again."""
        if self.reading_state(item_id) is state:
            return
        if state is ReadingState.UNREAD:
            self._reading.pop(item_id, None)
        else:
            self._reading[item_id] = state
        index = self.index_of_item(item_id)
        if index.isValid():
            roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                     Role.READING]  # fmt: skip
            self.dataChanged.emit(index, index, roles)
            meeting = index.parent()
            self.dataChanged.emit(meeting, meeting, [Qt.ItemDataRole.ToolTipRole, Role.PROGRESS])

    def reading_state(self, item_id: str) -> ReadingState:
        return self._reading.get(item_id, ReadingState.UNREAD)

    def progress(self, meeting_id: str) -> tuple[int, int]:
        """(prepared items, all items) of a meeting."""
        node = self._by_meeting.get(meeting_id)
        if node is None:
            return 0, 0
        ids = [c.item.item_id for c in node.children if c.item is not None]
        return sum(self.reading_state(i) is ReadingState.PREPARED for i in ids), len(ids)

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
            self.dataChanged.emit(first, last, _MARKER_ROLES)
            for child in node.children:
                if child.kind is not NodeKind.ITEM:
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
                if child.kind is NodeKind.ITEM and child.item is not None:
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

    # index(), parent() and rowCount() run hundreds of times per repaint of the tree: they stay
    # in Python only as long as they must (no hasIndex(), which calls back into rowCount()).
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = (parent.internalPointer() if parent.isValid() else self._root).children
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008  # Qt's overload parent() -> QObject
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._root.children)
        return 0 if parent.column() > 0 else len(parent.internalPointer().children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called about ten times per painted row: one dict lookup finds the role's answer,
        # and the roles the tree does not set (alignment, check state …) cost nothing more.
        answer = self._answers.get(role)
        if answer is None or not index.isValid():
            return None
        return answer(index.internalPointer())

    def _display(self, node: _Node) -> str:
        if node.kind in (NodeKind.MUNICIPALITY, NodeKind.COMMITTEE):
            return f"{visible_controls(node.label)} ({self._meetings_below(node)})"
        if node.kind is NodeKind.ITEM and node.item is not None:
            badge = self._marks(node.item.item_id)
            closed_word = QCoreApplication.translate("MeetingTreeModel", "lukket")
            closed = f"  [{closed_word}]" if node.item.closed else ""
            return f"{visible_controls(node.label)}{closed}{'  ' + badge if badge else ''}"
        return visible_controls(node.label)

    def _title(self, node: _Node) -> str:
        if node.kind is NodeKind.ITEM and node.item is not None:
            closed_word = QCoreApplication.translate("MeetingTreeModel", "lukket")
            title = visible_controls(node.label)
            return f"{title}  [{closed_word}]" if node.item.closed else title
        return self._display(node)

    def _tooltip(self, node: _Node) -> str:
        if node.kind is NodeKind.ITEM and node.item is not None:
            tip = node.item.title
            if node.item.case_number:
                case_word = QCoreApplication.translate("MeetingTreeModel", "Sagsnr.")
                tip += f"\n{case_word} {node.item.case_number}"
            if node.item.item_id in self._changes:
                changed_word = QCoreApplication.translate("MeetingTreeModel", "Ny version")
                tip += f"\n{changed_word}: {self._changes[node.item.item_id]}"
            return plain_tooltip(tip + "\n" + reading_label(self.reading_state(node.item.item_id)))
        if node.kind is NodeKind.MEETING and node.record is not None:
            done, total = self.progress(node.record.meeting_id)
            return plain_tooltip(f"{node.label}\n{progress_text(done, total)}")
        return plain_tooltip(node.label)

    def _decoration(self, node: _Node) -> QIcon | None:
        if node.kind is not NodeKind.ITEM or node.item is None:
            return None
        state = self.reading_state(node.item.item_id)
        if state not in self._icons:
            self._icons[state] = reading_icon(state)
        return self._icons[state]

    def _font(self, node: _Node) -> QFont | None:
        if node.kind not in (NodeKind.MUNICIPALITY, NodeKind.MEETING):
            return None
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def _foreground(self, node: _Node) -> QBrush | None:
        if node.kind is not NodeKind.ITEM or node.item is None:
            return None
        state = self.reading_state(node.item.item_id)
        if state is ReadingState.PREPARED:
            return QBrush(QColor(READING_COLORS[state]))
        if state is ReadingState.READ:
            return QBrush(QColor("#4f5b68"))
        if node.item.closed:
            return QBrush(QColor("#8a6d3b"))
        return None

    def _markers(self, node: _Node) -> str:
        """What the delegate draws at the row's right edge: a meeting's "✓ 7/12", an item's badges."""
        if node.kind is NodeKind.MEETING and node.record is not None:
            done, total = self.progress(node.record.meeting_id)
            return f"✓ {done}/{total}" if done else ""  # nothing to show before the first item is prepared
        return self._marks(node.item.item_id) if node.item else ""

    def _progress(self, node: _Node) -> tuple[int, int] | None:
        return self.progress(node.record.meeting_id) if node.kind is NodeKind.MEETING and node.record else None

    def _role_answers(self) -> dict[int, Callable[[_Node], object]]:
        return {
            Qt.ItemDataRole.DisplayRole: self._display,
            Role.TITLE: self._title,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.DecorationRole: self._decoration,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            Role.READING: lambda n: self.reading_state(n.item.item_id).value if n.item else None,
            Role.PROGRESS: self._progress,
            Role.NODE_KIND: lambda n: n.kind,
            Role.MEETING_ID: lambda n: n.record.meeting_id if n.record else None,
            Role.ITEM_ID: lambda n: n.item.item_id if n.item else None,
            Role.BADGES: lambda n: self._marks(n.item.item_id) if n.item else "",
            Role.SEARCH_TEXT: lambda n: f"{n.label} {n.earlier_labels}" if n.earlier_labels else n.label,
            Role.MARKERS: self._markers,
        }

    def _meetings_below(self, node: _Node) -> int:
        if node.kind is NodeKind.MEETING:
            return 1
        return sum(self._meetings_below(c) for c in node.children)
