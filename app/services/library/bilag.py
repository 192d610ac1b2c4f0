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
import shutil
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.parsing.bilag_match import MARGIN
from app.storage.bilag import ITEM_PDF, MAX_BILAG_BYTES, BilagRecord, BilagStore

if TYPE_CHECKING:  # the library's type only: no import at run time
    from app.storage.library import Library

ZIP_MEMBERS = 500  # more members than this is not a meeting's papers
FOLDER_FILES = 2_000  # files taken from one chosen folder
ZIP_TOTAL_BYTES = 1024 * 1024 * 1024  # what one zip may unpack to in all
ZIP_FILE_BYTES = 1024 * 1024 * 1024  # a zip file itself
# What an import takes, in one place for the window's file dialog and the command line:
IMPORTABLE = (".pdf", ".txt", ".text", ".md")  # papers and bilag, also from a folder or a zip
ARCHIVES = (".zip",)  # unpacked (with limits) into the files above
PORTAL_FILES = (".json", ".html", ".htm")  # a FirstAgenda meeting (its JSON or saved page), chosen by itself
CHOOSABLE = IMPORTABLE + ARCHIVES + PORTAL_FILES
__all__ = ["CHOOSABLE", "ITEM_PDF", "BilagLink", "BilagRecord", "BilagStore", "bilag_store", "clear_guess",
           "expand_inputs", "file_patterns", "move_bilag"]  # fmt: skip


@dataclass
class BilagLink:
    """Where one bilag file of an import went (for the import report and the dialog)."""

    file_name: str
    meeting_id: str
    item_number: str  # "" = not decided: the member chooses
    reason: str  # "document-number", "name-in-text", "file-name", "item-title", "only-item", "item-pdf", ""
    sha256: str = ""
    choices: list[tuple[str, float]] = field(default_factory=list)  # (item number, score), best first


def clear_guess(choices: list[tuple[str, float]]) -> str:
    """The item to suggest for a bilag the import left to the member, or "" when no item leads clearly.

    ``choices`` are the matcher's (item number, score), best first. The import links a bilag
    only when its best score is high *and* leads by :data:`~app.parsing.bilag_match.MARGIN`;
    what it leaves undecided is offered in the dialog with its best guess chosen only when that
    guess still leads the next by the same margin (one item resembles it, the others hardly).
    Two close scores are no guess: a citizen's e-mail about one item that names another scored
    22.5 for the wrong item and 16.9 for the right one, and was filed under the wrong one with OK.
    """
    if not choices or choices[0][1] <= 0:
        return ""
    second = choices[1][1] if len(choices) > 1 else 0.0
    return choices[0][0] if choices[0][1] - second >= MARGIN else ""


# --- inputs: files, folders, zips ------------------------------------------------------------


def file_patterns() -> list[str]:
    """``*.pdf``, ``*.txt`` … for a file dialog: every kind of file an import takes, and nothing else."""
    return [f"*{suffix}" for suffix in CHOOSABLE]


def expand_inputs(paths: list[Path], scratch: Path, dropped: list[tuple[str, Any]] | None = None) -> list[Path]:
    """Files to import from what the member chose: folders are walked, zips unpacked into ``scratch``.

    Zip members are read with limits (count, total size, one member's size — checked before
    reading from the directory and again while reading, whatever the directory claims); names
    are flattened, so a member can never land outside ``scratch``. What a limit or damage
    leaves out goes to ``dropped`` as ``(name, reason)``, one entry each (with a count where
    many were left out): a damaged, encrypted or oversize member costs only itself.
    """
    from app.services.workers.isolation import Refusal

    report = dropped if dropped is not None else []
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found, special = [], 0
            for p in sorted(path.rglob("*")):
                if p.name.startswith(".") or p.suffix.lower() not in (*IMPORTABLE, *ARCHIVES):
                    continue
                if not p.is_file():  # FIFOs, devices, sockets (or links to them): never read
                    special += not p.is_dir()
                    continue
                found.append(p)
            if special:
                report.append((f"{path.name} ({special} pipes, devices or other special files)",
                               Refusal.NOT_A_FILE))  # fmt: skip
            if len(found) > FOLDER_FILES:
                left = f"{path.name} ({len(found) - FOLDER_FILES} of {len(found)} files)"
                report.append((left, Refusal.TOO_MANY_FILES))
                found = found[:FOLDER_FILES]
            out += found
        else:
            out.append(path)
    expanded: list[Path] = []
    for number, path in enumerate(out):
        if path.suffix.lower() in ARCHIVES and path.is_file():
            expanded += _unzip(path, scratch / f"zip-{number}", report)
        else:
            expanded.append(path)
    return expanded


class _MemberTooLarge(Exception):
    pass


