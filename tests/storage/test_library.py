"""The library on disk: import, re-import, revisions, corrections, removal — real files in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.parsing import ParseError
from app.services.library.importer import import_file
from app.storage.library import ImportOutcome, Library
from tests import real_docs
from tests.conftest import SEEDS


def test_import_keeps_a_copy_and_the_structure(tmp_path: Path) -> None:
    library = Library(tmp_path)
    result = import_file(library, SEEDS["haderslev_2022"])
    assert result.outcome is ImportOutcome.ADDED
    source = library.source_path(result.meeting_id)
    assert source is not None and source.read_bytes() == SEEDS["haderslev_2022"].read_bytes()
    meeting = library.meeting(result.meeting_id)
    assert meeting.items[6].title.endswith("fordrevet fra Ukraine")
    record = library.record(result.meeting_id)
    assert record is not None and [i.item_id for i in record.items][:2] == [
        f"{result.meeting_id}:88",
        f"{result.meeting_id}:89",
    ]


def test_reimporting_the_same_file_is_a_no_op(tmp_path: Path) -> None:
    library = Library(tmp_path)
    first = import_file(library, SEEDS["lejre_2020"])
    copy = tmp_path / "kopi.txt"
    copy.write_bytes(SEEDS["lejre_2020"].read_bytes())
    again = import_file(library, copy)
    assert again.outcome is ImportOutcome.UNCHANGED and again.meeting_id == first.meeting_id
    assert len(library.meetings()) == 1


def test_a_revised_version_replaces_the_meeting_and_keeps_corrections(tmp_path: Path) -> None:
    library = Library(tmp_path)
    first = import_file(library, SEEDS["lejre_2020"])
    library.edit(first.meeting_id, committee="Job- og Arbejdsmarkedsudvalget")
    revised = tmp_path / "lejre_rettet.txt"
    revised.write_text(
        SEEDS["lejre_2020"].read_text(encoding="utf-8").replace("Intet under punktet.", "Intet at bemærke."),
        encoding="utf-8",
    )
    second = import_file(library, revised)
    assert second.outcome is ImportOutcome.REPLACED and second.meeting_id == first.meeting_id
    assert len(library.meetings()) == 1
    meeting = library.meeting(first.meeting_id)
    assert meeting.items[-1].decisions[0].text == "Intet at bemærke."
    assert meeting.committee == "Job- og Arbejdsmarkedsudvalget"
    assert Library(tmp_path).meetings()[0].committee == "Job- og Arbejdsmarkedsudvalget"


def test_library_opens_from_its_index_without_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = Library(tmp_path)
    for path in SEEDS.values():
        import_file(library, path)

    def no_parsing(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("opening the library must not parse any document")

    monkeypatch.setattr("app.services.library.importer.parse_one", no_parsing)  # the isolated parse step
    monkeypatch.setattr("app.parsing.api._parse_bytes", no_parsing)
    reopened = Library(tmp_path)
    assert len(reopened.meetings()) == 5
    assert reopened.meetings()[0].date == "2022-09-15"
    assert reopened.meeting(reopened.meetings()[0].meeting_id).committee


def test_damaged_index_is_rebuilt_from_meeting_files(tmp_path: Path) -> None:
    library = Library(tmp_path)
    import_file(library, SEEDS["slagelse_2019"])
    (tmp_path / "library" / "index.json").write_text("{ halvt skrevet", encoding="utf-8")
    assert [r.committee for r in Library(tmp_path).meetings()] == ["Social- og Beskæftigelsesudvalget"]


@pytest.mark.real_docs
def test_remove_deletes_meeting_and_source(tmp_path: Path) -> None:
    library = Library(tmp_path)
    result = import_file(library, real_docs.path("ballerup_sundheds-forebyggelsesudvalget_2012-12-04_referat.pdf"))
    source = library.source_path(result.meeting_id)
    assert source is not None and source.suffix == ".pdf"
    library.remove(result.meeting_id)
    assert library.meetings() == [] and not source.exists()
    assert json.loads((tmp_path / "library" / "index.json").read_text())["meetings"] == []


def test_bad_file_raises_and_leaves_the_library_alone(tmp_path: Path) -> None:
    library = Library(tmp_path)
    import_file(library, SEEDS["lejre_2020"])
    bad = tmp_path / "tom.pdf"
    bad.write_bytes(b"")
    with pytest.raises(ParseError):
        import_file(library, bad)
    assert len(Library(tmp_path).meetings()) == 1
