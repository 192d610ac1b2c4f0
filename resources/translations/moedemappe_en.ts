<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AnnotationService</name>
    <message>
        <location filename="../../app/services/annotations.py" line="111" />
        <source>Ret note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="114" />
        <source>Skift holdning</source>
        <translation>Change position</translation>
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="117" />
        <source>Ret opfølgning</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="120" />
        <source>Tilføj tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="124" />
        <source>Fjern tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="128" />
        <source>Markér tekst</source>
        <translation>Highlight text</translation>
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="131" />
        <source>Slet markering</source>
        <translation>Delete highlight</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="45" />
        <source>Gem briefing</source>
        <translation>Save briefing</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="46" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="51" />
        <source>Skriver briefing …</source>
        <translation>Writing the briefing …</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="55" />
        <source>Briefing gemt (%1 sider): %2</source>
        <translation>Briefing saved (%1 pages): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="59" />
        <source>Briefing gemt: %1 — der er ingen PDF-fremviser på systemet, der kunne åbne den.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="64" />
        <source>Briefingen kunne ikke skrives: %1</source>
        <translation>The briefing could not be written: %1</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="50" />
        <source>Eksportér briefing (PDF)</source>
        <translation>Export briefing (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="53" />
        <source>Det valgte møde</source>
        <translation>The selected meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="54" />
        <source>Alle punkter med tagget</source>
        <translation>Every item tagged</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="55" />
        <source>Alle punkter med åben opfølgning</source>
        <translation>Every item with an open follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="80" />
        <source>Tag hele teksten med for hvert punkt</source>
        <translation>Include the full text of each item</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="82" />
        <source>Vis kort</source>
        <translation>Show briefly</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="83" />
        <source>Udelad</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="86" />
        <source>Dit navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="87" />
        <source>Punkter uden noter</source>
        <translation>Items without notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="88" />
        <source>Papir</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="92" />
        <source>Eksportér …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="127" />
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="129" />
        <source>Åbne opfølgninger</source>
        <translation>Open follow-ups</translation>
    </message>
</context>
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
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="41" />
        <source>Efter frist</source>
        <translation>By due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="42" />
        <source>Efter tag</source>
        <translation>By tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="43" />
        <source>Vis færdige</source>
        <translation>Show done</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="53" />
        <source>Markér som færdig</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="108" />
        <source>Færdige</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="110" />
        <source>Uden frist</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="112" />
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="113" />
        <source>Frist %1</source>
        <translation>Due %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="43" />
        <source>uden dato</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>HighlightController</name>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="70" />
        <source>Vælg først noget tekst i punktet.</source>
        <translation>First select some text in the item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="73" />
        <source>Markering</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="73" />
        <source>Kommentar (valgfri):</source>
        <translation>Comment (optional):</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/ui/import_controller.py" line="64" />
        <location filename="../../app/ui/import_controller.py" line="66" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="64" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="67" />
        <location filename="../../app/ui/import_controller.py" line="137" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="91" />
        <source>Importerer fil %1 af %2: %3</source>
        <translation>Importing file %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="120" />
        <source>%n møder importeret</source>
        <translation>
            <numerusform>%n meeting imported</numerusform><numerusform>%n meetings imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="122" />
        <source>%n møder opdateret</source>
        <translation>
            <numerusform>%n meeting updated</numerusform><numerusform>%n meetings updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="124" />
        <source>%n punkter føjet til deres møde</source>
        <translation>
            <numerusform>%n item added to its meeting</numerusform><numerusform>%n items added to their meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="126" />
        <source>%n filer var allerede importeret</source>
        <translation>
            <numerusform>%n file was already imported</numerusform><numerusform>%n files were already imported</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="128" />
        <source>importen blev annulleret</source>
        <translation>the import was cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="130" />
        <source>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</source>
        <translation>
            <numerusform>%n note lost its item (see Edit → Notes without an item)</numerusform><numerusform>%n notes lost their item (see Edit → Notes without an item)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="136" />
        <source>%n filer kunne ikke importeres:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="56" />
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="57" />
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="58" />
        <source>Lukket punkt — indholdet er ikke offentliggjort.</source>
        <translation>Closed item — the content is not published.</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60" />
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="61" />
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="62" />
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="63" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="64" />
        <source>Mødested</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="65" />
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66" />
        <source>Punkter</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="67" />
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="68" />
        <source>Orientering</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="69" />
        <source>Drøftelse</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="70" />
        <source>Sagshistorik (samme sagsnummer)</source>
        <translation>Case history (same case number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="71" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="72" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="175" />
        <source>Velkommen til Mødemappe</source>
        <translation>Welcome to Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="176" />
        <source>Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — via Fil → Importér eller ved at trække filerne ind i vinduet.</source>
        <translation>The library is empty. Import agendas and minutes as PDF or text — with File → Import or by dragging the files onto the window.</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="181" />
        <source>Importér filer …</source>
        <translation>Import files …</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="182" />
        <source>Indlæs demo-biblioteket (fem rigtige referater)</source>
        <translation>Load the demo library (five real sets of minutes)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../app/ui/main_actions.py" line="23" />
        <source>&amp;Importér …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="24" />
        <source>Importér dagsordener og referater (PDF eller tekst)</source>
        <translation>Import agendas and minutes (PDF or text)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="25" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="26" />
        <source>Eksportér &amp;briefing (PDF) …</source>
        <translation>Export &amp;briefing (PDF) …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="27" />
        <source>&amp;Ret mødets oplysninger …</source>
        <translation>&amp;Correct meeting details …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="28" />
        <source>&amp;Fjern møde …</source>
        <translation>&amp;Remove meeting …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="29" />
        <source>Vis &amp;original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="30" />
        <source>Vis den oprindelige PDF ved punktets side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="31" />
        <source>Åbn i &amp;ekstern fremviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="32" />
        <source>Åbn kildefilen i systemets PDF-fremviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="33" />
        <source>&amp;Forrige punkt</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="34" />
        <source>&amp;Næste punkt</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="35" />
        <source>Zoom &amp;ind</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="36" />
        <source>Zoom &amp;ud</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="37" />
        <source>&amp;Normal størrelse</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="38" />
        <source>Filtrér møder</source>
        <translation>Filter meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="39" />
        <source>&amp;Søg …</source>
        <translation>&amp;Search …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="40" />
        <source>Søg overalt</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="41" />
        <source>Næste &amp;træf</source>
        <translation>Next &amp;hit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="42" />
        <source>Forrige t&amp;ræf</source>
        <translation>Previous h&amp;it</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="43" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="45" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="47" />
        <source>&amp;Markér valgt tekst</source>
        <translation>&amp;Highlight selected text</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="48" />
        <source>&amp;Noter uden punkt …</source>
        <translation>&amp;Notes without an item …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="67" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="71" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="77" />
        <source>&amp;Møde</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="79" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="83" />
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="85" />
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="83" />
        <source>Mødemappe</source>
        <translation>Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171" />
        <source>Kun læsning — intet kan gemmes lige nu. %1</source>
        <translation>Read only — nothing can be saved right now. %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>%n møder</source>
        <translation>
            <numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>%n punkter</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="336" />
        <source>Importér dagsordener og referater</source>
        <translation>Import agendas and minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337" />
        <source>Mødepapirer (*.pdf *.txt *.md);;Alle filer (*)</source>
        <translation>Meeting papers (*.pdf *.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351" />
        <source>Sproget skiftes, næste gang Mødemappe startes.</source>
        <translation>The language changes the next time Mødemappe starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312" />
        <source>Træf %1 af %2</source>
        <translation>Hit %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379" />
        <source>Søgeindekset er opdateret.</source>
        <translation>The search index is up to date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="54" />
        <source>Der opstod en uventet fejl. Dit arbejde er gemt.</source>
        <translation>An unexpected error occurred. Your work is saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="73" />
        <source>En del af dine noter kunne ikke læses.</source>
        <translation>Some of your notes could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="75" />
        <source>Filen kan ikke læses og er ladt urørt: %1</source>
        <translation>The file cannot be read and was left as it is: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="77" />
        <source>Filen er flyttet til side og er ikke slettet: %1</source>
        <translation>The file was moved aside, not deleted: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="80" />
        <source>En sikkerhedskopi af dine noter gemmes stadig.</source>
        <translation>A backup of your notes is still being kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="81" />
        <source>Den blev sat til side, da en beskadiget fil blev fundet, og gemmes, til du vælger.</source>
        <translation>It was set aside when a damaged file was found and is kept until you decide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="88" />
        <source>Hent noterne fra sikkerhedskopien</source>
        <translation>Bring back the notes from the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="91" />
        <source>Kassér sikkerhedskopien</source>
        <translation>Dismiss the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="93" />
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="152" />
        <source>Mødemappe er allerede åben med denne profil. Skift til det åbne vindue.</source>
        <translation>Mødemappe is already open with this profile. Switch to the open window.</translation>
    </message>
</context>
<context>
    <name>MeetingBrowser</name>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="32" />
        <source>Filtrér møder og punkter …</source>
        <translation>Filter meetings and items …</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="39" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="45" />
        <source>Fjern møde</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="46" />
        <source>Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.</source>
        <translation>Remove %1 from the library? The source file is deleted from Mødemappe, not from your computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="57" />
        <source>Kildefilen findes ikke længere.</source>
        <translation>The source file no longer exists.</translation>
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="70" />
        <source>Ukendt kommune</source>
        <translation>Unknown municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="74" />
        <source>Ukendt udvalg</source>
        <translation>Unknown committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="80" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="82" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="193" />
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="201" />
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="14" />
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>Filen findes ikke.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Filen kan ikke læses.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>Filen er hverken en PDF eller en tekstfil.</source>
        <translation>The file is neither a PDF nor a text file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>PDF-filen er beskadiget eller ufuldstændig.</source>
        <translation>The PDF file is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>PDF-filen er beskyttet med en adgangskode.</source>
        <translation>The PDF file is protected by a password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22" />
        <source>PDF-filen er en scanning uden tekst — kør tekstgenkendelse (OCR) først.</source>
        <translation>The PDF file is a scan without text — run text recognition (OCR) first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25" />
        <source>Teksten ligner ikke en dagsorden eller et referat.</source>
        <translation>The text does not look like an agenda or minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="28" />
        <source>Denne filtype understøttes ikke.</source>
        <translation>This kind of file is not supported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Ikke en almindelig fil (en pipe, en enhed eller en mappe) — den er ikke læst.</source>
        <translation>Not a regular file (a pipe, a device or a folder) — it was not read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32" />
        <source>Filen er for stor til at blive importeret sikkert.</source>
        <translation>The file is too large to import safely.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33" />
        <source>Det tog for lang tid at læse filen; den blev stoppet.</source>
        <translation>Reading the file took too long; it was stopped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36" />
        <source>Filen er beskadiget eller i en form, Mødemappe ikke kan læse.</source>
        <translation>The file is damaged or in a form Mødemappe cannot read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39" />
        <source>Filnavnet er for langt til systemet.</source>
        <translation>The file name is too long for the system.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40" />
        <source>Du har ikke adgang til at læse filen.</source>
        <translation>You have no permission to read the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>Disken er fuld; filen blev ikke gemt.</source>
        <translation>The disk is full; the file was not stored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>Profilmappen er skrivebeskyttet; filen blev ikke gemt.</source>
        <translation>The profile folder is read-only; the file was not stored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45" />
        <source>Importen blev afbrudt; importér filen igen.</source>
        <translation>The import was interrupted; import the file again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46" />
        <source>Profilen bruges af en anden Mødemappe; intet blev gemt.</source>
        <translation>The profile is in use by another Mødemappe; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50" />
        <source>Filen kunne ikke importeres.</source>
        <translation>The file could not be imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56" />
        <source>Der er ingen PDF-fremviser på systemet, der kunne åbne filen. Brug fanen Original i stedet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64" />
        <source>Disken er fuld. Frigør plads, og start Mødemappe igen for at kunne gemme.</source>
        <translation>The disk is full. Free some space and start Mødemappe again to save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="67" />
        <source>Profilmappens sti er for lang til systemet.</source>
        <translation>The profile folder's path is too long for the system.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="71" />
        <source>Profilmappen er skrivebeskyttet (eller du har ikke skriveadgang).</source>
        <translation>The profile folder is read-only (or you have no write permission).</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="82" />
        <source>Holdning</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="84" />
        <source>Ikke taget stilling</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="84" />
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="85" />
        <source>Imod</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="85" />
        <source>I tvivl</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="88" />
        <location filename="../../app/ui/notes_panel.py" line="92" />
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="90" />
        <source>Spørgsmål, synspunkter, hvad du vil sige på mødet …</source>
        <translation>Questions, views, what you want to say at the meeting …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="97" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="102" />
        <source>Tilføj tag og tryk Enter</source>
        <translation>Add a tag and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="108" />
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="110" />
        <source>Ingen opfølgning</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="110" />
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="111" />
        <source>Færdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="113" />
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="124" />
        <source>fx: spørg forvaltningen om tallene for 2023</source>
        <translation>e.g. ask the administration for the 2023 figures</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="126" />
        <source>Markeringer</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="129" />
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="129" />
        <source>Grøn</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="129" />
        <source>Blå</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="129" />
        <source>Rød</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="132" />
        <source>Markér valgt tekst</source>
        <translation>Highlight selected text</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="133" />
        <source>Markér den tekst, du har valgt i punktet (Ctrl+M)</source>
        <translation>Highlight the text you selected in the item (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="142" />
        <source>Slet markering</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="169" />
        <source>Vælg et punkt for at skrive noter</source>
        <translation>Select an item to write notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="195" />
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="217" />
        <source>Klik for at fjerne; højreklik for farve og omdøbning</source>
        <translation>Click to remove; right-click for colour and renaming</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="234" />
        <source>(findes ikke længere i teksten)</source>
        <translation>(no longer found in the text)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="255" />
        <source>Ikke gemt endnu …</source>
        <translation>Not saved yet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="277" />
        <source>Omdøb tag overalt …</source>
        <translation>Rename tag everywhere …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="278" />
        <source>Skift farve …</source>
        <translation>Change colour …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="281" />
        <source>Omdøb tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="281" />
        <source>Nyt navn til “%1”:</source>
        <translation>New name for “%1”:</translation>
    </message>
</context>
<context>
    <name>OriginalPane</name>
    <message>
        <location filename="../../app/ui/original_pane.py" line="56" />
        <source>Punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="57" />
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="58" />
        <source>Den oprindelige PDF ved punktets side (Ctrl+Shift+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="120" />
        <source>Mødet er importeret fra en tekstfil eller kildefilen findes ikke længere; der er ingen sider at vise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="124" />
        <source>Mødets dokument</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="24" />
        <source>Noter uden punkt</source>
        <translation>Notes without an item</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="27" />
        <source>Disse noter hørte til punkter, der ikke findes i den nyeste udgave af dokumentet. Intet er slettet.</source>
        <translation>These notes belonged to items that are not in the newest version of the document. Nothing has been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="35" />
        <source>Knyt til det valgte punkt</source>
        <translation>Attach to the selected item</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="56" />
        <source>Ingen noter mangler et punkt.</source>
        <translation>No notes are missing an item.</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../app/ui/page_view.py" line="106" />
        <source>Originalens sider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="297" />
        <source>Side %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../app/ui/page_view.py" line="353" />
        <source>Dokument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="354" />
        <source>Forrige side (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="355" />
        <source>Næste side (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="359" />
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="361" />
        <source>Zoom ud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="365" />
        <source>Zoom ind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="366" />
        <source>Tilpas bredde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="366" />
        <source>Tilpas siden til vinduets bredde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="369" />
        <source>Ekstern fremviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="369" />
        <source>Åbn filen i systemets PDF-fremviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="436" />
        <source>Der er ingen PDF at vise for dette punkt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="497" />
        <source>PDF-filen har ingen sider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="513" />
        <source>PDF-filen kunne ikke vises. Den kan være beskadiget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="528" />
        <source>%1 mangler: filen er ikke hentet eller importeret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="550" />
        <source>af %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="138" />
        <source>Søg i alle møder og dine noter … (Ctrl+K)</source>
        <translation>Search all meetings and your notes … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="151" />
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="154" />
        <source>Har noter</source>
        <translation>Has notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="155" />
        <source>Åben opfølgning</source>
        <translation>Open follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="160" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="161" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="210" />
        <source>Alle kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="212" />
        <source>Alle udvalg</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="214" />
        <source>Dagsordener og referater</source>
        <translation>Agendas and minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="215" />
        <source>Kun referater</source>
        <translation>Minutes only</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="215" />
        <source>Kun dagsordener</source>
        <translation>Agendas only</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="216" />
        <source>Alle tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="255" />
        <source>Søger …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="263" />
        <location filename="../../app/ui/search_panel.py" line="270" />
        <source>Søgeindekset var beskadiget og bygges op igen …</source>
        <translation>The search index was damaged and is being rebuilt …</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="265" />
        <source>%1 træf · søgeindekset opdateres …</source>
        <translation>%1 hits · the search index is being updated …</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="267" />
        <source>%1 træf</source>
        <translation>%1 hits</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="267" />
        <source>Ingen træf</source>
        <translation>No hits</translation>
    </message>
</context>
</TS>