"""FirstAgenda item bodies (HTML) → sections of blocks, with the stdlib's ``html.parser``.

The portal stores each agenda item's body as an HTML fragment (``Felter[].Html`` in the JSON,
the item's ``div.punkt`` on the web page). It is authored in Word-like editors, so it is loose:
headings are ``h3`` or ``h4`` (sometimes wrapping ``span``), body paragraphs are sometimes
``h4`` too, emphasised ``h4`` lines are sub-headings, and tables and lists appear anywhere.

This module turns such a fragment into a flat list of :class:`Piece` (heading, paragraph,
list, table) and then into model :class:`Section` objects, using the one heading vocabulary
of :mod:`app.parsing.vocabulary`. The input is untrusted: nothing it names is loaded (images,
links and scripts are ignored, their text too for scripts and styles), and its size and the
number of pieces are capped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from app.model import Block, BlockKind, Section, SectionKind, Span
from app.parsing import vocabulary as voc

MAX_FRAGMENT_CHARS = 4_000_000
MAX_PIECES = 50_000
MAX_CELLS = 200_000

_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "blockquote", "pre", "address", "center", "header", "footer", "main",
     "dl", "dt", "dd", "figure", "figcaption", "hr", "form", "fieldset", "nav", "aside"}
)  # fmt: skip
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD_TAGS = frozenset({"strong", "b"})
_EMPHASIS_TAGS = frozenset({"strong", "b", "em", "i", "u"})
# Elements whose content is never text for the reader (and never loaded).
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template", "iframe", "object", "svg", "math",
                        "button", "select", "textarea"})  # fmt: skip
_VOID_TAGS = frozenset({"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"})

# The portal's own structural labels (not paper vocabulary): the decision box of minutes,
# "Beslutninger" on some portals, and "Fremstilling", the wrapper heading around the body.
_PORTAL_LABELS: dict[str, SectionKind] = {
    "beslutninger": SectionKind.DECISION,
    "fremstilling": SectionKind.PRESENTATION,
}
_WRAPPERS = frozenset({"fremstilling"})
# Sections a paper has once (several "Høring"/"Tidsplan"-like procedure sections are common).
_ONCE_KINDS = frozenset({SectionKind.SUMMARY, SectionKind.RECOMMENDATION, SectionKind.ECONOMY, SectionKind.LEGAL})
_HEADING_MAX_CHARS = 90
_HEADING_MAX_WORDS = 6
_WS_RE = re.compile(r"\s+")


@dataclass
class Piece:
    """One block-level thing found in the HTML."""

    kind: str  # "heading", "paragraph", "list", "table"
    spans: list[Span] = field(default_factory=list)
    level: int = 0
    emphasised: bool = False  # a heading whose text is all bold/italic
    ordered: bool = False
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans).strip()


def clean(text: str) -> str:
    """Collapse HTML whitespace (and no-break spaces) into single spaces."""
    return _WS_RE.sub(" ", text.replace("\xa0", " ").replace("\u200b", "")).strip()


class _FragmentParser(HTMLParser):
    """Collects :class:`Piece` objects; inline text accumulates until a block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[Piece] = []
        self._spans: list[Span] = []
        self._bold = 0
        self._emph = 0
        self._plain_chars = 0  # heading text outside emphasis
        self._skip = 0
        self._heading: int | None = None
        self._lists: list[tuple[bool, list[str]]] = []
        self._item: list[str] | None = None
        self._tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._cells = 0

    # --- helpers -------------------------------------------------------------------------------

    def _flush(self) -> None:
        """End the current run of inline text (a paragraph, a heading or a list item's text)."""
        spans = self._merge(self._spans)
        self._spans = []
        text = "".join(s.text for s in spans).strip()
        if not text:
            return
        if self._cell is not None:
            self._cell.append(text)
        elif self._item is not None:
            self._item.append(text)
        elif self._heading is not None:
            return  # headings are flushed on their end tag
        elif len(self.pieces) < MAX_PIECES:
            self.pieces.append(Piece("paragraph", spans=spans))

    @staticmethod
    def _merge(spans: list[Span]) -> list[Span]:
        merged: list[Span] = []
        for span in spans:
            if merged and merged[-1].bold == span.bold:
                merged[-1] = Span(merged[-1].text + span.text, span.bold)
            else:
                merged.append(Span(span.text, span.bold))
        out = [Span(_WS_RE.sub(" ", s.text.replace("\xa0", " ")), s.bold) for s in merged]
        if out:
            out[0] = Span(out[0].text.lstrip(), out[0].bold)
            out[-1] = Span(out[-1].text.rstrip(), out[-1].bold)
        return [s for s in out if s.text]

    # --- parser callbacks ----------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if self._skip or (tag in _VOID_TAGS and tag != "br"):
            return
        if tag == "br":
            if self._cell is None and self._item is None and self._heading is None:
                self._flush()
            else:
                self._spans.append(Span(" "))
        elif tag in _HEADING_TAGS and self._cell is None and self._item is None:
            self._flush()
            self._heading = int(tag[1])
            self._plain_chars = 0
        elif tag in ("ul", "ol") and self._cell is None:
            self._flush()
            if self._item is not None:  # a nested list: its items follow the parent's
                self._finish_item()
            self._lists.append((tag == "ol", []))
        elif tag == "li" and self._lists and self._cell is None:
            self._finish_item()
            self._item = []
        elif tag == "table":
            self._flush()
            if self._item is not None:
                self._finish_item()
            self._tables.append([])
        elif tag == "tr" and self._tables:
            self._finish_cell()
            self._tables[-1].append([])
        elif tag in ("td", "th") and self._tables:
            self._finish_cell()
            if not self._tables[-1]:
                self._tables[-1].append([])
            self._cell = []
        elif tag in _BLOCK_TAGS:
            if self._cell is not None or self._item is not None:
                self._spans.append(Span(" "))
            elif self._heading is None:
                self._flush()
        if tag in _BOLD_TAGS:
            self._bold += 1
        if tag in _EMPHASIS_TAGS:
            self._emph += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in _BOLD_TAGS:
            self._bold = max(0, self._bold - 1)
        if tag in _EMPHASIS_TAGS:
            self._emph = max(0, self._emph - 1)
        if tag in _HEADING_TAGS and self._heading is not None:
            spans = self._merge(self._spans)
            self._spans = []
            text = "".join(s.text for s in spans).strip()
            if text and len(self.pieces) < MAX_PIECES:
                self.pieces.append(
                    Piece("heading", spans=spans, level=self._heading, emphasised=self._plain_chars == 0)
                )
            self._heading = None
        elif tag == "li" and self._item is not None:
            self._finish_item()
        elif tag in ("ul", "ol") and self._lists and self._cell is None:
            self._finish_item()
            ordered, items = self._lists.pop()
            if self._lists:
                self._lists[-1][1].extend(items)
            elif items and len(self.pieces) < MAX_PIECES:
                self.pieces.append(Piece("list", ordered=ordered, items=items))
        elif tag in ("td", "th"):
            self._finish_cell()
        elif tag == "table" and self._tables:
            self._finish_cell()
            rows = [r for r in self._tables.pop() if any(c for c in r)]
            if self._tables:  # a nested table becomes text in the outer cell
                self._spans.append(Span(" ".join(" ".join(c for c in r if c) for r in rows)))
                self._cell = self._cell if self._cell is not None else []
            elif rows and len(self.pieces) < MAX_PIECES:
                self.pieces.append(Piece("table", rows=rows))
        elif tag in _BLOCK_TAGS and self._cell is None and self._item is None and self._heading is None:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip or not data:
            return
        if self._heading is not None and self._emph == 0 and data.strip():
            self._plain_chars += len(data.strip())
        self._spans.append(Span(data, self._bold > 0))

    def _finish_item(self) -> None:
        if self._item is None:
            return
        self._flush_into_item()
        text = clean(" ".join(self._item))
        if text and self._lists:
            self._lists[-1][1].append(text)
        self._item = None

    def _flush_into_item(self) -> None:
        text = clean("".join(s.text for s in self._spans))
        self._spans = []
        if text and self._item is not None:
            self._item.append(text)

    def _finish_cell(self) -> None:
        if self._cell is None:
            return
        text = clean(" ".join([*self._cell, "".join(s.text for s in self._spans)]))
        self._spans = []
        if self._tables and self._tables[-1] and self._cells < MAX_CELLS:
            self._tables[-1][-1].append(text)
            self._cells += 1
        self._cell = None

    def close(self) -> None:
        super().close()
        self._finish_cell()
        while self._lists:
            self.handle_endtag("ol" if self._lists[-1][0] else "ul")
        while self._tables:
            self.handle_endtag("table")
        if self._heading is not None:
            self.handle_endtag(f"h{self._heading}")
        self._flush()


