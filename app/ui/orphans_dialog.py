"""Notes without an item: annotations whose item vanished on re-import, waiting to be reattached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.notes.annotations import AnnotationService
from app.ui.plain import plain_label, visible_controls


class OrphansDialog(QDialog):
    """Lists orphaned annotations; the selected one can be attached to the current item."""

    def __init__(self, service: AnnotationService, item_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.item_id = item_id
        self._setup_ui()
        self._connect_signals()
        self._fill()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Noter uden punkt"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Disse noter hørte til punkter, der ikke findes i den nyeste udgave af "
                               "dokumentet. Intet er slettet."))  # fmt: skip
        layout.addWidget(plain_label(intro))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        target = self.service.ref(self.item_id) if self.item_id else None
        title = visible_controls(target.title).replace("&", "&&") if target else ""
        label = self.tr("Knyt til det valgte punkt") + (f" ({target.number}. {title})" if target else "")
        self.attach_button = QPushButton(label)
        self.attach_button.setEnabled(target is not None)
        layout.addWidget(self.attach_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def _fill(self) -> None:
        self.list.clear()
        for annotation in self.service.orphans():
            fp = annotation.fingerprint
            note = annotation.note.strip().replace("\n", " ")
            text = visible_controls(f"{annotation.meeting_key[:10]} · {fp.number}. {fp.title}\n{note[:160]}")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, annotation.anchor)
            self.list.addItem(entry)
        if not self.list.count():
            self.list.addItem(self.tr("Ingen noter mangler et punkt."))
            self.attach_button.setEnabled(False)

    def _on_attach_button_clicked(self) -> None:
        entry = self.list.currentItem()
        anchor = entry.data(Qt.ItemDataRole.UserRole) if entry else None
        if anchor and self.item_id:
            self.service.reattach(str(anchor), self.item_id)
            self._fill()
