"""Benchmark: exporting the briefing of a 30-item meeting with notes on every item; and a briefing with
an annotated 20-page bilag appended whole (its pages placed under a header and footer, 10 highlights
found again by PDFium and written as /Highlight annotations).

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
    with_bilag()


def with_bilag() -> None:
    """The Lejre minutes with a 20-page bilag on item 4, ten of its pages highlighted: "none" vs "annotated"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from app.model.annotation import TextQuote
    from app.services.briefing import write_briefing
    from app.services.library.importer import import_files
    from app.storage.bilag import BilagStore
    from tests.conftest import SEEDS
    from tests.helpers.pdf_builder import build_pdf

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "moede"
        folder.mkdir()
        build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), folder / "referat.pdf", header="Lejre")
        c = canvas.Canvas(str(folder / "Projekt Tidlig Indsats - evaluering.pdf"), pagesize=A4)
        for number in range(1, 21):
            c.setFont("Helvetica", 11)
            for line in range(45):
                c.drawString(60, 790 - 16 * line, f"Side {number}, linje {line}: budget 2013, vil give 10 pladser. "
                                                  "Disse ti pladser bruges af borgere.")  # fmt: skip
            c.showPage()
        c.save()
        library = Library(Path(tmp) / "profile")
        import_files(library, [folder])
        meeting_id = library.meetings()[0].meeting_id
        item = next(i for i in library.record(meeting_id).items if i.number == "4")
        sha = BilagStore(library.profile).for_item(meeting_id, "4")[0].sha256
        store = AnnotationStore(library.profile)
        marks = [operations.add_highlight(TextQuote("budget 2013, vil give 10 pladser.", f"Side {n}, linje 7: "),
                                          comment="Spørg", document=sha, page=n) for n in range(1, 21, 2)]  # fmt: skip
        operations.apply(store, item, operations.note("Hvad koster det?"), *marks)
        selection = {"meeting_id": meeting_id}
        for mode in ("none", "annotated"):
            times, pages = [], 0
            for run in range(3):
                start = time.perf_counter()
                out = Path(tmp) / f"{run}.pdf"
                result = write_briefing(library, store, selection, BriefingOptions(bilag=mode), out)
                times.append(time.perf_counter() - start)
                pages = result.pages if result else 0
            size = (Path(tmp) / "0.pdf").stat().st_size // 1024
            median = statistics.median(times)
            print(f"Lejre minutes, bilag {mode!r}: {pages} pages, {size} KB; export median {median:.2f} s")
        store.close()


if __name__ == "__main__":  # the import's parser children start by spawn: guard the entry
    main()
