<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve this version</source>
        <translation>审批此版本</translation>
    </message>
    <message>
        <source>Record, inside the plan, that this version of “{title}” is approved. The plan is saved and a copy of the approved version is kept in the .hireplan-backups folder beside it, so anyone can later see what changed since.</source>
        <translation>在计划中记录“{title}”的此版本已获审批。计划会随即保存，已审批版本的副本保留在旁边的 .hireplan-backups 文件夹中，之后任何人都能查看此后的变更。</translation>
    </message>
    <message>
        <source>For example: Head of People</source>
        <translation>例如：人力资源负责人</translation>
    </message>
    <message>
        <source>Optional: what the approval covers or is conditional on</source>
        <translation>选填：审批的范围或附加条件</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>审批人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>审批通过(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>The two versions are the same.</source>
        <translation>两个版本完全相同。</translation>
    </message>
    <message>
        <source>{objects}, {figures}, {raised}, {cleared}.</source>
        <translation>{objects}，{figures}，{raised}，{cleared}。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) changed</source>
        <translation>
            <numerusform>%n 个对象有变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) moved</source>
        <translation>
            <numerusform>%n 项录用方案数据有变动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) raised</source>
        <translation>
            <numerusform>新增 %n 条风险提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) cleared</source>
        <translation>
            <numerusform>消除 %n 条风险提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>Changes from {old} to {new}.</source>
        <translation>从{old}到{new}的变更。</translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation>两个版本之间的变更</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <source>Plan contents</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <source>Offer figures</source>
        <translation>录用方案数据</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Approved version saved {when}</source>
        <translation>已审批版本，保存于 {when}</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>保存于 {when}</translation>
    </message>
    <message>
        <source>Restore earlier version</source>
        <translation>恢复早期版本</translation>
    </message>
    <message>
        <source>Earlier versions of “{file}” kept in the .hireplan-backups folder beside it. Restoring shows the version as unsaved changes: Save keeps it, Revert to Saved goes back to the file as it is.</source>
        <translation>以下是“{file}”保留在旁边 .hireplan-backups 文件夹中的早期版本。恢复后，该版本以未保存的更改显示：点击“保存”即保留，点击“还原到已保存”则回到文件当前的内容。</translation>
    </message>
    <message>
        <source>No earlier versions of “{file}” are kept yet; each save keeps the one it replaces.</source>
        <translation>“{file}”还没有保留早期版本；每次保存时都会保留被替换的版本。</translation>
    </message>
    <message>
        <source>Earlier versions of this plan</source>
        <translation>此计划的早期版本</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare with Current…</source>
        <translation>与当前版本比较(&amp;C)…</translation>
    </message>
</context>
</TS>
