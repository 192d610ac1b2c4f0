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
# Danish is the source language, but counted texts (``tr("%n møder", "", n)``) need their
# singular from a translation file of their own: moedemappe_da holds only those.
TS_DA = ROOT / "resources" / "translations" / "moedemappe_da.ts"
BIN = Path(sys.executable).parent

ENGLISH = {
    # A damaged bilag index, portal state or meeting file (#22)
    "Mødet %1 kan ikke vises: den gemte fil (%2) er beskadiget. Importér mødet igen; dine noter er ikke berørt.":
        "The meeting %1 cannot be shown: its stored file (%2) is damaged. Import the meeting again; your notes "
        "are not affected.",
    "En fil i din profil var beskadiget. Intet er slettet.": "A file in your profile was damaged. Nothing was deleted.",
    "Portalopsætningen (portal.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; tilføj portalen "
    "og følg dine udvalg igen (Fil → Følg udvalg …).":
        "The portal settings (portal.json) were damaged. They were set aside as %1, not deleted; add the portal "
        "and follow your committees again (File → Follow committees …).",
    "Portalopsætningen (portal.json) er beskadiget og er ladt urørt; ingen portal vises.":
        "The portal settings (portal.json) are damaged and were left as they are; no portal is shown.",
    "Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; bilagene er "
    "hentet fra sikkerhedskopien (bilag tilføjet siden kan mangle).":
        "The attachment index (bilag/index.json) was damaged. It was set aside as %1, not deleted; the attachments "
        "were taken from its backup (attachments added since may be missing).",
    "Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; der var ingen "
    "sikkerhedskopi, så importér møderne igen for at få deres bilag tilbage.":
        "The attachment index (bilag/index.json) was damaged. It was set aside as %1, not deleted; there was no "
        "backup, so import the meetings again to get their attachments back.",
    "Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; bilagene vises fra sikkerhedskopien.":
        "The attachment index (bilag/index.json) is damaged and was left as it is; the attachments are shown from "
        "its backup.",
    "Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; ingen bilag kan vises.":
        "The attachment index (bilag/index.json) is damaged and was left as it is; no attachments can be shown.",
    # The briefing: bilag pages, a stopped export in the window's language (#21)
    "side %1 af %2": "page %1 of %2",
    "den tog over %1 s (eller %2 s CPU-tid); vælg færre punkter":
        "it took longer than %1 s (or %2 s of CPU); choose fewer items",
    "den krævede mere end %1 MB hukommelse; vælg færre punkter":
        "it needed more than %1 MB of memory; choose fewer items",
    "den blev afbrudt": "it was cancelled",
    "den stoppede uventet (%1); vælg færre punkter": "it stopped unexpectedly (%1); choose fewer items",
    "%1 punkter; en briefing kan højst have %2 (vælg færre punkter)":
        "%1 items; a briefing takes at most %2 (choose fewer items)",
    "%1 sider; en briefing kan højst have %2 (vælg færre punkter, eller udelad den fulde tekst)":
        "%1 pages; a briefing has at most %2 (choose fewer items or leave out the full text)",
    "den ville fylde mere end %1 MB (tag færre bilag med)": "it would be larger than %1 MB (append fewer bilag)",
    "det gemte møde %1 (%2) er beskadiget; importér mødet igen":
        "the stored meeting %1 (%2) is damaged; import the meeting again",
    "intet at eksportere: ingen punkter passer": "nothing to export: no item matches",
    "baggrundsprocessen stoppede; prøv igen": "the background process stopped; try again",
    # Window import and placing bilag (#21)
    "&Importér filer …": "&Import files …",
    "Importér &mappe …": "Import &folder …",
    "Importér dagsordener, referater og bilag (PDF, tekst, zip)":
        "Import agendas, minutes and attachments (PDF, text, zip)",
    "Importér en mappe med et møde og dets bilag": "Import a folder with a meeting and its attachments",
    "Importér dagsordener, referater og bilag": "Import agendas, minutes and attachments",
    "Alt der kan importeres (%1)": "Everything that can be imported (%1)",
    "PDF og tekst (%1)": "PDF and text (%1)",
    "Zip med et møde og dets bilag (%1)": "Zip with a meeting and its attachments (%1)",
    "FirstAgenda-møde: JSON eller gemt side (%1)": "FirstAgenda meeting: JSON or saved page (%1)",
    "Websiden er ikke en gemt FirstAgenda-mødeside. Hent mødets PDF fra portalen og importér den (eller følg "
    "udvalget: Fil → Følg udvalg …).":
        "The web page is not a saved FirstAgenda meeting page. Download the meeting's PDF from the portal and "
        "import it (or follow the committee: File → Follow committees …).",
    "Vælg for hvert bilag det punkt, det hører til. Forslagene står øverst, bedste først; et forslag er kun "
    "valgt på forhånd, når det er klart bedre end det næste. Vis åbner bilaget til højre.":
        "Choose the item each attachment belongs to. The suggestions come first, best first; a suggestion is "
        "chosen in advance only when it is clearly better than the next. Show opens the attachment on the right.",
    "Vis": "Show",
    "Vis bilaget til højre": "Show the attachment on the right",
    "Vis %1": "Show %1",
    "— vælg punkt —": "— choose an item —",
    "Vælg et punkt (eller “ikke placeret”) for hvert bilag først":
        "Choose an item (or “not placed”) for every attachment first",
    # Reading the originals (#21)
    "&Læsetilstand": "&Reading mode",
    "Skjul mødelisten og notepanelet (F11)": "Hide the meeting list and the notes panel (F11)",
    "Find i dokumentet …": "Find in the document …",
    "Find i dokumentet": "Find in the document",
    "Forrige forekomst (Shift+Enter)": "Previous match (Shift+Enter)",
    "Næste forekomst (Enter)": "Next match (Enter)",
    "Luk søgningen (Esc)": "Close the search (Esc)",
    "Ikke fundet": "Not found",
    "%1 af %2": "%1 of %2",
    "%1 · side %2": "%1 · page %2",
    "Drej siderne mod uret": "Turn the pages counter-clockwise",
    "Drej siderne med uret": "Turn the pages clockwise",
    "Vis sidernes miniaturer og dokumentets indhold i en sidebjælke":
        "Show the pages as thumbnails and the document's contents in a sidebar",
    "Sidernes miniaturer": "Page thumbnails",
    "Side %1 kunne ikke vises": "Page %1 could not be shown",
    "Dokumentets sider som miniaturer": "The document's pages as thumbnails",
    "Dokumentets egen indholdsfortegnelse": "The document's own table of contents",
    "Skriv et ord, eller vælg et filter for at se alt, der passer.":
        "Type a word, or choose a filter to see everything that matches.",
    # Notes that cannot be opened: the newest backup offered (#18)
    "Dine noter kunne ikke åbnes.": "Your notes could not be opened.",
    "Den nyeste sikkerhedskopi er %1. Læg den tilbage? De noter, der ikke kan åbnes, gemmes ved siden af.":
        "The newest backup is %1. Put it back? The notes that cannot be opened are kept beside it.",
    "Læg sikkerhedskopien tilbage": "Put the backup back",
    "Sikkerhedskopien kunne ikke lægges tilbage: %1": "The backup could not be put back: %1",
    "Dine noter er lagt tilbage fra %1. Genstart Mødemappe for at arbejde videre med dem.":
        "Your notes were put back from %1. Restart Mødemappe to work with them.",
    # What a new version of a meeting changed (#19)
    "Vis ændringer": "Show changes",
    "Vis, hvad en ny version af mødet ændrede i punktet": "Show what a new version of the meeting changed in the item",
    "Versioner …": "Versions …",
    "Nyt punkt i denne version": "New item in this version",
    "Nyt nummer: %1 → %2": "New number: %1 → %2",
    "Beslutning tilføjet": "Decision added",
    "Ændret: %1": "Changed: %1",
    "ændret siden du læste det": "changed since you read it",
    "nyt punkt": "new item",
    "nyt nummer": "new number",
    "ændret": "changed",
    "beslutning tilføjet": "decision added",
    "udgået": "withdrawn",
    "Versioner af mødet": "Versions of the meeting",
    "Rettet dagsorden": "Revised agenda",
    "Supplerende dagsorden": "Supplementary agenda",
    "Rettet referat": "Revised minutes",
    "Uddrag": "Extract",
    "Et punkts eget dokument": "One item's own document",
    "Denne version er ikke gemt.": "This version was not kept.",
    "Version %1 — kun til læsning": "Version %1 — read-only",
    "Ny version": "New version",
    "Føj til mødet: %1 punkter tilføjes, %2 opdateres, de øvrige bevares.":
        "Add to the meeting: %1 items added, %2 updated, the others kept.",
    "Erstat mødet: dokumentet bliver mødets nye version; %1 punkter udgår (deres noter gemmes under Rediger → Noter "
    "uden punkt), %2 får nyt nummer. Den tidligere version gemmes (Møde → Versioner …).":
        "Replace the meeting: the document becomes the meeting's new version; %1 items are withdrawn (their notes are "
        "kept under Edit → Notes without an item), %2 get a new number. The earlier version is kept (Meeting → "
        "Versions …).",
    "Dokumentet er hverken tydeligt en fuld version eller et uddrag af mødet.":
        "The document is clearly neither a complete version nor an extract of the meeting.",
    "nyt nummer (%1 → %2)": "new number (%1 → %2)",
    "ændret: %1": "changed: %1",
    "Ændringer siden forrige version": "Changes since the previous version",
    "Δ Ny version: %1": "Δ New version: %1",
    "ændret efter forberedelse": "changed after preparation",
    "… (forskellen er forkortet)": "… (the difference is shortened)",
    "Ændringer": "Changes",
    # The original and the bilag (issue 13)
    "%1 dokumenter, %2": "%1 documents, %2",
    "%1 mangler: filen er ikke hentet eller importeret.": "%1 is missing: the file was not downloaded or imported.",
    "&Egenskaber …": "&Properties …",
    "&Placér bilag …": "&Place attachments …",
    "? sider": "? pages",
    "1 side": "1 page",
    "%1 sider": "%1 pages",
    "Bilag med noter": "Attachments with notes",
    "Bilag uden punkt": "Attachments without an item",
    "Punkternes egne PDF'er": "The items' own PDFs",
    "Bilag, side %1": "Attachment, page %1",
    "Bilag: %1 (%2)": "Attachment: %1 (%2)",
    "Bilag: %1 — mangler": "Attachment: %1 — missing",
    "Bilag: %1, side %2": "Attachment: %1, page %2",
    "Bilaget findes ikke længere i profilen.": "The attachment is no longer in the profile.",
    "Bilagenes sider sættes bagerst som ægte PDF-sider med bogmærker under punktet":
        "The attachments' pages are appended as real PDF pages, bookmarked under their item",
    "Briefing gemt: %1 — der er ingen PDF-fremviser på systemet, der kunne åbne den.":
        "Briefing saved: %1 — there is no PDF viewer on this system that could open it.",
    "Den oprindelige PDF ved punktets side (Ctrl+Shift+O)": "The original PDF at the item's page (Ctrl+Shift+O)",
    "Der er ingen PDF at vise for dette punkt.": "There is no PDF to show for this item.",
    "Der er ingen PDF-fremviser på systemet, der kunne åbne filen. Brug fanen Original i stedet.":
        "There is no PDF viewer on this system that could open the file. Use the Original tab instead.",
    "Dokument": "Document",
    "Ekstern": "External",
    "Forrige side (Page Up)": "Previous page (Page Up)",
    "Frigives ved fjernelse": "Freed by removing it",
    "Hele bilag, du har noter i": "Whole attachments you annotated",
    "Ikke med": "Not included",
    "Kildefil": "Source file",
    "Knyt mødets bilag til deres punkter": "Link the meeting's attachments to their items",
    "Kommentar (valgfri):\n“%1”": "Comment (optional):\n“%1”",
    "Kun siderne med dine noter": "Only the pages with your notes",
    "Markering i bilag": "Highlight in attachment",
    "Mødet er importeret fra en tekstfil eller kildefilen findes ikke længere; der er ingen sider at vise.":
        "The meeting was imported from a text file or its source file is gone; there are no pages to show.",
    "Mødet har ingen bilag. Importér dem sammen med mødet (filer, mappe eller zip).":
        "The meeting has no attachments. Import them together with the meeting (files, a folder or a zip).",
    "Mødets dokument": "The meeting's document",
    "Mødets dokumenter og pladsforbrug": "The meeting's documents and disk use",
    "Mødets egenskaber": "Meeting properties",
    "Note til bilagets side": "Note on the attachment's page",
    "Note til side %1:": "Note on page %1:",
    "Note": "Note",
    "Næste side (Page Down)": "Next page (Page Down)",
    "Original": "Original",
    "Originalens sider": "The original's pages",
    "PDF-filen har ingen sider.": "The PDF file has no pages.",
    "PDF-filen kunne ikke vises. Den kan være beskadiget.": "The PDF file could not be shown. It may be damaged.",
    "Placér bilag": "Place attachments",
    "Punkt": "Item",
    "Punktets eget dokument (%1)": "The item's own document (%1)",
    "Side": "Page",
    "Side %1": "Page %1",
    "Sider": "Pages",
    "Skriv en note til denne side": "Write a note on this page",
    "Bredde": "Width",
    "Tilpas siden til vinduets bredde": "Fit the page to the window's width",
    "Vis &original": "Show &original",
    "Vis den oprindelige PDF ved punktets side": "Show the original PDF at the item's page",
    "Zoom ind": "Zoom in",
    "Zoom ud": "Zoom out",
    "af %1": "of %1",
    "filen mangler i profilen": "the file is missing from the profile",
    "ikke nævnt i punktet": "not listed in the item",
    "mangler — ikke importeret eller hentet": "missing — not imported or downloaded",
    "punktets eget dokument": "the item's own document",
    "Åbn filen i systemets PDF-fremviser": "Open the file in the system's PDF viewer",
    "Åbn i &ekstern fremviser": "Open in &external viewer",
    "Åbn kildefilen i systemets PDF-fremviser": "Open the source file in the system's PDF viewer",
    "— ikke placeret —": "— not placed —",
    "&Afslut": "&Quit",
    "&Fil": "&File",
    "&Fjern møde …": "&Remove meeting …",
    "&Forrige punkt": "&Previous item",
    "&Møde": "&Meeting",
    "&Normal størrelse": "&Normal size",
    "&Næste punkt": "&Next item",
    "&Ret mødets oplysninger …": "&Correct meeting details …",
    "&Sprog": "&Language",
    "&Vis": "&View",
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
    "Importér filer …": "Import files …",
    "Indlæs demo-biblioteket (fem rigtige referater)": "Load the demo library (five real sets of minutes)",
    "Kildefilen findes ikke længere.": "The source file no longer exists.",
    "Kommune": "Municipality",
    "Lukket": "Closed",
    "Lukket punkt — indholdet er ikke offentliggjort.": "Closed item — the content is not published.",
    "Mødemappe": "Mødemappe",
    "Mødepapirer (*.pdf *.txt *.md *.json *.html);;Alle filer (*)":
        "Meeting papers (*.pdf *.txt *.md *.json *.html);;All files (*)",
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
    "Ret note": "Edit note",
    "Skift holdning": "Change position",
    "Ret opfølgning": "Edit follow-up",
    "Tilføj tag": "Add tag",
    "Fjern tag": "Remove tag",
    "Markér tekst": "Highlight text",
    "Slet markering": "Delete highlight",
    "&Fortryd": "&Undo",
    "&Gentag": "&Redo",
    "&Markér valgt tekst": "&Highlight selected text",
    "&Noter uden punkt …": "&Notes without an item …",
    "&Rediger": "&Edit",
    "Vælg først noget tekst i punktet.": "First select some text in the item.",
    "Teksten er allerede markeret.": "This text is already highlighted.",
    "Markering": "Highlight",
    "Kommentar (valgfri):": "Comment (optional):",
    "En del af dine noter kunne ikke læses.": "Some of your notes could not be read.",
    "Filen er flyttet til side (%1) og er ikke slettet.": "The file has been moved aside (%1) and is not deleted.",
    "Hent noterne fra den nyeste sikkerhedskopi": "Restore the notes from the newest backup",
    "Mødemappe er allerede åben med denne profil. Skift til det åbne vindue.": "Mødemappe is already open with "
    "this profile. Switch to the open window.",
    "Holdning": "Position",
    "Ikke taget stilling": "Not decided",
    "For": "For",
    "Imod": "Against",
    "I tvivl": "Undecided",
    "Noter": "Notes",
    "Spørgsmål, synspunkter, hvad du vil sige på mødet …": "Questions, views, what you want to say at the meeting …",
    "Tags": "Tags",
    "Tilføj tag og tryk Enter": "Add a tag and press Enter",
    "Opfølgning": "Follow-up",
    "Ingen opfølgning": "No follow-up",
    "Åben": "Open",
    "Færdig": "Done",
    "Frist": "Due",
    "fx: spørg forvaltningen om tallene for 2023": "e.g. ask the administration for the 2023 figures",
    "Markeringer": "Highlights",
    "Markér valgt tekst": "Highlight selected text",
    "Markér den tekst, du har valgt i punktet (Ctrl+M)": "Highlight the text you selected in the item (Ctrl+M)",
    "Vælg et punkt for at skrive noter": "Select an item to write notes",
    "Gemt": "Saved",
    "Klik for at fjerne; højreklik for farve og omdøbning": "Click to remove; right-click for colour and renaming",
    "(findes ikke længere i teksten)": "(no longer found in the text)",
    "Ikke gemt endnu …": "Not saved yet …",
    "Omdøb tag overalt …": "Rename tag everywhere …",
    "Skift farve …": "Change colour …",
    "Omdøb tag": "Rename tag",
    "Nyt navn til “%1”:": "New name for “%1”:",
    "Noter uden punkt": "Notes without an item",
    "Disse noter hørte til punkter, der ikke findes i den nyeste udgave af dokumentet. Intet er slettet.": "These "
    "notes belonged to items that are not in the newest version of the document. Nothing has been deleted.",
    "Knyt til det valgte punkt": "Attach to the selected item",
    "Ingen noter mangler et punkt.": "No notes are missing an item.",
    "Gul": "Yellow",
    "Grøn": "Green",
    "Blå": "Blue",
    "Rød": "Red",
    "Efter frist": "By due date",
    "Efter tag": "By tag",
    "Vis færdige": "Show done",
    "Markér som færdig": "Mark as done",
    "Færdige": "Done",
    "Uden frist": "No due date",
    "Overskredet": "Overdue",
    "Frist %1": "Due %1",
    "Sagshistorik (samme sagsnummer)": "Case history (same case number)",
    "punkt": "item",
    "Strukturen er læst med forbehold": "The structure was read with reservations",
    "Åbn original": "Open original",
    "referatet har ingen beslutninger": "the minutes have no decisions",
    "en titel er taget fra indholdsfortegnelsen": "a title was taken from the contents list",
    "punkterne står ikke i rækkefølge": "the items are out of sequence",
    "mødedatoen er ikke fundet": "the meeting date was not found",
    "udvalget er ikke fundet": "the committee was not found",
    "Søg": "Search",
    "Filtrér møder": "Filter meetings",
    "&Søg …": "&Search …",
    "Søg overalt": "Search everywhere",
    "Næste &træf": "Next &hit",
    "Forrige t&ræf": "Previous h&it",
    "Træf %1 af %2": "Hit %1 of %2",
    "Søgeindekset er opdateret.": "The search index is up to date.",
    "Søg i alle møder og dine noter … (Ctrl+K)": "Search all meetings and your notes … (Ctrl+K)",
    "alle": "all",
    "Har noter": "Has notes",
    "Åben opfølgning": "Open follow-up",
    "Fra": "From",
    "Til": "To",
    "Alle kommuner": "All municipalities",
    "Alle udvalg": "All committees",
    "Dagsordener og referater": "Agendas and minutes",
    "Kun referater": "Minutes only",
    "Kun dagsordener": "Agendas only",
    "Alle tags": "All tags",
    "Ingen træf": "No hits",
    "Eksportér briefing (PDF)": "Export briefing (PDF)",
    "Det valgte møde": "The selected meeting",
    "Alle punkter med tagget": "Every item tagged",
    "Alle punkter med åben opfølgning": "Every item with an open follow-up",
    "Tag hele teksten med for hvert punkt": "Include the full text of each item",
    "Vis kort": "Show briefly",
    "Udelad": "Leave out",
    "Dit navn": "Your name",
    "Punkter uden noter": "Items without notes",
    "Papir": "Paper",
    "Eksportér …": "Export …",
    "Tag: %1": "Tag: %1",
    "Åbne opfølgninger": "Open follow-ups",
    "Eksportér &briefing (PDF) …": "Export &briefing (PDF) …",
    "Gem briefing": "Save briefing",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Skriver briefing …": "Writing the briefing …",
    "Briefing gemt (%1 sider): %2": "Briefing saved (%1 pages): %2",
    "Briefingen kunne ikke skrives: %1": "The briefing could not be written: %1",
    "Ikke en almindelig fil (en pipe, en enhed eller en mappe) — den er ikke læst.":
        "Not a regular file (a pipe, a device or a folder) — it was not read.",
    "Filen er for stor til at blive importeret sikkert.": "The file is too large to import safely.",
    "Det tog for lang tid at læse filen; den blev stoppet.": "Reading the file took too long; it was stopped.",
    "Filen er beskadiget eller i en form, Mødemappe ikke kan læse.":
        "The file is damaged or in a form Mødemappe cannot read.",
    "Filnavnet er for langt til systemet.": "The file name is too long for the system.",
    "Du har ikke adgang til at læse filen.": "You have no permission to read the file.",
    "Disken er fuld; filen blev ikke gemt.": "The disk is full; the file was not stored.",
    "Profilmappen er skrivebeskyttet; filen blev ikke gemt.":
        "The profile folder is read-only; the file was not stored.",
    "Importen blev afbrudt; importér filen igen.": "The import was interrupted; import the file again.",
    "Profilen bruges af en anden Mødemappe; intet blev gemt.":
        "The profile is in use by another Mødemappe; nothing was stored.",
    "Disken er fuld. Frigør plads, og start Mødemappe igen for at kunne gemme.":
        "The disk is full. Free some space and start Mødemappe again to save.",
    "Profilmappens sti er for lang til systemet.": "The profile folder's path is too long for the system.",
    "Biblioteket": "The library",
    "Om Mødemappe": "About Mødemappe",
    "&Om Mødemappe": "&About Mødemappe",
    "%1, version %2": "%1, version %2",
    "Læser og noter til kommunale udvalgspapirer (dagsordener og referater).":
        "Reader and notes for municipal committee papers (agendas and minutes).",
    "Dine data: %1": "Your data: %1",
    "Hvad hver version ændrede i dine gemte data: CHANGELOG.md":
        "What each version changed in your stored data: CHANGELOG.md",
    "Dine noter": "Your notes",
    "Bilagsoversigten": "The bilag index",
    "Søgeindekset": "The search index",
    "%1 (%2) kunne ikke åbnes: %3": "%1 (%2) could not be opened: %3",
    "; der er ingen sikkerhedskopi af dine noter endnu.": "; there is no backup of your notes yet.",
    "; den nyeste sikkerhedskopi af dine noter er %1.": "; the newest backup of your notes is %1.",
    "Profilmappen er skrivebeskyttet (eller du har ikke skriveadgang).":
        "The profile folder is read-only (or you have no write permission).",
    "Kun læsning — intet kan gemmes lige nu. %1": "Read only — nothing can be saved right now. %1",
    "Filen kan ikke læses og er ladt urørt: %1": "The file cannot be read and was left as it is: %1",
    "Filen er flyttet til side og er ikke slettet: %1": "The file was moved aside, not deleted: %1",
    "En sikkerhedskopi af dine noter gemmes stadig.": "A backup of your notes is still being kept.",
    "Den blev sat til side, da en beskadiget fil blev fundet, og gemmes, til du vælger.":
        "It was set aside when a damaged file was found and is kept until you decide.",
    "Hent noterne fra sikkerhedskopien": "Bring back the notes from the backup",
    "Kassér sikkerhedskopien": "Dismiss the backup",
    "Senere": "Later",
    "Søger …": "Searching …",
    "Søgeindekset var beskadiget og bygges op igen …": "The search index was damaged and is being rebuilt …",
    # Daily use (#14): reading progress, keyboard, follow-up list, briefing defaults.
    "Skift læsestatus": "Change reading status",
    "Lukkede punkter er fortrolige. Del ikke briefingen, når de er med.": "Closed items are confidential. "
    "Do not share the briefing while they are in it.",
    "Tag med": "Include",
    "Punkter, der ikke er forberedt": "Items not prepared",
    "Tag %1": "Tag %1",
    "Opfølgninger": "Follow-ups",
    "%1 – forberedelse.pdf": "%1 – preparation.pdf",
    "Gem listen som CSV (regneark) eller Markdown": "Save the list as CSV (spreadsheet) or Markdown",
    "Ingen opfølgninger. Sæt en opfølgning på et punkt i panelet til højre.": "No follow-ups. Set a follow-up "
    "on an item in the panel on the right.",
    "overskredet: frist %1": "overdue: due %1",
    "frist %1": "due %1",
    "Eksportér opfølgninger": "Export follow-ups",
    "opfølgninger.csv": "follow-ups.csv",
    "CSV til regneark (*.csv);;Markdown (*.md)": "CSV for spreadsheets (*.csv);;Markdown (*.md)",
    "Listen kunne ikke gemmes: %1": "The list could not be saved: %1",
    "%1 opfølgninger gemt i %2": "%1 follow-ups saved in %2",
    "kl.": "at",
    "Markér som &forberedt": "Mark as &prepared",
    "Skift punktet mellem forberedt og læst": "Switch the item between prepared and read",
    "&Tastaturgenveje": "&Keyboard shortcuts",
    "&Hjælp": "&Help",
    "Ulæst": "Unread",
    "Læst": "Read",
    "Forberedt": "Prepared",
    "%1 af %2 forberedt": "%1 of %2 prepared",
    "Læsestatus": "Reading status",
    "Et punkt bliver læst af sig selv, når du har haft det åbent et stykke tid": "An item becomes read by "
    "itself once you have had it open for a while",
    "Farve": "Colour",
    "Gå til næste / forrige felt": "Go to the next / previous field",
    "Tab / Shift+Tab": "Tab / Shift+Tab",
    "Fra filteret ned i resultaterne": "From the filter down into the results",
    "Pil ned": "Down arrow",
    "Åbn det valgte punkt og læs": "Open the selected item and read",
    "Enter": "Enter",
    "Ryd filteret (punktet bliver valgt)": "Clear the filter (the item stays selected)",
    "Esc": "Esc",
    "Vælg tekst i punktet med tastaturet": "Select text in the item with the keyboard",
    "Shift+piltaster": "Shift+arrow keys",
    "Indsæt et tabulatortegn i noten": "Insert a tab character in the note",
    "Ctrl+Tab": "Ctrl+Tab",
    "Tastaturgenveje": "Keyboard shortcuts",
    "Handling": "Action",
    "Tast": "Key",
    "Tilpas bredde": "Fit width",
    "Ekstern fremviser": "External viewer",
    "%1 indeholder kun nogle af punkterne i %2, %3 (%4 punkter).": "%1 holds only some of the items of %2, %3 "
    "(%4 items).",
    "Føj dokumentets punkter til mødet, så de øvrige punkter bevares, eller erstat mødet med dokumentet — punkter, "
    "der ikke er med, fjernes, og deres noter gemmes under Rediger → Noter uden punkt.": "Add the document's items "
    "to the meeting, keeping its other items, or replace the meeting with the document — items not in it are "
    "removed, and their notes are kept under Edit → Notes without an item.",
    "Føj til mødet": "Add to the meeting",
    "Erstat mødet": "Replace the meeting",
    "Spring over": "Skip",
    "Profilen bruges lige nu af en anden Mødemappe (et vindue eller en kommando). Intet er importeret; prøv igen "
    "om lidt.": "The profile is in use by another Mødemappe right now (a window or a command). Nothing was "
    "imported; try again in a moment.",
    "JSON-filen er ikke et møde fra en FirstAgenda-portal.":
        "The JSON file is not a meeting from a FirstAgenda portal.",
    "Portalen kan ikke nås.": "The portal cannot be reached.",
    "Portalen svarede ikke i tide.": "The portal did not answer in time.",
    "Portalen svarede med en fejl.": "The portal answered with an error.",
    "Svaret var for stort.": "The answer was too large.",
    "Forbindelsen blev afbrudt.": "The connection broke off.",
    "Portalen svarede med noget uventet — er det en FirstAgenda-portal?":
        "The portal answered with something unexpected — is it a FirstAgenda portal?",
    "Portalen henviste til en anden server; det følges ikke.":
        "The portal redirected to another server; that is not followed.",
    "Det er ikke en gyldig adresse.": "That is not a valid address.",
    "Portalen kunne ikke bruges.": "The portal could not be used.",
    "Følg udvalg": "Follow committees",
    "Portalens adresse": "Portal address",
    "Hent udvalg": "Get committees",
    "Skriv adressen på kommunens FirstAgenda-portal og hent dens udvalg.":
        "Enter the address of the municipality's FirstAgenda portal and get its committees.",
    "Filtrér udvalg …": "Filter committees …",
    "Synkronisér ved start, når der er netværk": "Sync at start when online",
    "Følg valgte udvalg": "Follow selected committees",
    "Portal:": "Portal:",
    "%1 (%2 møder)": "%1 (%2 meetings)",
    "%1 udvalg på %2": "%1 committees on %2",
    "Henter udvalg …": "Getting committees …",
    "Annullér synkroniseringen": "Cancel the sync",
    "Følger: %1": "Following: %1",
    "Synkroniserer %1 af %2: %3": "Syncing %1 of %2: %3",
    "Følg &udvalg …": "Follow &committees …",
    "Følg udvalg på kommunens FirstAgenda-portal": "Follow committees on the municipality's FirstAgenda portal",
    "S&ynkronisér udvalg": "S&ync committees",
    "Hent nye dagsordener, referater og bilag fra de fulgte udvalg":
        "Get new agendas, minutes and attachments of the followed committees",
    "Ingen netværksforbindelse — udvalgene synkroniseres senere.":
        "No network connection — the committees will be synced later.",
    "Synkroniseringen mislykkedes: %1": "The sync failed: %1",
    "Portalen kan ikke nås — prøv igen senere.": "The portal cannot be reached — try again later.",
    "Synkroniseret: %1 nye, %2 opdaterede, %3 uændrede": "Synced: %1 new, %2 updated, %3 unchanged",
    "%1 kunne ikke hentes": "%1 could not be fetched",
    "annulleret — fortsætter næste gang": "cancelled — continues next time",
    "%1 noter uden punkt": "%1 notes without an item",
    # The briefing PDF (app/export/briefing.py)
    "Personlig forberedelse": "Personal preparation",
    "Personlig forberedelse til %1": "Personal preparation for %1",
    "Min forberedelse": "My preparation",
    "Holdning:": "Stance:",
    "Tags:": "Tags:",
    "åben": "open",
    "færdig": "done",
    ", frist %1": ", due %1",
    "OVERSKREDET": "OVERDUE",
    "Opfølgning:": "Follow-up:",
    "Noter:": "Notes:",
    "bilag": "attachment",
    "Bilag: %1": "Attachment: %1",
    "%1 (side %2)": "%1 (pages %2)",
    " kl. %1": " at %1",
    "Deltagere: %1": "Participants: %1",
    "Fraværende: %1": "Absent: %1",
    "Briefing": "Briefing",
    "%1 punkter fra %2 møder": "%1 items from %2 meetings",
    "Dannet %1": "Made %1",
    "Indhold": "Contents",
    " (lukket)": " (closed)",
    "[Lukket]": "[Closed]",
    "Sagsnr. %1": "Case no. %1",
    "Side %1 af %2": "Page %1 of %2",
    "Flere filer, end én import tager; de blev ikke læst.": "More files than one import takes; those were not read.",
    "En zip-fil inde i en zip-fil åbnes ikke.": "A zip file inside a zip file is not opened.",
    "Siden kunne ikke vises: den tog for lang tid at tegne.": "The page could not be shown: it took too long to draw.",
    "Siden kunne ikke vises. Den kan være beskadiget.": "The page could not be shown. It may be damaged.",
    "(afkortet her: hele noten står i Mødemappe)": "(cut here: the whole note is in Mødemappe)",
}


