<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditActions</name>
    <message numerus="yes">
        <source>Cut %n row(s) to the clipboard.</source>
        <translation>
            <numerusform>Cut %n row to the clipboard.</numerusform>
            <numerusform>Cut %n rows to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s); paste them into a spreadsheet.</source>
        <translation>
            <numerusform>Copied %n row; paste it into a spreadsheet.</numerusform>
            <numerusform>Copied %n rows; paste them into a spreadsheet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s).</source>
        <translation>
            <numerusform>Pasted %n row.</numerusform>
            <numerusform>Pasted %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message numerus="yes">
        <source>%n more unexpected problem(s) happened at the same time; they are in the log too.</source>
        <translation>
            <numerusform>One more unexpected problem happened at the same time; it is in the log too.</numerusform>
            <numerusform>%n more unexpected problems happened at the same time; they are in the log too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message numerus="yes">
        <source>{done} of %n item(s) done</source>
        <translation>
            <numerusform>{done} of %n item done</numerusform>
            <numerusform>{done} of %n items done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n high flag(s)</source>
        <translation>
            <numerusform>⚠ %n high flag</numerusform>
            <numerusform>⚠ %n high flags</numerusform>
        </translation>
    </message>
</context>
</TS>
