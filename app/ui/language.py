"""The user interface language (the switcher itself is in :mod:`app.services.language`)."""

from __future__ import annotations

from app.services.language import LANGUAGES, TRANSLATIONS, LanguageSwitcher, current_language, switcher

__all__ = ["LANGUAGES", "TRANSLATIONS", "LanguageSwitcher", "current_language", "switcher"]