# Counted texts: source → (one, many) in each language.
PLURALS_EN = {
    "%n nye beslutninger": ("%n new decision", "%n new decisions"),
    "%n punkter udgået": ("%n item withdrawn", "%n items withdrawn"),
    "%n nye punkter": ("%n new item", "%n new items"),
    "%n punkter med nyt nummer": ("%n item renumbered", "%n items renumbered"),
    "%n ændrede indstillinger": ("%n changed recommendation", "%n changed recommendations"),
    "%n andre punkter ændret": ("%n other item changed", "%n other items changed"),
    "%n bilag placeret": ("%n attachment placed", "%n attachments placed"),
    "%n bilag knyttet til deres punkt": ("%n attachment linked to its item", "%n attachments linked to their items"),
    "%n bilag venter på at blive placeret": ("%n attachment waits to be placed", "%n attachments wait to be placed"),
    "%n træf": ("%n hit", "%n hits"),
    "%n træf · søgeindekset opdateres …": ("%n hit · the search index is being updated …",
                                           "%n hits · the search index is being updated …"),
    "%n møder": ("%n meeting", "%n meetings"),
    "%n punkter": ("%n item", "%n items"),
    "%n møder importeret": ("%n meeting imported", "%n meetings imported"),
    "%n møder opdateret": ("%n meeting updated", "%n meetings updated"),
    "%n punkter føjet til deres møde": ("%n item added to its meeting", "%n items added to their meetings"),
    "%n filer var allerede importeret": ("%n file was already imported", "%n files were already imported"),
    "%n filer kunne ikke importeres:": ("%n file could not be imported:", "%n files could not be imported:"),
    "%n noter mistede deres punkt (se Rediger → Noter uden punkt)": (
        "%n note lost its item (see Edit → Notes without an item)",
        "%n notes lost their item (see Edit → Notes without an item)",
    ),
}
PLURALS_DA = {
    "%n nye beslutninger": ("%n ny beslutning", "%n nye beslutninger"),
    "%n punkter udgået": ("%n punkt udgået", "%n punkter udgået"),
    "%n nye punkter": ("%n nyt punkt", "%n nye punkter"),
    "%n punkter med nyt nummer": ("%n punkt med nyt nummer", "%n punkter med nyt nummer"),
    "%n ændrede indstillinger": ("%n ændret indstilling", "%n ændrede indstillinger"),
    "%n andre punkter ændret": ("%n andet punkt ændret", "%n andre punkter ændret"),
    "%n bilag placeret": ("%n bilag placeret", "%n bilag placeret"),
    "%n bilag knyttet til deres punkt": ("%n bilag knyttet til sit punkt", "%n bilag knyttet til deres punkt"),
    "%n bilag venter på at blive placeret": ("%n bilag venter på at blive placeret",
                                             "%n bilag venter på at blive placeret"),
    "%n træf": ("%n træf", "%n træf"),
    "%n træf · søgeindekset opdateres …": ("%n træf · søgeindekset opdateres …", "%n træf · søgeindekset opdateres …"),
    "%n møder": ("%n møde", "%n møder"),
    "%n punkter": ("%n punkt", "%n punkter"),
    "%n møder importeret": ("%n møde importeret", "%n møder importeret"),
    "%n møder opdateret": ("%n møde opdateret", "%n møder opdateret"),
    "%n punkter føjet til deres møde": ("%n punkt føjet til sit møde", "%n punkter føjet til deres møde"),
    "%n filer var allerede importeret": ("%n fil var allerede importeret", "%n filer var allerede importeret"),
    "%n filer kunne ikke importeres:": ("%n fil kunne ikke importeres:", "%n filer kunne ikke importeres:"),
    "%n noter mistede deres punkt (se Rediger → Noter uden punkt)": (
        "%n note mistede sit punkt (se Rediger → Noter uden punkt)",
        "%n noter mistede deres punkt (se Rediger → Noter uden punkt)",
    ),
}


