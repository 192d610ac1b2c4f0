"""Hjælp → Tastaturgenveje: every shortcut of the window on one sheet.

Built from the window's own actions when it opens, so the sheet cannot drift from the
keys that really work; the keys that belong to single fields (Tab, Shift+arrows, Down
from the filter, Ctrl+Tab in the note) are listed after them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def action_text(action: QAction) -> str:
    """ "&Importér …" → "Importér" (Qt's tooltip is the text without "&"; undo's is its bare name)."""
    return action.toolTip().rstrip(" …").rstrip(".")


class ShortcutsDialog(QDialog):
    """A read-only table: what to do, and the key for it."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._setup_ui()

    def rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every action with a shortcut, then the keys of single fields."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for action in self._actions:
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty()
            )
            if keys and action_text(action) not in seen:
                seen.add(action_text(action))
                rows.append((action_text(action), keys))
        rows += [
            (self.tr("Gå til næste / forrige felt"), self.tr("Tab / Shift+Tab")),
            (self.tr("Fra filteret ned i resultaterne"), self.tr("Pil ned")),
            (self.tr("Åbn det valgte punkt og læs"), self.tr("Enter")),
            (self.tr("Ryd filteret (punktet bliver valgt)"), self.tr("Esc")),
            (self.tr("Vælg tekst i punktet med tastaturet"), self.tr("Shift+piltaster")),
            (self.tr("Indsæt et tabulatortegn i noten"), self.tr("Ctrl+Tab")),
        ]
        return rows

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Tastaturgenveje"))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Handling"), self.tr("Tast")])
        for what, keys in self.rows():
            self.model.appendRow([QStandardItem(what), QStandardItem(keys)])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
