"""Following committees on a FirstAgenda portal, against a real local HTTP server.

The server replays the recorded Greve meetings (read from ``--real-docs``), first as agendas
(decisions stripped, not "Afsluttet"), then as minutes. Faults are injected per request. After
every fault the library must be as it was (same index bytes) and no note may be lost.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.model.annotation import Annotation, ItemFingerprint
from app.services.library.settle import settle
from app.services.portal import sync as service
from app.services.portal.client import FailureKind, NetworkPolicy, PortalClient, PortalError
from app.storage.annotations import AnnotationStore
from app.storage.bilag import BilagStore
from app.storage.library import Library
from tests import real_docs
from tests.helpers.portal_server import FakePortal, self_signed_context, serve

pytestmark = pytest.mark.real_docs

COMMITTEE = "Social- og Handicapudvalget"  # two meetings, ten bilag: quick to sync
FAST = NetworkPolicy(connect_timeout=1.0, read_timeout=0.4, deadline=5.0, retries=2, backoff=0.01, pause=0.0)


@pytest.fixture
def portal() -> FakePortal:
    return FakePortal.from_files(real_docs.glob("firstagenda/greve_*.json"))


@pytest.fixture
def elsewhere():
    """Another host; the portal's redirects point here and it must never be asked anything."""
    other = FakePortal({})
    with serve(other) as url:
        yield other, url


@pytest.fixture
def server(portal, elsewhere):
    with serve(portal, other_host=elsewhere[1].rstrip("/")) as url:
        yield url


def _follow(profile: Path, url: str) -> None:
    service.add_portal(profile, url, FAST)
    changed, unknown = service.follow(profile, [COMMITTEE])
    assert [c.name for c in changed] == [COMMITTEE] and unknown == []


def _sync(profile: Path, **kw) -> service.SyncReport:
    report = service.sync(profile, policy=kw.pop("policy", FAST), **kw)
    store = AnnotationStore(profile, take_backup=False)
    try:
        settle(report.change, Library(profile), store)  # as the window and the CLI do
    finally:
        store.close()
    return report


def _index(profile: Path) -> bytes:
    return (profile / "library" / "index.json").read_bytes()


def _note(profile: Path, anchor: str, meeting_key: str, number: str, title: str, text: str) -> None:
    store = AnnotationStore(profile, take_backup=False)
    try:
        store.save(Annotation(anchor=anchor, meeting_key=meeting_key, fingerprint=ItemFingerprint(number, title, None),
                              note=text))  # fmt: skip
    finally:
        store.close()


def _notes(profile: Path) -> list[Annotation]:
    store = AnnotationStore(profile, take_backup=False)
    try:
        return store.all()
    finally:
        store.close()


def _meeting_ids(portal: FakePortal) -> list[str]:
    return sorted(
        (mid for mid, d in portal.meetings.items() if d["Udvalg"]["Navn"] == COMMITTEE),
        key=lambda mid: portal.meetings[mid]["Moede"]["Dato"],
    )


def test_follow_and_sync_brings_every_meeting_as_an_agenda_with_its_bilag(tmp_path, portal, server):
    _follow(tmp_path, server)
    lines: list[str] = []
    report = _sync(tmp_path, on_outcome=lambda o: lines.append(o.line()))
    assert [o.status for o in report.outcomes] == ["added", "added"]
    assert lines == [
        f"{COMMITTEE} 2022-01-10: added, 2 bilag — agenda",
        f"{COMMITTEE} 2025-10-20: added, 8 bilag — agenda",
    ]
    library = Library(tmp_path)
    records = sorted(library.meetings(), key=lambda r: r.date or "")
    assert [(r.committee, r.municipality, r.date, r.document_type) for r in records] == [
        (COMMITTEE, "Greve", "2022-01-10", "dagsorden"),
        (COMMITTEE, "Greve", "2025-10-20", "dagsorden"),
    ]
    for record, mid in zip(records, _meeting_ids(portal)):
        meeting = library.meeting(record.meeting_id)
        points = portal.meetings[mid]["Dagsordenpunkter"]
        assert [i.title for i in meeting.items] == [p["Caption"].removeprefix("Lukket: ").strip() for p in points]
        assert not any(i.decisions for i in meeting.items)
        store = BilagStore(tmp_path)
        for item, point in zip(meeting.items, points):
            stored = store.for_item(record.meeting_id, item.number)
            assert sorted(r.name for r in stored) == sorted(" ".join(b["Navn"].split()) for b in point["Bilag"])
            assert all(store.path(r).read_bytes().startswith(b"%PDF-") and r.pages == 1 for r in stored)
    assert all("Moedemappe/" in ua for _m, _p, ua in portal.log)
    assert portal.requests("/api/agenda/dagsorden/") == 2 and portal.requests("/Vis/Pdf/bilag/") == 10


