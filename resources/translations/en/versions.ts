<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n object(s) changed</source>
        <translation>
            <numerusform>%n object changed</numerusform>
            <numerusform>%n objects changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) moved</source>
        <translation>
            <numerusform>%n figure moved</numerusform>
            <numerusform>%n figures moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) raised</source>
        <translation>
            <numerusform>%n flag raised</numerusform>
            <numerusform>%n flags raised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) cleared</source>
        <translation>
            <numerusform>%n flag cleared</numerusform>
            <numerusform>%n flags cleared</numerusform>
        </translation>
    </message>
</context>
</TS>
