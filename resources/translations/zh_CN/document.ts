<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PlanDocument</name>
    <message>
        <source>Nothing was pasted; fix these cells and paste again:
{problems}</source>
        <translation>未粘贴任何内容；请修正以下单元格后重新粘贴：
{problems}</translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste.</source>
        <translation>剪贴板中没有可粘贴的行。</translation>
    </message>
    <message>
        <source>Choose the step to paste the items into.</source>
        <translation>请先选择要粘贴到的步骤。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n checklist item(s)</source>
        <translation>
            <numerusform>粘贴 %n 个清单事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n role(s)</source>
        <translation>
            <numerusform>粘贴 %n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n offer(s)</source>
        <translation>
            <numerusform>粘贴 %n 份录用方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n benchmark(s)</source>
        <translation>
            <numerusform>粘贴 %n 条薪酬基准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n risk(s)</source>
        <translation>
            <numerusform>粘贴 %n 项风险</numerusform>
        </translation>
    </message>
</context>
</TS>
