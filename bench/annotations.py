"""Benchmark: the annotation store with 5,000 annotations.

Targets (issue #4): saving one note p95 ≤ 15 ms; loading the store at start ≤ 200 ms.
Usage: python bench/annotations.py [--count 5000] [--saves 200]
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

from app.model.annotation import Annotation, FollowUp, FollowUpStatus, Highlight, ItemFingerprint, TextQuote  # noqa: E402
from app.services.notes import operations  # noqa: E402
from app.storage.annotations import AnnotationStore, shard_of  # noqa: E402
from app.storage.identity import ItemRecord  # noqa: E402


def fill(store: AnnotationStore, count: int) -> None:
    docs = []
    for n in range(count):
        key = f"2020-01-{n % 28 + 1:02d}-kommune{n // 28}-abcdef"
        docs.append(
            Annotation(
                anchor=f"{key}:{n % 15 + 1}", meeting_key=key,
                fingerprint=ItemFingerprint(str(n % 15 + 1), f"Punkt om emne {n}"),
                note=f"Note {n}: spørg forvaltningen om tallene for 2023 og konsekvenserne for budget 2026. " * 2,
                tags=["budget 2026", f"emne {n % 40}"],
                follow_up=FollowUp(FollowUpStatus.OPEN if n % 3 == 0 else FollowUpStatus.NONE, None, ""),
                highlights=[Highlight(f"h{n}", TextQuote("forvaltningen indstiller", "Direktøren for ", ", at"))],
            ).to_dict()
        )  # fmt: skip
    by_shard: dict[int, list[dict]] = {}
    for doc in docs:  # bulk insert: one write per shard instead of 5,000
        by_shard.setdefault(shard_of(doc["anchor"]), []).append(doc)
    for shard, items in by_shard.items():
        store._shards[shard].table("annotations").insert_multiple(items)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp)
        store = AnnotationStore(profile)
        fill(store, args.count)
        store.close()
        loads = []
        for _ in range(5):
            start = time.perf_counter()
            store = AnnotationStore(profile)  # as at start: open, back up, read everything
            store.all()
            loads.append((time.perf_counter() - start) * 1000)
            store.close()
        store = AnnotationStore(profile, take_backup=False)
        saves = []
        for n in range(args.saves):
            number = str(n % 30)
            key = "2021-06-01-bench-000000"
            ref = ItemRecord(f"{key}-ref:{number}", f"{key}:{number}", number, "Bench")
            start = time.perf_counter()
            operations.apply(store, ref, operations.note(f"Ny note {n} med æøå"))
            saves.append((time.perf_counter() - start) * 1000)
        saves.sort()
        size = sum(p.stat().st_size for p in (profile / "annotations").glob("*.json"))
    print(f"store: {args.count} annotations, {size / 1e6:.1f} MB on disk")
    print(f"load at start: median {statistics.median(loads):.0f} ms (max {max(loads):.0f} ms)")
    print(f"save one note (atomic, fsync): median {statistics.median(saves):.1f} ms, "
          f"p95 {saves[int(len(saves) * 0.95) - 1]:.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
