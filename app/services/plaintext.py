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

# The explicit embeddings, overrides and isolates: the characters that reorder what follows
# them. (The implicit marks LRM/RLM/ALM only nudge neutral characters and stay.)
BIDI_CONTROLS: dict[str, str] = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
_C0_NAMES = [
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
]  # fmt: skip
_C1_NAMES = {0x85: "NEL", 0x90: "DCS", 0x9B: "CSI", 0x9C: "ST", 0x9D: "OSC", 0x9E: "PM", 0x9F: "APC"}


def _control_name(code: int) -> str:
    if code < 32:
        return _C0_NAMES[code]
    if code == 127:
        return "DEL"
    return _C1_NAMES.get(code, f"U+{code:04X}")


# C0/C1 controls other than tab and newline have no business in a title or a file name: each is
# shown by its name (⟨ESC⟩, ⟨BEL⟩, ⟨CSI⟩ …), like the bidi controls (⟨RLO⟩ …).
_CONTROL_CODES = [*range(0, 9), *range(11, 32), 127, *range(0x80, 0xA0)]
_VISIBLE = str.maketrans(
    {**{char: f"\u27e8{name}\u27e9" for char, name in BIDI_CONTROLS.items()},
     **{chr(c): f"\u27e8{_control_name(c)}\u27e9" for c in _CONTROL_CODES}}
)  # fmt: skip
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})
# In JSON output the same characters are written as \uXXXX escapes: the data stays exact and the
# terminal sees no raw control (json already escapes C0 itself).
_JSON_ESCAPES = str.maketrans(
    {c: f"\\u{ord(c):04x}" for c in [*BIDI_CONTROLS, "\u2028", "\u2029", "\x7f", *map(chr, range(0x80, 0xA0))]}
)


def visible_controls(text: str) -> str:
    """``text`` with every bidi embedding/override/isolate shown as ⟨RLO⟩ and every control as ⟨ESC⟩ …

    Tab and newline stay (a note has lines); :func:`display_name` makes a label one line.
    """
    return text.translate(_VISIBLE)


def terminal_text(text: str) -> str:
    """What the command line may print of ``text``: no raw control character, no bidi override."""
    return text.translate(_VISIBLE)


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
