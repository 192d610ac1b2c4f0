"""Bilag as documents of their items: how they arrive with an import, and how the window finds them.

A member imports a meeting together with its bilag — several PDFs at once, a folder, or a zip
as the portal hands it out. :func:`expand_inputs` turns that into files; the import reads each
once in the sandboxed children and :mod:`app.parsing.bilag_match` places the bilag on the
items. What is here is the rest: a meeting's bilag on disk, moved with the meeting that took
it over, removed with it, and handed to the briefing. Plain Python: it runs in the import
worker and in the command line.
"""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.storage.bilag import ITEM_PDF, MAX_BILAG_BYTES, BilagRecord, BilagStore

ZIP_MEMBERS = 500  # more members than this is not a meeting's papers
ZIP_TOTAL_BYTES = 1024 * 1024 * 1024
IMPORTABLE = (".pdf", ".txt", ".text", ".md")
__all__ = ["ITEM_PDF", "BilagLink", "BilagRecord", "BilagStore", "bilag_store", "expand_inputs", "move_bilag"]


@dataclass
class BilagLink:
    """Where one bilag file of an import went (for the import report and the dialog)."""

    file_name: str
    meeting_id: str
    item_number: str  # "" = not decided: the member chooses
    reason: str  # "document-number", "name-in-text", "file-name", "item-title", "only-item", "item-pdf", ""
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


_STORES: dict[Path, BilagStore] = {}


def bilag_store(profile: Path) -> BilagStore:
    """The profile's bilag store, one per process: the window's parts share it (and its cache)."""
    key = Path(profile).resolve()
    store = _STORES.get(key)
    if store is None:
        store = _STORES[key] = BilagStore(key)
    return store


def scratch_folder(profile: Path) -> Path:
    """Where zips are unpacked during an import (removed when it ends)."""
    return Path(profile) / "tmp" / f"import-{os.getpid()}"


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
            store.add(new_meeting_id, record.item_number, record.name, store.path(record).read_bytes(), record.origin,
                      record.pages, record.sha256)  # fmt: skip
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
