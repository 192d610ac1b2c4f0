"""Untrusted text made safe to show: bidi controls made visible, names kept to one line.

Document titles, notes and file names come from strangers. Shown as plain text they can
still lie: a right-to-left override (U+202E) makes ``fdp.exe`` read as ``exe.pdf``, and a
newline in a file name forges a second line in an import report. These helpers are Qt-free
so the window and the CLI show the same thing; :mod:`app.ui.plain` adds the Qt side.
"""

from __future__ import annotations

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
_VISIBLE = str.maketrans({char: f"\u27e8{name}\u27e9" for char, name in BIDI_CONTROLS.items()})
# C0/C1 controls other than tab and newline have no business in a title or a file name.
_CONTROLS = str.maketrans({c: "\ufffd" for c in [*range(0, 9), *range(11, 32), 127, *range(0x80, 0xA0)]})
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def visible_controls(text: str) -> str:
    """``text`` with every bidi embedding/override/isolate shown as ⟨RLO⟩ and friends."""
    return text.translate(_VISIBLE).translate(_CONTROLS)


def display_name(name: str, limit: int = 200) -> str:
    """A file name (or any one-line label) as it may be shown: visible controls, one line, bounded."""
    text = visible_controls(name.translate(_ONE_LINE))
    return text if len(text) <= limit else text[: limit - 1] + "…"
