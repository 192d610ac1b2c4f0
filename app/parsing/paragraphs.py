"""From source lines to paragraphs: join wrapped lines, repair hyphenation, keep bold spans.

Text renditions separate paragraphs by blank lines and mark headings with ``#``/``**``;
PDF lines arrive with blank lines where the page shows a vertical gap and ``bold`` set
from the font. Both end up as the same :class:`Para` list, so one parser serves both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.model import Span
from app.parsing import vocabulary as voc
from app.parsing.text_source import SourceLine

MD_HEADING_RE = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
TOC_LINE_RE = re.compile(r"^(?P<title>.*?)\s*(?:\.{3,}|…+|\t)\s*(?P<page>\d{1,4})\s*$")
BULLET_RE = re.compile(r"^\s*(?P<marker>[-•*–▪·●◦➢✓❖])\s+(?P<text>\S.*)$")
NUMBERED_RE = re.compile(r"^\s*(?P<marker>\d{1,2}[.)]|[a-zA-ZæøåÆØÅ][.)]|\(\d{1,2}\)|\([a-z]\))\s+(?P<text>\S.*)$")
# "Bilag 3: Indstilling" (a bilag list: never a heading) and "At 1) …" (FirstAgenda's points).
LABELLED_ITEM_RE = re.compile(
    r"^\s*(?P<marker>[Bb]ilag\s+\d{1,3}[a-z]?\s*(?:[:.)]|[-–](?=\s))|[Aa]t\s+\d{1,2}\))\s+(?P<text>\S.*)$"
)
ITEM_HEADING_RE = re.compile(
    r"^(?:punkt|pkt\.?)\s*(?P<number>\d{1,9}(?:\.\d{1,2})?)\s*[:.]\s*(?P<title>\S.*)$", re.IGNORECASE
)
TOC_HEADING_RE = re.compile(r"^(?:ind|inn|in)holdsfortegnelse$|^indhold$|^dagsordenspunkter$", re.I)
MONTH_AFTER_NUMBER_RE = re.compile(r"^\d{1,2}\.\s+(?:" + "|".join(voc.MONTHS) + r")\b", re.I)
WORD_RE = re.compile(r"[\wæøåÆØÅ]+(?:-[\wæøåÆØÅ]+)*")
DOCNO_LINE_RE = re.compile(r"^(?:(?:\d{2,4}[-–])?\d{4}[-–]\d{3,8}\s+[-–]\s+\S|\d{2,4}[-–]\d{4}[-–]\d{3,8}\s+\S)")
OPEN_CLOSED_RE = re.compile(r"^(?:åbent|åben|lukket|åbent punkt|lukket punkt)$", re.I)


@dataclass
class Para:
    """A paragraph-like unit: a heading, a text paragraph, a list item, a table or a TOC line."""

    lines: list[str]
    spans: list[Span]
    page: int | None = None
    level: int = 0
    bold: bool = False
    kind: str = "text"  # text | bullet | numbered | table | toc | running (a PDF's running header)
    marker: str = ""
    raw_first: str = ""
    rows: list[list[str]] = field(default_factory=list)
    # Lines that may start anew, with the source line before each (PDF geometry decides, on demand).
    break_candidates: list[tuple[int, SourceLine]] = field(default_factory=list)

    def hard_breaks(self) -> list[int]:
        """Indexes of lines that begin a new entry although the paragraph ran on."""
        return [index for index, before in self.break_candidates if before.ended()]

    def pieces(self) -> list[str]:
        """The lines grouped at the hard breaks: one entry of a list printed without markers."""
        bounds = [0, *self.hard_breaks(), len(self.lines)]
        return [" ".join(self.lines[a:b]).strip() for a, b in zip(bounds, bounds[1:]) if a < b]

    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(s.text for s in self.spans).strip()
        return self._text

    def set_spans(self, spans: list[Span]) -> None:
        self.spans = spans
        self._text = None


def parse_spans(line: str) -> list[Span]:
    """Split ``**bold**`` markup into spans; a stray unmatched ``**`` is dropped."""
    parts = line.split("**")
    if len(parts) == 1:
        return [Span(line)]
    spans: list[Span] = []
    balanced = len(parts) % 2 == 1
    for index, part in enumerate(parts):
        if not part:
            continue
        bold = balanced and index % 2 == 1
        if spans and spans[-1].bold == bold:
            spans[-1] = Span(spans[-1].text + part, bold)
        else:
            spans.append(Span(part, bold))
    return spans


MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def plain(line: str) -> str:
    return line.replace("**", "")


_LABEL_STARTS = ("sag", "j.", "journal", "dok")
_ABSENT_STARTS = ("fravær", "afbud", "følgende deltog")
_HEADER_WORDS = frozenset(("mødedato", "mødested", "mødedeltagere", "tilstede", "afbud/fraværende"))


def is_heading_like(text: str) -> bool:
    """Lines that always stand alone, even when the source printed no gap around them.

    Ordered so that an ordinary body line is rejected by cheap string tests before any regex.
    """
    t = text.strip()
    if not t or len(t) > 220:
        return False
    low = t.lower()
    if len(t) <= 90 and voc.normalise_heading(t) in voc.SECTION_HEADINGS:
        return True
    if low.startswith(("punkt", "pkt")) and ITEM_HEADING_RE.match(t):
        return True
    if len(t) < 30 and (TOC_HEADING_RE.match(t) or OPEN_CLOSED_RE.match(t)):
        return True
    if "beslutning" in low and not t[0].islower() and voc.is_decision_heading(t):
        return True
    if low.startswith(_LABEL_STARTS) and voc.match_label(t):
        return True
    if len(t) < 30 and (t[0].isdigit() or t[0].isupper()) and voc.CASE_NUMBER_RE.match(t):
        return True
    if low.startswith(_ABSENT_STARTS) and voc.ABSENT_LABEL_RE.match(t):
        if ":" in t[:45] or low.startswith("fraværende"):
            return True
    if ":" in t[:30] and t.split(":", 1)[0].strip().lower() in voc.MEETING_LABELS:
        return True
    if low.split(" ", 1)[0] in _HEADER_WORDS:
        return True
    return t.isupper() and len(t) < 120 and " " in t and sum(c.isalpha() for c in t) >= 8  # "BESLUTNINGSFORSLAG FRA M"


def _meeting_label_with_value(text: str) -> bool:
    head, sep, rest = text.partition(":")
    if sep and head.strip().lower() in voc.MEETING_LABELS and rest.strip():
        return True
    first, _, rest = text.partition(" ")
    return first.lower() in ("mødedato", "mødested", "mødedeltagere") and bool(rest.strip())


def list_marker(text: str) -> tuple[str, str, str] | None:
    """``(kind, marker, rest)`` when a line starts a list item."""
    m = BULLET_RE.match(text)
    if m:
        return "bullet", m.group("marker"), m.group("text")
    m = NUMBERED_RE.match(text)
    if m and not MONTH_AFTER_NUMBER_RE.match(text.strip()):
        return "numbered", m.group("marker"), m.group("text")
    if text[:1] in "BbAa " and (m := LABELLED_ITEM_RE.match(text)):
        return "numbered", " ".join(m.group("marker").split()), m.group("text")
    return None


class WordBook:
    """The document's own words, used to tell a line-end hyphenation from a real hyphen."""

    def __init__(self, lines: list[SourceLine]) -> None:
        self._lines = lines
        self._words: set[str] | None = None

    @property
    def words(self) -> set[str]:
        """Built on first use: most documents need it for a handful of line ends only."""
        if self._words is None:
            text = "\n".join(line.text for line in self._lines).lower()
            self._words = set(WORD_RE.findall(text))
        return self._words

    def join(self, left: str, right: str) -> str:
        """Join a wrapped line to the next, repairing hyphenation where the text says so."""
        if not left:
            return right
        if not right:
            return left
        if left.endswith("-") and len(left) >= 2 and not left[-2].isspace():
            before = left[-2]
            first = right.lstrip()[:1]
            if re.match(r"(?:og|eller|samt|til|and)\b", right.lstrip()):
                return left + " " + right.lstrip()  # "virksomheds- og uddannelsesrevalidering"
            if before.isalpha() and first.isalpha() and first.islower():
                m = re.search(r"([\wæøåÆØÅ]+)-$", left[-80:])
                frag = m.group(1) if m else ""
                nxt = re.match(r"[\wæøåÆØÅ]+", right.lstrip())
                tail = nxt.group(0) if nxt else ""
                joined, hyphenated = (frag + tail).lower(), (frag + "-" + tail).lower()
                if hyphenated in self.words and joined not in self.words:
                    return left + right.lstrip()
                if joined in self.words:
                    return left[:-1] + right.lstrip()
                if len(frag) <= 1 or frag.isupper() or frag.lower() in voc.KEEP_HYPHEN_PREFIXES:
                    return left + right.lstrip()
                return left[:-1] + right.lstrip()
            return left + right.lstrip()
        return left.rstrip() + " " + right.lstrip()

    def join_into(self, parts: list[str], right: str) -> None:
        """Append ``right`` to a paragraph kept as parts: only the last line is ever rewritten,
        so joining N lines costs O(N), not O(N²) as growing one string would."""
        if not parts:
            parts.append(right)
            return
        tail = right.lstrip()
        joined = self.join(parts[-1], right)  # always "<last line, repaired><separator>" + tail
        parts[-1] = joined[: len(joined) - len(tail)]
        parts.append(tail)


