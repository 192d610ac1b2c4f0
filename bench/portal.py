"""Benchmark: the portal path — parsing the recorded FirstAgenda JSON, and a sync from a local portal.

Parses all recorded Greve meetings (best of N rounds), then follows every committee on a local
replay server (tests/helpers/portal_server.py; pause 0, as the polite 0.5 s pause would dominate)
and measures: the first sync (agendas with their bilag PDFs), an unchanged re-sync (conditional
GETs answered 304) and the sync that turns every agenda into minutes.
The recorded JSON is read from ../shared/real/firstagenda (never copied into the repository).
Usage: python bench/portal.py [--rounds N] [--real-docs DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.parsing import parse_bytes  # noqa: E402
from app.services.portal import sync as service  # noqa: E402
from app.services.portal.client import NetworkPolicy  # noqa: E402
from tests.helpers.portal_server import FakePortal, serve  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--real-docs", default=str(ROOT.parent / "shared" / "real"))
    args = parser.parse_args()
    files = sorted((Path(args.real_docs) / "firstagenda").glob("greve_*.json"))
    blobs = [p.read_bytes() for p in files]
    best = float("inf")
    for _ in range(args.rounds):
        start = time.perf_counter()
        items = sum(len(parse_bytes(b, "x.json").items) for b in blobs)
        best = min(best, time.perf_counter() - start)
    size = sum(len(b) for b in blobs) / 1e6
    took = f"{best * 1000:.0f} ms (best of {args.rounds})"
    print(f"parse: {len(blobs)} meetings, {items} items, {size:.1f} MB JSON in {took}")

    portal = FakePortal.from_files(files)
    quick = NetworkPolicy(pause=0.0)
    with serve(portal) as url, tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp)
        added = service.add_portal(profile, url, quick)
        service.follow(profile, [c.committee_id for c in added.committees])
        for label in ("first sync (agendas + bilag)", "unchanged re-sync", "agendas become minutes"):
            if label.startswith("agendas become"):
                portal.mode = "minutes"
            before = len(portal.log)
            start = time.perf_counter()
            report = service.sync(profile, policy=quick)
            took = time.perf_counter() - start
            counts = {s: report.count(s) for s in ("added", "updated", "unchanged", "failed")}
            print(f"{label}: {took:.2f} s, {len(portal.log) - before} requests, {counts}")


if __name__ == "__main__":
    main()
