"""Isolated parsing (#11.2, #11.4): limits, one line per bad file, dead children replaced, no orphans.

Real files, real child processes, real SIGKILL. The corpus is built by ``tests/hostile/corpus.py``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.library.importer import import_files
from app.services.plaintext import display_name
from app.services.workers.isolation import MB, Limits, Refusal, SourceRefused, child_pids, parse_files, read_source
from app.storage.library import Library
from tests.hostile.conftest import TEST_LIMITS, all_files
from tests.hostile.corpus import Corpus, bomb_pdf, good_minutes, slow_pdf
from tests.hostile.processes import alive, wait_dead

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.torture
def test_the_cli_imports_the_good_files_and_gives_one_line_per_hostile_file(
    corpus: Corpus, tmp_path: Path, test_limits_env: dict[str, str]
) -> None:
    profile = tmp_path / "profile"
    # The limits are per file, so the bound is every file using its whole wall-clock limit one
    # after another (plus start-up); a fixed figure failed on a loaded machine without a hang.
    bound = len(all_files(corpus)) * TEST_LIMITS.wall_seconds + 20
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import", *map(str, all_files(corpus)), "--profile", str(profile)],
        capture_output=True, text=True, timeout=bound + 60, cwd=ROOT, env=test_limits_env,
    )  # fmt: skip
    elapsed = time.monotonic() - started
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines() + result.stderr.splitlines()
    for path in all_files(corpus):
        name = display_name(path.name)
        assert sum(line.startswith(name + ": ") for line in lines) == 1, (name, lines)
    assert len(lines) == len(all_files(corpus))
    for path in corpus.good:
        assert f"{display_name(path.name)}: imported" in result.stdout
    # The hostile ones that must fail say why, in their own words.
    reasons = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in result.stderr.splitlines()}
    assert reasons["fifo.pdf"].startswith("not a regular file")
    assert reasons["nul.pdf"].startswith("not a regular file")
    assert reasons["for-stor.pdf"] == "the file is too large to import safely"
    assert reasons["mange-sider.pdf"] == "reading the file took too long; it was stopped"
    assert "r\u202e" not in result.stdout  # the override is shown, not obeyed
    assert elapsed < bound
    listed = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "list", "--json", "--profile", str(profile)],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    titles = [i["title"] for m in json.loads(listed.stdout) for i in m["items"]]
    assert '<img src="/dev/zero"> X' in titles


def test_a_memory_hungry_file_is_stopped_by_the_memory_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bombe.pdf"
    bomb.write_bytes(bomb_pdf(200))
    good = tmp_path / "god.txt"
    good.write_text(good_minutes(3), encoding="utf-8")
    limits = Limits(cpu_seconds=10, memory_bytes=150 * MB, wall_seconds=30, max_file_bytes=8 * MB, workers=1)
    outcomes = list(parse_files([bomb, good, bomb], limits=limits))
    assert [o.failure for o in outcomes] == [Refusal.TOO_LARGE, None, Refusal.TOO_LARGE]
    assert outcomes[1].meeting is not None and len(outcomes[1].meeting.items) == 2


def test_the_wall_clock_stops_a_file_and_the_batch_goes_on(tmp_path: Path) -> None:
    slow = slow_pdf(tmp_path / "mange-sider.pdf")
    good = tmp_path / "god.txt"
    good.write_text(good_minutes(4), encoding="utf-8")
    limits = Limits(cpu_seconds=60, memory_bytes=768 * MB, wall_seconds=1.5, max_file_bytes=8 * MB, workers=1)
    started = time.monotonic()
    outcomes = list(parse_files([slow, good], limits=limits))
    assert time.monotonic() - started < 15
    assert outcomes[0].failure is Refusal.TOO_SLOW
    assert outcomes[1].meeting is not None


def test_a_child_killed_from_outside_is_replaced_and_its_file_retried(tmp_path: Path) -> None:
    files = []
    for day in range(1, 5):
        path = tmp_path / f"god-{day}.txt"
        path.write_text(good_minutes(day), encoding="utf-8")
        files.append(path)
    limits = Limits(cpu_seconds=10, memory_bytes=768 * MB, wall_seconds=30, max_file_bytes=8 * MB, workers=2)
    assert all(o.meeting is not None for o in parse_files(files[:2], limits=limits))
    before = child_pids()
    assert before
    for pid in before:
        os.kill(pid, signal.SIGKILL)
    assert wait_dead(before) == []
    outcomes = list(parse_files(files, limits=limits))
    assert [o.meeting is not None for o in outcomes] == [True] * 4
    assert child_pids() and not set(child_pids()) & set(before)


def test_cancel_kills_the_busy_children_and_ends_the_batch(tmp_path: Path) -> None:
    slow = slow_pdf(tmp_path / "mange-sider.pdf")

    class CancelSoon:
        def __init__(self) -> None:
            self.at = time.monotonic() + 0.8

        def is_set(self) -> bool:
            return time.monotonic() > self.at

    limits = Limits(cpu_seconds=60, memory_bytes=768 * MB, wall_seconds=60, max_file_bytes=8 * MB, workers=2)
    started = time.monotonic()
    outcomes = list(parse_files([slow, slow], limits=limits, cancel=CancelSoon()))
    assert time.monotonic() - started < 5
    assert outcomes == []


def test_special_files_are_refused_before_reading(corpus: Corpus, tmp_path: Path) -> None:
    folder = tmp_path / "mappe.pdf"  # (the import walks folders; read_source itself refuses them)
    folder.mkdir()
    paths = {**corpus.hostile, "mappe.pdf": folder}
    for name, reason in {"fifo.pdf": Refusal.NOT_A_FILE, "nul.pdf": Refusal.NOT_A_FILE,
                         "mappe.pdf": Refusal.NOT_A_FILE, "for-stor.pdf": Refusal.TOO_LARGE}.items():  # fmt: skip
        started = time.monotonic()
        try:
            read_source(paths[name], 32 * MB)
        except SourceRefused as err:
            assert err.reason is reason, name
        else:
            raise AssertionError(f"{name} was read")
        assert time.monotonic() - started < 1


def test_library_import_reports_each_file_and_stores_the_good_ones(corpus: Corpus, tmp_path: Path) -> None:
    library = Library(tmp_path / "profile")
    picked = [corpus.hostile[n] for n in ("fifo.pdf", "bombe.pdf", "utf16-ulige.txt", "tom.pdf")] + corpus.good
    summary = import_files(library, picked, limits=TEST_LIMITS)
    assert sorted(summary.added) == sorted(p.name for p in corpus.good)
    assert [name for name, _ in summary.failed] == ["fifo.pdf", "bombe.pdf", "utf16-ulige.txt", "tom.pdf"]
    assert len(Library(tmp_path / "profile").meetings()) == 3
    again = import_files(library, corpus.good, limits=TEST_LIMITS)
    assert sorted(again.unchanged) == sorted(p.name for p in corpus.good)


ORPHAN_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from app.services.workers import isolation

def main():
    limits = isolation.Limits(cpu_seconds=60, memory_bytes=768 * isolation.MB, wall_seconds=60,
                              max_file_bytes=8 * isolation.MB, workers=2)
    pool = isolation._pool(limits)
    pool.children += [isolation._Child(limits), isolation._Child(limits)]
    print(" ".join(map(str, isolation.child_pids())), flush=True)
    next(iter(isolation.parse_files([Path({slow!r}), Path({slow!r})], limits=limits)))

if __name__ == "__main__":
    main()
"""


def test_no_orphaned_children_after_the_parent_is_killed(tmp_path: Path) -> None:
    slow = slow_pdf(tmp_path / "mange-sider.pdf")
    script = tmp_path / "parent.py"
    script.write_text(ORPHAN_SCRIPT.format(root=str(ROOT), slow=str(slow)), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    assert parent.stdout is not None
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert len(pids) == 2 and all(alive(p) for p in pids)
    time.sleep(0.5)  # they are parsing now
    parent.kill()
    parent.wait(10)
    assert wait_dead(pids, 5) == []
