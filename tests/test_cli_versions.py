"""``main.py changes`` and ``main.py versions``, and ``import --replace/--merge``, as a member runs them (#19)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import versions as papers

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)  # fmt: skip


def _ok(*args: str | Path) -> str:
    done = _run(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_revised_agenda_case_from_the_command_line(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first = _write(tmp_path, "dagsorden.txt", papers.agenda())
    revised = _write(tmp_path, "rettet.txt", papers.revised_agenda())
    _ok("import", first, "--profile", profile)
    [meeting] = json.loads(_ok("list", "--json", "--profile", profile))
    closed = next(i["id"] for i in meeting["items"] if i["title"] == papers.CLOSED_TITLE)
    withdrawn = next(i["id"] for i in meeting["items"] if i["title"] == papers.WITHDRAWN_TITLE)
    _ok("note", closed, "--text", "spørg til personalesagen", "--profile", profile)
    _ok("note", withdrawn, "--text", "om orienteringen", "--profile", profile)
    out = _ok("import", revised, "--profile", profile)
    assert "rettet.txt: a new version of a meeting in the library; it replaces the meeting" in out
    assert "1 note(s) lost their item" in out
    [meeting] = json.loads(_ok("list", "--json", "--profile", profile))
    assert [i["title"] for i in meeting["items"]][-1] == papers.CLOSED_TITLE and len(meeting["items"]) == 7
    changes = json.loads(_ok("changes", meeting["id"], "--json", "--profile", profile))
    assert {"number": 7, "title": papers.WITHDRAWN_TITLE, "change": "withdrawn", "from_number": None,
            "sections": [], "kinds": ["withdrawn"]} in changes  # fmt: skip
    renumbered = next(c for c in changes if c["change"] == "renumbered")
    assert (renumbered["from_number"], renumbered["number"], renumbered["title"]) == (8, 7, papers.CLOSED_TITLE)
    assert next(c for c in changes if c["number"] == 2)["sections"] == ["Indstilling"]
    text = _ok("changes", meeting["id"], "--profile", profile)
    assert f"7. {papers.CLOSED_TITLE} — renumbered (8 → 7)" in text and "1 punkt udgået" in text
    # The first version again, forced: all 8 items and both notes back where they were.
    again = _ok("import", first, "--replace", "--profile", profile)
    assert "already in the library" not in again
    [meeting] = json.loads(_ok("list", "--json", "--profile", profile))
    assert len(meeting["items"]) == 8
    listed = _ok("versions", meeting["id"], "--profile", profile).splitlines()
    assert [line.split(" — ")[0] for line in listed] == ["1. agenda", "2. revised agenda", "3. revised agenda"]
    shown = _ok("versions", meeting["id"], "--show", "2", "--profile", profile)
    assert shown.startswith("version 2 (dagsorden, read-only): 7 items")
    orphans = json.loads(_ok("annotations", "export", "--out", tmp_path / "a.json", "--profile", profile) and
                         (tmp_path / "a.json").read_text(encoding="utf-8"))  # fmt: skip
    assert "om orienteringen" in json.dumps(orphans, ensure_ascii=False)


def test_changes_refuses_an_unknown_meeting_or_version_in_one_line(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    _ok("import", _write(tmp_path, "dagsorden.txt", papers.agenda()), "--profile", profile)
    [meeting] = json.loads(_ok("list", "--json", "--profile", profile))
    assert "one version only" in _ok("changes", meeting["id"], "--profile", profile)
    bad = _run("changes", "no-such-meeting", "--profile", profile)
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "no such meeting" in bad.stderr
    bad = _run("changes", meeting["id"], "--since-version", "5", "--profile", profile)
    assert bad.returncode == 2 and "--since-version 5" in bad.stderr and "Traceback" not in bad.stderr
    bad = _run("versions", meeting["id"], "--show", "9", "--profile", profile)
    assert bad.returncode == 2 and "no such version" in bad.stderr


def test_merge_and_replace_are_exclusive_and_merge_keeps_the_other_items(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first = _write(tmp_path, "dagsorden.txt", papers.agenda())
    _ok("import", first, "--profile", profile)
    both = _run("import", first, "--merge", "--replace", "--profile", profile)
    assert both.returncode == 2 and "not allowed with" in both.stderr
    out = _ok("import", _write(tmp_path, "rettet.txt", papers.revised_agenda()), "--merge", "--profile", profile)
    assert "added to its meeting" in out
    [meeting] = json.loads(_ok("list", "--json", "--profile", profile))
    titles = [i["title"] for i in meeting["items"]]
    assert titles.count(papers.CLOSED_TITLE) == 1  # by identity: the closed item is not there twice


def test_the_briefing_marks_changed_items_and_lists_the_changes_first(tmp_path: Path) -> None:
    from pypdf import PdfReader

    profile = tmp_path / "profile"
    _ok("import", _write(tmp_path, "dagsorden.txt", papers.agenda()), "--profile", profile)
    _ok("import", _write(tmp_path, "rettet.txt", papers.revised_agenda()), "--profile", profile)
    [meeting] = json.loads(_ok("list", "--json", "--profile", profile))
    out = tmp_path / "briefing.pdf"
    _ok("export-briefing", "--meeting", meeting["id"], "--out", out, "--profile", profile)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    assert "Ændringer siden forrige version" in pages[0]
    assert "nyt nummer (8 → 7)" in pages[0] and "ændret: Indstilling" in pages[0]
    assert "Δ Ny version" in " ".join(pages[2:])
    quiet = tmp_path / "quiet.pdf"
    _ok("export-briefing", "--meeting", meeting["id"], "--out", quiet, "--no-changes", "--profile", profile)
    assert "Ændringer siden forrige version" not in " ".join(PdfReader(quiet).pages[0].extract_text().split())
