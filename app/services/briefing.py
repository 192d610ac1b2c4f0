"""The briefing use case for the window: write the PDF in the worker process, report on the GUI thread.

The command line renders in its own process directly (``main.py export-briefing``); both use
:func:`app.export.selection.select` and :func:`app.export.briefing.render`.

Signals: ``written(str, int)`` — the PDF's path and its page count; ``failed(str)`` — why not, one line
in the window's language.
"""

from __future__ import annotations

import contextlib
from dataclasses import asdict, replace
from enum import Enum
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
from app.services.workers.tasks import JobError, Poller, Task
from app.storage.annotations import AnnotationStore
from app.storage.library import Library

__all__ = ["BriefingOptions", "BriefingResult", "BriefingService", "BriefingStopped", "StopReason", "profile_language",
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
    if options.bilag != "none" and not options.turns:  # printed the way the member turned them to read
        turned = Settings(library.profile).page_rotations()
        turns = {sha: turned[Path(path).name] for sha, (_name, path) in documents.items() if Path(path).name in turned}
        options = replace(options, turns=turns)
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
    """The briefing, written in a limited task child: ``("ok", path, pages, items)``, ``("refused", line,
    cap, *numbers)`` for a cap (:class:`app.export.briefing.BriefingTooLarge`) or a damaged meeting file,
    or None when no item matches."""
    from app.export.briefing import BriefingTooLarge
    from app.storage.library import DamagedMeetingFile

    del part
    path = Path(profile)
    library = Library(path)
    store = AnnotationStore(path, take_backup=False, read_only=True)  # the child only reads the notes
    try:
        result = write_briefing(library, store, selection, BriefingOptions(**options), Path(out))
    except BriefingTooLarge as err:
        return ("refused", str(err), err.cap, *(str(v) for v in err.values))
    except DamagedMeetingFile as err:
        return ("refused", str(err), "damaged", err.meeting_id, err.path.name)
    finally:
        store.close()
    return None if result is None else ("ok", str(result.path), str(result.pages), str(len(result.outline)))


translate = QCoreApplication.translate  # lupdate reads translate("Briefing", "…") calls


class StopReason(str, Enum):
    """Why a briefing was not written (the line for it: :meth:`BriefingStopped.text`)."""

    TOO_SLOW = "too_slow"  # the child's time limit
    NO_MEMORY = "no_memory"  # the child's memory limit
    CANCELLED = "cancelled"
    FAILED = "failed"  # the child died otherwise
    ITEMS = "items"  # over MAX_ITEMS
    PAGES = "pages"  # over MAX_PAGES
    BYTES = "bytes"  # over MAX_BYTES
    DAMAGED = "damaged"  # a stored meeting file cannot be read
    NOTHING = "nothing"  # no item matches
    WORKER_GONE = "worker_gone"  # the window's worker process stopped


class BriefingStopped(Exception):
    """The briefing was not written: a cap or a limit stopped it.

    ``str()`` is the command line's one line (English); :meth:`text` says the same in the window's
    language. ``values`` are the numbers and names the line needs (plain strings: it crosses processes).
    """

    def __init__(self, reason: StopReason, *values: str, line: str = "") -> None:
        super().__init__(line or f"the briefing was not written: {reason.value}")
        self.reason = reason
        self.values = values

    def text(self) -> str:
        """Why, as one line in the language the window speaks (after "Briefingen kunne ikke skrives: ")."""
        lines = {
            StopReason.TOO_SLOW: translate("Briefing", "den tog over %1 s (eller %2 s CPU-tid); vælg færre punkter"),
            StopReason.NO_MEMORY: translate("Briefing", "den krævede mere end %1 MB hukommelse; vælg færre punkter"),
            StopReason.CANCELLED: translate("Briefing", "den blev afbrudt"),
            StopReason.FAILED: translate("Briefing", "den stoppede uventet (%1); vælg færre punkter"),
            StopReason.ITEMS: translate("Briefing", "%1 punkter; en briefing kan højst have %2 (vælg færre punkter)"),
            StopReason.PAGES: translate(
                "Briefing", "%1 sider; en briefing kan højst have %2 (vælg færre punkter, eller udelad den fulde tekst)"
            ),
            StopReason.BYTES: translate("Briefing", "den ville fylde mere end %1 MB (tag færre bilag med)"),
            StopReason.DAMAGED: translate("Briefing", "det gemte møde %1 (%2) er beskadiget; importér mødet igen"),
            StopReason.NOTHING: translate("Briefing", "intet at eksportere: ingen punkter passer"),
            StopReason.WORKER_GONE: translate("Briefing", "baggrundsprocessen stoppede; prøv igen"),
        }
        line = lines[self.reason]
        for n, value in enumerate(self.values, start=1):
            line = line.replace(f"%{n}", value)
        return line


def write_briefing_limited(profile: Path, selection: dict[str, Any], options: BriefingOptions,
                           out: Path) -> tuple[str, int, int] | None:  # fmt: skip
    """Write the briefing in a limited child (time, memory — :data:`BRIEFING_LIMITS`; pages, size and
    items — the caps of :mod:`app.export.briefing`): (path, pages, items), None if no item matches.

    Raises:
        BriefingStopped: which limit stopped it; nothing was written (a half-written file is removed,
            and any left by a killed export is cleaned at the next one).
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
        megabytes = str(limits.memory_bytes // (1024 * 1024))
        stopped = {
            Refusal.TOO_SLOW: (StopReason.TOO_SLOW, (f"{limits.wall_seconds:.0f}", str(limits.cpu_seconds)),
                               f"it took longer than {limits.wall_seconds:.0f} s (or {limits.cpu_seconds} s of CPU)"),
            Refusal.TOO_LARGE: (StopReason.NO_MEMORY, (megabytes,), f"it needed more than {megabytes} MB of memory"),
            Refusal.INTERRUPTED: (StopReason.CANCELLED, (), "it was cancelled"),
        }  # fmt: skip
        detail = err.detail or "unexpected error"
        reason, values, why = stopped.get(err.reason, (StopReason.FAILED, (detail,), f"it failed ({detail})"))
        line = f"the briefing was not written: {why}; choose fewer items"
        raise BriefingStopped(reason, *values, line=line) from None
    if reply is None:
        return None
    if reply[0] == "refused":
        reason = StopReason(reply[2]) if reply[2] in {r.value for r in StopReason} else StopReason.FAILED
        raise BriefingStopped(reason, *reply[3:], line=f"the briefing was not written: {reply[1]}")
    return reply[1], int(reply[2]), int(reply[3])


def briefing_job(progress: Progress, cancel: Any, profile: str, selection: dict[str, Any], options: dict[str, Any],
                 out: str) -> tuple[str, ...]:  # fmt: skip
    """Render a briefing PDF for the window: from the worker process, in a limited child (time,
    memory, pages, size — :func:`write_briefing_limited`). ``("written", path, pages)``, or
    ``("stopped", reason, *values)`` when a limit or cap stopped it (nothing was written), so the
    window can say why in its own language.
    """
    del cancel
    progress(0, 1, out)
    try:
        result = write_briefing_limited(Path(profile), selection, BriefingOptions(**options), Path(out))
    except BriefingStopped as err:
        return ("stopped", err.reason.value, *err.values)
    if result is None:
        return ("stopped", StopReason.NOTHING.value)
    return ("written", result[0], str(result[1]))


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

    def _on_task_finished(self, result: tuple[str, ...]) -> None:
        self._task = None
        if result[0] == "written":
            self.written.emit(result[1], int(result[2]))
        else:  # said here, in the GUI process, in the window's language
            reason = StopReason(result[1]) if result[1] in {r.value for r in StopReason} else StopReason.FAILED
            self.failed.emit(BriefingStopped(reason, *result[2:]).text())

    def _on_task_failed(self, message: str) -> None:
        """The worker ended without an answer: cancelled, gone, or an error of its own (its line kept)."""
        self._task = None
        if message == JobError.CANCELLED:
            self.failed.emit(BriefingStopped(StopReason.CANCELLED).text())
        elif message in (JobError.WORKER_GONE, JobError.PROFILE_IN_USE):
            self.failed.emit(BriefingStopped(StopReason.WORKER_GONE).text())
        else:
            self.failed.emit(BriefingStopped(StopReason.FAILED, message).text())
