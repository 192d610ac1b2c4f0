"""A store that raises anything on open never ends the command line with a traceback (issue #18).

One line on stderr naming the file, the cause and the newest backup, and exit status 5.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import run
from app.services.startup import EXIT_STORE_UNREADABLE, StoreKind, open_workspace
from tests.services.store_faults import ERRORS, OPENS, inject, profile_with_everything

COMMANDS = [["list"], ["note", "2020-03-04-lejre-5ab684-ref:4", "--text", "x"], ["search", "budget"],
            ["annotations", "export", "--out", "{tmp}/out.json"]]  # fmt: skip


@pytest.mark.parametrize("store", list(OPENS))
@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_a_command_says_which_store_failed_in_one_line_and_exits_5(store: str, error: BaseException, tmp_path: Path,
                                                                   monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    profile = profile_with_everything(tmp_path)
    capsys.readouterr()
    inject(monkeypatch, store, error)
    for command in COMMANDS:
        argv = [word.replace("{tmp}", str(tmp_path)) for word in command]
        code = run([*argv, "--profile", str(profile)])
        _out, err = capsys.readouterr()
        assert code == EXIT_STORE_UNREADABLE, (command, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in err, err
        assert str(profile / OPENS[store][2]) in lines[0]
        assert type(error).__name__ in lines[0]
        assert "newest backup of your notes is" in lines[0] and str(profile / "backups") in lines[0]
    note = profile / "annotations"
    assert not (tmp_path / "out.json").exists() and not any(p.name.startswith(".") for p in note.iterdir())


def test_without_a_fault_every_store_opens(tmp_path: Path) -> None:
    workspace, problem = open_workspace(profile_with_everything(tmp_path))
    with workspace:
        assert problem is None and workspace.writer and len(workspace.library.meetings()) == 3


@pytest.mark.parametrize("store", list(OPENS))
def test_a_store_that_fails_gives_a_read_only_profile_with_the_rest(store: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    profile = profile_with_everything(tmp_path)
    before = {p: p.read_bytes() for p in (profile / "annotations").iterdir()}
    inject(monkeypatch, store, RuntimeError("boom"))
    workspace, problem = open_workspace(profile)
    with workspace:
        assert problem is not None and problem.kind is StoreKind(store)
        assert problem.cause == "RuntimeError: boom" and problem.backup is not None
        assert not workspace.writer and workspace.store.read_only
        assert len(workspace.library.meetings()) == (0 if store == "library" else 3)
        notes = workspace.store.all()
        assert len(notes) == (0 if store == "annotations" else 3)
    assert {p: p.read_bytes() for p in (profile / "annotations").iterdir()} == before  # nothing written
