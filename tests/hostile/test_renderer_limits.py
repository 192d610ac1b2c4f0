"""The page renderer and the workers under limits (#22.1): a watchdog per render, a message on the
page, and nothing left running when the window's process is killed.

The slow page is 300,000 filled triangles in one compressed content stream (22 KB): PDFium
spends minutes on it. Real child processes, real SIGKILL.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.services.pages import PageRenderer
from tests.helpers.pdf_builder import build_pdf
from tests.hostile.corpus import _deflated, _one_page_pdf, heavy_text_pdf
from tests.hostile.processes import alive, wait_dead

ROOT = Path(__file__).resolve().parents[2]


def slow_render_pdf(path: Path) -> Path:
    path.write_bytes(_one_page_pdf(_deflated(b"10 10 m 500 800 l 20 700 l f " * 10_000, 30, 6)))
    return path


def test_the_watchdog_counts_each_render_and_the_page_says_why_it_is_blank(qtbot, tmp_path: Path) -> None:
    slow = str(slow_render_pdf(tmp_path / "tung.pdf"))
    fast = str(tmp_path / "let.pdf")
    build_pdf("Punkt 1: Let side\n\nGodkendt.", Path(fast), "Referat")
    renderer = PageRenderer()
    renderer.watchdog_ms = 1500
    failed: list[tuple[str, int, str]] = []
    rendered: list[tuple[str, int]] = []
    renderer.page_failed.connect(lambda path, index, reason: failed.append((path, index, reason)))
    renderer.page_rendered.connect(lambda path, index, *_rest: rendered.append((path, index)))
    try:
        started = time.monotonic()
        renderer.want(slow, [0], 800)
        # A member moving between items: a new request every 200 ms. Counted per request (as
        # before), the watchdog never fired; counted per render, it fires on time.
        while not failed and time.monotonic() - started < 20:
            renderer.find(fast, 0, ["Let"])
            qtbot.wait(200)
        elapsed = time.monotonic() - started
        assert failed == [(slow, 0, "too_slow")]
        assert elapsed < 10  # 1.5 s and the time to notice on a loaded machine; per request: never
        renderer.want(fast, [0], 400)  # a fresh child takes the next page at once
        qtbot.waitUntil(lambda: (fast, 0) in rendered, timeout=15000)
    finally:
        renderer.stop()


def test_the_page_view_writes_the_reason_on_the_page(qtbot, tmp_path: Path) -> None:
    from app.ui.page_view import PageCanvas

    renderer = PageRenderer()
    canvas = PageCanvas(renderer)
    qtbot.addWidget(canvas)
    try:
        canvas.set_document("x.pdf", [(595.0, 842.0)])
        renderer.page_failed.emit("x.pdf", 0, "too_slow")
        assert "for lang tid" in canvas.failed_pages[0]
        canvas.resize(400, 600)
        canvas.grab()  # paints the message without an error
    finally:
        renderer.stop()


WINDOW = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from app.services.search import index_job
from app.services.pages import PageRenderer
from app.services.workers.tasks import Poller
from app.storage.bilag import BilagStore

app = QCoreApplication([])
profile = Path({profile!r})
BilagStore(profile).add("m", "1", "tung", Path({heavy!r}).read_bytes(), "import", 2000)
renderer = PageRenderer()
renderer.want({slow!r}, [0], 800)                      # PDFium busy for minutes
poller = Poller(None)
poller.start(index_job, (str(profile), []), print)     # the worker; its parser child reads the heavy bilag
print("started", flush=True)
app.exec()
"""


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def test_killing_the_window_leaves_no_renderer_worker_or_task_child(tmp_path: Path) -> None:
    heavy = tmp_path / "tung-bilag.pdf"
    heavy.write_bytes(heavy_text_pdf(pages=2_000, operators=20_000))
    script = tmp_path / "window.py"
    script.write_text(WINDOW.format(root=str(ROOT), profile=str(tmp_path / "profile"), heavy=str(heavy),
                                    slow=str(slow_render_pdf(tmp_path / "tung.pdf"))))  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 60
        names: list[str] = []
        while time.monotonic() < deadline:  # renderer, worker, and the worker's page-text child
            pids = _descendants(window.pid)
            names = [Path(f"/proc/{p}/cmdline").read_text(errors="replace") for p in pids if alive(p)]
            if len(pids) >= 3:
                break
            time.sleep(0.2)
        pids = _descendants(window.pid)
        assert len(pids) >= 3, names
        time.sleep(1.0)  # all of them busy now
        os.kill(window.pid, signal.SIGKILL)
        window.wait(10)
        assert wait_dead(pids, 10) == []  # the probe found the renderer at 92 % CPU long after
    finally:
        if window.poll() is None:
            window.kill()
