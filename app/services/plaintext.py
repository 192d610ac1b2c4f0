"""Untrusted text made safe to show: controls and bidi overrides made visible, names kept to one line.

Document titles, notes and file names come from strangers. Shown as plain text they can
still lie: a right-to-left override (U+202E) makes ``fdp.exe`` read as ``exe.pdf``, a
newline in a file name forges a second line in an import report, and in a terminal
``ESC]0;…BEL`` retitles the window while ``ESC[2J`` wipes it. These helpers are Qt-free so
the window and the CLI show the same thing (⟨RLO⟩, ⟨ESC⟩ …); :mod:`app.ui.plain` adds the
Qt side, and :class:`TerminalStream` puts every byte the command line prints through
:func:`terminal_text` — the one escaping function of the terminal.
"""

from __future__ import annotations

import io
from typing import Any, TextIO

from app.model.visible_text import BIDI_CONTROLS, visible_controls, visible_label

__all__ = ["BIDI_CONTROLS", "TerminalStream", "display_name", "json_text", "terminal_text", "visible_controls",
           "visible_label"]

_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})
# In JSON output the same characters are written as \uXXXX escapes: the data stays exact and the
# terminal sees no raw control (json already escapes C0 itself).
_JSON_ESCAPES = str.maketrans(
    {c: f"\\u{ord(c):04x}" for c in [*BIDI_CONTROLS, "\u2028", "\u2029", "\x7f", *map(chr, range(0x80, 0xA0))]}
)


def terminal_text(text: str) -> str:
    """What the command line may print of ``text``: no raw control character, no bidi override."""
    return visible_controls(text)


def json_text(text: str) -> str:
    """JSON text (from ``json.dumps``) with the controls and bidi overrides ``json`` leaves raw escaped."""
    return text.translate(_JSON_ESCAPES)


class TerminalStream(io.TextIOBase):
    """A text stream that passes everything written through :func:`terminal_text`.

    The command line wraps ``sys.stdout`` and ``sys.stderr`` in it for the whole command, so a
    print that forgot to escape a portal's or a document's text still cannot reach the terminal raw.
    """

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(terminal_text(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # the wrapped stream's
        return getattr(self.inner, "encoding", "utf-8")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def display_name(name: str, limit: int = 200) -> str:
    """A file name (or any one-line label) as it may be shown: visible controls, one line, bounded."""
    text = visible_controls(name.translate(_ONE_LINE))
    return text if len(text) <= limit else text[: limit - 1] + "…"
