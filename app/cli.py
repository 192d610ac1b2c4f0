"""Command-line commands: ``parse``, ``import``, ``list``, ``annotations``, ``note``, and the GUI.

Headless commands never import Qt widgets, so they run on servers and in scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.parsing.json_view import meeting_json

COMMANDS = ("parse", "import", "list", "annotations", "note", "search", "export-briefing")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Mødemappe — committee papers reader")
    parser.add_argument("--profile", help="profile folder (library and settings)")
    sub = parser.add_subparsers(dest="command")
    p_parse = sub.add_parser("parse", help="parse PDF or text files and print their structure")
    p_parse.add_argument("files", nargs="+")
    p_parse.add_argument("--json", action="store_true", help="print a JSON array (one object per file)")
    p_import = sub.add_parser("import", help="import files into the library")
    p_import.add_argument("files", nargs="+")
    p_import.add_argument("--profile", dest="sub_profile")
    p_list = sub.add_parser("list", help="list the library")
    p_list.add_argument("--json", action="store_true")
    p_list.add_argument("--profile", dest="sub_profile")
    p_ann = sub.add_parser("annotations", help="export or import all annotations")
    ann_sub = p_ann.add_subparsers(dest="action", required=True)
    p_export = ann_sub.add_parser("export", help="write all annotations to one JSON file (or Markdown)")
    p_export.add_argument("--out", required=True)
    p_export.add_argument("--markdown", action="store_true", help="notes as Markdown instead of JSON")
    p_export.add_argument("--profile", dest="sub_profile")
    p_aimport = ann_sub.add_parser("import", help="merge an exported annotations file (no duplicates)")
    p_aimport.add_argument("file")
    p_aimport.add_argument("--profile", dest="sub_profile")
    p_note = sub.add_parser("note", help="set annotations on an item (ITEM_ID as printed by list --json)")
    p_note.add_argument("item_id")
    p_note.add_argument("--text", help="the note text (replaces the note)")
    p_note.add_argument("--tag", action="append", default=[], help="add a tag (repeatable)")
    p_note.add_argument("--follow-up", choices=("open", "done", "none"))
    p_note.add_argument("--due", help="follow-up due date, YYYY-MM-DD")
    p_note.add_argument("--follow-up-text")
    p_note.add_argument("--stance", choices=("for", "against", "undecided", "none"))
    p_note.add_argument("--profile", dest="sub_profile")
    p_search = sub.add_parser("search", help="search every meeting and your notes")
    p_search.add_argument("query")
    p_search.add_argument("--json", action="store_true")
    p_search.add_argument("--limit", type=int, default=50)
    p_search.add_argument("--profile", dest="sub_profile")
    p_brief = sub.add_parser("export-briefing", help="write a personal briefing PDF")
    p_brief.add_argument("--out", required=True)
    which = p_brief.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", help="a meeting id (see list --json)")
    which.add_argument("--tag", help="every item with this tag, across meetings")
    which.add_argument("--follow-up", action="store_true", help="every item with an open follow-up")
    p_brief.add_argument("--items", help="comma-separated item ids to include (default: all)")
    p_brief.add_argument("--full-text", action="store_true", help="include the full text of each item")
    p_brief.add_argument("--omit-unannotated", action="store_true", help="leave out items without annotations")
    p_brief.add_argument("--letter", action="store_true", help="US Letter instead of A4")
    p_brief.add_argument("--name", default="", help="your name for the cover")
    p_brief.add_argument("--profile", dest="sub_profile")
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Mødemappe — start the window")
    parser.add_argument("--profile", help="profile folder (library and settings)")
    parser.add_argument("--demo", action="store_true", help="start on a temporary library with the demo minutes")
    parser.add_argument("--screenshot", help="render the window offscreen to this PNG and exit")
    parser.add_argument("--select", help="item or meeting id to select (see `list --json`)")
    parser.add_argument("--lang", choices=("da", "en"), help="user interface language")
    return parser


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run(argv: list[str]) -> int:
    first = next((a for a in argv if not a.startswith("-")), None)
    if first not in COMMANDS:
        from app.ui.launch import launch

        return launch(gui_parser().parse_args(argv))
    args = build_parser().parse_args(argv)
    profile = getattr(args, "sub_profile", None) or args.profile
    if args.command == "parse":
        return _parse(args.files, as_json=args.json)
    if args.command == "import":
        return _import(args.files, profile)
    if args.command == "annotations":
        return _annotations(args, profile)
    if args.command == "note":
        return _note(args, profile)
    if args.command == "search":
        return _search(args, profile)
    if args.command == "export-briefing":
        return _export_briefing(args, profile)
    return _list(profile, as_json=args.json)


def _parse(files: list[str], *, as_json: bool) -> int:
    """Untrusted files are parsed in isolated children (app.services.isolation); one line per failure."""
    from app.services.isolation import failure_message, parse_files
    from app.services.plaintext import display_name

    results, names, failed = [], [], False
    for parsed in parse_files([Path(f) for f in files]):
        if parsed.meeting is None:
            print(f"{display_name(str(parsed.path))}: {failure_message(parsed.failure)}", file=sys.stderr)
            failed = True
            continue
        results.append(meeting_json(parsed.meeting))
        names.append(str(parsed.path))
    if as_json:
        _print_json(results)
    else:
        for name, data in zip(names, results):
            print(f"{Path(name).name}: {data['committee']} {data['date']} — {len(data['items'])} punkter")
            for item in data["items"]:
                flag = " (lukket)" if item["closed"] else ""
                print(f"  {item['number']}. {item['title']}{flag}")
    return 2 if failed else 0


def _library(profile: str | None):  # type: ignore[no-untyped-def]
    from app.services.profile import resolve_profile
    from app.storage.library import Library

    return Library(resolve_profile(profile))


def _import(files: list[str], profile: str | None) -> int:
    from app.services.importer import import_files
    from app.services.isolation import failure_message
    from app.services.plaintext import display_name

    summary = import_files(_library(profile), [Path(f) for f in files])
    for name in summary.added:
        print(f"{display_name(name)}: imported")
    for name in summary.replaced:
        print(f"{display_name(name)}: updated (a revised version of a meeting in the library)")
    for name in summary.unchanged:
        print(f"{display_name(name)}: already in the library")
    for name, reason in summary.failed:
        print(f"{display_name(name)}: {failure_message(reason)}", file=sys.stderr)
    return 2 if summary.failed else 0


def _list(profile: str | None, *, as_json: bool) -> int:
    rows = [
        {
            "id": r.meeting_id,
            "committee": r.committee,
            "municipality": r.municipality,
            "date": r.date,
            "document_type": r.document_type,
            "items": [{"id": i.item_id, "number": i.number, "title": i.title} for i in r.items],
        }
        for r in _library(profile).meetings()
    ]
    if as_json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']}  {row['date']}  {row['committee']} ({row['municipality']}), {len(row['items'])} items")
    return 0


def _open_store(profile: str | None):  # type: ignore[no-untyped-def]
    """The profile's library and annotation store, under the profile lock (exit 3 if taken)."""
    from app.services.profile import resolve_profile
    from app.storage.annotations import AnnotationStore
    from app.storage.library import Library
    from app.storage.profile_lock import ProfileLock, ProfileLockedError

    path = resolve_profile(profile)
    lock = ProfileLock(path)
    try:
        lock.acquire()
    except ProfileLockedError:
        print(f"{path}: Mødemappe is open with this profile; close it first", file=sys.stderr)
        raise SystemExit(3) from None
    return lock, Library(path), AnnotationStore(path)


