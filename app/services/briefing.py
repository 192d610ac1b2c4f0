"""The briefing use case for the window: write the PDF in the worker process, report on the GUI thread.

The command line renders in its own process directly (``main.py export-briefing``); both use
:func:`app.export.selection.select` and :func:`app.export.briefing.render`.

Signals: ``written(str, int)`` — the PDF's path and its page count; ``failed(str)``.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.export.briefing import BriefingOptions, BriefingResult, ensure_gui_application, render
from app.export.selection import select
from app.services import settings as keys
from app.services.jobs import briefing_job
from app.services.language import LANGUAGES, use_language
from app.services.settings import Settings
from app.services.workers.tasks import Poller, Task
from app.storage.annotations import AnnotationStore
from app.storage.library import Library

__all__ = ["BriefingOptions", "BriefingResult", "BriefingService", "profile_language", "write_briefing"]


def profile_language(profile: Path) -> str:
    """The language the member chose for the window (View → Sprog), Danish if none or unknown."""
    language = str(Settings(profile).get(keys.LANGUAGE))
    return language if language in LANGUAGES else "da"


def write_briefing(library: Library, store: AnnotationStore, selection: dict[str, Any], options: BriefingOptions,
                   out: Path) -> BriefingResult | None:  # fmt: skip
    """Write the briefing for ``selection`` (see :func:`app.export.selection.select`); None if no item matches.

    It speaks ``options.language``: this process's translators are switched to it if they speak another.
    """
    from app.services.library.bilag import briefing_documents

    ensure_gui_application()
    use_language(options.language)
    if not options.title and selection.get("tag"):
        title = QCoreApplication.translate("Briefing", "Tag: %1").replace("%1", str(selection["tag"]))
        options = replace(options, title=title)
    elif not options.title and selection.get("follow_up"):
        options = replace(options, title=QCoreApplication.translate("Briefing", "Åbne opfølgninger"))
    entries = select(library, store, **selection)
    return render(entries, options, Path(out), briefing_documents(library.profile)) if entries else None


class BriefingService(QObject):
    """Signals: ``written(str, int)``, ``failed(str)``."""

    written = Signal(str, int)
    failed = Signal(str)

    def __init__(self, profile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = Path(profile)
        self._poller = Poller(self)
        self._task: Task | None = None

    def export(self, selection: dict[str, Any], options: BriefingOptions, target: Path) -> None:
        """Start writing the briefing to ``target``; ``written`` or ``failed`` follows."""
        self._task = self._poller.start(
            briefing_job,
            (str(self.profile), selection, asdict(options), str(target)),
            self._on_task_finished,
            on_failed=self._on_task_failed,
        )

    def _on_task_finished(self, result: tuple[str, int]) -> None:
        self._task = None
        self.written.emit(*result)

    def _on_task_failed(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)
