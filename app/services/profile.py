"""Where the user's data lives: the profile folder, and the temporary demo profile."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app import APP_NAME


def default_profile() -> Path:
    """The platform's user data folder (``QStandardPaths.AppDataLocation``)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    base = Path(location) if location else Path.home() / ".local" / "share" / "moedemappe"
    if base.name.lower() not in ("moedemappe", APP_NAME.lower()):
        base = base / "moedemappe"
    base.mkdir(parents=True, exist_ok=True)
    return base


def resolve_profile(profile: str | None) -> Path:
    path = Path(profile).expanduser() if profile else default_profile()
    path.mkdir(parents=True, exist_ok=True)
    return path


def temporary_demo_profile() -> Path:
    """A fresh folder for ``--demo``; the system cleans its temp folder."""
    return Path(tempfile.mkdtemp(prefix="moedemappe-demo-"))
