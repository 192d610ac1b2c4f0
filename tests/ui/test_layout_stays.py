"""The layout stays put: pane shares survive restarts, a wide window gives its width back, reading mode."""

from __future__ import annotations

from pathlib import Path

from app.services import settings as keys
from app.services.library.importer import import_file
from app.services.notes.annotations import AnnotationService
from app.services.settings import Settings
from app.storage.annotations import AnnotationStore
from app.storage.library import Library
from app.ui.main_window import MainWindow
from tests.conftest import SEEDS


def _open(qtbot, profile: Path, width: int = 1360, height: int = 860) -> MainWindow:  # type: ignore[no-untyped-def]
    library = Library(profile)
    window = MainWindow(library, Settings(profile), AnnotationService(AnnotationStore(profile), library))
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window


def _close(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.close()
    window.annotations.store.close()
    window.deleteLater()
    qtbot.wait(20)


def test_pane_shares_survive_three_restarts_at_one_size(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(Library(tmp_path), SEEDS["lejre_2020"])
    window = _open(qtbot, tmp_path)
    window.splitter.moveSplitter(window.splitter.sizes()[0] + 30, 1)  # the member's own shares
    first = window.splitter.sizes()
    assert first[1] >= 600  # the reading pane has the width at 1360 px
    _close(window, qtbot)
    assert len(str(Settings(tmp_path).get(keys.SPLITTER_SHARES)).split()) == 3
    for _restart in range(3):
        window = _open(qtbot, tmp_path)
        sizes = window.splitter.sizes()
        _close(window, qtbot)
        assert all(abs(a - b) <= 2 for a, b in zip(sizes, first, strict=True)), (sizes, first)


def test_a_dragged_share_is_kept_and_a_wide_window_gives_its_width_back(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(Library(tmp_path), SEEDS["lejre_2020"])
    window = _open(qtbot, tmp_path, 1920, 1080)
    wide = window.splitter.sizes()
    window.resize(1024, 700)
    qtbot.wait(50)
    narrow = window.splitter.sizes()
    assert narrow[0] < wide[0] and narrow[2] < wide[2]  # not 450 px each once the window was wide
    assert narrow[1] >= 380
    # The member drags the tree wider: that share is the one kept, at any size and after a restart.
    total = sum(narrow)
    window.splitter.moveSplitter(narrow[0] + 40, 1)
    dragged = window.splitter.sizes()
    window.resize(1360, 860)
    qtbot.wait(50)
    _close(window, qtbot)
    window = _open(qtbot, tmp_path, 1024, 700)
    again = window.splitter.sizes()
    _close(window, qtbot)
    assert abs(again[0] / sum(again) - dragged[0] / total) < 0.01


def test_reading_mode_hides_the_side_panes_and_is_remembered(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(Library(tmp_path), SEEDS["lejre_2020"])
    window = _open(qtbot, tmp_path, 1024, 700)
    before = window.centre.width()
    window.main_actions.reading_mode_action.trigger()  # F11
    qtbot.wait(50)
    assert window.tabs.isHidden() and window.panel.isHidden()
    assert window.centre.width() > before + 400
    _close(window, qtbot)
    assert Settings(tmp_path).get(keys.READING_MODE) is True
    window = _open(qtbot, tmp_path, 1024, 700)
    assert window.tabs.isHidden() and window.panel.isHidden()
    assert window.main_actions.reading_mode_action.isChecked()
    window.main_actions.reading_mode_action.trigger()
    qtbot.wait(50)
    assert window.tabs.isVisible() and window.panel.isVisible()
    assert window.splitter.sizes()[1] >= 380
    _close(window, qtbot)
