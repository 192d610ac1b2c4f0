"""Update the English translation: lupdate → fill from the glossary below → lrelease.

Danish is the source language of the user interface. Run after changing UI texts:
``python tools/translations.py`` (or ``make translations``); commit the .ts and the .qm.
A text without an English entry stays untranslated (shown in Danish) and is listed.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "moedemappe_en.ts"
BIN = Path(sys.executable).parent

ENGLISH = {
    "%1 filer kunne ikke importeres:": "%1 files could not be imported:",
    "%1 filer var allerede importeret": "%1 files were already imported",
    "%1 møder": "%1 meetings",
    "%1 møder importeret": "%1 meetings imported",
    "%1 møder opdateret": "%1 meetings updated",
    "%1 punkter": "%1 items",
    "&Afslut": "&Quit",
    "&Fil": "&File",
    "&Fjern møde …": "&Remove meeting …",
    "&Forrige punkt": "&Previous item",
    "&Importér …": "&Import …",
    "&Møde": "&Meeting",
    "&Normal størrelse": "&Normal size",
    "&Næste punkt": "&Next item",
    "&Ret mødets oplysninger …": "&Correct meeting details …",
    "&Sprog": "&Language",
    "&Vis": "&View",
    "1 fil kunne ikke importeres:": "1 file could not be imported:",
    "1 fil var allerede importeret": "1 file was already imported",
    "1 møde": "1 meeting",
    "1 møde importeret": "1 meeting imported",
    "1 møde opdateret": "1 meeting updated",
    "1 punkt": "1 item",
    "Annullér": "Cancel",
    "Beslutning": "Decision",
    "Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — via Fil → Importér eller ved at "
    "trække filerne ind i vinduet.": "The library is empty. Import agendas and minutes as PDF or text — with "
    "File → Import or by dragging the files onto the window.",
    "Bilag": "Attachments",
    "Dagsorden": "Agenda",
    "Dato": "Date",
    "Deltagere": "Participants",
    "Denne filtype understøttes ikke.": "This kind of file is not supported.",
    "Der opstod en uventet fejl. Dit arbejde er gemt.": "An unexpected error occurred. Your work is saved.",
    "Drøftelse": "Discussion",
    "Filen er hverken en PDF eller en tekstfil.": "The file is neither a PDF nor a text file.",
    "Filen er tom.": "The file is empty.",
    "Filen findes ikke.": "The file does not exist.",
    "Filen kan ikke læses.": "The file cannot be read.",
    "Filen kunne ikke importeres.": "The file could not be imported.",
    "Filtrér": "Filter",
    "Filtrér møder og punkter …": "Filter meetings and items …",
    "Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.": "Remove %1 from the "
    "library? The source file is deleted from Mødemappe, not from your computer.",
    "Fjern møde": "Remove meeting",
    "Fraværende": "Absent",
    "Import": "Import",
    "Importerer fil %1 af %2: %3": "Importing file %1 of %2: %3",
    "Importerer …": "Importing …",
    "Importér dagsordener og referater": "Import agendas and minutes",
    "Importér dagsordener og referater (PDF eller tekst)": "Import agendas and minutes (PDF or text)",
    "Importér filer …": "Import files …",
    "Indlæs demo-biblioteket (fem rigtige referater)": "Load the demo library (five real sets of minutes)",
    "Kildefilen findes ikke længere.": "The source file no longer exists.",
    "Kommune": "Municipality",
    "Lukket": "Closed",
    "Lukket punkt — indholdet er ikke offentliggjort.": "Closed item — the content is not published.",
    "Mødemappe": "Mødemappe",
    "Mødepapirer (*.pdf *.txt *.md);;Alle filer (*)": "Meeting papers (*.pdf *.txt *.md);;All files (*)",
    "Møder": "Meetings",
    "Mødested": "Place",
    "Orientering": "Information",
    "PDF-filen er beskadiget eller ufuldstændig.": "The PDF file is damaged or incomplete.",
    "PDF-filen er beskyttet med en adgangskode.": "The PDF file is protected by a password.",
    "PDF-filen er en scanning uden tekst — kør tekstgenkendelse (OCR) først.": "The PDF file is a scan without "
    "text — run text recognition (OCR) first.",
    "Punkter": "Items",
    "Referat": "Minutes",
    "Ret mødets oplysninger": "Correct meeting details",
    "Sagsnr.": "Case no.",
    "Sproget skiftes, næste gang Mødemappe startes.": "The language changes the next time Mødemappe starts.",
    "Teksten ligner ikke en dagsorden eller et referat.": "The text does not look like an agenda or minutes.",
    "Udvalg": "Committee",
    "Ukendt kommune": "Unknown municipality",
    "Ukendt udvalg": "Unknown committee",
    "Velkommen til Mødemappe": "Welcome to Mødemappe",
    "Værktøjslinje": "Toolbar",
    "Zoom &ind": "Zoom &in",
    "Zoom &ud": "Zoom &out",
    "importen blev annulleret": "the import was cancelled",
    "lukket": "closed",
    "side": "page",
    "uden dato": "no date",
    "Åbn &original": "Open &original",
    "Åbn kildefilen ved punktets side": "Open the source file at the item's page",
}


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py") if p.parent.name in ("ui", "services"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS), "-source-language", "da", "-target-language", "en",
         "-no-obsolete"],
        check=True,
    )  # fmt: skip
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        english = ENGLISH.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS)], check=True)
    for source in missing:
        print(f"no English text for: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
