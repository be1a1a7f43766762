<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PolicyModel</name>
    <message numerus="yes">
        <source>Not checked in the last %n day(s): check the source and mark it checked today.</source>
        <translation>
            <numerusform>Not checked in the last %n day: check the source and mark it checked today.</numerusform>
            <numerusform>Not checked in the last %n days: check the source and mark it checked today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked within the last %n day(s)</source>
        <translation>
            <numerusform>Checked within the last %n day</numerusform>
            <numerusform>Checked within the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message numerus="yes">
        <source>Entries not checked in %n day(s) are marked due. Select the ones you have re-read and press Checked today.</source>
        <translation>
            <numerusform>Entries not checked in %n day are marked due. Select the ones you have re-read and press Checked today.</numerusform>
            <numerusform>Entries not checked in %n days are marked due. Select the ones you have re-read and press Checked today.</numerusform>
        </translation>
    </message>
</context>
</TS>
