<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="166"/>
        <source>Grammar: spelling only, on this computer</source>
        <translation>Grammatik: nur Rechtschreibung, auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="170"/>
        <source>Grammar: {backend}</source>
        <translation>Grammatik: {backend}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="65"/>
        <source>; {count} already in the calendar will be left as they are</source>
        <translation>; {count} schon im Kalender bleiben, wie sie sind</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="69"/>
        <source>; new workspace(s): {names}</source>
        <translation>
            <numerusform>; neuer Arbeitsbereich: {names}</numerusform>
            <numerusform>; neue Arbeitsbereiche: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="61"/>
        <source>%n row(s) checked, all valid</source>
        <translation>
            <numerusform>%n Zeile geprüft, alles gültig</numerusform>
            <numerusform>%n Zeilen geprüft, alle gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="62"/>
        <source>: %n new post(s) to import</source>
        <translation>
            <numerusform>: %n neuer Beitrag zum Importieren</numerusform>
            <numerusform>: %n neue Beiträge zum Importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="74"/>
        <source>{bad} of %n row(s) cannot be imported. Nothing has been written. Fix the file and try again, or import only the valid rows.</source>
        <translation>
            <numerusform>{bad} von %n Zeile kann nicht importiert werden. Es wurde nichts geschrieben. Korrigiere die Datei und versuch es noch einmal, oder importiere nur die gültigen Zeilen.</numerusform>
            <numerusform>{bad} von %n Zeilen können nicht importiert werden. Es wurde nichts geschrieben. Korrigiere die Datei und versuch es noch einmal, oder importiere nur die gültigen Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="90"/>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="91"/>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="96"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="100"/>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="101"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="101"/>
        <source>Why it cannot be imported</source>
        <translation>Warum sie nicht importiert werden kann</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="119"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="124"/>
        <location filename="../../studio/ui/calendar_exchange.py" line="126"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="129"/>
        <source>Import Valid Rows Only</source>
        <translation>Nur gültige Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="131"/>
        <source>Import valid rows only</source>
        <translation>Nur gültige Zeilen importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="135"/>
        <location filename="../../studio/ui/review_view.py" line="593"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="66"/>
        <location filename="../../studio/ui/calendar_health.py" line="347"/>
        <source>Calendar health chart</source>
        <translation>Diagramm zur Kalendergesundheit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_health.py" line="85"/>
        <source>{workspace}, week of {day}: %n post(s), {share:.0%} promotional, {night} at night</source>
        <translation>
            <numerusform>{workspace}, Woche vom {day}: %n Beitrag, {share:.0%} werbend, {night} nachts</numerusform>
            <numerusform>{workspace}, Woche vom {day}: %n Beiträge, {share:.0%} werbend, {night} nachts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="108"/>
        <source>No weeks to show.</source>
        <translation>Keine Wochen zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="163"/>
        <source>Posts by type</source>
        <translation>Beiträge nach Art</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="169"/>
        <location filename="../../studio/ui/calendar_models.py" line="115"/>
        <source>Promotional</source>
        <translation>Werbend</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="170"/>
        <source>Night posts</source>
        <translation>Nachtbeiträge</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="171"/>
        <source>Busiest creator</source>
        <translation>Meistbeschäftigte Person</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="172"/>
        <source>Fewest rest days</source>
        <translation>Wenigste Ruhetage</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="207"/>
        <location filename="../../studio/ui/calendar_models.py" line="739"/>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="234"/>
        <source>{days} d</source>
        <translation>{days} T</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="316"/>
        <source>Health issues</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="341"/>
        <source>Calendar health</source>
        <translation>Kalendergesundheit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_health.py" line="399"/>
        <source>%n issue(s) found</source>
        <translation>
            <numerusform>%n Auffälligkeit gefunden</numerusform>
            <numerusform>%n Auffälligkeiten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="401"/>
        <source>No issues found: a sustainable plan.</source>
        <translation>Keine Auffälligkeiten: ein Plan, der sich durchhalten lässt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="97"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="98"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="99"/>
        <location filename="../../studio/ui/review_page.py" line="245"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="100"/>
        <location filename="../../studio/ui/review_page.py" line="247"/>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="101"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="102"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="103"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="104"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="111"/>
        <source>Educational</source>
        <translation>Lehrreich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="112"/>
        <source>Entertaining</source>
        <translation>Unterhaltsam</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="113"/>
        <source>Inspiring</source>
        <translation>Inspirierend</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="114"/>
        <source>Conversational</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="116"/>
        <source>No type</source>
        <translation>Ohne Art</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="161"/>
        <location filename="../../studio/ui/calendar_models.py" line="679"/>
        <location filename="../../studio/ui/calendar_page.py" line="1167"/>
        <source>Untitled post</source>
        <translation>Beitrag ohne Titel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="171"/>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="176"/>
        <source>repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="178"/>
        <source>needs attention: strong findings</source>
        <translation>braucht Aufmerksamkeit: ernste Hinweise</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="277"/>
        <source>{day}: nothing planned. Double-click to start a draft here.</source>
        <translation>{day}: nichts geplant. Doppelklicke, um hier einen Entwurf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="288"/>
        <source>{day}, no posts</source>
        <translation>{day}, keine Beiträge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_models.py" line="290"/>
        <source>{day}, %n post(s): {posts}</source>
        <translation>
            <numerusform>{day}, %n Beitrag: {posts}</numerusform>
            <numerusform>{day}, %n Beiträge: {posts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_models.py" line="741"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="571"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="572"/>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="573"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="574"/>
        <location filename="../../studio/ui/calendar_page.py" line="1029"/>
        <location filename="../../studio/ui/revision_history.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="575"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="576"/>
        <source>Findings</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="602"/>
        <source> (repeat)</source>
        <translation> (Wiederholung)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="609"/>
        <source>Strong findings</source>
        <translation>Ernste Hinweise</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="659"/>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="666"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="668"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="670"/>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="672"/>
        <source>{network} text</source>
        <translation>{network}-Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="139"/>
        <location filename="../../studio/ui/calendar_views.py" line="551"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="140"/>
        <location filename="../../studio/ui/calendar_views.py" line="558"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="141"/>
        <location filename="../../studio/ui/calendar_views.py" line="573"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="142"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="246"/>
        <source>Move Post</source>
        <translation>Beitrag verschieben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="324"/>
        <location filename="../../studio/ui/calendar_page.py" line="355"/>
        <location filename="../../studio/ui/calendar_page.py" line="1308"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="363"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="364"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="365"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="365"/>
        <source>Today (T)</source>
        <translation>Heute (T)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="376"/>
        <source>Search posts</source>
        <translation>Beiträge suchen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="377"/>
        <source>Search titles, texts, comments…</source>
        <translation>Titel, Texte, Kommentare durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="378"/>
        <source>Search every post (Ctrl+F)</source>
        <translation>Alle Beiträge durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="398"/>
        <source>{view} (Ctrl+Alt+{number})</source>
        <translation>{view} (Strg+Alt+{number})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="423"/>
        <location filename="../../studio/ui/calendar_page.py" line="428"/>
        <location filename="../../studio/ui/calendar_page.py" line="1048"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="425"/>
        <source>Show only some campaigns, networks, statuses or types</source>
        <translation>Nur bestimmte Kampagnen, Netzwerke, Status oder Arten zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="430"/>
        <location filename="../../studio/ui/calendar_page.py" line="432"/>
        <source>Show in my zone</source>
        <translation>In meiner Zeitzone zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="434"/>
        <source>Show every time on this computer&apos;s clock ({zone})</source>
        <translation>Alle Zeiten nach der Uhr dieses Computers zeigen ({zone})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="446"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="448"/>
        <location filename="../../studio/ui/calendar_page.py" line="452"/>
        <location filename="../../studio/ui/calendar_page.py" line="455"/>
        <source>Status colours</source>
        <translation>Statusfarben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="449"/>
        <source>What the coloured dots and edges of a post mean</source>
        <translation>Was die farbigen Punkte und Ränder eines Beitrags bedeuten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="493"/>
        <source>Calendar views</source>
        <translation>Kalenderansichten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="505"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="551"/>
        <source>Calendar: {view}</source>
        <translation>Kalender: {view}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="559"/>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Gehe zu Datum…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="564"/>
        <source>Find in Calendar</source>
        <translation>Im Kalender suchen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="577"/>
        <source>Ca&amp;lendar View</source>
        <translation>&amp;Kalenderansicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="579"/>
        <source>Calendar view</source>
        <translation>Kalenderansicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="645"/>
        <source>Import posts from a JSON or CSV file</source>
        <translation>Beiträge aus einer JSON- oder CSV-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="649"/>
        <source>Export posts as JSON, CSV or iCalendar</source>
        <translation>Beiträge als JSON, CSV oder iCalendar exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="889"/>
        <source>Week {number} · {span}</source>
        <translation>Woche {number} · {span}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="893"/>
        <source>Health · {month}</source>
        <translation>Gesundheit · {month}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="898"/>
        <source>Times on each workspace&apos;s clock</source>
        <translation>Zeiten nach der Uhr des jeweiligen Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="900"/>
        <source>Times on my clock ({zone})</source>
        <translation>Zeiten nach meiner Uhr ({zone})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="902"/>
        <source>Times in {zone}</source>
        <translation>Zeiten in {zone}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="947"/>
        <source>That post has no date; it opens in the composer instead.</source>
        <translation>Dieser Beitrag hat kein Datum; er öffnet sich stattdessen im Editor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="981"/>
        <source>%n post(s) found for “{query}”</source>
        <translation>
            <numerusform>%n Beitrag für „{query}“ gefunden</numerusform>
            <numerusform>%n Beiträge für „{query}“ gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1226"/>
        <source>{name} is a review file; open it from the Review section.</source>
        <translation>{name} ist eine Review-Datei; öffne sie im Bereich Prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="1243"/>
        <source>Nothing was imported from {name}: %n row(s) still cannot be read.</source>
        <translation>
            <numerusform>Aus {name} wurde nichts importiert: %n Zeile ist noch nicht lesbar.</numerusform>
            <numerusform>Aus {name} wurde nichts importiert: %n Zeilen sind noch nicht lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="1250"/>
        <source>Imported %n post(s) from {name}</source>
        <translation>
            <numerusform>%n Beitrag aus {name} importiert</numerusform>
            <numerusform>%n Beiträge aus {name} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="1251"/>
        <source>; %n already there.</source>
        <translation>
            <numerusform>; %n war schon da.</numerusform>
            <numerusform>; %n waren schon da.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="983"/>
        <source>No post matches “{query}”.</source>
        <translation>Kein Beitrag passt zu „{query}“.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1017"/>
        <location filename="../../studio/ui/revision_history.py" line="83"/>
        <location filename="../../studio/ui/revision_history.py" line="87"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1023"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1035"/>
        <source>Content type</source>
        <translation>Inhaltsart</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1041"/>
        <source>Show Everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1048"/>
        <source>Filters ({count})</source>
        <translation>Filter ({count})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1166"/>
        <source>Moved “{title}” to {when}. Edit ▸ Undo moves it back.</source>
        <translation>„{title}“ auf {when} verschoben. Bearbeiten ▸ Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1175"/>
        <source>The post was not moved. {reason}</source>
        <translation>Der Beitrag wurde nicht verschoben. {reason}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1204"/>
        <source>Import Posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1260"/>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1265"/>
        <source>Export Posts</source>
        <translation>Beiträge exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1276"/>
        <source>Exported to {path} ({kind}).</source>
        <translation>Nach {path} exportiert ({kind}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1285"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1286"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1310"/>
        <source>Calendar error</source>
        <translation>Kalenderfehler</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1318"/>
        <source>Go to Date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1319"/>
        <source>Go to date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1322"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1331"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_views.py" line="181"/>
        <source>+{count} more</source>
        <translation>+{count} weitere</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="73"/>
        <location filename="../../studio/ui/review_page.py" line="478"/>
        <location filename="../../studio/ui/review_page.py" line="746"/>
        <location filename="../../studio/ui/review_view.py" line="401"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="85"/>
        <source>Wrote {path}.</source>
        <translation>{path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="99"/>
        <location filename="../../studio/ui/review_page.py" line="117"/>
        <source>Waiting for you</source>
        <translation>Wartet auf dich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="106"/>
        <source>Open Review File…</source>
        <translation>Review-Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="108"/>
        <source>Open review file</source>
        <translation>Review-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="112"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="113"/>
        <source>More review commands</source>
        <translation>Weitere Befehle zum Prüfen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="131"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="133"/>
        <source>Save review file</source>
        <translation>Review-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="135"/>
        <source>Write your comments and decisions into the review file ({keys})</source>
        <translation>Deine Kommentare und Entscheidungen in die Review-Datei schreiben ({keys})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="142"/>
        <source>Close File</source>
        <translation>Datei schließen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="165"/>
        <source>Nothing chosen</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="167"/>
        <source>Choose a post on the left to review it. Review files from a colleague open with File ▸ Open Review File…</source>
        <translation>Wähle links einen Beitrag, um ihn zu prüfen. Review-Dateien von Kolleginnen und Kollegen öffnest du mit Datei ▸ Review-Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="194"/>
        <source>&amp;Save Review File</source>
        <translation>Review-Datei &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="197"/>
        <source>&amp;Import Returned Review File…</source>
        <translation>Zurückgeschickte Review-Datei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="200"/>
        <source>Add a reviewer&apos;s comments and decisions to the original posts</source>
        <translation>Kommentare und Entscheidungen einer prüfenden Person in die ursprünglichen Beiträge übernehmen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="203"/>
        <source>&amp;Export Review File…</source>
        <translation>Review-Datei &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="206"/>
        <source>The posts of this workspace as a file for someone outside the studio</source>
        <translation>Die Beiträge dieses Arbeitsbereichs als Datei für jemanden außerhalb des Studios</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="209"/>
        <source>Export Review &amp;Report (HTML)…</source>
        <translation>Review-&amp;Bericht exportieren (HTML)…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="212"/>
        <source>A web page with each post, its texts, comments and status, for a client</source>
        <translation>Eine Webseite mit jedem Beitrag, seinen Texten, Kommentaren und seinem Status – für Kunden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="236"/>
        <source>Review file</source>
        <translation>Review-Datei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="237"/>
        <source>Review file: {name}</source>
        <translation>Review-Datei: {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="243"/>
        <location filename="../../studio/ui/review_page.py" line="266"/>
        <location filename="../../studio/ui/review_view.py" line="663"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="251"/>
        <source>Unresolved comments</source>
        <translation>Offene Kommentare</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="255"/>
        <source>{count} open · latest by {author}</source>
        <translation>{count} offen · zuletzt von {author}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="256"/>
        <location filename="../../studio/ui/review_page.py" line="272"/>
        <location filename="../../studio/ui/revision_history.py" line="192"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="268"/>
        <source>Decisions to check</source>
        <translation>Zu prüfende Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="270"/>
        <source>made on older text</source>
        <translation>zu älterem Text getroffen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="270"/>
        <source>not applied</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="271"/>
        <source>{decision} by {author}</source>
        <translation>{decision} von {author}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="508"/>
        <source>Restored the revision as a new revision.</source>
        <translation>Die Version wurde als neue Version wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="515"/>
        <source>Open Review File</source>
        <translation>Review-Datei öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="533"/>
        <source>Opened the review file {name}: %n post(s).</source>
        <translation>
            <numerusform>Review-Datei {name} geöffnet: %n Beitrag.</numerusform>
            <numerusform>Review-Datei {name} geöffnet: %n Beiträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="614"/>
        <source>%n comment(s) added</source>
        <translation>
            <numerusform>%n Kommentar hinzugefügt</numerusform>
            <numerusform>%n Kommentare hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="615"/>
        <source>%n decision(s) applied</source>
        <translation>
            <numerusform>%n Entscheidung übernommen</numerusform>
            <numerusform>%n Entscheidungen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="626"/>
        <source>%n decision(s) made on older text, kept for you to check</source>
        <translation>
            <numerusform>%n Entscheidung zu älterem Text, zum Prüfen aufbewahrt</numerusform>
            <numerusform>%n Entscheidungen zu älterem Text, zum Prüfen aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="634"/>
        <source>%n comment(s) on passages no longer in the text</source>
        <translation>
            <numerusform>%n Kommentar zu einer Stelle, die nicht mehr im Text steht</numerusform>
            <numerusform>%n Kommentare zu Stellen, die nicht mehr im Text stehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="640"/>
        <source>%n post(s) not found here</source>
        <translation>
            <numerusform>%n Beitrag hier nicht gefunden</numerusform>
            <numerusform>%n Beiträge hier nicht gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="679"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="544"/>
        <source>Save Review File</source>
        <translation>Review-Datei speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="554"/>
        <source>Saved the review file {path}.</source>
        <translation>Review-Datei {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="572"/>
        <source>Unsaved review</source>
        <translation>Ungespeicherte Prüfung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="573"/>
        <source>Save your comments and decisions in the review file first?</source>
        <translation>Deine Kommentare und Entscheidungen erst in der Review-Datei speichern?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="591"/>
        <source>new review file</source>
        <translation>neue Review-Datei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="592"/>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="592"/>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="595"/>
        <source>Review file &lt;b&gt;{name}&lt;/b&gt; — read-only posts; your comments go into the file ({state}).</source>
        <translation>Review-Datei &lt;b&gt;{name}&lt;/b&gt; – Beiträge nur zum Lesen; deine Kommentare kommen in die Datei ({state}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="603"/>
        <source>Import Returned Review File</source>
        <translation>Zurückgeschickte Review-Datei importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="619"/>
        <source>{count} already imported</source>
        <translation>{count} schon importiert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="641"/>
        <source>Review file imported: {details}.</source>
        <translation>Review-Datei importiert: {details}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="649"/>
        <source>Export Review File</source>
        <translation>Review-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="662"/>
        <source>Export Review Report</source>
        <translation>Review-Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="664"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="719"/>
        <location filename="../../studio/ui/review_page.py" line="720"/>
        <source>Open a review file someone sent you</source>
        <translation>Eine Review-Datei öffnen, die dir jemand geschickt hat</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="744"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="73"/>
        <location filename="../../studio/ui/revision_history.py" line="108"/>
        <source>Main text</source>
        <translation>Haupttext</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="112"/>
        <source>Comment {number} by {author}</source>
        <translation>Kommentar {number} von {author}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="132"/>
        <source>On an image</source>
        <translation>Zu einem Bild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="134"/>
        <source>Passage no longer in the text</source>
        <translation>Stelle nicht mehr im Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="136"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="138"/>
        <location filename="../../studio/ui/review_view.py" line="924"/>
        <source>On the whole post</source>
        <translation>Zum ganzen Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="145"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="145"/>
        <source>Resolve</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="148"/>
        <source>Open this thread again</source>
        <translation>Diesen Verlauf wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="148"/>
        <source>Mark this thread as done</source>
        <translation>Diesen Verlauf als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="169"/>
        <source>Quoted passage: {quote}</source>
        <translation>Zitierte Stelle: {quote}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="178"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="186"/>
        <source>{author}, {when}: {text}</source>
        <translation>{author}, {when}: {text}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="199"/>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="200"/>
        <source>Reply to comment {number}</source>
        <translation>Auf Kommentar {number} antworten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="202"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="204"/>
        <source>Send reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="280"/>
        <source>Image: {alt}</source>
        <translation>Bild: {alt}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="280"/>
        <source>no description</source>
        <translation>keine Beschreibung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="281"/>
        <source>Click a point of the image to comment on it</source>
        <translation>Klicke auf eine Stelle im Bild, um sie zu kommentieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="286"/>
        <source>Image not on this computer</source>
        <translation>Bild nicht auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="433"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="433"/>
        <source>Comment on the selected passage</source>
        <translation>Die markierte Stelle kommentieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="437"/>
        <source>&amp;Next Comment</source>
        <translation>&amp;Nächster Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="437"/>
        <source>Go to the next comment</source>
        <translation>Zum nächsten Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="442"/>
        <source>&amp;Previous Comment</source>
        <translation>&amp;Vorheriger Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="444"/>
        <source>Go to the previous comment</source>
        <translation>Zum vorherigen Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="448"/>
        <source>Request C&amp;hanges…</source>
        <translation>Ä&amp;nderungen erbitten…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="448"/>
        <source>Send the post back with a comment</source>
        <translation>Den Beitrag mit einem Kommentar zurückschicken</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="451"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="451"/>
        <source>Approve the post</source>
        <translation>Den Beitrag freigeben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="454"/>
        <source>Revision &amp;History…</source>
        <translation>&amp;Versionsverlauf…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="454"/>
        <source>Earlier versions of the post</source>
        <translation>Frühere Fassungen des Beitrags</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="515"/>
        <source>Text to review</source>
        <translation>Zu prüfender Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="517"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="521"/>
        <source>Select words and press {keys} to comment on them.</source>
        <translation>Markiere Wörter und drücke {keys}, um sie zu kommentieren.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="538"/>
        <source>Post text (read-only)</source>
        <translation>Beitragstext (nur lesen)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="556"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="559"/>
        <source>Images — click a point to comment on it</source>
        <translation>Bilder – klicke auf eine Stelle, um sie zu kommentieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="585"/>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="586"/>
        <source>Your comment (Ctrl+Enter to send)</source>
        <translation>Dein Kommentar (Strg+Eingabe zum Senden)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="589"/>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="591"/>
        <source>Send comment</source>
        <translation>Kommentar senden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="605"/>
        <source>Show &amp;resolved</source>
        <translation>&amp;Erledigte zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="616"/>
        <location filename="../../studio/ui/review_view.py" line="634"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="629"/>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="633"/>
        <source>Comments and timeline</source>
        <translation>Kommentare und Verlauf</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="635"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="668"/>
        <source>Written by {author}</source>
        <translation>Geschrieben von {author}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="670"/>
        <source>From a review file: the text cannot change here</source>
        <translation>Aus einer Review-Datei: Der Text lässt sich hier nicht ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_view.py" line="674"/>
        <source>%n decision(s) from review files made on older text</source>
        <translation>
            <numerusform>%n Entscheidung aus Review-Dateien zu älterem Text</numerusform>
            <numerusform>%n Entscheidungen aus Review-Dateien zu älterem Text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_view.py" line="1020"/>
        <source>&lt;p&gt;This post still has %n serious finding(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Approve it anyway? Your confirmation is recorded with the approval.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Dieser Beitrag hat noch %n ernsten Hinweis:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Trotzdem freigeben? Deine Bestätigung wird mit der Freigabe festgehalten.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Dieser Beitrag hat noch %n ernste Hinweise:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Trotzdem freigeben? Deine Bestätigung wird mit der Freigabe festgehalten.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="686"/>
        <source>{name} (own text)</source>
        <translation>{name} (eigener Text)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="700"/>
        <source>Comments ({count})</source>
        <translation>Kommentare ({count})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="714"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="769"/>
        <source>No comments yet. Select a passage and choose Comment.</source>
        <translation>Noch keine Kommentare. Markiere eine Stelle und wähle Kommentieren.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="941"/>
        <source>On the image, at the point you clicked</source>
        <translation>Im Bild, an der Stelle, auf die du geklickt hast</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="987"/>
        <location filename="../../studio/ui/review_view.py" line="989"/>
        <source>Request Changes</source>
        <translation>Änderungen erbitten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="988"/>
        <source>Say what should change. The writer sees this comment with the request.</source>
        <translation>Sag, was sich ändern soll. Wer den Beitrag schreibt, sieht diesen Kommentar mit der Bitte.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="1008"/>
        <location filename="../../studio/ui/review_view.py" line="1010"/>
        <source>Serious findings remain</source>
        <translation>Es gibt noch ernste Hinweise</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="1027"/>
        <source>Approve Anyway</source>
        <translation>Trotzdem freigeben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="1087"/>
        <source>Only a post in review can be approved (this one is {status})</source>
        <translation>Nur ein Beitrag in Prüfung kann freigegeben werden (dieser ist {status})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="82"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="84"/>
        <source>Publish at</source>
        <translation>Veröffentlichen am</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="85"/>
        <source>Sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="86"/>
        <source>Brand or partner</source>
        <translation>Marke oder Partner</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="88"/>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="96"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="107"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="109"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="110"/>
        <source>First comment</source>
        <translation>Erster Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="139"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="140"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="141"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="178"/>
        <source>Revision History</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="188"/>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="193"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="203"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="204"/>
        <source>The post as it is now</source>
        <translation>Der Beitrag, wie er jetzt ist</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="208"/>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="212"/>
        <source>Removed words are struck through, added words are underlined.</source>
        <translation>Entfernte Wörter sind durchgestrichen, hinzugefügte unterstrichen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="218"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="221"/>
        <source>&amp;Restore This Revision</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="223"/>
        <source>Restore this revision</source>
        <translation>Diese Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="225"/>
        <source>Bring this version back as a new revision; the current one stays in the history</source>
        <translation>Diese Fassung als neue Version zurückholen; die aktuelle bleibt im Verlauf</translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="259"/>
        <source>No revisions were recorded for this post.</source>
        <translation>Für diesen Beitrag wurden keine Versionen festgehalten.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="47"/>
        <source>weighted</source>
        <translation>gewichtet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="48"/>
        <source>graphemes</source>
        <translation>Grapheme</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="49"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="50"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="73"/>
        <source>{count} bytes over</source>
        <translation>{count} Bytes zu viel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="75"/>
        <source>{count} over</source>
        <translation>{count} zu viel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="132"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="133"/>
        <source>near the limit</source>
        <translation>nah am Limit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="134"/>
        <source>over the limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="136"/>
        <source>{network} length</source>
        <translation>Länge für {network}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="140"/>
        <source>{network} counts {unit}; the limit is approximate.</source>
        <translation>{network} zählt {unit}; das Limit ist ungefähr.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="144"/>
        <source>{network} counts {unit}.</source>
        <translation>{network} zählt {unit}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="176"/>
        <source>Length per network</source>
        <translation>Länge je Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="538"/>
        <source>{networks}: the caption folds about here (approximate); the rest shows after “… more”.</source>
        <translation>{networks}: Die Bildunterschrift klappt etwa hier um (ungefähr); der Rest erscheint nach „… mehr“.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="542"/>
        <source>{networks}: the caption folds here; the rest shows after “… more”.</source>
        <translation>{networks}: Die Bildunterschrift klappt hier um; der Rest erscheint nach „… mehr“.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="415"/>
        <source>serious</source>
        <translation>ernst</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="416"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="417"/>
        <source>nudge</source>
        <translation>Anstoß</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="423"/>
        <source>remove it</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="429"/>
        <source>Remove “{words}”</source>
        <translation>„{words}“ entfernen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="430"/>
        <source>Replace with “{suggestion}”</source>
        <translation>Durch „{suggestion}“ ersetzen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="61"/>
        <source>LanguageTool&apos;s rule {name}.</source>
        <translation>LanguageTool-Regel {name}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="63"/>
        <source>This rule is not installed any more.</source>
        <translation>Diese Regel ist nicht mehr installiert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="75"/>
        <source>Turn {rule} back on</source>
        <translation>{rule} wieder einschalten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="83"/>
        <source>{rule} is back on.</source>
        <translation>{rule} ist wieder an.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="90"/>
        <source>in this post</source>
        <translation>in diesem Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="90"/>
        <source>for this workspace</source>
        <translation>für diesen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="93"/>
        <source>{rule} is off again {where}.</source>
        <translation>{rule} ist {where} wieder aus.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="139"/>
        <source>any network</source>
        <translation>jedes Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="140"/>
        <source>{weekday} {time} · {network}</source>
        <translation>{weekday} {time} · {network}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/composer.py" line="597"/>
        <source>&lt;p&gt;This post still has %n serious finding(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Move it to {status} anyway?&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Dieser Beitrag hat noch %n ernsten Hinweis:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Trotzdem auf {status} setzen?&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Dieser Beitrag hat noch %n ernste Hinweise:&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Trotzdem auf {status} setzen?&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/library_page.py" line="622"/>
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hinzugefügt…</numerusform>
            <numerusform>%n Dateien werden hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/library_page.py" line="657"/>
        <source>Added %n image(s)</source>
        <translation>
            <numerusform>%n Bild hinzugefügt</numerusform>
            <numerusform>%n Bilder hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/library_page.py" line="658"/>
        <source>; %n already in the library</source>
        <translation>
            <numerusform>; %n schon in der Mediathek</numerusform>
            <numerusform>; %n schon in der Mediathek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/media_strip.py" line="303"/>
        <source>Wrote %n image(s)</source>
        <translation>
            <numerusform>%n Bild geschrieben</numerusform>
            <numerusform>%n Bilder geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/media_strip.py" line="304"/>
        <source> for %n post(s) to {folder}.</source>
        <translation>
            <numerusform> für %n Beitrag nach {folder}.</numerusform>
            <numerusform> für %n Beiträge nach {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/recurrence_editor.py" line="291"/>
        <source> time(s)</source>
        <translation>
            <numerusform> Mal</numerusform>
            <numerusform> Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/recurrence_editor.py" line="314"/>
        <source>%n time(s), the last on {day}.</source>
        <translation>
            <numerusform>%n Mal, zuletzt am {day}.</numerusform>
            <numerusform>%n Mal, zuletzt am {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/recurrence_editor.py" line="321"/>
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/recurrence_editor.py" line="323"/>
        <source> month(s)</source>
        <translation>
            <numerusform> Monat</numerusform>
            <numerusform> Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/recurrence_editor.py" line="324"/>
        <source> week(s)</source>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltTextDialog</name>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="190"/>
        <source>Alt Text for {name}</source>
        <translation>Alternativtext für {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="191"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
</context>
<context>
    <name>AltTextEditor</name>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="122"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="124"/>
        <source>Describe what the image shows for people who cannot see it.</source>
        <translation>Beschreibe, was das Bild zeigt – für Menschen, die es nicht sehen können.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="161"/>
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="166"/>
        <source>{platform} allows {limit}</source>
        <translation>{platform} erlaubt {limit}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="172"/>
        <source>{platform} requires it</source>
        <translation>{platform} verlangt ihn</translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <location filename="../../studio/services/analysis.py" line="146"/>
        <source>Grammar checks off</source>
        <translation>Grammatikprüfung aus</translation>
    </message>
    <message>
        <location filename="../../studio/services/analysis.py" line="282"/>
        <source>Grammar check unavailable: %s</source>
        <translation>Grammatikprüfung nicht verfügbar: %s</translation>
    </message>
    <message>
        <location filename="../../studio/services/analysis.py" line="285"/>
        <source>Grammar check failed: %s</source>
        <translation>Grammatikprüfung fehlgeschlagen: %s</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../studio/app.py" line="242"/>
        <source>Some preferences could not be read and were reset: {details}</source>
        <translation>Einige Einstellungen waren nicht lesbar und wurden zurückgesetzt: {details}</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../studio/ui/composer.py" line="122"/>
        <source>Post details</source>
        <translation>Details zum Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="150"/>
        <source>Title — only you and your team see it</source>
        <translation>Titel – nur du und dein Team sehen ihn</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="151"/>
        <source>Post title</source>
        <translation>Titel des Beitrags</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="157"/>
        <source>&amp;Insert Snippet…</source>
        <translation>Textbaustein &amp;einfügen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="161"/>
        <source>Insert a snippet or hashtag group</source>
        <translation>Einen Textbaustein oder eine Hashtag-Gruppe einfügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="170"/>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="171"/>
        <source>Insert a snippet</source>
        <translation>Einen Textbaustein einfügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="173"/>
        <source>Insert a snippet or hashtag group ({shortcut})</source>
        <translation>Einen Textbaustein oder eine Hashtag-Gruppe einfügen ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="181"/>
        <source>Posting &amp;Slots…</source>
        <translation>&amp;Zeitfenster…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="183"/>
        <source>The regular times this workspace posts at</source>
        <translation>Die festen Zeiten, zu denen dieser Arbeitsbereich veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="188"/>
        <source>Write your post…</source>
        <translation>Schreib deinen Beitrag…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="189"/>
        <source>Post text</source>
        <translation>Beitragstext</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="194"/>
        <source>Length of the post</source>
        <translation>Länge des Beitrags</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="197"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="262"/>
        <location filename="../../studio/ui/composer.py" line="264"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="265"/>
        <source>Rules Turned Off</source>
        <translation>Ausgeschaltete Regeln</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="336"/>
        <source>The posting slots were not saved: {reason}</source>
        <translation>Die Zeitfenster wurden nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="432"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="507"/>
        <source>Nothing to save: create a workspace first.</source>
        <translation>Nichts zu speichern: Lege zuerst einen Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="509"/>
        <source>Saved by hand</source>
        <translation>Von Hand gespeichert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="533"/>
        <source>The status was not changed: {reason}</source>
        <translation>Der Status wurde nicht geändert: {reason}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="537"/>
        <source>Moved to {status}.</source>
        <translation>Auf {status} gesetzt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="579"/>
        <location filename="../../studio/ui/composer.py" line="609"/>
        <source>Serious findings remain</source>
        <translation>Es gibt noch ernste Hinweise</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="604"/>
        <source>Move to {status}</source>
        <translation>Auf {status} setzen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="687"/>
        <source>Feedback on the main text</source>
        <translation>Feedback zum Haupttext</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="689"/>
        <source>Feedback on the text written for {network}</source>
        <translation>Feedback zum Text für {network}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="717"/>
        <source>Write something first: an empty draft is not saved.</source>
        <translation>Schreib zuerst etwas: Ein leerer Entwurf wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="787"/>
        <source>Scheduled for {slot}, the next free slot.</source>
        <translation>Für {slot} geplant, das nächste freie Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="793"/>
        <location filename="../../studio/ui/composer.py" line="816"/>
        <source>Posting slots belong to a workspace: create one first.</source>
        <translation>Zeitfenster gehören zu einem Arbeitsbereich: Lege zuerst einen an.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="831"/>
        <source>No free slot for these networks in the next year: add slots with “Slots…”.</source>
        <translation>Kein freies Zeitfenster für diese Netzwerke im nächsten Jahr: Füge welche mit „Zeitfenster…“ hinzu.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="872"/>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="872"/>
        <source>Hashtag groups</source>
        <translation>Hashtag-Gruppen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="881"/>
        <source>No snippets in this workspace yet</source>
        <translation>Noch keine Textbausteine in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="884"/>
        <source>&amp;Manage Snippets…</source>
        <translation>&amp;Textbausteine verwalten…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="889"/>
        <source>Snippets belong to a workspace: create one first.</source>
        <translation>Textbausteine gehören zu einem Arbeitsbereich: Lege zuerst einen an.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="977"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1025"/>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1027"/>
        <source>{count} characters</source>
        <translation>{count} Zeichen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1056"/>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1060"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1062"/>
        <source>Your text is still here, but it was not saved: {reason}</source>
        <translation>Dein Text ist noch da, wurde aber nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1066"/>
        <source>Saved a revision you can go back to.</source>
        <translation>Eine Version gespeichert, zu der du zurückkehren kannst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1073"/>
        <location filename="../../studio/ui/composer.py" line="1081"/>
        <source>Someone else changed this post</source>
        <translation>Jemand anderes hat diesen Beitrag geändert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1075"/>
        <source>This post was saved elsewhere while you were editing it. Your text is still here. Keep yours (theirs is kept as a revision), take theirs, or save yours as a copy?</source>
        <translation>Dieser Beitrag wurde woanders gespeichert, während du ihn bearbeitet hast. Dein Text ist noch da. Deinen behalten (der andere bleibt als Version erhalten), den anderen übernehmen oder deinen als Kopie speichern?</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1082"/>
        <source>Keep Mine</source>
        <translation>Meinen behalten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1084"/>
        <source>Take Theirs</source>
        <translation>Den anderen übernehmen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1086"/>
        <source>Save Mine as a Copy</source>
        <translation>Meinen als Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1103"/>
        <source>A post stays in the workspace it was saved in.</source>
        <translation>Ein Beitrag bleibt in dem Arbeitsbereich, in dem er gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1105"/>
        <source>The workspace this post is written for</source>
        <translation>Der Arbeitsbereich, für den dieser Beitrag geschrieben ist</translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="133"/>
        <source>Crop area</source>
        <translation>Zuschnittbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="213"/>
        <source>Loading the image…</source>
        <translation>Bild wird geladen…</translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="360"/>
        <source>Crop {name}</source>
        <translation>{name} zuschneiden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="361"/>
        <source>Crop editor</source>
        <translation>Zuschnitt-Editor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="373"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="385"/>
        <source>&amp;Crop for</source>
        <translation>&amp;Zuschneiden für</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="403"/>
        <source>Ratio {ratio}</source>
        <translation>Verhältnis {ratio}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="408"/>
        <source>Whole Image</source>
        <translation>Ganzes Bild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="500"/>
        <source>{platform} takes {low} to {high} (width ÷ height)</source>
        <translation>{platform} nimmt {low} bis {high} (Breite ÷ Höhe)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="547"/>
        <source>{w} × {h} px after cropping</source>
        <translation>{w} × {h} px nach dem Zuschneiden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="548"/>
        <source>dashed: {label}</source>
        <translation>gestrichelt: {label}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="552"/>
        <source>{platform} takes {low} to {high}: the kit trims it to fit</source>
        <translation>{platform} nimmt {low} bis {high}: Das Kit schneidet es passend zu</translation>
    </message>
</context>
<context>
    <name>DraftDetails</name>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="72"/>
        <source>Workspace of this post</source>
        <translation>Arbeitsbereich dieses Beitrags</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="77"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="78"/>
        <source>Only the next steps of the workflow are offered.</source>
        <translation>Angeboten werden nur die nächsten Schritte im Ablauf.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="83"/>
        <source>Content type</source>
        <translation>Inhaltsart</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="84"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="91"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="94"/>
        <source>Publish at</source>
        <translation>Veröffentlichen am</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="99"/>
        <source>Publishing date and time</source>
        <translation>Datum und Uhrzeit der Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="108"/>
        <source>Next Free Slot</source>
        <translation>Nächstes freies Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="110"/>
        <source>Add to the next free posting slot</source>
        <translation>In das nächste freie Zeitfenster legen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="114"/>
        <source>Slots…</source>
        <translation>Zeitfenster…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="115"/>
        <source>Edit the workspace&apos;s posting slots</source>
        <translation>Die Zeitfenster des Arbeitsbereichs bearbeiten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="116"/>
        <source>The regular times this workspace posts at</source>
        <translation>Die festen Zeiten, zu denen dieser Arbeitsbereich veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="122"/>
        <source>Sponsored, gifted or affiliate</source>
        <translation>Gesponsert, geschenkt oder Affiliate</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="125"/>
        <source>Disclosure checks then look for a clear label before the fold.</source>
        <translation>Die Prüfung auf Kennzeichnung sucht dann vor dem Umbruch nach einem klaren Hinweis.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="130"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="131"/>
        <source>Brand or partner</source>
        <translation>Marke oder Partner</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="136"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="153"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="154"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="155"/>
        <source>&amp;Type</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="156"/>
        <source>Ca&amp;mpaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="204"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="230"/>
        <source>Time in {zone}, where the audience is.</source>
        <translation>Zeit in {zone}, wo das Publikum ist.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="271"/>
        <source>Schedule this post for {slot}, the next free slot.</source>
        <translation>Diesen Beitrag für {slot} planen, das nächste freie Zeitfenster.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="276"/>
        <source>This workspace has no posting slots yet: add some with “Slots…” (or Edit ▸ Posting Slots…).</source>
        <translation>Dieser Arbeitsbereich hat noch keine Zeitfenster: Füge welche mit „Zeitfenster…“ hinzu (oder Bearbeiten ▸ Zeitfenster…).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="422"/>
        <source>Write something first: an empty draft is not saved, so cannot repeat.</source>
        <translation>Schreib zuerst etwas: Ein leerer Entwurf wird nicht gespeichert und kann sich daher nicht wiederholen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="446"/>
        <source>Someone else changed this post&apos;s repeat in the meantime: theirs is shown, yours was not saved. Choose again to replace it.</source>
        <translation>Jemand anderes hat die Wiederholung dieses Beitrags inzwischen geändert: Angezeigt wird deren Wahl, deine wurde nicht gespeichert. Wähle erneut, um sie zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="453"/>
        <source>The repeat was not saved: {reason}</source>
        <translation>Die Wiederholung wurde nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../../studio/services/drafts.py" line="771"/>
        <source>Could not save the draft: %s</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %s</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../studio/ui/empty_state.py" line="21"/>
        <source>Illustration</source>
        <translation>Illustration</translation>
    </message>
</context>
<context>
    <name>FeedbackPanels</name>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="543"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="583"/>
        <source>Feedback panels</source>
        <translation>Feedback-Bereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="673"/>
        <source>Feedback summary</source>
        <translation>Feedback-Übersicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="695"/>
        <source>Feedback appears here as you write.</source>
        <translation>Feedback erscheint hier, während du schreibst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="697"/>
        <source>Start writing: feedback appears here as you type.</source>
        <translation>Fang an zu schreiben: Feedback erscheint hier, während du tippst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="702"/>
        <source>Nothing to look at</source>
        <translation>Nichts zu beachten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="704"/>
        <source>1 thing to look at</source>
        <translation>1 Sache zum Anschauen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="706"/>
        <source>{n} things to look at</source>
        <translation>{n} Sachen zum Anschauen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="708"/>
        <source>{n} serious</source>
        <translation>{n} ernst</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="711"/>
        <source>1 done well</source>
        <translation>1 gut gemacht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="711"/>
        <source>{n} done well</source>
        <translation>{n} gut gemacht</translation>
    </message>
</context>
<context>
    <name>FindingHighlighter</name>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="230"/>
        <source>Try: {suggestions}</source>
        <translation>Versuch: {suggestions}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="350"/>
        <source>Ignore here</source>
        <translation>Hier ignorieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="352"/>
        <source>Stop flagging {rule} in this post</source>
        <translation>{rule} in diesem Beitrag nicht mehr markieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="357"/>
        <source>Turn off for this workspace</source>
        <translation>Für diesen Arbeitsbereich ausschalten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="359"/>
        <source>Stop flagging {rule} in every post of this workspace</source>
        <translation>{rule} in keinem Beitrag dieses Arbeitsbereichs mehr markieren</translation>
    </message>
</context>
<context>
    <name>ImageDetails</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="321"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="325"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="326"/>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="327"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="328"/>
        <source>Save alt text and tags</source>
        <translation>Alternativtext und Schlagwörter speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="346"/>
        <source>No image selected</source>
        <translation>Kein Bild ausgewählt</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="246"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="249"/>
        <source>No alt</source>
        <translation>Kein Alt-Text</translation>
    </message>
</context>
<context>
    <name>LibraryGrid</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="283"/>
        <source>Images in the library</source>
        <translation>Bilder in der Mediathek</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="143"/>
        <source>unused</source>
        <translation>unbenutzt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="145"/>
        <source>used in 1 post</source>
        <translation>in 1 Beitrag verwendet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="147"/>
        <source>used in {count} posts</source>
        <translation>in {count} Beiträgen verwendet</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="393"/>
        <source>Library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="404"/>
        <source>Workspace whose images are shown</source>
        <translation>Arbeitsbereich, dessen Bilder gezeigt werden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="410"/>
        <source>Add Images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="411"/>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="417"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="418"/>
        <source>Unused</source>
        <translation>Unbenutzt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="419"/>
        <source>No Alt Text</source>
        <translation>Ohne Alternativtext</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="420"/>
        <source>Has Location</source>
        <translation>Mit Ortsangabe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="426"/>
        <source>Show: {what}</source>
        <translation>Zeigen: {what}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="433"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="436"/>
        <source>Search image names</source>
        <translation>Bildnamen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="437"/>
        <source>Search names</source>
        <translation>Namen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="455"/>
        <source>Drop images here, paste them (Ctrl+V) or use Add Images.</source>
        <translation>Zieh Bilder hierher, füge sie ein (Strg+V) oder nutze Bilder hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="526"/>
        <source>Choose a workspace to add images to</source>
        <translation>Wähle einen Arbeitsbereich, dem du Bilder hinzufügen willst</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="536"/>
        <source>All workspaces: images belong to one workspace. Showing images of:</source>
        <translation>Alle Arbeitsbereiche: Bilder gehören zu einem Arbeitsbereich. Gezeigt werden Bilder von:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="542"/>
        <source>Images of &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Bilder von &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="545"/>
        <source>No workspace yet: images belong to one.</source>
        <translation>Noch kein Arbeitsbereich: Bilder gehören zu einem.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="566"/>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="566"/>
        <source>{n} images</source>
        <translation>{n} Bilder</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="579"/>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="613"/>
        <source>Add Images to the Library</source>
        <translation>Bilder zur Mediathek hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="620"/>
        <source>Choose a workspace first: images belong to one.</source>
        <translation>Wähle zuerst einen Arbeitsbereich: Bilder gehören zu einem.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="193"/>
        <location filename="../../studio/ui/main_window.py" line="194"/>
        <source>Content Studio</source>
        <translation>Content Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="259"/>
        <source>My posts</source>
        <translation>Meine Beiträge</translation>
    </message>
    <message>
        <source>Grammar: {backend}</source>
        <translation type="vanished">Grammatik: {backend}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="141"/>
        <source>Grammar: off</source>
        <translation>Grammatik: aus</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="143"/>
        <source>Grammar: spelling only, on this computer</source>
        <translation>Grammatik: nur Rechtschreibung, auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="145"/>
        <source>Grammar: LanguageTool on this computer</source>
        <translation>Grammatik: LanguageTool auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="148"/>
        <source>Grammar: LanguageTool at {host}</source>
        <translation>Grammatik: LanguageTool auf {host}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="152"/>
        <source>Grammar: no server set — spelling only, on this computer</source>
        <translation>Grammatik: kein Server eingestellt – nur Rechtschreibung, auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="155"/>
        <source>Grammar: on this computer</source>
        <translation>Grammatik: auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="331"/>
        <source>Arrives in a later version of Content Studio.</source>
        <translation>Kommt in einer späteren Version von Content Studio.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="335"/>
        <source>&amp;New Post</source>
        <translation>&amp;Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="338"/>
        <source>Start a new draft in the composer</source>
        <translation>Einen neuen Entwurf im Editor beginnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="343"/>
        <source>New &amp;Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="345"/>
        <source>Create a workspace for a client or brand</source>
        <translation>Einen Arbeitsbereich für einen Kunden oder eine Marke anlegen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="349"/>
        <source>&amp;Open Review File…</source>
        <translation>Review-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="351"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="352"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="357"/>
        <source>&amp;Save Revision</source>
        <translation>Version &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="359"/>
        <source>Keep this version of the post; it is autosaved anyway</source>
        <translation>Diese Fassung des Beitrags aufheben; gespeichert wird ohnehin automatisch</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="362"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="368"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="369"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="370"/>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="371"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="372"/>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="373"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="379"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="393"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="399"/>
        <source>&amp;Feedback Panels</source>
        <translation>&amp;Feedback-Bereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="401"/>
        <source>Show or hide the feedback beside the composer</source>
        <translation>Das Feedback neben dem Editor zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="408"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="411"/>
        <source>&amp;About Content Studio</source>
        <translation>Ü&amp;ber Content Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="417"/>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="425"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="434"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="442"/>
        <source>&amp;Manage Snippets…</source>
        <translation>&amp;Textbausteine verwalten…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="443"/>
        <source>Snippets and hashtag groups</source>
        <translation>Textbausteine und Hashtag-Gruppen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="451"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="457"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="463"/>
        <location filename="../../studio/ui/main_window.py" line="465"/>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="472"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="473"/>
        <location filename="../../studio/ui/main_window.py" line="477"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="478"/>
        <source>Show the calendar and posts of one workspace</source>
        <translation>Kalender und Beiträge eines Arbeitsbereichs zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="486"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="490"/>
        <source>Spacer</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="495"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="501"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="511"/>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Strg+{number})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="523"/>
        <source>Section content</source>
        <translation>Inhalt des Bereichs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="525"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="532"/>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="535"/>
        <source>Open the Composer</source>
        <translation>Editor öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="539"/>
        <source>Image library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="541"/>
        <source>Images you add to posts will be kept here, with their alt text and a crop for each network. Nothing leaves this computer.</source>
        <translation>Bilder, die du Beiträgen hinzufügst, liegen hier – mit Alternativtext und einem Zuschnitt für jedes Netzwerk. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="549"/>
        <source>Nothing to review</source>
        <translation>Nichts freizugeben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="551"/>
        <source>Drafts waiting for a decision, and the comments on them, will be listed here. Review files a colleague sends you open here too.</source>
        <translation>Entwürfe, die auf eine Entscheidung warten, und die Kommentare dazu stehen hier. Review-Dateien, die dir Kolleginnen und Kollegen schicken, öffnen sich auch hier.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="565"/>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="568"/>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="580"/>
        <source>Write a post</source>
        <translation>Einen Beitrag schreiben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="582"/>
        <source>Draft once, adapt it for each network, and get kind, specific feedback while you type.</source>
        <translation>Einmal entwerfen, für jedes Netzwerk anpassen und beim Tippen freundliches, konkretes Feedback bekommen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="588"/>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="596"/>
        <location filename="../../studio/ui/main_window.py" line="598"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="644"/>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="647"/>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="682"/>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="707"/>
        <source>Workspace “{name}” created.</source>
        <translation>Arbeitsbereich „{name}“ angelegt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="711"/>
        <source>The workspace was not created</source>
        <translation>Der Arbeitsbereich wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="718"/>
        <source>No workspaces yet</source>
        <translation>Noch keine Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="720"/>
        <source>A workspace holds one client&apos;s or brand&apos;s calendar, time zone and house rules. Create one, or run &lt;code&gt;studio demo&lt;/code&gt; for a month of sample posts.</source>
        <translation>Ein Arbeitsbereich enthält Kalender, Zeitzone und Hausregeln eines Kunden oder einer Marke. Lege einen an oder starte &lt;code&gt;studio demo&lt;/code&gt; für einen Monat Beispielbeiträge.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="727"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="729"/>
        <source>Posts of all {count} workspaces will appear here month by month, each in its workspace&apos;s colour.</source>
        <translation>Die Beiträge aller {count} Arbeitsbereiche erscheinen hier Monat für Monat, jeder in der Farbe seines Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="735"/>
        <source>Calendar: {name}</source>
        <translation>Kalender: {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="737"/>
        <source>Posts for {name} will appear here month by month, at the times its audience sees them ({zone}).</source>
        <translation>Die Beiträge für {name} erscheinen hier Monat für Monat, zu den Zeiten, zu denen das Publikum sie sieht ({zone}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="859"/>
        <location filename="../../studio/ui/main_window.py" line="860"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="868"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="869"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="869"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="900"/>
        <source>About Content Studio</source>
        <translation>Über Content Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="902"/>
        <source>&lt;h3&gt;Content Studio {version}&lt;/h3&gt;&lt;p&gt;Write social-media posts that respect the people who read them: kind, specific feedback while you type, a calendar for several clients, and review with comments.&lt;/p&gt;&lt;p&gt;Works offline. Your posts stay in {location}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Content Studio {version}&lt;/h3&gt;&lt;p&gt;Beiträge für soziale Medien schreiben, die die Menschen respektieren, die sie lesen: freundliches, konkretes Feedback beim Tippen, ein Kalender für mehrere Kunden und Freigabe mit Kommentaren.&lt;/p&gt;&lt;p&gt;Funktioniert offline. Deine Beiträge bleiben in {location}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="374"/>
        <source>Images of the post</source>
        <translation>Bilder des Beitrags</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="385"/>
        <location filename="../../studio/ui/media_strip.py" line="560"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="387"/>
        <source>Drop images here or add them — they are shown in this order.</source>
        <translation>Zieh Bilder hierher oder füge sie hinzu – sie erscheinen in dieser Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="391"/>
        <source>Attached images, in order</source>
        <translation>Angehängte Bilder, in Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="393"/>
        <source>Add Images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="394"/>
        <source>Move Earlier</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="395"/>
        <source>Move Later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="396"/>
        <source>Crop…</source>
        <translation>Zuschneiden…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="397"/>
        <source>Alt Text…</source>
        <translation>Alternativtext…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="398"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="399"/>
        <source>Publish Kit…</source>
        <translation>Veröffentlichungspaket…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="401"/>
        <source>Captions and images made for each platform, without location data</source>
        <translation>Texte und Bilder für jede Plattform, ohne Ortsdaten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="558"/>
        <source>Images ({count})</source>
        <translation>Bilder ({count})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="568"/>
        <source>no alt text yet</source>
        <translation>noch kein Alternativtext</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="608"/>
        <source>Add Images to the Post</source>
        <translation>Bilder zum Beitrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="616"/>
        <source>Create a workspace first: images belong to one.</source>
        <translation>Lege zuerst einen Arbeitsbereich an: Bilder gehören zu einem.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="700"/>
        <source>Write something first: a kit is made from a saved post.</source>
        <translation>Schreib zuerst etwas: Ein Paket entsteht aus einem gespeicherten Beitrag.</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="27"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="28"/>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="29"/>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="30"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="31"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="32"/>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="33"/>
        <source>Lime</source>
        <translation>Limette</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="34"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="66"/>
        <location filename="../../studio/ui/workspace_dialog.py" line="67"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="72"/>
        <source>e.g. the client&apos;s or brand&apos;s name</source>
        <translation>z. B. der Name des Kunden oder der Marke</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="73"/>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="81"/>
        <source>Time zone of the audience</source>
        <translation>Zeitzone des Publikums</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="88"/>
        <source>Calendar colour</source>
        <translation>Farbe im Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="93"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="98"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="99"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="101"/>
        <source>Posts are planned in this time zone: the one your audience lives in.</source>
        <translation>Beiträge werden in dieser Zeitzone geplant: der, in der dein Publikum lebt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="104"/>
        <source>About the time zone</source>
        <translation>Zur Zeitzone</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="111"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="112"/>
        <source>Create workspace</source>
        <translation>Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="139"/>
        <source>Give the workspace a name.</source>
        <translation>Gib dem Arbeitsbereich einen Namen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="141"/>
        <source>There is already a workspace called “{name}”.</source>
        <translation>Es gibt schon einen Arbeitsbereich namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="143"/>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Wähle eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <location filename="../../studio/ui/opening_window.py" line="33"/>
        <location filename="../../studio/ui/opening_window.py" line="40"/>
        <source>Content Studio</source>
        <translation>Content Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/opening_window.py" line="34"/>
        <source>Content Studio is opening</source>
        <translation>Content Studio wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/opening_window.py" line="42"/>
        <source>Opening your posts…</source>
        <translation>Deine Beiträge werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>PanelSection</name>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="282"/>
        <source>Show more findings</source>
        <translation>Weitere Hinweise zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="298"/>
        <source>Well-being</source>
        <translation>Wohlbefinden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="299"/>
        <source>Authenticity</source>
        <translation>Authentizität</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="300"/>
        <source>Inclusion &amp; accessibility</source>
        <translation>Inklusion &amp; Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="301"/>
        <source>Transparency</source>
        <translation>Transparenz</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="302"/>
        <source>Platform fit</source>
        <translation>Passt zur Plattform</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="303"/>
        <source>Grammar &amp; spelling</source>
        <translation>Grammatik &amp; Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="304"/>
        <source>Your style</source>
        <translation>Dein Stil</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="331"/>
        <source>expanded</source>
        <translation>ausgeklappt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="331"/>
        <source>collapsed</source>
        <translation>eingeklappt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="372"/>
        <source>{panel}: not scored yet.</source>
        <translation>{panel}: noch nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="373"/>
        <source>{panel}, not scored yet</source>
        <translation>{panel}, noch nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="379"/>
        <source>{panel}, score {score} of 100</source>
        <translation>{panel}, {score} von 100 Punkten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="383"/>
        <source>1 finding</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="383"/>
        <source>{n} findings</source>
        <translation>{n} Hinweise</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="429"/>
        <source>Done well</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="453"/>
        <source>Length per platform</source>
        <translation>Länge je Plattform</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="457"/>
        <source>Nothing to check yet.</source>
        <translation>Noch nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="459"/>
        <source>Checking… results follow in a moment.</source>
        <translation>Wird geprüft… Ergebnisse folgen gleich.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="470"/>
        <source>No platform selected yet: pick one to check length and format.</source>
        <translation>Noch keine Plattform ausgewählt: Wähle eine, um Länge und Format zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="473"/>
        <source>No pressure tactics, shaming or unsafe wording about mental health found.</source>
        <translation>Kein Druck, keine Beschämung und keine riskanten Formulierungen zur psychischen Gesundheit gefunden.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="476"/>
        <source>No engagement bait or hard sell found: it reads like a person talking.</source>
        <translation>Kein Köder für Interaktionen und kein harter Verkauf gefunden: Es klingt wie ein Mensch, der spricht.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="479"/>
        <source>Nothing found that shuts readers out: no exclusionary words, fancy letters or emoji walls.</source>
        <translation>Nichts gefunden, das Lesende ausschließt: keine ausgrenzenden Wörter, Zierschriften oder Emoji-Wände.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="483"/>
        <source>No undisclosed ads, gifts, affiliate links or unsupported claims found.</source>
        <translation>Keine ungekennzeichnete Werbung, Geschenke, Affiliate-Links oder unbelegte Behauptungen gefunden.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="485"/>
        <source>Fits every selected platform.</source>
        <translation>Passt zu jeder ausgewählten Plattform.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="486"/>
        <source>No spelling or grammar slips found.</source>
        <translation>Keine Rechtschreib- oder Grammatikfehler gefunden.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="487"/>
        <source>Nothing found by the rules of your own style.</source>
        <translation>Die Regeln deines eigenen Stils haben nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="517"/>
        <source>Show {n} more</source>
        <translation>{n} weitere zeigen</translation>
    </message>
</context>
<context>
    <name>PlatformPreview</name>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="384"/>
        <source>Platform preview</source>
        <translation>Plattformvorschau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="386"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="436"/>
        <source>after {chars} characters</source>
        <translation>nach {chars} Zeichen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="438"/>
        <source>after {lines} lines or {chars} characters</source>
        <translation>nach {lines} Zeilen oder {chars} Zeichen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="442"/>
        <source>The text folds behind “more” {where}</source>
        <translation>Der Text klappt {where} hinter „mehr“ um</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="443"/>
        <source> (approximate)</source>
        <translation> (ungefähr)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="447"/>
        <source>No fold: the whole text is shown.</source>
        <translation>Kein Umbruch: Der ganze Text wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="452"/>
        <source>{platform} takes {limit} images; {hidden} not shown.</source>
        <translation>{platform} nimmt {limit} Bilder; {hidden} nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="456"/>
        <source>A sketch of the layout, not the platform&apos;s own design.</source>
        <translation>Eine Skizze des Layouts, nicht das Design der Plattform selbst.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../studio/ui/preferences.py" line="64"/>
        <location filename="../../studio/ui/preferences.py" line="65"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="83"/>
        <source>Preference pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="86"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="87"/>
        <source>Grammar</source>
        <translation>Grammatik</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="129"/>
        <source>General preferences</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="131"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="132"/>
        <source>Shown on your comments and changes</source>
        <translation>Erscheint bei deinen Kommentaren und Änderungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="135"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="137"/>
        <source>Same as the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="138"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="139"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="164"/>
        <source>Grammar preferences</source>
        <translation>Grammatik-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="167"/>
        <source>Grammar checks</source>
        <translation>Grammatikprüfung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="173"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="186"/>
        <source>LanguageTool server address</source>
        <translation>Adresse des LanguageTool-Servers</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="148"/>
        <source>Show times in my own time zone</source>
        <translation>Zeiten in meiner eigenen Zeitzone zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="150"/>
        <source>Otherwise the calendar shows each workspace&apos;s time: when its audience reads.</source>
        <translation>Sonst zeigt der Kalender die Zeit des jeweiligen Arbeitsbereichs: wann sein Publikum liest.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="152"/>
        <source>Show times in my time zone</source>
        <translation>Zeiten in meiner Zeitzone zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="145"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="146"/>
        <source>Same as the system (e.g. en, de-AT)</source>
        <translation>Wie das System (z. B. en, de-AT)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="90"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="156"/>
        <source>Your &amp;name:</source>
        <translation>Dein &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="157"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="169"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="170"/>
        <source>A LanguageTool server</source>
        <translation>Ein LanguageTool-Server</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="171"/>
        <location filename="../../studio/ui/preferences.py" line="204"/>
        <source>LanguageTool on this computer</source>
        <translation>LanguageTool auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="172"/>
        <source>Offline spelling only</source>
        <translation>Nur Rechtschreibung, offline</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="177"/>
        <source>What this choice does</source>
        <translation>Was diese Wahl bewirkt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="180"/>
        <source>&amp;Check grammar with:</source>
        <translation>&amp;Grammatik prüfen mit:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="184"/>
        <source>LanguageTool server</source>
        <translation>LanguageTool-Server</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="189"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="190"/>
        <source>Test the connection to the server</source>
        <translation>Die Verbindung zum Server testen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="191"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="193"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="205"/>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="206"/>
        <source>Looking for Java…</source>
        <translation>Suche nach Java…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="207"/>
        <source>LanguageTool installation</source>
        <translation>LanguageTool-Installation</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="209"/>
        <source>&amp;Download LanguageTool (about {size} MB) once</source>
        <translation>LanguageTool einmalig &amp;herunterladen (etwa {size} MB)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="214"/>
        <source>Download LanguageTool</source>
        <translation>LanguageTool herunterladen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="216"/>
        <source>Download result</source>
        <translation>Ergebnis des Downloads</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="218"/>
        <source>Kept on this computer. Nothing is downloaded unless you click the button.</source>
        <translation>Bleibt auf diesem Computer. Es wird nur etwas heruntergeladen, wenn du auf den Knopf klickst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="229"/>
        <source>Grammar language</source>
        <translation>Sprache der Grammatikprüfung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="231"/>
        <source>Grammar is checked in each workspace&apos;s language (set in the workspace).</source>
        <translation>Die Grammatik wird in der Sprache des jeweiligen Arbeitsbereichs geprüft (im Arbeitsbereich eingestellt).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="250"/>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="253"/>
        <source>Enter the LanguageTool server&apos;s address, or choose another way to check grammar.</source>
        <translation>Gib die Adresse des LanguageTool-Servers ein oder wähle eine andere Art der Grammatikprüfung.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="256"/>
        <source>The language must be a tag such as en, de or pt-BR.</source>
        <translation>Die Sprache muss ein Kürzel wie en, de oder pt-BR sein.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="280"/>
        <source>Asking {url}…</source>
        <translation>Frage bei {url} an…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="293"/>
        <source>For example your agency&apos;s own LanguageTool server.</source>
        <translation>Zum Beispiel der eigene LanguageTool-Server deiner Agentur.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="307"/>
        <source>Java {release} found — local LanguageTool can run.</source>
        <translation>Java {release} gefunden – LanguageTool kann lokal laufen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="312"/>
        <source>Java {release} found, but Java {minimum} or newer is needed for local LanguageTool; offline spelling is used instead.</source>
        <translation>Java {release} gefunden, aber für lokales LanguageTool ist Java {minimum} oder neuer nötig; stattdessen wird die Offline-Rechtschreibprüfung genutzt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="317"/>
        <source>Java {minimum} or newer is needed for local LanguageTool; offline spelling is used instead.</source>
        <translation>Für lokales LanguageTool ist Java {minimum} oder neuer nötig; stattdessen wird die Offline-Rechtschreibprüfung genutzt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="328"/>
        <source>LanguageTool {version} is installed in {folder}.</source>
        <translation>LanguageTool {version} ist in {folder} installiert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="333"/>
        <source>LanguageTool is not downloaded yet.</source>
        <translation>LanguageTool ist noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="341"/>
        <source>Install Java {minimum} or newer first.</source>
        <translation>Installiere zuerst Java {minimum} oder neuer.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="350"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="350"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="352"/>
        <source>Downloading LanguageTool</source>
        <translation>LanguageTool wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="353"/>
        <source>LanguageTool download progress</source>
        <translation>Fortschritt des LanguageTool-Downloads</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="387"/>
        <source>Downloading LanguageTool… {done} of {total}</source>
        <translation>LanguageTool wird heruntergeladen… {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="391"/>
        <source>Downloading LanguageTool… {done}</source>
        <translation>LanguageTool wird heruntergeladen… {done}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="395"/>
        <source>Unpacking LanguageTool…</source>
        <translation>LanguageTool wird entpackt…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="407"/>
        <source>LanguageTool is ready. It starts the first time grammar is checked.</source>
        <translation>LanguageTool ist bereit. Es startet bei der ersten Grammatikprüfung.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="414"/>
        <source>The download failed. {reason}</source>
        <translation>Der Download ist fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="419"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Download abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="432"/>
        <source>The server below if you set one, else LanguageTool on this computer, else offline spelling.</source>
        <translation>Der Server unten, wenn du einen eingestellt hast, sonst LanguageTool auf diesem Computer, sonst die Offline-Rechtschreibprüfung.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="436"/>
        <source>Only the server below. Your text is sent to it while you write.</source>
        <translation>Nur der Server unten. Dein Text wird beim Schreiben an ihn geschickt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="439"/>
        <source>Grammar and spelling on this computer; nothing leaves it. Needs Java {minimum} and a one-time download.</source>
        <translation>Grammatik und Rechtschreibung auf diesem Computer; nichts verlässt ihn. Braucht Java {minimum} und einen einmaligen Download.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="443"/>
        <source>Spelling from a built-in dictionary; no grammar. Nothing leaves this computer.</source>
        <translation>Rechtschreibung aus einem eingebauten Wörterbuch; keine Grammatik. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="445"/>
        <source>No grammar or spelling checks.</source>
        <translation>Keine Grammatik- oder Rechtschreibprüfung.</translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="279"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="300"/>
        <source>Your headline · now</source>
        <translation>Deine Überschrift · jetzt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="301"/>
        <source>Original audio</source>
        <translation>Originalton</translation>
    </message>
</context>
<context>
    <name>PublishKitDialog</name>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="234"/>
        <source>Export Publish Kit</source>
        <translation>Veröffentlichungspaket exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="236"/>
        <source>Folder for the kit</source>
        <translation>Ordner für das Paket</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="237"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="239"/>
        <source>Remove all metadata (camera, date, copyright)</source>
        <translation>Alle Metadaten entfernen (Kamera, Datum, Copyright)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="242"/>
        <source>One folder per post: a caption per platform and every image cropped, resized and converted for that platform, with its alt text beside it. The location where a photo was taken is always removed.</source>
        <translation>Ein Ordner pro Beitrag: ein Text je Plattform und jedes Bild für diese Plattform zugeschnitten, skaliert und umgewandelt, mit seinem Alternativtext daneben. Der Aufnahmeort eines Fotos wird immer entfernt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="250"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="256"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="281"/>
        <source>Writing the kit…</source>
        <translation>Paket wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="288"/>
        <source>Folder for the Publish Kit</source>
        <translation>Ordner für das Veröffentlichungspaket</translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="311"/>
        <source>The kit was not finished: {reason}</source>
        <translation>Das Paket wurde nicht fertig: {reason}</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="467"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="469"/>
        <source>Platform preview</source>
        <translation>Plattformvorschau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="511"/>
        <source>Platform &amp;Preview</source>
        <translation>Plattform&amp;vorschau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="516"/>
        <source>Show or hide how the post looks on each network</source>
        <translation>Zeigen oder ausblenden, wie der Beitrag in jedem Netzwerk aussieht</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="134"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="136"/>
        <source>Publish this post again and again: the calendar shows each repeat with ↻.</source>
        <translation>Diesen Beitrag immer wieder veröffentlichen: Der Kalender zeigt jede Wiederholung mit ↻.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="140"/>
        <location filename="../../studio/ui/recurrence_editor.py" line="157"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="140"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="140"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="140"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="148"/>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="156"/>
        <source>Repeat ends</source>
        <translation>Wiederholung endet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="158"/>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="159"/>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="160"/>
        <source>Never: an evergreen post, until you stop it.</source>
        <translation>Nie: ein Dauerbrenner, bis du ihn stoppst.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="165"/>
        <source>Last day of the repeats</source>
        <translation>Letzter Tag der Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="173"/>
        <source>Number of times, this post included</source>
        <translation>Anzahl, diesen Beitrag eingeschlossen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="197"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="198"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="199"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/recurrence_editor.py" line="301"/>
        <source>Evergreen: repeats until you stop it.</source>
        <translation>Dauerbrenner: wiederholt sich, bis du ihn stoppst.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../../studio/services/review.py" line="335"/>
        <source>Reviewer</source>
        <translation>Prüfer*in</translation>
    </message>
</context>
<context>
    <name>RuleSettingsList</name>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="156"/>
        <source>Rules turned off</source>
        <translation>Ausgeschaltete Regeln</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="161"/>
        <source>Ignored in this post</source>
        <translation>In diesem Beitrag ignoriert</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="163"/>
        <source>Turned off for this workspace</source>
        <translation>Für diesen Arbeitsbereich ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="167"/>
        <source>No rules are turned off. Right-click an underlined word to ignore a rule in one post or turn it off for the whole workspace.</source>
        <translation>Keine Regeln ausgeschaltet. Klicke mit rechts auf ein unterstrichenes Wort, um eine Regel in einem Beitrag zu ignorieren oder für den ganzen Arbeitsbereich auszuschalten.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="178"/>
        <location filename="../../studio/ui/rule_settings.py" line="190"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="192"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="68"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="69"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="70"/>
        <source>Library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="71"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="157"/>
        <source>Posting Slots — {workspace}</source>
        <translation>Zeitfenster – {workspace}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="158"/>
        <location filename="../../studio/ui/slots_dialog.py" line="176"/>
        <source>Posting slots</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="166"/>
        <source>The regular times {workspace} posts at. “Next Free Slot” in the composer picks the first one no other post takes. Times are in {zone}, where the audience is.</source>
        <translation>Die festen Zeiten, zu denen {workspace} veröffentlicht. „Nächstes freies Zeitfenster“ im Editor nimmt das erste, das kein anderer Beitrag belegt. Die Zeiten gelten in {zone}, wo das Publikum ist.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="180"/>
        <source>No slots yet. Pick a day, a time and a network below, then Add.</source>
        <translation>Noch keine Zeitfenster. Wähle unten einen Tag, eine Uhrzeit und ein Netzwerk und dann Hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="189"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="194"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="198"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="199"/>
        <source>Any network</source>
        <translation>Jedes Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="202"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="205"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>SnippetManagerDialog</name>
    <message>
        <location filename="../../studio/ui/snippets.py" line="55"/>
        <source>Snippets — {workspace}</source>
        <translation>Textbausteine – {workspace}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="57"/>
        <location filename="../../studio/ui/snippets.py" line="60"/>
        <source>Snippets</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="68"/>
        <source>Snippets of this workspace</source>
        <translation>Textbausteine dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="71"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="74"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="80"/>
        <source>Snippet name</source>
        <translation>Name des Textbausteins</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="81"/>
        <source>e.g. Opening hours</source>
        <translation>z. B. Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="85"/>
        <source>Kind of snippet</source>
        <translation>Art des Textbausteins</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="86"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="87"/>
        <source>Hashtag group</source>
        <translation>Hashtag-Gruppe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="90"/>
        <source>Snippet text</source>
        <translation>Text des Textbausteins</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="92"/>
        <source>What Insert puts into the post</source>
        <translation>Was Einfügen in den Beitrag setzt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="94"/>
        <source>&amp;Save Snippet</source>
        <translation>Textbaustein &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="103"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="104"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="105"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="151"/>
        <source># {name}</source>
        <translation># {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="181"/>
        <source>A new snippet: give it a name and the text to insert.</source>
        <translation>Ein neuer Textbaustein: Gib ihm einen Namen und den Text zum Einfügen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="203"/>
        <source>“{name}” exists already.</source>
        <translation>„{name}“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="211"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="216"/>
        <location filename="../../studio/ui/snippets.py" line="224"/>
        <source>Delete snippet</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="217"/>
        <source>Delete “{name}”? Posts that used it keep their text.</source>
        <translation>„{name}“ löschen? Beiträge, die ihn genutzt haben, behalten ihren Text.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="226"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="257"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="70"/>
        <source>Write for {network} Only</source>
        <translation>Nur für {network} schreiben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="74"/>
        <source>Start from the main text and change it for {network} only.</source>
        <translation>Vom Haupttext ausgehen und ihn nur für {network} ändern.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="79"/>
        <source>Reset to Main Text</source>
        <translation>Auf Haupttext zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="82"/>
        <source>Forget the text written for {network} and use the main text again.</source>
        <translation>Den Text für {network} verwerfen und wieder den Haupttext nehmen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="90"/>
        <source>Text for {network}</source>
        <translation>Text für {network}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="93"/>
        <source>The main text appears here; edit it to write something for {network} only.</source>
        <translation>Hier erscheint der Haupttext; bearbeite ihn, um etwas nur für {network} zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="106"/>
        <source>Feedback on the text for {network}</source>
        <translation>Feedback zum Text für {network}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="130"/>
        <source>First comment</source>
        <translation>Erster Kommentar</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="136"/>
        <source>First comment on {network}</source>
        <translation>Erster Kommentar auf {network}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="139"/>
        <source>Posted as the first comment: a link, credits, or hashtags.</source>
        <translation>Wird als erster Kommentar gepostet: ein Link, Credits oder Hashtags.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="311"/>
        <source>{used} / {limit} characters</source>
        <translation>{used} / {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="314"/>
        <source> · {count} over</source>
        <translation> · {count} zu viel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="318"/>
        <source>First comment length: {used} of {limit}</source>
        <translation>Länge des ersten Kommentars: {used} von {limit}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="326"/>
        <source>Same as the main text; edit it here for {network} only.</source>
        <translation>Wie der Haupttext; bearbeite ihn hier nur für {network}.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="328"/>
        <source>{network} gets the main text.</source>
        <translation>{network} bekommt den Haupttext.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="341"/>
        <source>No findings for {network}</source>
        <translation>Keine Hinweise für {network}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="345"/>
        <source>1 thing to look at</source>
        <translation>1 Sache zum Anschauen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="347"/>
        <source>{count} things to look at</source>
        <translation>{count} Sachen zum Anschauen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="349"/>
        <source> · {count} serious</source>
        <translation> · {count} ernst</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="324"/>
        <source>Written for {network}; the main text no longer changes it.</source>
        <translation>Für {network} geschrieben; der Haupttext ändert ihn nicht mehr.</translation>
    </message>
</context>
<context>
    <name>VariantTabs</name>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="379"/>
        <source>Text per network</source>
        <translation>Text je Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="482"/>
        <source>{network} (edited)</source>
        <translation>{network} (bearbeitet)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="490"/>
        <source>Text written for {network} only</source>
        <translation>Text nur für {network} geschrieben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="491"/>
        <source>{network} uses the main text</source>
        <translation>{network} nutzt den Haupttext</translation>
    </message>
</context>
<context>
    <name>_FindingRow</name>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="135"/>
        <source>leaving it out</source>
        <translation>weglassen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="120"/>
        <source>Try {suggestions}</source>
        <translation>Versuch {suggestions}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="120"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="127"/>
        <source>Click to select it in the text.</source>
        <translation>Klicke, um es im Text zu markieren.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="134"/>
        <source>adding “{words}”</source>
        <translation>„{words}“ ergänzen</translation>
    </message>
</context>
<context>
    <name>_FoldGutter</name>
    <message>
        <location filename="../../studio/ui/composer_text.py" line="247"/>
        <source>… more</source>
        <translation>… mehr</translation>
    </message>
</context>
<context>
    <name>_SettingRow</name>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="123"/>
        <source>Turn back on</source>
        <translation>Wieder einschalten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="125"/>
        <source>Turn {rule} back on</source>
        <translation>{rule} wieder einschalten</translation>
    </message>
</context>
</TS>
