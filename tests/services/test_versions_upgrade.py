"""A library written by the release before versions (7393db4, index version 1) opens, is migrated,
and its meetings get their next version with the notes following their items (#19)."""

from __future__ import annotations

import json
from pathlib import Path

from app.services.library import versions
from app.services.library.importer import run_import
from app.services.workspace import Workspace
from tests.conftest import SEEDS
from tests.services.old_profiles import OLD_PROFILES, SON

RELEASE = "7393db4"


def test_a_library_of_the_release_before_versions_is_migrated_and_revised(tmp_path: Path) -> None:
    profile = next(p for p in OLD_PROFILES if p.release == RELEASE).copy_to(tmp_path)
    index = profile / "library" / "index.json"
    assert json.loads(index.read_text(encoding="utf-8"))["version"] == 1
    with Workspace(profile) as workspace:
        library = workspace.library
        assert not library.needs_migration
        assert json.loads(index.read_text(encoding="utf-8"))["version"] == 2
        assert (profile / "library" / "index.json.v1").is_file()  # the old index, kept
        meeting_id = SON.rsplit(":", 1)[0]
        [first] = versions.history(library, meeting_id)
        assert (first.number, first.label, first.kind) == (1, "minutes", "complete")
        assert first.imported_at and first.source_name
        assert versions.version_meeting(library, meeting_id, 1).items[1].title.startswith("Godkendelse af brug")
        # The Sønderborg minutes again, revised: item 1 withdrawn, the rest one number up.
        text = SEEDS["soenderborg_2021"].read_text(encoding="utf-8")
        start, second = text.index("Punkt 1: Orientering om Beboer"), text.index("Punkt 2: Godkendelse")
        revised = text[:start] + text[second:]
        for n in range(2, 11):
            revised = revised.replace(f"Punkt {n}: ", f"Punkt {n - 1}: ", 1)
        revised = revised.replace("Orientering om Beboerrådgivningen.....\t3\n", "")
        path = tmp_path / "rettet-referat.txt"
        path.write_text(revised, encoding="utf-8")
        summary = run_import(library, workspace.store, [path])
        assert summary.replaced == ["rettet-referat.txt"]
        note = workspace.store.get(f"{SON.rsplit(':', 1)[0].rsplit('-', 1)[0]}:1")
        assert note is not None and note.note == "Hvor mange midler er ubrugte? Bed om tal."  # 2 → 1, followed
        history = versions.history(library, meeting_id)
        assert [v.label for v in history] == ["minutes", "revised-minutes"]
        found = versions.changes(library, meeting_id)
        assert {(c.change, c.number, c.from_number) for c in found.items if c.change != "renumbered"} == {
            ("withdrawn", "1", None)
        }
        assert sum(1 for c in found.items if c.change == "renumbered") == 9
