<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="116"/>
        <source>Grammar: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="119"/>
        <source>Grammar: LanguageTool at {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="121"/>
        <source>Grammar: no server set — spelling only, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="123"/>
        <source>Grammar: LanguageTool on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="124"/>
        <source>Grammar: spelling only, on this computer</source>
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
        <location filename="../../studio/app.py" line="179"/>
        <source>Some preferences could not be read and were reset: {details}</source>
        <translation>Einige Einstellungen waren nicht lesbar und wurden zurückgesetzt: {details}</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <location filename="../../studio/ui/composer.py" line="96"/>
        <source>Post details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="123"/>
        <source>Title — only you and your team see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="124"/>
        <source>Post title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="130"/>
        <source>&amp;Insert Snippet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="134"/>
        <source>Insert a snippet or hashtag group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="142"/>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="143"/>
        <source>Insert a snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="145"/>
        <source>Insert a snippet or hashtag group ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="157"/>
        <source>Write your post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="158"/>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="163"/>
        <source>Length of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="166"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="213"/>
        <location filename="../../studio/ui/composer.py" line="215"/>
        <source>Feedback</source>
        <translation type="unfinished">Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="216"/>
        <source>Rules Turned Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="345"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="393"/>
        <source>Nothing to save: create a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="395"/>
        <source>Saved by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="418"/>
        <source>The status was not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="422"/>
        <source>Moved to {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="438"/>
        <location filename="../../studio/ui/composer.py" line="458"/>
        <source>Serious findings remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="448"/>
        <source>&lt;p&gt;This post still has {count} serious finding(s):&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Move it to {status} anyway?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="453"/>
        <source>Move to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="486"/>
        <source>Write something first: an empty draft is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="565"/>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="565"/>
        <source>Hashtag groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="574"/>
        <source>No snippets in this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="577"/>
        <source>&amp;Manage Snippets…</source>
        <translation type="unfinished">&amp;Textbausteine verwalten…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="582"/>
        <source>Snippets belong to a workspace: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="628"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../studio/ui/composer.py" line="675"/>
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="701"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="705"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="707"/>
        <source>Your text is still here, but it was not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="711"/>
        <source>Saved a revision you can go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="718"/>
        <location filename="../../studio/ui/composer.py" line="726"/>
        <source>Someone else changed this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="720"/>
        <source>This post was saved elsewhere while you were editing it. Your text is still here. Keep yours (theirs is kept as a revision), take theirs, or save yours as a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="727"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="729"/>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="731"/>
        <source>Save Mine as a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="749"/>
        <source>A post stays in the workspace it was saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer.py" line="751"/>
        <source>The workspace this post is written for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDetails</name>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="51"/>
        <source>Workspace of this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="57"/>
        <source>Only the next steps of the workflow are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="62"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="63"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="70"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="73"/>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="78"/>
        <source>Publishing date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="89"/>
        <source>Sponsored, gifted or affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="92"/>
        <source>Disclosure checks then look for a clear label before the fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="97"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="98"/>
        <source>Brand or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="103"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="120"/>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="121"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="122"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="123"/>
        <source>Ca&amp;mpaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="164"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_details.py" line="189"/>
        <source>Time in {zone}, where the audience is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../../studio/services/drafts.py" line="767"/>
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
        <location filename="../../studio/ui/feedback_dock.py" line="483"/>
        <source>Feedback</source>
        <translation type="unfinished">Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="518"/>
        <source>Feedback panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="586"/>
        <source>Feedback summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="591"/>
        <source>Feedback appears here as you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="593"/>
        <source>Start writing: feedback appears here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="598"/>
        <source>Nothing to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="600"/>
        <source>1 thing to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="602"/>
        <source>{n} things to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="604"/>
        <source>{n} serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="607"/>
        <source>1 done well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="607"/>
        <source>{n} done well</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingHighlighter</name>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="200"/>
        <source>Try: {suggestions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="278"/>
        <source>Ignore here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="280"/>
        <source>Stop flagging {rule} in this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="285"/>
        <source>Turn off for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/finding_highlighter.py" line="287"/>
        <source>Stop flagging {rule} in every post of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="147"/>
        <location filename="../../studio/ui/main_window.py" line="148"/>
        <source>Content Studio</source>
        <translation>Content Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="213"/>
        <source>My posts</source>
        <translation>Meine Beiträge</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="233"/>
        <source>Grammar: {backend}</source>
        <translation>Grammatik: {backend}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="288"/>
        <source>Arrives in a later version of Content Studio.</source>
        <translation>Kommt in einer späteren Version von Content Studio.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="292"/>
        <source>&amp;New Post</source>
        <translation>&amp;Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="295"/>
        <source>Start a new draft in the composer</source>
        <translation>Einen neuen Entwurf im Editor beginnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="300"/>
        <source>New &amp;Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="302"/>
        <source>Create a workspace for a client or brand</source>
        <translation>Einen Arbeitsbereich für einen Kunden oder eine Marke anlegen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="306"/>
        <source>&amp;Open Review File…</source>
        <translation>Review-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="308"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="309"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="314"/>
        <source>&amp;Save Revision</source>
        <translation>Version &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="316"/>
        <source>Keep this version of the post; it is autosaved anyway</source>
        <translation>Diese Fassung des Beitrags aufheben; gespeichert wird ohnehin automatisch</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="319"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="325"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="326"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="327"/>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="328"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="329"/>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="330"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="336"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="350"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="356"/>
        <source>&amp;Feedback Panels</source>
        <translation>&amp;Feedback-Bereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="358"/>
        <source>Show or hide the feedback beside the composer</source>
        <translation>Das Feedback neben dem Editor zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="365"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="368"/>
        <source>&amp;About Content Studio</source>
        <translation>Ü&amp;ber Content Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="374"/>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="382"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="391"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="399"/>
        <source>&amp;Manage Snippets…</source>
        <translation>&amp;Textbausteine verwalten…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="400"/>
        <source>Snippets and hashtag groups</source>
        <translation>Textbausteine und Hashtag-Gruppen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="407"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="413"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="419"/>
        <location filename="../../studio/ui/main_window.py" line="421"/>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="428"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="429"/>
        <location filename="../../studio/ui/main_window.py" line="433"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="434"/>
        <source>Show the calendar and posts of one workspace</source>
        <translation>Kalender und Beiträge eines Arbeitsbereichs zeigen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="442"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="446"/>
        <source>Spacer</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="451"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="457"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="467"/>
        <source>{section} (Ctrl+{number})</source>
        <translation>{section} (Strg+{number})</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="476"/>
        <source>Section content</source>
        <translation>Inhalt des Bereichs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="478"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="485"/>
        <source>New Workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="488"/>
        <source>Open the Composer</source>
        <translation>Editor öffnen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="492"/>
        <source>Image library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="494"/>
        <source>Images you add to posts will be kept here, with their alt text and a crop for each network. Nothing leaves this computer.</source>
        <translation>Bilder, die du Beiträgen hinzufügst, liegen hier – mit Alternativtext und einem Zuschnitt für jedes Netzwerk. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="502"/>
        <source>Nothing to review</source>
        <translation>Nichts freizugeben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="504"/>
        <source>Drafts waiting for a decision, and the comments on them, will be listed here. Review files a colleague sends you open here too.</source>
        <translation>Entwürfe, die auf eine Entscheidung warten, und die Kommentare dazu stehen hier. Review-Dateien, die dir Kolleginnen und Kollegen schicken, öffnen sich auch hier.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="518"/>
        <source>Divider</source>
        <translation>Trennlinie</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="521"/>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="533"/>
        <source>Write a post</source>
        <translation>Einen Beitrag schreiben</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="535"/>
        <source>Draft once, adapt it for each network, and get kind, specific feedback while you type.</source>
        <translation>Einmal entwerfen, für jedes Netzwerk anpassen und beim Tippen freundliches, konkretes Feedback bekommen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="541"/>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="549"/>
        <location filename="../../studio/ui/main_window.py" line="551"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="596"/>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="599"/>
        <source>Database: {location}</source>
        <translation>Datenbank: {location}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="637"/>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="662"/>
        <source>Workspace “{name}” created.</source>
        <translation>Arbeitsbereich „{name}“ angelegt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="666"/>
        <source>The workspace was not created</source>
        <translation>Der Arbeitsbereich wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="673"/>
        <source>No workspaces yet</source>
        <translation>Noch keine Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="675"/>
        <source>A workspace holds one client&apos;s or brand&apos;s calendar, time zone and house rules. Create one, or run &lt;code&gt;studio demo&lt;/code&gt; for a month of sample posts.</source>
        <translation>Ein Arbeitsbereich enthält Kalender, Zeitzone und Hausregeln eines Kunden oder einer Marke. Lege einen an oder starte &lt;code&gt;studio demo&lt;/code&gt; für einen Monat Beispielbeiträge.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="682"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="684"/>
        <source>Posts of all {count} workspaces will appear here month by month, each in its workspace&apos;s colour.</source>
        <translation>Die Beiträge aller {count} Arbeitsbereiche erscheinen hier Monat für Monat, jeder in der Farbe seines Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="690"/>
        <source>Calendar: {name}</source>
        <translation>Kalender: {name}</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="692"/>
        <source>Posts for {name} will appear here month by month, at the times its audience sees them ({zone}).</source>
        <translation>Die Beiträge für {name} erscheinen hier Monat für Monat, zu den Zeiten, zu denen das Publikum sie sieht ({zone}).</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="778"/>
        <location filename="../../studio/ui/main_window.py" line="779"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="787"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="788"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="788"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="819"/>
        <source>About Content Studio</source>
        <translation>Über Content Studio</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="821"/>
        <source>&lt;h3&gt;Content Studio {version}&lt;/h3&gt;&lt;p&gt;Write social-media posts that respect the people who read them: kind, specific feedback while you type, a calendar for several clients, and review with comments.&lt;/p&gt;&lt;p&gt;Works offline. Your posts stay in {location}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Content Studio {version}&lt;/h3&gt;&lt;p&gt;Beiträge für soziale Medien schreiben, die die Menschen respektieren, die sie lesen: freundliches, konkretes Feedback beim Tippen, ein Kalender für mehrere Kunden und Freigabe mit Kommentaren.&lt;/p&gt;&lt;p&gt;Funktioniert offline. Deine Beiträge bleiben in {location}.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="26"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="27"/>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="28"/>
        <source>Amber</source>
        <translation>Bernstein</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="29"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="30"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="31"/>
        <source>Violet</source>
        <translation>Violett</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="32"/>
        <source>Lime</source>
        <translation>Limette</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="33"/>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="59"/>
        <location filename="../../studio/ui/workspace_dialog.py" line="60"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="65"/>
        <source>e.g. the client&apos;s or brand&apos;s name</source>
        <translation>z. B. der Name des Kunden oder der Marke</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="66"/>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="74"/>
        <source>Time zone of the audience</source>
        <translation>Zeitzone des Publikums</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="81"/>
        <source>Calendar colour</source>
        <translation>Farbe im Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="86"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="90"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="91"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="92"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="94"/>
        <source>Posts are planned in this time zone: the one your audience lives in.</source>
        <translation>Beiträge werden in dieser Zeitzone geplant: der, in der dein Publikum lebt.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="97"/>
        <source>About the time zone</source>
        <translation>Zur Zeitzone</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="104"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="105"/>
        <source>Create workspace</source>
        <translation>Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="132"/>
        <source>Give the workspace a name.</source>
        <translation>Gib dem Arbeitsbereich einen Namen.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="134"/>
        <source>There is already a workspace called “{name}”.</source>
        <translation>Es gibt schon einen Arbeitsbereich namens „{name}“.</translation>
    </message>
    <message>
        <location filename="../../studio/ui/workspace_dialog.py" line="136"/>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Wähle eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>PanelSection</name>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="266"/>
        <source>Well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="267"/>
        <source>Authenticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="268"/>
        <source>Inclusion &amp; accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="269"/>
        <source>Transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="270"/>
        <source>Platform fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="271"/>
        <source>Grammar &amp; spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="298"/>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="298"/>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="333"/>
        <source>{panel}: not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="334"/>
        <source>{panel}, not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="340"/>
        <source>{panel}, score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="344"/>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="344"/>
        <source>{n} findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="377"/>
        <source>Done well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="401"/>
        <source>Length per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="405"/>
        <source>Nothing to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="407"/>
        <source>Checking… results follow in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="418"/>
        <source>No platform selected yet: pick one to check length and format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="421"/>
        <source>No pressure tactics, shaming or unsafe wording about mental health found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="424"/>
        <source>No engagement bait or hard sell found: it reads like a person talking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="427"/>
        <source>Nothing found that shuts readers out: no exclusionary words, fancy letters or emoji walls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="431"/>
        <source>No undisclosed ads, gifts, affiliate links or unsupported claims found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="433"/>
        <source>Fits every selected platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="434"/>
        <source>No spelling or grammar slips found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="457"/>
        <source>Show {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../studio/ui/preferences.py" line="61"/>
        <location filename="../../studio/ui/preferences.py" line="62"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="77"/>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="80"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="81"/>
        <source>Grammar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="121"/>
        <source>General preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="123"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="124"/>
        <source>Shown on your comments and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="127"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="129"/>
        <source>Same as the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="130"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="131"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="156"/>
        <source>Grammar preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="159"/>
        <source>Grammar checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="165"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="178"/>
        <source>LanguageTool server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="140"/>
        <source>Show times in my own time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="142"/>
        <source>Otherwise the calendar shows each workspace&apos;s time: when its audience reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="144"/>
        <source>Show times in my time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="137"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="138"/>
        <source>Same as the system (e.g. en, de-AT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="84"/>
        <source>Problem</source>
        <translation type="unfinished">Problem</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="148"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="149"/>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="150"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="161"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="162"/>
        <source>A LanguageTool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="163"/>
        <location filename="../../studio/ui/preferences.py" line="195"/>
        <source>LanguageTool on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="164"/>
        <source>Offline spelling only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="169"/>
        <source>What this choice does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="172"/>
        <source>&amp;Check grammar with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="176"/>
        <source>LanguageTool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="181"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="182"/>
        <source>Test the connection to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="183"/>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="188"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="196"/>
        <source>Java</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="197"/>
        <source>Looking for Java…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="198"/>
        <source>LanguageTool installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="200"/>
        <source>&amp;Download LanguageTool (about {size} MB) once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="205"/>
        <source>Download LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="207"/>
        <source>Download result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="209"/>
        <source>Kept on this computer. Nothing is downloaded unless you click the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="220"/>
        <source>Grammar language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="222"/>
        <source>Grammar is checked in each workspace&apos;s language (set in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="241"/>
        <source>The server address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="244"/>
        <source>Enter the LanguageTool server&apos;s address, or choose another way to check grammar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="247"/>
        <source>The language must be a tag such as en, de or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="273"/>
        <source>Asking {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="286"/>
        <source>For example your agency&apos;s own LanguageTool server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="300"/>
        <source>Java {release} found — local LanguageTool can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="305"/>
        <source>Java {release} found, but Java {minimum} or newer is needed for local LanguageTool; offline spelling is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="310"/>
        <source>Java {minimum} or newer is needed for local LanguageTool; offline spelling is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="321"/>
        <source>LanguageTool {version} is installed in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="326"/>
        <source>LanguageTool is not downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="334"/>
        <source>Install Java {minimum} or newer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="343"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="343"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="345"/>
        <source>Downloading LanguageTool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="346"/>
        <source>LanguageTool download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="363"/>
        <source>Downloading LanguageTool… {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="367"/>
        <source>Downloading LanguageTool… {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="371"/>
        <source>Unpacking LanguageTool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="384"/>
        <source>LanguageTool is ready. It starts the first time grammar is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="390"/>
        <source>The download failed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="395"/>
        <source>Download cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="408"/>
        <source>The server below if you set one, else LanguageTool on this computer, else offline spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="412"/>
        <source>Only the server below. Your text is sent to it while you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="415"/>
        <source>Grammar and spelling on this computer; nothing leaves it. Needs Java {minimum} and a one-time download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="419"/>
        <source>Spelling from a built-in dictionary; no grammar. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/preferences.py" line="421"/>
        <source>No grammar or spelling checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSettingsList</name>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="159"/>
        <source>Rules turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="164"/>
        <source>Ignored in this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="166"/>
        <source>Turned off for this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="170"/>
        <source>No rules are turned off. Right-click an underlined word to ignore a rule in one post or turn it off for the whole workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="181"/>
        <location filename="../../studio/ui/rule_settings.py" line="193"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="195"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../studio/ui/main_window.py" line="66"/>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="67"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="68"/>
        <source>Library</source>
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../../studio/ui/main_window.py" line="69"/>
        <source>Review</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>VariantTab</name>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="58"/>
        <source>Reset to Main Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="61"/>
        <source>Forget the text written for {network} and use the main text again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="69"/>
        <source>Text for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="72"/>
        <source>The main text appears here; edit it to write something for {network} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="92"/>
        <source>First comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="98"/>
        <source>First comment on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="101"/>
        <source>Posted as the first comment: a link, credits, or hashtags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="222"/>
        <source>{used} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="225"/>
        <source> · {count} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="229"/>
        <source>First comment length: {used} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="236"/>
        <source>Same as the main text; edit it here for {network} only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="242"/>
        <source>Written for {network}; the main text no longer changes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariantTabs</name>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="258"/>
        <source>Text per network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="338"/>
        <source>{network} (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="346"/>
        <source>Text written for {network} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/composer_variants.py" line="347"/>
        <source>{network} uses the main text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FindingRow</name>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="104"/>
        <source>leaving it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="106"/>
        <source>Try {suggestions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="106"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/feedback_dock.py" line="113"/>
        <source>Click to select it in the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SettingRow</name>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="126"/>
        <source>Turn back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/ui/rule_settings.py" line="128"/>
        <source>Turn {rule} back on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
