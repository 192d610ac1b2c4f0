"""The window starts on every profile an earlier release wrote, and shows every note (issue #18).

Opened the way ``main.py`` opens it (:func:`app.ui.launch.open_window`: write probe, lock,
library, annotation store with its migrations), then each annotated item is selected and the
notes panel is read as a member reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QToolButton

from app.services.settings import Settings
from app.ui.launch import open_window
from app.ui.main_window import MainWindow
from tests.services.old_profiles import OLD_PROFILES, OldProfile


def _chips(window: MainWindow) -> dict[str, str]:
    """Tag chips shown in the panel: tag → background colour."""
    shown = {}
    for chip in window.panel.chips.findChildren(QToolButton):
        if chip.property("tag") and not chip.isHidden():
            style = chip.styleSheet()
            shown[chip.property("tag")] = QColor(style.split("background:")[1].split(";")[0].strip()).name()
    return shown


@pytest.mark.parametrize("old", OLD_PROFILES, ids=lambda p: p.release)
def test_the_window_starts_on_an_earlier_profile_and_shows_every_note(old: OldProfile, qtbot,
                                                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    profile = old.copy_to(tmp_path)
    window, workspace = open_window(profile, Settings(profile))
    qtbot.addWidget(window)
    try:
        window.show()
        assert not window.read_only and window.read_only_banner.isHidden()
        assert len(window.model.item_ids_in_order()) > 20
        for item_id, want in old.notes.items():
            assert window.select(item_id)
            qtbot.waitUntil(lambda item_id=item_id: window.panel.item_id == item_id)
            panel = window.panel
            assert panel.note.toPlainText() == want.note
            assert panel.stance.currentData() == want.stance
            assert panel.reading.currentData() == want.reading
            assert panel.follow_status.currentData() == want.follow_up[0]
            assert panel.follow_text.text() == want.follow_up[2]
            if want.follow_up[1]:
                assert panel.follow_due.date().toString("yyyy-MM-dd") == want.follow_up[1]
            qtbot.waitUntil(lambda want=want: set(_chips(window)) == set(want.tags))
            for tag, color in old.tag_colors.items():
                if tag in want.tags:
                    assert _chips(window)[tag] == color
            shown = [panel.highlights.item(n).text() for n in range(panel.highlights.count())]
            assert len(shown) == len(want.highlights)
            for (quote, comment), text in zip(want.highlights, shown):
                assert quote[:40] in text and comment in text
        window.panel.flush()
    finally:
        window.close()
        workspace.close()
