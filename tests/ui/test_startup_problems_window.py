"""A store that raises anything on open gives the read-only window with the banner, never a traceback (issue #18)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.services.settings import Settings
from app.ui.launch import open_window
from tests.services.old_profiles import HAD
from tests.services.store_faults import ERRORS, OPENS, inject, profile_with_everything


@pytest.mark.parametrize(("store", "error"), list(zip(OPENS, ERRORS)), ids=list(OPENS))
def test_the_window_opens_read_only_and_the_banner_names_file_cause_and_backup(store: str, error: BaseException,
                                                                                 qtbot, tmp_path: Path,
                                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    profile = profile_with_everything(tmp_path)
    hooked: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: hooked.append(exc))
    inject(monkeypatch, store, error)
    window, workspace = open_window(profile, Settings(profile))
    qtbot.addWidget(window)
    try:
        window.show()
        banner = window.read_only_banner
        assert window.read_only and banner.isVisible()
        text = banner.text()
        assert str(profile / OPENS[store][2]) in text and type(error).__name__ in text
        assert "sikkerhedskopi" in text and str(profile / "backups") in text
        assert text.count(". ") <= 2  # "Kun læsning — …. " and the one sentence about the store
        assert not window.panel.isEnabled()
        if store != "library":  # the rest reads as ever
            assert window.select(HAD)
            if store != "annotations":
                qtbot.waitUntil(lambda: window.panel.note.toPlainText().startswith("Spørg til tilbuddene"))
        else:
            assert window.model.item_ids_in_order() == []
        qtbot.wait(50)
        assert hooked == [] and not (profile / "error.log").exists()
    finally:
        window.close()
        workspace.close()
