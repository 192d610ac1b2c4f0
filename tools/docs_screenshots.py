"""Render the screenshots in docs/ at three window sizes, with a member's work in progress.

The demo library plus a few annotations (a note, three tags, an overdue follow-up, items
read and prepared), rendered offscreen like ``main.py --screenshot``:
``python tools/docs_screenshots.py`` → docs/window-1024x700.png, -1360x860, -1920x1080
and docs/follow-ups-1024x700.png; then the page view (``--only original`` for these alone):
docs/original-1024x700.png and -1360x860.png (a bilag page with a drawn highlight),
docs/reading-mode.png (F11) and docs/turned-scan.png (a sideways scan turned upright, with
the thumbnails). The PDFs of those are built here from the Lejre demo minutes: a referat, a
bilag with text, and an image-only "scan" whose /Rotate lays it sideways — no real
published paper is shown. Look at the PNGs after a layout change.
"""

from __future__ import annotations

import argparse
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
LEJRE = ROOT / "resources" / "demo" / "lejre-ja-2020-03-04.txt"
BILAG_NAME = "Projekt Tidlig Indsats - evaluering.pdf"  # linked to item 4 by its name
SCAN_NAME = "Statistik førtidspensioner fra 2015 til 2019.pdf"  # item 2 lists it
HIGHLIGHTED = "vedtagelsen af budget 2020, vil der ske en udvidelse af"


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


def window_shots(app: QApplication, out: Path) -> None:
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
            shot = out / f"window-{width}x{height}.png"
            window.grab().save(str(shot))
            print(shot)
            if width == SIZES[0][0]:
                window.tabs.setCurrentWidget(window.follow_up_panel)
                for _ in range(20):
                    app.processEvents()
                shot = out / f"follow-ups-{width}x{height}.png"
                window.grab().save(str(shot))
                print(shot)
        window.search.stop()
        window.close()
        store.close()


BILAG_TEXT = (
    ("Projekt Tidlig Indsats — midtvejsevaluering", True),
    ("Jobcenter Lejre, februar 2020", False),
    ("", False),
    ("Baggrund", True),
    ("Projektet giver borgere på kanten af arbejdsmarkedet en kontaktperson fra første", False),
    ("samtale. Ved vedtagelsen af budget 2020, vil der ske en udvidelse af indsatsen til", False),
    ("20 pladser. Disse pladser bruges af borgere med behov for en tæt opfølgning.", False),
    ("", False),
    ("Resultater efter seks måneder", True),
    ("41 borgere har deltaget; 17 er i job eller uddannelse, 9 i virksomhedspraktik.", False),
    ("Sagsbehandlerne peger på den faste kontaktperson som det, der gør forskellen.", False),
    ("Ventetiden til første samtale er faldet fra 19 til 6 dage.", False),
    ("", False),
    ("Økonomi", True),
    ("Styrelsen for Arbejdsmarked og Rekruttering dækker 454.000 kr. i 2020;", False),
    ("kommunens medfinansiering afholdes inden for Jobcentrets egen ramme.", False),
    ("", False),
    ("Anbefaling", True),
    ("At projektet fortsætter året ud, og at udvalget får en slutevaluering i 2021.", False),
)


