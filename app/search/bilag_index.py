"""Bilag in the search index: every page of every stored bilag, found like the items' own text.

Bilag are most of what a member reads before a meeting, so a word that stands only on page 7
of a bilag must be found, and the hit must open that bilag at page 7. Page texts come from
the document's one reading in the sandboxed child (an import or a sync hands them over with
its library change; a rebuild asks the children through ``read_texts``), once per document
(by sha256); a hit is reported once per item the bilag belongs to, carrying the
document and the page. The tables live in the item index's SQLite file and are created
beside its own (nothing here is precious: a missing table is rebuilt).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable
from typing import Any

from app.model.folding import fold, strip
from app.search import query as q
from app.storage.bilag import ITEM_PDF, BilagRecord, BilagStore
from app.storage.identity import item_id as make_item_id

BILAG_WEIGHT = 0.8  # a hit in a bilag ranks a little below the same hit in the item's own text
SCHEMA = """
CREATE TABLE IF NOT EXISTS bilag_indexed(sha256 TEXT PRIMARY KEY, pages INTEGER);
CREATE TABLE IF NOT EXISTS bilag_pages(key TEXT PRIMARY KEY, sha256 TEXT, page INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS bilag_pages_sha ON bilag_pages(sha256);
CREATE VIRTUAL TABLE IF NOT EXISTS bilag_fts USING fts5(key UNINDEXED, text, text_s,
                                                        tokenize="unicode61 remove_diacritics 0");
"""


def ensure_schema(db: sqlite3.Connection) -> None:
    db.executescript(SCHEMA)
    db.commit()


PageTexts = Callable[[list[BilagRecord]], Iterable[tuple[BilagRecord, list[str]]]]


def sync_bilag(
    db: sqlite3.Connection,
    store: BilagStore,
    read_texts: PageTexts,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: threading.Event | None = None,
    known_texts: dict[str, list[str]] | None = None,
) -> int:
    """Index the pages of bilag not indexed yet and drop those no longer stored; returns documents indexed.

    ``known_texts`` (sha256 → page texts) are used as given; the other documents' texts come
    from ``read_texts`` (the sandboxed children: this module never opens a document).
    """
    ensure_schema(db)
    records = store.all()
    wanted = {r.sha256: r for r in records}
    known = {row[0] for row in db.execute("SELECT sha256 FROM bilag_indexed")}
    for sha in known - set(wanted):
        _drop(db, sha)
    todo = [wanted[sha] for sha in wanted if sha not in known]
    given = known_texts or {}
    done = 0
    for sha in [r.sha256 for r in todo if r.sha256 in given]:
        index_pages(db, sha, given[sha])
        done += 1
    rest = [r for r in todo if r.sha256 not in given]
    for n, (record, texts) in enumerate(read_texts(rest) if rest else ()):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress(n, len(rest), record.name)
        index_pages(db, record.sha256, texts)
        done += 1
    db.commit()
    return done


def index_pages(db: sqlite3.Connection, sha: str, texts: list[str]) -> None:
    """Index one document's pages (its texts from the document's one reading)."""
    _drop(db, sha)
    rows = [(f"{sha}:{page}", sha, page, text) for page, text in enumerate(texts, 1)]
    db.executemany("INSERT OR REPLACE INTO bilag_pages VALUES (?,?,?,?)", rows)
    db.executemany("INSERT INTO bilag_fts VALUES (?,?,?)", [(k, fold(t), strip(t)) for k, _s, _p, t in rows])
    db.execute("INSERT OR REPLACE INTO bilag_indexed VALUES (?,?)", (sha, len(texts)))
    db.commit()


def _drop(db: sqlite3.Connection, sha: str) -> None:
    keys = [(row[0],) for row in db.execute("SELECT key FROM bilag_pages WHERE sha256=?", (sha,))]
    db.executemany("DELETE FROM bilag_fts WHERE key=?", keys)
    db.execute("DELETE FROM bilag_pages WHERE sha256=?", (sha,))
    db.execute("DELETE FROM bilag_indexed WHERE sha256=?", (sha,))


def search_bilag(db: sqlite3.Connection, store: BilagStore, terms: list[q.Term],
                 limit: int = 2000) -> list[dict[str, Any]]:  # fmt: skip
    """Bilag pages where all terms stand: one dict per (item, document), its best page first."""
    if not terms:
        return []
    expr = " AND ".join("{" + ("text" if t.danish else "text text_s") + "} : " + t.fts() for t in terms)
    try:
        ensure_schema(db)
        rows = db.execute(
            "SELECT key, bm25(bilag_fts, 0, 1, 1) AS r FROM bilag_fts WHERE bilag_fts MATCH ? ORDER BY r LIMIT ?",
            (expr, limit),
        ).fetchall()
    except sqlite3.OperationalError:
        return []
    best: dict[str, tuple[int, float]] = {}
    for key, rank in rows:
        sha, _sep, page = key.rpartition(":")
        if sha not in best:  # rows come best first
            best[sha] = (int(page), -rank * BILAG_WEIGHT)
    hits = []
    for record in store.all():
        # A punkt's own PDF is the item's text, which the item hit already finds: no second hit
        if record.sha256 in best and record.item_number and record.origin != ITEM_PDF:
            page, score = best[record.sha256]
            hits.append({"item_id": make_item_id(record.meeting_id, record.item_number), "sha256": record.sha256,
                         "page": page, "name": record.name, "score": score})  # fmt: skip
    return hits


def page_text(db: sqlite3.Connection, sha: str, page: int) -> str:
    row = db.execute("SELECT text FROM bilag_pages WHERE key=?", (f"{sha}:{page}",)).fetchone()
    return str(row[0]) if row else ""
