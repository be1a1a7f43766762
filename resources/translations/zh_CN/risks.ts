<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AckDialog</name>
    <message>
        <source>A reason is required: say why the team accepts this for now and who decided, so the next person knows. Acknowledge stays unavailable until there is one.</source>
        <translation>原因为必填项：请说明团队为何暂时接受这一情况、由谁决定，方便后来的人了解。填写原因之前，“确认”按钮不可用。</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>原因（必填）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RisksModel</name>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}，已逾期</translation>
    </message>
</context>
</TS>
