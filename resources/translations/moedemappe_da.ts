<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>AnnotationService</name>
    <message>
        <location filename="../../app/services/annotations.py" line="111" />
        <source>Ret note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="114" />
        <source>Skift holdning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="117" />
        <source>Ret opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="120" />
        <source>Tilføj tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="124" />
        <source>Fjern tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="128" />
        <source>Markér tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="131" />
        <source>Slet markering</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="45" />
        <source>Gem briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="46" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="51" />
        <source>Skriver briefing …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="55" />
        <source>Briefing gemt (%1 sider): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="61" />
        <source>Briefingen kunne ikke skrives: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="50" />
        <source>Eksportér briefing (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="53" />
        <source>Det valgte møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="54" />
        <source>Alle punkter med tagget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="55" />
        <source>Alle punkter med åben opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="80" />
        <source>Tag hele teksten med for hvert punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="82" />
        <source>Vis kort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="83" />
        <source>Udelad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="86" />
        <source>Dit navn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="87" />
        <source>Punkter uden noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="88" />
        <source>Papir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="92" />
        <source>Eksportér …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="126" />
        <source>Tag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="128" />
        <source>Åbne opfølgninger</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditMeetingDialog</name>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="21" />
        <source>Ret mødets oplysninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="30" />
        <source>Kommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="31" />
        <source>Udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/edit_meeting_dialog.py" line="32" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="40" />
        <source>Efter frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="41" />
        <source>Efter tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="42" />
        <source>Vis færdige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="52" />
        <source>Markér som færdig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="107" />
        <source>Færdige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="109" />
        <source>Uden frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="111" />
        <source>Overskredet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="112" />
        <source>Frist %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="37" />
        <source>uden dato</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HighlightController</name>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="70" />
        <source>Vælg først noget tekst i punktet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="73" />
        <source>Markering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="73" />
        <source>Kommentar (valgfri):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/ui/import_controller.py" line="60" />
        <source>Importerer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="60" />
        <source>Annullér</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="61" />
        <location filename="../../app/ui/import_controller.py" line="125" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="85" />
        <source>Importerer fil %1 af %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="108" />
        <source>%n møder importeret</source>
        <translation>
            <numerusform>%n møde importeret</numerusform><numerusform>%n møder importeret</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="110" />
        <source>%n møder opdateret</source>
        <translation>
            <numerusform>%n møde opdateret</numerusform><numerusform>%n møder opdateret</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="112" />
        <source>%n punkter føjet til deres møde</source>
        <translation>
            <numerusform>%n punkt føjet til sit møde</numerusform><numerusform>%n punkter føjet til deres møde</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="114" />
        <source>%n filer var allerede importeret</source>
        <translation>
            <numerusform>%n fil var allerede importeret</numerusform><numerusform>%n filer var allerede importeret</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="116" />
        <source>importen blev annulleret</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="118" />
        <source>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</source>
        <translation>
            <numerusform>%n note mistede sit punkt (se Rediger → Noter uden punkt)</numerusform><numerusform>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="124" />
        <source>%n filer kunne ikke importeres:</source>
        <translation>
            <numerusform>%n fil kunne ikke importeres:</numerusform><numerusform>%n filer kunne ikke importeres:</numerusform></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="50" />
        <source>Sagsnr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="51" />
        <source>Lukket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="52" />
        <source>Lukket punkt — indholdet er ikke offentliggjort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="53" />
        <source>Fraværende</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="54" />
        <source>Bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="55" />
        <source>Udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="56" />
        <source>Kommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="57" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="58" />
        <source>Mødested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>Deltagere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60" />
        <source>Punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="61" />
        <source>Beslutning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="62" />
        <source>Orientering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="63" />
        <source>Drøftelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="64" />
        <source>Sagshistorik (samme sagsnummer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="65" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="169" />
        <source>Velkommen til Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="170" />
        <source>Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — via Fil → Importér eller ved at trække filerne ind i vinduet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="175" />
        <source>Importér filer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="176" />
        <source>Indlæs demo-biblioteket (fem rigtige referater)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../app/ui/main_actions.py" line="23" />
        <source>&amp;Importér …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="24" />
        <source>Importér dagsordener og referater (PDF eller tekst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="25" />
        <source>&amp;Afslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="26" />
        <source>Eksportér &amp;briefing (PDF) …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="27" />
        <source>&amp;Ret mødets oplysninger …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="28" />
        <source>&amp;Fjern møde …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="29" />
        <source>Åbn &amp;original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="30" />
        <source>Åbn kildefilen ved punktets side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="31" />
        <source>&amp;Forrige punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="32" />
        <source>&amp;Næste punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="33" />
        <source>Zoom &amp;ind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="34" />
        <source>Zoom &amp;ud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="35" />
        <source>&amp;Normal størrelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="36" />
        <source>Filtrér møder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="37" />
        <source>&amp;Søg …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="38" />
        <source>Søg overalt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="39" />
        <source>Næste &amp;træf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="40" />
        <source>Forrige t&amp;ræf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="41" />
        <source>&amp;Fortryd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="43" />
        <source>&amp;Gentag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="45" />
        <source>&amp;Markér valgt tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="46" />
        <source>&amp;Noter uden punkt …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="65" />
        <source>&amp;Fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="69" />
        <source>&amp;Rediger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="75" />
        <source>&amp;Møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="77" />
        <source>&amp;Vis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="81" />
        <source>&amp;Sprog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="83" />
        <source>Værktøjslinje</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/launch.py" line="49" />
        <source>Der opstod en uventet fejl. Dit arbejde er gemt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="64" />
        <source>En del af dine noter kunne ikke læses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="65" />
        <source>Filen er flyttet til side (%1) og er ikke slettet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="72" />
        <source>Hent noterne fra den nyeste sikkerhedskopi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="96" />
        <source>Mødemappe er allerede åben med denne profil. Skift til det åbne vindue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="77" />
        <source>Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>Møder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>Søg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89" />
        <source>Opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>%n møder</source>
        <translation>
            <numerusform>%n møde</numerusform><numerusform>%n møder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="154" />
        <source>%n punkter</source>
        <translation>
            <numerusform>%n punkt</numerusform><numerusform>%n punkter</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275" />
        <source>Træf %1 af %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299" />
        <source>Importér dagsordener og referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300" />
        <source>Mødepapirer (*.pdf *.txt *.md);;Alle filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314" />
        <source>Sproget skiftes, næste gang Mødemappe startes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342" />
        <source>Søgeindekset er opdateret.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingBrowser</name>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="32" />
        <source>Filtrér møder og punkter …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="39" />
        <source>Møder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="44" />
        <source>Fjern møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="45" />
        <source>Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="56" />
        <source>Kildefilen findes ikke længere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="69" />
        <source>Ukendt kommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="73" />
        <source>Ukendt udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="79" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="81" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="192" />
        <source>lukket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="200" />
        <source>Sagsnr.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="13" />
        <source>Filen er tom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="14" />
        <source>Filen findes ikke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15" />
        <source>Filen kan ikke læses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Filen er hverken en PDF eller en tekstfil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>PDF-filen er beskadiget eller ufuldstændig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>PDF-filen er beskyttet med en adgangskode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21" />
        <source>PDF-filen er en scanning uden tekst — kør tekstgenkendelse (OCR) først.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>Teksten ligner ikke en dagsorden eller et referat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>Denne filtype understøttes ikke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29" />
        <source>Filen kunne ikke importeres.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="80" />
        <source>Holdning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="82" />
        <source>Ikke taget stilling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="82" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="83" />
        <source>Imod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="83" />
        <source>I tvivl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="86" />
        <location filename="../../app/ui/notes_panel.py" line="90" />
        <source>Noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="88" />
        <source>Spørgsmål, synspunkter, hvad du vil sige på mødet …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="95" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="100" />
        <source>Tilføj tag og tryk Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="106" />
        <source>Opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="108" />
        <source>Ingen opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="108" />
        <source>Åben</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="109" />
        <source>Færdig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="111" />
        <source>Frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="122" />
        <source>fx: spørg forvaltningen om tallene for 2023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="124" />
        <source>Markeringer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="127" />
        <source>Gul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="127" />
        <source>Grøn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="127" />
        <source>Blå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="127" />
        <source>Rød</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="130" />
        <source>Markér valgt tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="131" />
        <source>Markér den tekst, du har valgt i punktet (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="140" />
        <source>Slet markering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="167" />
        <source>Vælg et punkt for at skrive noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="193" />
        <source>Gemt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="215" />
        <source>Klik for at fjerne; højreklik for farve og omdøbning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="232" />
        <source>(findes ikke længere i teksten)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="253" />
        <source>Ikke gemt endnu …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="275" />
        <source>Omdøb tag overalt …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="276" />
        <source>Skift farve …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="279" />
        <source>Omdøb tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="279" />
        <source>Nyt navn til “%1”:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="23" />
        <source>Noter uden punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="26" />
        <source>Disse noter hørte til punkter, der ikke findes i den nyeste udgave af dokumentet. Intet er slettet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="32" />
        <source>Knyt til det valgte punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="53" />
        <source>Ingen noter mangler et punkt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="135" />
        <source>Søg i alle møder og dine noter … (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="148" />
        <source>alle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="151" />
        <source>Har noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="152" />
        <source>Åben opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="157" />
        <source>Fra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="158" />
        <source>Til</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="200" />
        <source>Alle kommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="202" />
        <source>Alle udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="204" />
        <source>Dagsordener og referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="205" />
        <source>Kun referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="205" />
        <source>Kun dagsordener</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="206" />
        <source>Alle tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="240" />
        <source>%1 træf · søgeindekset opdateres …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="242" />
        <source>%1 træf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="242" />
        <source>Ingen træf</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>