"""The search index: an SQLite FTS5 cache beside the library, rebuilt whenever it is missing
or out of date. Nothing in it is precious: deleting ``search.sqlite`` only costs a rebuild.

Each item is indexed in two foldings (see :mod:`app.model.folding`) and four fields —
title, decisions, body, and extras (case number, attachments) — ranked with BM25 so that
hits in titles and decisions come first. Items whose title holds every word searched for
come before all others: BM25 weighs a column's term count against the whole row's length, so
a long budget item naming "Aarhus" fifty times in its body would otherwise outrank the item
titled "Udviklingsplan Aarhus Ø". The member's notes, follow-up texts and
highlight comments are indexed per item anchor.

The meeting itself (its place, participants and absentees) is one more row per meeting, so
"Kaløvig" finds the meeting held there once, not every item of it. A query that is empty
but narrowed by filters lists every item that passes them, newest first: "everything tagged
budget" is a question a member asks without a word to search for.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.model import AgendaItem, Meeting, SectionKind
from app.model.folding import fold, strip
from app.search import bilag_index
from app.search import query as q
from app.storage.bilag import BilagStore
from app.storage.library import Library, MeetingRecord

SCHEMA_VERSION = "4"
FIELDS = ("title", "decisions", "body", "extra")
WEIGHTS = {"title": 10.0, "decisions": 5.0, "body": 1.0, "extra": 3.0}
NOTE_WEIGHT = 6.0
SNIPPET_CONTEXT = 70


@dataclass
class SearchFilters:
    """Narrowing a search: by meeting fields, and to a set of items (tags, notes, follow-ups)."""

    municipality: str | None = None
    committee: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    document_type: str | None = None
    only_items: set[str] | None = None


@dataclass
class SearchHit:
    item_id: str
    meeting_id: str
    meeting: str
    number: str
    title: str
    date: str | None
    score: float
    snippet: str = ""
    marks: list[tuple[int, int]] = field(default_factory=list)
    in_notes: bool = False
    in_title: bool = False  # the title holds every word searched for: ranked first
    snippet_done: bool = False
    document: str = ""  # a hit in a bilag: its sha256, page and name (opens the bilag at the page)
    page: int = 0
    document_name: str = ""

    def marked_snippet(self, left: str = "«", right: str = "»") -> str:
        out, last = [], 0
        for start, end in self.marks:
            out += [self.snippet[last:start], left, self.snippet[start:end], right]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


def item_fields(item: AgendaItem) -> dict[str, str]:
    decisions = "\n".join(d.text for d in item.decisions)
    body = "\n".join(
        f"{s.heading}\n{s.text}" for s in item.sections if s.kind not in (SectionKind.DECISION, SectionKind.ATTACHMENTS)
    )
    extra = " ".join(filter(None, [item.case_number, item.document_number, *(a.name for a in item.attachments)]))
    return {"title": item.title, "decisions": decisions, "body": body, "extra": extra}


def meeting_text(meeting: Meeting) -> str:
    """What a meeting is searched by beside its items: where it was held and who took part."""
    return "\n".join(filter(None, [meeting.location or "", *meeting.participants, *meeting.absent]))


class IndexDamaged(Exception):
    """The index file is damaged (not a query mistake): it must be rebuilt, never read as "no hits"."""


def _query_mistake(err: sqlite3.DatabaseError) -> bool:
    """An FTS5 syntax problem in what the member typed, as opposed to a damaged database."""
    text = str(err).lower()
    return isinstance(err, sqlite3.OperationalError) and ("fts5" in text or "syntax error" in text
                                                          or "unterminated" in text)  # fmt: skip


_CHECKED: set[str] = set()  # index files verified by this process (the integrity check runs once)


class SearchIndex:
    """One connection per thread: open another ``SearchIndex`` on the same path in a worker.

    A damaged index is never mistaken for "no hits": :meth:`check` verifies it (SQLite's
    quick_check and FTS5's integrity-check), :meth:`sync` checks once per process and rebuilds
    it on any database error, and :meth:`search` raises :class:`IndexDamaged` instead of
    returning nothing. Where the index cannot be written at all (a read-only profile, a full
    disk) it lives in memory, empty, and :attr:`unavailable` says so.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self.unavailable = False
        self._ensure_schema()

    @classmethod
    def in_memory(cls, path: Path) -> SearchIndex:
        """An empty index in memory that never opens ``path`` (it could not be opened: start read-only)."""
        index = cls.__new__(cls)
        index.path = Path(path)
        index._local = threading.local()
        index.unavailable = True
        index._create()
        return index

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(":memory:" if self.unavailable else self.path, timeout=30)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            except sqlite3.DatabaseError:
                pass  # read-only or damaged: the schema check below decides
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _ensure_schema(self) -> None:
        try:
            version = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except sqlite3.DatabaseError:
            version = None
        if not (version and version[0] == SCHEMA_VERSION):
            self.rebuild()

    def rebuild(self) -> None:
        """Throw the index away and start empty; the next :meth:`sync` fills it again."""
        try:
            self._create()
        except (OSError, sqlite3.DatabaseError):
            # Cannot be written here (read-only profile, full disk): an empty index in memory.
            self.close()
            self.unavailable = True
            self._create()

    def check(self) -> bool:
        """True if SQLite and FTS5 find the index intact (quick_check and integrity-check)."""
        try:
            if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return False
            for table in ("item_fts", "note_fts", "meeting_fts"):
                self.db.execute(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
            self.db.execute("SELECT count(*) FROM docs").fetchone()
        except sqlite3.DatabaseError:
            return False
        return True

    def _create(self) -> None:
        self.close()
        if not self.unavailable:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
        cols = ", ".join([*FIELDS, *(f"{f}_s" for f in FIELDS)])
        self.db.executescript(
            f"""
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE indexed(meeting_id TEXT PRIMARY KEY, sha256 TEXT, label TEXT);
            CREATE TABLE docs(item_id TEXT PRIMARY KEY, meeting_id TEXT, anchor TEXT, municipality TEXT,
                              committee TEXT, date TEXT, document_type TEXT, number TEXT, title TEXT,
                              case_number TEXT);
            CREATE INDEX docs_meeting ON docs(meeting_id);
            CREATE INDEX docs_anchor ON docs(anchor);
            CREATE TABLE texts(item_id TEXT PRIMARY KEY, title TEXT, decisions TEXT, body TEXT, extra TEXT);
            CREATE VIRTUAL TABLE item_fts USING fts5(item_id UNINDEXED, {cols},
                                                     tokenize="unicode61 remove_diacritics 0");
            CREATE TABLE meeting_texts(meeting_id TEXT PRIMARY KEY, text TEXT);
            CREATE VIRTUAL TABLE meeting_fts USING fts5(meeting_id UNINDEXED, text, text_s,
                                                        tokenize="unicode61 remove_diacritics 0");
            CREATE TABLE notes(anchor TEXT PRIMARY KEY, text TEXT);
            CREATE VIRTUAL TABLE note_fts USING fts5(anchor UNINDEXED, text, text_s,
                                                     tokenize="unicode61 remove_diacritics 0");
            INSERT INTO meta VALUES ('schema', '{SCHEMA_VERSION}');
            """
        )
        self.db.commit()

    # --- keeping it up to date ---------------------------------------------------------------

    def stale(self, library: Library) -> tuple[list[MeetingRecord], list[str]]:
        """Meetings to (re)index and meeting ids to drop, comparing with the library."""
        known = dict(self.db.execute("SELECT meeting_id, sha256 FROM indexed").fetchall())
        records = library.meetings()
        todo = [r for r in records if known.get(r.meeting_id) != f"{r.sha256}|{r.committee}|{r.municipality}|{r.date}"]
        gone = sorted(set(known) - {r.meeting_id for r in records})
        return todo, gone

    def sync(
        self,
        library: Library,
        progress: Callable[[int, int, str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> int:
        """Bring the index up to date with the library; returns how many meetings were indexed.

        The first sync of a process checks the index; a damaged one, or any database error
        while syncing, means a rebuild from the library (the index is only a cache).
        """
        key = str(self.path)
        if key not in _CHECKED:
            _CHECKED.add(key)
            if not self.check():
                self.rebuild()
        try:
            return self._sync(library, progress, cancel)
        except sqlite3.DatabaseError:
            self.rebuild()
            return self._sync(library, progress, cancel)

    def _sync(
        self,
        library: Library,
        progress: Callable[[int, int, str], None] | None,
        cancel: threading.Event | None,
    ) -> int:
        todo, gone = self.stale(library)
        for meeting_id in gone:
            self._remove(meeting_id)
        done = 0
        for n, record in enumerate(todo):
            if cancel is not None and cancel.is_set():
                break
            if progress is not None and n % 20 == 0:
                progress(n, len(todo), record.committee or "")
            self.index_meeting(record, library.meeting(record.meeting_id), commit=False)
            done += 1
            if done % 20 == 0:  # short transactions: the GUI thread may be writing notes
                self.db.commit()
        self.db.commit()
        return done

    def _remove(self, meeting_id: str) -> None:
        ids = [r[0] for r in self.db.execute("SELECT item_id FROM docs WHERE meeting_id=?", (meeting_id,))]
        self.db.executemany("DELETE FROM item_fts WHERE item_id=?", [(i,) for i in ids])
        self.db.execute(
            "DELETE FROM texts WHERE item_id IN (SELECT item_id FROM docs WHERE meeting_id=?)", (meeting_id,)
        )
        self.db.execute("DELETE FROM docs WHERE meeting_id=?", (meeting_id,))
        self.db.execute("DELETE FROM meeting_texts WHERE meeting_id=?", (meeting_id,))
        self.db.execute("DELETE FROM meeting_fts WHERE meeting_id=?", (meeting_id,))
        self.db.execute("DELETE FROM indexed WHERE meeting_id=?", (meeting_id,))

    def index_meeting(self, record: MeetingRecord, meeting: Meeting, *, commit: bool = True) -> None:
        self._remove(record.meeting_id)
        label = f"{record.committee or ''} · {record.date or ''}"
        docs, texts, fts = [], [], []
        for item_record, item in zip(record.items, meeting.items):
            fields = item_fields(item)
            iid = item_record.item_id
            docs.append((iid, record.meeting_id, item_record.anchor, record.municipality, record.committee,
                         record.date, record.document_type, item.number, item.title, item.case_number))  # fmt: skip
            texts.append((iid, *(fields[f] for f in FIELDS)))
            fts.append((iid, *(fold(fields[f]) for f in FIELDS), *(strip(fields[f]) for f in FIELDS)))
        self.db.executemany("INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?)", docs)
        self.db.executemany("INSERT INTO texts VALUES (?,?,?,?,?)", texts)
        self.db.executemany(f"INSERT INTO item_fts VALUES ({','.join('?' * 9)})", fts)
        about = meeting_text(meeting)
        if about:
            self.db.execute("INSERT INTO meeting_texts VALUES (?,?)", (record.meeting_id, about))
            self.db.execute("INSERT INTO meeting_fts VALUES (?,?,?)", (record.meeting_id, fold(about), strip(about)))
        stamp = f"{record.sha256}|{record.committee}|{record.municipality}|{record.date}"
        self.db.execute("INSERT INTO indexed VALUES (?,?,?)", (record.meeting_id, stamp, label))
        if commit:
            self.db.commit()

    def set_notes(self, notes: Iterable[tuple[str, str]], *, replace_all: bool = False) -> None:
        """Index the member's own texts per anchor (note, follow-up text, highlight comments).

        A database error here (damage, a full disk) must not stop the member's typing: the
        next :meth:`sync` rebuilds, and the notes are indexed again with it.
        """
        try:
            self._set_notes(notes, replace_all=replace_all)
        except sqlite3.DatabaseError:
            _CHECKED.discard(str(self.path))  # the next sync checks (and rebuilds) again

    def _set_notes(self, notes: Iterable[tuple[str, str]], *, replace_all: bool) -> None:
        if replace_all:
            self.db.execute("DELETE FROM notes")
            self.db.execute("DELETE FROM note_fts")
        for anchor, text in notes:
            self.db.execute("DELETE FROM notes WHERE anchor=?", (anchor,))
            self.db.execute("DELETE FROM note_fts WHERE anchor=?", (anchor,))
            if text.strip():
                self.db.execute("INSERT INTO notes VALUES (?,?)", (anchor, text))
                self.db.execute("INSERT INTO note_fts VALUES (?,?,?)", (anchor, fold(text), strip(text)))
        self.db.commit()

    # --- searching ---------------------------------------------------------------------------

    def search(
        self, text: str, filters: SearchFilters | None = None, limit: int = 200, snippets: int = 15
    ) -> list[SearchHit]:
        """Ranked hits; the first ``snippets`` get their snippet now, the rest via :meth:`fill_snippet`.

        Raises:
            IndexDamaged: the index cannot be read; rebuild it (never shown as "no hits").
        """
        try:
            return self._search(text, filters, limit, snippets)
        except sqlite3.DatabaseError as err:
            if _query_mistake(err):
                return []
            raise IndexDamaged(str(err)) from err

    def _search(self, text: str, filters: SearchFilters | None, limit: int, snippets: int) -> list[SearchHit]:
        terms = q.parse(text)
        filters = filters or SearchFilters()
        if not terms:
            return self._listing(filters, limit) if _narrowed(filters) else []
        item_expr = " AND ".join(self._term_expr(t, FIELDS) for t in terms)
        weights = ", ".join(str(w) for w in [0.0, *(WEIGHTS[f] for f in FIELDS), *(WEIGHTS[f] for f in FIELDS)])
        scores: dict[str, float] = {}
        candidates = 5000 if _narrowed(filters) else max(limit * 2, 100)  # unfiltered: only what can be shown
        try:
            for item_id, rank in self.db.execute(
                f"SELECT item_id, bm25(item_fts, {weights}) AS r FROM item_fts WHERE item_fts MATCH ? "
                "ORDER BY r LIMIT ?",
                (item_expr, candidates),
            ):
                scores[item_id] = -rank
            title_expr = " AND ".join(self._term_expr(t, ("title",)) for t in terms)
            titled = {row[0] for row in self.db.execute(
                "SELECT item_id FROM item_fts WHERE item_fts MATCH ? LIMIT ?", (title_expr, candidates))}  # fmt: skip
            note_expr = " AND ".join(self._term_expr(t, ("text",)) for t in terms)
            note_hits: dict[str, float] = {}
            for anchor, rank in self.db.execute(
                "SELECT anchor, bm25(note_fts, 0, 1, 1) FROM note_fts WHERE note_fts MATCH ? LIMIT 2000",
                (note_expr,),
            ):
                note_hits[anchor] = -rank * NOTE_WEIGHT
            meeting_expr = " AND ".join(self._term_expr(t, ("text",)) for t in terms)
            meeting_hits = self.db.execute(
                "SELECT meeting_id, bm25(meeting_fts, 0, 1, 1) FROM meeting_fts WHERE meeting_fts MATCH ? LIMIT 200",
                (meeting_expr,),
            ).fetchall()
        except sqlite3.OperationalError as err:
            if _query_mistake(err):
                return []
            raise
        bilag = bilag_index.search_bilag(self.db, BilagStore(self.path.parent), terms)
        noted_items: set[str] = set()
        if note_hits:
            marks = ",".join("?" * len(note_hits))
            for item_id, anchor in self.db.execute(
                f"SELECT item_id, anchor FROM docs WHERE anchor IN ({marks})", list(note_hits)
            ):
                scores[item_id] = scores.get(item_id, 0.0) + note_hits[anchor]
                noted_items.add(item_id)
        hits = self._meeting_hits(meeting_hits, filters)
        rows = self._docs(list(dict.fromkeys([*scores, *(b["item_id"] for b in bilag)]))) if scores or bilag else []
        for row in rows:
            item_id, meeting_id, anchor, municipality, committee, date, doc_type, number, title, _case = row
            if not _passes(filters, item_id, municipality, committee, date, doc_type):
                continue
            if item_id in scores:
                hits.append(SearchHit(item_id, meeting_id, f"{committee or ''} · {date or ''}", number, title, date,
                                      scores[item_id], in_notes=item_id in noted_items,
                                      in_title=item_id in titled))  # fmt: skip
            hits += [SearchHit(item_id, meeting_id, f"{committee or ''} · {date or ''}", number, title, date,
                               b["score"], document=b["sha256"], page=b["page"], document_name=b["name"])
                     for b in bilag if b["item_id"] == item_id]  # fmt: skip
        hits.sort(key=lambda h: (not h.in_title, -h.score, h.date or ""))
        hits = hits[:limit]
        for hit in hits[:snippets]:
            self._snippet(hit, terms)
        return hits

    def _listing(self, filters: SearchFilters, limit: int) -> list[SearchHit]:
        """Every item passing ``filters``, newest meeting first and in agenda order (an empty query)."""
        if filters.only_items is not None:
            rows = self._docs(sorted(filters.only_items))
        else:
            rows = self.db.execute("SELECT * FROM docs").fetchall()
        hits = [SearchHit(r[0], r[1], f"{r[4] or ''} · {r[5] or ''}", r[7], r[8], r[5], 0.0, snippet_done=True)
                for r in rows if _passes(filters, r[0], r[3], r[4], r[5], r[6])]  # fmt: skip
        order = {r[0]: n for n, r in enumerate(self.db.execute("SELECT item_id FROM docs ORDER BY rowid"))}
        hits.sort(key=lambda h: (_newest_first(h.date), h.meeting_id, order.get(h.item_id, 0)))
        return hits[:limit]

    def _meeting_hits(self, found: list[tuple[str, float]], filters: SearchFilters) -> list[SearchHit]:
        """A meeting found by its place or participants: one hit that opens the meeting."""
        if not found or filters.only_items is not None:
            return []  # a filter on the member's items: a meeting row is no item
        hits = []
        for meeting_id, rank in found:
            row = self.db.execute(
                "SELECT municipality, committee, date, document_type FROM docs WHERE meeting_id=? LIMIT 1",
                (meeting_id,),
            ).fetchone()
            if row is None or not _passes(filters, meeting_id, *row):
                continue
            text = self.db.execute("SELECT text FROM meeting_texts WHERE meeting_id=?", (meeting_id,)).fetchone()
            about = " · ".join((text[0] if text else "").split("\n"))
            hit = SearchHit(meeting_id, meeting_id, f"{row[1] or ''} · {row[2] or ''}", "", row[1] or "", row[2],
                            -rank * WEIGHTS["extra"], snippet=about)  # fmt: skip
            hits.append(hit)
        return hits

    def fill_snippet(self, hit: SearchHit, text: str) -> None:
        """Compute a hit's snippet when it is first shown (a damaged index leaves it empty)."""
        if not hit.snippet_done:
            try:
                self._snippet(hit, q.parse(text))
            except sqlite3.DatabaseError:
                hit.snippet_done, hit.snippet = True, ""

    @staticmethod
    def _term_expr(term: q.Term, fields: tuple[str, ...]) -> str:
        columns = list(fields) if term.danish else [*fields, *(f"{f}_s" for f in fields)]
        return "{" + " ".join(columns) + "} : " + term.fts()

    def _docs(self, item_ids: list[str]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(item_ids), 900):
            chunk = item_ids[start : start + 900]
            rows += self.db.execute(
                f"SELECT * FROM docs WHERE item_id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        return rows

    def _snippet(self, hit: SearchHit, terms: list[q.Term]) -> None:
        hit.snippet_done = True
        if hit.item_id == hit.meeting_id:  # a meeting found by its place or participants
            hit.marks = q.find(hit.snippet, terms)
            return
        if hit.document:
            text = bilag_index.page_text(self.db, hit.document, hit.page)
            spans = q.find(text, terms)
            start = max(0, spans[0][0] - SNIPPET_CONTEXT) if spans else 0
            window = " ".join(text[start : start + 3 * SNIPPET_CONTEXT].split())
            hit.snippet = ("… " if start > 0 else "") + window + " …"
            hit.marks = q.find(hit.snippet, terms)
            return
        row = self.db.execute(
            "SELECT title, decisions, body, extra FROM texts WHERE item_id=?", (hit.item_id,)
        ).fetchone()
        anchor = self.db.execute("SELECT anchor FROM docs WHERE item_id=?", (hit.item_id,)).fetchone()
        note = self.db.execute("SELECT text FROM notes WHERE anchor=?", (anchor[0],)).fetchone() if anchor else None
        candidates = [*(row or ()), *(note or ())]
        # Prefer the decision or body text over the title (the title is shown anyway).
        order = [1, 2, 4, 3, 0] if len(candidates) > 4 else [1, 2, 3, 0]
        for index in order:
            if index >= len(candidates) or not candidates[index]:
                continue
            text = candidates[index]
            spans = q.find(text, terms)
            if not spans:
                continue
            start = max(0, spans[0][0] - SNIPPET_CONTEXT)
            end = min(len(text), spans[0][1] + SNIPPET_CONTEXT * 2)
            window = " ".join(text[start:end].split())
            prefix = "… " if start > 0 else ""
            suffix = " …" if end < len(text) else ""
            snippet = prefix + window + suffix
            hit.snippet = snippet
            hit.marks = q.find(snippet, terms)
            hit.in_notes = hit.in_notes and index == 4
            return
        hit.snippet = ""


def _narrowed(filters: SearchFilters) -> bool:
    return any(v is not None for v in vars(filters).values())


def _newest_first(date: str | None) -> str:
    """A sort key putting later ISO dates first (undated last)."""
    return "".join(chr(0x7F - ord(c)) for c in date) if date else "\x7f"


def _passes(f: SearchFilters, item_id: str, municipality: str | None, committee: str | None, date: str | None,
            doc_type: str | None) -> bool:  # fmt: skip
    if f.only_items is not None and item_id not in f.only_items:
        return False
    if f.municipality and municipality != f.municipality:
        return False
    if f.committee and committee != f.committee:
        return False
    if f.document_type and doc_type != f.document_type:
        return False
    if f.date_from and (date or "") < f.date_from:
        return False
    return not (f.date_to and (date or "9999") > f.date_to)
