"""`make run`'s check for the system libraries Qt's window plugin needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import check_system_libs  # noqa: E402


def test_the_package_list_names_the_libraries_the_issue_found_missing() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "check_system_libs.py"), "--packages"],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    packages = result.stdout.split()
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0"} <= set(packages)


def test_every_library_of_the_xcb_plugin_has_a_package() -> None:
    plugin = check_system_libs.xcb_plugin()
    assert plugin is not None and plugin.exists()
    output = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=30).stdout
    system = [line.split()[0] for line in output.splitlines() if "=>" in line and "PySide6" not in line]
    xcb_related = [name for name in system if name.startswith(("libxcb", "libX11", "libxkb"))]
    assert xcb_related and all(name in check_system_libs.PACKAGES for name in xcb_related)


def test_a_missing_library_prints_the_install_line(tmp_path: Path) -> None:
    """ldd's report of a missing library becomes `apt-get install <package>`."""
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text("#!/bin/sh\necho '\tlibxcb-icccm.so.4 => not found'\necho '\tlibc.so.6 => /lib/libc.so.6'\n")
    fake_ldd.chmod(0o755)
    env = {"PATH": f"{tmp_path}:/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "check_system_libs.py")], capture_output=True,
                            text=True, timeout=60, env=env)  # fmt: skip
    assert result.returncode == 1
    assert "sudo apt-get install libxcb-icccm4" in result.stderr
