"""Starting the window: application object, translations, profile, demo, offscreen screenshots."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.services import settings as keys
from app.services.demo import demo_files
from app.services.profile import resolve_profile, temporary_demo_profile
from app.services.settings import Settings
from app.services.tasks import shutdown as shutdown_workers
from app.services.workspace import ProfileLockedError, Workspace
from app.ui.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Danish is the source language; English comes from our .qm. Qt's own dialogs follow."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    # English is a full translation; Danish, the source language, only brings its counted texts.
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"moedemappe_{'en' if language == 'en' else 'da'}.qm")):
        app.installTranslator(ours)
        translators.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Danish))
    return translators


def _install_excepthook(window: MainWindow) -> None:
    """A user never sees a traceback: one friendly dialog, the details in the profile's log."""

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        log = window.library.profile / "error.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(kind, value, tb)))  # type: ignore[arg-type]
        message = QCoreApplication.translate("MainWindow", "Der opstod en uventet fejl. Dit arbejde er gemt.")
        QMessageBox.warning(window, APP_NAME, message)

    sys.excepthook = hook


def report_store_problems(window: MainWindow, workspace: Workspace) -> None:
    """A damaged annotations file was moved aside: say so plainly and offer the newest backup."""
    store = workspace.store
    report = store.report
    if report.moved_aside is None:
        return
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(QCoreApplication.translate("MainWindow", "En del af dine noter kunne ikke læses."))
    info = QCoreApplication.translate("MainWindow", "Filen er flyttet til side (%1) og er ikke slettet.").replace(
        "%1", report.moved_aside.name
    )
    box.setInformativeText(info)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file name is data
    restore = None
    if report.newest_backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("MainWindow", "Hent noterne fra den nyeste sikkerhedskopi"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore is not None and box.clickedButton() is restore and report.newest_backup is not None:
        store.restore_backup(report.newest_backup)


def launch(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    profile = temporary_demo_profile() if args.demo and not args.profile else resolve_profile(args.profile)
    settings = Settings(profile)
    language = args.lang or settings.get(keys.LANGUAGE)
    install_translations(app, language)
    try:
        workspace = Workspace(profile)
    except ProfileLockedError:
        QMessageBox.information(
            None, APP_NAME,
            QCoreApplication.translate("MainWindow", "Mødemappe er allerede åben med denne profil. "
                                                     "Skift til det åbne vindue."),
        )  # fmt: skip
        return 1
    library = workspace.library
    window = MainWindow(library, settings, workspace.annotations)
    app.aboutToQuit.connect(workspace.close)  # the lock is held for the life of the window
    app.aboutToQuit.connect(shutdown_workers)  # the worker and its parser children end with the app
    report_store_problems(window, workspace)
    _install_excepthook(window)
    window.show()
    pending_demo = args.demo and not library.meetings()

    def ready(_summary: object = None) -> None:
        if args.select and not window.select(args.select):
            print(f"--select: no item or meeting with id {args.select!r}", file=sys.stderr)
        elif pending_demo and not args.select:
            window.select_first_item()
        if getattr(args, "original", False):
            window.centre.show_original()
        if args.screenshot:
            QTimer.singleShot(250, save)

    def save(attempt: int = 0) -> None:
        if window.centre.rendering() and attempt < 40:  # the page view's pages are on their way
            QTimer.singleShot(100, lambda: save(attempt + 1))
            return
        window.grab().save(args.screenshot)
        app.quit()

    if args.screenshot and (window.width() < 1280 or window.height() < 800):
        window.resize(max(window.width(), 1360), max(window.height(), 860))
        window.splitter.setSizes([380, 640, 340])

    if os.environ.get("MOEDEMAPPE_PROBE"):
        from app.ui.probe import StartupProbe

        window.probe = StartupProbe(window, app)  # type: ignore[attr-defined]
    if pending_demo:
        window.import_finished.connect(ready)
        window.import_paths(demo_files())  # in the background, with progress
    else:
        ready()
    return app.exec()
