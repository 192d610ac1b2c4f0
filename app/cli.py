"""The command line: ``parse``, ``import``, ``list``, ``note``, ``annotations``, ``search``,
``export-briefing`` — and, without a command, the window.

Argument parsing and hand-off to services only. Each command is registered once in
:data:`COMMANDS` (name, help, how to configure its arguments, what to run); a new command —
e.g. ``portal`` — is one more :func:`command` entry. Commands that write open their profile
through :class:`app.services.workspace.Workspace` and so take the profile's writer lock: a
second writer says so in one line and exits 2. Bad input is one line on stderr and exit 2.
Headless commands never import Qt widgets, so they run on servers and in scripts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__

if TYPE_CHECKING:
    from app.services.workspace import Workspace

USAGE_ERROR = 2
TITLE_CHARS = 1000  # a printed title or snippet is cut here (one line, never a page of text)
MAX_REASONS = 20  # rejected entries listed one a line; the rest are counted


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: dict[str, Command] = {}


Run = Callable[[argparse.Namespace], int]


def command(name: str, help_text: str, configure: Callable[[argparse.ArgumentParser], None]) -> Callable[[Run], Run]:
    """Register a subcommand: ``@command("name", "help", configure)`` above ``def run(args) -> int``."""

    def register(run: Run) -> Run:
        COMMANDS[name] = Command(name, help_text, configure, run)
        return run

    return register


class CommandError(Exception):
    """Ends a command with one line on stderr and exit status 2."""


# --- helpers -------------------------------------------------------------------------------------


def _print_json(data: object) -> None:
    from app.services.plaintext import json_text

    sys.stdout.write(json_text(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def _print_rows(rows: list[dict[str, Any]], as_json: bool, line: Callable[[dict[str, Any]], str]) -> int:
    """Rows as one JSON array, or one ``line(row)`` each."""
    if as_json:
        _print_json(rows)
    else:
        for row in rows:
            print(line(row))
    return 0


def _profile(args: argparse.Namespace) -> Path:
    from app.services.profile import resolve_profile

    return resolve_profile(getattr(args, "sub_profile", None) or args.profile)


_OPENED: list[Workspace] = []  # workspaces this command opened (damage is reported at the end)
STORE_DAMAGED = 4


def _report_store_damage(code: int) -> int:
    """One line per damaged store file (notes, bilag index, portal state) the command came across;
    exit status 4 if all else went well."""
    from app.services.plaintext import display_name

    damaged = False
    for workspace in _OPENED:
        for damage in getattr(workspace, "damage", []):  # the bilag index, the portal state
            damaged = True
            print(damage.line(), file=sys.stderr)
        report = getattr(workspace, "store_report", None)
        if report is None:
            continue
        if report.backup_failed:
            print(report.backup_failed, file=sys.stderr)
        backup = report.newest_backup
        hint = (f"`main.py annotations restore` brings back the notes from the backup {backup.name}"
                if backup is not None else "no backup holds it")  # fmt: skip
        for path in report.moved_aside_all:
            damaged = True
            if ".corrupt-" in path.name:
                line = f"{display_name(str(path.parent))}: a damaged annotations file was moved aside as "
                line += f"{display_name(path.name)}, not deleted"
            else:  # a reading command moves nothing; the next writing one does
                line = f"{display_name(str(path))}: a damaged annotations file, left as it is"
            print(f"{line}; {hint}", file=sys.stderr)
    _OPENED.clear()
    return STORE_DAMAGED if damaged and code == 0 else code


def _workspace(args: argparse.Namespace, *, writer: bool) -> Workspace:
    """The profile, opened for writing (under its lock) or for reading."""
    from app.services.startup import StoreUnreadableError, open_workspace
    from app.services.workspace import ProfileLockedError

    path = _profile(args)
    try:
        workspace, problem = open_workspace(path, writer=writer)
    except ProfileLockedError:
        raise CommandError(f"{path}: the profile is in use by another Mødemappe (window or command); "
                           "close it and try again") from None  # fmt: skip
    if problem is not None:  # one line and exit 5 (docs/upgrading.md), never a traceback
        workspace.close()
        raise StoreUnreadableError(problem)
    _OPENED.append(workspace)
    return workspace


# --- parse ---------------------------------------------------------------------------------------


def _configure_parse(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true", help="print a JSON array (one object per file)")


@command("parse", "parse PDF or text files and print their structure", _configure_parse)
def _parse(args: argparse.Namespace) -> int:
    """Untrusted files are parsed in isolated children (app.services.workers.isolation); one line per failure."""
    from app.services.library.importer import failure_message, parse_json_files
    from app.services.plaintext import display_name

    results: list[dict[str, Any]] = []
    names: list[str] = []
    failed = False
    files = []
    for name in args.files:
        if Path(name).is_dir():  # import takes folders; parse shows the structure of files
            print(f"{display_name(name)}: is a folder; parse reads files (import takes folders)", file=sys.stderr)
            failed = True
        else:
            files.append(Path(name))
    for path, data, failure, detail in parse_json_files(files):
        if data is None:
            detail = f": {detail}" if detail else ""
            print(f"{display_name(str(path))}: {failure_message(failure)}{detail}", file=sys.stderr)
            failed = True
            continue
        results.append(data)
        names.append(str(path))
    if args.json:
        _print_json(results)
    else:
        for name, shown in zip(names, results):
            committee, day = display_name(str(shown["committee"])), display_name(str(shown["date"]))
            print(f"{display_name(Path(name).name)}: {committee} {day} — {len(shown['items'])} punkter")
            for item in shown["items"]:
                title = display_name(str(item["title"]), TITLE_CHARS)
                print(f"  {display_name(str(item['number']))}. {title}{' (lukket)' if item['closed'] else ''}")
    return USAGE_ERROR if failed else 0


# --- import --------------------------------------------------------------------------------------


def _configure_import(p: argparse.ArgumentParser) -> None:
    from app.services.library.bilag import ARCHIVES, IMPORTABLE, PORTAL_FILES  # the window's file dialog's list

    p.add_argument("files", nargs="+", metavar="FILE",
                   help=f"papers and bilag ({' '.join(IMPORTABLE)}), folders and zips ({' '.join(ARCHIVES)}) of them, "
                        f"or a FirstAgenda meeting: its JSON or saved page ({' '.join(PORTAL_FILES)})")  # fmt: skip
    force = p.add_mutually_exclusive_group()
    force.add_argument("--replace", action="store_true",
                       help="the document is a complete version: it replaces its meeting (items it lacks are "
                            "withdrawn), also when the file was imported before")  # fmt: skip
    force.add_argument("--merge", action="store_true",
                       help="the document is an extract: its items are added to (or update) its meeting and the "
                            "others kept, also when the file was imported before (default: the document decides "
                            "— a cover and contents, or numbering from the meeting's first item without gaps, "
                            "make a complete version)")  # fmt: skip


@command("import", "import files into the library", _configure_import)
def _import(args: argparse.Namespace) -> int:
    from app.services.library.importer import failure_message, run_import
    from app.services.plaintext import display_name

    with _workspace(args, writer=True) as ws:
        policy = "replace" if args.replace else "merge" if args.merge else "auto"
        summary = run_import(ws.library, ws.store, [Path(f) for f in args.files], policy)  # type: ignore[arg-type]
    # A punkt's own PDF (eDoc) both joins its meeting and is kept as the item's document: one line
    item_pdfs = {link.file_name: link for link in summary.bilag if link.reason == "item-pdf"}
    for name in summary.added:
        if name not in item_pdfs:
            print(f"{display_name(name)}: imported")
    for name in summary.replaced:
        print(f"{display_name(name)}: a new version of a meeting in the library; it replaces the meeting "
              "(earlier versions are kept: `main.py versions MEETING_ID`)")  # fmt: skip
    for name in summary.merged:
        if name not in item_pdfs:
            print(f"{display_name(name)}: added to its meeting in the library (an extract: it holds only some of the "
                  "meeting's items; the others are kept; --replace makes it replace the meeting)")  # fmt: skip
    for name in summary.unchanged:
        if name not in item_pdfs:
            print(f"{display_name(name)}: already in the library")
    for link in summary.bilag:
        if link.reason == "item-pdf":
            where = f"the document of item {link.item_number}, kept with its meeting"
        elif link.item_number:
            where = f"bilag of item {link.item_number}"
        else:
            where = "bilag of the meeting, item not decided"
        print(f"{display_name(link.file_name)}: {where}")
    if summary.orphaned:
        print(f"{len(summary.orphaned)} note(s) lost their item; they are kept as notes without an item")
    for name, reason in summary.failed:
        print(f"{display_name(name)}: {failure_message(reason)}", file=sys.stderr)
    return USAGE_ERROR if summary.failed else 0


# --- versions and changes ------------------------------------------------------------------------


def _configure_changes(p: argparse.ArgumentParser) -> None:
    p.add_argument("meeting", metavar="MEETING_ID", help="a meeting id (see `main.py list --json`)")
    p.add_argument("--since-version", type=int, metavar="N", help="compare with version N (default: the previous)")
    p.add_argument("--json", action="store_true",
                   help="a list of {number, title, change, from_number, sections}")  # fmt: skip


@command("changes", "what changed in a meeting since its previous version (or version N)", _configure_changes)
def _changes(args: argparse.Namespace) -> int:
    from app.cli_versions import run_changes

    with _workspace(args, writer=False) as ws:
        return run_changes(args, ws.library, CommandError)


def _configure_versions(p: argparse.ArgumentParser) -> None:
    p.add_argument("meeting", metavar="MEETING_ID", help="a meeting id (see `main.py list --json`)")
    p.add_argument("--show", type=int, metavar="N", help="print version N's items (read-only)")
    p.add_argument("--json", action="store_true")


@command("versions", "every version of a meeting (agenda, revised agenda, minutes …), oldest first",
         _configure_versions)  # fmt: skip
def _versions(args: argparse.Namespace) -> int:
    from app.cli_versions import run_versions

    with _workspace(args, writer=False) as ws:
        return run_versions(args, ws.library, CommandError)


# --- list ----------------------------------------------------------------------------------------


def _configure_list(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


@command("list", "list the library", _configure_list)
def _list(args: argparse.Namespace) -> int:
    from app.services.plaintext import display_name
    from app.services.workspace import listing

    with _workspace(args, writer=False) as ws:
        rows = listing(ws.library)
    return _print_rows(rows, args.json, lambda r: display_name(
        f"{r['id']}  {r['date']}  {r['committee']} ({r['municipality'] or 'unknown municipality'}), "
        f"{len(r['items'])} items", TITLE_CHARS))  # fmt: skip


# --- note ----------------------------------------------------------------------------------------


def _configure_note(p: argparse.ArgumentParser) -> None:
    p.add_argument("item_id")
    p.add_argument("--text", help="the note text (replaces the note)")
    p.add_argument("--tag", action="append", default=[], help="add a tag (repeatable)")
    p.add_argument("--follow-up", choices=("open", "done", "none"))
    p.add_argument("--due", help="follow-up due date, YYYY-MM-DD")
    p.add_argument("--follow-up-text")
    p.add_argument("--stance", choices=("for", "against", "undecided", "none"))
    p.add_argument("--reading", choices=("unread", "read", "prepared"), help="reading progress")


@command("note", "set annotations on an item (ITEM_ID as printed by list --json)", _configure_note)
def _note(args: argparse.Namespace) -> int:
    from app.model.annotation import InvalidAnnotation, ReadingState, Stance
    from app.services.notes import operations

    try:  # every value is checked before the profile is touched
        rules = [operations.note(args.text)] if args.text is not None else []
        rules += [operations.add_tag(tag) for tag in args.tag]
        if args.stance:
            rules.append(operations.stance(Stance(args.stance)))
        if args.reading:
            rules.append(operations.reading(ReadingState(args.reading)))
        if args.follow_up or args.due is not None or args.follow_up_text is not None:
            rules.append(operations.follow_up_fields(args.follow_up, args.due, args.follow_up_text))
    except InvalidAnnotation as err:
        raise CommandError(f"{args.item_id}: {err}") from None
    with _workspace(args, writer=True) as ws:
        found = ws.library.find_item(args.item_id)
        if found is None:
            raise CommandError(f"{args.item_id}: no such item (see `main.py list --json`)")
        try:
            annotation = operations.apply(ws.store, found[1], *rules)
        except InvalidAnnotation as err:
            raise CommandError(f"{args.item_id}: {err}") from None
    _print_json(annotation.to_json() if annotation else {})
    return 0


# --- annotations ---------------------------------------------------------------------------------


def _configure_annotations(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write all annotations to one JSON file (or Markdown)")
    export.add_argument("--out", required=True)
    export.add_argument("--markdown", action="store_true", help="notes as Markdown instead of JSON")
    export.add_argument("--profile", dest="sub_profile")
    imported = actions.add_parser("import", help="merge an exported annotations file (all or nothing, no duplicates)")
    imported.add_argument("file")
    imported.add_argument("--profile", dest="sub_profile")
    restore = actions.add_parser("restore", help="bring back notes from the backup kept after a damaged file")
    restore.add_argument("--profile", dest="sub_profile")
    dismiss = actions.add_parser("dismiss-backup", help="release the backup kept after a damaged file")
    dismiss.add_argument("--profile", dest="sub_profile")


@command("annotations", "export or import all annotations", _configure_annotations)
def _annotations(args: argparse.Namespace) -> int:
    from app.services.notes.operations import RejectedImport, export_markdown, import_annotations, read_annotations_file
    from app.services.plaintext import display_name

    if args.action == "export":
        out = Path(args.out)
        with _workspace(args, writer=False) as ws:
            if args.markdown:
                export_markdown(ws.library, ws.store, out)
                print(f"{out}: notes as Markdown")
            else:
                print(f"{out}: {ws.store.export_file(out)} annotations")
        return 0
    if args.action in ("restore", "dismiss-backup"):
        return _restore_or_dismiss(args)
    name = display_name(args.file)
    try:  # read and checked whole before the profile is touched
        data = read_annotations_file(Path(args.file))
        with _workspace(args, writer=True) as ws:
            result = import_annotations(ws.store, data)
    except RejectedImport as err:
        if len(err.reasons) == 1:
            print(f"{name}: nothing imported — {display_name(err.reasons[0], 300)}", file=sys.stderr)
        else:
            print(f"{name}: nothing imported — {len(err.reasons)} rejected:", file=sys.stderr)
            for reason in err.reasons[:MAX_REASONS]:
                print(f"  {display_name(reason, 300)}", file=sys.stderr)
            if len(err.reasons) > MAX_REASONS:
                print(f"  … and {len(err.reasons) - MAX_REASONS} more", file=sys.stderr)
        return USAGE_ERROR
    print(f"{name}: {result.added} added, {result.merged} merged, {result.unchanged} already there")
    return 0


def _restore_or_dismiss(args: argparse.Namespace) -> int:
    from app.services.startup import StoreKind, StoreUnreadableError, put_back_notes

    try:
        ws = _workspace(args, writer=True)
    except StoreUnreadableError as err:
        if args.action != "restore" or err.problem.kind is not StoreKind.ANNOTATIONS or err.problem.backup is None:
            raise
        try:  # the notes cannot be opened at all: the newest backup takes their place, nothing is deleted
            put_back = put_back_notes(_profile(args))
        except Exception as failure:
            raise CommandError(f"the backup could not be put back ({failure.__class__.__name__}: {failure})") from None
        print(f"{put_back.name}: your notes were put back from this backup; the unreadable ones are kept beside them")
        return 0
    with ws:
        backup = ws.store.newest_backup()
        if backup is None:
            raise CommandError("no backup to restore from")
        if args.action == "dismiss-backup":
            if not ws.store.kept_backups():
                raise CommandError("no backup is being kept")
            for kept in ws.store.kept_backups():
                ws.store.dismiss_kept_backup(kept)
            print(f"{backup.name}: released; it rotates with the other backups again")
            return 0
        result = ws.store.restore_kept_backup()
    assert result is not None
    print(f"{backup.name}: {result.added} notes brought back, {result.merged} merged, {result.unchanged} already there")
    return 0


# --- search --------------------------------------------------------------------------------------


def _configure_search(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help='words to find; "" with filters lists everything that passes them, newest first')
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--municipality", help="only this municipality")
    p.add_argument("--committee", help="only this committee (its name as `list` prints it)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="meetings on or after this day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="meetings on or before this day")
    p.add_argument("--type", dest="document_type", choices=("dagsorden", "referat"), help="only agendas or minutes")
    p.add_argument("--tag", help="only items with this tag")
    p.add_argument("--has-notes", action="store_true", help="only items with a note")
    p.add_argument("--open-follow-up", action="store_true", help="only items with an open follow-up")


def _search_line(row: dict[str, object]) -> str:
    from app.services.plaintext import display_name

    bilag = row.get("bilag")
    where = f"  (bilag: {bilag['name']}, side {bilag['page']})" if isinstance(bilag, dict) else ""
    what = f"punkt {row['number']}: {row['title']}" if row["number"] is not None else "the meeting"
    head = display_name(f"{row['meeting']}  {what}{where}", TITLE_CHARS)
    return f"{head}\n    {display_name(str(row['snippet']), TITLE_CHARS)}" if row["snippet"] else head


def _day(value: str | None, flag: str) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise CommandError(f"{flag} {value}: not a date (YYYY-MM-DD)") from None


@command("search", "search every meeting and your notes", _configure_search)
def _search(args: argparse.Namespace) -> int:
    """Ranked hits; the index is brought up to date first (it is only a cache)."""
    from app.services.plaintext import display_name
    from app.services.search import MemberFilters, SearchFilters, search_rows

    filters = SearchFilters(municipality=args.municipality, committee=args.committee,
                            date_from=_day(args.date_from, "--from"), date_to=_day(args.date_to, "--to"),
                            document_type=args.document_type)  # fmt: skip
    member = MemberFilters(tag=args.tag, has_notes=args.has_notes, open_follow_up=args.open_follow_up)
    notices: list[str] = []
    with _workspace(args, writer=False) as ws:  # a reader: a damaged notes file is reported, never moved
        rows = search_rows(ws.profile, args.query, args.limit, notices, ws.store, filters, member)
    for notice in notices:
        print(display_name(notice, 400), file=sys.stderr)
    return _print_rows(rows, args.json, _search_line)


# --- export-briefing -----------------------------------------------------------------------------


def _configure_briefing(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", help="a meeting id (see list --json)")
    which.add_argument("--tag", help="every item with this tag, across meetings")
    which.add_argument("--follow-up", action="store_true", help="every item with an open follow-up")
    p.add_argument("--items", help="comma-separated item ids to include (default: all)")
    p.add_argument("--full-text", action="store_true", help="include the full text of each item")
    p.add_argument("--omit-unannotated", action="store_true", help="leave out items without annotations")
    p.add_argument("--omit-unprepared", action="store_true", help="leave out items not marked prepared")
    p.add_argument("--no-changes", action="store_true",
                   help="do not list on the first page what a new version of the meeting changed "
                        "(changed items are marked Δ either way)")  # fmt: skip
    p.add_argument("--letter", action="store_true", help="US Letter instead of A4")
    p.add_argument("--name", default="", help="your name for the cover")
    p.add_argument("--bilag", choices=("none", "annotated", "pages"), default="none",
                   help="append the bilag you annotated: whole (annotated) or only the annotated pages")  # fmt: skip
    p.add_argument("--lang", choices=("da", "en"),
                   help="the briefing's language (default: the profile's language setting, else Danish)")  # fmt: skip


@command("export-briefing", "write a personal briefing PDF", _configure_briefing)
def _export_briefing(args: argparse.Namespace) -> int:
    from app.services.briefing import BriefingOptions, BriefingStopped, profile_language, write_briefing_limited

    options = BriefingOptions(
        user_name=args.name, full_text=args.full_text, unannotated="omit" if args.omit_unannotated else "compact",
        unprepared="omit" if args.omit_unprepared else "include",
        paper="Letter" if args.letter else "A4", bilag=args.bilag,
        language=args.lang or profile_language(_profile(args)), list_changes=not args.no_changes,
    )  # fmt: skip
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CommandError(f"{out.parent}: no such folder (create it first, or give --out a path in an existing one)")
    items = [i.strip() for i in args.items.split(",") if i.strip()] if args.items else None
    selection = {"meeting_id": args.meeting, "item_ids": items, "tag": args.tag, "follow_up": args.follow_up}
    with _workspace(args, writer=False) as ws:
        if args.meeting and ws.library.record(args.meeting) is None:
            raise CommandError(f"{args.meeting}: no such meeting (see `main.py list --json`)")
        _ = ws.store  # opened here too, so a damaged notes file is reported like in every command
        try:  # written in a limited child: time, memory, pages, size and items are capped
            result = write_briefing_limited(ws.profile, selection, options, out)
        except BriefingStopped as err:
            raise CommandError(f"{out}: {err}") from None
    if result is None:
        raise CommandError("nothing to export: no item matches")
    path, pages, items_written = result
    print(f"{path}: {pages} pages, {items_written} items")
    return 0


# --- portal --------------------------------------------------------------------------------------


def _configure_portal(p: argparse.ArgumentParser) -> None:
    from app.cli_portal import configure

    configure(p)


@command("portal", "follow committees on a FirstAgenda portal (add, follow, sync)", _configure_portal)
def _portal(args: argparse.Namespace) -> int:
    from app.cli_portal import run as run_portal

    with _workspace(args, writer=True) as ws:
        return run_portal(args, ws)


# --- entry points --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Mødemappe — committee papers reader")
    parser.add_argument("--version", action="version", version=f"Mødemappe {__version__}")
    parser.add_argument("--profile", help="profile folder (library and settings)")
    sub = parser.add_subparsers(dest="command")
    for cmd in COMMANDS.values():
        p = sub.add_parser(cmd.name, help=cmd.help)
        cmd.configure(p)
        if not any(a.dest == "sub_profile" for a in p._actions):
            p.add_argument("--profile", dest="sub_profile", help="profile folder (library and settings)")
    return parser


def window_size(text: str) -> tuple[int, int]:
    """``1024x700`` → (1024, 700); argparse turns the error into one clear line."""
    width, sep, height = text.lower().partition("x")
    fits = width.isdigit() and height.isdigit() and 320 <= int(width) <= 8000 and 240 <= int(height) <= 8000
    if not sep or not fits:
        raise argparse.ArgumentTypeError(f"{text!r}: expected WIDTHxHEIGHT, e.g. 1024x700")
    return int(width), int(height)


def gui_parser() -> argparse.ArgumentParser:
    """Without a command: the window. Its --help lists every command too, one line each."""
    commands = "\n".join(f"  {cmd.name:<17} {cmd.help}" for cmd in COMMANDS.values())
    parser = argparse.ArgumentParser(
        prog="main.py",
        usage="%(prog)s [COMMAND ...] | [options]",
        description="Mødemappe — committee papers reader. Without a command: open the window.",
        epilog=f"commands (main.py COMMAND --help for a command's options):\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Mødemappe {__version__}",
                        help="print the version and exit")  # fmt: skip
    parser.add_argument("--profile", help="profile folder (library and settings)")
    parser.add_argument("--demo", action="store_true", help="start on a temporary library with the demo minutes")
    parser.add_argument("--screenshot", help="render the window offscreen to this PNG and exit")
    parser.add_argument("--window-size", metavar="WxH", type=window_size,
                        help="window size in pixels, e.g. 1024x700 (with --screenshot: the picture)")  # fmt: skip
    parser.add_argument("--select", help="item or meeting id to select (see `list --json`)")
    parser.add_argument("--original", action="store_true", help="show the original PDF page (with --select)")
    parser.add_argument("--lang", choices=("da", "en"), help="user interface language")
    return parser


def _command_word(argv: list[str]) -> str | None:
    """The first word that is neither an option nor the value of ``--profile``."""
    words = iter(argv)
    for word in words:
        if word == "--profile":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def run(argv: list[str]) -> int:
    if _command_word(argv) not in COMMANDS:
        window_args = gui_parser().parse_args(argv)  # --help and --version answer without Qt
        from app.ui.launch import launch

        return launch(window_args)
    from app.services.plaintext import TerminalStream, display_name
    from app.services.startup import EXIT_STORE_UNREADABLE, StoreUnreadableError

    # Every byte a command prints goes through the one escaping function (argparse's own messages too).
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalStream(sys.stdout), TerminalStream(sys.stderr)
    try:
        args = build_parser().parse_args(argv)
        try:
            code = COMMANDS[args.command].run(args)
        except CommandError as err:
            print(display_name(str(err), 600), file=sys.stderr)
            code = USAGE_ERROR
        except StoreUnreadableError as err:  # a store that cannot be opened: one line, exit 5
            print(display_name(str(err), 600), file=sys.stderr)
            code = EXIT_STORE_UNREADABLE
        except OSError as err:  # disk full, read-only profile, a folder where a file should be …
            print(f"{display_name(str(err.filename or args.command))}: {err.strerror or err}", file=sys.stderr)
            code = USAGE_ERROR
        return _report_store_damage(code)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = streams