def _annotations(args: argparse.Namespace, profile: str | None) -> int:
    lock, library, store = _open_store(profile)
    try:
        if args.action == "export":
            out = Path(args.out)
            if args.markdown:
                from app.storage.atomic import atomic_write_bytes

                text = store.export_markdown(lambda a: _describe(library, a))
                atomic_write_bytes(out, text.encode("utf-8"))
                print(f"{out}: notes as Markdown")
            else:
                count = store.export_file(out)
                print(f"{out}: {count} annotations")
            return 0
        try:
            data = json.loads(Path(args.file).read_text(encoding="utf-8"))
            result = store.import_data(data)
        except (OSError, ValueError) as err:
            print(f"{args.file}: {err}", file=sys.stderr)
            return 2
        print(f"{args.file}: {result.added} added, {result.merged} merged, {result.unchanged} already there")
        return 0
    finally:
        store.close()
        lock.release()


def _describe(library, annotation):  # type: ignore[no-untyped-def]
    record = next((r for r in library.meetings() if r.meeting_key == annotation.meeting_key), None)
    meeting = f"{record.committee} — {record.date}" if record else annotation.meeting_key
    fp = annotation.fingerprint
    return meeting, f"Punkt {fp.number}: {fp.title}" + (" (uden punkt)" if annotation.orphaned else "")


