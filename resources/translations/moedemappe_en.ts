<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name />
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="53" />
        <source>Portalen kan ikke nås.</source>
        <translation>The portal cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="54" />
        <source>Portalen svarede ikke i tide.</source>
        <translation>The portal did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="55" />
        <source>Portalen svarede med en fejl.</source>
        <translation>The portal answered with an error.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="56" />
        <source>Svaret var for stort.</source>
        <translation>The answer was too large.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="57" />
        <source>Forbindelsen blev afbrudt.</source>
        <translation>The connection broke off.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="58" />
        <source>Portalen svarede med noget uventet — er det en FirstAgenda-portal?</source>
        <translation>The portal answered with something unexpected — is it a FirstAgenda portal?</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="59" />
        <source>Portalen henviste til en anden server; det følges ikke.</source>
        <translation>The portal redirected to another server; that is not followed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="60" />
        <source>Det er ikke en gyldig adresse.</source>
        <translation>That is not a valid address.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="62" />
        <source>Portalen kunne ikke bruges.</source>
        <translation>The portal could not be used.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="17" />
        <source>Om Mødemappe</source>
        <translation>About Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="19" />
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="22" />
        <source>Læser og noter til kommunale udvalgspapirer (dagsordener og referater).</source>
        <translation>Reader and notes for municipal committee papers (agendas and minutes).</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="23" />
        <source>Dine data: %1</source>
        <translation>Your data: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="24" />
        <source>Hvad hver version ændrede i dine gemte data: CHANGELOG.md</source>
        <translation>What each version changed in your stored data: CHANGELOG.md</translation>
    </message>
</context>
<context>
    <name>AnnotationService</name>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="145" />
        <source>Ret note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="148" />
        <source>Skift holdning</source>
        <translation>Change position</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="151" />
        <source>Ret opfølgning</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="155" />
        <source>Skift læsestatus</source>
        <translation>Change reading status</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="171" />
        <source>Tilføj tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="175" />
        <source>Fjern tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="184" />
        <source>Teksten er allerede markeret.</source>
        <translation>This text is already highlighted.</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="187" />
        <source>Markér tekst</source>
        <translation>Highlight text</translation>
    </message>
    <message>
        <location filename="../../app/services/notes/annotations.py" line="194" />
        <source>Slet markering</source>
        <translation>Delete highlight</translation>
    </message>
</context>
<context>
    <name>BilagController</name>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="108" />
        <source>&amp;Placér bilag …</source>
        <translation>&amp;Place attachments …</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="109" />
        <source>Knyt mødets bilag til deres punkter</source>
        <translation>Link the meeting's attachments to their items</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="110" />
        <source>&amp;Egenskaber …</source>
        <translation>&amp;Properties …</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="111" />
        <source>Mødets dokumenter og pladsforbrug</source>
        <translation>The meeting's documents and disk use</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bilag_controller.py" line="140" />
        <source>%n bilag placeret</source>
        <translation>
            <numerusform>%n attachment placed</numerusform><numerusform>%n attachments placed</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="149" />
        <source>Mødet har ingen bilag. Importér dem sammen med mødet (filer, mappe eller zip).</source>
        <translation>The meeting has no attachments. Import them together with the meeting (files, a folder or a zip).</translation>
    </message>
</context>
<context>
    <name>BilagLinkDialog</name>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="88" />
        <source>Placér bilag</source>
        <translation>Place attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="94" />
        <source>Vælg for hvert bilag det punkt, det hører til. Forslagene står øverst, bedste først; et forslag er kun valgt på forhånd, når det er klart bedre end det næste. Vis åbner bilaget til højre.</source>
        <translation>Choose the item each attachment belongs to. The suggestions come first, best first; a suggestion is chosen in advance only when it is clearly better than the next. Show opens the attachment on the right.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="110" />
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="112" />
        <source>Vis bilaget til højre</source>
        <translation>Show the attachment on the right</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="113" />
        <source>Vis %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="166" />
        <source>— vælg punkt —</source>
        <translation>— choose an item —</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="213" />
        <source>Vælg et punkt (eller “ikke placeret”) for hvert bilag først</source>
        <translation>Choose an item (or “not placed”) for every attachment first</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_placement.py" line="168" />
        <source>— ikke placeret —</source>
        <translation>— not placed —</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../app/export/briefing.py" line="174" />
        <source>Personlig forberedelse</source>
        <translation>Personal preparation</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="200" />
        <source>Min forberedelse</source>
        <translation>My preparation</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="204" />
        <source>Holdning:</source>
        <translation>Stance:</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="207" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="212" />
        <source>åben</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="212" />
        <source>færdig</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="215" />
        <source>, frist %1</source>
        <translation>, due %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="218" />
        <source>OVERSKREDET</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="220" />
        <source>Opfølgning:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="223" />
        <source>Noter:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="229" />
        <location filename="../../app/export/briefing.py" line="730" />
        <source>bilag</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="230" />
        <source>Bilag: %1, side %2</source>
        <translation>Attachment: %1, page %2</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="244" />
        <source>nyt punkt</source>
        <translation>new item</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="246" />
        <source>beslutning tilføjet</source>
        <translation>decision added</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="248" />
        <source>nyt nummer (%1 → %2)</source>
        <translation>new number (%1 → %2)</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="252" />
        <source>ændret: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="266" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="266" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="272" />
        <source> kl. %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="277" />
        <source>Deltagere: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="280" />
        <source>Fraværende: %1</source>
        <translation>Absent: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="285" />
        <source>%1 punkter fra %2 møder</source>
        <translation>%1 items from %2 meetings</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="288" />
        <source>Dannet %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="295" />
        <source>Ændringer siden forrige version</source>
        <translation>Changes since the previous version</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="299" />
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="304" />
        <source> (lukket)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="312" />
        <source>[Lukket]</source>
        <translation>[Closed]</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="318" />
        <source>Sagsnr. %1</source>
        <translation>Case no. %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="322" />
        <source>Δ Ny version: %1</source>
        <translation>Δ New version: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="428" />
        <location filename="../../app/export/briefing.py" line="759" />
        <source>Side %1 af %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="283" />
        <location filename="../../app/export/briefing.py" line="637" />
        <location filename="../../app/export/briefing.py" line="639" />
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="132" />
        <source>(afkortet her: hele noten står i Mødemappe)</source>
        <translation>(cut here: the whole note is in Mødemappe)</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="731" />
        <source>side %1 af %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="810" />
        <source>%1 (side %2)</source>
        <translation>%1 (pages %2)</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="730" />
        <location filename="../../app/export/briefing.py" line="811" />
        <source>Bilag: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/briefing.py" line="818" />
        <source>Personlig forberedelse til %1</source>
        <translation>Personal preparation for %1</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="51" />
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="54" />
        <source>Åbne opfølgninger</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="176" />
        <source>den tog over %1 s (eller %2 s CPU-tid); vælg færre punkter</source>
        <translation>it took longer than %1 s (or %2 s of CPU); choose fewer items</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="177" />
        <source>den krævede mere end %1 MB hukommelse; vælg færre punkter</source>
        <translation>it needed more than %1 MB of memory; choose fewer items</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="178" />
        <source>den blev afbrudt</source>
        <translation>it was cancelled</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="179" />
        <source>den stoppede uventet (%1); vælg færre punkter</source>
        <translation>it stopped unexpectedly (%1); choose fewer items</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="180" />
        <source>%1 punkter; en briefing kan højst have %2 (vælg færre punkter)</source>
        <translation>%1 items; a briefing takes at most %2 (choose fewer items)</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="181" />
        <source>%1 sider; en briefing kan højst have %2 (vælg færre punkter, eller udelad den fulde tekst)</source>
        <translation>%1 pages; a briefing has at most %2 (choose fewer items or leave out the full text)</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="184" />
        <source>den ville fylde mere end %1 MB (tag færre bilag med)</source>
        <translation>it would be larger than %1 MB (append fewer bilag)</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="185" />
        <source>det gemte møde %1 (%2) er beskadiget; importér mødet igen</source>
        <translation>the stored meeting %1 (%2) is damaged; import the meeting again</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="186" />
        <source>intet at eksportere: ingen punkter passer</source>
        <translation>nothing to export: no item matches</translation>
    </message>
    <message>
        <location filename="../../app/services/briefing.py" line="187" />
        <source>baggrundsprocessen stoppede; prøv igen</source>
        <translation>the background process stopped; try again</translation>
    </message>
