"""A damaged bilag index or portal state (#22.7): kept aside by a writer, reported in one line, never
dropped in silence and never written over; a reader moves nothing.

Real damaged files — cut-off JSON, wrong types, binary garbage — through the command line (as
subprocesses) and the window.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.library.importer import import_file
from app.services.settings import Settings
from app.storage.bilag import BilagStore, parse_index
from app.storage.library import Library
from app.ui.launch import open_window
from app.ui.store_damage import report_damaged_stores
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]

DAMAGES = {
    "cut_off": b'{"version":1,"bilag":[{"sha256":"',
    "wrong_types": json.dumps({"version": 1, "bilag": [{"sha256": 5, "meeting_id": ["x"], "pages": "mange"}]}).encode(),
    "list_is_an_object": b'{"version":1,"bilag":{"a":1}}',
    "path_in_hash": json.dumps({"version": 1, "bilag": [{"sha256": "../../etc/passwd", "meeting_id": "m"}]}).encode(),
    "garbage": bytes(range(256)) * 8,
}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)  # fmt: skip


def _profile_with_bilag(tmp_path: Path) -> tuple[Path, str, str]:
    """A profile with one meeting whose items 1 and 2 have a bilag each (two writes: a backup exists).

    Returns (profile, meeting id, the first item's id)."""
    profile = tmp_path / "profile"
    library = Library(profile)
    import_file(library, SEEDS["lejre_2020"])
    record = library.meetings()[0]
    first, second = record.items[0], record.items[1]
    store = BilagStore(profile)
    store.add(record.meeting_id, first.number, "Lokalplanforslag", b"%PDF-1.4 lokalplan", "import")
    store.add(record.meeting_id, second.number, "Budgetnotat", b"%PDF-1.4 budgetnotat", "import")
    return profile, record.meeting_id, first.item_id


def _index(profile: Path) -> Path:
    return profile / "bilag" / "index.json"


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_a_reader_reports_the_damage_in_one_line_and_moves_nothing(tmp_path: Path, kind: str) -> None:
    profile, _meeting, _item = _profile_with_bilag(tmp_path)
    _index(profile).write_bytes(DAMAGES[kind])
    before = sorted(p.name for p in (profile / "bilag").iterdir())
    result = _cli("list", "--profile", str(profile))
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "the bilag index is damaged" in lines[0] and "left as it is" in lines[0]
    assert "index.previous.json are shown" in lines[0]
    assert _index(profile).read_bytes() == DAMAGES[kind]  # a reader moves nothing, writes nothing
    assert sorted(p.name for p in (profile / "bilag").iterdir()) == before
    # A reader shows the backup's links (the first bilag: the backup is the index before the second add).
    meeting = Library(profile).meetings()[0].meeting_id
    reader = BilagStore(profile)
    assert [r.name for r in reader.for_meeting(meeting)] == ["Lokalplanforslag"]
    assert reader.damage is not None and reader.damage.aside is None


def test_search_and_export_briefing_are_readers_too(tmp_path: Path) -> None:
    profile, meeting, _item = _profile_with_bilag(tmp_path)
    _index(profile).write_bytes(DAMAGES["garbage"])
    found = _cli("search", "budget", "--profile", str(profile))
    out = str(tmp_path / "b.pdf")
    briefing = _cli("export-briefing", "--meeting", meeting, "--out", out, "--profile", str(profile))
    for result in (found, briefing):
        assert "Traceback" not in result.stderr
        damage = [line for line in result.stderr.splitlines() if "bilag index is damaged" in line]
        assert len(damage) == 1 and "left as it is" in damage[0]
    assert found.returncode == 4
    assert _index(profile).read_bytes() == DAMAGES["garbage"]
    assert not list((profile / "bilag").glob("index.corrupt-*"))


@pytest.mark.parametrize("kind", ["cut_off", "wrong_types", "garbage"])
def test_a_writer_keeps_the_damaged_index_aside_and_puts_the_backup_back(tmp_path: Path, kind: str) -> None:
    profile, meeting, item_id = _profile_with_bilag(tmp_path)
    _index(profile).write_bytes(DAMAGES[kind])
    result = _cli("note", item_id, "--tag", "budget", "--profile", str(profile))
    assert result.returncode == 4, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "kept aside as index.corrupt-" in lines[0] and "put back" in lines[0]
    aside = list((profile / "bilag").glob("index.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == DAMAGES[kind]  # kept, byte for byte
    assert [r.name for r in BilagStore(profile).for_meeting(meeting)] == ["Lokalplanforslag"]
    # The next writer finds nothing wrong: no line, exit 0, the kept file still there.
    again = _cli("note", item_id, "--tag", "plan", "--profile", str(profile))
    assert again.returncode == 0 and again.stderr == ""
    assert len(list((profile / "bilag").glob("index.corrupt-*.json"))) == 1


def test_a_write_through_the_store_never_lands_on_a_damaged_index(tmp_path: Path) -> None:
    """A damage found by a write itself (an import, a sync): set aside first, then written."""
    profile, meeting, _item = _profile_with_bilag(tmp_path)
    _index(profile).write_bytes(DAMAGES["cut_off"])
    store = BilagStore(profile)
    store.add(meeting, "3", "Nyt bilag", b"%PDF-1.4 nyt", "import")
    assert [r.name for r in BilagStore(profile).for_meeting(meeting)] == ["Lokalplanforslag", "Nyt bilag"]
    assert [p.read_bytes() for p in (profile / "bilag").glob("index.corrupt-*.json")] == [DAMAGES["cut_off"]]
    assert store.damage is not None and store.damage.aside is not None
    store.add(meeting, "4", "Endnu et bilag", b"%PDF-1.4 endnu", "import")  # backups are kept again
    previous = parse_index(store.backup_path().read_bytes())
    assert [r.name for r in previous] == ["Lokalplanforslag", "Nyt bilag"]


def test_without_a_backup_the_writer_says_to_import_again(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    library = Library(profile)
    import_file(library, SEEDS["lejre_2020"])
    item = library.meetings()[0].items[0]
    BilagStore(profile).add(item.item_id.rsplit(":", 1)[0], item.number, "Eneste", b"%PDF-1.4 x", "import")
    _index(profile).write_bytes(DAMAGES["garbage"])
    result = _cli("note", item.item_id, "--tag", "budget", "--profile", str(profile))
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "there is no backup: import the meetings again" in result.stderr
    assert list((profile / "bilag").glob("index.corrupt-*.json"))


def test_the_window_keeps_the_index_aside_says_so_and_shows_the_backups_bilag(qtbot, tmp_path: Path) -> None:
    profile, _meeting, item_id = _profile_with_bilag(tmp_path)
    _index(profile).write_bytes(DAMAGES["garbage"])
    window, workspace = open_window(profile, Settings(profile))
    qtbot.addWidget(window)
    try:
        box = report_damaged_stores(window, workspace)
        assert box is not None and box.objectName() == "store_damage"
        assert "Bilagsoversigten" in box.informativeText() and "index.corrupt-" in box.informativeText()
        assert "hentet fra sikkerhedskopien" in box.informativeText()
        assert box.textFormat() == box.textFormat().PlainText
        window.select(item_id)
        assert "Lokalplanforslag" in window.view.toPlainText()  # the link is there, not silently gone
        box.close()
    finally:
        window.close()
        workspace.close()
    assert list((profile / "bilag").glob("index.corrupt-*.json"))
    window, workspace = open_window(profile, Settings(profile))  # next start: nothing to say
    qtbot.addWidget(window)
    assert report_damaged_stores(window, workspace) is None
    assert window.findChild(QMessageBox, "store_damage") is None
    window.close()
    workspace.close()


# --- portal.json ---------------------------------------------------------------------------------

PORTAL_DAMAGES = {
    "cut_off": b'{"version":1,"portals":[{"url":"https://dagsordener.greve.dk","committees":[{"comm',
    "wrong_types": json.dumps({"version": 1, "portals": [{"url": 5, "committees": "alle"}]}).encode(),
    "garbage": b"\x00\xff\xfe" * 300,
}


@pytest.mark.parametrize("kind", sorted(PORTAL_DAMAGES))
def test_a_damaged_portal_state_is_kept_aside_and_said_by_every_portal_command(tmp_path: Path, kind: str) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "portal.json").write_bytes(PORTAL_DAMAGES[kind])
    follow = _cli("portal", "follow", "Økonomiudvalget", "--profile", str(profile))
    assert follow.returncode == 2 and "Traceback" not in follow.stderr
    lines = follow.stderr.splitlines()
    assert len(lines) == 2 and "no portal yet" in lines[0]
    assert "the portal state is damaged" in lines[1] and "kept aside as portal.corrupt-" in lines[1]
    aside = list(profile.glob("portal.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == PORTAL_DAMAGES[kind]
    assert not (profile / "portal.json").exists()  # a fresh state begins with the next write, not before
    sync = _cli("portal", "sync", "--profile", str(profile))
    assert sync.returncode == 2
    assert sync.stderr.splitlines() == ["no committees followed: run `portal follow NAME` first"]


def test_a_damaged_portal_state_is_never_written_over_by_a_save(tmp_path: Path) -> None:
    from app.services.portal import sync

    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "portal.json").write_bytes(PORTAL_DAMAGES["cut_off"])
    state = sync.load_state(profile)
    assert state.damage and state.portals == []
    assert (profile / "portal.json").read_bytes() == PORTAL_DAMAGES["cut_off"]  # reading moved nothing
    state.portals.append(sync.Portal("https://dagsordener.greve.dk"))
    sync.save_state(profile, state)
    assert [p.url for p in sync.load_state(profile).portals] == ["https://dagsordener.greve.dk"]
    assert [p.read_bytes() for p in profile.glob("portal.corrupt-*.json")] == [PORTAL_DAMAGES["cut_off"]]


def test_the_window_says_the_portal_state_was_damaged(qtbot, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "portal.json").write_bytes(PORTAL_DAMAGES["garbage"])
    window, workspace = open_window(profile, Settings(profile))
    qtbot.addWidget(window)
    try:
        box = report_damaged_stores(window, workspace)
        assert box is not None and "Portalopsætningen" in box.informativeText()
        assert "portal.corrupt-" in box.informativeText() and "Følg udvalg" in box.informativeText()
        box.close()
    finally:
        window.close()
        workspace.close()
    assert len(list(profile.glob("portal.corrupt-*.json"))) == 1


def test_the_follow_dialog_says_a_state_damaged_since_the_start_and_moves_nothing(qtbot, tmp_path: Path) -> None:
    from app.ui.portal_dialog import PortalDialog

    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "portal.json").write_bytes(PORTAL_DAMAGES["wrong_types"])
    dialog = PortalDialog(profile, Settings(profile))
    qtbot.addWidget(dialog)
    assert "Portalopsætningen (portal.json) er beskadiget" in dialog.status_label.text()
    assert dialog.model.rowCount() == 0
    assert (profile / "portal.json").read_bytes() == PORTAL_DAMAGES["wrong_types"]  # opening it wrote nothing
