"""Bad input gets one clear error; text encodings and Unicode quirks are normalised."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from app.parsing import ImportFailure, ParseError, parse_bytes, parse_file, parse_text
from tests import real_docs
from tests.conftest import SEEDS
from tests.helpers.pdf_builder import build_pdf


def _seed_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "lejre.pdf"
    build_pdf(SEEDS["lejre_2020"].read_text(encoding="utf-8"), path, header="Lejre")
    return path


def _encrypted(source: Path, target: Path, user: str, owner: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-256")
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def _reason(path: Path) -> ImportFailure:
    with pytest.raises(ParseError) as info:
        parse_file(path)
    assert "\n" not in str(info.value)
    return info.value.reason


def test_password_protected_pdf_is_refused_clearly(tmp_path: Path) -> None:
    locked = _encrypted(_seed_pdf(tmp_path), tmp_path / "locked.pdf", user="hemmelig", owner="ejer")
    assert _reason(locked) is ImportFailure.ENCRYPTED


def test_owner_password_only_pdf_imports_normally(tmp_path: Path) -> None:
    restricted = _encrypted(_seed_pdf(tmp_path), tmp_path / "restricted.pdf", user="", owner="ejer")
    meeting = parse_file(restricted)
    assert len(meeting.items) == 6 and meeting.committee == "Udvalget for Job & Arbejdsmarked"


@pytest.mark.real_docs
def test_scanned_pdf_without_text_layer_says_run_ocr() -> None:
    scanned = real_docs.path("ballerup_sfu_2012-12-04_bilag_bygningsliste-prioritering-SCANNED.pdf")
    with pytest.raises(ParseError) as info:
        parse_file(scanned)
    assert info.value.reason is ImportFailure.NO_TEXT_LAYER
    assert "OCR" in str(info.value)


def test_zero_byte_truncated_and_not_a_pdf(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert _reason(empty) is ImportFailure.EMPTY
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(_seed_pdf(tmp_path).read_bytes()[:1500])
    assert _reason(truncated) is ImportFailure.DAMAGED_PDF
    binary = tmp_path / "picture.pdf"
    binary.write_bytes(bytes(range(256)) * 20)
    assert _reason(binary) is ImportFailure.NOT_A_PDF
    assert _reason(tmp_path / "missing.pdf") is ImportFailure.NOT_FOUND


def test_text_that_is_not_minutes_is_refused() -> None:
    with pytest.raises(ParseError) as info:
        parse_text("Kære Jens,\n\ntak for sidst. Vi ses på fredag.\n\nHilsen Mette\n")
    assert info.value.reason is ImportFailure.NOT_MINUTES


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings_and_line_ends(encoding: str) -> None:
    text = SEEDS["lejre_2020"].read_text(encoding="utf-8").replace("\n", "\r\n")
    meeting = parse_bytes(text.encode(encoding, errors="replace"), "lejre.txt")
    assert meeting.committee == "Udvalget for Job & Arbejdsmarked"
    assert meeting.items[2].title == "Dialogtema om integration"
    assert meeting.items[1].attachments[1].name == "Førtidspensioner grafer.pdf"


def test_nbsp_and_soft_hyphens_are_normalised() -> None:
    text = SEEDS["lejre_2020"].read_text(encoding="utf-8")
    text = text.replace("Projekt Tidlig Indsats", "Projekt\u00a0Tidlig Ind\u00adsats")
    meeting = parse_text(text)
    assert meeting.items[3].title == "Projekt Tidlig Indsats"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=600))
def test_arbitrary_text_gives_a_meeting_or_our_error(text: str) -> None:
    try:
        meeting = parse_text(text)
    except ParseError as err:
        assert isinstance(err.reason, ImportFailure)
    else:
        assert isinstance(meeting.items, list)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Punkt 1: Godkendelse", "## Indstilling", "Beslutning i Udvalget den 2. maj 2020", "- at godkende", "",
    "Bilag", "Fraværende:", "19/2222", "Sagsnr.: 330-2019-1", "Indholdsfortegnelse", "Titel.....\t3",
    "1. punkt", "\tA\tB", "REFERAT Økonomiudvalget d. 01-02-2020", "**fed**", "Lukket: x", "Mødedato 1. maj 2020",
]), max_size=40))  # fmt: skip
def test_minutes_like_fragments_never_crash(lines: list[str]) -> None:
    try:
        parse_text("\n".join(lines))
    except ParseError:
        pass


def test_pdf_bytes_without_pages_are_damaged() -> None:
    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    with pytest.raises(ParseError) as info:
        parse_bytes(buffer.getvalue(), "blank.pdf")
    assert info.value.reason in (ImportFailure.DAMAGED_PDF, ImportFailure.NO_TEXT_LAYER)
