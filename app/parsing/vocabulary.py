"""Danish vocabulary of committee papers: section headings, months, labels, municipalities.

Built from the general shape of Danish minutes (FirstAgenda, eDoc, Acadre, SBSYS, Prepare),
not from one document's exact lines.
"""

from __future__ import annotations

import re

from app.model import SectionKind

MONTHS: dict[str, int] = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Exact section headings (lower case, without trailing colon) → kind.
SECTION_HEADINGS: dict[str, SectionKind] = {}


def _add(kind: SectionKind, *names: str) -> None:
    for name in names:
        SECTION_HEADINGS[name] = kind


_add(
    SectionKind.SUMMARY,
    "sagsresumé", "sagsresume", "resumé", "resume", "sammendrag", "sagsindhold", "kort resumé",
    "beslutningstema", "formål", "indledning", "sagens kerne", "hvad skal der tages stilling til",
    "problemstilling", "kort fortalt", "sagen kort",
)  # fmt: skip
_add(
    SectionKind.RECOMMENDATION,
    "indstilling", "indstillinger", "forslag til beslutning", "administrationens indstilling",
    "forvaltningens indstilling", "direktionens indstilling", "indstilling fra forvaltningen",
    "forslag", "administrationen indstiller", "forvaltningen indstiller", "beslutningspunkter",
    "indstillinger og beslutningspunkter",
)  # fmt: skip
_add(
    SectionKind.PRESENTATION,
    "sagsfremstilling", "baggrund", "sagens baggrund", "beskrivelse", "sagsbeskrivelse",
    "oplæg", "sagens indhold", "supplerende sagsfremstilling", "redegørelse", "indhold",
    "tidligere beslutninger", "historik", "løsning", "begrundelse", "supplerende oplysninger",
    "sagens oplysninger", "uddybning",
)  # fmt: skip
_add(
    SectionKind.DECISION,
    "beslutning", "beslutninger", "afgørelse", "referat", "protokol", "udvalgets beslutning",
)  # fmt: skip
_add(SectionKind.ATTACHMENTS, "bilag", "bilagsfortegnelse", "bilagsliste", "vedlagte bilag")
_add(
    SectionKind.ECONOMY,
    "økonomi", "økonomiske konsekvenser", "bevillingsmæssige konsekvenser",
    "økonomiske og personalemæssige konsekvenser", "økonomi og finansiering",
    "økonomiske konsekvenser og finansiering", "finansiering", "økonomiske forhold",
    "økonomisk vurdering", "bevilling", "budgetmæssige konsekvenser", "økonomi og bevilling",
)  # fmt: skip
_add(SectionKind.HEALTH, "sundhedsmæssige konsekvenser", "sundhedsvurdering", "sundhedskonsekvenser")
_add(
    SectionKind.LEGAL,
    "retligt grundlag", "lovgrundlag", "retsgrundlag", "juridisk vurdering", "lovgivning",
    "hjemmel", "juridiske forhold", "lovgrundlag og regler",
)  # fmt: skip
_add(SectionKind.OPTIONS, "handlemuligheder", "alternativer", "løsningsmuligheder", "muligheder")
_add(
    SectionKind.ASSESSMENT,
    "vurdering", "administrationens vurdering", "forvaltningens vurdering", "faglig vurdering",
    "administrationens bemærkninger", "forvaltningens bemærkninger",
)  # fmt: skip
_add(
    SectionKind.PROCEDURE,
    "procedure",
    "kompetence",
    "beslutningskompetence",
    "beslutningen træffes af",
    "sagsgang",
    "videre proces",
    "tidsplan",
    "høring",
    "kompetencefordeling",
    "sagens gang",
    "sagsprocedure",
)
# Earlier treatments of the case: FirstAgenda's "Sagsforløb" with "Udvalg: / Dato: / Punktnummer:".
_add(
    SectionKind.HISTORY,
    "sagsforløb", "sagens forløb", "tidligere behandling", "tidligere behandlinger", "sagens tidligere behandling",
    "tidligere politisk behandling", "politisk behandling",
)  # fmt: skip  # fmt: skip
_add(
    SectionKind.OTHER,
    "konsekvenser for andre udvalg", "handicappolitik", "kommunikation", "bæredygtighed",
    "klima", "miljø", "personalemæssige konsekvenser", "borgerinddragelse", "risici",
    "klimamæssige konsekvenser", "miljømæssige konsekvenser", "digitalisering", "ligestilling",
    "lokaludvalg", "erhvervsmæssige konsekvenser", "kommunikation og inddragelse", "bemærkninger",
    "andre konsekvenser", "øvrige konsekvenser", "øvrige forhold", "konklusion", "høringssvar",
    "miljøvurdering", "risikovurdering", "organisering", "målgruppe", "status",
)  # fmt: skip

