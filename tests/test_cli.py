"""The command line as users' scripts call it: every command as a real process on a real profile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.storage.profile_lock import ProfileLock
from tests import real_docs
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def _ok(*args: str | Path) -> str:
    result = _run(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A profile with the Lejre and Haderslev minutes imported through the command line."""
    out = _ok("import", SEEDS["lejre_2020"], SEEDS["haderslev_2022"], "--profile", tmp_path)
    assert out.splitlines() == [f"{SEEDS['lejre_2020'].name}: imported", f"{SEEDS['haderslev_2022'].name}: imported"]
    return tmp_path


def _items(profile: Path) -> dict[str, str]:
    """Title → item id, from `list --json`."""
    return {i["title"]: i["id"] for m in json.loads(_ok("list", "--json", "--profile", profile)) for i in m["items"]}


def test_parse_json_prints_one_object_per_file_in_order() -> None:
    result = _run("parse", str(SEEDS["haderslev_2022"]), str(SEEDS["lejre_2020"]), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["committee"] for d in data] == [
        "Beskæftigelse- og Borgerserviceudvalget",
        "Udvalget for Job & Arbejdsmarked",
    ]
    first = data[0]
    assert first["date"] == "2022-09-15" and first["start_time"] == "15:30"
    item = first["items"][6]
    assert item["number"] == 94 and item["case_number"] == "22/6989" and item["closed"] is False
    assert item["decisions"][0] == {**item["decisions"][0], "date": "2022-09-15", "text": "Godkendt."}
    assert item["attachments"] == ["Status på Ukraine - September 2022"]
    assert {s["kind"] for s in item["sections"]} >= {"summary", "presentation", "recommendation", "decision"}


def test_parse_without_json_lists_the_items() -> None:
    out = _ok("parse", SEEDS["lejre_2020"])
    lines = out.splitlines()
    assert lines[0] == f"{SEEDS['lejre_2020'].name}: Udvalget for Job & Arbejdsmarked 2020-03-04 — 6 punkter"
    assert lines[1] == "  1. Godkendelse af dagsorden"


@pytest.mark.real_docs
def test_parse_of_an_unreadable_file_exits_2_with_one_line() -> None:
    scanned = real_docs.path("ballerup_sfu_2012-12-04_bilag_bygningsliste-prioritering-SCANNED.pdf")
    result = _run("parse", str(scanned), "--json")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "OCR" in result.stderr
    assert "Traceback" not in result.stderr


def test_import_reports_each_file_and_a_bad_one_on_stderr(profile: Path, tmp_path: Path) -> None:
    bad = tmp_path / "ødelagt.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    result = _run("import", SEEDS["lejre_2020"], bad, SEEDS["slagelse_2019"], "--profile", profile)
    assert result.returncode == 2
    assert result.stdout.splitlines() == [f"{SEEDS['slagelse_2019'].name}: imported",
                                          f"{SEEDS['lejre_2020'].name}: already in the library"]  # fmt: skip
    assert result.stderr.splitlines() == ["ødelagt.pdf: the PDF is damaged or truncated"]


def test_list_prints_ids_and_numbers_as_in_parse(profile: Path) -> None:
    data = json.loads(_ok("list", "--json", "--profile", profile))
    assert [(m["municipality"], m["date"], m["document_type"]) for m in data] == [
        ("Haderslev", "2022-09-15", "referat"), ("Lejre", "2020-03-04", "referat"),
    ]  # fmt: skip
    first = data[0]["items"][0]
    assert first == {"id": f"{data[0]['id']}:88", "number": 88, "title": "Godkendelse af dagsorden"}
    text = _ok("list", "--profile", profile).splitlines()
    assert text[1] == f"{data[1]['id']}  2020-03-04  Udvalget for Job & Arbejdsmarked (Lejre), 6 items"


def test_note_sets_everything_and_prints_the_annotation(profile: Path) -> None:
    item = _items(profile)["Projekt Tidlig Indsats"]
    out = _ok("note", item, "--text", "Spørg til effekten — æøå", "--tag", "budget", "--tag", "integration",
              "--stance", "against", "--due", "2026-04-01", "--follow-up-text", "ring til STAR", "--profile", profile)  # fmt: skip
    annotation = json.loads(out)
    assert annotation["note"] == "Spørg til effekten — æøå"
    assert annotation["fingerprint"] == {"number": 4, "title": "Projekt Tidlig Indsats", "case_number": "20/1256"}
    assert annotation["tags"] == ["budget", "integration"]
    assert annotation["stance"] == "against"
    assert annotation["follow_up"] == {"status": "open", "due": "2026-04-01", "text": "ring til STAR"}
    again = json.loads(_ok("note", item, "--follow-up", "done", "--profile", profile))
    assert again["follow_up"]["status"] == "done" and again["note"] == "Spørg til effekten — æøå"


