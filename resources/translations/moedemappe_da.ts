<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name />
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="51" />
        <source>Portalen kan ikke nås.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="52" />
        <source>Portalen svarede ikke i tide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="53" />
        <source>Portalen svarede med en fejl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="54" />
        <source>Svaret var for stort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="55" />
        <source>Forbindelsen blev afbrudt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="56" />
        <source>Portalen svarede med noget uventet — er det en FirstAgenda-portal?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="57" />
        <source>Portalen henviste til en anden server; det følges ikke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="58" />
        <source>Det er ikke en gyldig adresse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="60" />
        <source>Portalen kunne ikke bruges.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationService</name>
    <message>
        <location filename="../../app/services/annotations.py" line="116" />
        <source>Ret note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="119" />
        <source>Skift holdning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="122" />
        <source>Ret opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="125" />
        <source>Tilføj tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="129" />
        <source>Fjern tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="133" />
        <source>Markér tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/annotations.py" line="136" />
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
        <location filename="../../app/ui/briefing_controller.py" line="59" />
        <source>Briefing gemt: %1 — der er ingen PDF-fremviser på systemet, der kunne åbne den.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="64" />
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
        <location filename="../../app/ui/follow_up_panel.py" line="50" />
        <source>Efter frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="51" />
        <source>Efter tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="52" />
        <source>Vis færdige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="62" />
        <source>Markér som færdig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="120" />
        <source>Færdige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="122" />
        <source>Uden frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="124" />
        <source>Overskredet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="125" />
        <source>Frist %1</source>
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
        <location filename="../../app/ui/import_controller.py" line="65" />
        <source>Importerer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="65" />
        <source>Annullér</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="66" />
        <location filename="../../app/ui/import_controller.py" line="117" />
        <location filename="../../app/ui/import_controller.py" line="167" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="90" />
        <source>Importerer fil %1 af %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="118" />
        <source>%1 indeholder kun nogle af punkterne i %2 (%3 punkter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="123" />
        <source>Føj dokumentets punkter til mødet, så de øvrige punkter bevares, eller erstat mødet med dokumentet — punkter, der ikke er med, fjernes, og deres noter gemmes under Rediger → Noter uden punkt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="126" />
        <source>Føj til mødet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="127" />
        <source>Erstat mødet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="128" />
        <source>Spring over</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="150" />
        <source>%n møder importeret</source>
        <translation>
            <numerusform>%n møde importeret</numerusform><numerusform>%n møder importeret</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="152" />
        <source>%n møder opdateret</source>
        <translation>
            <numerusform>%n møde opdateret</numerusform><numerusform>%n møder opdateret</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="154" />
        <source>%n punkter føjet til deres møde</source>
        <translation>
            <numerusform>%n punkt føjet til sit møde</numerusform><numerusform>%n punkter føjet til deres møde</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="156" />
        <source>%n filer var allerede importeret</source>
        <translation>
            <numerusform>%n fil var allerede importeret</numerusform><numerusform>%n filer var allerede importeret</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="158" />
        <source>importen blev annulleret</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="160" />
        <source>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</source>
        <translation>
            <numerusform>%n note mistede sit punkt (se Rediger → Noter uden punkt)</numerusform><numerusform>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="166" />
        <source>%n filer kunne ikke importeres:</source>
        <translation>
            <numerusform>%n fil kunne ikke importeres:</numerusform><numerusform>%n filer kunne ikke importeres:</numerusform></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="46" />
        <source>Sagsnr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="47" />
        <source>Lukket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="48" />
        <source>Lukket punkt — indholdet er ikke offentliggjort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="49" />
        <source>Fraværende</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="50" />
        <source>Bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="51" />
        <source>Udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="52" />
        <source>Kommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="53" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="54" />
        <source>Mødested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="55" />
        <source>Deltagere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="56" />
        <source>Punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="57" />
        <source>Beslutning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="58" />
        <source>Orientering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>Drøftelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60" />
        <source>Sagshistorik (samme sagsnummer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="61" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="62" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="63" />
        <source>punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="64" />
        <source>Strukturen er læst med forbehold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="65" />
        <source>Åbn original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66" />
        <source>referatet har ingen beslutninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="67" />
        <source>en titel er taget fra indholdsfortegnelsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="70" />
        <source>punkterne står ikke i rækkefølge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="71" />
        <source>mødedatoen er ikke fundet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="72" />
        <source>udvalget er ikke fundet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="166" />
        <source>Velkommen til Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="167" />
        <source>Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — via Fil → Importér eller ved at trække filerne ind i vinduet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="172" />
        <source>Importér filer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="173" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="34" />
        <source>&amp;Næste punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="35" />
        <source>Zoom &amp;ind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="36" />
        <source>Zoom &amp;ud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="37" />
        <source>&amp;Normal størrelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="38" />
        <source>Filtrér møder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="39" />
        <source>&amp;Søg …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="40" />
        <source>Søg overalt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="41" />
        <source>Næste &amp;træf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="42" />
        <source>Forrige t&amp;ræf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="43" />
        <source>&amp;Fortryd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="45" />
        <source>&amp;Gentag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="47" />
        <source>&amp;Markér valgt tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="48" />
        <source>&amp;Noter uden punkt …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="67" />
        <source>&amp;Fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="71" />
        <source>&amp;Rediger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="77" />
        <source>&amp;Møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="79" />
        <source>&amp;Vis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="83" />
        <source>&amp;Sprog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="85" />
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
        <location filename="../../app/ui/main_window.py" line="80" />
        <source>Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>Møder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>Søg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>Opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>%n møder</source>
        <translation>
            <numerusform>%n møde</numerusform><numerusform>%n møder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="164" />
        <source>%n punkter</source>
        <translation>
            <numerusform>%n punkt</numerusform><numerusform>%n punkter</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287" />
        <source>Træf %1 af %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313" />
        <source>Importér dagsordener og referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314" />
        <source>Mødepapirer (*.pdf *.txt *.md *.json *.html);;Alle filer (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="328" />
        <source>Sproget skiftes, næste gang Mødemappe startes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358" />
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
        <location filename="../../app/ui/meeting_commands.py" line="45" />
        <source>Fjern møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="46" />
        <source>Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="57" />
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
        <location filename="../../app/ui/messages.py" line="28" />
        <source>JSON-filen er ikke et møde fra en FirstAgenda-portal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="32" />
        <source>Filen kunne ikke importeres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>Der er ingen PDF-fremviser på systemet, der kunne åbne filen. Brug fanen Original i stedet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="81" />
        <source>Holdning</source>
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
        <location filename="../../app/ui/notes_panel.py" line="110" />
        <source>Frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="121" />
        <source>fx: spørg forvaltningen om tallene for 2023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="123" />
        <source>Markeringer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="126" />
        <source>Gul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="126" />
        <source>Grøn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="126" />
        <source>Blå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="126" />
        <source>Rød</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="129" />
        <source>Markér valgt tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="130" />
        <source>Markér den tekst, du har valgt i punktet (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="139" />
        <source>Slet markering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="166" />
        <source>Vælg et punkt for at skrive noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="192" />
        <source>Gemt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="214" />
        <source>Klik for at fjerne; højreklik for farve og omdøbning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="231" />
        <source>(findes ikke længere i teksten)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="252" />
        <source>Ikke gemt endnu …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="274" />
        <source>Omdøb tag overalt …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="275" />
        <source>Skift farve …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="278" />
        <source>Omdøb tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="278" />
        <source>Nyt navn til “%1”:</source>
        <translation type="unfinished" />
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
    <name>PortalController</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="287" />
        <source>Følg &amp;udvalg …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="288" />
        <source>Følg udvalg på kommunens FirstAgenda-portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="289" />
        <source>S&amp;ynkronisér udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="290" />
        <source>Hent nye dagsordener, referater og bilag fra de fulgte udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="326" />
        <source>Ingen netværksforbindelse — udvalgene synkroniseres senere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="360" />
        <source>Synkroniseringen mislykkedes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="376" />
        <source>Portalen kan ikke nås — prøv igen senere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="378" />
        <source>Synkroniseret: %1 nye, %2 opdaterede, %3 uændrede</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="383" />
        <source>%1 kunne ikke hentes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="385" />
        <source>annulleret — fortsætter næste gang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="387" />
        <source>%1 noter uden punkt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="90" />
        <source>Følg udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="94" />
        <source>Portalens adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="95" />
        <source>Hent udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="96" />
        <source>Skriv adressen på kommunens FirstAgenda-portal og hent dens udvalg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="104" />
        <source>Filtrér udvalg …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="108" />
        <source>Udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="109" />
        <source>Synkronisér ved start, når der er netværk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="112" />
        <source>Følg valgte udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="114" />
        <source>Portal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="139" />
        <source>%1 (%2 møder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="147" />
        <source>%1 udvalg på %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="173" />
        <source>Henter udvalg …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="134" />
        <source>Søg i alle møder og dine noter … (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="147" />
        <source>alle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="150" />
        <source>Har noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="151" />
        <source>Åben opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="156" />
        <source>Fra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="157" />
        <source>Til</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="199" />
        <source>Alle kommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="201" />
        <source>Alle udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="203" />
        <source>Dagsordener og referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="204" />
        <source>Kun referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="204" />
        <source>Kun dagsordener</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="205" />
        <source>Alle tags</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="239" />
        <source>%n træf · søgeindekset opdateres …</source>
        <translation>
            <numerusform>%n træf · søgeindekset opdateres …</numerusform><numerusform>%n træf · søgeindekset opdateres …</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="241" />
        <source>%n træf</source>
        <translation>
            <numerusform>%n træf</numerusform><numerusform>%n træf</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="241" />
        <source>Ingen træf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="230" />
        <source>Annullér</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="231" />
        <source>Annullér synkroniseringen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="250" />
        <source>Følger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="259" />
        <source>Synkroniserer %1 af %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>