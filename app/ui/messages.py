"""The one path by which problems reach the user: translated one-line messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.library.importer import ImportFailure
from app.services.plaintext import display_name
from app.services.startup import StoreKind, StoreProblem
from app.services.workers.isolation import Failure, Refusal


def import_failure(reason: Failure | None) -> str:
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
        Refusal.NOT_A_FILE: QCoreApplication.translate(
            "Messages", "Ikke en almindelig fil (en pipe, en enhed eller en mappe) — den er ikke læst."
        ),
        Refusal.TOO_LARGE: QCoreApplication.translate("Messages", "Filen er for stor til at blive importeret sikkert."),
        Refusal.TOO_SLOW: QCoreApplication.translate(
            "Messages", "Det tog for lang tid at læse filen; den blev stoppet."
        ),
        Refusal.FAILED: QCoreApplication.translate(
            "Messages", "Filen er beskadiget eller i en form, Mødemappe ikke kan læse."
        ),
        Refusal.NAME_TOO_LONG: QCoreApplication.translate("Messages", "Filnavnet er for langt til systemet."),
        Refusal.PERMISSION: QCoreApplication.translate("Messages", "Du har ikke adgang til at læse filen."),
        Refusal.DISK_FULL: QCoreApplication.translate("Messages", "Disken er fuld; filen blev ikke gemt."),
        Refusal.READ_ONLY: QCoreApplication.translate(
            "Messages", "Profilmappen er skrivebeskyttet; filen blev ikke gemt."
        ),
        Refusal.INTERRUPTED: QCoreApplication.translate("Messages", "Importen blev afbrudt; importér filen igen."),
        Refusal.TOO_MANY_FILES: QCoreApplication.translate(
            "Messages", "Flere filer, end én import tager; de blev ikke læst."
        ),
        Refusal.NESTED_ARCHIVE: QCoreApplication.translate("Messages", "En zip-fil inde i en zip-fil åbnes ikke."),
        Refusal.PROFILE_IN_USE: QCoreApplication.translate(
            "Messages", "Profilen bruges af en anden Mødemappe; intet blev gemt."
        ),
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


def read_only_reason(problem: Refusal) -> str:
    """Why the profile opened in read-only viewing mode, and what the member can do about it."""
    texts = {
        Refusal.DISK_FULL: QCoreApplication.translate(
            "Messages", "Disken er fuld. Frigør plads, og start Mødemappe igen for at kunne gemme."
        ),
        Refusal.NAME_TOO_LONG: QCoreApplication.translate("Messages", "Profilmappens sti er for lang til systemet."),
    }
    return texts.get(
        problem,
        QCoreApplication.translate("Messages", "Profilmappen er skrivebeskyttet (eller du har ikke skriveadgang)."),
    )


def store_problem_reason(problem: StoreProblem) -> str:
    """One sentence for the banner: which store, its file, the cause, and the newest backup of the notes."""
    what = {
        StoreKind.LIBRARY: QCoreApplication.translate("Messages", "Biblioteket"),
        StoreKind.ANNOTATIONS: QCoreApplication.translate("Messages", "Dine noter"),
        StoreKind.BILAG: QCoreApplication.translate("Messages", "Bilagsoversigten"),
        StoreKind.SEARCH: QCoreApplication.translate("Messages", "Søgeindekset"),
    }[problem.kind]
    text = QCoreApplication.translate("Messages", "%1 (%2) kunne ikke åbnes: %3")
    text = text.replace("%1", what).replace("%2", display_name(str(problem.path)))
    text = text.replace("%3", display_name(problem.cause))
    if problem.backup is None:
        return text + QCoreApplication.translate("Messages", "; der er ingen sikkerhedskopi af dine noter endnu.")
    backup = QCoreApplication.translate("Messages", "; den nyeste sikkerhedskopi af dine noter er %1.")
    return text + backup.replace("%1", display_name(str(problem.backup)))
