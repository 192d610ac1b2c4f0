"""Starting the window: application object, translations, profile, demo, offscreen screenshots."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.services import settings as keys
from app.services.demo import demo_files
from app.services.profile import resolve_profile, temporary_demo_profile
from app.services.readonly import write_problem
from app.services.settings import Settings
from app.services.startup import StoreProblem, open_workspace
from app.services.workers.tasks import shutdown as shutdown_workers
from app.services.workspace import ProfileLockedError, Workspace
from app.ui.language import TRANSLATIONS, switcher
from app.ui.main_window import MainWindow
from app.ui.messages import read_only_reason, store_problem_reason
from app.ui.notes_backup_offer import offer_notes_backup
from app.ui.plain import display_name
from app.ui.store_damage import report_damaged_stores

ICON = TRANSLATIONS.parent / "icons" / "moedemappe.png"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Danish is the source language; English comes from our .qm. Qt's own dialogs follow."""
    languages = switcher()
    languages.switch(language)
    return languages.translators()


def _install_excepthook(window: MainWindow) -> None:
    """A user never sees a traceback: one friendly dialog, the details in the profile's log."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log = window.library.profile / "error.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(kind, value, tb)))
        message = QCoreApplication.translate("MainWindow", "Der opstod en uventet fejl. Dit arbejde er gemt.")
        QMessageBox.warning(window, APP_NAME, message)

    sys.excepthook = hook


def report_store_problems(window: MainWindow, workspace: Workspace) -> QMessageBox | None:
    """A damaged annotations file was moved aside, or a backup is still kept since one was:
    say so plainly and offer that backup — restore it, keep it for later, or dismiss it."""
    store = workspace.store
    report = store.report
    kept = store.kept_backups()
    backup = report.newest_backup if report.moved_aside_all else (kept[-1] if kept else None)
    if not report.moved_aside_all and backup is None:
        return None
    box = QMessageBox(window)
    box.setObjectName("store_problems")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    if report.moved_aside_all:
        box.setText(QCoreApplication.translate("MainWindow", "En del af dine noter kunne ikke læses."))
        if store.read_only:
            info = QCoreApplication.translate("MainWindow", "Filen kan ikke læses og er ladt urørt: %1")
        else:
            info = QCoreApplication.translate("MainWindow", "Filen er flyttet til side og er ikke slettet: %1")
        info = info.replace("%1", ", ".join(display_name(p.name) for p in report.moved_aside_all))
    else:
        box.setText(QCoreApplication.translate("MainWindow", "En sikkerhedskopi af dine noter gemmes stadig."))
        info = QCoreApplication.translate(
            "MainWindow", "Den blev sat til side, da en beskadiget fil blev fundet, og gemmes, til du vælger."
        )
    box.setInformativeText(info)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file names are data
    restore = dismiss = None
    if backup is not None and not store.read_only:
        restore_text = QCoreApplication.translate("MainWindow", "Hent noterne fra sikkerhedskopien")
        restore = box.addButton(restore_text, QMessageBox.ButtonRole.AcceptRole)
        if backup in store.kept_backups():
            dismiss_text = QCoreApplication.translate("MainWindow", "Kassér sikkerhedskopien")
            dismiss = box.addButton(dismiss_text, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("MainWindow", "Senere"), QMessageBox.ButtonRole.RejectRole)
    box.setProperty("restore_button", restore)
    box.setProperty("dismiss_button", dismiss)
    box.buttonClicked.connect(StoreChoice(window, store, backup, restore, dismiss, box).on_box_button_clicked)
    box.open()  # not exec(): the window comes up behind it and nothing waits in a nested loop
    return box


class StoreChoice(QObject):
    """Carries out the member's answer to the damaged-notes message (restore, dismiss or later)."""

    def __init__(self, window: MainWindow, store: Any, backup: Path | None, restore: object,
                 dismiss: object, box: QMessageBox) -> None:  # fmt: skip
        super().__init__(box)
        self.window, self.store, self.backup = window, store, backup
        self.restore, self.dismiss = restore, dismiss

    def on_box_button_clicked(self, button: object) -> None:
        if button is self.restore and self.restore is not None:
            panel = self.window.panel
            item_id, title = panel.item_id, panel.title.text()
            panel.set_item(None)  # saves what was typed; the panel must not write its old text over the restored one
            self.store.restore_kept_backup()
            self.window.reload_library()  # badges, search and the open item show the notes that came back
            panel.set_item(item_id, title)
        elif button is self.dismiss and self.dismiss is not None and self.backup is not None:
            self.store.dismiss_kept_backup(self.backup)


def open_window(profile: Path, settings: Settings,
                problems: list[StoreProblem] | None = None) -> tuple[MainWindow, Workspace]:  # fmt: skip
    """The window on ``profile``: for writing, or — a read-only profile, a full disk — for reading,
    with a banner naming the cause; a store that cannot be opened (any exception) likewise, the
    banner naming its file, the cause and the newest backup. Never refuses to start for these.

    ``problems``, when given, receives the store problem (if any) for the caller to act on.

    Raises:
        ProfileLockedError: another Mødemappe is writing this profile.
    """
    problem = write_problem(profile)
    workspace, store_problem = open_workspace(profile, writer=problem is None)
    window = MainWindow(workspace.library, settings, workspace.annotations)
    if store_problem is not None:  # a store that could not be opened: read, never a traceback
        window.show_read_only(store_problem_reason(store_problem))
        if problems is not None:
            problems.append(store_problem)
    elif problem is not None:
        window.show_read_only(read_only_reason(problem))
    return window, workspace


def launch(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The one application object here is a QApplication (instance() is typed as its base class).
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("moedemappe")  # matches packaging/moedemappe.desktop
    app.setWindowIcon(QIcon(str(ICON)))
    profile = temporary_demo_profile() if args.demo and not args.profile else resolve_profile(args.profile)
    settings = Settings(profile)
    language = args.lang or settings.get(keys.LANGUAGE)
    install_translations(app, language)
    store_problems: list[StoreProblem] = []
    try:
        window, workspace = open_window(profile, settings, store_problems)
    except ProfileLockedError:
        QMessageBox.information(
            None, APP_NAME,
            QCoreApplication.translate("MainWindow", "Mødemappe er allerede åben med denne profil. "
                                                     "Skift til det åbne vindue."),
        )  # fmt: skip
        return 1
    library = workspace.library
    app.aboutToQuit.connect(workspace.close)  # the lock is held for the life of the window
    app.aboutToQuit.connect(shutdown_workers)  # the worker and its parser children end with the app
    report_store_problems(window, workspace)
    report_damaged_stores(window, workspace)  # a damaged bilag index or portal state
    for store_problem in store_problems:  # notes that cannot be opened at all: offer the newest backup
        offer_notes_backup(window, profile, store_problem)
    _install_excepthook(window)
    if args.screenshot:
        window.state.persist = False  # a rendering, not a session: the saved layout stays as it was
    if args.window_size:
        window.resize(*args.window_size)
    elif args.screenshot and (window.width() < 1280 or window.height() < 800):
        window.resize(max(window.width(), 1360), max(window.height(), 860))
    window.show()  # the panes are shared out when the window is first shown
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


    if os.environ.get("MOEDEMAPPE_PROBE"):
        from app.ui.probe import StartupProbe

        window.probe = StartupProbe(window, app)  # type: ignore[attr-defined]  # only set when probing start-up
    if pending_demo:
        window.import_finished.connect(ready)
        window.import_paths(demo_files())  # in the background, with progress
    else:
        ready()
    return app.exec()