def html_pieces(fragment: str) -> list[Piece]:
    """The block-level pieces of an HTML fragment, in reading order."""
    parser = _FragmentParser()
    parser.feed(fragment[:MAX_FRAGMENT_CHARS])
    parser.close()
    return parser.pieces


def heading_kind(text: str) -> SectionKind | None:
    """The section kind of a heading text, from the shared vocabulary (plus the portal's labels)."""
    return voc.section_kind(text) or _PORTAL_LABELS.get(voc.normalise_heading(text))


def _is_section_heading(piece: Piece) -> bool:
    text = piece.text
    if heading_kind(text) is not None:
        return True
    if piece.emphasised or len(text) > _HEADING_MAX_CHARS or text.endswith((".", ",", ";")):
        return False
    if len(text.split()) > _HEADING_MAX_WORDS:  # body text typed into an <h4>
        return False
    return any(ch.isalpha() for ch in text)


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _bold_heading_kind(
    piece: Piece, current: Section | None, after_heading: bool, later: set[SectionKind]
) -> SectionKind | None:
    """The kind of a paragraph that is only bold text naming a known section, when it starts one.

    Word-like editors often mark a section heading as a bold paragraph (``<p><strong>Indstilling
    </strong></p>``) instead of ``h3``/``h4``. Such a line starts a new section when it names a
    known heading of another kind than the section it is in. It stays a bold line of the current
    section when it is of the same kind ("Baggrund" under "Sagsbeskrivelse"), is the first line
    under a heading ("Sagsbeskrivelse" → "Indledning": a sub-heading), or when it names a section
    a paper has once and the real heading of that kind follows (bold "Økonomi" among options
    before the item's "Økonomiske konsekvenser"). A decision heading
    never comes from bold body text: the portal's decision box is always a real heading, and a
    bold "Beslutning i … den …" in the body quotes an earlier treatment.
    """
    if not piece.spans or not all(s.bold for s in piece.spans) or len(piece.text) > _HEADING_MAX_CHARS:
        return None
    kind = heading_kind(piece.text)
    if kind is None or kind is SectionKind.DECISION or after_heading or (kind in _ONCE_KINDS and kind in later):
        return None
    if current is not None and current.heading and kind is current.kind:
        return None
    return kind


