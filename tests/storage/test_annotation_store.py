"""The annotation store never loses a word: atomic writes, crashes, corruption, migration, merge."""

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

from app.model.annotation import FollowUp, FollowUpStatus, Stance
from app.services.notes import operations as ops
from app.services.notes.operations import locate, quote_for
from app.storage.annotations import AnnotationStore
from app.storage.identity import ItemRecord
from app.storage.profile_lock import ProfileLock, ProfileLockedError

ROOT = Path(__file__).resolve().parents[2]


def _item(key: str, number: str, title: str) -> ItemRecord:
    return ItemRecord(f"{key}-ref:{number}", f"{key}:{number}", number, title)


REF = _item("2019-08-14-soenderborg-708695", "4", "Drøftelse af repatriering")


def test_everything_round_trips_through_a_restart(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    ops.apply(store, REF, ops.note("Spørg om tallene for 2023 — æøå ÆØÅ"))
    ops.apply(store, REF, ops.add_tag("budget 2026"))
    ops.apply(store, REF, ops.add_tag("integration"))
    ops.apply(store, REF, ops.follow_up(FollowUp(FollowUpStatus.OPEN, "2024-02-01", "spørg forvaltningen")))
    ops.apply(store, REF, ops.stance(Stance.AGAINST))
    store.close()
    again = AnnotationStore(tmp_path).get(REF.anchor)
    assert again is not None
    assert again.note == "Spørg om tallene for 2023 — æøå ÆØÅ"
    assert again.tags == ["budget 2026", "integration"]
    assert again.follow_up == FollowUp(FollowUpStatus.OPEN, "2024-02-01", "spørg forvaltningen")
    assert again.stance is Stance.AGAINST


def test_tags_rename_everywhere_and_keep_colours(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    other = _item("2020-03-04-lejre-5ab684", "3", "Dialogtema om integration")
    ops.apply(store, REF, ops.add_tag("budget"))
    ops.apply(store, other, ops.add_tag("budget"))
    ops.apply(store, other, ops.add_tag("Budget 2026"))
    store.set_tag_color("budget", "#ff0000")
    assert ops.rename_tag(store, "budget", "Budget 2026") == 2
    assert store.get(REF.anchor).tags == ["Budget 2026"]
    assert store.get(other.anchor).tags == ["Budget 2026"]
    assert "budget" not in store.tags()
    ops.apply(store, REF, ops.remove_tag("Budget 2026"))
    assert store.get(REF.anchor) is None  # nothing left on the item


def test_highlight_anchor_survives_small_text_changes() -> None:
    text = "Forvaltningen indstiller, at udvalget godkender planen. Udvalget godkender planen for 2024."
    start = text.index("godkender planen for")
    quote = quote_for(text, start, start + len("godkender planen"))
    changed = "Forvaltningen indstiller nu, at udvalget godkender planen. Udvalget godkender planen for 2024!"
    found = locate(changed, quote)
    assert found is not None and changed[found[0] : found[1]] == "godkender planen"
    assert found[0] == changed.index("godkender planen for")  # the second occurrence, by its context
    assert locate("En helt anden tekst.", quote) is None


def test_reimport_moves_renumbered_notes_and_orphans_vanished_ones(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    key = "2022-09-15-haderslev-62bb83"
    ops.apply(store, _item(key, "89", "Tema - indsatsen for aktivitetsparate"), ops.note("note om 89"))
    ops.apply(store, _item(key, "90", "Tema - beskæftigelsesområdet økonomi"), ops.note("note om 90"))
    revised = [
        _item(key, "88", "Godkendelse af dagsorden"),
        _item(key, "89", "Tema - beskæftigelsesområdet økonomi"),  # 90 became 89
    ]
    orphaned = store.reconcile(key, revised)
    assert store.get(f"{key}:89").note == "note om 90"
    assert len(orphaned) == 1
    orphan = store.orphans()[0]
    assert orphan.note == "note om 89" and orphan.orphaned
    store.reattach(orphan.anchor, revised[0])
    assert store.get(f"{key}:88").note == "note om 89" and store.orphans() == []


def test_export_import_merges_without_duplicates(tmp_path: Path) -> None:
    laptop = AnnotationStore(tmp_path / "old")
    ops.apply(laptop, REF, ops.note("gammel note"), ops.add_tag("budget"))
    exported = tmp_path / "noter.json"
    assert laptop.export_file(exported) == 1
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "moedemappe-annotations" and data["version"] == 1
    new = AnnotationStore(tmp_path / "new")
    ops.apply(new, REF, ops.note("ny note"))
    first = new.import_data(data)
    second = new.import_data(data)
    merged = new.get(REF.anchor)
    assert merged.note == "ny note\n\ngammel note"
    assert merged.tags == ["budget"]
    assert (first.merged, second.unchanged, second.merged) == (1, 1, 0)


def test_corrupt_store_is_moved_aside_and_a_backup_offered(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    ops.apply(store, REF, ops.note("vigtig note"))
    store.close()
    AnnotationStore(tmp_path).close()  # start: takes a backup
    shard = next(p for p in (tmp_path / "annotations").glob("shard-*.json") if "vigtig" in p.read_text())
    garbage = shard.read_text(encoding="utf-8")[:40]  # as if truncated by a crash of some other tool
    shard.write_text(garbage, encoding="utf-8")
    reopened = AnnotationStore(tmp_path)
    assert reopened.report.moved_aside is not None and reopened.report.moved_aside.exists()
    assert reopened.report.moved_aside.read_text(encoding="utf-8") == garbage  # kept as it was, never overwritten
    assert reopened.report.newest_backup is not None
    assert reopened.get(REF.anchor) is None
    reopened.restore_backup(reopened.report.newest_backup)
    assert reopened.get(REF.anchor).note == "vigtig note"


def test_rolling_backups_are_bounded(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path)
    ops.apply(store, REF, ops.note("x"))
    for _ in range(14):
        store.backup()
    assert len(list((tmp_path / "backups").glob("annotations-2*"))) == 10


def test_migration_from_version_1_keeps_every_note_and_a_backup(tmp_path: Path) -> None:
    legacy = {
        "notes": {
            "1": {"item_id": "2019-08-14-soenderborg-708695-ref:4", "title": "Drøftelse af repatriering",
                  "text": "gammel note fra v1", "tags": ["integration"]},
            "2": {"item_id": "2020-03-04-lejre-5ab684-dag:2", "title": "Orientering", "text": "dagsordensnote"},
        }
    }  # fmt: skip
    (tmp_path / "annotations.json").write_text(json.dumps(legacy), encoding="utf-8")
    store = AnnotationStore(tmp_path)
    assert store.report.migrated_from == 1
    note = store.get("2019-08-14-soenderborg-708695:4")
    assert note is not None and note.note == "gammel note fra v1" and note.tags == ["integration"]
    assert store.get("2020-03-04-lejre-5ab684:2").note == "dagsordensnote"
    assert list((tmp_path / "backups").glob("annotations-before-v2-*.json"))
    assert (tmp_path / "annotations.v1-migrated.json").exists()


def test_second_instance_cannot_take_the_profile(tmp_path: Path) -> None:
    with ProfileLock(tmp_path):
        code = (
            "import sys; from pathlib import Path; from app.storage.profile_lock import *\n"
            "try:\n    ProfileLock(Path(sys.argv[1])).acquire()\n"
            "except ProfileLockedError:\n    sys.exit(7)\n"
        )
        result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, timeout=60)
        assert result.returncode == 7
        with pytest.raises(ProfileLockedError):
            ProfileLock(tmp_path).acquire()
    ProfileLock(tmp_path).acquire()  # free again once released


@pytest.mark.torture
def test_sigkill_at_random_moments_never_loses_an_acknowledged_write(tmp_path: Path) -> None:
    rng = random.Random(20261123)
    acknowledged = -1
    mid_stream = 0  # rounds in which the kill landed after writes were acknowledged
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _round in range(200):
        before = acknowledged
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.crash_writer", str(tmp_path), str(acknowledged + 1)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert child.stdout is not None
        line = child.stdout.readline()  # the store is open and writing from here on
        if line.startswith("ack"):
            acknowledged = int(line.split()[1])
        # Up to 80 ms: enough writes land even when the machine is busy (six builds on two cores).
        deadline = time.monotonic() + rng.uniform(0.0, 0.08)
        while time.monotonic() < deadline:
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        rest = child.communicate()[0]
        for line in rest.splitlines():
            if line.startswith("ack"):
                acknowledged = int(line.split()[1])
        mid_stream += acknowledged > before
        store = AnnotationStore(tmp_path, take_backup=False)
        assert store.report.moved_aside is None
        if acknowledged >= 0:
            for n in range(max(0, acknowledged - 96), acknowledged + 1):
                annotation = store.get(f"2024-01-01-test-000000:{n % 97}")
                assert annotation is not None
                assert int(annotation.note.split()[1]) >= n  # this write, or a later one to the item
        store.close()
    # Kills landed in the middle of a steady stream of writes. Counted per round, not as a total
    # of writes: on a machine loaded by parallel tests and other builds fewer writes fit in 80 ms.
    assert mid_stream > 150 and acknowledged > 200
