"""Command-line commands: ``parse``, ``import``, ``list``, and starting the GUI.

Headless commands never import Qt widgets, so they run on servers and in scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.parsing import ParseError, parse_file
from app.parsing.errors import MESSAGES
from app.parsing.json_view import meeting_json

COMMANDS = ("parse", "import", "list")


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
    return parser


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Mødemappe — start the window")
    parser.add_argument("--profile", help="profile folder (library and settings)")
    parser.add_argument("--demo", action="store_true", help="start on a temporary library with the demo minutes")
    parser.add_argument("--screenshot", help="render the window offscreen to this PNG and exit")
    parser.add_argument("--select", help="item or meeting id to select (see `list --json`)")
    parser.add_argument("--lang", choices=("da", "en"), help="user interface language")
    return parser


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
    return _list(profile, as_json=args.json)


def _parse(files: list[str], *, as_json: bool) -> int:
    results = []
    for name in files:
        try:
            meeting = parse_file(name)
        except ParseError as err:
            print(err.one_line(), file=sys.stderr)
            return 2
        results.append(meeting_json(meeting))
    if as_json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for name, data in zip(files, results):
            print(f"{Path(name).name}: {data['committee']} {data['date']} — {len(data['items'])} punkter")
            for item in data["items"]:
                flag = " (lukket)" if item["closed"] else ""
                print(f"  {item['number']}. {item['title']}{flag}")
    return 0


def _library(profile: str | None):  # type: ignore[no-untyped-def]
    from app.services.profile import resolve_profile
    from app.storage.library import Library

    return Library(resolve_profile(profile))


def _import(files: list[str], profile: str | None) -> int:
    from app.services.importer import import_files

    summary = import_files(_library(profile), [Path(f) for f in files])
    for name in summary.added:
        print(f"{name}: imported")
    for name in summary.replaced:
        print(f"{name}: updated (a revised version of a meeting in the library)")
    for name in summary.unchanged:
        print(f"{name}: already in the library")
    for name, reason in summary.failed:
        message = MESSAGES[reason] if reason else "could not be imported"
        print(f"{name}: {message}", file=sys.stderr)
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
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for row in rows:
            print(f"{row['id']}  {row['date']}  {row['committee']} ({row['municipality']}), {len(row['items'])} items")
    return 0
