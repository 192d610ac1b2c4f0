"""The window's import flow: worker process, progress dialog with cancel, notes re-homed, report.

The library half runs in the worker (:func:`app.services.library.importer.import_job`, which
only writes while this process holds the profile lock); its :class:`LibraryChange` is settled
by the window's one :class:`~app.services.library.settler.LibrarySettler` (notes re-homed, the
index updated once in the worker), exactly as :func:`app.services.library.importer.run_import`
settles it for the command line — so a revised document gives the same library and the same
orphans either way.

A document that holds only some of a meeting's items is not written at first: the member is
asked whether to add its items to the meeting or to replace the meeting, and it is imported
again with the answer. A single item's own PDF always joins its meeting without a question.

Signals: ``finished(object)`` — the :class:`ImportSummary`, after the notes were re-homed;
``reported(str)`` — one status-bar line about what happened.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from app.services.library.bilag import ARCHIVES, CHOOSABLE, IMPORTABLE, PORTAL_FILES, file_patterns
from app.services.library.importer import ImportFailure, ImportSummary, SubsetPolicy, Undecided, import_job
from app.services.library.settler import LibrarySettler
from app.services.workers.isolation import Failure, Refusal
from app.services.workers.tasks import JobError, Poller, Task
from app.ui.formatting import long_date
from app.ui.messages import import_failure
from app.ui.plain import display_name, plain_label


class ImportController(QObject):
    """Signals: ``finished(object)``, ``reported(str)``."""

    finished = Signal(object)
    reported = Signal(str)

    def __init__(self, settler: LibrarySettler, window: QWidget) -> None:
        super().__init__(window)
        self.settler = settler
        self.library = settler.library
        self._window = window
        self._poller = Poller(self)
        self._job: Task | None = None
        self._progress: QProgressDialog | None = None
        self._paths: list[Path] = []
        self._questions: list[Undecided] = []

    def file_dialog(self) -> QFileDialog:
        """Fil → Importér filer …: several files, offering only the kinds an import takes.

        The filter comes from the services' one list (:data:`app.services.library.bilag.CHOOSABLE`),
        so the dialog never offers a file the import then refuses for its kind.
        """
        dialog = QFileDialog(self._window, self.tr("Importér dagsordener, referater og bilag"), str(Path.home()))
        dialog.setObjectName("import_files_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)

        def patterns(suffixes: tuple[str, ...]) -> str:
            return " ".join(f"*{s}" for s in suffixes)

        dialog.setNameFilters([
            self.tr("Alt der kan importeres (%1)").replace("%1", " ".join(file_patterns())),
            self.tr("PDF og tekst (%1)").replace("%1", patterns(IMPORTABLE)),
            self.tr("Zip med et møde og dets bilag (%1)").replace("%1", patterns(ARCHIVES)),
            self.tr("FirstAgenda-møde: JSON eller gemt side (%1)").replace("%1", patterns(PORTAL_FILES)),
        ])  # fmt: skip
        return dialog

    def folder_dialog(self) -> QFileDialog:
        """Fil → Importér mappe …: one folder, walked like on the command line (PDFs, texts, zips)."""
        dialog = QFileDialog(self._window, self.tr("Importér en mappe med et møde og dets bilag"), str(Path.home()))
        dialog.setObjectName("import_folder_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        return dialog

    def choose_files(self) -> list[Path]:
        """Ask which papers to import (the file dialog); empty when the member cancels."""
        return self._chosen(self.file_dialog())

    def choose_folder(self) -> list[Path]:
        """Ask which folder to import; empty when the member cancels."""
        return self._chosen(self.folder_dialog())

    def import_folder(self) -> None:
        """Fil → Importér mappe …: the folder goes through the same import as files (and the CLI's folders)."""
        folder = self.choose_folder()
        if folder:
            self.start(folder)

    def _chosen(self, dialog: QFileDialog) -> list[Path]:
        try:
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            return [Path(f) for f in dialog.selectedFiles()] if accepted else []
        finally:
            dialog.deleteLater()

    def start(self, paths: list[Path], subsets: SubsetPolicy = "ask") -> bool:
        """Import in the background with a progress dialog; False if nothing to do or one is running."""
        # Any file goes (a dropped .docx gets its one line "not supported"); a missing one only by its kind.
        paths = [p for p in paths if p.suffix.lower() in CHOOSABLE or p.is_file() or p.is_dir()]
        if not paths or self._job is not None:
            return False
        self._paths = paths
        self._job = self._poller.start(
            import_job,
            (str(self.library.profile), [str(p) for p in paths], os.getpid(), subsets),
            self._on_job_finished,
            on_progress=self._on_job_progressed,
            on_failed=self._on_job_failed,
        )
        self._progress = QProgressDialog(self.tr("Importerer …"), self.tr("Annullér"), 0, len(paths), self._window)
        # The label will show file names: plain text, never Qt's rich-text guess.
        self._progress.setLabel(plain_label(QLabel(self.tr("Importerer …"))))
        self._progress.setWindowTitle(self.tr("Import"))
        # Not modal: a modal QProgressDialog runs a nested event loop inside setValue(), and
        # the import's "finished" arriving in there would tear the dialog down under itself.
        self._progress.setWindowModality(Qt.WindowModality.NonModal)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._on_progress_canceled)
        return True

    def stop(self) -> None:
        """Cancel a running import and wait for the worker (the window is closing)."""
        if self._job is not None:
            self._job.cancel()
            self._job.wait()

    def _on_progress_canceled(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _on_job_progressed(self, done: int, total: int, name: str) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)  # folders and zips hold more files than were chosen
            self._progress.setValue(done)
            if name:
                label = self.tr("Importerer fil %1 af %2: %3")
                self._progress.setLabelText(label.replace("%1", str(min(done + 1, total))).replace("%2", str(total))
                                            .replace("%3", display_name(name)))  # fmt: skip

    def _on_job_failed(self, message: str) -> None:
        """The worker ended without a summary: cancelled and stopped, or it died (killed, crashed)."""
        if message == JobError.CANCELLED:
            self._on_job_finished(ImportSummary(cancelled=True))
        elif message == JobError.PROFILE_IN_USE:
            self._on_job_finished(ImportSummary(failed=[(p.name, Refusal.PROFILE_IN_USE) for p in self._paths]))
        else:
            self._on_job_finished(ImportSummary(failed=[(p.name, Refusal.INTERRUPTED) for p in self._paths]))

    def _on_job_finished(self, summary: ImportSummary) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._job = None
        self.settler.settle(summary.change)  # notes re-homed, index updated once, changed(...) announced
        self.finished.emit(summary)
        self.reported.emit(self._status_line(summary))
        if summary.failed:
            self._show_failures(summary)
        self._questions += summary.undecided
        self._ask_next()

    def _ask_next(self) -> None:
        """Ask about the next document that holds only some of its meeting's items."""
        if not self._questions or self._job is not None:
            return
        question = self._questions[0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import"),
                          self.tr("%1 indeholder kun nogle af punkterne i %2, %3 (%4 punkter).")
                          .replace("%1", question.name).replace("%2", question.committee)
                          .replace("%3", long_date(question.date)).replace("%4", str(question.items)),
                          parent=self._window)  # fmt: skip
        box.setObjectName("import_subset")
        box.setTextFormat(Qt.TextFormat.PlainText)
        preview = question.preview
        merge_does = (self.tr("Føj til mødet: %1 punkter tilføjes, %2 opdateres, de øvrige bevares.")
                      .replace("%1", str(preview.merge_added)).replace("%2", str(preview.merge_updated)))  # fmt: skip
        replace_does = (self.tr("Erstat mødet: dokumentet bliver mødets nye version; %1 punkter udgår (deres noter "
                                "gemmes under Rediger → Noter uden punkt), %2 får nyt nummer. Den tidligere version "
                                "gemmes (Møde → Versioner …).")
                        .replace("%1", str(preview.replace_withdrawn))
                        .replace("%2", str(preview.replace_renumbered)))  # fmt: skip
        box.setInformativeText(self.tr("Dokumentet er hverken tydeligt en fuld version eller et uddrag af mødet.")
                               + "\n\n" + merge_does + "\n" + replace_does)  # fmt: skip
        merge = box.addButton(self.tr("Føj til mødet"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Erstat mødet"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Spring over"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(merge)
        merge.setObjectName("merge")
        replace.setObjectName("replace")
        box.finished.connect(self._on_question_finished)
        box.open()

    def _on_question_finished(self, _result: int) -> None:
        box = self.sender()
        question = self._questions.pop(0)
        clicked = box.clickedButton() if isinstance(box, QMessageBox) else None
        answer = clicked.objectName() if clicked is not None else ""
        if isinstance(box, QMessageBox):
            box.deleteLater()
        if answer in ("merge", "replace"):
            self.start([Path(question.path)], subsets="merge" if answer == "merge" else "replace")
        else:
            self._ask_next()

    def _status_line(self, summary: ImportSummary) -> str:
        parts = []
        if summary.added:
            parts.append(self.tr("%n møder importeret", "", len(summary.added)))
        if summary.replaced:
            parts.append(self.tr("%n møder opdateret", "", len(summary.replaced)))
        # A punkt's own PDF (eDoc) joins its meeting and is kept as the item's document: counted once, as a punkt
        item_pdfs = {b.file_name for b in summary.bilag if b.reason == "item-pdf"}
        merged = (set(summary.merged) | item_pdfs) - set(summary.added)
        if merged:
            parts.append(self.tr("%n punkter føjet til deres møde", "", len(merged)))
        bilag = [b for b in summary.bilag if b.reason != "item-pdf"]
        linked = [b for b in bilag if b.item_number]
        if linked:
            parts.append(self.tr("%n bilag knyttet til deres punkt", "", len(linked)))
        if len(linked) < len(bilag):
            parts.append(self.tr("%n bilag venter på at blive placeret", "", len(bilag) - len(linked)))
        unchanged = [n for n in summary.unchanged if n not in item_pdfs]
        if unchanged:
            parts.append(self.tr("%n filer var allerede importeret", "", len(unchanged)))
        if summary.cancelled:
            parts.append(self.tr("importen blev annulleret"))
        if summary.orphaned:
            parts.append(self.tr("%n noter mistede deres punkt (se Rediger → Noter uden punkt)", "",
                                 len(summary.orphaned)))  # fmt: skip
        return " · ".join(parts)

    def _failure_line(self, name: str, reason: Failure | None) -> str:
        """Why a file was refused; a web page that is no saved FirstAgenda meeting says what to do instead."""
        if reason == ImportFailure.UNSUPPORTED and Path(name).suffix.lower() in (".html", ".htm"):
            return self.tr("Websiden er ikke en gemt FirstAgenda-mødeside. Hent mødets PDF fra portalen og "
                           "importér den (eller følg udvalget: Fil → Følg udvalg …).")  # fmt: skip
        return import_failure(reason)

    def _show_failures(self, summary: ImportSummary) -> None:
        lines = "\n".join(f"• {display_name(n)}: {self._failure_line(n, reason)}" for n, reason in summary.failed)
        text = self.tr("%n filer kunne ikke importeres:", "", len(summary.failed))
        if summary.blocked:
            lines = self.tr("Profilen bruges lige nu af en anden Mødemappe (et vindue eller en kommando). "
                            "Intet er importeret; prøv igen om lidt.")  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), text, parent=self._window)
        box.setObjectName("import_failures")
        box.setInformativeText(lines)
        box.setTextFormat(Qt.TextFormat.PlainText)  # after the informative text: it applies to both labels
        box.open()
