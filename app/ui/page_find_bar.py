"""Find in the open PDF: a bar under the page view's toolbar, as in every PDF reader.

Ctrl+F while the Original tab has the keyboard opens it; Enter (or F3) goes to the next
occurrence, Shift+Enter (Shift+F3) to the previous one, Esc closes it. PDFium does the finding
in the renderer's child (:meth:`app.services.pages.PageRenderer.find_all`).

Signals: ``find_requested(str)`` — look for this text; ``step_requested(int)`` — +1 next, -1
previous; ``closed()`` — the bar was closed (the marks go).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.ui.plain import plain_label


class PageFindBar(QWidget):
    """Signals: ``find_requested(str)``, ``step_requested(int)``, ``closed()``."""

    find_requested = Signal(str)
    step_requested = Signal(int)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._asked = ""
        self._setup_ui()
        self._connect_signals()
        self.hide()

    def _setup_ui(self) -> None:
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.previous_button = QToolButton()
        self.previous_button.setText("▲")
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setAutoRaise(True)
        self.count = plain_label(QLabel())
        self.count.setStyleSheet("color: #5a6675;")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 4)
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        self._retranslate_ui()

    def _retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Find i dokumentet …"))
        self.field.setAccessibleName(self.tr("Find i dokumentet"))
        for button, tip in ((self.previous_button, self.tr("Forrige forekomst (Shift+Enter)")),
                            (self.next_button, self.tr("Næste forekomst (Enter)")),
                            (self.close_button, self.tr("Luk søgningen (Esc)"))):  # fmt: skip
            button.setToolTip(tip)
            button.setAccessibleName(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.close_button.clicked.connect(self.close_bar)

    def open_bar(self) -> None:
        """Show the bar with the keyboard in its field, the last text selected."""
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._asked = ""
        self.count.setText("")
        self.closed.emit()

    def show_position(self, position: int, total: int) -> None:
        """ "3 af 7", or "Ikke fundet"; ``position`` is 1-based (0 before the first step)."""
        if total == 0:
            self.count.setText(self.tr("Ikke fundet"))
        else:
            self.count.setText(self.tr("%1 af %2").replace("%1", str(max(position, 1))).replace("%2", str(total)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F3):
                self._find_or_step(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _find_or_step(self, delta: int) -> None:
        text = " ".join(self.field.text().split())
        if not text:
            return
        if text != self._asked:
            self._asked = text
            self.count.setText(self.tr("Søger …"))
            self.find_requested.emit(text)
        else:
            self.step_requested.emit(delta)

    def _on_previous_button_clicked(self) -> None:
        self._find_or_step(-1)

    def _on_next_button_clicked(self) -> None:
        self._find_or_step(1)
