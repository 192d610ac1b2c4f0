<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>EditMeetingDialog</name>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="21" />
        <source>Ret mødets oplysninger</source>
        <translation>Correct meeting details</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="30" />
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="31" />
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="32" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="67" />
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="68" />
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69" />
        <source>Lukket punkt — indholdet er ikke offentliggjort.</source>
        <translation>Closed item — the content is not published.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70" />
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="71" />
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="72" />
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73" />
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75" />
        <source>Mødested</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="76" />
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77" />
        <source>Punkter</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78" />
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79" />
        <source>Orientering</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80" />
        <source>Drøftelse</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="81" />
        <source>uden dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82" />
        <source>side</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86" />
        <source>Mødemappe</source>
        <translation>Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>Filtrér møder og punkter …</source>
        <translation>Filter meetings and items …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128" />
        <source>&amp;Importér …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source>Importér dagsordener og referater (PDF eller tekst)</source>
        <translation>Import agendas and minutes (PDF or text)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131" />
        <source>&amp;Ret mødets oplysninger …</source>
        <translation>&amp;Correct meeting details …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>&amp;Fjern møde …</source>
        <translation>&amp;Remove meeting …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133" />
        <source>Åbn &amp;original</source>
        <translation>Open &amp;original</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134" />
        <source>Åbn kildefilen ved punktets side</source>
        <translation>Open the source file at the item's page</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135" />
        <source>&amp;Forrige punkt</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136" />
        <source>&amp;Næste punkt</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="137" />
        <source>Zoom &amp;ind</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138" />
        <source>Zoom &amp;ud</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139" />
        <source>&amp;Normal størrelse</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140" />
        <source>Filtrér</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="150" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>&amp;Møde</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="156" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160" />
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162" />
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199" />
        <source>1 møde</source>
        <translation>1 meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199" />
        <source>%1 møder</source>
        <translation>%1 meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>1 punkt</source>
        <translation>1 item</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="201" />
        <source>%1 punkter</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="207" />
        <source>Velkommen til Mødemappe</source>
        <translation>Welcome to Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="209" />
        <source>Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — via Fil → Importér eller ved at trække filerne ind i vinduet.</source>
        <translation>The library is empty. Import agendas and minutes as PDF or text — with File → Import or by dragging the files onto the window.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="212" />
        <source>Importér filer …</source>
        <translation>Import files …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213" />
        <source>Indlæs demo-biblioteket (fem rigtige referater)</source>
        <translation>Load the demo library (five real sets of minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246" />
        <location filename="../../app/ui/main_window.py" line="393" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="350" />
        <source>Importér dagsordener og referater</source>
        <translation>Import agendas and minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351" />
        <source>Mødepapirer (*.pdf *.txt *.md);;Alle filer (*)</source>
        <translation>Meeting papers (*.pdf *.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="359" />
        <source>Importerer fil %1 af %2: %3</source>
        <translation>Importing file %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>1 møde importeret</source>
        <translation>1 meeting imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="374" />
        <source>%1 møder importeret</source>
        <translation>%1 meetings imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>1 møde opdateret</source>
        <translation>1 meeting updated</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>%1 møder opdateret</source>
        <translation>%1 meetings updated</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381" />
        <source>1 fil var allerede importeret</source>
        <translation>1 file was already imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382" />
        <source>%1 filer var allerede importeret</source>
        <translation>%1 files were already imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386" />
        <source>importen blev annulleret</source>
        <translation>the import was cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391" />
        <source>1 fil kunne ikke importeres:</source>
        <translation>1 file could not be imported:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391" />
        <source>%1 filer kunne ikke importeres:</source>
        <translation>%1 files could not be imported:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418" />
        <source>Fjern møde</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="419" />
        <source>Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.</source>
        <translation>Remove %1 from the library? The source file is deleted from Mødemappe, not from your computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="431" />
        <source>Kildefilen findes ikke længere.</source>
        <translation>The source file no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="471" />
        <source>Sproget skiftes, næste gang Mødemappe startes.</source>
        <translation>The language changes the next time Mødemappe starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="49" />
        <source>Der opstod en uventet fejl. Dit arbejde er gemt.</source>
        <translation>An unexpected error occurred. Your work is saved.</translation>
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="66" />
        <source>Ukendt kommune</source>
        <translation>Unknown municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="70" />
        <source>Ukendt udvalg</source>
        <translation>Unknown committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="76" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="78" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="176" />
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="184" />
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="13" />
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="14" />
        <source>Filen findes ikke.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>Filen kan ikke læses.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Filen er hverken en PDF eller en tekstfil.</source>
        <translation>The file is neither a PDF nor a text file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>PDF-filen er beskadiget eller ufuldstændig.</source>
        <translation>The PDF file is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>PDF-filen er beskyttet med en adgangskode.</source>
        <translation>The PDF file is protected by a password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>PDF-filen er en scanning uden tekst — kør tekstgenkendelse (OCR) først.</source>
        <translation>The PDF file is a scan without text — run text recognition (OCR) first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>Teksten ligner ikke en dagsorden eller et referat.</source>
        <translation>The text does not look like an agenda or minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>Denne filtype understøttes ikke.</source>
        <translation>This kind of file is not supported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Filen kunne ikke importeres.</source>
        <translation>The file could not be imported.</translation>
    </message>
</context>
</TS>