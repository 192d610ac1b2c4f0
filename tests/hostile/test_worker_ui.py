"""The window's background worker (#11.2, #11.4): killed, cancelled, closed — and the next import works.

Real worker processes, real SIGKILL; no Python thread may run beside the Qt event loop.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.services.notes.annotations import AnnotationService
from app.services.plaintext import display_name
from app.services.settings import Settings
from app.services.workers import tasks
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.hostile.conftest import all_files
from tests.hostile.corpus import Corpus, good_minutes, slow_pdf
from tests.hostile.processes import alive, wait_dead


@pytest.fixture
def window(qtbot, tmp_path: Path, test_limits_env: dict[str, str]) -> MainWindow:  # type: ignore[no-untyped-def]
    tasks.shutdown()  # the next worker is spawned with the test limits in its environment
    profile = tmp_path / "profile"
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.search.busy, timeout=30000)
    yield window
    window.close()
    tasks.shutdown()


def _slow_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file that keeps a parser busy; generous limits so that only the test stops it."""
    monkeypatch.setenv("MOEDEMAPPE_PARSE_CPU_SECONDS", "60")
    monkeypatch.setenv("MOEDEMAPPE_PARSE_WALL_SECONDS", "60")
    tasks.shutdown()
    slow = slow_pdf(folder / "mange-sider.pdf")
    return slow


def _good(folder: Path, day: int) -> Path:
    path = folder / f"god-{day}.txt"
    path.write_text(good_minutes(day), encoding="utf-8")
    return path


@pytest.mark.torture
def test_the_window_imports_the_good_files_and_lists_each_hostile_one(qtbot, window: MainWindow,
                                                                      corpus: Corpus) -> None:  # fmt: skip
    with qtbot.waitSignal(window.import_finished, timeout=90000) as finished:
        window.import_paths(all_files(corpus))
    summary = finished.args[0]
    named = summary.added + summary.replaced + summary.merged + summary.unchanged + [name for name, _ in summary.failed]
    assert sorted(named) == sorted(p.name for p in all_files(corpus))
    assert {p.name for p in corpus.good} <= set(summary.added)
    box = window.findChild(QMessageBox, "import_failures")
    lines = box.informativeText().splitlines()
    for name, _reason in summary.failed:
        assert sum(line.startswith(f"• {display_name(name)}: ") for line in lines) == 1
    assert "fifo.pdf: Ikke en almindelig fil" in box.informativeText()
    assert "for-stor.pdf: Filen er for stor" in box.informativeText()
    box.close()
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]
    titles = [i.title for r in window.library.meetings() for i in r.items]
    assert '<img src="/dev/zero"> X' in titles


def test_after_the_worker_is_killed_mid_import_the_next_import_works(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    slow = _slow_file(tmp_path, monkeypatch)
    with qtbot.waitSignal(window.import_finished, timeout=60000) as finished:
        window.import_paths([slow, _good(tmp_path, 1)])
        qtbot.waitUntil(lambda: bool(child_pids_of_worker()), timeout=20000)
        worker, parsers = tasks.worker_pid(), child_pids_of_worker()
        assert worker is not None
        os.kill(worker, signal.SIGKILL)
    summary = finished.args[0]
    assert [name for name, _ in summary.failed] == ["mange-sider.pdf", "god-1.txt"]
    assert "Importen blev afbrudt" in window.findChild(QMessageBox, "import_failures").informativeText()
    window.findChild(QMessageBox, "import_failures").close()
    # Its parser children died with it (PR_SET_PDEATHSIG): no orphans.
    assert wait_dead(parsers) == []
    # The next import starts a fresh worker and works.
    with qtbot.waitSignal(window.import_finished, timeout=60000) as again:
        window.import_paths([_good(tmp_path, 2)])
    assert again.args[0].added == ["god-2.txt"]
    assert tasks.worker_pid() not in (None, worker)


def test_cancel_stops_a_hostile_import_at_once(qtbot, window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    slow = _slow_file(tmp_path, monkeypatch)
    with qtbot.waitSignal(window.import_finished, timeout=30000) as finished:
        window.import_paths([slow, _good(tmp_path, 3)])
        qtbot.waitUntil(lambda: bool(child_pids_of_worker()), timeout=20000)
        started = time.monotonic()
        cancel = window.importer._progress.findChild(QPushButton)  # type: ignore[union-attr]
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 5
    assert finished.args[0].cancelled
    assert finished.args[0].added == []


def test_closing_the_window_during_an_import_ends_the_worker(qtbot, window: MainWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    slow = _slow_file(tmp_path, monkeypatch)
    window.import_paths([slow])
    qtbot.waitUntil(lambda: bool(child_pids_of_worker()), timeout=20000)
    worker, parsers = tasks.worker_pid(), child_pids_of_worker()
    started = time.monotonic()
    window.close()
    tasks.shutdown()  # what the application does on aboutToQuit
    assert time.monotonic() - started < 8
    assert worker is not None and not alive(worker)
    assert wait_dead(parsers) == []


def child_pids_of_worker() -> list[int]:
    """The parser children of the window's worker process (read from /proc)."""
    worker = tasks.worker_pid()
    if worker is None:
        return []
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                status = (entry / "status").read_text()
            except OSError:
                continue
            if f"\nPPid:\t{worker}\n" in status and "State:\tZ" not in status:
                found.append(int(entry.name))
    return found
