<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PlanDocument</name>
    <message numerus="yes">
        <source>Paste %n checklist item(s)</source>
        <translation>
            <numerusform>Paste %n checklist item</numerusform>
            <numerusform>Paste %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n role(s)</source>
        <translation>
            <numerusform>Paste %n role</numerusform>
            <numerusform>Paste %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n offer(s)</source>
        <translation>
            <numerusform>Paste %n offer</numerusform>
            <numerusform>Paste %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n benchmark(s)</source>
        <translation>
            <numerusform>Paste %n benchmark</numerusform>
            <numerusform>Paste %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n risk(s)</source>
        <translation>
            <numerusform>Paste %n risk</numerusform>
            <numerusform>Paste %n risks</numerusform>
        </translation>
    </message>
</context>
</TS>