def build_bilag(path: Path) -> None:
    """A two-page bilag with text: the highlight is made on page 2."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.helpers.pdf_builder import BOLD, REGULAR, _register

    _register()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Projekt Tidlig Indsats — evaluering")
    for number in (1, 2):
        c.setFont(REGULAR, 8)
        c.drawString(72, 800, "Lejre Kommune · Jobcenter")
        c.drawRightString(523, 40, f"Side {number} af 2")
        y = 740
        contents = (("Indhold", True), ("1. Baggrund", False), ("2. Resultater efter seks måneder", False),
                    ("3. Økonomi og anbefaling", False))  # fmt: skip
        lines = BILAG_TEXT if number == 2 else (*BILAG_TEXT[:3], *contents)
        for text, bold in lines:
            c.setFont(BOLD if bold else REGULAR, 13 if bold and y == 740 else 11)
            c.drawString(72, y, text)
            y -= 22 if bold else 16
        c.showPage()
    c.save()


def build_scan(path: Path) -> None:
    """An image-only "scan" of a table and a chart whose /Rotate lays them sideways, as scanners file them.

    The pages are drawn with reportlab, rendered to a grey picture with PDFium (a PDF built here,
    in this process — the window never renders one), and each picture is a whole new page.
    """
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from pypdf import PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from tests.helpers.pdf_builder import BOLD, REGULAR, _register

    _register()
    clean = path.with_suffix(".clean.pdf")
    c = canvas.Canvas(str(clean), pagesize=A4)
    years = ("2015", "2016", "2017", "2018", "2019")
    granted, young, flex = (96, 88, 81, 74, 69), (11, 9, 7, 8, 6), (38, 44, 51, 57, 63)
    for page in (1, 2):
        c.setFont(BOLD, 15)
        c.drawString(72, 760, "Tilkendte førtidspensioner 2015–2019" if page == 1 else "Tilkendelser og fleksjob")
        c.setFont(REGULAR, 10)
        c.drawString(72, 740, "Lejre Kommune, opgjort pr. 31. december (kilde: Jobindsats)")
        if page == 1:
            c.setFont(BOLD, 11)
            for x, cell in zip((80, 170, 280, 420), ("År", "Tilkendt", "Heraf under 40 år", "Fleksjob i stedet"),
                               strict=True):  # fmt: skip
                c.drawString(x, 700, cell)
            c.setFont(REGULAR, 11)
            for n, row in enumerate(zip(years, granted, young, flex, strict=True)):
                for x, cell in zip((80, 170, 280, 420), row, strict=True):
                    c.drawString(x, 676 - 24 * n, str(cell))
                c.line(72, 670 - 24 * n, 523, 670 - 24 * n)
            c.drawString(72, 520, "Faldet skyldes især flere fleksjob og ressourceforløb.")
        else:
            for n, year in enumerate(years):  # bars: granted (dark) beside flexjobs (light)
                c.setFillGray(0.2)
                c.rect(100 + 80 * n, 420, 24, granted[n] * 2.5, fill=1, stroke=0)
                c.setFillGray(0.65)
                c.rect(126 + 80 * n, 420, 24, flex[n] * 2.5, fill=1, stroke=0)
                c.setFillGray(0)
                c.drawString(106 + 80 * n, 404, year)
            c.line(90, 420, 510, 420)
            c.drawString(100, 370, "Mørk: tilkendte førtidspensioner.  Lys: fleksjob i stedet.")
        c.drawString(360, 120, f"Modtaget 12.02.2020  /jra   {page}/2")
        c.showPage()
    c.save()
    document = pdfium.PdfDocument(str(clean))
    pictures = []
    for index in range(len(document)):
        bitmap = document[index].render(scale=110 / 72, grayscale=True)
        picture = bitmap.to_pil().convert("L").filter(ImageFilter.GaussianBlur(0.6))
        pictures.append(Image.eval(picture, lambda v: 40 + v * 200 // 255))  # grey paper, grey ink: a scan
    document.close()
    c = canvas.Canvas(str(clean), pagesize=A4)
    for picture in pictures:
        c.drawImage(ImageReader(picture), 0, 0, *A4)
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=clean)
    for page in writer.pages:
        page.rotate(90)  # wrong: the scanner filed the upright pages sideways
    writer.write(path)
    clean.unlink()


def _wait(app: QApplication, until: object, seconds: float = 20.0) -> None:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until():  # type: ignore[operator]
            for _ in range(10):
                app.processEvents()
            return
        time.sleep(0.02)
    print("warning: timed out waiting", file=sys.stderr)


def _check_panel(window: MainWindow, shot: Path) -> None:
    """Say so when the notes panel would cut its fields (it never scrolls sideways)."""
    panel = window.panel
    inner = panel.widget()
    if inner is not None and inner.minimumSizeHint().width() > panel.viewport().width():
        print(f"warning: {shot.name}: the notes panel cuts its fields", file=sys.stderr)


def original_shots(app: QApplication, out: Path) -> None:
    from app.model.annotation import TextQuote
    from app.services.library.importer import import_files
    from app.services.notes.operations import HIGHLIGHT_COLOR
    from app.storage.bilag import BilagStore
    from tests.helpers.pdf_builder import build_pdf

    with tempfile.TemporaryDirectory() as folder:
        papers = Path(folder) / "papers"
        papers.mkdir()
        build_pdf(LEJRE.read_text(encoding="utf-8"), papers / "referat.pdf",
                  header="Lejre Kommune — Udvalget for Job & Arbejdsmarked, referat 04-03-2020")  # fmt: skip
        build_bilag(papers / BILAG_NAME)
        build_scan(papers / SCAN_NAME)
        profile = Path(folder) / "profile"
        library = Library(profile)
        import_files(library, [papers])
        meeting_id = library.meetings()[0].meeting_id
        bilag = BilagStore(profile)
        text_bilag = bilag.for_item(meeting_id, "4")[0]
        scan = next(r for r in bilag.for_item(meeting_id, "2") if "Statistik" in r.name)
        store = AnnotationStore(profile)
        service = AnnotationService(store, library)
        window = MainWindow(library, Settings(profile), service)
        window.state.persist = False
        item = f"{meeting_id}:4"
        window.resize(1360, 860)
        window.show()
        window.select(item)
        quote = TextQuote(HIGHLIGHTED, "giver borgere på kanten af arbejdsmarkedet en", "20 pladser.")
        service.add_highlight(item, quote, HIGHLIGHT_COLOR, "Hvor mange pladser i 2021?", text_bilag.sha256, 2)
        view = window.centre.page_view
        for width, height in SIZES[:2]:
            window.resize(width, height)
            window_layout.fit(window.splitter, None)
            window.centre.open_bilag(text_bilag.sha256, 2)
            _wait(app, lambda: bool(view.canvas.highlights.get(1)) and not window.centre.rendering())
            view.canvas.go_to(2, 80)  # the bilag's heading and the highlight below it
            _wait(app, lambda: not window.centre.rendering())
            shot = out / f"original-{width}x{height}.png"
            _check_panel(window, shot)
            window.grab().save(str(shot))
            print(shot)
        window.main_actions.reading_mode_action.setChecked(True)  # F11
        view.fit_width()
        _wait(app, lambda: not window.centre.rendering())
        view.canvas.go_to(2, 60)
        _wait(app, lambda: not window.centre.rendering())
        shot = out / "reading-mode.png"
        window.grab().save(str(shot))
        print(shot)
        window.main_actions.reading_mode_action.setChecked(False)
        window.select(f"{meeting_id}:2")
        window.centre.open_bilag(scan.sha256, 1)
        _wait(app, lambda: view.current_path().endswith(".pdf") and bool(view.canvas.sizes)
              and view.canvas.path == str(bilag.path(scan)))  # fmt: skip
        view.rotate_left()  # the member turns it the right way up
        view.sidebar_button.setChecked(True)
        _wait(app, lambda: 0 in view.sidebar.thumbnails.model_.images and not window.centre.rendering())
        shot = out / "turned-scan.png"
        window.grab().save(str(shot))
        print(shot)
        window.search.stop()
        window.close()
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--only", choices=("window", "original"), help="one set of screenshots")
    parser.add_argument("--out", type=Path, default=DOCS, help="folder for the PNGs (default: docs/)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "window"):
        window_shots(app, args.out)
    if args.only in (None, "original"):
        original_shots(app, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
