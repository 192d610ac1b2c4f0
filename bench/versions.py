"""What versions cost (#19): comparing two versions, a hostile difference, and migrating an older library.

    python bench/versions.py [MEETINGS]

Prints: compare() of the Sønderborg agenda and its minutes (best of 20), word_diff() of two
200,000-word texts (bounded), and Library.migrate() of a version-1 library of MEETINGS meetings
(default 300), and seeding one meeting's first version when its next one arrives.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.model.changes import compare, word_diff
from app.parsing import parse_text
from app.storage.library import Library
from tests.helpers import versions as papers


def best(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    meetings = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    agenda, minutes = parse_text(papers.agenda()), parse_text(papers.minutes())
    print(f"compare agenda → minutes (8 items): {best(lambda: compare(agenda, minutes), 20) * 1000:.1f} ms")
    old = " ".join(f"ord{n}" for n in range(200_000))
    new = " ".join(f"ord{n}" for n in range(200_000, 0, -1))
    print(f"word_diff of two 200,000-word texts: {best(lambda: word_diff(old, new), 3) * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder))
        data = papers.agenda().encode("utf-8")
        with library.batch():
            for n in range(meetings):
                meeting = parse_text(papers.agenda())
                meeting.date = f"{2000 + n // 300}-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}"
                meeting.committee = f"Udvalg {n}"
                library.add_meeting(meeting, data, f"m{n}.txt")
        index = Path(folder) / "library" / "index.json"
        stored = json.loads(index.read_text(encoding="utf-8"))
        stored["version"] = 1  # as the release before versions wrote it
        index.write_text(json.dumps(stored), encoding="utf-8")
        old_library = Library(Path(folder))
        start = time.perf_counter()
        pending = old_library.migrate()
        print(f"migrate a version-1 library of {meetings} meetings: {(time.perf_counter() - start) * 1000:.0f} ms "
              f"({pending} meetings seeded later, each when its next version arrives)")
        key = old_library.meetings()[0].meeting_key
        start = time.perf_counter()
        old_library.seed_versions(key)
        took = (time.perf_counter() - start) * 1000
        print(f"seed one meeting's first version (its next version arrived): {took:.0f} ms")


if __name__ == "__main__":
    main()
