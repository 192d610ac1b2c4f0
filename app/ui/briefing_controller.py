"""Fil → Eksportér briefing: the dialog, the file name, the PDF written in the background, then opened.

Signals: ``written(str)`` — the PDF's path; ``reported(str)`` — one status-bar line.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services import settings as keys
from app.services.briefing import BriefingOptions, BriefingService
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.ui.briefing_dialog import BriefingDialog


class BriefingController(QObject):
    """Signals: ``written(str)``, ``reported(str)``."""

    written = Signal(str)
    reported = Signal(str)

    def __init__(self, annotations: AnnotationService, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.annotations = annotations
        self.settings = settings
        self._window = window
        self.open_when_written = True  # open the PDF in the system viewer
        self.service = BriefingService(annotations.library.profile, self)
        self.service.written.connect(self._on_service_written)
        self.service.failed.connect(self._on_service_failed)

    def ask(self, meeting_id: str | None) -> None:
        """Show the briefing dialog for ``meeting_id`` (or none) and export what the member chose."""
        dialog = BriefingDialog(self.annotations.library, self.annotations, meeting_id,
                                str(self.settings.get(keys.USER_NAME)), self._window,
                                self.settings.get_json(keys.BRIEFING_CHOICES))  # fmt: skip
        if not dialog.exec():
            return
        options = dialog.options()
        self.settings.set(keys.USER_NAME, options.user_name)
        self.settings.set_json(keys.BRIEFING_CHOICES, dialog.choices())  # the next dialog opens with them
        suggested = str(Path.home() / dialog.suggested_file_name())  # "<udvalg> <dato> – forberedelse.pdf"
        title, kinds = self.tr("Gem briefing"), self.tr("PDF (*.pdf)")
        target, _ = QFileDialog.getSaveFileName(self._window, title, suggested, kinds)
        if target:
            self.export(dialog.selection(), options, Path(target))

    def export(self, selection: dict[str, object], options: BriefingOptions, target: Path) -> None:
        self.reported.emit(self.tr("Skriver briefing …"))
        self.service.export(selection, options, target)

    def _on_service_written(self, path: str, pages: int) -> None:
        self.reported.emit(self.tr("Briefing gemt (%1 sider): %2").replace("%1", str(pages)).replace("%2", path))
        self.written.emit(path)
        if self.open_when_written and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.reported.emit(
                self.tr("Briefing gemt: %1 — der er ingen PDF-fremviser på systemet, der kunne åbne den.")
                .replace("%1", path)
            )  # fmt: skip

    def _on_service_failed(self, message: str) -> None:
        self.reported.emit(self.tr("Briefingen kunne ikke skrives: %1").replace("%1", message))
