"""One import path (issue #20): every file read and parsed once, in the sandbox; one settle per change.

The Ballerup batch is the real thing: an eDoc referat, its eight per-item PDFs and four bilag
(one of them a scan), here with one bilag inside a zip as the portal hands them out.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdf
import pytest

from app.services.library import importer, settle
from app.services.library.importer import import_files, run_import
from app.services.workers import isolation
from app.services.workers.isolation import Limits
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from tests import real_docs
from tests.bilag.test_bilag_import import BALLERUP_REFERAT
from tests.hostile.corpus import bomb_pdf, many_pages_pdf
from tests.services.test_importer import _pdf

pytestmark = pytest.mark.real_docs


def _batch(folder: Path) -> list[Path]:
    """Referat, item PDFs, three loose bilag and one bilag in a zip."""
    folder.mkdir()
    bilag = real_docs.glob("ballerup_sfu_2012-12-04_bilag_*.pdf")
    files = [real_docs.path(BALLERUP_REFERAT), *real_docs.glob("ballerup_sfu_2012-12-04_punkt*.pdf"), *bilag[1:]]
    for path in files:
        (folder / path.name).symlink_to(path)
    with zipfile.ZipFile(folder / "bilag.zip", "w") as archive:
        archive.write(bilag[0], bilag[0].name)
    return sorted(folder.iterdir())


class _Counts:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reads: list[str] = []
        self.parses: list[str] = []
        self.pypdf_in_parent = 0
        read, give = isolation.read_source, isolation._Child.give
        counts = self

        def counted_read(path: Path, cap: int) -> bytes:
            counts.reads.append(Path(path).name)
            return read(path, cap)

        def counted_give(child: isolation._Child, job: int, data: bytes, name: str, *rest: object) -> bool:
            counts.parses.append(name)
            return give(child, job, data, name, *rest)  # type: ignore[arg-type]

        def no_reader(*_args: object, **_kw: object) -> None:
            counts.pypdf_in_parent += 1
            raise AssertionError("a document was opened in the importing process")

        monkeypatch.setattr(isolation, "read_source", counted_read)
        monkeypatch.setattr(isolation._Child, "give", counted_give)
        monkeypatch.setattr(pypdf.PdfReader, "__init__", no_reader)  # the children are spawned: untouched


def test_a_mixed_batch_reads_and_parses_each_file_once_and_never_opens_one_here(tmp_path, monkeypatch):
    paths = _batch(tmp_path / "moede")
    counts = _Counts(monkeypatch)
    summary = import_files(Library(tmp_path / "p"), paths)
    files = [*[p.name for p in paths if p.suffix == ".pdf"], "ballerup_sfu_2012-12-04_bilag_KKR-invitation.pdf"]
    assert sorted(counts.reads) == sorted(files)  # one read per file (the zip's member too)
    assert sorted(counts.parses) == sorted(files)  # one parse per file
    assert counts.pypdf_in_parent == 0
    assert summary.added == [BALLERUP_REFERAT] and not summary.failed
    store = BilagStore(tmp_path / "p")
    loose = [r for r in store.all() if r.origin == "import"]
    assert len(loose) == 4 and all(r.item_number for r in loose)
    # the page counts came from the one reading: the stored records say how many pages each has
    assert all(r.pages > 0 for r in store.all())
    assert set(summary.change.bilag_pages) == {r.sha256 for r in store.all()}


def test_a_bilag_that_hangs_the_reader_costs_one_line_and_never_reaches_the_importing_process(tmp_path, monkeypatch):
    """A bilag that keeps pypdf busy, a decompression bomb and a damaged one: each is one line, read
    only by a child (the importing process's PdfReader is booby-trapped), and the meeting is imported."""
    folder = tmp_path / "moede"
    folder.mkdir()
    (folder / BALLERUP_REFERAT).symlink_to(real_docs.path(BALLERUP_REFERAT))
    (folder / "bilag-hostile.pdf").write_bytes(many_pages_pdf(30_000))  # keeps pypdf busy far past the limit
    (folder / "bilag-bomb.pdf").write_bytes(bomb_pdf(200))  # a decompression bomb: 200 MB from a few KB
    (folder / "bilag-crash.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00" * 5000)  # damaged beyond repair
    counts = _Counts(monkeypatch)
    limits = Limits(cpu_seconds=6, wall_seconds=10.0, workers=2)
    summary = import_files(Library(tmp_path / "p"), sorted(folder.iterdir()), limits=limits)
    assert counts.pypdf_in_parent == 0  # handled in the child
    assert summary.added == [BALLERUP_REFERAT], summary.failed
    reasons = dict(summary.failed)
    assert reasons["bilag-hostile.pdf"] is isolation.Refusal.TOO_SLOW
    assert reasons["bilag-crash.pdf"] is not None and reasons["bilag-bomb.pdf"] is not None
    assert BilagStore(tmp_path / "p").all() == []


def test_the_only_item_of_a_meeting_gets_every_bilag_of_the_meeting(tmp_path):
    """Acadre minutes of one item: its bilag need not resemble anything in it (issue #17)."""
    minutes = _pdf(tmp_path, "referat.pdf", "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n"
                   "1. Temamøde om budget\nSagsnr.: 24/1234\nBeslutning\nGodkendt.\n")  # fmt: skip
    bilag = []
    for name in ("opsamlingsnotat.pdf", "politik-kultur.pdf", "oversigt.pdf"):
        bilag.append(_pdf(tmp_path, name, f"Notat\n\n{name} handler om noget helt andet.\n"))
    store = AnnotationStore(tmp_path / "p", take_backup=False)
    try:
        summary = run_import(Library(tmp_path / "p"), store, [minutes, *bilag])
    finally:
        store.close()
    assert summary.added == ["referat.pdf"]
    links = [b for b in summary.bilag if b.reason != "item-pdf"]
    assert sorted(b.file_name for b in links) == sorted(p.name for p in bilag)
    assert {b.item_number for b in links} == {"1"} and {b.reason for b in links} <= {"only-item", "item-title",
                                                                                       "file-name", "name-in-text"}


def test_the_command_line_import_settles_its_change_once(tmp_path, monkeypatch):
    calls = []
    real = settle.settle

    def counted(change, library, store):  # type: ignore[no-untyped-def]
        calls.append(change)
        return real(change, library, store)

    monkeypatch.setattr(importer, "settle", counted)
    from app.cli import run

    assert run(["import", str(real_docs.path(BALLERUP_REFERAT)), "--profile", str(tmp_path / "p")]) == 0
    assert len(calls) == 1 and calls[0].settled and calls[0].added == ["2012-12-04-ballerup-eaf7c9-ref"]


def test_the_window_import_and_the_window_sync_each_settle_once_with_one_changed_signal(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from app.services.notes.annotations import AnnotationService
    from app.services.settings import Settings
    from app.ui.main_window import MainWindow
    from tests.helpers.portal_server import FakePortal, serve
    from tests.ui.test_portal_ui import COMMITTEE, QUICK

    library = Library(tmp_path)
    window = MainWindow(library, Settings(tmp_path), AnnotationService(AnnotationStore(tmp_path), library))
    qtbot.addWidget(window)
    window.portal.policy = QUICK
    qtbot.waitUntil(lambda: not window.search.busy, timeout=60000)  # the start-up index sync
    reindexed = []
    window.search.refresh = lambda **kw: reindexed.append(kw)  # type: ignore[method-assign]
    changes = []
    window.settler.changed.connect(changes.append)
    try:
        with qtbot.waitSignal(window.import_finished, timeout=120000):
            window.import_paths([real_docs.path(BALLERUP_REFERAT)])
        assert window.settler.settled == 1 and len(changes) == 1 and changes[0].settled
        assert changes[0].added == ["2012-12-04-ballerup-eaf7c9-ref"] and reindexed == []  # no second reindex
        portal = FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))
        with serve(portal) as url:
            from app.services.portal import sync as service

            service.add_portal(tmp_path, url, None)
            service.follow(tmp_path, [COMMITTEE])
            window.portal.refresh()
            window.portal.start_sync()
            qtbot.waitUntil(lambda: not window.portal.running, timeout=120000)
        assert window.settler.settled == 2 and len(changes) == 2 and len(changes[1].added) == 2
        assert reindexed == [] and len(window.library.meetings()) == 3
        qtbot.waitUntil(lambda: window.search.search("Ballerup") != [], timeout=60000)  # indexed by the settle job
    finally:
        window.close()


def test_the_command_line_portal_sync_settles_its_change_once(tmp_path, monkeypatch):
    from app.cli import run
    from app.services.library import settle as settle_module
    from tests.helpers.portal_server import FakePortal, serve

    calls = []
    real = settle_module.settle

    def counted(change, library, store):  # type: ignore[no-untyped-def]
        calls.append(change)
        return real(change, library, store)

    monkeypatch.setattr(settle_module, "settle", counted)
    profile = str(tmp_path / "p")
    portal = FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))
    with serve(portal) as url:
        fast = ("--timeout", "2", "--retries", "1", "--pause", "0")
        assert run(["portal", "add", url, "--profile", profile, *fast]) == 0
        assert run(["portal", "follow", "Kultur- og Fritidsudvalget", "--profile", profile]) == 0
        assert run(["portal", "sync", "--since", "2025-01-01", "--profile", profile, *fast]) == 0
    assert len(calls) == 1 and calls[0].settled and len(calls[0].added) == 1 and len(calls[0].bilag) == 10
