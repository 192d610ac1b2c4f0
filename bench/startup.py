"""Benchmark: cold start to first paint with a 500-meeting library, and item switching.

Targets (issue #3): first paint ≤ 1.5 s; switching items ≤ 50 ms.
Starts ``main.py`` in a fresh process (offscreen) several times and reports the median.
Usage: python bench/startup.py [--meetings 500] [--runs 5]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp)
        library = build(profile, args.meetings)
        items = sum(len(r.items) for r in library.meetings())
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MOEDEMAPPE_PROBE="1")
        starts, medians, p95s = [], [], []
        for _ in range(args.runs):
            t0 = time.time()
            out = subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--profile", str(profile)],
                capture_output=True, text=True, env=env, timeout=120, check=True,
            ).stdout  # fmt: skip
            probe = json.loads(out.strip().splitlines()[-1])
            starts.append(probe["first_paint"] - t0)
            medians.append(probe["switch_ms_median"])
            p95s.append(probe["switch_ms_p95"])
    print(f"library: {args.meetings} meetings, {items} items; {args.runs} cold starts")
    print(f"cold start to first paint: median {statistics.median(starts):.2f} s (max {max(starts):.2f} s)")
    print(f"switching items: median {statistics.median(medians):.1f} ms, p95 {statistics.median(p95s):.1f} ms")


if __name__ == "__main__":
    main()
