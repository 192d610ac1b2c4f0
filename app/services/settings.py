"""Every setting in one place: preferences and UI state, with their defaults.

Stored with QSettings in an INI file inside the profile folder, so ``--profile`` carries
the user's window layout and preferences along with the library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Key:
    name: str
    default: Any


# Preferences
LANGUAGE = Key("preferences/language", "da")
USER_NAME = Key("preferences/user_name", "")
PORTAL_SYNC_AT_START = Key("preferences/portal_sync_at_start", True)  # followed committees, when online
# UI state
GEOMETRY = Key("state/geometry", QByteArray())
SPLITTER = Key("state/splitter", QByteArray())
ZOOM = Key("state/zoom", 0)
PAGE_ZOOM = Key("state/page_zoom", 0)  # the page view: percent, 0 = fit width
LAST_SELECTION = Key("state/last_selection", "")


class Settings:
    """Typed access to the profile's settings file."""

    def __init__(self, profile: Path) -> None:
        self._qs = QSettings(str(Path(profile) / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, key: Key) -> Any:
        value = self._qs.value(key.name, key.default)
        if isinstance(key.default, int) and not isinstance(value, int):
            try:
                return int(value) if isinstance(value, str | float) else key.default
            except (TypeError, ValueError):
                return key.default
        return value

    def set(self, key: Key, value: Any) -> None:
        self._qs.setValue(key.name, value)

    def sync(self) -> None:
        self._qs.sync()
