"""``python main.py changes MEETING_ID`` and ``versions MEETING_ID``: hand-off to :mod:`app.services.library.versions`.

Registered in :mod:`app.cli` like every command; both only read the profile. ``changes --json``
prints a list of ``{number, title, change, from_number, sections}`` (``change`` is one of new,
withdrawn, renumbered, changed, decided; ``sections`` names the changed sections; ``kinds``
lists every kind that applies). Bad input (an unknown meeting or version) is one line on stderr
and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.services.library import versions
from app.services.workspace import Library

# How a version is named in the command line's (English) output.
LABELS = {
    "agenda": "agenda", "revised-agenda": "revised agenda", "supplement": "supplementary agenda",
    "minutes": "minutes", "revised-minutes": "revised minutes", "extract": "extract", "item": "one item's document",
}  # fmt: skip
CHANGES = {"new": "new", "withdrawn": "withdrawn", "renumbered": "renumbered", "changed": "changed",
           "decided": "decided"}  # fmt: skip


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run_changes(args: argparse.Namespace, library: Library, error: type[Exception]) -> int:
    record = library.record(args.meeting)
    if record is None:
        raise error(f"{args.meeting}: no such meeting (see `main.py list --json`)")
    known = [v.number for v in versions.history(library, args.meeting)]
    if args.since_version is not None and args.since_version not in known[:-1]:
        raise error(f"--since-version {args.since_version}: the meeting has versions {', '.join(map(str, known))} "
                    f"(the newest, {known[-1]}, is the one compared)")  # fmt: skip
    found = versions.changes(library, args.meeting, args.since_version)
    if args.json:
        _print_json([change.to_json() for change in found.items])
        return 0
    label = f"{record.committee or '?'} {record.date or ''}".strip()
    if found.since is None:
        print(f"{label}: one version only — nothing to compare with")
        return 0
    print(f"{label}: version {found.since} → version {found.current}")
    for change in found.items:
        what = CHANGES[change.change]
        if change.from_number is not None:
            what += f" ({change.from_number} → {change.number})"
        extra = [k for k in change.kinds if k != change.change]
        if extra:
            what += ", " + ", ".join(CHANGES[k] for k in extra)
        if change.sections:
            what += ": " + ", ".join(change.sections)
        print(f"  {change.number}. {change.title} — {what}")
    if not found.items:
        print("  no item changed")
    else:
        print(f"  {versions.summary_line(found.items)}")
    return 0


def run_versions(args: argparse.Namespace, library: Library, error: type[Exception]) -> int:
    if library.record(args.meeting) is None:
        raise error(f"{args.meeting}: no such meeting (see `main.py list --json`)")
    history = versions.history(library, args.meeting)
    if args.show is not None:
        meeting = versions.version_meeting(library, args.meeting, args.show)
        if meeting is None:
            raise error(f"--show {args.show}: no such version (the meeting has {len(history)})")
        if args.json:
            _print_json(versions.meeting_json(meeting))
            return 0
        print(f"version {args.show} ({meeting.document_type}, read-only): {len(meeting.items)} items")
        for item in meeting.items:
            print(f"  {item.number}. {item.title}{' (lukket)' if item.closed else ''}")
        return 0
    rows = [
        {"version": v.number, "label": v.label, "kind": v.kind, "document_type": v.document_type,
         "source": v.source_name, "imported_at": v.imported_at, "entry": v.meeting_id}
        for v in history
    ]  # fmt: skip
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        print(f"{row['version']}. {LABELS.get(str(row['label']), row['label'])} — {row['source'] or '?'}, "
              f"imported {row['imported_at'] or 'before versions were kept'}")  # fmt: skip
    return 0
