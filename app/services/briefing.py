"""The briefing use case for the window: write the PDF in the worker process, report on the GUI thread.

The command line renders in its own process directly (``main.py export-briefing``); both use
:func:`app.export.selection.select` and :func:`app.export.briefing.render`.

Signals: ``written(str, int)`` — the PDF's path and its page count; ``failed(str)``.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.export.briefing import BriefingOptions, BriefingResult, Marks, ensure_gui_application, render
from app.export.selection import BriefingEntry, select
from app.model.annotation import Highlight
from app.services import settings as keys
from app.services.language import LANGUAGES, use_language
from app.services.library.bilag import briefing_documents
from app.services.settings import Settings
from app.services.workers.progress import Progress
from app.services.workers.tasks import Poller, Task
from app.storage.annotations import AnnotationStore
from app.storage.library import Library

__all__ = ["BriefingOptions", "BriefingResult", "BriefingService", "BriefingStopped", "profile_language",
           "write_briefing", "write_briefing_limited"]  # fmt: skip


def profile_language(profile: Path) -> str:
    """The language the member chose for the window (View → Sprog), Danish if none or unknown."""
    language = str(Settings(profile).get(keys.LANGUAGE))
    return language if language in LANGUAGES else "da"


def write_briefing(library: Library, store: AnnotationStore, selection: dict[str, Any], options: BriefingOptions,
                   out: Path) -> BriefingResult | None:  # fmt: skip
    """Write the briefing for ``selection`` (see :func:`app.export.selection.select`); None if no item matches.

    It speaks ``options.language``: this process's translators are switched to it if they speak another.
    """
    ensure_gui_application()
    use_language(options.language)
    if not options.title and selection.get("tag"):
        title = QCoreApplication.translate("Briefing", "Tag: %1").replace("%1", str(selection["tag"]))
        options = replace(options, title=title)
    elif not options.title and selection.get("follow_up"):
        options = replace(options, title=QCoreApplication.translate("Briefing", "Åbne opfølgninger"))
    entries = select(library, store, **selection)
    if not options.changes:  # what the newest version of each meeting changed: marked, listed first
        options = replace(options, changes=changed_items(library, [e.meeting_id for e in entries]))
    if not entries:
        return None
    documents = briefing_documents(library.profile)
    marks = bilag_marks(entries, documents) if options.bilag != "none" else {}
    return render(entries, options, Path(out), documents, marks)


MAX_MARKS = 5_000  # bilag highlights located for one briefing (each reads its page's text with PDFium)


def bilag_marks(entries: list[BriefingEntry], documents: dict[str, tuple[str, str]]) -> Marks:
    """Where each highlight on a bilag page stands: highlight id → line boxes in the page's user space.

    Found again by PDFium from the stored quote (and its context, where the words occur twice), by
    the same rule that draws them in the page view. Runs where the briefing is written — in the
    limited child — since it opens the bilag's bytes. A bilag or page that cannot be read gets no marks.
    """
    import pypdfium2 as pdfium

    from app.services.workers.page_render import quote_boxes

    wanted: dict[str, dict[int, list[Highlight]]] = {}
    count = 0
    for entry in entries:
        for h in entry.annotation.highlights if entry.annotation else []:
            if h.document in documents and h.page > 0 and h.quote.exact.strip() and count < MAX_MARKS:
                wanted.setdefault(h.document, {}).setdefault(h.page, []).append(h)
                count += 1
    marks: Marks = {}
    for sha, pages in wanted.items():
        try:
            pdf = pdfium.PdfDocument(documents[sha][1])
        except Exception:  # damaged or encrypted: the bilag is named in the notes, not marked
            continue
        try:
            for page, highlights in sorted(pages.items()):
                if page > len(pdf):
                    continue
                quotes = [(h.quote.exact, h.quote.prefix, h.quote.suffix) for h in highlights]
                with contextlib.suppress(Exception):  # a page PDFium cannot read keeps its highlights unmarked
                    for h, boxes in zip(highlights, quote_boxes(pdf, page - 1, quotes)):
                        marks[h.highlight_id] = boxes
        finally:
            pdf.close()
    return marks


def changed_items(library: Library, meeting_ids: list[str]) -> dict[str, list[object]]:
    """Item id → [kinds, from_number, changed sections] for the briefing's Δ and its first-page list."""
    from app.services.library.versions import meeting_news

    found: dict[str, list[object]] = {}
    for meeting_id in dict.fromkeys(meeting_ids):
        for number, change in meeting_news(library, meeting_id).items():
            found[f"{meeting_id}:{number}"] = [list(change.kinds), change.from_number, list(change.sections)]
    return found


