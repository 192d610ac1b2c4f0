"""Benchmark: parsing time grows linearly with the size of the text (#11 item 3).

Hostile shapes that used to be quadratic or worse — one long line of dots (contents-line
regex), a line of tabs (table cells), one huge paragraph (joining wrapped lines) — and
ordinary minutes (a seed repeated), each from 1 MB up to --max-mb, through ``parse_bytes``, the
importer's entry point. Prints seconds and MB/s per size; linear means MB/s stays
about flat while the size doubles. Usage: python bench/linear.py [--max-mb 64] [--shape NAME]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.parsing import ParseError, parse_bytes  # noqa: E402

MB = 1 << 20
HEAD = (
    "REFERAT Økonomiudvalget d. 01-02-2024\n\nMødedato 1. februar 2024 kl. 15:00\n\n"
    "Punkt 1: Lang tekst\n\n24/1234\n\n"
)


def dots(size: int) -> str:
    return HEAD + "." * size + " x 1\n"


def tabs(size: int) -> str:
    return HEAD + "\t".join(["celle"] * (size // 6)) + "\n"


def paragraph(size: int) -> str:
    line = "Udvalget drøftede sagen og godkendte indstillingen med de bemærkninger der fremgår af bilaget.\n"
    return HEAD + line * (size // len(line))


def minutes(size: int) -> str:
    seed = (ROOT / "tests" / "fixtures" / "000_09f92bc0f5106a3d.txt").read_text(encoding="utf-8")
    body = seed.split("# Punkt 1:", 1)[1]
    parts = [seed.split("# Punkt 1:", 1)[0]]
    number = 1
    while sum(len(p) for p in parts) < size:
        parts.append(f"# Punkt {number}:{body.split('# Punkt 2:', 1)[0]}")
        number += 1
    return "".join(parts)


SHAPES: dict[str, Callable[[int], str]] = {"dots": dots, "tabs": tabs, "paragraph": paragraph, "minutes": minutes}


def timed(text: str) -> float:
    """The importer's path: bytes in (decoding included), the collector paused as in parse_bytes."""
    data = text.encode("utf-8")
    gc.collect()
    start = time.perf_counter()
    try:
        parse_bytes(data, "bench.txt")
    except ParseError:
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-mb", type=int, default=64)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    args = parser.parse_args()
    for name in args.shape or list(SHAPES):
        size = 1
        rates: list[float] = []
        while size <= args.max_mb:
            text = SHAPES[name](size * MB)
            seconds = timed(text)
            rates.append(len(text) / MB / seconds)
            print(f"{name:10s} {size:3d} MB  {seconds:7.2f} s  {rates[-1]:6.1f} MB/s", flush=True)
            del text
            size *= 2
        print(f"{name:10s} MB/s at the largest size / at 1 MB: {rates[-1] / rates[0]:.2f}")


if __name__ == "__main__":
    main()
