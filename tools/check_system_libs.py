"""Before `make run` on Linux: are the system libraries Qt's window (xcb) plugin needs installed?

pip brings Qt itself, but Qt's X11 plugin links against a handful of system libraries
that a fresh Debian/Ubuntu lacks (``libxcb-icccm4`` and ``libxcb-keysyms1`` most often).
Without them the window does not open and Qt's own message is hard to act on, so this
asks ``ldd`` which ones are missing and prints the one line that installs them.

Exit status: 0 all there (or not Linux, or rendering offscreen), 1 something missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

# The library file each Debian/Ubuntu package provides (from `ldd` on Qt's libqxcb.so).
PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# Every package the window needs, for the README and for CI (`--packages`).
ALL_PACKAGES = sorted(set(PACKAGES.values()))


def xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = list(Path(PySide6.__file__).parent.glob("Qt/plugins/platforms/libqxcb.so"))
    return found[0] if found else None


def missing_libraries(plugin: Path) -> list[str]:
    """Sonames ``ldd`` cannot resolve for the plugin, in order, without repeats."""
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30, check=False)
    missing: list[str] = []
    for line in result.stdout.splitlines():
        name, _, where = line.strip().partition(" => ")
        if where.strip() == "not found" and name not in missing:
            missing.append(name)
    return missing


def main(argv: list[str]) -> int:
    if "--packages" in argv:
        print(" ".join(ALL_PACKAGES))
        return 0
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal"):
        return 0
    plugin = xcb_plugin()
    if plugin is None or shutil.which("ldd") is None:
        return 0
    missing = missing_libraries(plugin)
    if not missing:
        return 0
    packages = sorted({PACKAGES.get(name, name) for name in missing})
    print("Mødemappe's window needs system libraries that are not installed: " + ", ".join(missing), file=sys.stderr)
    print(f"Install them with:\n    sudo apt-get install {' '.join(packages)}", file=sys.stderr)
    if os.environ.get("WAYLAND_DISPLAY"):
        print("(Under Wayland the window may open without them.)", file=sys.stderr)
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
