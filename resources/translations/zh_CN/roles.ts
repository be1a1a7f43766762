<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OfferForm</name>
    <message>
        <source>Notes on this offer</source>
        <translation>此录用方案的备注</translation>
    </message>
    <message>
        <source>Offer package</source>
        <translation>录用方案明细</translation>
    </message>
</context>
<context>
    <name>OfferStatementAction</name>
    <message>
        <source>Fix the text in the plan and write the statement again, or write it now with the boxes.</source>
        <translation>可以先在计划中修改这些文字再生成，也可以现在生成，录用薪酬说明中这些字符将显示为方框。</translation>
    </message>
    <message>
        <source>Some text will not print</source>
        <translation>部分文字无法印出</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>仍然生成</translation>
    </message>
</context>
<context>
    <name>RolesOffersPanel</name>
    <message>
        <source>Roles</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Offers of the selected role</source>
        <translation>所选职位的录用方案</translation>
    </message>
    <message>
        <source>Add an offer for the selected role.</source>
        <translation>为所选职位添加录用方案。</translation>
    </message>
    <message>
        <source>Add a role, and a market under Market data, first: an offer is for a role in a market.</source>
        <translation>请先添加职位，并在“市场数据”中添加市场：录用方案针对的是某个市场中的某个职位。</translation>
    </message>
</context>
</TS>
