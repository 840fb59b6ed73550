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
        <translation type="unfinished">Grammatik: {backend}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="65"/>
        <source>; {count} already in the calendar will be left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="69"/>
        <source>; new workspace(s): {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="61"/>
        <source>%n row(s) checked, all valid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="62"/>
        <source>: %n new post(s) to import</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_exchange.py" line="74"/>
        <source>{bad} of %n row(s) cannot be imported. Nothing has been written. Fix the file and try again, or import only the valid rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="90"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="91"/>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="96"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="100"/>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="101"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="101"/>
        <source>Why it cannot be imported</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="131"/>
        <source>Import valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_exchange.py" line="135"/>
        <location filename="../../studio/ui/review_view.py" line="593"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="66"/>
        <location filename="../../studio/ui/calendar_health.py" line="347"/>
        <source>Calendar health chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_health.py" line="85"/>
        <source>{workspace}, week of {day}: %n post(s), {share:.0%} promotional, {night} at night</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="108"/>
        <source>No weeks to show.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="234"/>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_health.py" line="401"/>
        <source>No issues found: a sustainable plan.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../studio/ui/calendar_page.py" line="1145"/>
        <source>Untitled post</source>
        <translation>Beitrag ohne Titel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="171"/>
        <source>no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="176"/>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="178"/>
        <source>needs attention: strong findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="277"/>
        <source>{day}: nothing planned. Double-click to start a draft here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="288"/>
        <source>{day}, no posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_models.py" line="290"/>
        <source>{day}, %n post(s): {posts}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_models.py" line="741"/>
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <location filename="../../studio/ui/calendar_page.py" line="1007"/>
        <location filename="../../studio/ui/revision_history.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="575"/>
        <source>Workspace</source>
        <translation type="unfinished">Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="576"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="602"/>
        <source> (repeat)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="668"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="670"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_models.py" line="672"/>
        <source>{network} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="138"/>
        <location filename="../../studio/ui/calendar_views.py" line="550"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="139"/>
        <location filename="../../studio/ui/calendar_views.py" line="557"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="140"/>
        <location filename="../../studio/ui/calendar_views.py" line="572"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="141"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="245"/>
        <source>Move Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="323"/>
        <location filename="../../studio/ui/calendar_page.py" line="354"/>
        <location filename="../../studio/ui/calendar_page.py" line="1286"/>
        <source>Calendar</source>
        <translation type="unfinished">Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="362"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="363"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="364"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="364"/>
        <source>Today (T)</source>
        <translation>Heute (T)</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="375"/>
        <source>Search posts</source>
        <translation>Beiträge suchen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="376"/>
        <source>Search titles, texts, comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="377"/>
        <source>Search every post (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="397"/>
        <source>{view} (Ctrl+Alt+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="421"/>
        <location filename="../../studio/ui/calendar_page.py" line="426"/>
        <location filename="../../studio/ui/calendar_page.py" line="1026"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="423"/>
        <source>Show only some campaigns, networks, statuses or types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="428"/>
        <location filename="../../studio/ui/calendar_page.py" line="430"/>
        <source>Show in my zone</source>
        <translation>In meiner Zeitzone zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="432"/>
        <source>Show every time on this computer&apos;s clock ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="444"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="446"/>
        <location filename="../../studio/ui/calendar_page.py" line="450"/>
        <location filename="../../studio/ui/calendar_page.py" line="453"/>
        <source>Status colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="447"/>
        <source>What the coloured dots and edges of a post mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="491"/>
        <source>Calendar views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="503"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="549"/>
        <source>Calendar: {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="557"/>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Gehe zu Datum…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="562"/>
        <source>Find in Calendar</source>
        <translation>Im Kalender suchen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="575"/>
        <source>Ca&amp;lendar View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="577"/>
        <source>Calendar view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="643"/>
        <source>Import posts from a JSON or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="647"/>
        <source>Export posts as JSON, CSV or iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="867"/>
        <source>Week {number} · {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="871"/>
        <source>Health · {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="876"/>
        <source>Times on each workspace&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="878"/>
        <source>Times on my clock ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="880"/>
        <source>Times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="925"/>
        <source>That post has no date; it opens in the composer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="959"/>
        <source>%n post(s) found for “{query}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1204"/>
        <source>{name} is a review file; open it from the Review section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="1221"/>
        <source>Nothing was imported from {name}: %n row(s) still cannot be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="1228"/>
        <source>Imported %n post(s) from {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/calendar_page.py" line="1229"/>
        <source>; %n already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="961"/>
        <source>No post matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="995"/>
        <location filename="../../studio/ui/revision_history.py" line="83"/>
        <location filename="../../studio/ui/revision_history.py" line="87"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1001"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1013"/>
        <source>Content type</source>
        <translation>Inhaltsart</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1019"/>
        <source>Show Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1026"/>
        <source>Filters ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1144"/>
        <source>Moved “{title}” to {when}. Edit ▸ Undo moves it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1153"/>
        <source>The post was not moved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1182"/>
        <source>Import Posts</source>
        <translation>Beiträge importieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1238"/>
        <source>All workspaces</source>
        <translation type="unfinished">Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1243"/>
        <source>Export Posts</source>
        <translation>Beiträge exportieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1254"/>
        <source>Exported to {path} ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1263"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1264"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1288"/>
        <source>Calendar error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1296"/>
        <source>Go to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1297"/>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1300"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_page.py" line="1309"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/calendar_views.py" line="181"/>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="73"/>
        <location filename="../../studio/ui/review_page.py" line="478"/>
        <location filename="../../studio/ui/review_page.py" line="746"/>
        <location filename="../../studio/ui/review_view.py" line="401"/>
        <source>Review</source>
        <translation type="unfinished">Freigabe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="85"/>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="99"/>
        <location filename="../../studio/ui/review_page.py" line="117"/>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="106"/>
        <source>Open Review File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="108"/>
        <source>Open review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="112"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="113"/>
        <source>More review commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="131"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="133"/>
        <source>Save review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="135"/>
        <source>Write your comments and decisions into the review file ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="142"/>
        <source>Close File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="165"/>
        <source>Nothing chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="167"/>
        <source>Choose a post on the left to review it. Review files from a colleague open with File ▸ Open Review File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="194"/>
        <source>&amp;Save Review File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="197"/>
        <source>&amp;Import Returned Review File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="200"/>
        <source>Add a reviewer&apos;s comments and decisions to the original posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="203"/>
        <source>&amp;Export Review File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="206"/>
        <source>The posts of this workspace as a file for someone outside the studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="209"/>
        <source>Export Review &amp;Report (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="212"/>
        <source>A web page with each post, its texts, comments and status, for a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="236"/>
        <source>Review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="237"/>
        <source>Review file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="243"/>
        <location filename="../../studio/ui/review_page.py" line="266"/>
        <location filename="../../studio/ui/review_view.py" line="663"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="251"/>
        <source>Unresolved comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="255"/>
        <source>{count} open · latest by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="256"/>
        <location filename="../../studio/ui/review_page.py" line="272"/>
        <location filename="../../studio/ui/revision_history.py" line="192"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="268"/>
        <source>Decisions to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="270"/>
        <source>made on older text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="270"/>
        <source>not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="271"/>
        <source>{decision} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="508"/>
        <source>Restored the revision as a new revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="515"/>
        <source>Open Review File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="533"/>
        <source>Opened the review file {name}: %n post(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="614"/>
        <source>%n comment(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="615"/>
        <source>%n decision(s) applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="626"/>
        <source>%n decision(s) made on older text, kept for you to check</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="634"/>
        <source>%n comment(s) on passages no longer in the text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="640"/>
        <source>%n post(s) not found here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_page.py" line="679"/>
        <source>%n comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="544"/>
        <source>Save Review File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="554"/>
        <source>Saved the review file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="572"/>
        <source>Unsaved review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="573"/>
        <source>Save your comments and decisions in the review file first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="591"/>
        <source>new review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="592"/>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="592"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="595"/>
        <source>Review file &lt;b&gt;{name}&lt;/b&gt; — read-only posts; your comments go into the file ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="603"/>
        <source>Import Returned Review File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="619"/>
        <source>{count} already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="641"/>
        <source>Review file imported: {details}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="649"/>
        <source>Export Review File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="662"/>
        <source>Export Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="664"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_page.py" line="719"/>
        <location filename="../../studio/ui/review_page.py" line="720"/>
        <source>Open a review file someone sent you</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="112"/>
        <source>Comment {number} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="132"/>
        <source>On an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="134"/>
        <source>Passage no longer in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="136"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="138"/>
        <location filename="../../studio/ui/review_view.py" line="924"/>
        <source>On the whole post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="145"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="145"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="148"/>
        <source>Open this thread again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="148"/>
        <source>Mark this thread as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="169"/>
        <source>Quoted passage: {quote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="178"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="186"/>
        <source>{author}, {when}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="199"/>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="200"/>
        <source>Reply to comment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="202"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="204"/>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="280"/>
        <source>Image: {alt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="280"/>
        <source>no description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="281"/>
        <source>Click a point of the image to comment on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="286"/>
        <source>Image not on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="433"/>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="433"/>
        <source>Comment on the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="437"/>
        <source>&amp;Next Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="437"/>
        <source>Go to the next comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="442"/>
        <source>&amp;Previous Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="444"/>
        <source>Go to the previous comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="448"/>
        <source>Request C&amp;hanges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="448"/>
        <source>Send the post back with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="451"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="451"/>
        <source>Approve the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="454"/>
        <source>Revision &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="454"/>
        <source>Earlier versions of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="515"/>
        <source>Text to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="517"/>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="521"/>
        <source>Select words and press {keys} to comment on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="538"/>
        <source>Post text (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="556"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="559"/>
        <source>Images — click a point to comment on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="585"/>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="586"/>
        <source>Your comment (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="589"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="591"/>
        <source>Send comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="605"/>
        <source>Show &amp;resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="616"/>
        <location filename="../../studio/ui/review_view.py" line="634"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="629"/>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="633"/>
        <source>Comments and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="635"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="668"/>
        <source>Written by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="670"/>
        <source>From a review file: the text cannot change here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_view.py" line="674"/>
        <source>%n decision(s) from review files made on older text</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/review_view.py" line="1020"/>
        <source>&lt;p&gt;This post still has %n serious finding(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Approve it anyway? Your confirmation is recorded with the approval.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="686"/>
        <source>{name} (own text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="700"/>
        <source>Comments ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="714"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="769"/>
        <source>No comments yet. Select a passage and choose Comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="941"/>
        <source>On the image, at the point you clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="987"/>
        <location filename="../../studio/ui/review_view.py" line="989"/>
        <source>Request Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="988"/>
        <source>Say what should change. The writer sees this comment with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="1008"/>
        <location filename="../../studio/ui/review_view.py" line="1010"/>
        <source>Serious findings remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="1027"/>
        <source>Approve Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/review_view.py" line="1087"/>
        <source>Only a post in review can be approved (this one is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="82"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="84"/>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="85"/>
        <source>Sponsored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="86"/>
        <source>Brand or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="88"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="96"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="107"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="109"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="110"/>
        <source>First comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="139"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="140"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="141"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="178"/>
        <source>Revision History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="188"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="193"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="203"/>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="204"/>
        <source>The post as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="208"/>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="212"/>
        <source>Removed words are struck through, added words are underlined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="218"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="221"/>
        <source>&amp;Restore This Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="223"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="225"/>
        <source>Bring this version back as a new revision; the current one stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/revision_history.py" line="259"/>
        <source>No revisions were recorded for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="47"/>
        <source>weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="48"/>
        <source>graphemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="49"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="50"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="73"/>
        <source>{count} bytes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="75"/>
        <source>{count} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="132"/>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="133"/>
        <source>near the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="134"/>
        <source>over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="136"/>
        <source>{network} length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="140"/>
        <source>{network} counts {unit}; the limit is approximate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="144"/>
        <source>{network} counts {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_counters.py" line="176"/>
        <source>Length per network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="538"/>
        <source>{networks}: the caption folds about here (approximate); the rest shows after “… more”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="542"/>
        <source>{networks}: the caption folds here; the rest shows after “… more”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="370"/>
        <source>serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="371"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="372"/>
        <source>nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="378"/>
        <source>remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="384"/>
        <source>Remove “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="385"/>
        <source>Replace with “{suggestion}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="61"/>
        <source>LanguageTool&apos;s rule {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="63"/>
        <source>This rule is not installed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="75"/>
        <source>Turn {rule} back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="83"/>
        <source>{rule} is back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="90"/>
        <source>in this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="90"/>
        <source>for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="93"/>
        <source>{rule} is off again {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="130"/>
        <source>any network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="131"/>
        <source>{weekday} {time} · {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/composer.py" line="587"/>
        <source>&lt;p&gt;This post still has %n serious finding(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Move it to {status} anyway?&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/library_page.py" line="622"/>
        <source>Adding %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/library_page.py" line="657"/>
        <source>Added %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/library_page.py" line="658"/>
        <source>; %n already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/media_strip.py" line="303"/>
        <source>Wrote %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/media_strip.py" line="304"/>
        <source> for %n post(s) to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AltTextDialog</name>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="190"/>
        <source>Alt Text for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="191"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AltTextEditor</name>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="122"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="124"/>
        <source>Describe what the image shows for people who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="161"/>
        <source>{count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="166"/>
        <source>{platform} allows {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="172"/>
        <source>{platform} requires it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <location filename="../../studio/services/analysis.py" line="121"/>
        <source>Grammar checks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/analysis.py" line="207"/>
        <source>Grammar check unavailable: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/services/analysis.py" line="210"/>
        <source>Grammar check failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../studio/app.py" line="216"/>
        <source>Some preferences could not be read and were reset: {details}</source>
        <translation>Einige Einstellungen waren nicht lesbar und wurden zurückgesetzt: {details}</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../studio/ui/composer.py" line="121"/>
        <source>Post details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="149"/>
        <source>Title — only you and your team see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="150"/>
        <source>Post title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="156"/>
        <source>&amp;Insert Snippet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="160"/>
        <source>Insert a snippet or hashtag group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="169"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="170"/>
        <source>Insert a snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="172"/>
        <source>Insert a snippet or hashtag group ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="180"/>
        <source>Posting &amp;Slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="182"/>
        <source>The regular times this workspace posts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="187"/>
        <source>Write your post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="188"/>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="193"/>
        <source>Length of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="196"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="261"/>
        <location filename="../../studio/ui/composer.py" line="263"/>
        <source>Feedback</source>
        <translation type="unfinished">Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="264"/>
        <source>Rules Turned Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="330"/>
        <source>The posting slots were not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="422"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="497"/>
        <source>Nothing to save: create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="499"/>
        <source>Saved by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="523"/>
        <source>The status was not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="527"/>
        <source>Moved to {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="569"/>
        <location filename="../../studio/ui/composer.py" line="599"/>
        <source>Serious findings remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="594"/>
        <source>Move to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="676"/>
        <source>Feedback on the main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="678"/>
        <source>Feedback on the text written for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="706"/>
        <source>Write something first: an empty draft is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="776"/>
        <source>Scheduled for {slot}, the next free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="782"/>
        <location filename="../../studio/ui/composer.py" line="805"/>
        <source>Posting slots belong to a workspace: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="820"/>
        <source>No free slot for these networks in the next year: add slots with “Slots…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="861"/>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="861"/>
        <source>Hashtag groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="870"/>
        <source>No snippets in this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="873"/>
        <source>&amp;Manage Snippets…</source>
        <translation type="unfinished">&amp;Textbausteine verwalten…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="878"/>
        <source>Snippets belong to a workspace: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="966"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1014"/>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1016"/>
        <source>{count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1045"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1049"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1051"/>
        <source>Your text is still here, but it was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1055"/>
        <source>Saved a revision you can go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1062"/>
        <location filename="../../studio/ui/composer.py" line="1070"/>
        <source>Someone else changed this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1064"/>
        <source>This post was saved elsewhere while you were editing it. Your text is still here. Keep yours (theirs is kept as a revision), take theirs, or save yours as a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1071"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1073"/>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1075"/>
        <source>Save Mine as a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1092"/>
        <source>A post stays in the workspace it was saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="1094"/>
        <source>The workspace this post is written for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="133"/>
        <source>Crop area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="213"/>
        <source>Loading the image…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropEditorDialog</name>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="360"/>
        <source>Crop {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="361"/>
        <source>Crop editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="373"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="385"/>
        <source>&amp;Crop for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="403"/>
        <source>Ratio {ratio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="408"/>
        <source>Whole Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="500"/>
        <source>{platform} takes {low} to {high} (width ÷ height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="547"/>
        <source>{w} × {h} px after cropping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="548"/>
        <source>dashed: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/crop_editor.py" line="552"/>
        <source>{platform} takes {low} to {high}: the kit trims it to fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDetails</name>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="56"/>
        <source>Workspace of this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="62"/>
        <source>Only the next steps of the workflow are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="67"/>
        <source>Content type</source>
        <translation>Inhaltsart</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="68"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="75"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="78"/>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="83"/>
        <source>Publishing date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="92"/>
        <source>Next Free Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="94"/>
        <source>Add to the next free posting slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="98"/>
        <source>Slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="99"/>
        <source>Edit the workspace&apos;s posting slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="100"/>
        <source>The regular times this workspace posts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="104"/>
        <source>Sponsored, gifted or affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="107"/>
        <source>Disclosure checks then look for a clear label before the fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="112"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="113"/>
        <source>Brand or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="118"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="135"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="136"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="137"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="138"/>
        <source>Ca&amp;mpaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="184"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="209"/>
        <source>Time in {zone}, where the audience is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="249"/>
        <source>Schedule this post for {slot}, the next free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="254"/>
        <source>This workspace has no posting slots yet: add some with “Slots…” (or Edit ▸ Posting Slots…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../../studio/services/drafts.py" line="771"/>
        <source>Could not save the draft: %s</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../studio/ui/feedback_dock.py" line="528"/>
        <source>Feedback</source>
        <translation type="unfinished">Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="564"/>
        <source>Feedback panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="638"/>
        <source>Feedback summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="660"/>
        <source>Feedback appears here as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="662"/>
        <source>Start writing: feedback appears here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="667"/>
        <source>Nothing to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="669"/>
        <source>1 thing to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="671"/>
        <source>{n} things to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="673"/>
        <source>{n} serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="676"/>
        <source>1 done well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="676"/>
        <source>{n} done well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingHighlighter</name>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="227"/>
        <source>Try: {suggestions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="305"/>
        <source>Ignore here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="307"/>
        <source>Stop flagging {rule} in this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="312"/>
        <source>Turn off for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="314"/>
        <source>Stop flagging {rule} in every post of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDetails</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="321"/>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="325"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="326"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="327"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="328"/>
        <source>Save alt text and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="346"/>
        <source>No image selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="246"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="249"/>
        <source>No alt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryGrid</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="283"/>
        <source>Images in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="143"/>
        <source>unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="145"/>
        <source>used in 1 post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="147"/>
        <source>used in {count} posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../studio/ui/library_page.py" line="393"/>
        <source>Library</source>
        <translation type="unfinished">Mediathek</translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="404"/>
        <source>Workspace whose images are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="410"/>
        <source>Add Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="411"/>
        <source>Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="417"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="418"/>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="419"/>
        <source>No Alt Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="420"/>
        <source>Has Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="426"/>
        <source>Show: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="433"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="436"/>
        <source>Search image names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="437"/>
        <source>Search names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="455"/>
        <source>Drop images here, paste them (Ctrl+V) or use Add Images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="526"/>
        <source>Choose a workspace to add images to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="536"/>
        <source>All workspaces: images belong to one workspace. Showing images of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="542"/>
        <source>Images of &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="545"/>
        <source>No workspace yet: images belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="566"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="566"/>
        <source>{n} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="579"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="613"/>
        <source>Add Images to the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/library_page.py" line="620"/>
        <source>Choose a workspace first: images belong to one.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="385"/>
        <location filename="../../studio/ui/media_strip.py" line="560"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="387"/>
        <source>Drop images here or add them — they are shown in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="391"/>
        <source>Attached images, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="393"/>
        <source>Add Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="394"/>
        <source>Move Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="395"/>
        <source>Move Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="396"/>
        <source>Crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="397"/>
        <source>Alt Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="398"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="399"/>
        <source>Publish Kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="401"/>
        <source>Captions and images made for each platform, without location data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="558"/>
        <source>Images ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="568"/>
        <source>no alt text yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="608"/>
        <source>Add Images to the Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="616"/>
        <source>Create a workspace first: images belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="700"/>
        <source>Write something first: a kit is made from a saved post.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Content Studio</translation>
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
        <location filename="../../studio/ui/feedback_dock.py" line="269"/>
        <source>Show more findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="285"/>
        <source>Well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="286"/>
        <source>Authenticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="287"/>
        <source>Inclusion &amp; accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="288"/>
        <source>Transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="289"/>
        <source>Platform fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="290"/>
        <source>Grammar &amp; spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="317"/>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="317"/>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="358"/>
        <source>{panel}: not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="359"/>
        <source>{panel}, not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="365"/>
        <source>{panel}, score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="369"/>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="369"/>
        <source>{n} findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="415"/>
        <source>Done well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="439"/>
        <source>Length per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="443"/>
        <source>Nothing to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="445"/>
        <source>Checking… results follow in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="456"/>
        <source>No platform selected yet: pick one to check length and format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="459"/>
        <source>No pressure tactics, shaming or unsafe wording about mental health found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="462"/>
        <source>No engagement bait or hard sell found: it reads like a person talking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="465"/>
        <source>Nothing found that shuts readers out: no exclusionary words, fancy letters or emoji walls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="469"/>
        <source>No undisclosed ads, gifts, affiliate links or unsupported claims found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="471"/>
        <source>Fits every selected platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="472"/>
        <source>No spelling or grammar slips found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="502"/>
        <source>Show {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformPreview</name>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="384"/>
        <source>Platform preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="386"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="436"/>
        <source>after {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="438"/>
        <source>after {lines} lines or {chars} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="442"/>
        <source>The text folds behind “more” {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="443"/>
        <source> (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="447"/>
        <source>No fold: the whole text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="452"/>
        <source>{platform} takes {limit} images; {hidden} not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="456"/>
        <source>A sketch of the layout, not the platform&apos;s own design.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../studio/ui/preferences.py" line="64"/>
        <location filename="../../studio/ui/preferences.py" line="65"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="83"/>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="86"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="87"/>
        <source>Grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="129"/>
        <source>General preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="131"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="132"/>
        <source>Shown on your comments and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="135"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="137"/>
        <source>Same as the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="138"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="139"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="164"/>
        <source>Grammar preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="167"/>
        <source>Grammar checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="173"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="186"/>
        <source>LanguageTool server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="148"/>
        <source>Show times in my own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="150"/>
        <source>Otherwise the calendar shows each workspace&apos;s time: when its audience reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="152"/>
        <source>Show times in my time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="145"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="146"/>
        <source>Same as the system (e.g. en, de-AT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="90"/>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="156"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="157"/>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="158"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="169"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="170"/>
        <source>A LanguageTool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="171"/>
        <location filename="../../studio/ui/preferences.py" line="204"/>
        <source>LanguageTool on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="172"/>
        <source>Offline spelling only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="177"/>
        <source>What this choice does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="180"/>
        <source>&amp;Check grammar with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="184"/>
        <source>LanguageTool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="189"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="190"/>
        <source>Test the connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="191"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="193"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="205"/>
        <source>Java</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="206"/>
        <source>Looking for Java…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="207"/>
        <source>LanguageTool installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="209"/>
        <source>&amp;Download LanguageTool (about {size} MB) once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="214"/>
        <source>Download LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="216"/>
        <source>Download result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="218"/>
        <source>Kept on this computer. Nothing is downloaded unless you click the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="229"/>
        <source>Grammar language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="231"/>
        <source>Grammar is checked in each workspace&apos;s language (set in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="250"/>
        <source>The server address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="253"/>
        <source>Enter the LanguageTool server&apos;s address, or choose another way to check grammar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="256"/>
        <source>The language must be a tag such as en, de or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="280"/>
        <source>Asking {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="293"/>
        <source>For example your agency&apos;s own LanguageTool server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="307"/>
        <source>Java {release} found — local LanguageTool can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="312"/>
        <source>Java {release} found, but Java {minimum} or newer is needed for local LanguageTool; offline spelling is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="317"/>
        <source>Java {minimum} or newer is needed for local LanguageTool; offline spelling is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="328"/>
        <source>LanguageTool {version} is installed in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="333"/>
        <source>LanguageTool is not downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="341"/>
        <source>Install Java {minimum} or newer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="350"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="350"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="352"/>
        <source>Downloading LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="353"/>
        <source>LanguageTool download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="387"/>
        <source>Downloading LanguageTool… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="391"/>
        <source>Downloading LanguageTool… {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="395"/>
        <source>Unpacking LanguageTool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="407"/>
        <source>LanguageTool is ready. It starts the first time grammar is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="414"/>
        <source>The download failed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="419"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="432"/>
        <source>The server below if you set one, else LanguageTool on this computer, else offline spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="436"/>
        <source>Only the server below. Your text is sent to it while you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="439"/>
        <source>Grammar and spelling on this computer; nothing leaves it. Needs Java {minimum} and a one-time download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="443"/>
        <source>Spelling from a built-in dictionary; no grammar. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="445"/>
        <source>No grammar or spelling checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewCard</name>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="279"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="300"/>
        <source>Your headline · now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="301"/>
        <source>Original audio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishKitDialog</name>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="234"/>
        <source>Export Publish Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="236"/>
        <source>Folder for the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="237"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="239"/>
        <source>Remove all metadata (camera, date, copyright)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="242"/>
        <source>One folder per post: a caption per platform and every image cropped, resized and converted for that platform, with its alt text beside it. The location where a photo was taken is always removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="250"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="256"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="281"/>
        <source>Writing the kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="288"/>
        <source>Folder for the Publish Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/media_strip.py" line="311"/>
        <source>The kit was not finished: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="467"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="469"/>
        <source>Platform preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="511"/>
        <source>Platform &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/platform_preview.py" line="516"/>
        <source>Show or hide how the post looks on each network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../../studio/services/review.py" line="335"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSettingsList</name>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="156"/>
        <source>Rules turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="161"/>
        <source>Ignored in this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="163"/>
        <source>Turned off for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="167"/>
        <source>No rules are turned off. Right-click an underlined word to ignore a rule in one post or turn it off for the whole workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="178"/>
        <location filename="../../studio/ui/rule_settings.py" line="190"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="192"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
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
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="148"/>
        <source>Posting Slots — {workspace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="149"/>
        <location filename="../../studio/ui/slots_dialog.py" line="166"/>
        <source>Posting slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="156"/>
        <source>The regular times {workspace} posts at. “Next Free Slot” in the composer picks the first one no other post takes. Times are in {zone}, where the audience is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="170"/>
        <source>No slots yet. Pick a day, a time and a network below, then Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="179"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="184"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="188"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="189"/>
        <source>Any network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="192"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/slots_dialog.py" line="195"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnippetManagerDialog</name>
    <message>
        <location filename="../../studio/ui/snippets.py" line="55"/>
        <source>Snippets — {workspace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="57"/>
        <location filename="../../studio/ui/snippets.py" line="60"/>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="68"/>
        <source>Snippets of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="71"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="74"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="80"/>
        <source>Snippet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="81"/>
        <source>e.g. Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="85"/>
        <source>Kind of snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="86"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="87"/>
        <source>Hashtag group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="90"/>
        <source>Snippet text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="92"/>
        <source>What Insert puts into the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="94"/>
        <source>&amp;Save Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="103"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="104"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="105"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="151"/>
        <source># {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="181"/>
        <source>A new snippet: give it a name and the text to insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="203"/>
        <source>“{name}” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="211"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="216"/>
        <location filename="../../studio/ui/snippets.py" line="224"/>
        <source>Delete snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="217"/>
        <source>Delete “{name}”? Posts that used it keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="226"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/snippets.py" line="257"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="70"/>
        <source>Write for {network} Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="74"/>
        <source>Start from the main text and change it for {network} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="79"/>
        <source>Reset to Main Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="82"/>
        <source>Forget the text written for {network} and use the main text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="90"/>
        <source>Text for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="93"/>
        <source>The main text appears here; edit it to write something for {network} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="106"/>
        <source>Feedback on the text for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="130"/>
        <source>First comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="136"/>
        <source>First comment on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="139"/>
        <source>Posted as the first comment: a link, credits, or hashtags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="311"/>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="314"/>
        <source> · {count} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="318"/>
        <source>First comment length: {used} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="326"/>
        <source>Same as the main text; edit it here for {network} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="328"/>
        <source>{network} gets the main text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="341"/>
        <source>No findings for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="345"/>
        <source>1 thing to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="347"/>
        <source>{count} things to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="349"/>
        <source> · {count} serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="324"/>
        <source>Written for {network}; the main text no longer changes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantTabs</name>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="379"/>
        <source>Text per network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="482"/>
        <source>{network} (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="490"/>
        <source>Text written for {network} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="491"/>
        <source>{network} uses the main text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FindingRow</name>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="112"/>
        <source>leaving it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="114"/>
        <source>Try {suggestions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="114"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="121"/>
        <source>Click to select it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FoldGutter</name>
    <message>
        <location filename="../../studio/ui/composer_text.py" line="247"/>
        <source>… more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SettingRow</name>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="123"/>
        <source>Turn back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="125"/>
        <source>Turn {rule} back on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
