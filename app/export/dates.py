"""Dates as a reader expects them, from the locale: "14. august 2019" or "14 August 2019".

One formatter for the window and the briefing, each in the member's language; it asks
QLocale for the month names, so no list of month names is kept anywhere in the code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def long_date(iso: str | None, locale: QLocale | None = None) -> str:
    """``2019-08-14`` → ``14. august 2019`` (Danish) or ``14 August 2019`` (English).

    ``locale`` defaults to the application's (set from the language choice at start). A
    missing date is "uden dato"; a stored value that is not a date is shown as it is.
    """
    if not iso:
        return QCoreApplication.translate("Formatting", "uden dato")
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not day.isValid():
        return iso
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.English:
        return locale.toString(day, "d MMMM yyyy")
    return QLocale(QLocale.Language.Danish).toString(day, "d. MMMM yyyy")