def pieces_to_sections(pieces: list[Piece]) -> list[Section]:
    """Group pieces under their headings; stray punctuation and empty wrappers are dropped."""
    sections: list[Section] = []
    current: Section | None = None

    def target() -> Section:
        nonlocal current
        if current is None:
            current = Section("", SectionKind.OTHER)
            sections.append(current)
        return current

    # The kinds of the real section headings from each piece on (for bold lines before them).
    later: list[set[SectionKind]] = [set() for _ in range(len(pieces) + 1)]
    for index in range(len(pieces) - 1, -1, -1):
        later[index] = later[index + 1]
        piece = pieces[index]
        if piece.kind == "heading" and _is_section_heading(piece):
            kind = heading_kind(clean(piece.text).rstrip(":").strip())
            if kind is not None:
                later[index] = later[index + 1] | {kind}

    for index, piece in enumerate(pieces):
        # A bold line right under a real heading is that section's sub-heading (the wrapper
        # "Fremstilling" is no section of its own, so a bold line under it starts one).
        after_heading = (
            current is not None
            and bool(current.heading)
            and not current.blocks
            and voc.normalise_heading(current.heading) not in _WRAPPERS
        )
        bold_kind = None
        if piece.kind == "paragraph":
            bold_kind = _bold_heading_kind(piece, current, after_heading, later[index + 1])
        if bold_kind is not None:
            current = Section(clean(piece.text).rstrip(":").strip(), bold_kind)
            sections.append(current)
        elif piece.kind == "heading":
            if _is_section_heading(piece):
                text = clean(piece.text).rstrip(":").strip()
                current = Section(text, heading_kind(text) or SectionKind.OTHER)
                sections.append(current)
            elif piece.emphasised and len(piece.text) <= _HEADING_MAX_CHARS:
                target().blocks.append(Block(BlockKind.SUBHEADING, spans=[Span(clean(piece.text), True)]))
            elif _has_words(piece.text):
                target().blocks.append(Block(BlockKind.PARAGRAPH, spans=piece.spans))
        elif piece.kind == "paragraph":
            if _has_words(piece.text):
                target().blocks.append(Block(BlockKind.PARAGRAPH, spans=piece.spans))
        elif piece.kind == "list":
            list_kind = BlockKind.NUMBERED_LIST if piece.ordered else BlockKind.BULLET_LIST
            markers = [f"{n}." for n in range(1, len(piece.items) + 1)] if piece.ordered else []
            target().blocks.append(Block(list_kind, items=piece.items, markers=markers))
        elif piece.kind == "table":
            width = max(len(r) for r in piece.rows)
            rows = [r + [""] * (width - len(r)) for r in piece.rows]
            target().blocks.append(Block(BlockKind.TABLE, rows=rows))
    # A heading with nothing under it stays (as printed), except the portal's empty wrapper.
    return [s for s in sections if s.blocks or (s.heading and voc.normalise_heading(s.heading) not in _WRAPPERS)]


def html_sections(fragment: str) -> list[Section]:
    """An item body (HTML) as model sections."""
    return pieces_to_sections(html_pieces(fragment))