@pytest.mark.parametrize("due", ["2026-13-45", "næste uge", "2026-02-30"])
def test_note_with_a_bad_due_date_exits_2_with_one_line_and_saves_nothing(profile: Path, due: str) -> None:
    item = _items(profile)["Projekt Tidlig Indsats"]
    result = _run("note", item, "--text", "gemmes ikke", "--due", due, "--profile", profile)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and repr(due) in result.stderr and "Traceback" not in result.stderr
    assert json.loads(_ok("annotations", "export", "--out", profile / "x.json", "--profile", profile) and
                      (profile / "x.json").read_text(encoding="utf-8"))["annotations"] == []  # fmt: skip


def test_note_on_an_unknown_item_exits_2(profile: Path) -> None:
    result = _run("note", "no-such-meeting:1", "--text", "x", "--profile", profile)
    assert result.returncode == 2 and result.stderr.startswith("no-such-meeting:1: no such item")


def test_annotations_export_and_import_round_trip_and_markdown(profile: Path, tmp_path: Path) -> None:
    items = _items(profile)
    _ok("note", items["Projekt Tidlig Indsats"], "--text", "Husk tallene", "--tag", "budget", "--profile", profile)
    out = tmp_path / "noter.json"
    assert _ok("annotations", "export", "--out", out, "--profile", profile).strip() == f"{out}: 1 annotations"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "moedemappe-annotations" and data["annotations"][0]["note"] == "Husk tallene"
    other = tmp_path / "anden"
    imported = _ok("annotations", "import", out, "--profile", other)
    assert imported.strip() == f"{out}: 1 added, 0 merged, 0 already there"
    again = _ok("annotations", "import", out, "--profile", other)
    assert again.strip() == f"{out}: 0 added, 0 merged, 1 already there"
    markdown = tmp_path / "noter.md"
    _ok("annotations", "export", "--out", markdown, "--markdown", "--profile", profile)
    text = markdown.read_text(encoding="utf-8")
    assert "## Udvalget for Job & Arbejdsmarked — 2020-03-04" in text
    assert "### Punkt 4: Projekt Tidlig Indsats" in text and "- Tags: budget" in text and "Husk tallene" in text


def test_a_hostile_annotations_file_is_rejected_whole_with_reasons(profile: Path, tmp_path: Path) -> None:
    item = _items(profile)["Projekt Tidlig Indsats"]
    _ok("note", item, "--text", "min egen note", "--profile", profile)
    anchor = json.loads(_ok("note", item, "--profile", profile))["anchor"]
    good = {"anchor": anchor.replace(":4", ":2"), "note": "god note"}
    hostile = {
        "format": "moedemappe-annotations", "version": 1,
        "tags": [{"name": "x" * 101, "color": "#ff0000"}],
        "annotations": [good, {"anchor": anchor, "note": 5}, {"anchor": anchor, "tags": [7]},
                        {"anchor": anchor, "follow_up": {"status": "open", "due": "not-a-date"}},
                        {"anchor": anchor, "note": "x" * 1_000_001}],
    }  # fmt: skip
    path = tmp_path / "fjendtlig.json"
    path.write_text(json.dumps(hostile), encoding="utf-8")
    result = _run("annotations", "import", path, "--profile", profile)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines[0] == f"{path}: nothing imported — 5 rejected:"
    assert "tags[0]" in lines[1] and "longer than 100 characters" in lines[1]
    assert "annotations[1]" in lines[2] and "note: must be text" in lines[2]
    assert "annotations[2]" in lines[3] and "tag 7" in lines[3]
    assert "annotations[3]" in lines[4] and "not-a-date" in lines[4]
    assert "annotations[4]" in lines[5] and "longer than 1.000.000 bytes" in lines[5]
    _ok("annotations", "export", "--out", tmp_path / "efter.json", "--profile", profile)
    assert [a["note"] for a in json.loads((tmp_path / "efter.json").read_text(encoding="utf-8"))["annotations"]] == [
        "min egen note"
    ]


def test_search_prints_hits_with_numbers_as_in_parse(profile: Path) -> None:
    hits = json.loads(_ok("search", "Tidlig Indsats", "--json", "--profile", profile))
    assert hits[0]["title"] == "Projekt Tidlig Indsats" and hits[0]["number"] == 4
    assert "«" in hits[0]["snippet"]
    item = hits[0]["item_id"]
    _ok("note", item, "--text", "kaffemaskinen i Allerslev", "--profile", profile)
    mine = json.loads(_ok("search", "kaffemaskinen", "--json", "--profile", profile))
    assert [h["item_id"] for h in mine] == [item]
    text = _ok("search", "Tidlig Indsats", "--profile", profile)
    assert "punkt 4: Projekt Tidlig Indsats" in text


