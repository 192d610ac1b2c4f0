"""Search over published papers, in the order a member sees the hits (``search --json``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.services.library.importer import run_import
from app.services.search import search_rows
from app.services.workspace import Workspace
from tests import real_docs
from tests.bilag.test_bilag_import import BALLERUP_REFERAT
from tests.conftest import SEEDS


def _import(profile: Path, paths: list[Path]) -> None:
    with Workspace(profile, writer=True) as ws:
        summary = run_import(ws.library, ws.store, paths)
    assert summary.failed == []


@pytest.fixture
def aarhus(tmp_path: Path) -> Path:
    _import(tmp_path, [*real_docs.glob("firstagenda/aarhus_*_firstagenda.html"), *SEEDS.values()])
    return tmp_path


@pytest.mark.real_docs
def test_items_titled_with_every_word_come_first(aarhus: Path) -> None:
    rows = search_rows(aarhus, "Aarhus Ø")
    assert [r["title"] for r in rows[:2]] == ["Udviklingsplan Aarhus Ø - endelig vedtagelse"] * 2
    rows = search_rows(aarhus, "Aarhus")
    titled = [("aarhus" in str(r["title"]).lower()) for r in rows]
    assert titled[0] and not any(titled[titled.index(False):])  # every title hit before the budget items
    assert any(str(r["title"]).startswith("Budgetforslag") for r in rows)  # which mention Aarhus in the body


@pytest.mark.real_docs
def test_a_single_letter_is_a_word_not_a_prefix(aarhus: Path) -> None:
    rows = search_rows(aarhus, "Aarhus Ø")
    marked = [m.lower() for r in rows for m in re.findall(r"«([^»]*)»", str(r["snippet"]))]
    assert "ø" in marked and set(marked) <= {"aarhus", "ø"}  # never «ø»vrige, «ø»konomisk
    assert not any(str(r["title"]) == "Budgetforslag Økonomi og andet" for r in rows[:2])


@pytest.mark.real_docs
def test_an_items_own_pdf_is_no_second_bilag_hit(tmp_path: Path) -> None:
    _import(tmp_path, [real_docs.path(BALLERUP_REFERAT), *real_docs.glob("ballerup_sfu_2012-12-04_*.pdf")])
    rows = search_rows(tmp_path, "Torvevej")
    seen = [(r["number"], r["bilag"]["name"] if "bilag" in r else None) for r in rows]  # type: ignore[index]
    assert seen[0] == (4, None)  # the item itself
    assert (4, "Forslag til taksreduktioner aflastningstilbuddet Torvevej") in seen  # its real bilag
    assert len(seen) == len(set(seen)) and not any(name and "punkt" in name for _n, name in seen)
