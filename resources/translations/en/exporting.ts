<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n file(s) already exist: {names}. Replace with the new export?</source>
        <translation>
            <numerusform>%n file already exists: {names}. Replace it with the new export?</numerusform>
            <numerusform>%n files already exist: {names}. Replace them with the new export?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the PDF brief {file} (%n page(s)).</source>
        <translation>
            <numerusform>Saved the PDF brief {file} (%n page).</numerusform>
            <numerusform>Saved the PDF brief {file} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