def render_in_child(profile: str, selection: dict[str, Any], options: dict[str, Any], out: str,
                    part: Any = None) -> tuple[str, ...] | None:  # fmt: skip
    """The briefing, written in a limited task child: ``("ok", path, pages, items)``, ``("refused", line)``
    for a cap (:class:`app.export.briefing.BriefingTooLarge`), or None when no item matches."""
    from app.export.briefing import BriefingTooLarge
    from app.storage.library import DamagedMeetingFile

    del part
    path = Path(profile)
    library = Library(path)
    store = AnnotationStore(path, take_backup=False, read_only=True)  # the child only reads the notes
    try:
        result = write_briefing(library, store, selection, BriefingOptions(**options), Path(out))
    except (BriefingTooLarge, DamagedMeetingFile) as err:
        return ("refused", str(err))
    finally:
        store.close()
    return None if result is None else ("ok", str(result.path), str(result.pages), str(len(result.outline)))


class BriefingStopped(Exception):
    """The briefing was not written: a cap or a limit stopped it; ``str()`` is one line (English)."""


def write_briefing_limited(profile: Path, selection: dict[str, Any], options: BriefingOptions,
                           out: Path) -> tuple[str, int, int] | None:  # fmt: skip
    """Write the briefing in a limited child (time, memory — :data:`BRIEFING_LIMITS`; pages, size and
    items — the caps of :mod:`app.export.briefing`): (path, pages, items), None if no item matches.

    Raises:
        BriefingStopped: one line saying which limit stopped it; nothing was written (a half-written
            file is removed, and any left by a killed export is cleaned at the next one).
    """
    from app.export.briefing import TEMP_PREFIX
    from app.services.workers.isolation import BRIEFING_LIMITS, Refusal, TaskStopped, task_child

    child = task_child("briefing", BRIEFING_LIMITS)
    try:
        reply = child.run("briefing", str(profile), selection, asdict(options), str(out))
    except TaskStopped as err:
        for tmp in Path(out).parent.glob(TEMP_PREFIX + "*.pdf.tmp"):  # the killed child's half-written file
            tmp.unlink(missing_ok=True)
        limits = child.limits
        why = {
            Refusal.TOO_SLOW: f"it took longer than {limits.wall_seconds:.0f} s (or {limits.cpu_seconds} s of CPU)",
            Refusal.TOO_LARGE: f"it needed more than {limits.memory_bytes // (1024 * 1024)} MB of memory",
            Refusal.INTERRUPTED: "it was cancelled",
        }.get(err.reason, f"it failed ({err.detail or 'unexpected error'})")
        raise BriefingStopped(f"the briefing was not written: {why}; choose fewer items") from None
    if reply is None:
        return None
    if reply[0] == "refused":
        raise BriefingStopped(f"the briefing was not written: {reply[1]}")
    return reply[1], int(reply[2]), int(reply[3])


def briefing_job(progress: Progress, cancel: Any, profile: str, selection: dict[str, Any], options: dict[str, Any],
                 out: str) -> tuple[str, int]:  # fmt: skip
    """Render a briefing PDF for the window: from the worker process, in a limited child (time,
    memory, pages, size — :func:`write_briefing_limited`).

    Raises:
        BriefingStopped: a limit or cap stopped it (one line); nothing was written.
    """
    del cancel
    progress(0, 1, out)
    result = write_briefing_limited(Path(profile), selection, BriefingOptions(**options), Path(out))
    if result is None:
        raise BriefingStopped("nothing to export: no item matches")
    return result[0], result[1]


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
