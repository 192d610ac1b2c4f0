"""Starting the window: the application object, the demo library, offscreen screenshots."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.model import Meeting
from app.services.demo import load_demo_meetings
from app.services.tasks import run_task
from app.ui.main_window import MainWindow


def _install_excepthook(window: MainWindow) -> None:
    """A user never sees a traceback: one friendly dialog, the details on stderr."""

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        sys.__excepthook__(kind, value, tb)  # type: ignore[arg-type]
        QMessageBox.warning(window, APP_NAME, window.tr("Der opstod en uventet fejl. Dit arbejde er ikke tabt."))

    sys.excepthook = hook


def launch(args: argparse.Namespace) -> int:
    if args.screenshot:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    window = MainWindow()
    _install_excepthook(window)

    def shown(meetings: list[Meeting]) -> None:
        window.show_meetings(meetings)
        window.select_first_item(int(args.select) if args.select and args.select.isdigit() else 3)
        if args.screenshot:
            QTimer.singleShot(300, save)

    def save() -> None:
        window.grab().save(args.screenshot)
        app.quit()

    signals = run_task(load_demo_meetings, window)
    signals.finished.connect(shown)
    signals.failed.connect(window.statusBar().showMessage)
    window.show()
    return app.exec()
