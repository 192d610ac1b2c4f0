"""Text from documents, notes and file names is shown as plain text, never as rich text.

Qt guesses: a QLabel, a tooltip or a QMessageBox whose text *looks* like HTML is rendered as
HTML, and rich text loads resources — ``<img src="/dev/zero">`` in an item title once made
the app allocate until it died, on every start. So every label showing data gets
``Qt.PlainText`` (:func:`plain_label`), and every tooltip built from data is escaped and
wrapped so Qt cannot guess (:func:`plain_tooltip`). Bidi overrides are made visible.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.plaintext import display_name, visible_controls, visible_label

__all__ = ["display_name", "plain_label", "plain_tooltip", "visible_controls", "visible_label"]

TOOLTIP_LIMIT = 600


def plain_label(label: QLabel, text: str | None = None) -> QLabel:
    """Make ``label`` plain text (no rich-text guessing), optionally setting data ``text``."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(visible_controls(text))
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally: escaped, in an explicit rich-text wrapper.

    A bare string would be rendered as HTML if Qt's ``mightBeRichText`` says so; an escaped
    string alone would show ``&lt;``. Wrapped in ``<qt>`` it is rich text with nothing rich in it.
    """
    if not text:
        return ""
    if len(text) > TOOLTIP_LIMIT:
        text = text[: TOOLTIP_LIMIT - 1] + "…"
    body = escape(visible_controls(text)).replace("\n", "<br>")
    return f"<qt><p style='white-space:pre-wrap'>{body}</p></qt>"
