"""Annotation files from strangers (#22.4): limits before parsing, every value checked, one commit.

Real files, the real command line in a subprocess, a real SIGKILL in the middle of the write,
and a full disk: injected at the write (ENOSPC from the file the store stages), and real — a
tiny tmpfs in a private mount namespace (``unshare -r -m``, no root needed), nearly filled.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.storage import annotations as store_module
from app.storage.annotations import AnnotationStore

ROOT = Path(__file__).resolve().parents[2]


def _entry(n: int, **extra: object) -> dict[str, object]:
    fingerprint = {"number": str(n), "title": f"P {n}"}
    return {"anchor": f"m{n % 40}:{n}", "meeting_key": f"m{n % 40}", "fingerprint": fingerprint,
            "note": f"Note {n}", "tags": ["budget"], "stance": "for", "reading": "read",
            "follow_up": {"status": "open", "due": "2026-01-01", "text": ""}, **extra}  # fmt: skip


def _export(path: Path, entries: list[dict[str, object]]) -> Path:
    data = {"format": "moedemappe-annotations", "version": 1, "tags": [{"name": "budget", "color": "#1e88e5"}],
            "annotations": entries}  # fmt: skip
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _main(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT)  # fmt: skip


def _count(profile: Path) -> int:
    store = AnnotationStore(profile, take_backup=False)
    try:
        return len(store.all())
    finally:
        store.close()


@pytest.mark.parametrize(("value", "words"), [
    ({"stance": []}, "stance []: must be none, for, against or undecided"),
    ({"follow_up": {"status": {}}}, "follow_up.status {}: must be none, open or done"),
    ({"reading": ["read"]}, "reading ['read']: must be unread, read or prepared"),
    ({"tags": ["ok", "bad\x1b[2J"]}, "control characters are not allowed in a tag"),
    ({"follow_up": {"status": "open", "due": "x" * 100_000}}, "is not a date"),
])  # fmt: skip
def test_a_malformed_value_is_exit_2_and_one_line_naming_the_entry(tmp_path: Path, value, words: str) -> None:
    path = _export(tmp_path / "noter.json", [_entry(1), {**_entry(2), **value}])
    result = _main("annotations", "import", path, "--profile", tmp_path / "profile")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{path}: nothing imported — annotations[1] m2:2: ") and words in lines[0]
    assert len(lines[0]) < 400  # a 100 KB value is never echoed whole
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    assert _count(tmp_path / "profile") == 0


def test_hostile_files_are_refused_before_parsing(tmp_path: Path) -> None:
    deep = tmp_path / "dyb.json"
    deep.write_text('{"annotations": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for path, words in ((deep, "nested 200001 levels deep (at most 32)"), (Path("/dev/zero"), "not a regular file"),
                        (fifo, "not a regular file")):  # fmt: skip
        started = time.monotonic()
        result = _main("annotations", "import", path, "--profile", tmp_path / "profile", timeout=60)
        assert time.monotonic() - started < 30
        assert result.returncode == 2 and len(result.stderr.splitlines()) == 1 and words in result.stderr, result.stderr


def test_ten_thousand_annotations_import_in_seconds_in_one_commit(tmp_path: Path) -> None:
    path = _export(tmp_path / "noter.json", [_entry(n) for n in range(10_000)])
    profile = tmp_path / "profile"
    started = time.monotonic()
    result = _main("annotations", "import", path, "--profile", profile)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("10000 added, 0 merged, 0 already there")
    assert elapsed <= 10, elapsed  # the probe measured 59–115 s
    assert _count(profile) == 10_000


KILLED = """
import os, sys, time
sys.path.insert(0, {root!r})
from app.storage import annotations
real_fsync, calls = os.fsync, [0]
def slow_fsync(fd):
    real_fsync(fd)
    calls[0] += 1
    if calls[0] == 10 and {stage!r} == "staging":  # ten shards staged, the commit not yet written
        print("staging", flush=True); time.sleep(60)
annotations.os.fsync = slow_fsync
real_finish = annotations._finish_commit
def finish(folder):
    if {stage!r} == "committed" and (folder / annotations.COMMIT_JOURNAL).exists():
        print("committed", flush=True); time.sleep(60)
    return real_finish(folder)
