"""The window's remembered layout across versions and damage (#21's settings keys).

``state/splitter_shares``, ``state/reading_mode`` and ``state/page_rotations`` were added after
release 0.3.0. A profile that release wrote (tests/fixtures/profiles/7393db4, its window closed
by a member after a session at 1920×1080 — see MADE.md) holds Qt's pixel splitter state instead:
it is converted once into shares, and the reading pane still gets the width. Whatever else the
settings file holds for these keys (a list, a number, NaN, negatives, a megabyte of text), the
window starts with the defaults and saves good values at its next close.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from app.services import settings as keys
from app.services.settings import MAX_ROTATIONS, Settings
from app.ui import window_layout
from app.ui.launch import open_window
from app.ui.main_window import MainWindow
from app.ui.window_state import sizes_from_splitter_state
from tests.services.old_profiles import OLD_PROFILES


def _open(qtbot, profile: Path, width: int = 1360, height: int = 860) -> tuple[MainWindow, object]:  # type: ignore[no-untyped-def]
    window, workspace = open_window(profile, Settings(profile))
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    return window, workspace


def _close(window: MainWindow, workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.close()
    workspace.close()  # type: ignore[attr-defined]
    window.deleteLater()
    qtbot.wait(20)


def _sane(window: MainWindow, width: int) -> None:
    """What a member sees: three panes, none cut below its minimum, the reading pane the widest."""
    tree, reading, panel = window.splitter.sizes()
    assert tree >= window_layout.TREE_MIN and panel >= window_layout.PANEL_MIN
    assert reading >= window_layout.READING_MIN and reading > max(tree, panel)
    assert tree + reading + panel <= width


def test_the_0_3_0_profiles_pixel_layout_is_converted_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = next(p for p in OLD_PROFILES if p.release == "7393db4")
    profile = old.copy_to(tmp_path)
    written = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    assert written.contains("state/splitter") and not written.contains("state/splitter_shares")
    wide = sizes_from_splitter_state(Settings(profile).get(keys.SPLITTER))  # in proportion, not pixels
    assert wide is not None and wide[0] / sum(wide) > 0.29  # its tree dragged wider at 1920 px (580 of 1912)

    window, workspace = _open(qtbot, profile)
    try:
        _sane(window, 1360)
        tree, reading, _panel = first = window.splitter.sizes()
        assert reading >= 600  # not squeezed by the 580 px tree of the wide session
        default_tree = window_layout.pane_sizes(sum(first))[0]
        assert tree > default_tree + 30  # the member's wider tree is kept as a share, not dropped
        assert not window.state.reading_mode and window.centre.page_view.rotations == {}
    finally:
        _close(window, workspace, qtbot)
    shares = [float(s) for s in str(Settings(profile).get(keys.SPLITTER_SHARES)).split()]
    assert len(shares) == 3 and abs(sum(shares) - 1) < 0.01
    assert abs(shares[0] - wide[0] / sum(wide)) < 0.03  # the old tree's share of the width

    # Converted once: the old pixels are not read again (a later change to them changes nothing).
    narrow = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    probe_window, probe_workspace = _open(qtbot, tmp_path / "other")
    probe_window.splitter.setSizes([230, 800, 300])
    narrow.setValue("state/splitter", probe_window.splitter.saveState())
    narrow.sync()
    _close(probe_window, probe_workspace, qtbot)
    window, workspace = _open(qtbot, profile)
    try:
        assert all(abs(a - b) <= 2 for a, b in zip(window.splitter.sizes(), first, strict=True))
    finally:
        _close(window, workspace, qtbot)


HUGE_ROTATIONS = json.dumps({f"bilag-{n:05d}.pdf": 90 for n in range(20_000)})  # 440 KB: over the limit
MANY_ROTATIONS = json.dumps({f"b{n:04d}.pdf": 180 for n in range(9_000)})  # under the limit, too many kept
NESTED = "[" * 150_000 + "]" * 150_000  # json.loads: RecursionError, not ValueError
MIXED = ('{"nan.pdf": NaN, "neg.pdf": -90, "skew.pdf": 45, "text.pdf": "90", "yes.pdf": true, "float.pdf": 90.0, '
         '"ok.pdf": 270}')  # fmt: skip

GARBAGE = [
    ("state/page_rotations", 5),
    ("state/page_rotations", [90, 180]),
    ("state/page_rotations", "[90, 180]"),
    ("state/page_rotations", "{"),
    ("state/page_rotations", HUGE_ROTATIONS),
    ("state/page_rotations", MANY_ROTATIONS),
    ("state/page_rotations", NESTED[:190_000]),
    ("state/page_rotations", MIXED),
    ("state/page_rotations", float("nan")),
    ("state/reading_mode", "kanske"),
    ("state/reading_mode", -1),
    ("state/reading_mode", [1, 2]),
    ("state/reading_mode", float("nan")),
    ("state/splitter_shares", "nan nan nan"),
    ("state/splitter_shares", "-0.2 0.6 0.6"),
    ("state/splitter_shares", "inf 0.5 0.5"),
    ("state/splitter_shares", "1e-300 1e-300 1e-300"),
    ("state/splitter_shares", "0.9 0.9 0.9"),
    ("state/splitter_shares", "0.1 " * 250_000),
    ("state/splitter_shares", [0.2, 0.5, 0.3]),
    ("state/splitter_shares", 12),
    ("state/splitter", "garbage"),
    ("state/splitter", 17),
    ("state/splitter", QByteArray(b"\x00\xff" * 40)),
    ("state/splitter", [1, 2, 3]),
    ("state/geometry", "garbage"),
    ("state/geometry", 42),
]


@pytest.mark.parametrize(("key", "value"), GARBAGE, ids=lambda v: repr(v)[:24] if not isinstance(v, str) or
                         len(v) > 24 or "/" not in v else v)  # fmt: skip
def test_an_unreadable_value_never_stops_the_window(key: str, value: object, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    written.setValue(key, value)
    written.sync()
    window, workspace = _open(qtbot, tmp_path, 1024, 700)
    try:
        assert window.isVisible()
        _sane(window, 1024)
        assert not window.state.reading_mode  # nothing here says "true"
        rotations = window.centre.page_view.rotations
        assert len(rotations) <= MAX_ROTATIONS
        assert all(type(d) is int and d in (90, 180, 270) for d in rotations.values())
        if value == MIXED:
            assert rotations == {"ok.pdf": 270}  # the one good entry is kept
    finally:
        _close(window, workspace, qtbot)
    # The next close wrote good values back in their place.
    saved = Settings(tmp_path)
    shares = [float(s) for s in str(saved.get(keys.SPLITTER_SHARES)).split()]
    assert len(shares) == 3 and all(0 < s < 1 for s in shares)
    assert saved.get(keys.READING_MODE) is False
    assert isinstance(saved.get_json(keys.PAGE_ROTATIONS), dict)
