<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>dialogsmith::ui::EnvironmentsEditor</name>
    <message>
        <location filename="../../ui/environmentseditor.cpp" line="+25"/>
        <source>&lt;b&gt;Environments&lt;/b&gt; — values for &lt;code&gt;{$env.key}&lt;/code&gt; in texts, URLs, headers and bodies</source>
        <translation>&lt;b&gt;Umgebungen&lt;/b&gt; — Werte für &lt;code&gt;{$env.key}&lt;/code&gt; in Texten, URLs, Headern und Bodys</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Add environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+164"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+159"/>
        <source>Rename environment</source>
        <translation>Umgebung umbenennen</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Remove environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The environment the preview and exports use unless told otherwise</source>
        <translation>Die Umgebung, die Vorschau und Exporte verwenden, wenn nichts anderes angegeben ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Default environment:</source>
        <translation>&amp;Standardumgebung:</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Add an environment first.</source>
        <translation>Fügen Sie zuerst eine Umgebung hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key &quot;%1&quot; already exists.</source>
        <translation>Der Schlüssel „%1“ existiert bereits.</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ExplorerModel</name>
    <message>
        <location filename="../../ui/explorermodel.cpp" line="+279"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bot: its global functions and settings</source>
        <translation>Der Bot: seine globalen Funktionen und Einstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dialogs (%1)</source>
        <translation>Dialoge (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrations (%1)</source>
        <translation>Integrationen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environments (%1)</source>
        <translation>Umgebungen (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fallback dialog</source>
        <translation>Fallback-Dialog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n interaction(s)</source>
        <translation>
            <numerusform>%1 — %n Interaktion</numerusform>
            <numerusform>%1 — %n Interaktionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown type %1</source>
        <translation>Unbekannter Typ %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+9"/>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot rename: %1</source>
        <translation>Umbenennen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New bot</source>
        <translation>Neuer Bot</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open bot</source>
        <translation>Bot öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot projects (*.json);;All files (*)</source>
        <translation>Bot-Projekte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] - Dialogsmith</source>
        <translation>%1[*] - Dialogsmith</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fallback dialog</source>
        <translation>Fallback-Dialog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ProblemsPanel</name>
    <message>
        <location filename="../../ui/problemspanel.cpp" line="+21"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or press Enter to go to the problem</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um zum Problem zu springen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::SearchPanel</name>
    <message>
        <location filename="../../ui/searchpanel.cpp" line="+21"/>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in names, texts, patterns, code, URLs...</source>
        <translation>Suchen in Namen, Texten, Mustern, Code, URLs...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to go there</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um dorthin zu springen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialog &quot;%1&quot;</source>
        <translation>Dialog „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integration &quot;%1&quot;</source>
        <translation>Integration „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+50"/>
        <source>Build, preview and export Conversation Builder bots.</source>
        <translation>Conversation-Builder-Bots erstellen, testen und exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bot project to open.</source>
        <translation>Zu öffnendes Bot-Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window to &lt;png&gt; and quit.</source>
        <translation>Ein Bild des Fensters als &lt;png&gt; speichern und beenden.</translation>
    </message>
</context>
</TS>