annotations._finish_commit = finish
from app.cli import run
sys.exit(run(["annotations", "import", {path!r}, "--profile", {profile!r}]))
"""


@pytest.mark.parametrize(("stage", "stored"), [("staging", 0), ("committed", 2_000)])
def test_a_kill_in_the_middle_stores_none_or_after_the_commit_all(tmp_path: Path, stage: str, stored: int) -> None:
    path = _export(tmp_path / "noter.json", [_entry(n) for n in range(2_000)])
    profile = tmp_path / "profile"
    script = tmp_path / "killed.py"
    script.write_text(KILLED.format(root=str(ROOT), path=str(path), profile=str(profile), stage=stage))
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == stage
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert _count(profile) == stored  # the next open finishes a committed import, and only that


def test_a_full_disk_in_the_middle_stores_none_and_leaves_no_temp_file(tmp_path: Path, monkeypatch) -> None:
    path = _export(tmp_path / "noter.json", [_entry(n) for n in range(2_000)])
    profile = tmp_path / "profile"
    store = AnnotationStore(profile, take_backup=False)
    real_fdopen, opened = os.fdopen, [0]

    def fdopen(fd: int, *args: object, **kw: object):  # type: ignore[no-untyped-def]
        opened[0] += 1
        if opened[0] == 12:  # the twelfth staged shard finds the disk full
            os.close(fd)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fdopen(fd, *args, **kw)  # type: ignore[call-overload]

    from app.services.notes.operations import import_annotations, read_annotations_file

    data = read_annotations_file(path)
    monkeypatch.setattr(store_module.os, "fdopen", fdopen)
    with pytest.raises(OSError) as caught:
        import_annotations(store, data)
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    assert store.all() == []
    store.close()
    assert _count(profile) == 0
    folder = profile / "annotations"
    assert not list(folder.glob(".*.tmp")) and not (folder / ".import-commit.json").exists()


FULL_DISK_SCRIPT = r"""
set -e
mount -t tmpfs -o size=8m tmpfs "$P"
cp -a "$SRC/." "$P/"
dd if=/dev/zero of="$P/fyld" bs=64k 2>/dev/null || true
truncate -s -1M "$P/fyld"  # 1 MB left: room to open the profile, not for 10,000 notes
set +e
"$PY" "$ROOT/main.py" annotations import "$FILE" --profile "$P" >"$OUT/stdout" 2>"$OUT/stderr"
echo $? >"$OUT/rc"
rm "$P/fyld"
"$PY" -c "$COUNT" "$P" >"$OUT/after.json"
"""
COUNT = """
import json, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from app.storage.annotations import AnnotationStore
profile = Path(sys.argv[1])
store = AnnotationStore(profile, take_backup=False)
notes = sorted(a.note for a in store.all())
store.close()
folder = profile / "annotations"
print(json.dumps({{"notes": notes, "temp": [p.name for p in folder.glob(".*.tmp")],
                   "journal": (folder / ".import-commit.json").exists()}}))
"""


def test_a_really_full_disk_stores_none_of_the_import_and_keeps_the_notes(tmp_path: Path) -> None:
    import shutil

    from app.model.annotation import Annotation, ItemFingerprint

    profile = tmp_path / "profile"
    store = AnnotationStore(profile, take_backup=False)
    store.save(Annotation("m:1", "m", ItemFingerprint("1", "Punkt"), note="før"))
    store.close()
    entries = [_entry(n, note=f"Note {n} " + "x" * 300) for n in range(10_000)]  # ≈ 5 MB of shards
    path = _export(tmp_path / "noter.json", entries)
    out, mount = tmp_path / "out", tmp_path / "mnt"
    out.mkdir()
    mount.mkdir()
    env = {**os.environ, "P": str(mount), "SRC": str(profile), "PY": sys.executable, "ROOT": str(ROOT),
           "FILE": str(path), "OUT": str(out), "COUNT": COUNT.format(root=str(ROOT))}  # fmt: skip
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    result = subprocess.run([shutil.which("unshare") or "unshare", *flags, "sh", "-c", FULL_DISK_SCRIPT], env=env,
                            capture_output=True, text=True, timeout=180)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    stderr = (out / "stderr").read_text(encoding="utf-8")
    assert (out / "rc").read_text().strip() == "2"
    assert "No space left on device" in stderr and stderr.count("\n") == 1 and "Traceback" not in stderr
    after = json.loads((out / "after.json").read_text(encoding="utf-8"))
    assert after == {"notes": ["før"], "temp": [], "journal": False}  # none of the 10,000, the old note kept


def test_a_backup_with_no_room_is_said_and_the_note_is_written(tmp_path: Path, monkeypatch) -> None:
    import shutil

    from app.model.annotation import Annotation, ItemFingerprint

    profile = tmp_path / "profile"
    first = AnnotationStore(profile, take_backup=False)
    first.save(Annotation("m:1", "m", ItemFingerprint("1", "Punkt"), note="før"))
    first.close()

    def no_room(*_args: object, **_kw: object) -> None:
        raise shutil.Error([("shard-00.json", "backup/shard-00.json", "[Errno 28] No space left on device")])

    monkeypatch.setattr(store_module.shutil, "copytree", no_room)
    store = AnnotationStore(profile)  # a writer: takes the start-up backup
    said = "no backup of the notes was taken (no room on the disk); they are stored as before"
    assert store.report.backup_failed == said
    store.save(Annotation("m:2", "m", ItemFingerprint("2", "Punkt"), note="efter"))
    store.close()
    monkeypatch.undo()
    assert _count(profile) == 2
    assert not list((profile / "backups").glob("*.partial")) if (profile / "backups").exists() else True
