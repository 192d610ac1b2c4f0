"""The command line as users' scripts call it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import real_docs
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


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


@pytest.mark.real_docs
def test_parse_of_an_unreadable_file_exits_2_with_one_line() -> None:
    scanned = real_docs.path("ballerup_sfu_2012-12-04_bilag_bygningsliste-prioritering-SCANNED.pdf")
    result = _run("parse", str(scanned), "--json")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "OCR" in result.stderr
    assert "Traceback" not in result.stderr
