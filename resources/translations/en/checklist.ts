<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>Owner of %n selected item(s):</source>
        <translation>
            <numerusform>Owner of %n selected item:</numerusform>
            <numerusform>Owner of %n selected items:</numerusform>
        </translation>
    </message>
</context>
</TS>
