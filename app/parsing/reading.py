"""What one reading of an untrusted file yields: everything the import needs, so it is read once.

The sandboxed child (:mod:`app.services.workers.isolation`) calls :func:`app.parsing.api.read_document`
on a file's bytes and sends back one :class:`Reading`: the file's hash and size, its page count
and each page's text, what it is, and the parsed meeting or why there is none. After that no
process opens the file's bytes with a PDF reader again: bilag are matched on the page texts
(:mod:`app.parsing.bilag_match`), stored with the page count given, and indexed for search from
the same texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from app.model import Meeting
from app.parsing.errors import Failure


class DocumentKind(str, Enum):
    """What a file of an import is."""

    MEETING = "meeting"  # an agenda or minutes with several items (or none)
    ITEM_PDF = "item_pdf"  # a meeting document holding one item: eDoc's PDF per punkt, or a one-item meeting
    BILAG = "bilag"  # a PDF that is no meeting (a notat, a scan): a bilag candidate
    NOT_A_MEETING = "not_a_meeting"  # could not be read as a meeting; ``failure`` says why


BILAG_FAILURES = frozenset(("not_minutes", "no_text_layer"))  # a PDF that fails only so is a bilag


@dataclass
class Reading:
    """One file's one reading (plain data: it crosses the process boundary once)."""

    name: str
    sha256: str
    size: int
    kind: DocumentKind
    pages: int = 0  # 0: not a PDF, or a PDF that could not be read
    page_texts: list[str] = field(default_factory=list)
    meeting: Meeting | None = None
    failure: Failure | None = None
    detail: str = ""  # the parser's own precision, e.g. what the document is instead ("a memo …")

    @property
    def is_pdf(self) -> bool:
        return self.pages > 0 or (self.meeting is not None and self.meeting.source is not None
                                  and self.meeting.source.kind == "pdf")  # fmt: skip

    def text(self, pages: int = 3) -> str:
        """The first ``pages`` pages' text (for matching a bilag to its item)."""
        return "\n".join(self.page_texts[:pages])
