<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>About the selected template</source>
        <translation>所选模板简介</translation>
    </message>
</context>
<context>
    <name>TemplatePickerDialog</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>About the selected template</source>
        <translation>所选模板简介</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>What the upgrade changes</source>
        <translation>升级将带来的变更</translation>
    </message>
</context>
</TS>