def test_export_briefing_writes_a_pdf_and_refuses_an_unknown_meeting(profile: Path, tmp_path: Path) -> None:
    meetings = json.loads(_ok("list", "--json", "--profile", profile))
    lejre = next(m for m in meetings if m["municipality"] == "Lejre")
    _ok("note", lejre["items"][3]["id"], "--text", "Spørg om budgettet", "--tag", "budget", "--profile", profile)
    out = tmp_path / "briefing.pdf"
    printed = _ok("export-briefing", "--out", out, "--meeting", lejre["id"], "--name", "Kirsten", "--profile", profile)
    assert printed.strip().endswith("6 items") and out.exists()
    reader = PdfReader(out)
    assert [o.title for o in reader.outline][:2] == ["1. Godkendelse af dagsorden", "2. Orientering - marts"]
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Spørg om budgettet" in text and "Kirsten" in text
    by_tag = tmp_path / "budget.pdf"
    assert _ok("export-briefing", "--out", by_tag, "--tag", "budget", "--profile", profile).strip().endswith("1 items")
    result = _run("export-briefing", "--out", out, "--meeting", "ingen-moede", "--profile", profile)
    assert result.returncode == 2 and result.stderr.strip() == "ingen-moede: no such meeting (see `main.py list --json`)"


BRIEFING_DANISH = ("Personlig forberedelse", "Indhold", "Side 1 af", "Noter:", "Holdning:", "Opfølgning:", "Dannet",
                   "Min forberedelse", "OVERSKREDET", ", frist ")  # fmt: skip


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_export_briefing_speaks_the_chosen_language(profile: Path, tmp_path: Path) -> None:
    meetings = json.loads(_ok("list", "--json", "--profile", profile))
    lejre = next(m for m in meetings if m["municipality"] == "Lejre")
    _ok("note", lejre["items"][3]["id"], "--text", "Spørg om budgettet", "--stance", "for", "--follow-up", "open",
        "--due", "2020-04-01", "--profile", profile)  # fmt: skip
    english = tmp_path / "english.pdf"
    _ok("export-briefing", "--out", english, "--meeting", lejre["id"], "--name", "Kirsten", "--lang", "en",
        "--profile", profile)  # fmt: skip
    text = _pdf_text(english)
    for word in ("Personal preparation — Kirsten", "Contents", "Page 1 of", "Notes:", "Stance:", "Follow-up: open",
                 "due 1 April 2020 OVERDUE", "My preparation", "Spørg om budgettet"):  # fmt: skip
        assert word in text, word
    assert not [word for word in BRIEFING_DANISH if word in text]
    assert PdfReader(english).metadata["/Subject"].startswith("Personal preparation for ")

    # Without --lang the profile's language setting decides; --lang da overrides it.
    (profile / "settings.ini").write_text("[preferences]\nlanguage=en\n", encoding="utf-8")
    by_setting = tmp_path / "by-setting.pdf"
    _ok("export-briefing", "--out", by_setting, "--meeting", lejre["id"], "--profile", profile)
    assert "Personal preparation" in _pdf_text(by_setting) and "Indhold" not in _pdf_text(by_setting)
    danish = tmp_path / "danish.pdf"
    _ok("export-briefing", "--out", danish, "--meeting", lejre["id"], "--lang", "da", "--profile", profile)
    text = _pdf_text(danish)
    for word in ("Personlig forberedelse", "Indhold", "Side 1 af", "Noter:", "Holdning:", "Opfølgning: åben",
                 "frist 1. april 2020", "Min forberedelse"):  # fmt: skip
        assert word in text, word
    assert "Personal preparation" not in text and "Contents" not in text


def test_a_second_writer_says_so_in_one_line_and_exits_2(profile: Path) -> None:
    item = _items(profile)["Projekt Tidlig Indsats"]
    exported = profile / "eksport.json"
    _ok("annotations", "export", "--out", exported, "--profile", profile)
    with ProfileLock(profile):  # as the open window holds it
        for args in (("import", SEEDS["slagelse_2019"]), ("note", item, "--text", "x"),
                     ("annotations", "import", exported)):  # fmt: skip
            result = _run(*args, "--profile", profile)
            assert result.returncode == 2, args
            assert result.stderr.count("\n") == 1 and "in use by another Mødemappe" in result.stderr
        assert json.loads(_ok("list", "--json", "--profile", profile))  # readers are not kept out
    assert len(json.loads(_ok("list", "--json", "--profile", profile))) == 2  # nothing was imported meanwhile


def test_a_file_that_cannot_be_written_is_one_line(profile: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "ikke-en-mappe"
    blocker.write_text("en fil, ikke en mappe", encoding="utf-8")
    result = _run("annotations", "export", "--out", blocker / "noter.json", "--profile", profile)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr and "ikke-en-mappe" in result.stderr
