<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CompensationChart</name>
    <message numerus="yes">
        <source>%n market(s)</source>
        <translation>
            <numerusform>%n market</numerusform>
            <numerusform>%n markets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) against {markets}, in {unit} a year.</source>
        <translation>
            <numerusform>%n offer against {markets}, in {unit} a year.</numerusform>
            <numerusform>%n offers against {markets}, in {unit} a year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompensationPanel</name>
    <message numerus="yes">
        <source>{role} · {level} (%n offer(s))</source>
        <translation>
            <numerusform>{role} · {level} (%n offer)</numerusform>
            <numerusform>{role} · {level} (%n offers)</numerusform>
        </translation>
    </message>
</context>
</TS>
