"""Every setting in one place: preferences and UI state, with their defaults.

Stored with QSettings in an INI file inside the profile folder, so ``--profile`` carries
the user's window layout and preferences along with the library.
"""

from __future__ import annotations

import json
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
SPLITTER = Key("state/splitter", QByteArray())  # read once, from releases before the shares below
SPLITTER_SHARES = Key("state/splitter_shares", "")  # tree, reading pane, notes panel as fractions: "0.22 0.53 0.25"
READING_MODE = Key("state/reading_mode", False)  # the tree and the notes panel hidden (F11)
MAX_ROTATIONS = 500  # documents whose turn is remembered
MAX_FILE_NAME = 255
PAGE_ROTATIONS = Key("state/page_rotations", "{}")  # JSON: a document's file name → degrees the member turned it
BRIEFING_CHOICES = Key("state/briefing_choices", "{}")  # JSON: the briefing dialog's last choices
ZOOM = Key("state/zoom", 0)
PAGE_ZOOM = Key("state/page_zoom", 0)  # the page view: percent, 0 = fit width
LAST_SELECTION = Key("state/last_selection", "")


class Settings:
    """Typed access to the profile's settings file."""

    def __init__(self, profile: Path) -> None:
        self._qs = QSettings(str(Path(profile) / "settings.ini"), QSettings.Format.IniFormat)

    def get(self, key: Key) -> Any:
        value = self._qs.value(key.name, key.default)
        if isinstance(key.default, bool):  # the INI file gives "true"/"false" back after a restart
            return value is True or str(value).lower() in ("true", "1")
        if isinstance(key.default, int) and not isinstance(value, int):
            try:
                return int(value) if isinstance(value, str | float) else key.default
            except (TypeError, ValueError):
                return key.default
        return value

    def set(self, key: Key, value: Any) -> None:
        self._qs.setValue(key.name, value)

    def get_json(self, key: Key, limit: int = 200_000) -> dict[str, Any]:
        """A JSON object stored as text; anything unreadable (or absurdly long) gives the default."""
        value = self.get(key)
        try:
            data = json.loads(value) if isinstance(value, str) and len(value) <= limit else None
        except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested deeper than Python goes
            data = None
        return data if isinstance(data, dict) else json.loads(key.default)

    def page_rotations(self) -> dict[str, int]:
        """The member's turn per document (file name → 90, 180 or 270): the page view reads it, the
        briefing prints bilag pages the same way. Anything else stored (True, 90.0, "90", NaN) is no turn."""
        stored = self.get_json(PAGE_ROTATIONS)
        kept = {str(name)[:MAX_FILE_NAME]: degrees for name, degrees in stored.items()
                if type(degrees) is int and degrees in (90, 180, 270)}  # fmt: skip
        return dict(list(kept.items())[-MAX_ROTATIONS:])

    def set_json(self, key: Key, value: dict[str, Any]) -> None:
        self.set(key, json.dumps(value, ensure_ascii=False, sort_keys=True))

    def sync(self) -> None:
        self._qs.sync()
