<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AckDialog</name>
    <message numerus="yes">
        <source>Acknowledge %n flag(s)</source>
        <translation>
            <numerusform>Acknowledge flag</numerusform>
            <numerusform>Acknowledge %n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message numerus="yes">
        <source>Likelihood {likelihood}, impact {impact}: score {score}, {band} band, %n risk(s)</source>
        <translation>
            <numerusform>Likelihood {likelihood}, impact {impact}: score {score}, {band} band, %n risk</numerusform>
            <numerusform>Likelihood {likelihood}, impact {impact}: score {score}, {band} band, %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message numerus="yes">
        <source>%n flag(s) selected.</source>
        <translation>
            <numerusform>%n flag selected.</numerusform>
            <numerusform>%n flags selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
</context>
</TS>
