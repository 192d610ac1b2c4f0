"""Golden tests: every seed's meeting and every item parse exactly as printed."""

from __future__ import annotations

import pytest

from app.model import SectionKind
from app.parsing import parse_file
from tests.conftest import SEEDS

# number, title, case number, closed, start of the last decision, attachments
SOENDERBORG_2019 = [
    ("1", "Orientering om Ungeafdelingen", "19/22045", False, "Taget til efterretning.", []),
    ("2", "Godkendelse af ansøgninger om udfordringsret", "19/23746", False, "Godkendt.",
     ["Ansøgning jobafklaringsforløb", "Ansøgning_LÆ265", "Ansøgning_LÆ285"]),
    ("3", "Godkendelse af forslag til ekstraordinær indsats for at flere kommer i job i udsatte boligområder",
     "18/57812", False, "Godkendt.", []),
    ("4", "Drøftelse af repatriering", "19/12380", False, "Drøftet.",
     ["Repatriering", "Notat om lovændringer på udlændinge- og integrationsområdet"]),
    ("5", "Orientering om status på udmøntningsplan 2019-2022 - juni 2019", "18/10627", False,
     "Taget til efterretning.", ["Opfølgning af udmøntningsplan 2019-2022 til juni 2019"]),
    ("6", "Orientering om ledelsesinformation juni 2019 - Arbejdsmarkeds- og Integrationsudvalget", "18/51238",
     False, "Taget til efterretning.", ["LIS Arbejdsmarkeds- og Integrationsudvalget juni 2019", "Ydelseslis aug 2019"]),
    ("7", "Generel orientering - august 2019", "18/51363", False, "Taget til efterretning.", []),
    ("8", "Orientering fra formand, medlemmer og direktør - august 2019", "18/51364", True, None, []),
]  # fmt: skip

SOENDERBORG_2021 = [
    ("1", "Orientering om Beboerrådgivningen", "21/31966", False, "Taget til efterretning.", []),
    ("2", "Godkendelse af brug af ubrugte midler fra beskæftigelsesbonus", "18/43951", False,
     "Udvalget anbefaler indstillingen.", []),
    ("3", 'Godkendelse af omlægninger som følge af "Arne-pension"', "21/28068", False, "Godkendt.", []),
    ("4", "Orientering om tilfredshedsundersøgelser i Jobcenter Sønderborg", "21/1367", False,
     "Taget til efterretning.", ["Plan Gruppens tilfredshedsundersøgelse af Jobcenter Sønderborg 2021"]),
    ("5", "Orientering om tilfredshedsundersøgelser i Borgerservice", "21/1367", False, "Taget til efterretning.",
     ["Plan Gruppens tilfredshedsundersøgelse af Borgerservice 2021"]),
    ("6", "Orientering om ledelsesinformation for den kommunale ungeindsats", "21/26264", False,
     "Taget til efterretning.", ["Ledelsesinformation for den kommunale ungeindsats"]),
    ("7", "Orientering om ledelsesinformation oktober 2021", "21/755", False, "Taget til efterretning.",
     ["Lis Økonomi AIU oktober 2021", "LIS Ydelse december 2021"]),
    ("8", "Generel orientering - december 2021", "20/28993", False, "Taget til efterretning.",
     ["Notat om repatriering", "Notat vedr. fremmøde på sprogskolerne"]),
    ("9", "Orientering fra formand, medlemmer og direktør - december 2021", "20/28992", True, None, []),
    ("10", "Underskriftsside 01-12-2021", "20/28991", False, None, []),
]  # fmt: skip

