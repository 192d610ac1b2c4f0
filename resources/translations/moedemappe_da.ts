<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name />
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="53" />
        <source>Portalen kan ikke nås.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="54" />
        <source>Portalen svarede ikke i tide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="55" />
        <source>Portalen svarede med en fejl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="56" />
        <source>Svaret var for stort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="57" />
        <source>Forbindelsen blev afbrudt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="58" />
        <source>Portalen svarede med noget uventet — er det en FirstAgenda-portal?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="59" />
        <source>Portalen henviste til en anden server; det følges ikke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="60" />
        <source>Det er ikke en gyldig adresse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="62" />
        <source>Portalen kunne ikke bruges.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="17" />
        <source>Om Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="19" />
        <source>%1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="22" />
        <source>Læser og noter til kommunale udvalgspapirer (dagsordener og referater).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="23" />
        <source>Dine data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="24" />
        <source>Hvad hver version ændrede i dine gemte data: CHANGELOG.md</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationService</name>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="145" />
        <source>Ret note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="148" />
        <source>Skift holdning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="151" />
        <source>Ret opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="155" />
        <source>Skift læsestatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="171" />
        <source>Tilføj tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="175" />
        <source>Fjern tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="184" />
        <source>Teksten er allerede markeret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="187" />
        <source>Markér tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="194" />
        <source>Slet markering</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BilagController</name>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="108" />
        <source>&amp;Placér bilag …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="109" />
        <source>Knyt mødets bilag til deres punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="110" />
        <source>&amp;Egenskaber …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="111" />
        <source>Mødets dokumenter og pladsforbrug</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bilag_controller.py" line="140" />
        <source>%n bilag placeret</source>
        <translation>
            <numerusform>%n bilag placeret</numerusform><numerusform>%n bilag placeret</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="149" />
        <source>Mødet har ingen bilag. Importér dem sammen med mødet (filer, mappe eller zip).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BilagLinkDialog</name>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="88" />
        <source>Placér bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="94" />
        <source>Vælg for hvert bilag det punkt, det hører til. Forslagene står øverst, bedste først; et forslag er kun valgt på forhånd, når det er klart bedre end det næste. Vis åbner bilaget til højre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="110" />
        <source>Vis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="112" />
        <source>Vis bilaget til højre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="113" />
        <source>Vis %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="166" />
        <source>— vælg punkt —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="213" />
        <source>Vælg et punkt (eller “ikke placeret”) for hvert bilag først</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="168" />
        <source>— ikke placeret —</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../app/export/briefing.py" line="174" />
        <source>Personlig forberedelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="200" />
        <source>Min forberedelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="204" />
        <source>Holdning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="207" />
        <source>Tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="212" />
        <source>åben</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="212" />
        <source>færdig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="215" />
        <source>, frist %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="218" />
        <source>OVERSKREDET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="220" />
        <source>Opfølgning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="223" />
        <source>Noter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="229" />
        <location filename="../../app/export/briefing.py" line="730" />
        <source>bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="230" />
        <source>Bilag: %1, side %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="244" />
        <source>nyt punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="246" />
        <source>beslutning tilføjet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="248" />
        <source>nyt nummer (%1 → %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="252" />
        <source>ændret: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="266" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="266" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="272" />
        <source> kl. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="277" />
        <source>Deltagere: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="280" />
        <source>Fraværende: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="285" />
        <source>%1 punkter fra %2 møder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="288" />
        <source>Dannet %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="295" />
        <source>Ændringer siden forrige version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="299" />
        <source>Indhold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="304" />
        <source> (lukket)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="312" />
        <source>[Lukket]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="318" />
        <source>Sagsnr. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="322" />
        <source>Δ Ny version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="428" />
        <location filename="../../app/export/briefing.py" line="759" />
        <source>Side %1 af %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="283" />
        <location filename="../../app/export/briefing.py" line="637" />
        <location filename="../../app/export/briefing.py" line="639" />
        <source>Briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="132" />
        <source>(afkortet her: hele noten står i Mødemappe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="731" />
        <source>side %1 af %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="810" />
        <source>%1 (side %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="730" />
        <location filename="../../app/export/briefing.py" line="811" />
        <source>Bilag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="818" />
        <source>Personlig forberedelse til %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="51" />
        <source>Tag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="54" />
        <source>Åbne opfølgninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="176" />
        <source>den tog over %1 s (eller %2 s CPU-tid); vælg færre punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="177" />
        <source>den krævede mere end %1 MB hukommelse; vælg færre punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="178" />
        <source>den blev afbrudt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="179" />
        <source>den stoppede uventet (%1); vælg færre punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="180" />
        <source>%1 punkter; en briefing kan højst have %2 (vælg færre punkter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="181" />
        <source>%1 sider; en briefing kan højst have %2 (vælg færre punkter, eller udelad den fulde tekst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="184" />
        <source>den ville fylde mere end %1 MB (tag færre bilag med)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="185" />
        <source>det gemte møde %1 (%2) er beskadiget; importér mødet igen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="186" />
        <source>intet at eksportere: ingen punkter passer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="187" />
        <source>baggrundsprocessen stoppede; prøv igen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="48" />
        <source>Gem briefing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="48" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="54" />
        <source>Skriver briefing …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="58" />
        <source>Briefing gemt (%1 sider): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="62" />
        <source>Briefing gemt: %1 — der er ingen PDF-fremviser på systemet, der kunne åbne den.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="67" />
        <source>Briefingen kunne ikke skrives: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="91" />
        <source>Eksportér briefing (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="94" />
        <source>Det valgte møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="95" />
        <source>Alle punkter med tagget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="96" />
        <source>Alle punkter med åben opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="121" />
        <source>Lukkede punkter er fortrolige. Del ikke briefingen, når de er med.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="137" />
        <source>Tag hele teksten med for hvert punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="139" />
        <source>Vis kort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="140" />
        <location filename="../../app/ui/briefing_dialog.py" line="143" />
        <source>Udelad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="142" />
        <source>Tag med</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="147" />
        <source>Ikke med</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="148" />
        <source>Hele bilag, du har noter i</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="149" />
        <source>Kun siderne med dine noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="150" />
        <source>Bilagenes sider sættes bagerst som ægte PDF-sider med bogmærker under punktet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="151" />
        <source>Dit navn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="152" />
        <source>Punkter uden noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="153" />
        <source>Punkter, der ikke er forberedt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="154" />
        <source>Papir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="155" />
        <source>Bilag med noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="159" />
        <source>Eksportér …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="238" />
        <source>Tag: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="240" />
        <source>Åbne opfølgninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="266" />
        <source>Tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="268" />
        <source>Opfølgninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="269" />
        <source>%1 – forberedelse.pdf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../app/ui/changes_view.py" line="53" />
        <source>Vis ændringer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="54" />
        <source>Vis, hvad en ny version af mødet ændrede i punktet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="55" />
        <source>Versioner …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="73" />
        <source>Nyt punkt i denne version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="75" />
        <source>Nyt nummer: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="78" />
        <source>Beslutning tilføjet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="80" />
        <source>Ændret: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="82" />
        <source>ændret efter forberedelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="85" />
        <source>ændret siden du læste det</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="100" />
        <source>… (forskellen er forkortet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="107" />
        <source>Ændringer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="125" />
        <source>nyt punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="125" />
        <source>nyt nummer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="125" />
        <source>ændret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="126" />
        <source>beslutning tilføjet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="126" />
        <source>udgået</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="138" />
        <source>Versioner af mødet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="139" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="139" />
        <source>Rettet dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="140" />
        <source>Supplerende dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="140" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="141" />
        <source>Rettet referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="141" />
        <source>Uddrag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="142" />
        <source>Et punkts eget dokument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="179" />
        <source>Denne version er ikke gemt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="181" />
        <source>Version %1 — kun til læsning</source>
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
        <location filename="../../app/ui/follow_up_panel.py" line="123" />
        <source>Efter frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="124" />
        <source>Efter tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="125" />
        <source>Vis færdige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="126" />
        <source>Markér som færdig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="127" />
        <source>Eksportér …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="128" />
        <source>Gem listen som CSV (regneark) eller Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="129" />
        <source>Ingen opfølgninger. Sæt en opfølgning på et punkt i panelet til højre.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="169" />
        <source>overskredet: frist %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="169" />
        <source>frist %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="217" />
        <source>Færdige</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="219" />
        <source>Uden frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="221" />
        <source>Overskredet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="222" />
        <source>Frist %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="256" />
        <source>Eksportér opfølgninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="256" />
        <source>opfølgninger.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="257" />
        <source>CSV til regneark (*.csv);;Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="267" />
        <source>Listen kunne ikke gemmes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="269" />
        <source>%1 opfølgninger gemt i %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/export/dates.py" line="19" />
        <source>uden dato</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HighlightController</name>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="75" />
        <source>Vælg først noget tekst i punktet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="79" />
        <source>Teksten er allerede markeret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="81" />
        <source>Markering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="81" />
        <source>Kommentar (valgfri):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HitStepper</name>
    <message>
        <location filename="../../app/ui/hit_stepper.py" line="68" />
        <location filename="../../app/ui/hit_stepper.py" line="74" />
        <source>Træf %1 af %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/ui/import_controller.py" line="59" />
        <source>Importér dagsordener, referater og bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="68" />
        <source>Alt der kan importeres (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="69" />
        <source>PDF og tekst (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="70" />
        <source>Zip med et møde og dets bilag (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="71" />
        <source>FirstAgenda-møde: JSON eller gemt side (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="77" />
        <source>Importér en mappe med et møde og dets bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="118" />
        <location filename="../../app/ui/import_controller.py" line="120" />
        <source>Importerer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="118" />
        <source>Annullér</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="121" />
        <location filename="../../app/ui/import_controller.py" line="178" />
        <location filename="../../app/ui/import_controller.py" line="256" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="146" />
        <source>Importerer fil %1 af %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="179" />
        <source>%1 indeholder kun nogle af punkterne i %2, %3 (%4 punkter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="186" />
        <source>Føj til mødet: %1 punkter tilføjes, %2 opdateres, de øvrige bevares.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="188" />
        <source>Erstat mødet: dokumentet bliver mødets nye version; %1 punkter udgår (deres noter gemmes under Rediger → Noter uden punkt), %2 får nyt nummer. Den tidligere version gemmes (Møde → Versioner …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="193" />
        <source>Dokumentet er hverken tydeligt en fuld version eller et uddrag af mødet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="195" />
        <source>Føj til mødet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="196" />
        <source>Erstat mødet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="197" />
        <source>Spring over</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="219" />
        <source>%n møder importeret</source>
        <translation>
            <numerusform>%n møde importeret</numerusform><numerusform>%n møder importeret</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="221" />
        <source>%n møder opdateret</source>
        <translation>
            <numerusform>%n møde opdateret</numerusform><numerusform>%n møder opdateret</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="226" />
        <source>%n punkter føjet til deres møde</source>
        <translation>
            <numerusform>%n punkt føjet til sit møde</numerusform><numerusform>%n punkter føjet til deres møde</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="230" />
        <source>%n bilag knyttet til deres punkt</source>
        <translation>
            <numerusform>%n bilag knyttet til sit punkt</numerusform><numerusform>%n bilag knyttet til deres punkt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="232" />
        <source>%n bilag venter på at blive placeret</source>
        <translation>
            <numerusform>%n bilag venter på at blive placeret</numerusform><numerusform>%n bilag venter på at blive placeret</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="235" />
        <source>%n filer var allerede importeret</source>
        <translation>
            <numerusform>%n fil var allerede importeret</numerusform><numerusform>%n filer var allerede importeret</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="237" />
        <source>importen blev annulleret</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="239" />
        <source>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</source>
        <translation>
            <numerusform>%n note mistede sit punkt (se Rediger → Noter uden punkt)</numerusform><numerusform>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="246" />
        <source>Websiden er ikke en gemt FirstAgenda-mødeside. Hent mødets PDF fra portalen og importér den (eller følg udvalget: Fil → Følg udvalg …).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="252" />
        <source>%n filer kunne ikke importeres:</source>
        <translation>
            <numerusform>%n fil kunne ikke importeres:</numerusform><numerusform>%n filer kunne ikke importeres:</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="254" />
        <source>Profilen bruges lige nu af en anden Mødemappe (et vindue eller en kommando). Intet er importeret; prøv igen om lidt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="52" />
        <source>Sagsnr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="53" />
        <source>Lukket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="54" />
        <source>Lukket punkt — indholdet er ikke offentliggjort.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="55" />
        <source>Fraværende</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="24" />
        <location filename="../../app/ui/formatting.py" line="56" />
        <source>Bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="25" />
        <source>filen mangler i profilen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="26" />
        <source>mangler — ikke importeret eller hentet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="27" />
        <source>punktets eget dokument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="28" />
        <source>ikke nævnt i punktet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="34" />
        <source>? sider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="36" />
        <source>1 side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="37" />
        <source>%1 sider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="57" />
        <source>Udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="58" />
        <source>Kommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60" />
        <source>Mødested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="61" />
        <source>Deltagere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="62" />
        <source>Punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="63" />
        <source>Beslutning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="64" />
        <source>Orientering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="65" />
        <source>Drøftelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66" />
        <source>Sagshistorik (samme sagsnummer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="67" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="68" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="69" />
        <source>kl.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="70" />
        <source>punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="71" />
        <source>Strukturen er læst med forbehold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="72" />
        <source>Åbn original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="73" />
        <source>referatet har ingen beslutninger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="74" />
        <source>en titel er taget fra indholdsfortegnelsen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="77" />
        <source>punkterne står ikke i rækkefølge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="78" />
        <source>mødedatoen er ikke fundet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="79" />
        <source>udvalget er ikke fundet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="183" />
        <source>Velkommen til Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="184" />
        <source>Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — via Fil → Importér eller ved at trække filerne ind i vinduet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="189" />
        <source>Importér filer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="190" />
        <source>Indlæs demo-biblioteket (fem rigtige referater)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/selection_view.py" line="29" />
        <source>Mødet %1 kan ikke vises: den gemte fil (%2) er beskadiget. Importér mødet igen; dine noter er ikke berørt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../app/ui/main_actions.py" line="152" />
        <source>&amp;Afslut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="153" />
        <source>Eksportér &amp;briefing (PDF) …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="154" />
        <source>&amp;Ret mødets oplysninger …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="155" />
        <source>&amp;Fjern møde …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="156" />
        <source>Vis &amp;original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="156" />
        <source>Vis den oprindelige PDF ved punktets side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="158" />
        <source>Åbn i &amp;ekstern fremviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="159" />
        <source>Åbn kildefilen i systemets PDF-fremviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="161" />
        <source>&amp;Forrige punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="162" />
        <source>&amp;Næste punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="163" />
        <source>Zoom &amp;ind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="164" />
        <source>Zoom &amp;ud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="165" />
        <source>&amp;Normal størrelse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="166" />
        <source>&amp;Læsetilstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="166" />
        <source>Skjul mødelisten og notepanelet (F11)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="167" />
        <source>Filtrér møder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="168" />
        <source>&amp;Søg …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="169" />
        <source>Søg overalt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="170" />
        <source>Næste &amp;træf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="171" />
        <source>Forrige t&amp;ræf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="173" />
        <source>Markér som &amp;forberedt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="173" />
        <source>Skift punktet mellem forberedt og læst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="175" />
        <source>&amp;Tastaturgenveje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="176" />
        <source>&amp;Om Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="183" />
        <source>&amp;Hjælp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="197" />
        <source>&amp;Fortryd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="198" />
        <source>&amp;Gentag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="172" />
        <source>&amp;Markér valgt tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="142" />
        <source>Mødemappe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="145" />
        <source>&amp;Importér filer …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="146" />
        <source>Importér dagsordener, referater og bilag (PDF, tekst, zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="149" />
        <source>Importér &amp;mappe …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="150" />
        <source>Importér en mappe med et møde og dets bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="174" />
        <source>&amp;Noter uden punkt …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="182" />
        <source>&amp;Fil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="182" />
        <source>&amp;Rediger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="182" />
        <source>&amp;Møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="183" />
        <source>&amp;Vis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="183" />
        <source>&amp;Sprog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="188" />
        <source>Værktøjslinje</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/launch.py" line="51" />
        <source>Der opstod en uventet fejl. Dit arbejde er gemt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="71" />
        <source>En del af dine noter kunne ikke læses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="73" />
        <source>Filen kan ikke læses og er ladt urørt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="75" />
        <source>Filen er flyttet til side og er ikke slettet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="78" />
        <source>En sikkerhedskopi af dine noter gemmes stadig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="79" />
        <source>Den blev sat til side, da en beskadiget fil blev fundet, og gemmes, til du vælger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="86" />
        <source>Hent noterne fra sikkerhedskopien</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="89" />
        <source>Kassér sikkerhedskopien</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="91" />
        <source>Senere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="162" />
        <source>Mødemappe er allerede åben med denne profil. Skift til det åbne vindue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Møder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Søg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>%n møder</source>
        <translation>
            <numerusform>%n møde</numerusform><numerusform>%n møder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>%n punkter</source>
        <translation>
            <numerusform>%n punkt</numerusform><numerusform>%n punkter</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382" />
        <source>Søgeindekset er opdateret.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingBrowser</name>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="57" />
        <source>Filtrér møder og punkter …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="58" />
        <source>Møder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="51" />
        <source>Fjern møde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="52" />
        <source>Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="63" />
        <source>Kildefilen findes ikke længere.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="43" />
        <source>Mødets egenskaber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="47" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="47" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="49" />
        <source>Udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="50" />
        <source>Dato</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="51" />
        <source>Dokument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="52" />
        <source>Punkter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="53" />
        <source>Sider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="54" />
        <source>Kildefil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="57" />
        <source>Bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="58" />
        <location filename="../../app/ui/bilag_controller.py" line="65" />
        <source>%1 dokumenter, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="64" />
        <source>Punkternes egne PDF'er</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="69" />
        <source>Bilag uden punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="70" />
        <source>Frigives ved fjernelse</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="93" />
        <source>%1 af %2 forberedt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="132" />
        <source>Ukendt kommune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="136" />
        <source>Ukendt udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="142" />
        <source>Referat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="144" />
        <source>Dagsorden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="384" />
        <location filename="../../app/ui/meeting_tree_model.py" line="391" />
        <source>lukket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="400" />
        <source>Sagsnr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="403" />
        <source>Ny version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Filen er tom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>Filen findes ikke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>Filen kan ikke læses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19" />
        <source>Filen er hverken en PDF eller en tekstfil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>PDF-filen er beskadiget eller ufuldstændig.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>PDF-filen er beskyttet med en adgangskode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>PDF-filen er en scanning uden tekst — kør tekstgenkendelse (OCR) først.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>Teksten ligner ikke en dagsorden eller et referat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>Denne filtype understøttes ikke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>Ikke en almindelig fil (en pipe, en enhed eller en mappe) — den er ikke læst.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>Filen er for stor til at blive importeret sikkert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>Det tog for lang tid at læse filen; den blev stoppet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>Filen er beskadiget eller i en form, Mødemappe ikke kan læse.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>Filnavnet er for langt til systemet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>Du har ikke adgang til at læse filen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43" />
        <source>Disken er fuld; filen blev ikke gemt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>Profilmappen er skrivebeskyttet; filen blev ikke gemt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>Importen blev afbrudt; importér filen igen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48" />
        <source>Flere filer, end én import tager; de blev ikke læst.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>En zip-fil inde i en zip-fil åbnes ikke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52" />
        <source>Profilen bruges af en anden Mødemappe; intet blev gemt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55" />
        <source>JSON-filen er ikke et møde fra en FirstAgenda-portal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59" />
        <source>Filen kunne ikke importeres.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>Der er ingen PDF-fremviser på systemet, der kunne åbne filen. Brug fanen Original i stedet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73" />
        <source>Disken er fuld. Frigør plads, og start Mødemappe igen for at kunne gemme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <source>Profilmappens sti er for lang til systemet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <source>Profilmappen er skrivebeskyttet (eller du har ikke skriveadgang).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Biblioteket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88" />
        <source>Dine noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Bilagsoversigten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>Søgeindekset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>%1 (%2) kunne ikke åbnes: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96" />
        <source>; der er ingen sikkerhedskopi af dine noter endnu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>; den nyeste sikkerhedskopi af dine noter er %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesBackupOffer</name>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="31" />
        <source>Dine noter kunne ikke åbnes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="32" />
        <source>Den nyeste sikkerhedskopi er %1. Læg den tilbage? De noter, der ikke kan åbnes, gemmes ved siden af.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="37" />
        <source>Læg sikkerhedskopien tilbage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="39" />
        <source>Senere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="60" />
        <source>Sikkerhedskopien kunne ikke lægges tilbage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="63" />
        <source>Dine noter er lagt tilbage fra %1. Genstart Mødemappe for at arbejde videre med dem.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="199" />
        <source>Holdning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="200" />
        <source>Noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="214" />
        <source>Spørgsmål, synspunkter, hvad du vil sige på mødet …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="201" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="216" />
        <source>Tilføj tag og tryk Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="202" />
        <source>Opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="220" />
        <source>Frist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="221" />
        <source>fx: spørg forvaltningen om tallene for 2023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="203" />
        <source>Markeringer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="198" />
        <source>Læsestatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="208" />
        <source>Et punkt bliver læst af sig selv, når du har haft det åbent et stykke tid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Gul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Grøn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Blå</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Rød</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="224" />
        <source>Farve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="225" />
        <source>Markér valgt tekst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="226" />
        <source>Markér den tekst, du har valgt i punktet (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="227" />
        <source>Slet markering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="229" />
        <location filename="../../app/ui/notes_panel.py" line="269" />
        <source>Vælg et punkt for at skrive noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="299" />
        <source>Gemt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="325" />
        <source>Klik for at fjerne; højreklik for farve og omdøbning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="343" />
        <source>Bilag, side %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="346" />
        <source>(findes ikke længere i teksten)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="374" />
        <source>Ikke gemt endnu …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="402" />
        <source>Omdøb tag overalt …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="403" />
        <source>Skift farve …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="406" />
        <source>Omdøb tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="406" />
        <source>Nyt navn til “%1”:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OriginalPane</name>
    <message>
        <location filename="../../app/ui/original_pane.py" line="73" />
        <source>Punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="74" />
        <source>Original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="75" />
        <source>Den oprindelige PDF ved punktets side (Ctrl+Shift+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="137" />
        <source>Bilaget findes ikke længere i profilen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="170" />
        <source>Punktets eget dokument (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="180" />
        <source>Bilag: %1 — mangler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="181" />
        <source>Bilag: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="225" />
        <source>Mødet er importeret fra en tekstfil eller kildefilen findes ikke længere; der er ingen sider at vise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="282" />
        <source>Teksten er allerede markeret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="284" />
        <source>Kommentar (valgfri):
“%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="285" />
        <source>Markering i bilag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="293" />
        <source>Note til bilagets side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="294" />
        <source>Note til side %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="163" />
        <source>Mødets dokument</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="33" />
        <source>Noter uden punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="36" />
        <source>Disse noter hørte til punkter, der ikke findes i den nyeste udgave af dokumentet. Intet er slettet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="44" />
        <source>Knyt til det valgte punkt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="65" />
        <source>Ingen noter mangler et punkt.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../app/ui/page_view.py" line="112" />
        <source>Originalens sider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="331" />
        <source>Siden kunne ikke vises: den tog for lang tid at tegne.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="333" />
        <source>Siden kunne ikke vises. Den kan være beskadiget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="368" />
        <source>Side %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageFindBar</name>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="58" />
        <source>Find i dokumentet …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="59" />
        <source>Find i dokumentet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="60" />
        <source>Forrige forekomst (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="61" />
        <source>Næste forekomst (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="62" />
        <source>Luk søgningen (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="91" />
        <source>Ikke fundet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="93" />
        <source>%1 af %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="112" />
        <source>Søger …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageOutline</name>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="47" />
        <source>%1 · side %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageSidebar</name>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="82" />
        <source>Sider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="83" />
        <source>Dokumentets sider som miniaturer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="85" />
        <source>Indhold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="86" />
        <source>Dokumentets egen indholdsfortegnelse</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../app/ui/page_view.py" line="493" />
        <source>Dokument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="496" />
        <source>Forrige side (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="497" />
        <source>Næste side (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="494" />
        <source>Side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="498" />
        <source>Zoom ud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="499" />
        <source>Zoom ind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="500" />
        <source>Bredde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="503" />
        <source>Vis sidernes miniaturer og dokumentets indhold i en sidebjælke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="504" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="504" />
        <source>Skriv en note til denne side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="500" />
        <source>Tilpas siden til vinduets bredde</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="501" />
        <source>Drej siderne mod uret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="502" />
        <source>Drej siderne med uret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="505" />
        <source>Åbn filen i systemets PDF-fremviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="505" />
        <source>Ekstern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="668" />
        <source>Der er ingen PDF at vise for dette punkt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="776" />
        <source>PDF-filen har ingen sider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="801" />
        <source>PDF-filen kunne ikke vises. Den kan være beskadiget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="832" />
        <source>%1 mangler: filen er ikke hentet eller importeret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="979" />
        <source>af %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PortalController</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="339" />
        <source>Følg &amp;udvalg …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="340" />
        <source>Følg udvalg på kommunens FirstAgenda-portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="341" />
        <source>S&amp;ynkronisér udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="342" />
        <source>Hent nye dagsordener, referater og bilag fra de fulgte udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="361" />
        <source>Ingen netværksforbindelse — udvalgene synkroniseres senere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="395" />
        <source>Synkroniseringen mislykkedes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="410" />
        <source>Portalen kan ikke nås — prøv igen senere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="412" />
        <source>Synkroniseret: %1 nye, %2 opdaterede, %3 uændrede</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="417" />
        <source>%1 kunne ikke hentes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="419" />
        <source>annulleret — fortsætter næste gang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="421" />
        <source>%1 noter uden punkt</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="431" />
        <source>%n nye beslutninger</source>
        <translation>
            <numerusform>%n ny beslutning</numerusform><numerusform>%n nye beslutninger</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="432" />
        <source>%n punkter udgået</source>
        <translation>
            <numerusform>%n punkt udgået</numerusform><numerusform>%n punkter udgået</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="433" />
        <source>%n nye punkter</source>
        <translation>
            <numerusform>%n nyt punkt</numerusform><numerusform>%n nye punkter</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="434" />
        <source>%n punkter med nyt nummer</source>
        <translation>
            <numerusform>%n punkt med nyt nummer</numerusform><numerusform>%n punkter med nyt nummer</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="435" />
        <source>%n ændrede indstillinger</source>
        <translation>
            <numerusform>%n ændret indstilling</numerusform><numerusform>%n ændrede indstillinger</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="436" />
        <source>%n andre punkter ændret</source>
        <translation>
            <numerusform>%n andet punkt ændret</numerusform><numerusform>%n andre punkter ændret</numerusform></translation>
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="95" />
        <source>Følg udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="99" />
        <source>Portalens adresse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="100" />
        <source>Hent udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="101" />
        <source>Skriv adressen på kommunens FirstAgenda-portal og hent dens udvalg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="109" />
        <source>Filtrér udvalg …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="113" />
        <source>Udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="114" />
        <source>Synkronisér ved start, når der er netværk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="117" />
        <source>Følg valgte udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="122" />
        <source>Portal:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="155" />
        <source>%1 (%2 møder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="163" />
        <source>%1 udvalg på %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="189" />
        <source>Henter udvalg …</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../app/ui/read_only_banner.py" line="34" />
        <source>Kun læsning — intet kan gemmes lige nu. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="236" />
        <source>Søg i alle møder og dine noter … (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="238" />
        <source>alle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="239" />
        <source>Har noter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="240" />
        <source>Åben opfølgning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="241" />
        <source>Fra</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="242" />
        <source>Til</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="278" />
        <source>Alle kommuner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="280" />
        <source>Alle udvalg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="282" />
        <source>Dagsordener og referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="283" />
        <source>Kun referater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="283" />
        <source>Kun dagsordener</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="285" />
        <source>Alle tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="323" />
        <source>Skriv et ord, eller vælg et filter for at se alt, der passer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="326" />
        <source>Søger …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="339" />
        <location filename="../../app/ui/search_panel.py" line="346" />
        <source>Søgeindekset var beskadiget og bygges op igen …</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="341" />
        <source>%n træf · søgeindekset opdateres …</source>
        <translation>
            <numerusform>%n træf · søgeindekset opdateres …</numerusform><numerusform>%n træf · søgeindekset opdateres …</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="343" />
        <source>%n træf</source>
        <translation>
            <numerusform>%n træf</numerusform><numerusform>%n træf</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="343" />
        <source>Ingen træf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="95" />
        <source>Bilag: %1, side %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48" />
        <source>Gå til næste / forrige felt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48" />
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49" />
        <source>Fra filteret ned i resultaterne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49" />
        <source>Pil ned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50" />
        <source>Åbn det valgte punkt og læs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50" />
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51" />
        <source>Ryd filteret (punktet bliver valgt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51" />
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="52" />
        <source>Vælg tekst i punktet med tastaturet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="52" />
        <source>Shift+piltaster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="53" />
        <source>Indsæt et tabulatortegn i noten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="53" />
        <source>Ctrl+Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="58" />
        <source>Tastaturgenveje</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="62" />
        <source>Handling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="62" />
        <source>Tast</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreDamage</name>
    <message>
        <location filename="../../app/ui/store_damage.py" line="25" />
        <source>Portalopsætningen (portal.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; tilføj portalen og følg dine udvalg igen (Fil → Følg udvalg …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="30" />
        <source>Portalopsætningen (portal.json) er beskadiget og er ladt urørt; ingen portal vises.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="34" />
        <source>Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; bilagene er hentet fra sikkerhedskopien (bilag tilføjet siden kan mangle).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="39" />
        <source>Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; der var ingen sikkerhedskopi, så importér møderne igen for at få deres bilag tilbage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="45" />
        <source>Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; bilagene vises fra sikkerhedskopien.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="50" />
        <source>Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; ingen bilag kan vises.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="66" />
        <source>En fil i din profil var beskadiget. Intet er slettet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="256" />
        <source>Annullér</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="257" />
        <source>Annullér synkroniseringen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="279" />
        <source>Følger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="288" />
        <source>Synkroniserer %1 af %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThumbnailList</name>
    <message>
        <location filename="../../app/ui/page_thumbnails.py" line="194" />
        <source>Sidernes miniaturer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../app/ui/page_thumbnails.py" line="91" />
        <source>Side %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/page_thumbnails.py" line="91" />
        <source>Side %1 kunne ikke vises</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>QFileDialog</name><message><source>&amp;Look in:</source><translation>&amp;Kig i:</translation></message><message><source>Files of &amp;type:</source><translation>Filer af &amp;typen:</translation></message></context></TS>