<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>dialogsmith::ui::ExplorerModel</name>
    <message numerus="yes">
        <location filename="../../ui/explorermodel.cpp" line="+316"/>
        <source>%1 — %n interaction(s)</source>
        <translation>
            <numerusform>%1 — %n interaction</numerusform>
            <numerusform>%1 — %n interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialogsmith::ui::ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/problemspanel.cpp" line="+84"/>
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
</TS>
