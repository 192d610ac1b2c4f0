"""Telling the member, at start, about a damaged bilag index or portal state (the notes have their own message).

What was found and done comes from :mod:`app.services.damage`: the window is a writer, so a
damaged file is already kept aside there (and the bilag index's backup put back); in read-only
viewing mode it is left as it is. One sentence per damaged store, in one message box like the
damaged-notes message (:func:`app.ui.launch.report_store_problems`); the file names are data,
so the box shows plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME
from app.services.damage import DamagedStore, StoreDamage, portal_damage
from app.services.workspace import Workspace
from app.ui.plain import display_name


def sentence(damage: StoreDamage) -> str:
    """One Danish sentence (English with the translation): what is damaged, where it went, what now."""
    aside = display_name(damage.aside.name) if damage.aside is not None else ""
    if damage.kind is DamagedStore.PORTAL and aside:
        text = QCoreApplication.translate(
            "StoreDamage", "Portalopsætningen (portal.json) var beskadiget. Den er lagt til side som %1 og ikke "
                           "slettet; tilføj portalen og følg dine udvalg igen (Fil → Følg udvalg …)."
        )  # fmt: skip
    elif damage.kind is DamagedStore.PORTAL:
        text = QCoreApplication.translate(
            "StoreDamage", "Portalopsætningen (portal.json) er beskadiget og er ladt urørt; ingen portal vises."
        )
    elif aside and damage.backup is not None:
        text = QCoreApplication.translate(
            "StoreDamage", "Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke "
                           "slettet; bilagene er hentet fra sikkerhedskopien (bilag tilføjet siden kan mangle)."
        )  # fmt: skip
    elif aside:
        text = QCoreApplication.translate(
            "StoreDamage", "Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke "
                           "slettet; der var ingen sikkerhedskopi, så importér møderne igen for at få deres bilag "
                           "tilbage."
        )  # fmt: skip
    elif damage.backup is not None:
        text = QCoreApplication.translate(
            "StoreDamage", "Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; bilagene vises fra "
                           "sikkerhedskopien."
        )  # fmt: skip
    else:
        text = QCoreApplication.translate(
            "StoreDamage", "Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; ingen bilag kan vises."
        )
    return text.replace("%1", aside)


def report_damaged_stores(window: QWidget, workspace: Workspace) -> QMessageBox | None:
    """Check the portal state too (the window is its writer) and say what was damaged; None if nothing."""
    workspace.note_damage(portal_damage(workspace.profile, writer=workspace.writer))
    if not workspace.damage:
        return None
    box = QMessageBox(window)
    box.setObjectName("store_damage")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file names are data
    box.setText(QCoreApplication.translate("StoreDamage", "En fil i din profil var beskadiget. Intet er slettet."))
    box.setInformativeText("\n".join(sentence(d) for d in workspace.damage))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()  # not exec(): the window comes up behind it
    return box
