<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>dialogsmith::ui::ExplorerModel</name>
    <message numerus="yes">
        <location filename="../../ui/explorermodel.cpp" line="+344"/>
        <source>%1 — %n interaction(s)</source>
        <translation>
            <numerusform>%1 — %n interaction</numerusform>
            <numerusform>%1 — %n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::GitFile</name>
    <message numerus="yes">
        <location filename="../../ui/diff/gitfile.cpp" line="+30"/>
        <source>Git did not answer within %n second(s).</source>
        <translation>
            <numerusform>Git did not answer within %n second.</numerusform>
            <numerusform>Git did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="+955"/>
        <source>Opened with %n warning(s); see Problems.</source>
        <translation>
            <numerusform>Opened with %n warning; see Problems.</numerusform>
            <numerusform>Opened with %n warnings; see Problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+414"/>
        <source>%1 %n item(s)</source>
        <translation>
            <numerusform>%1 %n item</numerusform>
            <numerusform>%1 %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Delete %n dialog(s)</source>
        <translation>
            <numerusform>Delete %n dialog</numerusform>
            <numerusform>Delete %n dialogs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n interaction(s)</source>
        <translation>
            <numerusform>Delete %n interaction</numerusform>
            <numerusform>Delete %n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::PreviewPanel</name>
    <message numerus="yes">
        <location filename="../../ui/preview/previewpanel.cpp" line="+482"/>
        <source>%1: all %n check(s) passed.</source>
        <translation>
            <numerusform>%1: %n check passed.</numerusform>
            <numerusform>%1: all %n checks passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/problemspanel.cpp" line="+85"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/searchpanel.cpp" line="+91"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::TestsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/engine/testspanel.cpp" line="+446"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not run</source>
        <translation>
            <numerusform>%n not run</numerusform>
            <numerusform>%n not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Failed (%n check(s))</source>
        <translation>
            <numerusform>Failed (%n check)</numerusform>
            <numerusform>Failed (%n checks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::VersionsController</name>
    <message numerus="yes">
        <location filename="../../ui/diff/versionscontroller.cpp" line="+77"/>
        <source>%n difference(s) from %1.</source>
        <translation>
            <numerusform>%n difference from %1.</numerusform>
            <numerusform>%n differences from %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
