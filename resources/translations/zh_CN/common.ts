<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DueDateEditor</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>清除截止日期</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number.</source>
        <translation>“{text}”不是整数。</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as 2026-03-31 (or leave it empty).</source>
        <translation>“{text}”不是日期，请写成 2026-03-31 的格式（也可留空）。</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>The amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>{what} in {unit}</source>
        <translation>{what}（{unit}）</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Type a date such as 2027-03-15 or {example}; Up and Down change the day, Alt+Down opens a calendar, and emptying the field clears the date.</source>
        <translation>输入日期，例如 2027-03-15 或 {example}；按上下方向键逐日调整，按 Alt+下方向键打开日历，清空此栏即清除日期。</translation>
    </message>
    <message>
        <source>“{text}” is not a date this field can read; type it like 2027-03-15.</source>
        <translation>无法识别日期“{text}”，请按 2027-03-15 的格式输入。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>PlanNames</name>
    <message>
        <source>(no market)</source>
        <translation>（无市场）</translation>
    </message>
</context>
<context>
    <name>QtPrompter</name>
    <message>
        <source>hireplan plans (*.hireplan);;All files (*)</source>
        <translation>hireplan 计划 (*.hireplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” first?</source>
        <translation>是否先保存对“{name}”的更改？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>如不保存，上次保存以来的更改将会丢失。</translation>
    </message>
    <message>
        <source>A recovery copy of “{title}” ({path}) was saved on {day} at {time}.</source>
        <translation>“{title}”（{path}）的恢复副本已于 {day} {time} 保存。</translation>
    </message>
    <message>
        <source>A recovery copy of “{title}” (a plan that was never saved) was saved on {day} at {time}.</source>
        <translation>“{title}”（从未保存过的计划）的恢复副本已于 {day} {time} 保存。</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>hireplan did not close properly last time.</source>
        <translation>hireplan 上次未正常关闭。</translation>
    </message>
    <message>
        <source>Restore it now, or delete the recovery copy? Not Now keeps it for the next start.</source>
        <translation>现在恢复，还是删除该恢复副本？选择“暂不处理”将保留副本，下次启动时再询问。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete Copy</source>
        <translation>删除副本</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不处理</translation>
    </message>
    <message>
        <source>Plan open elsewhere</source>
        <translation>计划已在别处打开</translation>
    </message>
    <message>
        <source>That lock looks abandoned (its program has stopped, or it has not been refreshed for a long time). You can take “{file}” over, or open it read-only or as a copy.</source>
        <translation>该锁定似乎已失效（占用它的程序已停止，或已长时间未更新）。您可以接管“{file}”，也可以以只读方式或副本方式打开。</translation>
    </message>
    <message>
        <source>To avoid overwriting each other&apos;s work, open “{file}” read-only, or open a copy you can edit and save under another name.</source>
        <translation>为避免覆盖他人的修改，请以只读方式打开“{file}”，或打开一个副本进行编辑并另存为其他名称。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Open a Copy</source>
        <translation>打开副本</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>Plan changed on disk</source>
        <translation>计划文件已被他人修改</translation>
    </message>
    <message>
        <source>“{file}” was changed by someone else since you opened or last saved it. Saving now would overwrite their changes.</source>
        <translation>自您打开或上次保存以来，“{file}”已被他人修改。现在保存将覆盖对方的更改。</translation>
    </message>
    <message>
        <source>Reload theirs (your unsaved changes are dropped), keep yours as a copy beside it, or compare the two first.</source>
        <translation>您可以重新载入对方的版本（您未保存的更改将被放弃），将您的版本另存为旁边的副本，或先比较两个版本。</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>载入对方版本</translation>
    </message>
    <message>
        <source>Keep Mine as a Copy</source>
        <translation>将我的版本存为副本</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
</context>
</TS>
