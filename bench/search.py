"""Benchmark: search over a synthetic library of 2,000 meetings (~30,000 items in the issue;
the seeds give ~18,000 here) generated from the seed minutes.

Targets (issue #5): index build ≤ 60 s (in the background); query p95 ≤ 50 ms for one-word,
prefix and phrase queries. Usage: python bench/search.py [--meetings 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.search.index import SearchIndex  # noqa: E402
from bench.synthetic import build  # noqa: E402

QUERIES = {
    "one word": ["repatriering", "Ukraine", "budgetopfølgning", "integration", "Sonderborg", "ledighed"],
    "prefix": ["tilfreds", "beskæft", "integrat", "økonom", "rehab", "udvalg"],
    "phrase": ['"ekstraordinær indsats"', '"taget til efterretning"', '"udsatte boligområder"',
               '"Social- og Beskæftigelsesudvalget"', '"budget 2022"', '"til efterretning"'],
}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp)
        library = build(profile, args.meetings)
        items = sum(len(r.items) for r in library.meetings())
        index = SearchIndex(profile / "search.sqlite")
        start = time.perf_counter()
        index.sync(library)
        build_s = time.perf_counter() - start
        print(f"library: {args.meetings} meetings, {items} items")
        print(f"index build: {build_s:.1f} s")
        for kind, queries in QUERIES.items():
            times = []
            for _ in range(args.rounds):
                for query in queries:
                    t = time.perf_counter()
                    hits = index.search(query)
                    times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[int(len(times) * 0.95) - 1]
            print(f"{kind:9}: median {statistics.median(times):5.1f} ms, p95 {p95:5.1f} ms ({len(hits)} hits last)")


if __name__ == "__main__":
    main()
