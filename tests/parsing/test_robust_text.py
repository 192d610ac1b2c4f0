"""Linear parsing on hostile lines, encodings that must not flip, numbers past 9999, warnings."""

from __future__ import annotations

from app.model import SectionKind
from app.parsing import parse_bytes, parse_text

HEAD = "REFERAT Økonomiudvalget d. 01-02-2024\n\nMødedato 1. februar 2024 kl. 15:00\n\n"
ITEM = "Punkt 1: Budget\n\n24/1234\n\nSagsfremstilling\n\n"


def test_a_megabyte_line_of_dots_and_tabs_parses_whole() -> None:
    # These shapes made the contents-line regex backtrack (minutes per line); now linear.
    dots = "." * (1 << 20)
    tabs = "\t".join(["celle"] * 200_000)
    meeting = parse_text(HEAD + ITEM + "Tekst " + dots + " slut 1\n\n" + tabs + "\n\nBeslutning\n\nGodkendt.\n")
    text = meeting.items[0].full_text
    assert dots in text and "slut 1" in text
    assert meeting.items[0].last_decision is not None and meeting.items[0].last_decision.text == "Godkendt."


def test_an_eight_megabyte_paragraph_is_joined_without_loss() -> None:
    line = "Udvalget drøftede sagen og godkendte indstillingen."
    count = (8 << 20) // (len(line) + 1)
    meeting = parse_text(HEAD + ITEM + "\n".join([line] * count) + "\n")
    body = meeting.items[0].sections[0].text
    assert body.count("indstillingen.") == count and "\n" not in body


def test_one_invalid_byte_keeps_utf8() -> None:
    data = (HEAD + ITEM + "Økonomiudvalget godkendte sagen.\n").encode("utf-8")
    damaged = data.replace(b"godkendte", b"godk\xffendte")
    meeting = parse_bytes(damaged, "referat.txt")
    assert meeting.committee == "Økonomiudvalget"
    assert "Ã" not in meeting.items[0].full_text
    cp1252 = (HEAD + ITEM + "Økonomi og æøå.\n").encode("cp1252")
    assert parse_bytes(cp1252, "gammel.txt").committee == "Økonomiudvalget"


def test_items_numbered_past_9999_stay_apart_and_out_of_order_is_said() -> None:
    item = "Punkt {n}: Sag nummer {n}\n\n24/{n}\n\nBeslutning\n\nGodkendt.\n\n"
    text = HEAD + "".join(item.format(n=n) for n in (9998, 9999, 10000, 10001))
    meeting = parse_text(text)
    assert [i.number for i in meeting.items] == ["9998", "9999", "10000", "10001"]
    assert meeting.warnings == []
    shuffled = parse_text(HEAD + "".join(item.format(n=n) for n in (1, 3, 2)))
    assert "items out of sequence" in shuffled.warnings


def test_referat_without_decisions_is_said() -> None:
    text = HEAD + "".join(f"Punkt {n}: Sag {n}\n\n24/{n}\n\nSagsfremstilling\n\nTekst.\n\n" for n in (1, 2, 3))
    assert "referat without decisions" in parse_text(text).warnings


def test_reference_lines_before_the_decision_are_earlier_treatments() -> None:
    text = """Referat

Teknik- og Miljøudvalget

Mødedato: 12.03.2024

## 1. Ny affaldsordning

Sagsnr.: 2023-1234

Kommunalbestyrelsen den 30. januar 2023 Punkt 5
Teknik- og Miljøudvalget den 4. september 2023, pkt. 12

Sammendrag

Ordningen udvides.

Teknik- og Miljøudvalgets beslutning den 12.03.2024 Punkt 1

Godkendt.

## 2. Vejbelysning

Teknik- og Miljøudvalget den 12. marts 2024 Punkt 2

Sammendrag

Lamperne skiftes.
"""
    meeting = parse_text(text)
    first, second = meeting.items
    assert [(t.body, t.date, t.item_number) for t in first.treatments] == [
        ("Kommunalbestyrelsen", "2023-01-30", "5"),
        ("Teknik- og Miljøudvalget", "2023-09-04", "12"),
    ]
    assert first.sections[0].kind is SectionKind.HISTORY
    assert [d.text for d in first.decisions] == ["Godkendt."]
    # A line dated like the meeting itself names this treatment, not an earlier one.
    assert second.treatments == [] and second.sections[0].kind is not SectionKind.HISTORY
