"""A synthetic library generated from the seed minutes, for the startup and search benchmarks.

Each meeting is a seed with another municipality, committee and date, so the library looks
like years of papers from many committees. Usage: python bench/synthetic.py DIR --meetings 500
"""

from __future__ import annotations

import argparse
import copy
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.model import Meeting, SourceInfo  # noqa: E402
from app.parsing import parse_file  # noqa: E402
from app.storage.library import Library  # noqa: E402

TOWNS = ["Sønderborg", "Haderslev", "Slagelse", "Lejre", "Aabenraa", "Kolding", "Vejle", "Odense", "Aarhus",
         "Ballerup", "Roskilde", "Næstved", "Esbjerg", "Herning", "Viborg", "Aalborg"]  # fmt: skip
COMMITTEES = ["Økonomiudvalget", "Børne- og Skoleudvalget", "Social- og Sundhedsudvalget", "Teknik- og Miljøudvalget",
              "Arbejdsmarkedsudvalget", "Kultur- og Fritidsudvalget", "Ældreudvalget", "Byrådet"]  # fmt: skip


def build(target: Path, meetings: int) -> Library:
    seeds = [(p, parse_file(p)) for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))]
    library = Library(target)
    start = date(2014, 1, 6)
    with library.batch():
        for n in range(meetings):
            path, seed = seeds[n % len(seeds)]
            meeting: Meeting = copy.deepcopy(seed)
            meeting.municipality = TOWNS[n % len(TOWNS)]
            meeting.committee = COMMITTEES[(n // len(TOWNS)) % len(COMMITTEES)]
            meeting.date = (start + timedelta(days=7 * (n // 3) + n % 3)).isoformat()
            data = path.read_bytes() + f"\n<!-- synthetic {n} -->\n".encode()
            import hashlib

            meeting.source = SourceInfo(path.name, hashlib.sha256(data).hexdigest(), "text", None)
            library.add_meeting(meeting, data, f"synthetic-{n:05d}.txt")
    return library


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", type=Path)
    parser.add_argument("--meetings", type=int, default=500)
    args = parser.parse_args()
    library = build(args.target, args.meetings)
    print(f"{len(library.meetings())} meetings in {args.target}")


if __name__ == "__main__":
    main()
