<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PolicyModel</name>
    <message>
        <source>Jurisdiction</source>
        <translation>管辖地区</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次核查</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>⚠ never: due</source>
        <translation>⚠ 从未核查：待核查</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未核查</translation>
    </message>
    <message>
        <source>⚠ {date}: due</source>
        <translation>⚠ {date}：待核查</translation>
    </message>
    <message numerus="yes">
        <source>Not checked in the last %n day(s): check the source and mark it checked today.</source>
        <translation>
            <numerusform>已超过 %n 天未核查：请对照来源核查，并标记为今天已核查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked within the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天内已核查</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyPanel</name>
    <message>
        <source>Policy watch entries</source>
        <translation>政策跟踪条目</translation>
    </message>
    <message>
        <source>Set the last-checked date of the selected entries to today</source>
        <translation>将选中条目的上次核查日期设为今天</translation>
    </message>
    <message>
        <source>Checked &amp;today</source>
        <translation>今天已核查(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Policy watch</source>
        <translation>政策跟踪</translation>
    </message>
    <message numerus="yes">
        <source>Entries not checked in %n day(s) are marked due. Select the ones you have re-read and press Checked today.</source>
        <translation>
            <numerusform>超过 %n 天未核查的条目会标记为待核查。选中已重新核查过的条目，然后点击“今天已核查”。</numerusform>
        </translation>
    </message>
</context>
</TS>
