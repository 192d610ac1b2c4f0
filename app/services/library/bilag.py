"""Bilag as documents of their items: how they arrive with an import, and how the window finds them.

A member imports a meeting together with its bilag — several PDFs at once, a folder, or a zip
as the portal hands it out. Files that are minutes import as meetings (eDoc's per-item PDFs
join their meeting); every other PDF in the batch is a bilag candidate and is linked to an
item of the batch's meeting by, strongest first:

1. the item's document number for the bilag ("Dok.nr.: 2012-204021") in its file name or text;
2. the bilag's name as listed under the item ("Bilag 3: Notat om …") standing in its text;
3. the words of its file name against the listed names ("bygningsliste-prioritering.pdf" ~
   "Bygningsliste og prioriteringssystem"), words every file of the batch shares left out;
4. the same against the item titles, for a bilag the item does not list.

A link is decided when the best match is clearly better than the next; otherwise the bilag is
stored with the meeting, not yet linked, and the window asks the member (``BilagLinkDialog``).
Everything here is plain Python: it runs in the import worker and in the command line.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.model import AgendaItem, Meeting
from app.model.folding import words
from app.storage.bilag import ITEM_PDF, MAX_BILAG_BYTES, BilagRecord, BilagStore

ZIP_MEMBERS = 500  # more members than this is not a meeting's papers
ZIP_TOTAL_BYTES = 1024 * 1024 * 1024
IMPORTABLE = (".pdf", ".txt", ".text", ".md")
TEXT_PAGES = 3  # pages of a bilag read for matching
DECIDED = 45.0  # a score at least this high …
MARGIN = 15.0  # … and this much above the best other item decides a link
STOP = frozenset(
    ("og", "i", "for", "til", "af", "paa", "pa", "om", "med", "det", "den", "de", "en", "et", "ved", "vedr",
     "vedroerende", "bilag", "pdf", "scanned", "scan", "final", "ny", "kopi", "endelig", "udkast", "version")
)  # fmt: skip
__all__ = [
    "ITEM_PDF", "BilagLink", "BilagRecord", "BilagStore", "attach_batch", "attach_companions", "expand_inputs",
    "move_bilag",
]  # fmt: skip


@dataclass
class BilagLink:
    """Where one bilag file of an import went (for the import report and the dialog)."""

    file_name: str
    meeting_id: str
    item_number: str  # "" = not decided: the member chooses
    reason: str  # "document-number", "name-in-text", "file-name", "item-title", "item-pdf", ""
    sha256: str = ""
    choices: list[tuple[str, float]] = field(default_factory=list)  # (item number, score), best first


# --- inputs: files, folders, zips ------------------------------------------------------------


def expand_inputs(paths: list[Path], scratch: Path) -> list[Path]:
    """Files to import from what the member chose: folders are walked, zips unpacked into ``scratch``.

    Zip members are read with limits (count, total size, one bilag's size); names are
    flattened, so a member can never land outside ``scratch``.
    """
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (*IMPORTABLE, ".zip")
                          and not p.name.startswith("."))  # fmt: skip
        else:
            out.append(path)
    expanded: list[Path] = []
    for path in out:
        if path.suffix.lower() == ".zip" and path.is_file():
            expanded += _unzip(path, scratch)
        else:
            expanded.append(path)
    return expanded


def _unzip(path: Path, scratch: Path) -> list[Path]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return [path]  # reported by the import as an unsupported file
    target = scratch / re.sub(r"[^\w.-]+", "_", path.stem)[:60]
    target.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    total = 0
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()][:ZIP_MEMBERS]
        for member in members:
            name = Path(member.filename.replace("\\", "/")).name
            if not name or name.startswith(".") or Path(name).suffix.lower() not in IMPORTABLE:
                continue
            if member.file_size > MAX_BILAG_BYTES or total + member.file_size > ZIP_TOTAL_BYTES:
                continue
            total += member.file_size
            out = target / name
            stem, n = out.stem, 1
            while out.exists():
                n += 1
                out = target / f"{stem} ({n}){out.suffix}"
            with archive.open(member) as src, out.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
            files.append(out)
    return files


# --- matching ----------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-zæøå])(?=\d)|(?<=\d)(?=[a-zæøå])", " ", text.lower().replace("_", " "))
    return [t for t in words(spaced).split() if t not in STOP and (len(t) > 1 or t.isdigit())]


def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.startswith(short)


def _dice(left: list[str], right: list[str]) -> float:
    if not left or not right:
        return 0.0
    matched_left = sum(1 for t in left if any(_token_match(t, u) for u in right))
    matched_right = sum(1 for u in right if any(_token_match(t, u) for t in left))
    return (matched_left + matched_right) / (len(left) + len(right))


def _has_number(number: str, name: str, text: str) -> bool:
    compact = re.sub(r"\s+", "", number)
    if len(re.sub(r"\D", "", compact)) < 5:
        return False
    squeezed = re.sub(r"\s+", "", text)
    return compact in squeezed or compact in re.sub(r"\s+", "", name)


def link_scores(file_tokens: list[str], name: str, text: str, items: list[AgendaItem]) -> dict[str, tuple[float, str]]:
    """Each item's best score for one bilag file and why: {item number: (score, reason)}."""
    folded_text = " " + words(text) + " " if text else ""
    text_tokens = _tokens(text[:20000]) if text else []
    scores: dict[str, tuple[float, str]] = {}
    for item in items:
        best = (0.0, "")
        for attachment in item.attachments:
            if attachment.document_number and _has_number(attachment.document_number, name, text):
                best = max(best, (100.0, "document-number"))
            listed = words(attachment.name)
            if folded_text and len(listed) >= 12 and f" {listed} " in folded_text:
                best = max(best, (80.0, "name-in-text"))
            best = max(best, (70.0 * _dice(file_tokens, _tokens(attachment.name)), "file-name"))
            if text_tokens:
                listed_tokens = _tokens(attachment.name)
                found = sum(1 for t in listed_tokens if t in text_tokens) / max(1, len(listed_tokens))
                best = max(best, (45.0 * found if len(listed_tokens) >= 3 else 0.0, "name-in-text"))
        best = max(best, (60.0 * _dice(file_tokens, _tokens(item.title)), "item-title"))
        scores[item.number] = best
    return scores


def _pdf_text(data: bytes) -> str:
    """The first pages' text, for matching ("" for a scan or a file pypdf cannot read)."""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return ""
        return "\n".join((page.extract_text() or "") for page in list(reader.pages)[:TEXT_PAGES])
    except Exception:
        return ""


def _common_tokens(names: list[str]) -> set[str]:
    """Words most file names of the batch share (municipality, committee, date): no clue to an item."""
    counts = Counter(t for n in names for t in set(_tokens(Path(n).stem)))
    need = max(2, round(0.6 * len(names)))
    return {t for t, n in counts.items() if n >= need}


def decide(scores: dict[str, tuple[float, str]]) -> tuple[str, str, list[tuple[str, float]]]:
    """(item number or "", reason, choices best first) from the items' scores."""
    ranked = sorted(((s, r, n) for n, (s, r) in scores.items()), key=lambda t: -t[0])
    choices = [(n, round(s, 1)) for s, _r, n in ranked if s > 0]
    if not ranked or ranked[0][0] < DECIDED:
        return "", "", choices
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    if ranked[0][0] - second < MARGIN:
        return "", "", choices
    return ranked[0][2], ranked[0][1], choices


# --- the import step ---------------------------------------------------------------------------

COMPANION_FAILURES = ("not_minutes", "no_text_layer")  # a PDF that is no meeting: a bilag candidate


def scratch_folder(profile: Path) -> Path:
    """Where zips are unpacked during an import (removed when it ends)."""
    import os

    return Path(profile) / "tmp" / f"import-{os.getpid()}"


def attach_companions(library: Any, paths: list[Path], summary: Any) -> None:
    """After a batch import: the PDFs that are not minutes become bilag of the batch's meeting(s).

    eDoc's per-item PDFs (merged into their meeting by the import) are kept as documents of
    their item too. Links go to ``summary.bilag``; the candidates leave ``summary.failed``.
    """
    try:
        by_name = {p.name: p for p in paths}
        failed = [(n, r) for n, r in summary.failed if n in by_name]
        candidates = [by_name[n] for n, r in failed if r is not None and r.value in COMPANION_FAILURES
                      and by_name[n].suffix.lower() == ".pdf"]  # fmt: skip
        targets = _batch_meetings(library, paths, summary)
        empty = [(mid, m) for mid, m in targets if not m.items]
        targets = [(mid, m) for mid, m in targets if m.items]
        if not targets:
            return
        for meeting_id, _meeting in empty:  # a notat that looked like minutes without items: a bilag
            record = library.record(meeting_id)
            path = _path_of(record.sha256, paths) if record is not None else None
            if path is not None:
                name = path.name
                library.remove(meeting_id)
                candidates.append(by_name[name])
                summary.added = [n for n in summary.added if n != name]
                summary.unchanged = [n for n in summary.unchanged if n != name]
                summary.meeting_ids = [m for m in summary.meeting_ids if m != meeting_id]
        store = BilagStore(library.profile)
        batch_names = [p.name for p in paths]
        # eDoc's per-item PDFs joined their meeting ("merged", or "unchanged" when they added nothing new)
        # … or, imported before their referat, one of them is the entry's own document
        sources = {library.record(mid).sha256 for mid, _m in targets if library.record(mid) is not None}
        parts = [by_name[n] for n in [*summary.merged, *summary.unchanged, *summary.added] if n in by_name
                 and by_name[n].suffix.lower() == ".pdf"]  # fmt: skip
        links = _attach_item_pdfs(store, targets, parts, sources)
        if candidates:
            if summary.last_meeting_id not in {mid for mid, _m in targets}:
                summary.last_meeting_id = targets[0][0]
            links += attach_batch(store, targets, candidates, batch_names)
            taken = {p.name for p in candidates}
            summary.failed = [(n, r) for n, r in summary.failed if n not in taken]
        summary.bilag = links
    finally:
        shutil.rmtree(scratch_folder(library.profile), ignore_errors=True)


def _sha_of(path: Path) -> str:
    try:
        return hashlib_sha(path.read_bytes())
    except OSError:
        return ""


def _path_of(sha256: str, paths: list[Path]) -> Path | None:
    for path in paths:
        try:
            if hashlib_sha(path.read_bytes()) == sha256:
                return path
        except OSError:
            continue
    return None


def _batch_meetings(library: Any, paths: list[Path], summary: Any) -> list[tuple[str, Meeting]]:
    """The meetings the batch's minutes went into (imported now or before), newest document first."""
    ids: list[str] = list(summary.meeting_ids)
    for path in paths:
        try:
            record = library.find_source(hashlib.sha256(path.read_bytes()).hexdigest())
        except OSError:
            continue
        if record is not None and record.meeting_id not in ids:
            ids.append(record.meeting_id)
    meetings = []
    for meeting_id in ids:
        if library.record(meeting_id) is not None:
            meetings.append((meeting_id, library.meeting(meeting_id)))
    return meetings


def _attach_item_pdfs(
    store: BilagStore, targets: list[tuple[str, Meeting]], paths: list[Path], sources: set[str]
) -> list[BilagLink]:
    """eDoc publishes one PDF per punkt (the import merged its text into the meeting): keep each
    PDF as a document of its item, so the member can read it as published. A meeting's own
    document (``sources``) is one only when it is a single punkt of a meeting with more."""
    from app.parsing import ParseError
    from app.services.workers.isolation import parse_data  # untrusted: parsed in an isolated child with limits

    links = []
    for path in paths:
        try:
            data = path.read_bytes()
            if hashlib_sha(data) in sources and not _lone_item(data, path.name, targets):
                continue
            part = parse_data(data, path.name)
        except (OSError, ParseError):
            continue
        for item in part.items:
            home = next((mid for mid, m in targets if any(i.number == item.number for i in m.items)), None)
            if home is not None:
                stored = store.add(home, item.number, path.name, data, ITEM_PDF)
                links.append(BilagLink(path.name, home, item.number, "item-pdf", stored.sha256))
    return links


def _lone_item(data: bytes, name: str, targets: list[tuple[str, Meeting]]) -> bool:
    """Whether a meeting's own document holds one item of a meeting that has more."""
    digest = hashlib_sha(data)
    home = next((m for _mid, m in targets if m.source is not None and m.source.sha256 == digest), None)
    return home is not None and len(home.items) > 1 and _item_count(data, name) == 1


def _item_count(data: bytes, name: str) -> int:
    from app.parsing import ParseError
    from app.services.workers.isolation import parse_data  # untrusted: parsed in an isolated child with limits

    try:
        return len(parse_data(data, name).items)
    except ParseError:
        return 0


def hashlib_sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def attach_batch(
    store: BilagStore, meetings: list[tuple[str, Meeting]], files: list[Path], batch_names: list[str]
) -> list[BilagLink]:
    """Link bilag files to the meetings' items and store them; undecided ones are stored unlinked."""
    common = _common_tokens(batch_names)
    keyed = [(meeting_id, item) for meeting_id, meeting in meetings for item in meeting.items]
    links: list[BilagLink] = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if not data or len(data) > MAX_BILAG_BYTES:
            continue
        stem = re.sub(r"^bilag\s*\d+\s*[:._-]\s*", "", Path(path.name).stem, flags=re.I)
        file_tokens = [t for t in _tokens(stem) if t not in common]
        text = _pdf_text(data)
        items = [_renumbered(item, str(k)) for k, (_mid, item) in enumerate(keyed)]
        key, reason, ranked = decide(link_scores(file_tokens, path.name, text, items))
        meeting_id, item = keyed[int(key)] if key else (meetings[0][0], None)
        number = item.number if item is not None else ""
        name = _display_name(item, file_tokens, path, text)
        choices = [(keyed[int(k)][1].number, score) for k, score in ranked if keyed[int(k)][0] == meeting_id]
        record = store.add(meeting_id, number, name, data, "import")
        links.append(BilagLink(path.name, meeting_id, record.item_number, reason, record.sha256, choices))
    return links


def _renumbered(item: AgendaItem, key: str) -> AgendaItem:
    return AgendaItem(number=key, title=item.title, attachments=item.attachments)


def _display_name(item: AgendaItem | None, file_tokens: list[str], path: Path, text: str) -> str:
    """The listed name of the attachment the file is (so the item view pairs them), else the file's."""
    if item is not None and item.attachments:
        pseudo = [AgendaItem(number=str(k), title="", attachments=[a]) for k, a in enumerate(item.attachments)]
        scores = link_scores(file_tokens, path.name, text, pseudo)
        k, (score, _reason) = max(scores.items(), key=lambda pair: pair[1][0])
        if score >= DECIDED:
            return item.attachments[int(k)].name
    return re.sub(r"[_]+", " ", path.stem).strip()


# --- the meeting as a whole ----------------------------------------------------------------------


@dataclass(frozen=True)
class DiskUse:
    """What a meeting takes in the profile (Møde → Egenskaber)."""

    source_bytes: int
    bilag_bytes: int
    freed_bytes: int  # what removing the meeting gives back (its source and the bilag only it uses)
    bilag_count: int
    undecided: int  # bilag not yet placed under an item
    item_documents: int = 0  # the punkter's own PDFs (eDoc), counted apart from the bilag
    item_document_bytes: int = 0


def disk_use(library: Any, meeting_id: str) -> DiskUse:
    path = library.source_path(meeting_id)
    source = path.stat().st_size if path is not None else 0
    store = BilagStore(library.profile)
    records = store.for_meeting(meeting_id)
    _total, own = store.disk_use(meeting_id)
    bilag = {r.sha256: r.size for r in records if r.origin != ITEM_PDF}
    documents = {r.sha256: r.size for r in records if r.origin == ITEM_PDF}
    undecided = sum(1 for r in records if not r.item_number and r.origin != ITEM_PDF)
    return DiskUse(source, sum(bilag.values()), source + own, len(bilag), undecided, len(documents),
                   sum(documents.values()))  # fmt: skip


def move_bilag(profile: Path, old_meeting_id: str, new_meeting_id: str) -> None:
    """Hand an entry's bilag to the meeting that took it over (a referat imported after its punkter)."""
    store = BilagStore(profile)
    for record in store.for_meeting(old_meeting_id):
        try:
            store.add(new_meeting_id, record.item_number, record.name, store.path(record).read_bytes(), record.origin)
        except (OSError, ValueError):
            continue  # a file deleted by hand: its link goes with the old entry
    store.remove_meeting(old_meeting_id)


def remove_meeting(library: Any, meeting_id: str) -> None:
    """Remove a meeting and the bilag nothing else uses (the one way, for the window and the CLI)."""
    library.remove(meeting_id)
    BilagStore(library.profile).remove_meeting(meeting_id)


def briefing_documents(profile: Path) -> dict[str, tuple[str, str]]:
    """Every stored bilag by sha256: (name, path) — the briefing names them and appends their pages."""
    store = BilagStore(profile)
    return {r.sha256: (r.name, str(store.path(r))) for r in store.all()}