HADERSLEV_2022 = [
    ("88", "Godkendelse af dagsorden", "21/24526", False, "Godkendt.", []),
    ("89", "Tema - indsatsen for aktivitetsparate kontanthjælpsmodtagere", "22/18533", False, "Drøftet.",
     ["Tema - Indsats for kontanthjælpsmodtagere med problemer udover ledighed"]),
    ("90", "Tema - beskæftigelsesområdet økonomi og logikker", "22/19162", False, "Udsat.",
     ["Områdets økonomi og logikker - BBU september 2022"]),
    ("91", "Budgetopfølgning pr. 31. august 2022", "21/19521", False, "Drøftet og godkendt.",
     ["Prognose pr. målgruppe - BBU september 22", "Budgetopfølgning - Prognose og handleplan"]),
    ("92", "Drøftelse af udkast til beskæftigelsesplan", "21/645", False, "De foreslåede ændringer godkendes.",
     ["Haderslev Kommune - Beskæftigelsesplan 2022 - 2023 - Webtilgængelig version",
      "Udkast til beskæftigelsesplanen for 2022 – 2023 - Del 2 - Mål og Indsatser"]),
    ("93", "Ankestatistik fra Ankestyrelsen 1. halvår 2022", "22/4813", False, "Godkendt.",
     ["Statistik over klager til Ankestyrelsen over kommunernes afgørelser på social- og beskæftigelsesområdet "
      "i 1. halvår 2022", "ankestatistik-510-2022-08-25 - bilag til møde.pdf", "Bilag - Ankestatistik 1. halvår 2022"]),
    ("94", "Status på implementering af særlov om midlertidig opholdstilladelse til personer, der er fordrevet "
     "fra Ukraine", "22/6989", False, "Godkendt.", ["Status på Ukraine - September 2022"]),
    ("95", "Orientering fra medlemmer og forvaltning", "21/24526", False, "Godkendt.",
     ["Brev - Opfølgning på den lovpligtige beskæftigelsesindsats",
      "Svar fra KL til beskæftigelsesministeren - Den midlertidig energipulje",
      "Brev til KL fra ministeren - den midlertidige energipulje",
      "Program for hyldestkampen mellem SønderjyskE og Vendsyssel IF"]),
    ("96", "Eventuelt", "21/24526", False, None, []),
    ("97", "Underskriftsside", "21/24526", False, None, []),
]  # fmt: skip

SLAGELSE_2019 = [
    ("1", "Godkendelse af dagsorden", "330-2017-90442", False, "Godkendt.", []),
    ("2", "Gensidig orientering", "330-2017-90444", False, "Orienteringen taget til efterretning.", []),
    ("3", "Månedlig orientering om nøgletal på beskæftigelsesområdet", "330-2018-38133", False,
     "Taget til efterretning.", ["Nøgletal - Effektindikatorer på beskæftigelsesindsatsen - August 2019",
                                 "Nøgletal - Diverse statistikker for beskæftigelsesområdet - August 2019"]),
    ("4", "Udkast til procesplan for Slagelse Kommunes Integrationspolitik", "330-2019-61530", False,
     "Drøftet med bemærkning", ["Procesplan integrationspolitik - August 2019"]),
    ("5", "Beslutning af effektmål for ungeindsatsen", "330-2017-77212", False, "Venstre foreslår", []),
    ("6", "Integrationsområdet", "330-2018-5844", False, "Taget til efterretning med bemærkning", []),
    ("7", "Evaluering af prøvehandling vedr. klargøring af sager til rehabiliteringsteamet", "330-2019-59178",
     False, "Taget til orientering.", []),
    ("8", "Prøvehandlinger - status", "330-2019-59180", False, "Taget til orientering.", []),
    ("9", "Orientering om 225-timersreglen", "330-2019-57265", False, "Taget til orientering med ønske",
     ["Bilag_Ankestyrelsens praksisundersøgelse om 225timersreglen", "Bilag_Ankestyrelsens principafgørelse 6-17",
      "Bilag_Ankestyrelsens principafgørelse 98-17",
      "Bilag_Arbejdsmarkeds- og Rekrutteringsstyrelsen vejledning nr 10310",
      "Bilag_Oversigt over breve der sendes vedr 225timersregel", "Bilag_Intern arbejdsgang vedr 225-timersreglen"]),
    ("10", "Udlevering af referater til borgere", "330-2019-59183", False, "Taget til orientering med bemærkning",
     []),
    ("11", "Punkter til kommende møder", "330-2017-90446", False, "Godkendt.",
     ["Opdateret sagsoversigt september_2019"]),
]  # fmt: skip