def test_minutes_replace_the_agenda_in_place_and_notes_follow_their_items(tmp_path, portal, server):
    _follow(tmp_path, server)
    _sync(tmp_path)
    library = Library(tmp_path)
    agenda = next(r for r in library.meetings() if r.date == "2025-10-20")
    item = agenda.items[2]
    _note(tmp_path, item.anchor, agenda.meeting_key, item.number, item.title, "Spørg til økonomien")
    gone = agenda.items[4]
    _note(tmp_path, gone.anchor, agenda.meeting_key, gone.number, gone.title, "Note på et punkt der forsvinder")
    # Unchanged: nothing is downloaded again (ETag → 304), nothing written.
    before, log = _index(tmp_path), len(portal.log)
    report = _sync(tmp_path)
    assert [o.status for o in report.outcomes] == ["unchanged", "unchanged"] and _index(tmp_path) == before
    assert portal.requests("/Vis/Pdf/bilag/") == 10 and len(portal.log) == log + 3

    portal.mode = "minutes"
    minutes_id = _meeting_ids(portal)[1]
    portal.drop_items[minutes_id] = {gone.number}
    agenda_ids = sorted(r.meeting_id for r in Library(tmp_path).meetings())
    report = _sync(tmp_path)
    assert [o.status for o in report.outcomes] == ["updated", "updated"]
    assert sorted(report.removed_ids) == agenda_ids and service.load_state(tmp_path).replaced == []
    library = Library(tmp_path)
    records = sorted(library.meetings(), key=lambda r: r.date or "")
    assert [r.document_type for r in records] == ["referat", "referat"]  # the agendas were replaced
    minutes = library.meeting(records[1].meeting_id)
    boxes = [p["Number"] for p in portal.meetings[minutes_id]["Dagsordenpunkter"]
             if "<h3>Beslutning</h3>" in p["Felter"][0]["Html"] and p["Number"] != gone.number]  # fmt: skip
    assert [i.number for i in minutes.items if i.decisions] == boxes and len(boxes) >= 7
    assert portal.requests("/Vis/Pdf/bilag/") == 10  # bilag kept, not fetched again
    assert all(BilagStore(tmp_path).for_item(records[1].meeting_id, i.number) or not i.attachments
               for i in minutes.items)  # fmt: skip
    notes = {a.note: a for a in _notes(tmp_path)}
    kept = notes["Spørg til økonomien"]
    assert kept.anchor == item.anchor and not kept.orphaned
    assert records[1].item(f"{records[1].meeting_id}:{item.number}").anchor == kept.anchor
    lost = notes["Note på et punkt der forsvinder"]
    assert lost.orphaned and lost.anchor.startswith(gone.anchor + "#orphan-")


