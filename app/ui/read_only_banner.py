"""The banner of the read-only viewing mode.

A read-only profile or a full disk still opens, so the member can read; this strip over the
panes says why nothing can be saved. The reason is plain text (it may name a path).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.plain import plain_label


class ReadOnlyBanner(QLabel):
    """Hidden until :meth:`show_reason` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self.setObjectName("read_only_banner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 6px 10px;")
        self.hide()

    def show_reason(self, reason: str) -> None:
        self.setText(self.tr("Kun læsning — intet kan gemmes lige nu. %1").replace("%1", reason))
        self.show()
