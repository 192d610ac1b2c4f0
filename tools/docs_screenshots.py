"""Render the screenshots in docs/ at three window sizes, with a member's work in progress.

The demo library plus a few annotations (a note, three tags, an overdue follow-up, items
read and prepared), rendered offscreen like ``main.py --screenshot``:
``python tools/docs_screenshots.py`` → docs/window-1024x700.png, -1360x860, -1920x1080
and docs/follow-ups-1024x700.png. Look at them after a layout change.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.model.annotation import FollowUp, FollowUpStatus, ReadingState, Stance  # noqa: E402
from app.services.demo import demo_files  # noqa: E402
from app.services.library.importer import import_file  # noqa: E402
from app.services.notes import operations as ops  # noqa: E402
from app.services.notes.annotations import AnnotationService  # noqa: E402
from app.services.settings import Settings  # noqa: E402
from app.storage.annotations import AnnotationStore  # noqa: E402
from app.storage.library import Library  # noqa: E402
from app.ui import window_layout  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

SIZES = ((1024, 700), (1360, 860), (1920, 1080))
DOCS = ROOT / "docs"


def seed(profile: Path) -> str:
    """Import the demo minutes and annotate the Haderslev meeting; returns the item to show."""
    library = Library(profile)
    for path in demo_files():
        import_file(library, path)
    record = next(r for r in library.meetings() if "Beskæftigelse" in (r.committee or ""))
    store = AnnotationStore(profile)
    items = record.items
    shown = items[2]
    ops.apply(store, shown, ops.note("Spørg til målgruppen: hvor mange er i job efter seks måneder?\n"
                                     "Sammenlign med nabokommunerne før mødet."))  # fmt: skip
    for tag in ("beskæftigelse", "budget 2023", "spørg forvaltningen"):
        ops.apply(store, shown, ops.add_tag(tag))
    ops.apply(store, shown, ops.stance(Stance.UNDECIDED))
    late = (date.today() - timedelta(days=10)).isoformat()
    task = "Bed om tallene for 2022 fordelt på målgrupper"
    ops.apply(store, shown, ops.follow_up(FollowUp(FollowUpStatus.OPEN, late, task)))
    soon = (date.today() + timedelta(days=5)).isoformat()
    ops.apply(store, items[4], ops.follow_up(FollowUp(FollowUpStatus.OPEN, soon, "Notat om implementeringsplanen")))
    for item in items[:4]:
        ops.apply(store, item, ops.reading(ReadingState.PREPARED))
    for item in items[4:6]:
        ops.apply(store, item, ops.reading(ReadingState.READ))
    store.close()
    return shown.item_id


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        profile = Path(folder)
        item_id = seed(profile)
        library = Library(profile)
        store = AnnotationStore(profile)
        window = MainWindow(library, Settings(profile), AnnotationService(store, library))
        for width, height in SIZES:
            window.resize(width, height)
            window.show()
            window_layout.fit(window.splitter, None)
            window.select(item_id)
            window.tabs.setCurrentIndex(0)
            for _ in range(20):
                app.processEvents()
            out = DOCS / f"window-{width}x{height}.png"
            window.grab().save(str(out))
            print(out)
            if width == SIZES[0][0]:
                window.tabs.setCurrentWidget(window.follow_up_panel)
                for _ in range(20):
                    app.processEvents()
                out = DOCS / f"follow-ups-{width}x{height}.png"
                window.grab().save(str(out))
                print(out)
        window.search.stop()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