LEJRE_2020 = [
    ("1", "Godkendelse af dagsorden", None, False, "Godkendt", []),
    ("2", "Orientering - marts", "19/11679", False, "Taget til efterretning.",
     ["Statistik førtidspensioner fra 2015 til 2019.pdf", "Førtidspensioner grafer.pdf"]),
    ("3", "Dialogtema om integration", "20/1369", False, "Drøftet", []),
    ("4", "Projekt Tidlig Indsats", "20/1256", False, "Indstillingerne anbefales.", []),
    ("5", "Revidering af overordnede servicerammer for integrationsindsatsen", "20/1406", False,
     "Udvalget besluttede at sende servicerammerne i høring", ["Overordnede servicerammer for integrationsindsatsen 2020"]),
    ("6", "Eventuelt", None, False, "Intet under punktet.", []),
]  # fmt: skip

GOLDEN = {
    "soenderborg_2019": SOENDERBORG_2019,
    "soenderborg_2021": SOENDERBORG_2021,
    "haderslev_2022": HADERSLEV_2022,
    "slagelse_2019": SLAGELSE_2019,
    "lejre_2020": LEJRE_2020,
}


@pytest.mark.parametrize("seed", sorted(GOLDEN))
def test_every_item_parses_as_printed(seed: str) -> None:
    meeting = parse_file(SEEDS[seed])
    expected = GOLDEN[seed]
    assert [i.number for i in meeting.items] == [e[0] for e in expected]
    for item, (number, title, case, closed, decision, attachments) in zip(meeting.items, expected):
        assert item.title == title, number
        assert item.case_number == case, number
        assert item.closed is closed, number
        if decision is None:
            assert item.decisions == [], number
        else:
            assert item.last_decision is not None and item.last_decision.text.startswith(decision), number
        assert [a.name for a in item.attachments] == attachments, number


@pytest.mark.parametrize(
    ("seed", "committee", "municipality", "date", "time", "location"),
    [
        ("soenderborg_2019", "Arbejdsmarkeds- og Integrationsudvalget", "Sønderborg", "2019-08-14", "15:30",
         "Mødelokale 205, Sønderborg Rådhus"),
        ("soenderborg_2021", "Arbejdsmarkeds- og Integrationsudvalget", "Sønderborg", "2021-12-01", "15:30",
         "Mødelokale 205, Sønderborg Rådhus"),
        ("haderslev_2022", "Beskæftigelse- og Borgerserviceudvalget", "Haderslev", "2022-09-15", "15:30",
         "Jobcentret - Mødelokale Revsø på 3. sal"),
        ("slagelse_2019", "Social- og Beskæftigelsesudvalget", "Slagelse", "2019-09-02", "12:30",
         "Center for Arbejdsmarked og Integration, Kalundborgvej 59, 4200 Slagelse, mødelokale 3"),
        ("lejre_2020", "Udvalget for Job & Arbejdsmarked", "Lejre", "2020-03-04", "16:30",
         "Mødelokale 1, Lejrevej 15, 4320, Allerslev"),
    ],
)  # fmt: skip
def test_meeting_header(seed: str, committee: str, municipality: str, date: str, time: str, location: str) -> None:
    meeting = parse_file(SEEDS[seed])
    assert meeting.committee == committee
    assert meeting.municipality == municipality
    assert meeting.document_type == "referat"
    assert (meeting.date, meeting.start_time, meeting.location) == (date, time, location)


