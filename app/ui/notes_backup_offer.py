"""The offer to put the newest backup back when the notes cannot be opened at all.

A store that raises on open gives the read-only window with its banner (issue #18); when it is
the notes that failed and a backup exists, the member is also offered that backup here. The
unreadable notes are never deleted (services.startup.put_back_notes sets them aside), and the
window asks for a restart afterwards: the open window still reads the empty stand-in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app import APP_NAME
from app.services.readonly import write_problem
from app.services.startup import StoreKind, StoreProblem, put_back_notes
from app.ui.plain import display_name


def offer_notes_backup(parent: QWidget, profile: Path, problem: StoreProblem) -> QMessageBox | None:
    """Offer to put the newest backup back; ``None`` when there is nothing to offer or no way to write."""
    if problem.kind is not StoreKind.ANNOTATIONS or problem.backup is None or write_problem(profile) is not None:
        return None
    box = QMessageBox(parent)
    box.setObjectName("notes_backup_offer")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the backup's name is data
    box.setText(QCoreApplication.translate("NotesBackupOffer", "Dine noter kunne ikke åbnes."))
    info = QCoreApplication.translate(
        "NotesBackupOffer",
        "Den nyeste sikkerhedskopi er %1. Læg den tilbage? De noter, der ikke kan åbnes, gemmes ved siden af.",
    )
    box.setInformativeText(info.replace("%1", display_name(problem.backup.name)))
    put_back = box.addButton(QCoreApplication.translate("NotesBackupOffer", "Læg sikkerhedskopien tilbage"),
                             QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    box.addButton(QCoreApplication.translate("NotesBackupOffer", "Senere"), QMessageBox.ButtonRole.RejectRole)
    box.setProperty("put_back_button", put_back)
    box.buttonClicked.connect(NotesBackupChoice(box, profile, put_back).on_box_button_clicked)
    box.open()  # not exec(): the window comes up behind it and nothing waits in a nested loop
    return box


class NotesBackupChoice(QObject):
    """Carries out the member's answer: put the backup back (then ask for a restart), or later."""

    def __init__(self, box: QMessageBox, profile: Path, put_back: QAbstractButton) -> None:
        super().__init__(box)
        self._box, self._profile, self._put_back = box, profile, put_back

    def on_box_button_clicked(self, button: QAbstractButton) -> None:
        if button is not self._put_back:
            return
        parent = self._box.parentWidget()
        try:
            backup = put_back_notes(self._profile)
        except Exception as err:  # one line in the window, never a traceback; nothing was changed
            text = QCoreApplication.translate("NotesBackupOffer", "Sikkerhedskopien kunne ikke lægges tilbage: %1")
            QMessageBox.warning(parent, APP_NAME, text.replace("%1", display_name(f"{type(err).__name__}: {err}")))
            return
        text = QCoreApplication.translate(
            "NotesBackupOffer", "Dine noter er lagt tilbage fra %1. Genstart Mødemappe for at arbejde videre med dem."
        )
        done = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text.replace("%1", display_name(backup.name)),
                           QMessageBox.StandardButton.Ok, parent)  # fmt: skip
        done.setObjectName("notes_backup_put_back")
        done.setTextFormat(Qt.TextFormat.PlainText)
        done.open()