</context>
<context>
    <name>BriefingController</name>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="48" />
        <source>Gem briefing</source>
        <translation>Save briefing</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="48" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="54" />
        <source>Skriver briefing …</source>
        <translation>Writing the briefing …</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="58" />
        <source>Briefing gemt (%1 sider): %2</source>
        <translation>Briefing saved (%1 pages): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="62" />
        <source>Briefing gemt: %1 — der er ingen PDF-fremviser på systemet, der kunne åbne den.</source>
        <translation>Briefing saved: %1 — there is no PDF viewer on this system that could open it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_controller.py" line="67" />
        <source>Briefingen kunne ikke skrives: %1</source>
        <translation>The briefing could not be written: %1</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="91" />
        <source>Eksportér briefing (PDF)</source>
        <translation>Export briefing (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="94" />
        <source>Det valgte møde</source>
        <translation>The selected meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="95" />
        <source>Alle punkter med tagget</source>
        <translation>Every item tagged</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="96" />
        <source>Alle punkter med åben opfølgning</source>
        <translation>Every item with an open follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="121" />
        <source>Lukkede punkter er fortrolige. Del ikke briefingen, når de er med.</source>
        <translation>Closed items are confidential. Do not share the briefing while they are in it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="137" />
        <source>Tag hele teksten med for hvert punkt</source>
        <translation>Include the full text of each item</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="139" />
        <source>Vis kort</source>
        <translation>Show briefly</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="140" />
        <location filename="../../app/ui/briefing_dialog.py" line="143" />
        <source>Udelad</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="142" />
        <source>Tag med</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="147" />
        <source>Ikke med</source>
        <translation>Not included</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="148" />
        <source>Hele bilag, du har noter i</source>
        <translation>Whole attachments you annotated</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="149" />
        <source>Kun siderne med dine noter</source>
        <translation>Only the pages with your notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="150" />
        <source>Bilagenes sider sættes bagerst som ægte PDF-sider med bogmærker under punktet</source>
        <translation>The attachments' pages are appended as real PDF pages, bookmarked under their item</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="151" />
        <source>Dit navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="152" />
        <source>Punkter uden noter</source>
        <translation>Items without notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="153" />
        <source>Punkter, der ikke er forberedt</source>
        <translation>Items not prepared</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="154" />
        <source>Papir</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="155" />
        <source>Bilag med noter</source>
        <translation>Attachments with notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="159" />
        <source>Eksportér …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="238" />
        <source>Tag: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="240" />
        <source>Åbne opfølgninger</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="266" />
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="268" />
        <source>Opfølgninger</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/ui/briefing_dialog.py" line="269" />
        <source>%1 – forberedelse.pdf</source>
        <translation>%1 – preparation.pdf</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../app/ui/changes_view.py" line="53" />
        <source>Vis ændringer</source>
        <translation>Show changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="54" />
        <source>Vis, hvad en ny version af mødet ændrede i punktet</source>
        <translation>Show what a new version of the meeting changed in the item</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="55" />
        <source>Versioner …</source>
        <translation>Versions …</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="73" />
        <source>Nyt punkt i denne version</source>
        <translation>New item in this version</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="75" />
        <source>Nyt nummer: %1 → %2</source>
        <translation>New number: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="78" />
        <source>Beslutning tilføjet</source>
        <translation>Decision added</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="80" />
        <source>Ændret: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="82" />
        <source>ændret efter forberedelse</source>
        <translation>changed after preparation</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="85" />
        <source>ændret siden du læste det</source>
        <translation>changed since you read it</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="100" />
        <source>… (forskellen er forkortet)</source>
        <translation>… (the difference is shortened)</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="107" />
        <source>Ændringer</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="125" />
        <source>nyt punkt</source>
        <translation>new item</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="125" />
        <source>nyt nummer</source>
        <translation>new number</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="125" />
        <source>ændret</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="126" />
        <source>beslutning tilføjet</source>
        <translation>decision added</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="126" />
        <source>udgået</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="138" />
        <source>Versioner af mødet</source>
        <translation>Versions of the meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="139" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="139" />
        <source>Rettet dagsorden</source>
        <translation>Revised agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="140" />
        <source>Supplerende dagsorden</source>
        <translation>Supplementary agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="140" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="141" />
        <source>Rettet referat</source>
        <translation>Revised minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="141" />
        <source>Uddrag</source>
        <translation>Extract</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="142" />
        <source>Et punkts eget dokument</source>
        <translation>One item's own document</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="179" />
        <source>Denne version er ikke gemt.</source>
        <translation>This version was not kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/changes_view.py" line="181" />
        <source>Version %1 — kun til læsning</source>
        <translation>Version %1 — read-only</translation>
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
        <location filename="../../app/ui/follow_up_panel.py" line="123" />
        <source>Efter frist</source>
        <translation>By due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="124" />
        <source>Efter tag</source>
        <translation>By tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="125" />
        <source>Vis færdige</source>
        <translation>Show done</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="126" />
        <source>Markér som færdig</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="127" />
        <source>Eksportér …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="128" />
        <source>Gem listen som CSV (regneark) eller Markdown</source>
        <translation>Save the list as CSV (spreadsheet) or Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="129" />
        <source>Ingen opfølgninger. Sæt en opfølgning på et punkt i panelet til højre.</source>
        <translation>No follow-ups. Set a follow-up on an item in the panel on the right.</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="169" />
        <source>overskredet: frist %1</source>
        <translation>overdue: due %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="169" />
        <source>frist %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="217" />
        <source>Færdige</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="219" />
        <source>Uden frist</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="221" />
        <source>Overskredet</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="222" />
        <source>Frist %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="256" />
        <source>Eksportér opfølgninger</source>
        <translation>Export follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="256" />
        <source>opfølgninger.csv</source>
        <translation>follow-ups.csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="257" />
        <source>CSV til regneark (*.csv);;Markdown (*.md)</source>
        <translation>CSV for spreadsheets (*.csv);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="267" />
        <source>Listen kunne ikke gemmes: %1</source>
        <translation>The list could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/follow_up_panel.py" line="269" />
        <source>%1 opfølgninger gemt i %2</source>
        <translation>%1 follow-ups saved in %2</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/export/dates.py" line="19" />
        <source>uden dato</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>HighlightController</name>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="75" />
        <source>Vælg først noget tekst i punktet.</source>
        <translation>First select some text in the item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="79" />
        <source>Teksten er allerede markeret.</source>
        <translation>This text is already highlighted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="81" />
        <source>Markering</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../../app/ui/highlight_controller.py" line="81" />
        <source>Kommentar (valgfri):</source>
        <translation>Comment (optional):</translation>
    </message>
</context>
<context>
    <name>HitStepper</name>
    <message>
        <location filename="../../app/ui/hit_stepper.py" line="68" />
        <location filename="../../app/ui/hit_stepper.py" line="74" />
        <source>Træf %1 af %2</source>
        <translation>Hit %1 of %2</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/ui/import_controller.py" line="59" />
        <source>Importér dagsordener, referater og bilag</source>
        <translation>Import agendas, minutes and attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="68" />
        <source>Alt der kan importeres (%1)</source>
        <translation>Everything that can be imported (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="69" />
        <source>PDF og tekst (%1)</source>
        <translation>PDF and text (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="70" />
        <source>Zip med et møde og dets bilag (%1)</source>
        <translation>Zip with a meeting and its attachments (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="71" />
        <source>FirstAgenda-møde: JSON eller gemt side (%1)</source>
        <translation>FirstAgenda meeting: JSON or saved page (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="77" />
        <source>Importér en mappe med et møde og dets bilag</source>
        <translation>Import a folder with a meeting and its attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="118" />
        <location filename="../../app/ui/import_controller.py" line="120" />
        <source>Importerer …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="118" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="121" />
        <location filename="../../app/ui/import_controller.py" line="178" />
        <location filename="../../app/ui/import_controller.py" line="256" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="146" />
        <source>Importerer fil %1 af %2: %3</source>
        <translation>Importing file %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="179" />
        <source>%1 indeholder kun nogle af punkterne i %2, %3 (%4 punkter).</source>
        <translation>%1 holds only some of the items of %2, %3 (%4 items).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="186" />
        <source>Føj til mødet: %1 punkter tilføjes, %2 opdateres, de øvrige bevares.</source>
        <translation>Add to the meeting: %1 items added, %2 updated, the others kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="188" />
        <source>Erstat mødet: dokumentet bliver mødets nye version; %1 punkter udgår (deres noter gemmes under Rediger → Noter uden punkt), %2 får nyt nummer. Den tidligere version gemmes (Møde → Versioner …).</source>
        <translation>Replace the meeting: the document becomes the meeting's new version; %1 items are withdrawn (their notes are kept under Edit → Notes without an item), %2 get a new number. The earlier version is kept (Meeting → Versions …).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="193" />
        <source>Dokumentet er hverken tydeligt en fuld version eller et uddrag af mødet.</source>
        <translation>The document is clearly neither a complete version nor an extract of the meeting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="195" />
        <source>Føj til mødet</source>
        <translation>Add to the meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="196" />
        <source>Erstat mødet</source>
        <translation>Replace the meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="197" />
        <source>Spring over</source>
        <translation>Skip</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="219" />
        <source>%n møder importeret</source>
        <translation>
            <numerusform>%n meeting imported</numerusform><numerusform>%n meetings imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="221" />
        <source>%n møder opdateret</source>
        <translation>
            <numerusform>%n meeting updated</numerusform><numerusform>%n meetings updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="226" />
        <source>%n punkter føjet til deres møde</source>
        <translation>
            <numerusform>%n item added to its meeting</numerusform><numerusform>%n items added to their meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="230" />
        <source>%n bilag knyttet til deres punkt</source>
        <translation>
            <numerusform>%n attachment linked to its item</numerusform><numerusform>%n attachments linked to their items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="232" />
        <source>%n bilag venter på at blive placeret</source>
        <translation>
            <numerusform>%n attachment waits to be placed</numerusform><numerusform>%n attachments wait to be placed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="235" />
        <source>%n filer var allerede importeret</source>
        <translation>
            <numerusform>%n file was already imported</numerusform><numerusform>%n files were already imported</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="237" />
        <source>importen blev annulleret</source>
        <translation>the import was cancelled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="239" />
        <source>%n noter mistede deres punkt (se Rediger → Noter uden punkt)</source>
        <translation>
            <numerusform>%n note lost its item (see Edit → Notes without an item)</numerusform><numerusform>%n notes lost their item (see Edit → Notes without an item)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="246" />
        <source>Websiden er ikke en gemt FirstAgenda-mødeside. Hent mødets PDF fra portalen og importér den (eller følg udvalget: Fil → Følg udvalg …).</source>
        <translation>The web page is not a saved FirstAgenda meeting page. Download the meeting's PDF from the portal and import it (or follow the committee: File → Follow committees …).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/import_controller.py" line="252" />
        <source>%n filer kunne ikke importeres:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/import_controller.py" line="254" />
        <source>Profilen bruges lige nu af en anden Mødemappe (et vindue eller en kommando). Intet er importeret; prøv igen om lidt.</source>
        <translation>The profile is in use by another Mødemappe right now (a window or a command). Nothing was imported; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="52" />
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="53" />
        <source>Lukket</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="54" />
        <source>Lukket punkt — indholdet er ikke offentliggjort.</source>
        <translation>Closed item — the content is not published.</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="55" />
        <source>Fraværende</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="24" />
        <location filename="../../app/ui/formatting.py" line="56" />
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="25" />
        <source>filen mangler i profilen</source>
        <translation>the file is missing from the profile</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="26" />
        <source>mangler — ikke importeret eller hentet</source>
        <translation>missing — not imported or downloaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="27" />
        <source>punktets eget dokument</source>
        <translation>the item's own document</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="28" />
        <source>ikke nævnt i punktet</source>
        <translation>not listed in the item</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="34" />
        <source>? sider</source>
        <translation>? pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="36" />
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_view.py" line="37" />
        <source>%1 sider</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="57" />
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="58" />
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="59" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60" />
        <source>Mødested</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="61" />
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="62" />
        <source>Punkter</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="63" />
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="64" />
        <source>Orientering</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="65" />
        <source>Drøftelse</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66" />
        <source>Sagshistorik (samme sagsnummer)</source>
        <translation>Case history (same case number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="67" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="68" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="69" />
        <source>kl.</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="70" />
        <source>punkt</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="71" />
        <source>Strukturen er læst med forbehold</source>
        <translation>The structure was read with reservations</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="72" />
        <source>Åbn original</source>
        <translation>Open original</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="73" />
        <source>referatet har ingen beslutninger</source>
        <translation>the minutes have no decisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="74" />
        <source>en titel er taget fra indholdsfortegnelsen</source>
        <translation>a title was taken from the contents list</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="77" />
        <source>punkterne står ikke i rækkefølge</source>
        <translation>the items are out of sequence</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="78" />
        <source>mødedatoen er ikke fundet</source>
        <translation>the meeting date was not found</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="79" />
        <source>udvalget er ikke fundet</source>
        <translation>the committee was not found</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="183" />
        <source>Velkommen til Mødemappe</source>
        <translation>Welcome to Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="184" />
        <source>Biblioteket er tomt. Importér dagsordener og referater som PDF eller tekst — via Fil → Importér eller ved at trække filerne ind i vinduet.</source>
        <translation>The library is empty. Import agendas and minutes as PDF or text — with File → Import or by dragging the files onto the window.</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="189" />
        <source>Importér filer …</source>
        <translation>Import files …</translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="190" />
        <source>Indlæs demo-biblioteket (fem rigtige referater)</source>
        <translation>Load the demo library (five real sets of minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/selection_view.py" line="29" />
        <source>Mødet %1 kan ikke vises: den gemte fil (%2) er beskadiget. Importér mødet igen; dine noter er ikke berørt.</source>
        <translation>The meeting %1 cannot be shown: its stored file (%2) is damaged. Import the meeting again; your notes are not affected.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../app/ui/main_actions.py" line="152" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="153" />
        <source>Eksportér &amp;briefing (PDF) …</source>
        <translation>Export &amp;briefing (PDF) …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="154" />
        <source>&amp;Ret mødets oplysninger …</source>
        <translation>&amp;Correct meeting details …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="155" />
        <source>&amp;Fjern møde …</source>
        <translation>&amp;Remove meeting …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="156" />
        <source>Vis &amp;original</source>
        <translation>Show &amp;original</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="156" />
        <source>Vis den oprindelige PDF ved punktets side</source>
        <translation>Show the original PDF at the item's page</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="158" />
        <source>Åbn i &amp;ekstern fremviser</source>
        <translation>Open in &amp;external viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="159" />
        <source>Åbn kildefilen i systemets PDF-fremviser</source>
        <translation>Open the source file in the system's PDF viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="161" />
        <source>&amp;Forrige punkt</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="162" />
        <source>&amp;Næste punkt</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="163" />
        <source>Zoom &amp;ind</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="164" />
        <source>Zoom &amp;ud</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="165" />
        <source>&amp;Normal størrelse</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="166" />
        <source>&amp;Læsetilstand</source>
        <translation>&amp;Reading mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="166" />
        <source>Skjul mødelisten og notepanelet (F11)</source>
        <translation>Hide the meeting list and the notes panel (F11)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="167" />
        <source>Filtrér møder</source>
        <translation>Filter meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="168" />
        <source>&amp;Søg …</source>
        <translation>&amp;Search …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="169" />
        <source>Søg overalt</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="170" />
        <source>Næste &amp;træf</source>
        <translation>Next &amp;hit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="171" />
        <source>Forrige t&amp;ræf</source>
        <translation>Previous h&amp;it</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="173" />
        <source>Markér som &amp;forberedt</source>
        <translation>Mark as &amp;prepared</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="173" />
        <source>Skift punktet mellem forberedt og læst</source>
        <translation>Switch the item between prepared and read</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="175" />
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="176" />
        <source>&amp;Om Mødemappe</source>
        <translation>&amp;About Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="183" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="197" />
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="198" />
        <source>&amp;Gentag</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="172" />
        <source>&amp;Markér valgt tekst</source>
        <translation>&amp;Highlight selected text</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="142" />
        <source>Mødemappe</source>
        <translation>Mødemappe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="145" />
        <source>&amp;Importér filer …</source>
        <translation>&amp;Import files …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="146" />
        <source>Importér dagsordener, referater og bilag (PDF, tekst, zip)</source>
        <translation>Import agendas, minutes and attachments (PDF, text, zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="149" />
        <source>Importér &amp;mappe …</source>
        <translation>Import &amp;folder …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="150" />
        <source>Importér en mappe med et møde og dets bilag</source>
        <translation>Import a folder with a meeting and its attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="174" />
        <source>&amp;Noter uden punkt …</source>
        <translation>&amp;Notes without an item …</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="182" />
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="182" />
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="182" />
        <source>&amp;Møde</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="183" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="183" />
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_actions.py" line="188" />
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132" />
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>%n møder</source>
        <translation>
            <numerusform>%n meeting</numerusform><numerusform>%n meetings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="222" />
        <source>%n punkter</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382" />
        <source>Søgeindekset er opdateret.</source>
        <translation>The search index is up to date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="51" />
        <source>Der opstod en uventet fejl. Dit arbejde er gemt.</source>
        <translation>An unexpected error occurred. Your work is saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="71" />
        <source>En del af dine noter kunne ikke læses.</source>
        <translation>Some of your notes could not be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="73" />
        <source>Filen kan ikke læses og er ladt urørt: %1</source>
        <translation>The file cannot be read and was left as it is: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="75" />
        <source>Filen er flyttet til side og er ikke slettet: %1</source>
        <translation>The file was moved aside, not deleted: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="78" />
        <source>En sikkerhedskopi af dine noter gemmes stadig.</source>
        <translation>A backup of your notes is still being kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="79" />
        <source>Den blev sat til side, da en beskadiget fil blev fundet, og gemmes, til du vælger.</source>
        <translation>It was set aside when a damaged file was found and is kept until you decide.</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="86" />
        <source>Hent noterne fra sikkerhedskopien</source>
        <translation>Bring back the notes from the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="89" />
        <source>Kassér sikkerhedskopien</source>
        <translation>Dismiss the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="91" />
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/launch.py" line="162" />
        <source>Mødemappe er allerede åben med denne profil. Skift til det åbne vindue.</source>
        <translation>Mødemappe is already open with this profile. Switch to the open window.</translation>
    </message>
</context>
<context>
    <name>MeetingBrowser</name>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="57" />
        <source>Filtrér møder og punkter …</source>
        <translation>Filter meetings and items …</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_browser.py" line="58" />
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="51" />
        <source>Fjern møde</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="52" />
        <source>Fjern %1 fra biblioteket? Kildefilen slettes fra Mødemappe, ikke fra din computer.</source>
        <translation>Remove %1 from the library? The source file is deleted from Mødemappe, not from your computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_commands.py" line="63" />
        <source>Kildefilen findes ikke længere.</source>
        <translation>The source file no longer exists.</translation>
    </message>
</context>
<context>
    <name>MeetingPropertiesDialog</name>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="43" />
        <source>Mødets egenskaber</source>
        <translation>Meeting properties</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="47" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="47" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="49" />
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="50" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="51" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="52" />
        <source>Punkter</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="53" />
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="54" />
        <source>Kildefil</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="57" />
        <source>Bilag</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="58" />
        <location filename="../../app/ui/bilag_controller.py" line="65" />
        <source>%1 dokumenter, %2</source>
        <translation>%1 documents, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="64" />
        <source>Punkternes egne PDF'er</source>
        <translation>The items' own PDFs</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="69" />
        <source>Bilag uden punkt</source>
        <translation>Attachments without an item</translation>
    </message>
    <message>
        <location filename="../../app/ui/bilag_controller.py" line="70" />
        <source>Frigives ved fjernelse</source>
        <translation>Freed by removing it</translation>
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="93" />
        <source>%1 af %2 forberedt</source>
        <translation>%1 of %2 prepared</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="132" />
        <source>Ukendt kommune</source>
        <translation>Unknown municipality</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="136" />
        <source>Ukendt udvalg</source>
        <translation>Unknown committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="142" />
        <source>Referat</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="144" />
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="384" />
        <location filename="../../app/ui/meeting_tree_model.py" line="391" />
        <source>lukket</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="400" />
        <source>Sagsnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/meeting_tree_model.py" line="403" />
        <source>Ny version</source>
        <translation>New version</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="16" />
        <source>Filen er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17" />
        <source>Filen findes ikke.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18" />
        <source>Filen kan ikke læses.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19" />
        <source>Filen er hverken en PDF eller en tekstfil.</source>
        <translation>The file is neither a PDF nor a text file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20" />
        <source>PDF-filen er beskadiget eller ufuldstændig.</source>
        <translation>The PDF file is damaged or incomplete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23" />
        <source>PDF-filen er beskyttet med en adgangskode.</source>
        <translation>The PDF file is protected by a password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24" />
        <source>PDF-filen er en scanning uden tekst — kør tekstgenkendelse (OCR) først.</source>
        <translation>The PDF file is a scan without text — run text recognition (OCR) first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="27" />
        <source>Teksten ligner ikke en dagsorden eller et referat.</source>
        <translation>The text does not look like an agenda or minutes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30" />
        <source>Denne filtype understøttes ikke.</source>
        <translation>This kind of file is not supported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31" />
        <source>Ikke en almindelig fil (en pipe, en enhed eller en mappe) — den er ikke læst.</source>
        <translation>Not a regular file (a pipe, a device or a folder) — it was not read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34" />
        <source>Filen er for stor til at blive importeret sikkert.</source>
        <translation>The file is too large to import safely.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35" />
        <source>Det tog for lang tid at læse filen; den blev stoppet.</source>
        <translation>Reading the file took too long; it was stopped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38" />
        <source>Filen er beskadiget eller i en form, Mødemappe ikke kan læse.</source>
        <translation>The file is damaged or in a form Mødemappe cannot read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41" />
        <source>Filnavnet er for langt til systemet.</source>
        <translation>The file name is too long for the system.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42" />
        <source>Du har ikke adgang til at læse filen.</source>
        <translation>You have no permission to read the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43" />
        <source>Disken er fuld; filen blev ikke gemt.</source>
        <translation>The disk is full; the file was not stored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44" />
        <source>Profilmappen er skrivebeskyttet; filen blev ikke gemt.</source>
        <translation>The profile folder is read-only; the file was not stored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47" />
        <source>Importen blev afbrudt; importér filen igen.</source>
        <translation>The import was interrupted; import the file again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48" />
        <source>Flere filer, end én import tager; de blev ikke læst.</source>
        <translation>More files than one import takes; those were not read.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51" />
        <source>En zip-fil inde i en zip-fil åbnes ikke.</source>
        <translation>A zip file inside a zip file is not opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52" />
        <source>Profilen bruges af en anden Mødemappe; intet blev gemt.</source>
        <translation>The profile is in use by another Mødemappe; nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55" />
        <source>JSON-filen er ikke et møde fra en FirstAgenda-portal.</source>
        <translation>The JSON file is not a meeting from a FirstAgenda portal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59" />
        <source>Filen kunne ikke importeres.</source>
        <translation>The file could not be imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="65" />
        <source>Der er ingen PDF-fremviser på systemet, der kunne åbne filen. Brug fanen Original i stedet.</source>
        <translation>There is no PDF viewer on this system that could open the file. Use the Original tab instead.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="73" />
        <source>Disken er fuld. Frigør plads, og start Mødemappe igen for at kunne gemme.</source>
        <translation>The disk is full. Free some space and start Mødemappe again to save.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76" />
        <source>Profilmappens sti er for lang til systemet.</source>
        <translation>The profile folder's path is too long for the system.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80" />
        <source>Profilmappen er skrivebeskyttet (eller du har ikke skriveadgang).</source>
        <translation>The profile folder is read-only (or you have no write permission).</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87" />
        <source>Biblioteket</source>
        <translation>The library</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88" />
        <source>Dine noter</source>
        <translation>Your notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89" />
        <source>Bilagsoversigten</source>
        <translation>The bilag index</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90" />
        <source>Søgeindekset</source>
        <translation>The search index</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92" />
        <source>%1 (%2) kunne ikke åbnes: %3</source>
        <translation>%1 (%2) could not be opened: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="96" />
        <source>; der er ingen sikkerhedskopi af dine noter endnu.</source>
        <translation>; there is no backup of your notes yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97" />
        <source>; den nyeste sikkerhedskopi af dine noter er %1.</source>
        <translation>; the newest backup of your notes is %1.</translation>
    </message>
</context>
<context>
    <name>NotesBackupOffer</name>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="31" />
        <source>Dine noter kunne ikke åbnes.</source>
        <translation>Your notes could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="32" />
        <source>Den nyeste sikkerhedskopi er %1. Læg den tilbage? De noter, der ikke kan åbnes, gemmes ved siden af.</source>
        <translation>The newest backup is %1. Put it back? The notes that cannot be opened are kept beside it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="37" />
        <source>Læg sikkerhedskopien tilbage</source>
        <translation>Put the backup back</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="39" />
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="60" />
        <source>Sikkerhedskopien kunne ikke lægges tilbage: %1</source>
        <translation>The backup could not be put back: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_backup_offer.py" line="63" />
        <source>Dine noter er lagt tilbage fra %1. Genstart Mødemappe for at arbejde videre med dem.</source>
        <translation>Your notes were put back from %1. Restart Mødemappe to work with them.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="199" />
        <source>Holdning</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="200" />
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="214" />
        <source>Spørgsmål, synspunkter, hvad du vil sige på mødet …</source>
        <translation>Questions, views, what you want to say at the meeting …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="201" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="216" />
        <source>Tilføj tag og tryk Enter</source>
        <translation>Add a tag and press Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="202" />
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="220" />
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="221" />
        <source>fx: spørg forvaltningen om tallene for 2023</source>
        <translation>e.g. ask the administration for the 2023 figures</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="203" />
        <source>Markeringer</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="198" />
        <source>Læsestatus</source>
        <translation>Reading status</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="208" />
        <source>Et punkt bliver læst af sig selv, når du har haft det åbent et stykke tid</source>
        <translation>An item becomes read by itself once you have had it open for a while</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Grøn</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Blå</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="222" />
        <source>Rød</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="224" />
        <source>Farve</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="225" />
        <source>Markér valgt tekst</source>
        <translation>Highlight selected text</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="226" />
        <source>Markér den tekst, du har valgt i punktet (Ctrl+M)</source>
        <translation>Highlight the text you selected in the item (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="227" />
        <source>Slet markering</source>
        <translation>Delete highlight</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="229" />
        <location filename="../../app/ui/notes_panel.py" line="269" />
        <source>Vælg et punkt for at skrive noter</source>
        <translation>Select an item to write notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="299" />
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="325" />
        <source>Klik for at fjerne; højreklik for farve og omdøbning</source>
        <translation>Click to remove; right-click for colour and renaming</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="343" />
        <source>Bilag, side %1</source>
        <translation>Attachment, page %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="346" />
        <source>(findes ikke længere i teksten)</source>
        <translation>(no longer found in the text)</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="374" />
        <source>Ikke gemt endnu …</source>
        <translation>Not saved yet …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="402" />
        <source>Omdøb tag overalt …</source>
        <translation>Rename tag everywhere …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="403" />
        <source>Skift farve …</source>
        <translation>Change colour …</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="406" />
        <source>Omdøb tag</source>
        <translation>Rename tag</translation>
    </message>
    <message>
        <location filename="../../app/ui/notes_panel.py" line="406" />
        <source>Nyt navn til “%1”:</source>
        <translation>New name for “%1”:</translation>
    </message>
</context>
<context>
    <name>OriginalPane</name>
    <message>
        <location filename="../../app/ui/original_pane.py" line="73" />
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="74" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="75" />
        <source>Den oprindelige PDF ved punktets side (Ctrl+Shift+O)</source>
        <translation>The original PDF at the item's page (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="137" />
        <source>Bilaget findes ikke længere i profilen.</source>
        <translation>The attachment is no longer in the profile.</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="170" />
        <source>Punktets eget dokument (%1)</source>
        <translation>The item's own document (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="180" />
        <source>Bilag: %1 — mangler</source>
        <translation>Attachment: %1 — missing</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="181" />
        <source>Bilag: %1 (%2)</source>
        <translation>Attachment: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="225" />
        <source>Mødet er importeret fra en tekstfil eller kildefilen findes ikke længere; der er ingen sider at vise.</source>
        <translation>The meeting was imported from a text file or its source file is gone; there are no pages to show.</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="282" />
        <source>Teksten er allerede markeret.</source>
        <translation>This text is already highlighted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="284" />
        <source>Kommentar (valgfri):
“%1”</source>
        <translation>Comment (optional):
“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="285" />
        <source>Markering i bilag</source>
        <translation>Highlight in attachment</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="293" />
        <source>Note til bilagets side</source>
        <translation>Note on the attachment's page</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="294" />
        <source>Note til side %1:</source>
        <translation>Note on page %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/original_pane.py" line="163" />
        <source>Mødets dokument</source>
        <translation>The meeting's document</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="33" />
        <source>Noter uden punkt</source>
        <translation>Notes without an item</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="36" />
        <source>Disse noter hørte til punkter, der ikke findes i den nyeste udgave af dokumentet. Intet er slettet.</source>
        <translation>These notes belonged to items that are not in the newest version of the document. Nothing has been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="44" />
        <source>Knyt til det valgte punkt</source>
        <translation>Attach to the selected item</translation>
    </message>
    <message>
        <location filename="../../app/ui/orphans_dialog.py" line="65" />
        <source>Ingen noter mangler et punkt.</source>
        <translation>No notes are missing an item.</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../app/ui/page_view.py" line="112" />
        <source>Originalens sider</source>
        <translation>The original's pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="331" />
        <source>Siden kunne ikke vises: den tog for lang tid at tegne.</source>
        <translation>The page could not be shown: it took too long to draw.</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="333" />
        <source>Siden kunne ikke vises. Den kan være beskadiget.</source>
        <translation>The page could not be shown. It may be damaged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="368" />
        <source>Side %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>PageFindBar</name>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="58" />
        <source>Find i dokumentet …</source>
        <translation>Find in the document …</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="59" />
        <source>Find i dokumentet</source>
        <translation>Find in the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="60" />
        <source>Forrige forekomst (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="61" />
        <source>Næste forekomst (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="62" />
        <source>Luk søgningen (Esc)</source>
        <translation>Close the search (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="91" />
        <source>Ikke fundet</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="93" />
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_find_bar.py" line="112" />
        <source>Søger …</source>
        <translation>Searching …</translation>
    </message>
</context>
<context>
    <name>PageOutline</name>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="47" />
        <source>%1 · side %2</source>
        <translation>%1 · page %2</translation>
    </message>
</context>
<context>
    <name>PageSidebar</name>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="82" />
        <source>Sider</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="83" />
        <source>Dokumentets sider som miniaturer</source>
        <translation>The document's pages as thumbnails</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="85" />
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_sidebar.py" line="86" />
        <source>Dokumentets egen indholdsfortegnelse</source>
        <translation>The document's own table of contents</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../app/ui/page_view.py" line="493" />
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="496" />
        <source>Forrige side (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="497" />
        <source>Næste side (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="494" />
        <source>Side</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="498" />
        <source>Zoom ud</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="499" />
        <source>Zoom ind</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="500" />
        <source>Bredde</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="503" />
        <source>Vis sidernes miniaturer og dokumentets indhold i en sidebjælke</source>
        <translation>Show the pages as thumbnails and the document's contents in a sidebar</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="504" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="504" />
        <source>Skriv en note til denne side</source>
        <translation>Write a note on this page</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="500" />
        <source>Tilpas siden til vinduets bredde</source>
        <translation>Fit the page to the window's width</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="501" />
        <source>Drej siderne mod uret</source>
        <translation>Turn the pages counter-clockwise</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="502" />
        <source>Drej siderne med uret</source>
        <translation>Turn the pages clockwise</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="505" />
        <source>Åbn filen i systemets PDF-fremviser</source>
        <translation>Open the file in the system's PDF viewer</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="505" />
        <source>Ekstern</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="668" />
        <source>Der er ingen PDF at vise for dette punkt.</source>
        <translation>There is no PDF to show for this item.</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="776" />
        <source>PDF-filen har ingen sider.</source>
        <translation>The PDF file has no pages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="801" />
        <source>PDF-filen kunne ikke vises. Den kan være beskadiget.</source>
        <translation>The PDF file could not be shown. It may be damaged.</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="832" />
        <source>%1 mangler: filen er ikke hentet eller importeret.</source>
        <translation>%1 is missing: the file was not downloaded or imported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_view.py" line="979" />
        <source>af %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>PortalController</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="339" />
        <source>Følg &amp;udvalg …</source>
        <translation>Follow &amp;committees …</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="340" />
        <source>Følg udvalg på kommunens FirstAgenda-portal</source>
        <translation>Follow committees on the municipality's FirstAgenda portal</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="341" />
        <source>S&amp;ynkronisér udvalg</source>
        <translation>S&amp;ync committees</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="342" />
        <source>Hent nye dagsordener, referater og bilag fra de fulgte udvalg</source>
        <translation>Get new agendas, minutes and attachments of the followed committees</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="361" />
        <source>Ingen netværksforbindelse — udvalgene synkroniseres senere.</source>
        <translation>No network connection — the committees will be synced later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="395" />
        <source>Synkroniseringen mislykkedes: %1</source>
        <translation>The sync failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="410" />
        <source>Portalen kan ikke nås — prøv igen senere.</source>
        <translation>The portal cannot be reached — try again later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="412" />
        <source>Synkroniseret: %1 nye, %2 opdaterede, %3 uændrede</source>
        <translation>Synced: %1 new, %2 updated, %3 unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="417" />
        <source>%1 kunne ikke hentes</source>
        <translation>%1 could not be fetched</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="419" />
        <source>annulleret — fortsætter næste gang</source>
        <translation>cancelled — continues next time</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="421" />
        <source>%1 noter uden punkt</source>
        <translation>%1 notes without an item</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="431" />
        <source>%n nye beslutninger</source>
        <translation>
            <numerusform>%n new decision</numerusform><numerusform>%n new decisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="432" />
        <source>%n punkter udgået</source>
        <translation>
            <numerusform>%n item withdrawn</numerusform><numerusform>%n items withdrawn</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="433" />
        <source>%n nye punkter</source>
        <translation>
            <numerusform>%n new item</numerusform><numerusform>%n new items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="434" />
        <source>%n punkter med nyt nummer</source>
        <translation>
            <numerusform>%n item renumbered</numerusform><numerusform>%n items renumbered</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="435" />
        <source>%n ændrede indstillinger</source>
        <translation>
            <numerusform>%n changed recommendation</numerusform><numerusform>%n changed recommendations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/portal_dialog.py" line="436" />
        <source>%n andre punkter ændret</source>
        <translation>
            <numerusform>%n other item changed</numerusform><numerusform>%n other items changed</numerusform></translation>
    </message>
</context>
<context>
    <name>PortalDialog</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="95" />
        <source>Følg udvalg</source>
        <translation>Follow committees</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="99" />
        <source>Portalens adresse</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="100" />
        <source>Hent udvalg</source>
        <translation>Get committees</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="101" />
        <source>Skriv adressen på kommunens FirstAgenda-portal og hent dens udvalg.</source>
        <translation>Enter the address of the municipality's FirstAgenda portal and get its committees.</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="109" />
        <source>Filtrér udvalg …</source>
        <translation>Filter committees …</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="113" />
        <source>Udvalg</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="114" />
        <source>Synkronisér ved start, når der er netværk</source>
        <translation>Sync at start when online</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="117" />
        <source>Følg valgte udvalg</source>
        <translation>Follow selected committees</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="122" />
        <source>Portal:</source>
        <translation>Portal:</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="155" />
        <source>%1 (%2 møder)</source>
        <translation>%1 (%2 meetings)</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="163" />
        <source>%1 udvalg på %2</source>
        <translation>%1 committees on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="189" />
        <source>Henter udvalg …</source>
        <translation>Getting committees …</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../app/ui/read_only_banner.py" line="34" />
        <source>Kun læsning — intet kan gemmes lige nu. %1</source>
        <translation>Read only — nothing can be saved right now. %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="236" />
        <source>Søg i alle møder og dine noter … (Ctrl+K)</source>
        <translation>Search all meetings and your notes … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="238" />
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="239" />
        <source>Har noter</source>
        <translation>Has notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="240" />
        <source>Åben opfølgning</source>
        <translation>Open follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="241" />
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="242" />
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="278" />
        <source>Alle kommuner</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="280" />
        <source>Alle udvalg</source>
        <translation>All committees</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="282" />
        <source>Dagsordener og referater</source>
        <translation>Agendas and minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="283" />
        <source>Kun referater</source>
        <translation>Minutes only</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="283" />
        <source>Kun dagsordener</source>
        <translation>Agendas only</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="285" />
        <source>Alle tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="323" />
        <source>Skriv et ord, eller vælg et filter for at se alt, der passer.</source>
        <translation>Type a word, or choose a filter to see everything that matches.</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="326" />
        <source>Søger …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="339" />
        <location filename="../../app/ui/search_panel.py" line="346" />
        <source>Søgeindekset var beskadiget og bygges op igen …</source>
        <translation>The search index was damaged and is being rebuilt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="341" />
        <source>%n træf · søgeindekset opdateres …</source>
        <translation>
            <numerusform>%n hit · the search index is being updated …</numerusform><numerusform>%n hits · the search index is being updated …</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search_panel.py" line="343" />
        <source>%n træf</source>
        <translation>
            <numerusform>%n hit</numerusform><numerusform>%n hits</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="343" />
        <source>Ingen træf</source>
        <translation>No hits</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="95" />
        <source>Bilag: %1, side %2</source>
        <translation>Attachment: %1, page %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48" />
        <source>Gå til næste / forrige felt</source>
        <translation>Go to the next / previous field</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="48" />
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49" />
        <source>Fra filteret ned i resultaterne</source>
        <translation>From the filter down into the results</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="49" />
        <source>Pil ned</source>
        <translation>Down arrow</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50" />
        <source>Åbn det valgte punkt og læs</source>
        <translation>Open the selected item and read</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="50" />
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51" />
        <source>Ryd filteret (punktet bliver valgt)</source>
        <translation>Clear the filter (the item stays selected)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="51" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="52" />
        <source>Vælg tekst i punktet med tastaturet</source>
        <translation>Select text in the item with the keyboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="52" />
        <source>Shift+piltaster</source>
        <translation>Shift+arrow keys</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="53" />
        <source>Indsæt et tabulatortegn i noten</source>
        <translation>Insert a tab character in the note</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="53" />
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="58" />
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="62" />
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="62" />
        <source>Tast</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>StoreDamage</name>
    <message>
        <location filename="../../app/ui/store_damage.py" line="25" />
        <source>Portalopsætningen (portal.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; tilføj portalen og følg dine udvalg igen (Fil → Følg udvalg …).</source>
        <translation>The portal settings (portal.json) were damaged. They were set aside as %1, not deleted; add the portal and follow your committees again (File → Follow committees …).</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="30" />
        <source>Portalopsætningen (portal.json) er beskadiget og er ladt urørt; ingen portal vises.</source>
        <translation>The portal settings (portal.json) are damaged and were left as they are; no portal is shown.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="34" />
        <source>Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; bilagene er hentet fra sikkerhedskopien (bilag tilføjet siden kan mangle).</source>
        <translation>The attachment index (bilag/index.json) was damaged. It was set aside as %1, not deleted; the attachments were taken from its backup (attachments added since may be missing).</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="39" />
        <source>Bilagsoversigten (bilag/index.json) var beskadiget. Den er lagt til side som %1 og ikke slettet; der var ingen sikkerhedskopi, så importér møderne igen for at få deres bilag tilbage.</source>
        <translation>The attachment index (bilag/index.json) was damaged. It was set aside as %1, not deleted; there was no backup, so import the meetings again to get their attachments back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="45" />
        <source>Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; bilagene vises fra sikkerhedskopien.</source>
        <translation>The attachment index (bilag/index.json) is damaged and was left as it is; the attachments are shown from its backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="50" />
        <source>Bilagsoversigten (bilag/index.json) er beskadiget og er ladt urørt; ingen bilag kan vises.</source>
        <translation>The attachment index (bilag/index.json) is damaged and was left as it is; no attachments can be shown.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store_damage.py" line="66" />
        <source>En fil i din profil var beskadiget. Intet er slettet.</source>
        <translation>A file in your profile was damaged. Nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="256" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="257" />
        <source>Annullér synkroniseringen</source>
        <translation>Cancel the sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="279" />
        <source>Følger: %1</source>
        <translation>Following: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/portal_dialog.py" line="288" />
        <source>Synkroniserer %1 af %2: %3</source>
        <translation>Syncing %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>ThumbnailList</name>
    <message>
        <location filename="../../app/ui/page_thumbnails.py" line="194" />
        <source>Sidernes miniaturer</source>
        <translation>Page thumbnails</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../app/ui/page_thumbnails.py" line="91" />
        <source>Side %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/page_thumbnails.py" line="91" />
        <source>Side %1 kunne ikke vises</source>
        <translation>Page %1 could not be shown</translation>
    </message>
</context>
<context><name>Labels</name><message><source>Ikke taget stilling</source><translation>Not decided</translation></message><message><source>For</source><translation>For</translation></message><message><source>Imod</source><translation>Against</translation></message><message><source>I tvivl</source><translation>Undecided</translation></message><message><source>Ingen opfølgning</source><translation>No follow-up</translation></message><message><source>Åben</source><translation>Open</translation></message><message><source>Færdig</source><translation>Done</translation></message><message><source>Ulæst</source><translation>Unread</translation></message><message><source>Læst</source><translation>Read</translation></message><message><source>Forberedt</source><translation>Prepared</translation></message></context></TS>