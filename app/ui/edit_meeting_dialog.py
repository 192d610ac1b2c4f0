"""Correcting a meeting's municipality, committee and date when the parser got them wrong."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.services.workspace import MeetingRecord


class EditMeetingDialog(QDialog):
    """Signals: none; read :meth:`changes` after ``exec()`` returns Accepted."""

    def __init__(self, record: MeetingRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record = record
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Ret mødets oplysninger"))
        self.municipality = QLineEdit(self._record.municipality or "")
        self.committee = QLineEdit(self._record.committee or "")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        if self._record.date:
            self.date.setDate(QDate.fromString(self._record.date, "yyyy-MM-dd"))
        form = QFormLayout(self)
        form.addRow(self.tr("Kommune"), self.municipality)
        form.addRow(self.tr("Udvalg"), self.committee)
        form.addRow(self.tr("Dato"), self.date)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def changes(self) -> dict[str, str]:
        result: dict[str, str] = {}
        if self.municipality.text().strip() != (self._record.municipality or ""):
            result["municipality"] = self.municipality.text().strip()
        if self.committee.text().strip() != (self._record.committee or ""):
            result["committee"] = self.committee.text().strip()
        date = self.date.date().toString("yyyy-MM-dd")
        if date != (self._record.date or ""):
            result["date"] = date
        return {k: v for k, v in result.items() if v}
