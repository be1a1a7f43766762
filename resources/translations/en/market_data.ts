<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>{file}: {description}, %n data row(s). Check the columns below; unknown markets must be added under Market data first.</source>
        <translation>
            <numerusform>{file}: {description}, %n data row. Check the columns below; unknown markets must be added under Market data first.</numerusform>
            <numerusform>{file}: {description}, %n data rows. Check the columns below; unknown markets must be added under Market data first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmark(s)</source>
        <translation>
            <numerusform>%n benchmark</numerusform>
            <numerusform>%n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be added to the {existing} in the plan; {left_out} left out.</source>
        <translation>
            <numerusform>%n row will be added to the {existing} in the plan; {left_out} left out.</numerusform>
            <numerusform>%n rows will be added to the {existing} in the plan; {left_out} left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more row(s) like these.)</source>
        <translation>
            <numerusform>(%n more row like these.)</numerusform>
            <numerusform>(%n more rows like these.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Import %n row</numerusform>
            <numerusform>&amp;Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n benchmark(s) from {file}</source>
        <translation>
            <numerusform>Import %n benchmark from {file}</numerusform>
            <numerusform>Import %n benchmarks from {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketDataModels</name>
    <message numerus="yes">
        <source>⚠ stale: %n day(s) old</source>
        <translation>
            <numerusform>⚠ stale: %n day old</numerusform>
            <numerusform>⚠ stale: %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarketDataPanel</name>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmark(s)</source>
        <translation>
            <numerusform>%n benchmark</numerusform>
            <numerusform>%n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pay band(s)</source>
        <translation>
            <numerusform>%n pay band</numerusform>
            <numerusform>%n pay bands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures older than %n day(s) (PPP factors: three years) are marked stale.</source>
        <translation>
            <numerusform>Figures older than %n day (PPP factors: three years) are marked stale.</numerusform>
            <numerusform>Figures older than %n days (PPP factors: three years) are marked stale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are stale or undated: refresh them from the source.</source>
        <translation>
            <numerusform>%n row is stale or undated: refresh them from the source.</numerusform>
            <numerusform>%n rows are stale or undated: refresh them from the source.</numerusform>
        </translation>
    </message>
</context>
</TS>
