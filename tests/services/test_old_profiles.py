"""Every profile an earlier release wrote opens in this one with nothing lost (issue #18).

The profiles in tests/fixtures/profiles were written by the earlier releases themselves (each
folder's MADE.md says how). They are opened through :class:`Workspace` and the annotation
service, the door the window and the command line use.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.model.annotation import ReadingState
from app.services.workspace import Workspace
from tests.services.old_profiles import HAD, OLD_PROFILES, OldProfile, problems_in

ROOT = Path(__file__).resolve().parents[2]
BY_RELEASE = {p.release: p for p in OLD_PROFILES}


def _schema_on_disk(profile: Path) -> int | None:
    meta = profile / "annotations" / "meta.json"
    if not meta.exists():
        return 1 if (profile / "annotations.json").exists() else None
    versions = json.loads(meta.read_text(encoding="utf-8"))["_meta"].values()
    assert len(versions) == 1, f"{meta}: {len(versions)} schema versions"  # a kill never leaves none or two
    return int(next(iter(versions))["schema_version"])


def _every_item(workspace: Workspace) -> int:
    return sum(len(r.items) for r in workspace.library.meetings())


def test_every_earlier_schema_has_a_fixture() -> None:
    """Schemas 1, 2 and 3 of the annotation store and the library before notes are all kept."""
    on_disk = {_schema_on_disk(p.path) for p in OLD_PROFILES}
    assert on_disk == {None, 1, 2, 3}
    for profile in OLD_PROFILES:
        assert (profile.path / "MADE.md").is_file(), f"{profile.release}: say how the fixture was made"
        assert _schema_on_disk(profile.path) == profile.schema


@pytest.mark.parametrize("old", OLD_PROFILES, ids=lambda p: p.release)
def test_an_earlier_profile_opens_with_every_note(old: OldProfile, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    profile = old.copy_to(tmp_path)
    with Workspace(profile) as workspace:
        assert len(workspace.library.meetings()) == old.meetings and _every_item(workspace) > 20
        assert problems_in(workspace.annotations, old) == []
        for record in workspace.library.meetings():  # every meeting's text still reads
            assert workspace.library.meeting(record.meeting_id).items
    assert _schema_on_disk(profile) in (None, 3)  # migrated to the current schema (no notes: nothing yet)


@pytest.mark.parametrize("old", OLD_PROFILES, ids=lambda p: p.release)
def test_a_new_note_on_an_earlier_profile_is_found_with_the_old_ones(old: OldProfile, tmp_path: Path,
                                                                      qapp) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    profile = old.copy_to(tmp_path)
    new_item = "2020-03-04-lejre-5ab684-ref:4"
    with Workspace(profile) as workspace:
        workspace.annotations.set_note(new_item, "Ny note efter opdateringen")
        workspace.annotations.add_tag(new_item, "Ny")
        workspace.annotations.set_reading(HAD, ReadingState.PREPARED)
    with Workspace(profile) as workspace:
        new = workspace.annotations.get(new_item)
        assert new is not None and new.note == "Ny note efter opdateringen" and new.tags == ["Ny"]
        had = workspace.annotations.get(HAD)
        assert had is not None and had.reading is ReadingState.PREPARED
        others = {k: v for k, v in old.notes.items() if k != HAD}
        assert problems_in(workspace.annotations, OldProfile(old.release, old.schema, old.meetings, others,
                                                             old.tag_colors)) == []  # fmt: skip
        assert "Ny" in workspace.annotations.tag_colors()


@pytest.mark.parametrize("release", ["schema1-handmade", "65b1e8f"])
def test_a_migration_takes_a_backup_first(release: str, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    old = BY_RELEASE[release]
    profile = old.copy_to(tmp_path)
    before = {p.relative_to(profile): p.read_bytes() for p in profile.rglob("*.json") if "annotations" in p.name
              or p.parent.name == "annotations"}  # fmt: skip
    with Workspace(profile) as workspace:
        backup = workspace.store.report.migration_backup
        assert workspace.store.report.migrated_from == old.schema
    assert backup is not None and backup.exists() and not backup.name.endswith(".partial")
    if backup.is_dir():  # schema 2 → 3: the whole annotations folder as it was
        copied = {Path("annotations") / p.name: p.read_bytes() for p in backup.iterdir()}
    else:  # schema 1 → 2: the single notes file as it was
        copied = {Path("annotations.json"): backup.read_bytes()}
    assert copied == before


def _kill_while_opening(profile: Path, rng: random.Random, window: float) -> bool:
    """Start a process that opens ``profile`` and SIGKILL it after a random delay; True if it finished first."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "tests.helpers.open_profile", str(profile)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + rng.uniform(0.0, window)
    while time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.001)
    child.send_signal(signal.SIGKILL)
    rest = child.communicate()[0]
    return "opened" in rest


def _time_to_open(old: OldProfile, tmp_path: Path) -> float:
    profile = old.copy_to(tmp_path / "timing")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "tests.helpers.open_profile", str(profile)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    assert child.stdout is not None
    child.stdout.readline()
    start = time.monotonic()
    child.stdout.readline()
    took = time.monotonic() - start
    child.wait(timeout=60)
    return took


@pytest.mark.torture
@pytest.mark.parametrize("release", ["schema1-handmade", "65b1e8f"])
def test_a_migration_killed_at_any_moment_opens_next_time_with_nothing_lost(release: str, tmp_path: Path,
                                                                          qapp) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """SIGKILL at random moments of the first start on an old profile: each time, the next start has it all.

    Every round starts from a fresh copy of the old profile; some rounds kill the same copy
    twice before the check (a migration cut off during the start after a cut-off migration).
    """
    old = BY_RELEASE[release]
    rng = random.Random(20261203)
    window = _time_to_open(old, tmp_path) * 1.3  # kills land anywhere from the first byte to the end
    finished = interrupted = 0
    for n in range(24):
        profile = old.copy_to(tmp_path / f"round-{n}")
        for _kill in range(1 + n % 2):
            if _kill_while_opening(profile, rng, window):
                finished += 1
            else:
                interrupted += 1
            assert _schema_on_disk(profile) in (None, 1, 2, 3)  # never a half-written version (none or two)
        with Workspace(profile) as workspace:
            assert workspace.store.report.moved_aside is None, f"round {n}: a file was damaged"
            assert problems_in(workspace.annotations, old) == [], f"round {n}"
        assert _schema_on_disk(profile) == 3
    assert interrupted >= 10, f"only {interrupted} kills landed before the start finished"
