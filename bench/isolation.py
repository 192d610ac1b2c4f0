"""Benchmark: parallel isolated parsing — a batch through N children against one child.

Parses the same batch (the real published PDFs from ../shared/real, never copied into the
repository, plus PDF renderings of the seeds) through :func:`app.services.workers.isolation.parse_files`
with one child and with as many children as cores, children warm in both cases (as in the
app, where they outlive a batch), best of N rounds. Also reports the cost of isolation itself:
the same batch parsed in this process, without children.
Usage: python bench/isolation.py [--rounds N] [--copies K] [--real-docs DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.parsing import ParseError, parse_bytes  # noqa: E402
from app.services.workers.isolation import Limits, parse_files, shutdown  # noqa: E402


def batch(tmp: Path, real_docs: Path, copies: int) -> list[Path]:
    from tests.helpers.pdf_builder import build_pdf

    files = [p for p in sorted(real_docs.glob("*.pdf")) if "_bilag_" not in p.name]
    for seed in sorted((ROOT / "tests/fixtures").glob("*.txt")):
        out = tmp / (seed.stem + ".pdf")
        build_pdf(seed.read_text(encoding="utf-8"), out, header="Benchmark")
        files.append(out)
    return files * copies


def timed(paths: list[Path], workers: int) -> tuple[float, int]:
    limits = Limits(workers=workers)
    list(parse_files(paths[:workers], limits=limits))  # warm: the children exist and have imported pypdf
    started = time.perf_counter()
    parsed = sum(1 for p in parse_files(paths, limits=limits) if p.meeting is not None)
    return time.perf_counter() - started, parsed


def in_process(paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        try:
            parse_bytes(path.read_bytes(), path.name)
        except ParseError:
            pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=2, help="how many times the batch repeats each file")
    parser.add_argument("--real-docs", type=Path, default=ROOT.parent / "shared" / "real")
    args = parser.parse_args()
    cores = max(1, os.cpu_count() or 1)
    with tempfile.TemporaryDirectory() as tmp:
        paths = batch(Path(tmp), args.real_docs, args.copies)
        in_process(paths[:3])  # warm this process too
        one, many, local = [], [], []
        for _ in range(args.rounds):
            local.append(in_process(paths))
            one.append(timed(paths, 1)[0])
            seconds, parsed = timed(paths, cores)
            many.append(seconds)
        shutdown()
    best_one, best_many, best_local = min(one), min(many), min(local)
    print(f"{len(paths)} files ({parsed} parsed), {cores} cores, best of {args.rounds}")
    print(f"  in this process (no isolation): {best_local:6.2f} s")
    print(f"  1 child:                        {best_one:6.2f} s  (isolation costs {best_one / best_local - 1:+.0%})")
    print(f"  {cores} children:                     {best_many:6.2f} s  (speed-up ×{best_one / best_many:.2f})")


if __name__ == "__main__":
    main()
