"""The one path by which problems reach the user: translated one-line messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.importer import ImportFailure


def import_failure(reason: ImportFailure | None) -> str:
    """A one-line Danish (or English) reason for a file that could not be imported."""
    texts = {
        ImportFailure.EMPTY: QCoreApplication.translate("Messages", "Filen er tom."),
        ImportFailure.NOT_FOUND: QCoreApplication.translate("Messages", "Filen findes ikke."),
        ImportFailure.UNREADABLE: QCoreApplication.translate("Messages", "Filen kan ikke læses."),
        ImportFailure.NOT_A_PDF: QCoreApplication.translate("Messages", "Filen er hverken en PDF eller en tekstfil."),
        ImportFailure.DAMAGED_PDF: QCoreApplication.translate(
            "Messages", "PDF-filen er beskadiget eller ufuldstændig."
        ),
        ImportFailure.ENCRYPTED: QCoreApplication.translate("Messages", "PDF-filen er beskyttet med en adgangskode."),
        ImportFailure.NO_TEXT_LAYER: QCoreApplication.translate(
            "Messages", "PDF-filen er en scanning uden tekst — kør tekstgenkendelse (OCR) først."
        ),
        ImportFailure.NOT_MINUTES: QCoreApplication.translate(
            "Messages", "Teksten ligner ikke en dagsorden eller et referat."
        ),
        ImportFailure.UNSUPPORTED: QCoreApplication.translate("Messages", "Denne filtype understøttes ikke."),
        ImportFailure.NOT_PORTAL_JSON: QCoreApplication.translate(
            "Messages", "JSON-filen er ikke et møde fra en FirstAgenda-portal."
        ),
    }
    fallback = QCoreApplication.translate("Messages", "Filen kunne ikke importeres.")
    return texts.get(reason, fallback) if reason is not None else fallback


def no_viewer_message() -> str:
    """The system has no viewer that opened the file (no default PDF application)."""
    return QCoreApplication.translate(
        "Messages", "Der er ingen PDF-fremviser på systemet, der kunne åbne filen. Brug fanen Original i stedet."
    )
