<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cop::AlertPanel</name>
    <message numerus="yes">
        <source>Acknowledge %n visible unacknowledged alert(s) as %1?</source>
        <translation>
            <numerusform>Acknowledge %n visible unacknowledged alert as %1?</numerusform>
            <numerusform>Acknowledge %n visible unacknowledged alerts as %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelved %n alert(s) until %1</source>
        <translation>
            <numerusform>Shelved %n alert until %1</numerusform>
            <numerusform>Shelved %n alerts until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelved %n alert(s) until unshelved</source>
        <translation>
            <numerusform>Shelved %n alert until unshelved</numerusform>
            <numerusform>Shelved %n alerts until unshelved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cop::ReplaySession</name>
    <message numerus="yes">
        <source>Recording opened with %n problem(s): %1</source>
        <translation>
            <numerusform>Recording opened with %n problem: %1</numerusform>
            <numerusform>Recording opened with %n problems: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