@pytest.mark.parametrize(
    "faults, expected",
    [
        ({"/api/agenda/dagsorden/": ["500"]}, ["added", "added"]),  # 500 then success
        ({"/api/agenda/dagsorden/": ["stall"]}, ["added", "added"]),  # a timeout, then success
        ({"/api/agenda/dagsorden/": ["truncate"]}, ["added", "added"]),  # cut off, then success
        ({"/Vis/Pdf/bilag/": ["truncate", "truncate", "truncate"]}, ["failed", "added"]),
        ({"/api/agenda/dagsorden/": ["invalid"]}, ["failed", "added"]),
        ({"/Vis/Pdf/bilag/": ["huge"]}, ["added", "added"]),  # that one bilag is skipped, noted
        ({"/Vis/Pdf/bilag/": ["404"]}, ["added", "added"]),
        ({"/api/agenda/dagsorden/": ["redirect"]}, ["failed", "added"]),
        ({"/api/agenda/dagsorden/": ["404"]}, ["failed", "added"]),
        ({"/api/agenda/dagsorden/": ["500", "500", "500"]}, ["failed", "added"]),
    ],
    ids=[
        "500-then-ok",
        "timeout-then-ok",
        "truncated-then-ok",
        "truncated-pdf",
        "invalid-json",
        "huge-length",
        "bilag-404",
        "redirect-other-host",
        "404-no-retry",
        "500-always",
    ],
)
def test_faults_cost_one_line_and_never_the_library_or_a_note(tmp_path, portal, server, elsewhere, faults, expected):
    _follow(tmp_path, server)
    first = _sync(tmp_path, since="2025-01-01")  # the newer meeting, with a note on it
    assert [o.status for o in first.outcomes] == ["added"]
    record = Library(tmp_path).meetings()[0]
    item = record.items[1]
    _note(tmp_path, item.anchor, record.meeting_key, item.number, item.title, "min note")
    portal.mode = "minutes"
    portal.faults = {k: list(v) for k, v in faults.items()}
    report = _sync(tmp_path)
    assert [o.status for o in report.outcomes] == [s if s == "failed" else ("added" if o == 0 else "updated")
                                                   for o, s in enumerate(expected)]  # fmt: skip
    if "failed" in expected:
        failed = report.outcomes[0]
        assert failed.line().startswith(f"{COMMITTEE} 2022-01-10: failed — ") and "\n" not in failed.line()
    assert not report.unreachable and not report.cancelled
    library = Library(tmp_path)
    assert library.record(record.meeting_id) is None  # the agenda became minutes in place
    assert any(r.document_type == "referat" and r.date == "2025-10-20" for r in library.meetings())
    assert [a.note for a in _notes(tmp_path) if a.anchor == item.anchor] == ["min note"]
    assert elsewhere[0].log == []  # no other host was ever contacted
    if faults == {"/api/agenda/dagsorden/": ["404"]}:
        assert portal.requests("/api/agenda/dagsorden/") == 1 + 2  # no retry on 4xx
    if "/Vis/Pdf/bilag/" in faults and "failed" not in expected:
        older = report.outcomes[0]
        assert older.message.startswith("minutes; 1 bilag not available (")
        assert older.bilag == 1  # the other of its two bilag arrived


def test_a_failed_meeting_leaves_its_library_entry_exactly_as_it_was_and_the_next_sync_mends_it(
    tmp_path, portal, server
):
    _follow(tmp_path, server)
    _sync(tmp_path)
    portal.mode = "minutes"
    newer = _meeting_ids(portal)[1]
    portal.faults = {f"/Vis/Pdf/bilag/{portal.bilag_ids(newer)[0]}": ["huge"], "/api/agenda/dagsorden/": ["invalid"]}
    # Bilag are not re-fetched (kept from the agenda), so break the JSON of the first and nothing else.
    before = _index(tmp_path)
    report = _sync(tmp_path)
    assert [o.status for o in report.outcomes] == ["failed", "updated"]
    assert _index(tmp_path) != before  # the second meeting did update
    assert sorted(r.document_type for r in Library(tmp_path).meetings()) == ["dagsorden", "referat"]
    report = _sync(tmp_path)
    assert [o.status for o in report.outcomes] == ["updated", "unchanged"]
    assert sorted(r.document_type for r in Library(tmp_path).meetings()) == ["referat", "referat"]


def test_server_down_gives_one_line_and_changes_nothing(tmp_path, portal):
    with serve(portal) as url:
        _follow(tmp_path, url)
        _sync(tmp_path)
    before, notes = _index(tmp_path), len(_notes(tmp_path))
    report = _sync(tmp_path)  # the server is gone now
    assert report.unreachable.startswith("127.0.0.1:") and "cannot be reached" in report.unreachable
    assert report.outcomes == [] and _index(tmp_path) == before and len(_notes(tmp_path)) == notes
    with pytest.raises(PortalError) as err:
        service.add_portal(tmp_path, url, FAST)
    assert err.value.kind == FailureKind.UNREACHABLE


