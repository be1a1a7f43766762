<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
<<<<<<< HEAD
    <name>RisksModel</name>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}，已逾期</translation>
=======
    <name>AckDialog</name>
    <message>
        <source>A reason is required: say why the team accepts this for now and who decided, so the next person knows. Acknowledge stays unavailable until there is one.</source>
        <translation>原因为必填项：请说明团队为何暂时接受这一情况、由谁决定，方便后来的人了解。填写原因之前，“确认”按钮不可用。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
>>>>>>> b03721c (Onboarding screens say what is missing and lead to it: Add offer follows the plan (enabled the moment a market exists, with a tooltip saying what to add first); empty market-data lists, the Compensation notice and the Overview say 'No market data yet' / 'No benchmarks yet' with a button that opens the list with the keyboard on its Add button (objectRequested(kind, NEW_OBJECT)); the Overview no longer says all benchmarks are recent when there are none; built-in and team templates offer no Rename/Delete (unavailable, with the reason) instead of offering then refusing; an example plan is 'marked as example data', not 'the sample plan'; the acknowledge dialog says plainly that a reason is required and shows red only for a problem with what was typed. New strings translated (zh_CN .ts, English plural forms))
    </message>
</context>
</TS>
