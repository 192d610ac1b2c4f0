"""Benchmark: cold start to first paint with a 500-meeting library, and item switching.

Targets (issues #3, #20): first paint ≤ 1.5 s; switching items p95 ≤ 50 ms, and neither slower
than the previous release measured in the same minutes. Starts ``main.py`` in a fresh process
(offscreen) several times; each run prints one JSON line (``app/ui/probe.py``) with the time of
the first paint and the times of 50 item switches. The figures reported are the medians over
the runs.

``--compare DIR`` measures another checkout too (e.g. ``git worktree add /tmp/rel-65b1e8f 65b1e8f``):
each checkout builds its own synthetic library with its own code (its stored format may
differ) and the runs alternate between the two, so both see the same load on a shared machine.

Usage: python bench/startup.py [--meetings 500] [--runs 5] [--compare DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Checkout:
    """One source tree under measurement and what its runs gave."""

    root: Path
    name: str
    profile: Path = Path()
    starts: list[float] = field(default_factory=list)
    medians: list[float] = field(default_factory=list)
    p95s: list[float] = field(default_factory=list)
    maxima: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        return {
            "checkout": self.name,
            "runs": len(self.starts),
            "first_paint_s_median": round(statistics.median(self.starts), 3),
            "first_paint_s_max": round(max(self.starts), 3),
            "switch_ms_median": round(statistics.median(self.medians), 1),
            "switch_ms_p95": round(statistics.median(self.p95s), 1),
            "switch_ms_p95_worst_run": round(max(self.p95s), 1),
            "switch_ms_max": round(max(self.maxima), 1),
        }


def _name(root: Path) -> str:
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()  # fmt: skip
    return (head.stdout.strip() or root.name) + ("+changes" if dirty else "")


def _build(checkout: Checkout, meetings: int, where: Path) -> None:
    """The synthetic library, written by the checkout's own code (its own stored format)."""
    checkout.profile = where
    script = checkout.root / "bench" / "synthetic.py"
    subprocess.run([sys.executable, str(script), str(where), "--meetings", str(meetings)],
                   cwd=checkout.root, check=True, capture_output=True, timeout=600)  # fmt: skip


def _run_once(checkout: Checkout) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOEDEMAPPE_PROBE="1", PYTHONPATH=str(checkout.root))
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, str(checkout.root / "main.py"), "--profile", str(checkout.profile)],
        capture_output=True, text=True, env=env, timeout=120, check=True, cwd=checkout.root,
    ).stdout  # fmt: skip
    probe = json.loads(out.strip().splitlines()[-1])
    checkout.starts.append(probe["first_paint"] - t0)
    checkout.medians.append(probe["switch_ms_median"])
    checkout.p95s.append(probe["switch_ms_p95"])
    checkout.maxima.append(probe["switch_ms_max"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--meetings", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout, measured in the same minutes")
    parser.add_argument("--json", action="store_true", help="one JSON object per checkout")
    args = parser.parse_args()
    checkouts = [Checkout(ROOT, _name(ROOT))]
    if args.compare:
        checkouts.append(Checkout(args.compare.resolve(), _name(args.compare.resolve())))
    with tempfile.TemporaryDirectory() as tmp:
        for n, checkout in enumerate(checkouts):
            _build(checkout, args.meetings, Path(tmp) / f"profile-{n}")
        for checkout in checkouts:  # one warm-up each: the first start after a build reads cold files
            _run_once(checkout)
            checkout.starts.clear(), checkout.medians.clear(), checkout.p95s.clear(), checkout.maxima.clear()
        for _ in range(args.runs):
            for checkout in checkouts:  # alternate, so both see the same load
                _run_once(checkout)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    if args.json:
        for checkout in checkouts:
            print(json.dumps({**checkout.summary(), "meetings": args.meetings, "load_1min": round(load, 2)}))
        return
    print(f"library: {args.meetings} meetings; {args.runs} cold starts per checkout; load {load:.2f}")
    for checkout in checkouts:
        s = checkout.summary()
        print(f"{s['checkout']:>18}: first paint median {s['first_paint_s_median']:.2f} s"
              f" (max {s['first_paint_s_max']:.2f} s)"
              f" · switch median {s['switch_ms_median']:.1f} ms, p95 {s['switch_ms_p95']:.1f} ms"
              f" (worst run {s['switch_ms_p95_worst_run']:.1f} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