def test_cancel_during_a_slow_download_keeps_the_library_and_resumes_where_it_stopped(tmp_path, portal, server):
    _follow(tmp_path, server)
    newer = _meeting_ids(portal)[1]
    bilag = portal.bilag_ids(newer)
    cancel = threading.Event()
    portal.cancel = cancel
    portal.faults = {f"/Vis/Pdf/bilag/{bilag[3]}": ["slow"]}
    report = _sync(tmp_path, cancel=cancel)
    assert report.cancelled
    assert [o.status for o in report.outcomes] == ["added"]  # the older one finished before the cancel
    assert [r.date for r in Library(tmp_path).meetings()] == ["2022-01-10"]
    fetched = portal.requests("/Vis/Pdf/bilag/")
    assert fetched == 2 + 4  # the older meeting's two, the newer one's first three and the slow one
    cancel.clear()
    report = _sync(tmp_path, cancel=cancel)
    assert [o.status for o in report.outcomes] == ["unchanged", "added"]
    assert portal.requests("/Vis/Pdf/bilag/") == fetched + len(bilag) - 3  # resumed: three were kept
    assert sorted(r.date for r in Library(tmp_path).meetings()) == ["2022-01-10", "2025-10-20"]


def test_client_resolves_links_by_path_and_refuses_other_hosts(portal, server, elsewhere):
    with PortalClient(server + "sub/../", FAST) as client:
        assert client.url_for("https://dagsordener.greve.dk/Vis/Pdf/bilag/abc") == server + "Vis/Pdf/bilag/abc"
    with PortalClient(server, FAST) as client:
        portal.faults = {"/api/agenda/udvalgsliste": ["redirect"]}
        with pytest.raises(PortalError) as err:
            client.committees_json()
        assert err.value.kind == FailureKind.REDIRECT and elsewhere[0].log == []


def test_a_bilag_index_damaged_under_a_sync_is_kept_aside_and_said_in_one_line(tmp_path, portal, server):
    _follow(tmp_path, server)
    (tmp_path / "bilag").mkdir()
    (tmp_path / "bilag" / "index.json").write_bytes(b'{"version": 1, "bilag": [{"sha256": "')
    report = _sync(tmp_path)
    lines = [n for n in report.notices if "bilag/index.json was damaged" in n]
    assert len(lines) == 1 and "kept aside as index.corrupt-" in lines[0]
    assert [p.read_bytes() for p in (tmp_path / "bilag").glob("index.corrupt-*.json")] == [
        b'{"version": 1, "bilag": [{"sha256": "'
    ]
    assert BilagStore(tmp_path).all()  # the sync's bilag are linked in a fresh index


def test_a_damaged_state_file_is_set_aside_by_the_first_write_not_fatal(tmp_path):
    (tmp_path / "portal.json").write_text("{not json", encoding="utf-8")
    state = service.load_state(tmp_path)
    assert state.portals == [] and state.damage
    assert (tmp_path / "portal.json").read_text(encoding="utf-8") == "{not json"  # reading moves nothing
    service.save_state(tmp_path, state)
    assert [p.read_text(encoding="utf-8") for p in tmp_path.glob("portal.corrupt-*.json")] == ["{not json"]
    assert not service.load_state(tmp_path).damage


def test_one_request_at_a_time_with_a_pause_between(tmp_path, portal, server):
    _follow(tmp_path, server)
    portal.started.clear()
    polite = NetworkPolicy(connect_timeout=1.0, read_timeout=1.0, retries=0, pause=0.05)
    report = _sync(tmp_path, policy=polite)
    assert [o.status for o in report.outcomes] == ["added", "added"]
    gaps = [b - a for a, b in zip(portal.started, portal.started[1:])]
    assert len(gaps) == 12 and min(gaps) >= 0.045 and portal.most_in_flight == 1


def test_tls_is_verified(tmp_path, portal):
    with serve(portal, tls=self_signed_context(tmp_path)) as url:
        assert url.startswith("https://")
        with pytest.raises(PortalError) as err:
            service.add_portal(tmp_path, url, FAST)
    assert err.value.kind == FailureKind.UNREACHABLE and "certificate" in str(err.value)
    assert portal.log == []  # nothing was asked over a connection that could not be trusted