def test_fravaer_in_participant_line_means_absent() -> None:
    meeting = parse_file(SEEDS["haderslev_2022"])
    assert meeting.absent == ["Finn Lykkeskov", "Inga Lykke", "Jon Krongaard"]
    assert "Jens Friis Felber" in meeting.participants
    assert not any("Fravær" in p for p in meeting.participants)


def test_haderslev_absent_per_item_is_kept_once() -> None:
    item = parse_file(SEEDS["haderslev_2022"]).items[0]
    assert item.last_decision is not None
    assert sorted(item.last_decision.absent) == ["Finn Lykkeskov", "Inga Lykke", "Jon Krongaard"]
    assert "Fraværende" not in item.last_decision.text


def test_slagelse_earlier_decision_is_the_case_history_and_the_meetings_own_is_the_decision() -> None:
    # "Beslutning i … den 12. august 2019" printed in the minutes of 2 September: the case's
    # earlier treatment (its Sagsforløb), not a second decision of this meeting.
    item = parse_file(SEEDS["slagelse_2019"]).items[8]
    assert [d.date for d in item.decisions] == ["2019-09-02"]
    assert item.decisions[0].text.startswith("Taget til orientering")
    earlier = item.treatments[0]
    assert (earlier.date, earlier.body) == ("2019-08-12", "Social- og Beskæftigelsesudvalget")
    assert earlier.text.startswith("Sagen genoptages")


def test_slagelse_labels_kind_markers_and_sections() -> None:
    meeting = parse_file(SEEDS["slagelse_2019"])
    first = meeting.items[0]
    assert first.kind_marker == "B" and first.document_number == "330-2019-283408"
    assert [i.kind_marker for i in meeting.items[:3]] == ["B", "O", "D"]
    kinds = {s.heading: s.kind for s in first.sections}
    assert kinds["Beslutningstema"] is SectionKind.SUMMARY
    assert kinds["Retligt grundlag"] is SectionKind.LEGAL
    assert kinds["Handlemuligheder"] is SectionKind.OPTIONS
    assert kinds["Vurdering"] is SectionKind.ASSESSMENT
    assert kinds["Indstilling"] is SectionKind.RECOMMENDATION
    # The repeated "1. Godkendelse af dagsorden (B)" line is not body text.
    assert "Godkendelse af dagsorden (B)" not in first.full_text


def test_slagelse_attachments_listed_twice_keep_one_with_document_number() -> None:
    item = parse_file(SEEDS["slagelse_2019"]).items[2]
    assert [(a.name, a.document_number) for a in item.attachments] == [
        ("Nøgletal - Effektindikatorer på beskæftigelsesindsatsen - August 2019", "330-2019-348778"),
        ("Nøgletal - Diverse statistikker for beskæftigelsesområdet - August 2019", "330-2019-348781"),
    ]


def test_lejre_prefix_is_kept_apart_from_the_title() -> None:
    item = parse_file(SEEDS["lejre_2020"]).items[1]
    assert item.title == "Orientering - marts" and item.title_prefix == "JA"


def test_sections_lists_and_tables_keep_their_shape() -> None:
    item = parse_file(SEEDS["soenderborg_2019"]).items[2]
    economy = item.sections_of(SectionKind.ECONOMY)[0]
    table = next(b for b in economy.blocks if b.kind.value == "table")
    assert table.rows[0] == ["", "2020", "2021 og fremover"]
    assert table.rows[1] == ["Stigning i udgifter til aktivering", "Kr. 2,7 mio.", "Kr. 4,1 mio."]
    recommendation = item.sections_of(SectionKind.RECOMMENDATION)[0]
    assert any(b.kind.value == "bullet_list" for b in recommendation.blocks)


def test_bold_spans_survive_in_paragraphs() -> None:
    meeting = parse_file(SEEDS["soenderborg_2019"])
    spans = [s for i in meeting.items for sec in i.sections for b in sec.blocks for s in b.spans]
    assert all("**" not in s.text for s in spans)
