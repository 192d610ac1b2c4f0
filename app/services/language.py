"""The user interface language, switched while the app runs.

Danish is the source language; English comes from our ``.qm``. Qt's own ``qtbase``
translation is loaded for the chosen language too, so the standard dialogs (file
dialogs, message box buttons) speak it. Installing or removing a translator makes Qt send
``QEvent.LanguageChange`` to every widget, and each one sets its texts again
(``_retranslate_ui``) — no restart. It lives in services (QtCore only) because the worker
process and the command line install the same translators before they write a briefing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("da", "en")


def _resources() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)  # inside the PyInstaller app folder
    return Path(bundled) / "resources" if bundled else Path(__file__).resolve().parent.parent.parent / "resources"


TRANSLATIONS = _resources() / "translations"


def qt_translation_dirs() -> list[str]:
    """Where Qt's own ``qtbase_<lang>.qm`` may be: Qt's translations folder (PySide6's, in a
    checkout), the copy PyInstaller's Qt hook puts in the app folder, and ours."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        dirs.append(str(Path(bundled) / "PySide6" / "Qt" / "translations"))
    return [*dirs, str(TRANSLATIONS)]


class LanguageSwitcher:
    """Owns the installed translators of the application; ``switch()`` replaces them."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "da"
        self._translators: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Install ``language``'s translations (unknown: Danish). True if our .qm was found."""
        language = language if language in LANGUAGES else "da"
        for old in self._translators:
            self.app.removeTranslator(old)
        self._translators = []
        qt = QTranslator(self.app)
        if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translation_dirs()):
            self.app.installTranslator(qt)
            self._translators.append(qt)
        # English is a full translation; Danish, the source language, only brings its counted
        # texts (tr("%n …") plurals) and the Qt texts qtbase_da lacks ("&Look in:"), installed
        # after qtbase so Qt asks ours first.
        ours = QTranslator(self.app)
        ok = ours.load(str(TRANSLATIONS / f"moedemappe_{language}.qm"))
        if ok:
            self.app.installTranslator(ours)
            self._translators.append(ours)
        QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Danish))
        self.language = language
        return ok

    def translators(self) -> list[QTranslator]:
        return list(self._translators)


_switcher: LanguageSwitcher | None = None


def current_language() -> str:
    """The language the interface speaks now ("da" until one is switched to)."""
    return _switcher.language if _switcher is not None else "da"


def switcher() -> LanguageSwitcher:
    """The application's one switcher (created on first use)."""
    global _switcher
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    if _switcher is None or _switcher.app is not app:
        _switcher = LanguageSwitcher(app)
    return _switcher


def use_language(language: str) -> None:
    """Speak ``language`` in this process (a QCoreApplication must exist); no-op if it already does."""
    if _switcher is None or _switcher.app is not QCoreApplication.instance() or current_language() != language:
        switcher().switch(language)


def restore_language(language: str = "da") -> None:
    """Make sure this process speaks ``language`` with all its translators and its date format.

    For whoever borrowed the process-wide language (a test, a one-off English briefing): the
    translators and ``QLocale``'s default are global state, and one left behind changes every
    text that follows ("1 møder" without the Danish counted forms). No-op without an application.
    """
    if QCoreApplication.instance() is None:
        return
    languages = switcher()
    wanted = QLocale.Language.English if language == "en" else QLocale.Language.Danish
    if languages.language != language or not languages.translators() or QLocale().language() != wanted:
        languages.switch(language)