def test_a_hostile_committee_list_cannot_steer_requests():
    listing = {"Udvalg": {"g": [
        {"Navn": "Ok", "Id": "abc-1", "Moeder": [{"Id": "m-1", "Dato": "2025-01-02T10:00:00"},
                                                {"Id": "../../admin", "Dato": "2025-01-03"},
                                                {"Id": "x?y=1", "Dato": "2025-01-04"}, "junk", {"Id": "m-2"}]},
        {"Navn": "Bad", "Id": "https://evil.example/"}, {"Navn": "", "Id": "e"}, 7,
    ], "h": "not a list"}}  # fmt: skip
    committees = service.committees_from_listing(listing)
    assert [(c.name, c.committee_id) for c in committees] == [("Ok", "abc-1")]
    assert [(m.meeting_id, m.date) for m in committees[0].meetings] == [("m-1", "2025-01-02"), ("m-2", "")]
    with pytest.raises(PortalError):
        service.committees_from_listing({"Udvalg": []})


def test_a_revised_agenda_without_an_item_drops_it_and_keeps_its_note_as_an_orphan(tmp_path, portal, server):
    # The portal serves the whole meeting: a revision that withdrew an item is not an excerpt to
    # merge in, so the item goes and its note is kept under "Noter uden punkt".
    _follow(tmp_path, server)
    _sync(tmp_path)
    agenda = next(r for r in Library(tmp_path).meetings() if r.date == "2025-10-20")
    withdrawn, kept = agenda.items[3], agenda.items[1]
    _note(tmp_path, withdrawn.anchor, agenda.meeting_key, withdrawn.number, withdrawn.title, "Punktet blev trukket")
    _note(tmp_path, kept.anchor, agenda.meeting_key, kept.number, kept.title, "Bliver på sit punkt")
    portal.drop_items[_meeting_ids(portal)[1]] = {withdrawn.number}
    report = _sync(tmp_path)
    assert sorted(o.status for o in report.outcomes) == ["unchanged", "updated"]
    revised = next(r for r in Library(tmp_path).meetings() if r.date == "2025-10-20")
    assert revised.meeting_id == agenda.meeting_id and revised.document_type == "dagsorden"
    assert [i.number for i in revised.items] == [i.number for i in agenda.items if i.number != withdrawn.number]
    notes = {a.note: a for a in _notes(tmp_path)}
    assert notes["Punktet blev trukket"].orphaned
    assert not notes["Bliver på sit punkt"].orphaned and notes["Bliver på sit punkt"].anchor == kept.anchor


AGENDA_WITHOUT_TOWN = """DAGSORDEN: Social- og Handicapudvalget d. 20-10-2025

Mødedato Mandag d. 20. oktober 2025 kl. 16:30

Punkt 1: Godkendelse af dagsorden

25/1001

Sagsfremstilling

Dagsordenen forelægges til godkendelse.

Punkt 2: Dialogmøde mellem Handicaprådet og Social- og Handicapudvalget

25/1002

Sagsfremstilling

Handicaprådet og udvalget mødes til dialog om årets arbejde.
"""


def test_a_synced_meeting_that_takes_over_an_entry_brings_its_notes_along(tmp_path, portal, server):
    """The portal path keeps the superseded keys: a note on the lesser entry moves, never orphaned."""
    from app.services.library.importer import run_import

    excerpt = tmp_path / "uddrag.txt"
    excerpt.write_text(AGENDA_WITHOUT_TOWN, encoding="utf-8")
    store = AnnotationStore(tmp_path, take_backup=False)
    try:
        run_import(Library(tmp_path), store, [excerpt])
    finally:
        store.close()
    (old,) = Library(tmp_path).meetings()
    assert old.municipality is None and len(old.items) == 2
    title = "Dialogmøde mellem Handicaprådet og Social- og Handicapudvalget"
    _note(tmp_path, f"{old.meeting_key}:2", old.meeting_key, "2", title, "Spørg til tilgængelighed")
    _follow(tmp_path, server)
    report = _sync(tmp_path, since="2025-01-01")
    new = next(r for r in Library(tmp_path).meetings() if r.date == "2025-10-20")
    assert report.change.superseded == {new.meeting_key: [old.meeting_key]}
    assert old.meeting_id in report.change.removed and Library(tmp_path).record(old.meeting_id) is None
    (note,) = _notes(tmp_path)
    assert note.anchor == f"{new.meeting_key}:2" and not note.orphaned and note.note == "Spørg til tilgængelighed"
    assert report.change.orphaned == [] and note.anchor in report.change.rehomed
