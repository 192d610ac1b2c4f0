"""Corruption that keeps data (#11.6) and read-only viewing mode (#11.9), with real files and real mounts.

A damaged or 0-byte shard is moved aside under a name never used before and reported; the
last backup taken before the damage is set apart from the rotation until the member restores
or dismisses it; stale temp files go at start; a read-only profile or a full disk opens to read.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.services.library.importer import import_file
from app.services.notes import operations as ops
from app.services.settings import Settings
from app.storage.annotations import KEPT_PREFIX, AnnotationStore
from app.storage.library import Library
from app.ui.launch import open_window, report_store_problems
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]


def _profile_with_note(tmp_path: Path, note: str = "vigtig note") -> tuple[Path, str, Path]:
    """A profile with one imported meeting and a note on its first item; returns (profile, item id, shard)."""
    profile = tmp_path / "profile"
    library = Library(profile)
    import_file(library, SEEDS["lejre_2020"])
    record = library.meetings()[0]
    item = record.items[0]
    store = AnnotationStore(profile)
    ops.apply(store, item, ops.note(note))
    store.close()
    AnnotationStore(profile).close()  # the next start: a rolling backup holding the note
    shard = next(p for p in (profile / "annotations").glob("shard-*.json") if note in p.read_text(encoding="utf-8"))
    return profile, item.item_id, shard


def test_a_zero_byte_shard_is_damage_kept_aside_and_restored(tmp_path: Path) -> None:
    profile, _item, shard = _profile_with_note(tmp_path)
    shard.write_bytes(b"")  # a crash of some other tool, or a full disk, truncated it
    store = AnnotationStore(profile)
    report = store.report
    assert report.moved_aside is not None and report.moved_aside.exists()
    assert report.moved_aside.stat().st_size == 0
    assert report.newest_backup is not None and report.newest_backup.name.startswith(KEPT_PREFIX)
    assert store.all() == []
    result = store.restore_kept_backup()
    assert result is not None and result.added == 1
    assert [a.note for a in store.all()] == ["vigtig note"]
    assert store.kept_backups() == []  # restored: it went back into the rotation
    store.close()


def test_a_second_damage_in_the_same_second_never_overwrites_the_first(tmp_path: Path) -> None:
    profile, _item, shard = _profile_with_note(tmp_path)
    shard.write_text('{"annotations": {"1": ', encoding="utf-8")
    AnnotationStore(profile, take_backup=False).close()
    shard.write_text("[1, 2, 3]", encoding="utf-8")
    AnnotationStore(profile, take_backup=False).close()
    shard.write_text('{"annotations": [1]}', encoding="utf-8")  # valid JSON, not a tinydb table
    AnnotationStore(profile, take_backup=False).close()
    aside = sorted(shard.parent.glob(f"{shard.stem}.corrupt-*.json"))
    assert len(aside) == 3
    assert {p.read_text(encoding="utf-8") for p in aside} == {'{"annotations": {"1": ', "[1, 2, 3]",
                                                              '{"annotations": [1]}'}  # fmt: skip


def test_the_backup_kept_before_a_damage_outlives_the_rotation_until_dismissed(tmp_path: Path) -> None:
    profile, _item, shard = _profile_with_note(tmp_path)
    shard.write_text("{ halvt", encoding="utf-8")
    store = AnnotationStore(profile)
    kept = store.report.newest_backup
    assert kept is not None
    store.close()
    for n in range(14):  # many starts, each with a backup: the rotation keeps ten
        other = AnnotationStore(profile)
        ops.apply(other, ops_item(n), ops.note(f"note {n}"))
        other.close()
    assert kept.exists()
    store = AnnotationStore(profile)
    assert store.newest_backup() == kept  # still offered first
    store.dismiss_kept_backup(kept)
    assert not kept.exists() and store.kept_backups() == []
    store.close()


def ops_item(n: int):  # type: ignore[no-untyped-def]
    from app.storage.identity import ItemRecord

    return ItemRecord(f"2024-01-01-x-ref:{n}", f"2024-01-01-x:{n}", str(n), f"Punkt {n}")


def test_stale_temp_files_are_removed_at_start_and_fresh_ones_kept(tmp_path: Path) -> None:
    profile, _item, _shard = _profile_with_note(tmp_path)
    folder = profile / "annotations"
    stale = folder / ".shard-03.json.k3j4h5.tmp"
    fresh = folder / ".shard-04.json.a1b2c3.tmp"
    stale.write_bytes(b"half a write")
    fresh.write_bytes(b"a write in progress")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    store = AnnotationStore(profile)
    assert not stale.exists() and fresh.exists()
    assert store.report.cleaned_temp_files == 1
    store.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)  # fmt: skip


def test_the_cli_reports_damage_in_one_line_with_exit_4_and_restores(tmp_path: Path) -> None:
    profile, item_id, shard = _profile_with_note(tmp_path)
    shard.write_text("{ halvt", encoding="utf-8")
    reading = _cli("annotations", "export", "--out", str(tmp_path / "ud.json"), "--profile", str(profile))
    assert reading.returncode == 4
    assert reading.stderr.count("\n") == 1 and "damaged annotations file" in reading.stderr
    assert shard.read_text(encoding="utf-8") == "{ halvt"  # a reader moves nothing
    writing = _cli("note", item_id, "--tag", "budget", "--profile", str(profile))
    assert writing.returncode == 4
    assert writing.stderr.count("\n") == 1 and "moved aside as shard-" in writing.stderr
    assert "annotations restore" in writing.stderr
    restored = _cli("annotations", "restore", "--profile", str(profile))
    assert restored.returncode == 0, restored.stderr
    assert "1 merged" in restored.stdout  # the tag written since is kept, the note comes back
    _cli("annotations", "export", "--out", str(tmp_path / "ud.json"), "--profile", str(profile))
    notes = json.loads((tmp_path / "ud.json").read_text(encoding="utf-8"))["annotations"]
    assert [(a["note"], a["tags"]) for a in notes] == [("vigtig note", ["budget"])]
    again = _cli("annotations", "restore", "--profile", str(profile))
    assert again.returncode == 0  # the newest rolling backup still holds them: nothing new, nothing lost
    assert list(profile.glob("annotations/shard-*.corrupt-*.json"))


def test_the_window_reports_damage_and_restores_on_request(qtbot, tmp_path: Path) -> None:
    profile, item_id, shard = _profile_with_note(tmp_path)
    shard.write_text("{ halvt", encoding="utf-8")
    window, workspace = open_window(profile, Settings(profile))
    qtbot.addWidget(window)
    try:
        box = report_store_problems(window, workspace)
        assert box is not None and "kunne ikke læses" in box.text()
        assert shard.stem + ".corrupt-" in box.informativeText()
        window.select(item_id)
        assert window.panel.note.toPlainText() == ""
        box.property("restore_button").click()
        window.select(item_id)
        assert window.panel.note.toPlainText() == "vigtig note"
        box.close()
    finally:
        window.close()
        workspace.close()
    # Next start: nothing damaged, the kept backup was used up by the restore: no message.
    window, workspace = open_window(profile, Settings(profile))
    qtbot.addWidget(window)
    assert report_store_problems(window, workspace) is None
    assert window.findChild(QMessageBox, "store_problems") is None
    window.close()
    workspace.close()


NAMESPACE_SCRIPT = r"""
set -e
mount -t tmpfs -o size={size} tmpfs "$P"
cp -a "$SRC/." "$P/"
{prepare}
"$PY" "$ROOT/tests/hostile/show_window.py" "$P"
"$PY" "$ROOT/main.py" --profile "$P" --screenshot "$SHOT"
"""


def _in_private_mount(tmp_path: Path, profile: Path, prepare: str, size: str) -> dict[str, object]:
    """Run the window on a copy of ``profile`` on a real tmpfs (read-only or full) in a private mount namespace."""
    target = tmp_path / "mnt"
    target.mkdir()
    shot = tmp_path / "shot.png"
    env = {**os.environ, "P": str(target), "SRC": str(profile), "PY": sys.executable, "ROOT": str(ROOT),
           "SHOT": str(shot), "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    flags = ["-m"] if os.geteuid() == 0 else ["-r", "-m"]
    script = NAMESPACE_SCRIPT.format(size=size, prepare=prepare)
    result = subprocess.run([shutil.which("unshare") or "unshare", *flags, "sh", "-c", script], env=env,
                            capture_output=True, text=True, timeout=180)  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert shot.stat().st_size > 10_000
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_read_only_profile_opens_to_read_with_a_banner(tmp_path: Path) -> None:
    profile, _item, _shard = _profile_with_note(tmp_path)
    state = _in_private_mount(tmp_path, profile, 'mount -o remount,ro "$P"', "64m")
    assert state["read_only"] is True
    assert "skrivebeskyttet" in str(state["banner"]) and state["banner_visible"] is True
    assert state["meetings"] == 1 and state["note"] == "vigtig note" and state["panel_enabled"] is False


def test_a_full_disk_opens_to_read_and_says_the_disk_is_full(tmp_path: Path) -> None:
    profile, _item, _shard = _profile_with_note(tmp_path)
    fill = 'dd if=/dev/zero of="$P/fyld" bs=64k 2>/dev/null || true'
    state = _in_private_mount(tmp_path, profile, fill, "8m")
    assert state["read_only"] is True
    assert "Disken er fuld" in str(state["banner"])
    assert state["note"] == "vigtig note"