def build_paragraphs(lines: list[SourceLine]) -> list[Para]:
    """Group source lines into paragraphs (see module docstring)."""
    book = WordBook(lines)
    paras: list[Para] = []
    cur: Para | None = None
    cur_parts: list[str] = []  # the paragraph's raw text, one part per source line
    absorb_heading = False

    def close() -> None:
        nonlocal cur, cur_parts, absorb_heading
        if cur is not None:
            cur.set_spans(_merge_spans(parse_spans("".join(cur_parts))))
            paras.append(cur)
        cur, cur_parts, absorb_heading = None, [], False

    def head_text() -> str:
        """The paragraph so far, for heading checks (a heading is short: longer is no heading)."""
        return plain("".join(cur_parts[:4])) if len(cur_parts) <= 3 else ""

    next_soft = False
    last_source: SourceLine | None = None  # the source line before this one
    label_with_value = False
    for source in lines:
        if source.running:
            paras.append(Para([source.text], [Span(source.text)], source.page, kind="running"))
            continue
        # Markdown's two trailing spaces: a line break inside the same paragraph.
        prev_soft, next_soft = next_soft, source.text.endswith("  ") and bool(source.text.strip())
        before, last_source = last_source, source
        raw = MD_ESCAPE_RE.sub(r"\1", source.text.rstrip()) if "\\" in source.text else source.text.rstrip()
        if not raw.strip():
            close()
            continue
        md = MD_HEADING_RE.match(raw) if "#" in raw[:8] and len(raw) < 1000 else None
        level = len(md.group(1)) if md else 0
        body = md.group(2) if md else raw
        text = plain(body).strip()
        if not text:
            close()
            continue
        whole_bold = source.bold or ("**" in body and all(s.bold for s in parse_spans(body.strip()) if s.text.strip()))

        if level:
            close()
            cur = Para([text], [], source.page, level, whole_bold, raw_first=raw)
            cur_parts = [body.strip()]
            absorb_heading = True
            label_with_value = _meeting_label_with_value(text)
            continue
        # A contents line is short and ends with its page number; checking that first keeps the
        # regex off long lines of dots or tabs, where its backtracking would be quadratic.
        maybe_toc = len(text) < 400 and text[-1:].isdigit() and ("\t" in body or "..." in body or "…" in body)
        toc = TOC_LINE_RE.match(text) if maybe_toc else None
        if toc and ("..." in body or "…" in body or body.rstrip().rsplit("\t", 1)[-1].strip().isdigit()):
            if "..." in body or "…" in body or body.count("\t") == 1:
                close()
                paras.append(Para([text], [Span(text)], source.page, kind="toc", raw_first=raw))
                continue
        if "\t" in body.strip("\n") and body.strip():
            cells = [plain(c).strip() for c in body.split("\t")]
            if cur is not None and cur.kind == "table":
                cur.rows.append(cells)
                cur.lines.append(text)
                cur_parts.append("\n" + text)
            else:
                close()
                cur = Para([text], [], source.page, kind="table", raw_first=raw, rows=[cells])
                cur_parts = [text]
            continue
        marker = list_marker(text)
        if (
            marker is not None
            and marker[0] == "numbered"
            and cur is not None
            and cur.kind == "text"
            and not (cur.bold or cur.level or absorb_heading)
            and before is not None
            and before.room is not None
            and not before.text.rstrip().endswith((":", ".", ";", "!", "?"))
            and not before.ended()
        ):
            marker = None  # "… benchmarking for" / "1. kvartal 2020 …": a wrapped line, not a list item
        heading_like = is_heading_like(text)
        if heading_like and absorb_heading and cur is not None and cur.bold and source.bold and not cur.level:
            # A bold title wrapping onto "… Greve" / "2026-28": the same font continues it.
            heading_like = not (len(text) < 30 and voc.CASE_NUMBER_RE.match(text))
        starts_docno = bool(DOCNO_LINE_RE.match(text))
        if (
            marker is not None
            and marker[0] == "bullet"
            and absorb_heading
            and cur is not None
            and cur.bold
            and source.bold
            and ITEM_HEADING_RE.match(head_text())
        ):
            marker = None  # "Punkt 7: Godkendelse af udbudsbetingelser" / "- nyt plejehjem i Tune"
        if starts_docno and absorb_heading and cur is not None and cur.bold and source.bold:
            starts_docno = False  # "Punkt 5: … udmøntningsplan" / "2019-2022 - juni 2019"
        if cur is not None and absorb_heading and not heading_like and marker is None and not starts_docno:
            # A wrapped heading: continue it while the next line reads as its continuation.
            head = head_text()
            complete = len(head) > 300 or voc.section_kind(head) is not None
            continues = text[:1].islower() or (source.bold and not complete) or label_with_value
            if prev_soft or (source.bold == cur.bold and continues):
                if label_with_value and before is not None and (before.short or before.room is not None):
                    cur.break_candidates.append((len(cur.lines), before))  # an address line under the place
                cur.lines.append(text)
                book.join_into(cur_parts, body.strip())
                continue
            close()
        elif cur is not None and absorb_heading:
            close()
        if heading_like or (whole_bold and not (cur is not None and cur.bold and source.bold)):
            close()
            cur = Para([text], [], source.page, 0, whole_bold, raw_first=raw)
            cur_parts = [body.strip()]
            absorb_heading = True
            label_with_value = _meeting_label_with_value(text)
            continue
        if marker is not None:
            close()
            kind, mark, rest = marker
            cur = Para([text], [], source.page, kind=kind, marker=mark, raw_first=raw)
            cur_parts = [body.strip()[len(body.strip()) - len(rest) :] if body.strip().endswith(rest) else rest]
            continue
        if cur is None or cur.kind in ("table", "toc") or cur.level or (cur.bold != whole_bold) or starts_docno:
            close()
            cur = Para([text], [], source.page, 0, whole_bold, raw_first=raw)
            cur_parts = [body.strip()]
            continue
        # After a PDF line that ended well before the margin (or with extra space below it), a
        # capitalised line may start anew: a bilag list's "Indstilling" / "Bilag 1: Høringssvar" /
        # "Notat MTM …". The paragraph stays one (as in the text rendition); the break is noted.
        if before is not None and (before.short or before.room is not None) and _starts_anew(text, cur_parts):
            cur.break_candidates.append((len(cur.lines), before))
        cur.lines.append(text)
        book.join_into(cur_parts, body.strip())
    close()
    for para in paras:
        if para.kind == "table" and para.rows:
            # A PDF cannot show empty cells: a short header row lacks its corner cell (pad left),
            # a short body row its empty trailing cells (pad right); a lone row drops its corner.
            width = max(len(r) for r in para.rows)
            if len(para.rows) == 1:
                para.rows = [para.rows[0][1:] if para.rows[0][:1] == [""] else para.rows[0]]
            else:
                para.rows = [
                    ([""] * (width - len(r)) + r if i == 0 else r + [""] * (width - len(r)))
                    for i, r in enumerate(para.rows)
                ]
    return _merge_lone_bullets(paras)