def _unzip(path: Path, target: Path, report: list[tuple[str, Any]]) -> list[Path]:
    from app.parsing.errors import ImportFailure
    from app.services.workers.isolation import Refusal, regular_file

    if not regular_file(path) or path.stat().st_size > ZIP_FILE_BYTES:
        return [path]  # refused by the import with its own line (not a file, too large)
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError, EOFError):
        return [path]  # reported by the import as an unsupported file
    target.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    total = 0
    with archive:
        members = [m for m in infos if not m.is_dir()]
        if len(members) > ZIP_MEMBERS:
            left = f"{path.name} ({len(members) - ZIP_MEMBERS} of {len(members)} files)"
            report.append((left, Refusal.TOO_MANY_FILES))
            members = members[:ZIP_MEMBERS]
        nested = 0
        for member in members:
            name = Path(member.filename.replace("\\", "/")).name
            label = f"{path.name} › {name or member.filename}"
            suffix = Path(name).suffix.lower()
            if suffix in ARCHIVES:
                nested += 1
                continue
            if not name or name.startswith(".") or suffix not in IMPORTABLE:
                continue
            if member.file_size > MAX_BILAG_BYTES:
                report.append((label, Refusal.TOO_LARGE))
                continue
            if total + member.file_size > ZIP_TOTAL_BYTES:
                report.append((label, Refusal.TOO_LARGE))
                continue
            out = target / name
            stem, n = out.stem, 1
            while out.exists():
                n += 1
                out = target / f"{stem} ({n}){out.suffix}"
            try:
                written = _copy_member(archive, member, out, min(MAX_BILAG_BYTES, ZIP_TOTAL_BYTES - total))
            except _MemberTooLarge:
                out.unlink(missing_ok=True)
                report.append((label, Refusal.TOO_LARGE))
                continue
            except RuntimeError as err:  # zipfile: "File … is encrypted, password required"
                out.unlink(missing_ok=True)
                encrypted = "encrypt" in str(err).lower() or "password" in str(err).lower()
                report.append((label, ImportFailure.ENCRYPTED if encrypted else Refusal.FAILED))
                continue
            except NotImplementedError:  # AES encryption, an unknown compression method
                out.unlink(missing_ok=True)
                encrypted = bool(member.flag_bits & 0x1)
                report.append((label, ImportFailure.ENCRYPTED if encrypted else Refusal.FAILED))
                continue
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):  # damaged, bad CRC, cut off
                out.unlink(missing_ok=True)
                report.append((label, ImportFailure.DAMAGED_PDF if suffix == ".pdf" else Refusal.FAILED))
                continue
            total += written
            files.append(out)
        if nested:
            report.append((f"{path.name} ({nested} zip files inside)", Refusal.NESTED_ARCHIVE))
    return files


def _copy_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, out: Path, cap: int) -> int:
    """Copy one member, counting bytes as they come: never more than ``cap`` nor than it declared."""
    limit = min(cap, member.file_size)
    written = 0
    with archive.open(member) as src, out.open("wb") as dst:
        while chunk := src.read(1024 * 1024):
            written += len(chunk)
            if written > limit:
                raise _MemberTooLarge
            dst.write(chunk)
    return written


def clean_scratch(profile: Path) -> int:
    """Remove the scratch folders of imports whose process is gone (killed mid-import); returns how many."""
    import os

    removed = 0
    folder = Path(profile) / "tmp"
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        if not entry.name.startswith("import-"):
            continue
        pid = entry.name.removeprefix("import-")
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue  # another import, running now
        shutil.rmtree(entry, ignore_errors=True)
        removed += 1
    return removed


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


_STORES: dict[Path, BilagStore] = {}


def bilag_store(profile: Path) -> BilagStore:
    """The profile's bilag store, one per process: the window's parts share it (and its cache)."""
    key = Path(profile).resolve()
    store = _STORES.get(key)
    if store is None:
        store = _STORES[key] = BilagStore(key)
    return store


def scratch_folder(profile: Path) -> Path:
    """Where zips are unpacked during an import (removed when it ends, and by :func:`clean_scratch`
    at the next import or writing start when a killed process left it)."""
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


def disk_use(library: Library, meeting_id: str) -> DiskUse:
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


def remove_meeting(library: Library, meeting_id: str) -> None:
    """Remove a meeting and the bilag nothing else uses (the one way, for the window and the CLI)."""
    library.remove(meeting_id)
    BilagStore(library.profile).remove_meeting(meeting_id)


def briefing_documents(profile: Path) -> dict[str, tuple[str, str]]:
    """Every stored bilag by sha256: (name, path) — the briefing names them and appends their pages."""
    store = BilagStore(profile)
    return {r.sha256: (r.name, str(store.path(r))) for r in store.all()}
