"""The interface language is process-wide state; no test may leave its language to the next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.language import current_language, restore_language, switcher


def _one_meeting() -> str:
    return QCoreApplication.translate("ImportController", "%n møder importeret", "", 1)


def test_a_test_that_switches_to_english_and_forgets_to_switch_back(qapp) -> None:  # type: ignore[no-untyped-def]
    switcher().switch("en")  # and no way back: the autouse fixture must mend it
    assert _one_meeting() == "1 meeting imported"


def test_the_next_test_sees_danish_with_its_counted_texts(qapp) -> None:  # type: ignore[no-untyped-def]
    assert current_language() == "da"
    assert _one_meeting() == "1 møde importeret"  # the singular comes from the Danish .qm
    assert QLocale().language() == QLocale.Language.Danish


def test_restoring_mends_a_borrowed_date_format_too(qapp) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale(QLocale.Language.English))  # a test that set only the date format
    restore_language("da")
    assert QLocale().toString(QLocale().toDate("2020-03-04", "yyyy-MM-dd"), "d. MMMM yyyy") == "4. marts 2020"