def _starts_anew(text: str, parts: list[str]) -> bool:
    """Could this line begin a new entry (capital, §, or a number not continuing "330-2019-")?"""
    first = text[:1]
    if first.isdigit():
        return not (parts and parts[-1].endswith("-"))
    return first.isupper() or first == "§"


def _merge_spans(spans: list[Span]) -> list[Span]:
    if len(spans) == 1:  # the common case: a paragraph without inline bold
        text = spans[0].text.strip()
        return [Span(text, spans[0].bold)] if text else []
    out: list[Span] = []
    for s in spans:
        if out and out[-1].bold == s.bold:
            out[-1] = Span(out[-1].text + s.text, s.bold)
        elif s.text:
            out.append(s)
    if out:
        out[0] = Span(out[0].text.lstrip(), out[0].bold)
        out[-1] = Span(out[-1].text.rstrip(), out[-1].bold)
    return [s for s in out if s.text]


def _merge_lone_bullets(paras: list[Para]) -> list[Para]:
    """A bullet printed alone on its line ("-") takes the following paragraph as its text."""
    out: list[Para] = []
    skip = False
    for index, para in enumerate(paras):
        if skip:
            skip = False
            continue
        if para.kind == "text" and para.text in ("-", "•", "–") and index + 1 < len(paras):
            nxt = paras[index + 1]
            inline = ":" in nxt.text[:40] and voc.section_kind(nxt.text.split(":", 1)[0]) is not None
            if nxt.kind == "text" and not nxt.level and not nxt.bold and not is_heading_like(nxt.text) and not inline:
                out.append(Para(nxt.lines, nxt.spans, nxt.page, kind="bullet", marker="-", raw_first=nxt.raw_first))
                skip = True
                continue
        out.append(para)
    return out
