"""Notes that cannot be opened at all: the newest backup is offered and put back (issue #18).

The unreadable notes are never deleted; they are kept beside the restored ones. Tested on a
real profile whose ``meta.json`` holds a schema version no release wrote, through the command
line and through the window's offer.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from app.cli import run
from app.services.startup import EXIT_STORE_UNREADABLE, StoreKind, open_workspace
from app.ui.notes_backup_offer import offer_notes_backup
from tests.services.store_faults import profile_with_everything


def _unreadable_notes(tmp_path: Path) -> Path:
    profile = profile_with_everything(tmp_path)
    meta = profile / "annotations" / "meta.json"
    data = json.loads(meta.read_text(encoding="utf-8"))
    for record in data["_meta"].values():
        record["schema_version"] = "abc"
    meta.write_text(json.dumps(data), encoding="utf-8")
    return profile


def test_the_command_line_names_the_restore_and_puts_the_backup_back(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]  # pytest fixture
    profile = _unreadable_notes(tmp_path)
    capsys.readouterr()
    assert run(["list", "--profile", str(profile)]) == EXIT_STORE_UNREADABLE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "`main.py annotations restore` puts it back" in err

    assert run(["annotations", "restore", "--profile", str(profile)]) == 0
    assert "your notes were put back" in capsys.readouterr().out
    workspace, problem = open_workspace(profile)
    with workspace:
        assert problem is None and len(workspace.store.all()) == 3  # every note is there again
    aside = [p for p in profile.iterdir() if p.name.startswith("annotations.unreadable-")]
    assert len(aside) == 1 and (aside[0] / "meta.json").exists()  # the unreadable notes are kept, not deleted


def test_the_window_offers_the_backup_and_puts_it_back(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]  # pytest fixture
    profile = _unreadable_notes(tmp_path)
    workspace, problem = open_workspace(profile)
    workspace.close()
    assert problem is not None and problem.kind is StoreKind.ANNOTATIONS and problem.backup is not None
    window = QWidget()  # stands for the main window the box belongs to
    qtbot.addWidget(window)
    box = offer_notes_backup(window, profile, problem)
    assert box is not None and box.isVisible()
    assert problem.backup.name in box.informativeText()
    box.property("put_back_button").click()
    done = [w for w in qtbot_top_levels() if w.objectName() == "notes_backup_put_back"]
    assert done and "Genstart" in done[0].text()
    for widget in done:
        widget.close()
        widget.deleteLater()
    workspace, problem = open_workspace(profile)
    with workspace:
        assert problem is None and len(workspace.store.all()) == 3


def qtbot_top_levels() -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
