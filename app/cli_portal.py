"""``python main.py portal add|follow|sync``: argument parsing and hand-off to :mod:`app.services.portal.sync`.

Registered in :mod:`app.cli` like every command (which opens the profile as a writer).
Output is for people and scripts alike: one line per committee (``add``) or per meeting
(``sync``). A portal that cannot be reached, a bad address or an unknown committee is one line
on stderr and exit status 2; so is a sync in which any meeting failed (one line each).
Everything the portal sent is printed through :func:`app.services.plaintext.display_name`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any


def configure(p_portal: argparse.ArgumentParser) -> None:
    """The ``portal`` command's three actions (each takes ``--profile`` too)."""
    p_portal.add_argument("--profile", dest="sub_profile", help="profile folder (library and settings)")
    actions = p_portal.add_subparsers(dest="action", required=True)
    p_add = actions.add_parser("add", help="check a portal and print its committees")
    p_add.add_argument("url", help="the portal's address, e.g. https://dagsordener.greve.dk")
    p_follow = actions.add_parser("follow", help="follow committees (name, part of a name, or id)")
    p_follow.add_argument("committees", nargs="+", metavar="NAME_OR_ID")
    p_sync = actions.add_parser("sync", help="fetch new and changed meetings of the followed committees")
    p_sync.add_argument("--since", type=_iso_date, help="only meetings on or after this date (YYYY-MM-DD)")
    for parser in (p_add, p_follow, p_sync):
        # SUPPRESS: an absent option must not overwrite a --profile given before the action word.
        parser.add_argument("--profile", dest="sub_profile", default=argparse.SUPPRESS,
                            help="profile folder (library and settings)")  # fmt: skip
    for parser in (p_add, p_sync):
        parser.add_argument("--timeout", type=float, default=None, help="connect/read timeout in seconds")
        parser.add_argument("--retries", type=int, default=None, help="retries on server errors and timeouts")
        parser.add_argument("--pause", type=float, default=None, help="seconds between two requests (default 0.5)")


def _iso_date(text: str) -> str:
    from app.services.plaintext import display_name

    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {display_name(text, 40)}") from None


def _policy(args: argparse.Namespace) -> Any:
    from app.services.portal.client import NetworkPolicy

    changes: dict[str, Any] = {}
    if args.timeout is not None:
        changes.update(connect_timeout=args.timeout, read_timeout=args.timeout)
    if args.retries is not None:
        changes["retries"] = max(0, args.retries)
    if args.pause is not None:
        changes["pause"] = max(0.0, args.pause)
    return NetworkPolicy(**changes)


def run(args: argparse.Namespace, ws: Any) -> int:
    """Run one action on the open profile ``ws`` (an :class:`app.services.workspace.Workspace`)."""
    from app.services.damage import portal_damage
    from app.services.plaintext import display_name
    from app.services.portal import sync as portal
    from app.services.portal.client import PortalError

    path = ws.profile
    # A damaged portal.json is kept aside (every portal command writes) and said in one line at the end.
    ws.note_damage(portal_damage(path, writer=True))
    if args.action == "add":
        try:
            added = portal.add_portal(path, args.url, _policy(args))
        except PortalError as err:
            print(f"{display_name(args.url, 100)}: {err}", file=sys.stderr)
            return 2
        print(f"{display_name(added.url)}: {len(added.committees)} committees")
        for committee in added.committees:
            mark = "*" if committee.followed else " "
            meetings = len(committee.meetings)
            print(f"{mark} {display_name(committee.name)}\t{committee.committee_id}\t{meetings} meetings")
        if added.notice:
            print(f"{display_name(added.url)}: {added.notice}", file=sys.stderr)
        return 0
    if args.action == "follow":
        if not portal.load_state(path).portals:
            print("no portal yet: run `portal add URL` first", file=sys.stderr)
            return 2
        changed, unknown = portal.follow(path, args.committees)
        for committee in changed:
            print(f"following {display_name(committee.name)} ({committee.committee_id})")
        for name in unknown:
            print(f"{display_name(name, 100)}: no such committee on the portal (see `portal add URL`)", file=sys.stderr)
        return 2 if unknown else 0
    return _sync(ws, args)


def _sync(ws: Any, args: argparse.Namespace) -> int:
    from app.services.library.settle import settle
    from app.services.plaintext import display_name
    from app.services.portal import sync as portal

    if not portal.load_state(ws.profile).followed():
        print("no committees followed: run `portal follow NAME` first", file=sys.stderr)
        return 2
    try:
        report = portal.sync(ws.profile, since=args.since, policy=_policy(args), on_outcome=_print_outcome)
    except KeyboardInterrupt:
        print("sync cancelled; the next sync resumes where this one stopped", file=sys.stderr)
        return 1
    finally:
        sys.stdout.flush()
    orphaned = settle(report.change, ws.library, ws.store).orphaned  # as after an import: notes, then search
    if orphaned:
        print(f"{len(orphaned)} note(s) lost their item; they are kept as notes without an item", file=sys.stderr)
    for notice in report.notices:
        print(display_name(notice, 400), file=sys.stderr)
    if report.unreachable:
        print(display_name(report.unreachable, 400), file=sys.stderr)
        return 2
    added, updated, failed = report.count("added"), report.count("updated"), report.count("failed")
    print(f"{added} added, {updated} updated, {report.count('unchanged')} unchanged, {failed} failed")
    if report.summary:  # what the new versions changed (`main.py changes MEETING_ID` lists it per item)
        print(f"changes: {report.summary}")
    return 2 if failed else 0  # a script must see that meetings failed (each is one line on stderr)


def _print_outcome(outcome: Any) -> None:
    from app.services.plaintext import display_name

    print(display_name(outcome.line(), 400), file=sys.stderr if outcome.status == "failed" else sys.stdout, flush=True)
