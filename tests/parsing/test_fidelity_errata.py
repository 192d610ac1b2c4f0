"""The fidelity bench's errata: where a real PDF prints otherwise than its XML.

A PDF parser is held to what the page prints, so the bench scores the real documents against
their XML and against the print (the XML with the errata applied). An erratum must never hide a
parser miss: it is applied only when the PDF's own text (raw pypdf) bears it out — the printed
form ends a printed line and the XML's form is nowhere on the page.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests import real_docs
from tests.helpers.pdf_builder import build_pdf

ROOT = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_fidelity", ROOT / "bench" / "fidelity.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_fidelity", module)
    spec.loader.exec_module(module)
    return module


def _truth(bilag: str) -> dict:
    return {"committee": "Sundhedsudvalget", "items": [{"number": "3", "title": "Kvalitet", "attachments": [bilag]}]}


PRINTED_AS_XML = """Ballerup Kommune

Referat

Sundhedsudvalget

Mødedato: 04.12.2012

## 3. Kvalitet

Sagsnr.: 2012-31114

## Bilag

2012-209267 - Kvalitetsstandarder for stof- og alkoholbehandling 2013

## Udvalgets beslutning den 04.12.2012

Godkendt
"""


def test_an_erratum_the_page_does_not_bear_out_is_refused(tmp_path: Path) -> None:
    """A PDF that prints the XML's own name: the erratum stays unapplied, the XML's name is the truth."""
    bench = _bench()
    path = tmp_path / "ballerup_test_referat.pdf"
    build_pdf(PRINTED_AS_XML, path, header="Sundhedsudvalget")
    xml_name = "Kvalitetsstandarder for stof- og alkoholbehandling 2013"
    printed, notes = bench.printed_truth(path.name, path, _truth(xml_name))
    assert printed["items"][0]["attachments"] == [xml_name]
    assert any(n.startswith("NOT applied") and "3.attachments" in n for n in notes)
    # … and the parser, which reads the print, is right against it.
    result = bench.score(bench._parse(path), printed, path.name)
    assert "3.attachments" not in " ".join(result.misses)


@pytest.mark.real_docs
def test_every_erratum_holds_on_the_published_pdfs() -> None:
    """Each erratum is borne out by its PDF's text; the real documents are right against the print."""
    bench = _bench()
    real = real_docs.folder()
    for set_name in bench.REAL_SETS:
        for doc_name, path, truth in bench.SETS[set_name](real, real):
            printed, notes = bench.printed_truth(doc_name, path, truth)
            assert not [n for n in notes if n.startswith("NOT applied")], (doc_name, notes)
            result = bench.score(bench._parse(path), printed, doc_name)
            assert result.misses == [], (doc_name, result.misses)
    applied = {e.field for e in bench.ERRATA}
    assert applied == {"3.attachments", "4.attachments", "6.attachments", "municipality", "participants"}
