"""The follow-up tab: every item with an open follow-up or a tag, across all meetings.

Grouped by due date (overdue first) or by tag; each row says which meeting (committee and
date) it came from and wraps instead of cutting; mark done; double-click opens the item;
the list can be exported as CSV or Markdown.

Signals: ``item_requested(str)``, ``exported(str)``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.model.annotation import Annotation, FollowUp, FollowUpStatus
from app.services.notes.follow_ups import FollowUpRow, export_follow_ups, follow_up_rows
from app.services.search import SearchService
from app.ui.formatting import long_date
from app.ui.plain import plain_tooltip, visible_controls, visible_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 2


def _shown(annotation: Annotation | None) -> tuple[object, ...]:
    """What the list shows of an annotation (a note edit alone changes only a tooltip)."""
    if annotation is None or (annotation.follow_up.status is FollowUpStatus.NONE and not annotation.tags):
        return ()  # not in the list
    fp, follow = annotation.fingerprint, annotation.follow_up
    return (follow.status, follow.due, follow.text, tuple(annotation.tags), fp.number, fp.title, annotation.orphaned)


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text at the list's real width (Qt's own guess ignores it)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(60, self._view.viewport().width() - self._view.indentation() * depth - 10)
        bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(width, bounds.height() + 6)


class FollowUpPanel(QWidget):
    """Signals: ``item_requested(str)``, ``exported(str)`` (a line for the status bar)."""

    item_requested = Signal(str)
    exported = Signal(str)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._rows: dict[str, tuple[object, ...]] = {}  # anchor → what the list shows of it
        self._setup_ui()
        self._connect_signals()
        self.refresh()

    def _setup_ui(self) -> None:
        """Widgets without their texts: ``_retranslate_ui`` sets those (again on a language switch)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        row = QHBoxLayout()
        self.group_by = QComboBox()
        self.group_by.addItem("", "due")
        self.group_by.addItem("", "tag")
        self.show_done = QCheckBox()
        row.addWidget(self.group_by, 1)
        row.addWidget(self.show_done)
        layout.addLayout(row)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        # Rows wrap to the tab's width (no sideways scrolling, nothing cut off with "…").
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setIndentation(12)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        layout.addWidget(self.tree, 1)
        self.empty_label = QLabel()
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5a6675;")
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.done_button = QPushButton()
        self.export_button = QPushButton()
        row.addWidget(self.done_button, 1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.group_by.setItemText(0, self.tr("Efter frist"))
        self.group_by.setItemText(1, self.tr("Efter tag"))
        self.show_done.setText(self.tr("Vis færdige"))
        self.done_button.setText(self.tr("Markér som færdig"))
        self.export_button.setText(self.tr("Eksportér …"))
        self.export_button.setToolTip(self.tr("Gem listen som CSV (regneark) eller Markdown"))
        self.empty_label.setText(self.tr("Ingen opfølgninger. Sæt en opfølgning på et punkt i panelet til højre."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.tree.scheduleDelayedItemsLayout()  # wrapped rows get their new heights

    def _connect_signals(self) -> None:
        self.group_by.activated.connect(self._on_group_by_activated)
        self.show_done.toggled.connect(self._on_show_done_toggled)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.activated.connect(self._on_tree_double_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.service.annotations.changed.connect(self._on_annotations_changed)

    def visible_rows(self) -> list[FollowUpRow]:
        """The rows the list shows now (with its "show done" and grouping choices)."""
        by_tag = self.group_by.currentData() == "tag"
        rows = []
        for row in follow_up_rows(self.service.library, self.service.annotations.store.all()):
            if row.status is FollowUpStatus.DONE and not self.show_done.isChecked():
                continue
            if (by_tag and not row.annotation.tags) or (not by_tag and row.status is FollowUpStatus.NONE):
                continue
            rows.append(row)
        return rows

    def row_text(self, row: FollowUpRow) -> str:
        """Three short lines: the item; its meeting; the task and its due date."""
        fp = row.annotation.fingerprint
        meeting = " · ".join(p for p in (row.committee, long_date(row.meeting_date) if row.meeting_date else "") if p)
        follow = row.annotation.follow_up
        due = ""
        if follow.due:
            due = (self.tr("overskredet: frist %1") if row.overdue else self.tr("frist %1")).replace(
                "%1", long_date(follow.due)
            )
        task = " · ".join(p for p in (follow.text, due) if p)
        return visible_controls("\n".join(p for p in (f"{fp.number}. {fp.title}", meeting, task) if p))

    def refresh(self) -> None:
        self.model.clear()
        self._rows.clear()
        today = date.today().isoformat()
        groups: dict[str, list[QStandardItem]] = {}
        order: dict[str, str] = {}
        by_tag = self.group_by.currentData() == "tag"
        rows = self.visible_rows()
        for row in rows:
            annotation = row.annotation
            status = row.status
            due = annotation.follow_up.due
            self._rows[annotation.anchor] = _shown(annotation)
            entry = QStandardItem(self.row_text(row))
            entry.setData(row.item_id, ITEM_ROLE)
            entry.setData(annotation.anchor, ANCHOR_ROLE)
            entry.setToolTip(plain_tooltip(annotation.note[:400] or annotation.fingerprint.title))
            if status is FollowUpStatus.DONE:
                font = QFont()
                font.setStrikeOut(True)
                entry.setFont(font)
            if row.overdue:
                entry.setForeground(QBrush(QColor("#c62828")))
            keys = annotation.tags if by_tag else [self._due_group(due, today, status)]
            for key in keys:
                groups.setdefault(key, []).append(entry.clone())
                order[key] = key if by_tag else self._due_order(due, today, status)
        for key in sorted(groups, key=lambda k: order[k]):
            header = QStandardItem(f"{visible_label(key) if by_tag else key} ({len(groups[key])})")
            header.setSelectable(False)
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            for entry in groups[key]:
                header.appendRow(entry)
            self.model.appendRow(header)
        self.tree.expandAll()
        self.empty_label.setVisible(not rows)
        self.export_button.setEnabled(bool(rows))

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

    def _on_export_button_clicked(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Eksportér opfølgninger"), str(Path.home() / self.tr("opfølgninger.csv")),
            self.tr("CSV til regneark (*.csv);;Markdown (*.md)"),
        )  # fmt: skip
        if target:
            self.export_to(Path(target))

    def export_to(self, path: Path) -> int:
        """Write the list as shown (CSV or Markdown by the file's suffix); returns the row count."""
        try:
            count = export_follow_ups(self.visible_rows(), path)
        except OSError as err:
            self.exported.emit(self.tr("Listen kunne ikke gemmes: %1").replace("%1", err.strerror or str(err)))
            return 0
        self.exported.emit(self.tr("%1 opfølgninger gemt i %2").replace("%1", str(count)).replace("%2", path.name))
        return count

    def _on_annotations_changed(self, anchor: str) -> None:
        """Rebuild the list only when what it shows changed; a note edit just renews a tooltip."""
        annotation = self.service.annotations.by_anchor(anchor) if anchor else None
        if not anchor or self._rows.get(anchor, ()) != _shown(annotation):
            self.refresh()
            return
        for group in range(self.model.rowCount()):
            header = self.model.item(group)
            for row in range(header.rowCount()):
                entry = header.child(row)
                if entry.data(ANCHOR_ROLE) == anchor and annotation is not None:
                    entry.setToolTip(annotation.note[:400] or annotation.fingerprint.title)
