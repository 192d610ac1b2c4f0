"""Benchmark: exporting the briefing of a 30-item meeting with notes on every item.

Target (issue #6): ≤ 3 s. Usage: python bench/briefing.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.export.briefing import BriefingOptions, render  # noqa: E402
from app.export.selection import select  # noqa: E402
from app.model.annotation import FollowUp, FollowUpStatus  # noqa: E402
from app.services.library.importer import import_file  # noqa: E402
from app.services.notes import operations  # noqa: E402
from app.storage.annotations import AnnotationStore  # noqa: E402
from app.storage.library import Library  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp)
        lines = ["REFERAT Økonomiudvalget d. 01-02-2024", ""]
        for n in range(1, 31):
            lines += [f"Punkt {n}: Sag {n} om budget, anlæg og drift", "", f"24/{2000 + n}", "", "## Sagsresumé", "",
                      "Forvaltningen har udarbejdet en samlet vurdering af økonomien. " * 6, "", "## Indstilling", "",
                      f"Direktionen indstiller, at sag {n} godkendes.", "",
                      "## Beslutning Økonomiudvalget den 01-02-2024", "", "Godkendt med bemærkninger.", ""]  # fmt: skip
        source = profile / "oeu.txt"
        source.write_text("\n".join(lines), encoding="utf-8")
        library = Library(profile)
        result = import_file(library, source)
        record = library.record(result.meeting_id)
        store = AnnotationStore(profile)
        for item in record.items:
            note = operations.note("Spørg til tallene for 2023 og konsekvenserne for borgerne.\n" * 6)
            follow_up = operations.follow_up(FollowUp(FollowUpStatus.OPEN, "2024-03-01", "ring til forvaltningen"))
            operations.apply(store, item, note, follow_up)
        entries = select(library, store, meeting_id=result.meeting_id)
        times, pages = [], 0
        for run in range(4):
            start = time.perf_counter()
            pages = render(entries, BriefingOptions(user_name="Bench"), profile / f"b{run}.pdf").pages
            times.append(time.perf_counter() - start)
    print(f"30 items with notes: {pages} pages; export median {statistics.median(times[1:]):.2f} s "
          f"(first, with Qt start-up: {times[0]:.2f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