def _fill_plural(message: ET.Element, forms: tuple[str, str]) -> None:
    translation = message.find("translation")
    if translation is None:
        return
    for child in list(translation):
        translation.remove(child)
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    translation.attrib.pop("type", None)


def _update_danish_plurals(sources: list[str]) -> list[str]:
    """moedemappe_da: the singular and plural of every counted text, nothing else."""
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS_DA), "-source-language", "da", "-target-language", "da",
         "-no-obsolete"],
        check=True,
    )  # fmt: skip
    tree = ET.parse(TS_DA)
    missing = []
    for message in tree.iter("message"):
        if message.get("numerus") == "yes":
            source = message.findtext("source") or ""
            if source in PLURALS_DA:
                _fill_plural(message, PLURALS_DA[source])
            else:
                missing.append(source)
    tree.write(TS_DA, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS_DA)], check=True)
    return missing


def _add_model_labels(ts: Path) -> None:
    """Labels defined once in the model (``app.ui.formatting.label`` translates them) into context "Labels"."""
    sys.path.insert(0, str(ROOT))
    from app.model.annotation import FOLLOW_UP_LABELS, READING_LABELS, STANCE_LABELS

    tree = ET.parse(ts)
    root = tree.getroot()
    for old in [c for c in root.iter("context") if c.findtext("name") == "Labels"]:
        root.remove(old)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Labels"
    for text in [*STANCE_LABELS.values(), *FOLLOW_UP_LABELS.values(), *READING_LABELS.values()]:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        ET.SubElement(message, "translation", {"type": "unfinished"})
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py") if p.parent.name == "ui" or "services" in p.parts
                     or (p.parent.name == "export" and p.name in ("briefing.py", "dates.py")))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS), "-source-language", "da", "-target-language", "en",
         "-no-obsolete"],
        check=True,
    )  # fmt: skip
    _add_model_labels(TS)
    tree = ET.parse(TS)
    missing = _update_danish_plurals(sources)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            if source in PLURALS_EN:
                _fill_plural(message, PLURALS_EN[source])
            else:
                missing.append(source)
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
