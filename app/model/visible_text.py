"""Control characters and bidi overrides made visible in text from strangers: ⟨ESC⟩, ⟨NUL⟩, ⟨RLO⟩ ….

Qt-free and stdlib-only, so the core's exports (Markdown) and the services' terminal and
window helpers (:mod:`app.services.plaintext`) show the same names. :func:`visible_label` is
for one-line values such as tags, where a newline is shown as ⟨LF⟩ rather than obeyed: a tag
stored by an older release (before tags were validated) may hold anything.
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
def visible_controls(text: str) -> str:
    """``text`` with every bidi embedding/override/isolate shown as ⟨RLO⟩ and every control as ⟨ESC⟩ …

    Tab and newline stay (a note has lines); :func:`display_name` makes a label one line.
    """
    return text.translate(_VISIBLE)


_LINE_BREAKS = str.maketrans({"\t": "\u27e8HT\u27e9", "\n": "\u27e8LF\u27e9", "\r": "\u27e8CR\u27e9",
                              "\u2028": "\u27e8LS\u27e9", "\u2029": "\u27e8PS\u27e9"})  # fmt: skip


def visible_label(text: str) -> str:
    """A one-line value (a tag) as it may be shown: every control named, line breaks too (⟨LF⟩)."""
    return visible_controls(text).translate(_LINE_BREAKS)
