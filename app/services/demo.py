"""The bundled demo library: the five seed minutes shipped in ``resources/demo``."""

from __future__ import annotations

from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "demo"


def demo_files() -> list[Path]:
    return sorted(DEMO_DIR.glob("*.txt"))