# "Beslutning i Økonomiudvalget den 2. september 2019", "Sundheds- og Forebyggelsesudvalgets
# beslutning den 04.12.2012 Punkt 3", "Beslutning Udvalget for Job & Arbejdsmarked den 04-03-2020".
DECISION_HEADING_RE = re.compile(
    r"^(?:(?P<owner>.+?)s\s+)?beslutning(?:\s+(?:i|på|fra|truffet\s+i)\b)?(?P<body>.*?)"
    r"(?:\s+(?:den|d\.)\s+(?P<date>\d.*?))?(?:\s+punkt\s+\d+)?\s*:?$",
    re.IGNORECASE,
)

FULL_DATE_RE = re.compile(
    r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+[a-zæøå]{3,}\.?\s+\d{4}", re.I
)
LABEL_RE = re.compile(
    r"^(?P<label>sagsnr|sags\s?nr|sagsnummer|sag nr|j\.\s?nr|journalnr|journal nr|dok\.?\s?nr|"
    r"dokumentnr|dok nr)\.?\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_LABEL_VALUE_RE = re.compile(r"^(?:[\w./\-–]*\d[\w./\-–]*)(?:\s|$)")


def match_label(text: str) -> re.Match[str] | None:
    """A case/document number label ("Sagsnr.: 19/22045"), not prose ("sag nr. 3. blev …")."""
    m = LABEL_RE.match(text)
    if m is None:
        return None
    value = m.group("value").strip()
    if not value or (len(value) >= 4 and _LABEL_VALUE_RE.match(value)) or (len(text) < 40 and ":" in text):
        return m
    return None


# An item's own metadata printed as "Label: value" above its text (Acadre's "Sagen afgøres i:"),
# never a paragraph of it.
ITEM_LABEL_RE = re.compile(
    r"^(?:sagen\s+afgøres\s+i|afgøres\s+af|beslutningskompetence|sagsansvarlig|sagsbehandler|ansvarlig"
    r"|forvaltning|område|kle-nr|kle|emne|dokumentnr|sagsid)\.?\s*:\s*\S.{0,120}$",
    re.IGNORECASE,
)
ABSENT_LABEL_RE = re.compile(
    r"^(?:fraværende|afbud|afbud/fraværende|fravær|ikke til stede|følgende deltog ikke i behandlingen af punktet)"
    r"\s*:?\s*(?P<names>.*)$",
    re.IGNORECASE,
)
# 19/22045, 330-2017-90442, EMN-2025-003383, 22-012933 (FirstAgenda), 2011-29298, 27.69.48-P20-1-17, 00.01.00-A00-1-20
CASE_NUMBER_RE = re.compile(
    r"^(?:[A-ZÆØÅ]{2,5}-\d{4}-\d{3,7}|\d{2}-\d{5,6}[A-Z]?|\d{2,3}-\d{4}-\d{2,7}|\d{2}/\d{2,6}|\d{4}-\d{2,7}"
    r"|\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2})?(?:-\d+-\d{2})?)$"
)
DOCNO_PREFIX_RE = re.compile(
    r"^(?P<docno>(?:\d{2,4}[-–]\d{4}[-–]\d{3,8})|(?:\d{4}[-–]\d{3,8})|(?:[A-ZÆØÅ]{2,5}-\d{4}-\d{3,8}))"
    r"\s*(?:[-–:]\s+)?(?P<name>.*)$"
)

MEETING_LABELS: dict[str, str] = {
    "mødedato": "date", "dato": "date", "tidspunkt": "time", "tid": "time", "mødetid": "time",
    "mødested": "place", "sted": "place", "lokale": "place", "mødelokale": "place",
    "mødedeltagere": "participants", "deltagere": "participants", "tilstede": "participants",
    "til stede": "participants", "medlemmer": "participants", "deltagere i mødet": "participants",
    "afbud": "absent", "fraværende": "absent", "afbud/fraværende": "absent", "fravær": "absent",
    "sekretær": "secretary", "referent": "secretary", "bemærk": "note", "bemærkninger": "note",
    "mødeleder": "chair", "formand": "chair", "start": "time", "slut": "end", "afsluttet": "end",
    "udvalg": "committee", "information": "note",
}  # fmt: skip

MUNICIPALITIES: tuple[str, ...] = (
    "København", "Frederiksberg", "Albertslund", "Ballerup", "Brøndby", "Dragør", "Gentofte",
    "Gladsaxe", "Glostrup", "Herlev", "Hvidovre", "Høje-Taastrup", "Ishøj", "Lyngby-Taarbæk",
    "Rødovre", "Tårnby", "Vallensbæk", "Allerød", "Egedal", "Fredensborg", "Frederikssund",
    "Furesø", "Gribskov", "Halsnæs", "Helsingør", "Hillerød", "Hørsholm", "Rudersdal",
    "Bornholm", "Greve", "Køge", "Lejre", "Roskilde", "Solrød", "Faxe", "Guldborgsund",
    "Holbæk", "Kalundborg", "Lolland", "Næstved", "Odsherred", "Ringsted", "Slagelse", "Sorø",
    "Stevns", "Vordingborg", "Assens", "Faaborg-Midtfyn", "Kerteminde", "Langeland",
    "Middelfart", "Nordfyns", "Nyborg", "Odense", "Svendborg", "Ærø", "Billund", "Esbjerg",
    "Fanø", "Fredericia", "Haderslev", "Kolding", "Sønderborg", "Tønder", "Varde", "Vejen",
    "Vejle", "Aabenraa", "Favrskov", "Hedensted", "Horsens", "Herning", "Holstebro",
    "Ikast-Brande", "Lemvig", "Norddjurs", "Odder", "Randers", "Ringkøbing-Skjern", "Samsø",
    "Silkeborg", "Skanderborg", "Skive", "Struer", "Syddjurs", "Viborg", "Aarhus",
    "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø", "Mariagerfjord", "Morsø",
    "Rebild", "Thisted", "Vesthimmerlands", "Aalborg",
)  # fmt: skip
MUNICIPALITY_ALIASES: dict[str, str] = {"Århus": "Aarhus", "Ålborg": "Aalborg", "Åbenrå": "Aabenraa"}

# Prefixes that stay hyphenated when a line break falls after them ("ikke-planlagte").
KEEP_HYPHEN_PREFIXES = frozenset({"ikke", "non", "ex", "eks", "anti", "pro", "co", "vice", "semi"})


def section_kind(heading: str) -> SectionKind | None:
    """The kind of a section heading, or None when the text is not a known heading."""
    key = normalise_heading(heading)
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    if is_decision_heading(heading):
        return SectionKind.DECISION
    if key.startswith("supplerende ") and key[len("supplerende ") :] in SECTION_HEADINGS:
        # "Supplerende indstilling", "Supplerende sagsbeskrivelse": added after an earlier treatment.
        return SECTION_HEADINGS[key[len("supplerende ") :]]
    if re.match(r"^(økonomiske|bevillingsmæssige)\b.*\bkonsekvenser$", key):
        return SectionKind.ECONOMY
    if re.match(r"^sundhedsmæssige\b", key):
        return SectionKind.HEALTH
    if key.endswith(" påtegning") and len(key) < 60:
        return SectionKind.OTHER  # "Borgmesterens Afdelings påtegning"
    return None


def normalise_heading(text: str) -> str:
    return " ".join(text.strip().rstrip(":").split()).lower()


def is_decision_heading(text: str) -> bool:
    """True for "Beslutning …den DATE" style headings (not "Beslutning af effektmål …")."""
    line = text.strip()
    if len(line) > 200:
        return False
    m = DECISION_HEADING_RE.match(line)
    if not m:
        return False
    if m.group("date"):
        # "… den 24. november 2025" ends the heading; "… 2025. MED har nu været" is a sentence.
        return bool(FULL_DATE_RE.search(m.group("date"))) and not re.search(r"\.\s+[A-ZÆØÅ]", m.group("date"))
    rest = (m.group("body") or "").strip()
    owner = m.group("owner")
    # "Beslutning i Økonomiudvalget" / "Økonomiudvalgets beslutning" without a date.
    return (
        (not rest and owner is not None)
        or rest.lower().startswith(("i ", "på "))
        or (line.lower().startswith("beslutning i ") and line.endswith(":"))
    )


# Items every meeting has, whatever its cases: approving the agenda, announcements, any other
# business, the signature sheet. Municipalities reuse one case number for them (Aarhus), so
# they never make a case history.
_STANDING_ITEM_RE = re.compile(
    r"^(?:godkendelse\s+af\s+(?:dagsorden(?:en)?|referat(?:et)?)|dagsorden(?:en)?\s+godkendes|"
    r"meddelelser(?:\s+og\s+orienteringer?)?|orienteringer?|orientering\s+fra\s+(?:formanden|administrationen|direktionen)"
    r"|gensidig\s+orientering|eventuelt|evt\.?|underskriftsark|underskriftsside|underskrift(?:er)?"
    r"|huskeliste|næste\s+møde|spørgetid|spørgsmål\s+fra\s+borgere|mødekalender)\b",
    re.IGNORECASE,
)


def is_standing_item(title: str) -> bool:
    """Is this a standing item of every meeting ("Godkendelse af dagsorden", "Meddelelser",
    "Eventuelt", "Underskriftsark" …) rather than a case?"""
    return bool(_STANDING_ITEM_RE.match(" ".join(title.split()).strip(" .:")))
