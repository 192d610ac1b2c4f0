"""The banner of the read-only viewing mode.

A read-only profile or a full disk still opens, so the member can read; this strip over the
panes says why nothing can be saved. The reason is plain text (it may name a path).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.plain import plain_label

Reason = Callable[[], str] | str  # a function says the reason in the language spoken now


class ReadOnlyBanner(QLabel):
    """Hidden until :meth:`show_reason` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setObjectName("read_only_banner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px 10px;")
        self._reason: Reason = ""
        self.hide()

    def show_reason(self, reason: Reason) -> None:
        """``reason``: a function that says it in the language spoken now (or a fixed text)."""
        self._reason = reason
        self.setText(self.tr("Kun læsning — intet kan gemmes lige nu. %1").replace("%1", self._reason_text()))
        self.show()

    def _reason_text(self) -> str:
        return self._reason() if callable(self._reason) else self._reason

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._reason:
            self.show_reason(self._reason)  # the reason in the language switched to
        super().changeEvent(event)