def _note(args: argparse.Namespace, profile: str | None) -> int:
    from app.model.annotation import FollowUp, FollowUpStatus, Stance
    from app.storage.annotations import ItemRef

    lock, library, store = _open_store(profile)
    try:
        found = library.find_item(args.item_id)
        if found is None:
            print(f"{args.item_id}: no such item (see `main.py list --json`)", file=sys.stderr)
            return 2
        record, item = found
        ref = ItemRef(item.anchor, record.meeting_key, item.number, item.title, item.case_number)
        if args.text is not None:
            store.set_note(ref, args.text)
        for tag in args.tag:
            store.add_tag(ref, tag)
        if args.stance:
            store.set_stance(ref, Stance(args.stance))
        if args.follow_up or args.due or args.follow_up_text:
            current = store.get(ref.anchor)
            old = current.follow_up if current else FollowUp()
            status = FollowUpStatus(args.follow_up) if args.follow_up else (old.status if old.status.value != "none"
                                                                             else FollowUpStatus.OPEN)  # fmt: skip
            store.set_follow_up(ref, FollowUp(status, args.due or old.due, args.follow_up_text or old.text))
        annotation = store.get(ref.anchor)
        print(json.dumps(annotation.to_dict() if annotation else {}, ensure_ascii=False, indent=2))
        return 0
    finally:
        store.close()
        lock.release()


def _search(args: argparse.Namespace, profile: str | None) -> int:
    """Ranked hits; the index is brought up to date first (it is only a cache)."""
    from app.search.index import SearchIndex
    from app.services.profile import resolve_profile
    from app.storage.annotations import AnnotationStore
    from app.storage.library import Library

    path = resolve_profile(profile)
    library = Library(path)
    index = SearchIndex(path / "search.sqlite")
    index.sync(library)
    if (path / "annotations").exists():
        from app.services.search import note_text

        store = AnnotationStore(path, take_backup=False)
        index.set_notes([(a.anchor, note_text(a)) for a in store.all()], replace_all=True)
        store.close()
    hits = index.search(args.query, limit=args.limit, snippets=args.limit)
    rows = [
        {
            "item_id": h.item_id,
            "meeting": h.meeting,
            "number": h.number,
            "title": h.title,
            "snippet": h.marked_snippet(),
        }
        for h in hits
    ]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['meeting']}  punkt {row['number']}: {row['title']}\n    {row['snippet']}")
    return 0


def _export_briefing(args: argparse.Namespace, profile: str | None) -> int:
    from app.export.briefing import BriefingOptions, render
    from app.export.selection import select
    from app.services.profile import resolve_profile
    from app.storage.annotations import AnnotationStore
    from app.storage.library import Library

    path = resolve_profile(profile)
    library = Library(path)
    if args.meeting and library.record(args.meeting) is None:
        print(f"{args.meeting}: no such meeting (see `main.py list --json`)", file=sys.stderr)
        return 2
    store = AnnotationStore(path, take_backup=False)
    items = [i.strip() for i in args.items.split(",") if i.strip()] if args.items else None
    entries = select(library, store, meeting_id=args.meeting, item_ids=items, tag=args.tag, follow_up=args.follow_up)
    store.close()
    if not entries:
        print("nothing to export: no item matches", file=sys.stderr)
        return 2
    title = f"Tag: {args.tag}" if args.tag else ("Åbne opfølgninger" if args.follow_up else "")
    options = BriefingOptions(
        user_name=args.name, full_text=args.full_text, unannotated="omit" if args.omit_unannotated else "compact",
        paper="Letter" if args.letter else "A4", title=title,
    )  # fmt: skip
    result = render(entries, options, Path(args.out))
    print(f"{result.path}: {result.pages} pages, {len(result.outline)} items")
    return 0
