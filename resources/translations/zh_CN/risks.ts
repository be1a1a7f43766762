<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RisksModel</name>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}，已逾期</translation>
    </message>
</context>
</TS>
