"""Hjælp → Om Mødemappe: the version (the one in ``app.__version__``) and where the member's data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME, __version__
from app.ui.plain import display_name


def about_box(parent: QWidget | None, profile: str) -> QMessageBox:
    """The About box, not yet shown: the version, what the app is, the profile folder (plain text)."""
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("About", "Om Mødemappe"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the profile path is data
    title = QCoreApplication.translate("About", "%1, version %2")
    box.setText(title.replace("%1", APP_NAME).replace("%2", __version__))
    lines = [
        QCoreApplication.translate("About", "Læser og noter til kommunale udvalgspapirer (dagsordener og referater)."),
        QCoreApplication.translate("About", "Dine data: %1").replace("%1", display_name(profile)),
        QCoreApplication.translate("About", "Hvad hver version ændrede i dine gemte data: CHANGELOG.md"),
    ]
    box.setInformativeText("\n\n".join(lines))
    return box
