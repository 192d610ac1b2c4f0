"""Bilag in the Møde menu: place the bilag an import could not decide, and see what a meeting takes on disk.

After an import whose bilag could not all be linked with confidence, the placement dialog
(:class:`app.ui.bilag_placement.BilagLinkDialog`) opens with the undecided ones, each with the
items ranked by how well they matched (the best guess chosen only when it leads clearly).
Møde → Placér bilag … opens the same dialog for the selected meeting at any time — also to
move a bilag the import placed wrongly. Møde → Egenskaber …
shows the meeting's documents and their disk use, including what removing it would free.

Signals: ``bilag_changed(str)`` — a meeting's bilag links changed (its id); ``reported(str)``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.services.library.bilag import BilagRecord, bilag_store, disk_use
from app.services.library.importer import ImportSummary
from app.services.workspace import Library
from app.ui.bilag_placement import BilagLinkDialog, Guesses
from app.ui.formatting import long_date
from app.ui.main_actions import MainActions

__all__ = ["BilagController", "BilagLinkDialog", "MeetingPropertiesDialog"]


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


class MeetingPropertiesDialog(QDialog):
    """Møde → Egenskaber: the meeting's documents and what they take on disk."""

    def __init__(self, library: Library, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.meeting_id = library, meeting_id
        self.fields: dict[str, QLabel] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Mødets egenskaber"))
        record = self.library.record(self.meeting_id)
        use = disk_use(self.library, self.meeting_id)
        form = QFormLayout()
        kind = self.tr("Referat") if record and record.document_type == "referat" else self.tr("Dagsorden")
        rows = [
            ("committee", self.tr("Udvalg"), (record.committee or "") if record else ""),
            ("date", self.tr("Dato"), long_date(record.date) if record else ""),
            ("kind", self.tr("Dokument"), kind),
            ("items", self.tr("Punkter"), str(len(record.items)) if record else "0"),
            ("pages", self.tr("Sider"), str(record.page_count or "–") if record else "–"),
            ("source", self.tr("Kildefil"), size_text(use.source_bytes)),
            (
                "bilag",
                self.tr("Bilag"),
                self.tr("%1 dokumenter, %2")
                .replace("%1", str(use.bilag_count))
                .replace("%2", size_text(use.bilag_bytes)),
            ),
            (
                "item_documents",
                self.tr("Punkternes egne PDF'er"),
                self.tr("%1 dokumenter, %2")
                .replace("%1", str(use.item_documents))
                .replace("%2", size_text(use.item_document_bytes)),
            ),
            ("undecided", self.tr("Bilag uden punkt"), str(use.undecided)),
            ("freed", self.tr("Frigives ved fjernelse"), size_text(use.freed_bytes)),
        ]
        for key, label, value in rows:
            field = QLabel(value)
            field.setTextFormat(Qt.TextFormat.PlainText)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = field
            form.addRow(label + ":", field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class BilagController(QObject):
    """Signals: ``bilag_changed(str)``, ``reported(str)``."""

    bilag_changed = Signal(str)
    reported = Signal(str)

    def __init__(self, library: Library, actions: MainActions, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.store = bilag_store(library.profile)
        self._window = window
        self._meeting_id: str | None = None
        self.place_action = QAction(window)
        self.properties_action = QAction(window)
        self.retranslate()
        for action in (self.place_action, self.properties_action):
            actions.add_to_menu("meeting", action, retranslate=self.retranslate)
        self.place_action.triggered.connect(self._on_place_action_triggered)
        self.properties_action.triggered.connect(self._on_properties_action_triggered)
        self.dialog: QDialog | None = None

    def retranslate(self) -> None:
        """The actions' texts in the current language (also after a language switch)."""
        self.place_action.setText(self.tr("&Placér bilag …"))
        self.place_action.setStatusTip(self.tr("Knyt mødets bilag til deres punkter"))
        self.properties_action.setText(self.tr("&Egenskaber …"))
        self.properties_action.setStatusTip(self.tr("Mødets dokumenter og pladsforbrug"))

    def set_meeting(self, meeting_id: str | None) -> None:
        self._meeting_id = meeting_id
        for action in (self.place_action, self.properties_action):
            action.setEnabled(bool(meeting_id))

    def after_import(self, summary: ImportSummary) -> None:
        """Ask about the bilag the import could not place."""
        open_links = [b for b in summary.bilag if not b.item_number]
        if not open_links:
            return
        meeting_id = open_links[0].meeting_id
        guesses = {b.sha256: list(b.choices) for b in open_links if b.meeting_id == meeting_id}
        records = [r for r in self.store.for_meeting(meeting_id) if r.sha256 in guesses and not r.item_number]
        if records:
            self._open_dialog(meeting_id, records, guesses)

    def _open_dialog(self, meeting_id: str, records: list[BilagRecord], guesses: Guesses) -> None:
        dialog = BilagLinkDialog(self.library, self.store, meeting_id, records, guesses, self._window)
        dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, BilagLinkDialog):
            changed = dialog.apply()
            if changed:
                self.reported.emit(self.tr("%n bilag placeret", "", changed))
                self.bilag_changed.emit(dialog.meeting_id)

    def _on_place_action_triggered(self) -> None:
        if not self._meeting_id:
            return
        records = self.store.for_meeting(self._meeting_id)
        if not records:
            self.reported.emit(
                self.tr("Mødet har ingen bilag. Importér dem sammen med mødet (filer, mappe eller zip).")
            )
            return
        self._open_dialog(self._meeting_id, records, {})

    def _on_properties_action_triggered(self) -> None:
        if self._meeting_id:
            self.dialog = MeetingPropertiesDialog(self.library, self._meeting_id, self._window)
            self.dialog.open()
