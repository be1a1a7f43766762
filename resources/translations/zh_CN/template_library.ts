<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <source>Built-in templates come with hireplan and cannot be renamed or deleted. Start a plan from one, or save a plan as a template under a new name to make your own.</source>
        <translation>内置模板随 hireplan 提供，不能重命名或删除。您可以用它新建计划，或将计划以新名称另存为模板，作为贵司自己的模板。</translation>
    </message>
    <message>
        <source>Team templates are shared in the team library and cannot be renamed or deleted here. Ask whoever publishes them, or save a copy of your own.</source>
        <translation>团队模板保存在共享的团队模板库中，不能在这里重命名或删除。请联系发布者，或另存一份自己的副本。</translation>
    </message>
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
    <name>TemplatePicker</name>
    <message>
        <source>&lt;b&gt;Language:&lt;/b&gt; {language}</source>
        <translation>&lt;b&gt;语言：&lt;/b&gt;{language}</translation>
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
    <name>TemplateTableModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>适用地区</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your own and the team&apos;s templates are in whatever language they were written in.</source>
        <translation>您自己的模板和团队模板，使用的是编写时所用的语言。</translation>
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
