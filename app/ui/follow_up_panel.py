"""The follow-up tab: every item with an open follow-up or a tag, across all meetings.

Grouped by due date (overdue first) or by tag; mark done; double-click opens the item.

Signals: ``item_requested(str)``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QPushButton, QTreeView, QVBoxLayout, QWidget

from app.model.annotation import FollowUp, FollowUpStatus
from app.services.search import SearchService
from app.ui.formatting import long_date
from app.ui.plain import plain_tooltip, visible_controls

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


class FollowUpPanel(QWidget):
    """Signals: ``item_requested(str)``."""

    item_requested = Signal(str)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._setup_ui()
        self._connect_signals()
        self.refresh()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        row = QHBoxLayout()
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Efter frist"), "due")
        self.group_by.addItem(self.tr("Efter tag"), "tag")
        self.show_done = QCheckBox(self.tr("Vis færdige"))
        row.addWidget(self.group_by, 1)
        row.addWidget(self.show_done)
        layout.addLayout(row)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.tree, 1)
        self.done_button = QPushButton(self.tr("Markér som færdig"))
        layout.addWidget(self.done_button)

    def _connect_signals(self) -> None:
        self.group_by.activated.connect(self._on_group_by_activated)
        self.show_done.toggled.connect(self._on_show_done_toggled)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.activated.connect(self._on_tree_double_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.service.annotations.changed.connect(self._on_annotations_changed)

    def refresh(self) -> None:
        self.model.clear()
        today = date.today().isoformat()
        groups: dict[str, list[QStandardItem]] = {}
        order: dict[str, str] = {}
        by_tag = self.group_by.currentData() == "tag"
        for annotation, item_id, overdue in self.service.follow_ups():
            status = annotation.follow_up.status
            if status is FollowUpStatus.DONE and not self.show_done.isChecked():
                continue
            if not by_tag and status is FollowUpStatus.NONE:
                continue
            if by_tag and not annotation.tags:
                continue
            fp = annotation.fingerprint
            due = annotation.follow_up.due
            text = f"{fp.number}. {visible_controls(fp.title)}"
            details = [d for d in (annotation.follow_up.text, long_date(due) if due else "") if d]
            entry = QStandardItem(text + (f"\n   {' · '.join(details)}" if details else ""))
            entry.setData(item_id, ITEM_ROLE)
            entry.setToolTip(plain_tooltip(annotation.note[:400] or fp.title))
            if status is FollowUpStatus.DONE:
                font = QFont()
                font.setStrikeOut(True)
                entry.setFont(font)
            if overdue:
                entry.setForeground(QBrush(QColor("#c62828")))
            keys = annotation.tags if by_tag else [self._due_group(due, today, status)]
            for key in keys:
                groups.setdefault(key, []).append(entry.clone())
                order[key] = key if by_tag else self._due_order(due, today, status)
        for key in sorted(groups, key=lambda k: order[k]):
            header = QStandardItem(f"{key} ({len(groups[key])})")
            header.setSelectable(False)
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            for entry in groups[key]:
                header.appendRow(entry)
            self.model.appendRow(header)
        self.tree.expandAll()

    def _due_group(self, due: str | None, today: str, status: FollowUpStatus) -> str:
        if status is FollowUpStatus.DONE:
            return self.tr("Færdige")
        if not due:
            return self.tr("Uden frist")
        if due < today:
            return self.tr("Overskredet")
        return self.tr("Frist %1").replace("%1", long_date(due))

    @staticmethod
    def _due_order(due: str | None, today: str, status: FollowUpStatus) -> str:
        if status is FollowUpStatus.DONE:
            return "9"
        if not due:
            return "8"
        return ("0" if due < today else "1") + due

    def _selected_item_id(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _on_group_by_activated(self, _index: int) -> None:
        self.refresh()

    def _on_show_done_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        item_id = index.data(ITEM_ROLE)
        if item_id:
            self.item_requested.emit(item_id)

    def _on_done_button_clicked(self) -> None:
        item_id = self._selected_item_id()
        annotation = self.service.annotations.get(item_id) if item_id else None
        if item_id and annotation is not None:
            follow = annotation.follow_up
            self.service.annotations.set_follow_up(item_id, FollowUp(FollowUpStatus.DONE, follow.due, follow.text))

    def _on_annotations_changed(self, _anchor: str) -> None:
        self.refresh()
