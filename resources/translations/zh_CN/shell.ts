<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosaver</name>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>Could not write the recovery copy: {reason}</source>
        <translation>无法写入恢复副本：{reason}</translation>
    </message>
</context>
<context>
    <name>DialogActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the PDF brief, the Excel workbook or both</source>
        <translation>生成 PDF 简报、Excel 工作簿，或两者都生成</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Start a plan from a template, save this plan as one, import or export template files</source>
        <translation>从模板新建计划、把本计划另存为模板，或导入、导出模板文件</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>设置(&amp;G)…</translation>
    </message>
    <message>
        <source>Reporting currency, rule thresholds, autosave and defaults</source>
        <translation>报告币种、规则阈值、自动保存和默认值</translation>
    </message>
</context>
<context>
    <name>DiskConflict</name>
    <message>
        <source>Your version was saved as {copy}; {file} keeps their changes.</source>
        <translation>您的版本已另存为 {copy}；{file} 保留对方的修改。</translation>
    </message>
    <message>
        <source>{file} was not saved: someone else changed it on disk.</source>
        <translation>{file} 未保存：其他人已修改了磁盘上的文件。</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>{file} on disk</source>
        <translation>磁盘上的 {file}</translation>
    </message>
    <message>
        <source>your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Could not reload the plan</source>
        <translation>无法重新载入计划</translation>
    </message>
    <message>
        <source>Reloaded {file} as saved by someone else; your changes were dropped.</source>
        <translation>已按其他人保存的内容重新载入 {file}；您的修改已放弃。</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Cut the selected text, or copy and delete the selected rows</source>
        <translation>剪切选中的文字，或复制并删除选中的行</translation>
    </message>
    <message>
        <source>Copy the selected text, or the selected rows as a spreadsheet&apos;s rows</source>
        <translation>复制选中的文字，或把选中的行复制为电子表格的行</translation>
    </message>
    <message>
        <source>Paste text, or add the rows copied from a spreadsheet to the focused table</source>
        <translation>粘贴文字，或把从电子表格复制的行添加到当前表格</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n row(s) to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 行剪切到剪贴板。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s); paste them into a spreadsheet.</source>
        <translation>
            <numerusform>已复制 %n 行，可粘贴到电子表格中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s).</source>
        <translation>
            <numerusform>已粘贴 %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>Details could not be written to a log.</source>
        <translation>详细信息未能写入日志。</translation>
    </message>
    <message>
        <source>A recovery copy of your unsaved changes was written; save your plan soon.</source>
        <translation>已为您未保存的修改写入恢复副本，请尽快保存计划。</translation>
    </message>
    <message>
        <source>No unsaved changes were at risk.</source>
        <translation>没有未保存的修改受到影响。</translation>
    </message>
    <message numerus="yes">
        <source>%n more unexpected problem(s) happened at the same time; they are in the log too.</source>
        <translation>
            <numerusform>同时还发生了 %n 个意外问题，也已记入日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>hireplan ran into an unexpected problem and stopped what it was doing:

{problem}

The window keeps working. If the same problem happens again, it is only written to the log.</source>
        <translation>hireplan 遇到意外问题，已停止当前操作：

{problem}

窗口可以继续使用。同一问题再次发生时，只会记入日志。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>Templates unavailable</source>
        <translation>无法使用模板</translation>
    </message>
    <message>
        <source>Could not start the plan</source>
        <translation>无法新建计划</translation>
    </message>
    <message>
        <source>New plan started; Save asks where to keep it.</source>
        <translation>已新建计划；保存时会询问保存位置。</translation>
    </message>
    <message>
        <source>{file} is already open.</source>
        <translation>{file} 已经打开。</translation>
    </message>
    <message>
        <source>Could not open the plan</source>
        <translation>无法打开计划</translation>
    </message>
    <message>
        <source>Opened a copy of {file}; Save asks where to keep it.</source>
        <translation>已打开 {file} 的副本；保存时会询问保存位置。</translation>
    </message>
    <message>
        <source>{file} is read-only: choose a name for a copy.</source>
        <translation>{file} 为只读：请为副本另起一个名称。</translation>
    </message>
    <message>
        <source>{file} was not saved; it is still in the older file format.</source>
        <translation>{file} 未保存，仍为旧版文件格式。</translation>
    </message>
    <message>
        <source>The original file could not be kept as a copy, so it was not replaced: {reason}</source>
        <translation>无法将原文件保留为副本，因此未替换原文件：{reason}</translation>
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <source>The original file was kept as {file}.</source>
        <translation>原文件已保留为 {file}。</translation>
    </message>
    <message>
        <source>You do not have permission to change “{file}”. Choose another name or folder.</source>
        <translation>您没有修改“{file}”的权限。请换一个名称或文件夹。</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>恢复到已保存版本</translation>
    </message>
    <message>
        <source>Throw away every change made since “{file}” was last saved?</source>
        <translation>放弃自“{file}”上次保存以来的全部修改吗？</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Could not revert</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Reverted to the saved {file}</source>
        <translation>已恢复到已保存的 {file}</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>找不到计划</translation>
    </message>
    <message>
        <source>“{path}” is no longer there; it was removed from Recent.</source>
        <translation>“{path}”已不存在，已从最近打开列表中移除。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new plan from a template</source>
        <translation>从模板新建计划</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .hireplan file</source>
        <translation>打开 .hireplan 文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the plan under a new name</source>
        <translation>以新名称保存计划</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>恢复到已保存版本(&amp;V)</translation>
    </message>
    <message>
        <source>Throw away unsaved changes and reload the file</source>
        <translation>放弃未保存的修改并重新载入文件</translation>
    </message>
    <message>
        <source>Your changes are still here, unsaved. Try Save As to keep them somewhere else.</source>
        <translation>您的修改仍在，尚未保存。可以用“另存为”保存到其他位置。</translation>
    </message>
    <message>
        <source>Opened {file} read-only: someone else has it open.</source>
        <translation>已以只读方式打开 {file}：其他人正在编辑。</translation>
    </message>
    <message>
        <source>Opened {file} read-only: you do not have permission to change it.</source>
        <translation>已以只读方式打开 {file}：您没有修改权限。</translation>
    </message>
    <message>
        <source>Opened {file}, saved in an older file format.</source>
        <translation>已打开 {file}，该文件为旧版格式。</translation>
    </message>
    <message>
        <source>Opened {file}.</source>
        <translation>已打开 {file}。</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>已打开 {file}</translation>
    </message>
</context>
<context>
    <name>FormatNote</name>
    <message>
        <source>Older file format: you are asked before it is saved in the new one.</source>
        <translation>旧版文件格式：以新格式保存前会先征求您的同意。</translation>
    </message>
    <message>
        <source>Save in the new file format?</source>
        <translation>以新文件格式保存？</translation>
    </message>
    <message>
        <source>“{file}” was saved by an older version of hireplan (file format {old}). Saving writes it in the current format ({current}), which older versions cannot open.

The original file is kept beside it as “{copy}”.</source>
        <translation>“{file}”由旧版 hireplan 保存（文件格式 {old}）。保存后将采用当前格式（{current}），旧版本无法打开。

原文件会以“{copy}”保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>Save in New Format</source>
        <translation>以新格式保存</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>This concerns the plan as a whole; its suggested action says what to add.</source>
        <translation>这涉及整个计划；按建议的措施补充相应内容即可。</translation>
    </message>
    <message>
        <source>That is no longer in the plan.</source>
        <translation>计划中已没有该项。</translation>
    </message>
    <message>
        <source>{name} (read-only) — {approval}[*] — hireplan</source>
        <translation>{name}（只读）— {approval}[*] — hireplan</translation>
    </message>
    <message>
        <source>{name} (read-only)[*] — hireplan</source>
        <translation>{name}（只读）[*] — hireplan</translation>
    </message>
    <message>
        <source>{name} — {approval}[*] — hireplan</source>
        <translation>{name} — {approval}[*] — hireplan</translation>
    </message>
    <message>
        <source>{name}[*] — hireplan</source>
        <translation>{name}[*] — hireplan</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Where the plan stands: progress, flags and what is due next</source>
        <translation>计划进展一览：进度、风险提示和即将到期的事项</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>工作清单</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
    <message>
        <source>Every checklist item, step by step</source>
        <translation>按步骤列出的全部清单事项</translation>
    </message>
    <message>
        <source>People and pay</source>
        <translation>人员与薪酬</translation>
    </message>
    <message>
        <source>Roles and offers</source>
        <translation>职位与录用方案</translation>
    </message>
    <message>
        <source>The roles to fill and the packages offered</source>
        <translation>待招聘的职位及提供的薪酬方案</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>薪酬对比</translation>
    </message>
    <message>
        <source>Offers against each market, nominal and in purchasing power</source>
        <translation>各录用方案与各市场的对比，按名义金额和购买力计</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Flags the plan raises and the team&apos;s own risk register</source>
        <translation>计划自动发现的风险提示和团队自己的风险登记表</translation>
    </message>
    <message>
        <source>Policy watch</source>
        <translation>政策跟踪</translation>
    </message>
    <message>
        <source>Rules and regulations someone keeps an eye on</source>
        <translation>有专人跟踪的法规和政策</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <source>Plan title</source>
        <translation>计划标题</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属组织</translation>
    </message>
    <message>
        <source>Company or team</source>
        <translation>公司或团队</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>计划负责人</translation>
    </message>
    <message>
        <source>Who answers for the plan</source>
        <translation>对计划负责的人</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告币种</translation>
    </message>
    <message>
        <source>Currency every figure is converted into (ISO code such as USD or CNY)</source>
        <translation>所有数字换算成的币种（ISO 代码，如 USD 或 CNY）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Currenc&amp;y</source>
        <translation>币种(&amp;Y)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Plan created on {date}</source>
        <translation>计划创建于 {date}</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO code such as USD or CNY.</source>
        <translation>币种须为三个字母的 ISO 代码，如 USD 或 CNY。</translation>
    </message>
    <message>
        <source>The target date is before the start date; check both dates.</source>
        <translation>目标日期早于开始日期，请检查这两个日期。</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only: use Save As to edit a copy.</source>
        <translation>只读：请用“另存为”编辑副本。</translation>
    </message>
    <message>
        <source>This plan is read-only</source>
        <translation>此计划为只读</translation>
    </message>
</context>
<context>
    <name>RecentPlans</name>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Plans</source>
        <translation>清除最近打开的计划(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SharedPlan</name>
    <message>
        <source>“{file}” is open read-only because someone else has it open. {holder} To make changes, use File › Save As to save a copy you can edit.</source>
        <translation>“{file}”已以只读方式打开，因为其他人正在编辑。{holder} 如需修改，请用“文件 › 另存为”保存一份可编辑的副本。</translation>
    </message>
    <message>
        <source>Someone has this plan open.</source>
        <translation>有人正在编辑此计划。</translation>
    </message>
    <message>
        <source>You took over “{file}” from an abandoned lock.</source>
        <translation>您已接管“{file}”被遗留的编辑锁。</translation>
    </message>
    <message>
        <source>Someone has it open.</source>
        <translation>有人正在编辑。</translation>
    </message>
    <message>
        <source>Plan open elsewhere</source>
        <translation>计划已在别处打开</translation>
    </message>
    <message>
        <source>“{file}” is open in another window. {holder} Save this plan under another name, or close it there first.</source>
        <translation>“{file}”已在另一个窗口中打开。{holder} 请将本计划另存为其他名称，或先在那里关闭它。</translation>
    </message>
    <message>
        <source>Someone else took over “{file}” while this window was away; saving will ask before replacing their changes.</source>
        <translation>本窗口闲置期间，其他人接管了“{file}”；保存时会先询问，再决定是否替换对方的修改。</translation>
    </message>
    <message>
        <source>“{file}” is no longer on disk; Save will write it again.</source>
        <translation>“{file}”已不在磁盘上；保存时会重新写入。</translation>
    </message>
    <message>
        <source>“{file}” was changed by someone else since you opened it; Save will ask whether to reload theirs or keep yours as a copy.</source>
        <translation>自您打开后，“{file}”已被其他人修改；保存时会询问是载入对方的版本，还是把您的版本另存为副本。</translation>
    </message>
    <message>
        <source>The plan was saved, but no backup could be kept in .hireplan-backups beside it ({reason}).</source>
        <translation>计划已保存，但无法在同一文件夹的 .hireplan-backups 中保留备份（{reason}）。</translation>
    </message>
    <message>
        <source>me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>{name} (copy by {user})</source>
        <translation>{name}（{user} 的副本）</translation>
    </message>
    <message>
        <source>{name} (copy by {user} {number})</source>
        <translation>{name}（{user} 的副本 {number}）</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Sample plan unavailable</source>
        <translation>无法使用示例计划</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>未命名计划</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: {reason}</source>
        <translation>无法读取恢复副本：{reason}</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes; save them to keep them.</source>
        <translation>已恢复未保存的修改；请保存以免丢失。</translation>
    </message>
</context>
<context>
    <name>StatusSummary</name>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>Progress: …</source>
        <translation>进度：…</translation>
    </message>
    <message>
        <source>High flags</source>
        <translation>高风险提示</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n item(s) done</source>
        <translation>
            <numerusform>已完成 {done}/%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n high flag(s)</source>
        <translation>
            <numerusform>⚠ %n 条高风险提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags of high severity nobody has acknowledged: click to see them</source>
        <translation>尚无人确认的高风险提示：点击查看</translation>
    </message>
    <message>
        <source>No high flags</source>
        <translation>无高风险提示</translation>
    </message>
    <message>
        <source>Click to see every flag and the risk register</source>
        <translation>点击查看全部风险提示和风险登记表</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>P&amp;ublish to Team Library…</source>
        <translation>发布到团队模板库(&amp;U)…</translation>
    </message>
    <message>
        <source>Publish this plan&apos;s steps, guidance and settings as a team template</source>
        <translation>将本计划的步骤、指导内容和设置发布为团队模板</translation>
    </message>
    <message>
        <source>Up&amp;grade from Template…</source>
        <translation>按模板升级(&amp;G)…</translation>
    </message>
    <message>
        <source>Bring this plan up to the newest version of its team template</source>
        <translation>将本计划更新到其团队模板的最新版本</translation>
    </message>
    <message>
        <source>No team library</source>
        <translation>没有团队模板库</translation>
    </message>
    <message>
        <source>Set the team template library folder (a folder on your team&apos;s shared drive) in Edit › Settings first.</source>
        <translation>请先在“编辑 › 设置”中指定团队模板库文件夹（团队共享盘上的一个文件夹）。</translation>
    </message>
    <message>
        <source>Publish to team library</source>
        <translation>发布到团队模板库</translation>
    </message>
    <message>
        <source>Publish this plan&apos;s steps, guidance and settings as version {version} of the team template “{name}” in {folder}? Everyone using the library will see it.</source>
        <translation>将本计划的步骤、指导内容和设置发布为 {folder} 中团队模板“{name}”的第 {version} 版吗？使用该模板库的所有人都会看到。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Could not publish</source>
        <translation>无法发布</translation>
    </message>
    <message>
        <source>Published “{title}” version {version} to the team library.</source>
        <translation>已将“{title}”第 {version} 版发布到团队模板库。</translation>
    </message>
    <message>
        <source>No template to upgrade from</source>
        <translation>没有可据以升级的模板</translation>
    </message>
    <message>
        <source>This plan was not started from a template in the team library, so there is no newer version to upgrade to.</source>
        <translation>本计划不是用团队模板库中的模板创建的，因此没有可升级的新版本。</translation>
    </message>
    <message>
        <source>Upgrade to template version {version}</source>
        <translation>升级到模板第 {version} 版</translation>
    </message>
    <message>
        <source>Upgrade the fields the template sets</source>
        <translation>更新模板设定的字段</translation>
    </message>
    <message>
        <source>Upgraded to template version {version}; Undo takes it back in one step.</source>
        <translation>已升级到模板第 {version} 版；撤销一次即可全部还原。</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Go back to one of the last saves kept beside the plan</source>
        <translation>回到计划旁保留的最近几次保存之一</translation>
    </message>
    <message>
        <source>Co&amp;mpare with File…</source>
        <translation>与文件比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Show what differs between this plan and another version of it</source>
        <translation>显示本计划与其另一个版本之间的差异</translation>
    </message>
    <message>
        <source>Restore Earl&amp;ier Version…</source>
        <translation>恢复早期版本(&amp;I)…</translation>
    </message>
    <message>
        <source>Compare with Approve&amp;d Version</source>
        <translation>与已批准版本比较(&amp;D)</translation>
    </message>
    <message>
        <source>Show what changed since this plan was approved</source>
        <translation>显示本计划获批后的变化</translation>
    </message>
    <message>
        <source>A&amp;pprove This Version…</source>
        <translation>批准此版本(&amp;P)…</translation>
    </message>
    <message>
        <source>Record who approved this version of the plan, and keep a copy of it</source>
        <translation>记录批准本版本计划的人，并保留一份副本</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>“{file}”</source>
        <translation>“{file}”</translation>
    </message>
    <message>
        <source>this plan</source>
        <translation>本计划</translation>
    </message>
    <message>
        <source>No approved version</source>
        <translation>没有已批准的版本</translation>
    </message>
    <message>
        <source>This plan has no approved version kept beside it; use File › Approve This Version… to record one.</source>
        <translation>本计划旁没有保留已批准的版本；请用“文件 › 批准此版本…”记录一个。</translation>
    </message>
    <message>
        <source>the approved version</source>
        <translation>已批准的版本</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restored the version {version}; save to keep it.</source>
        <translation>已恢复{version}的版本；请保存以保留。</translation>
    </message>
    <message>
        <source>Approved, but no copy kept</source>
        <translation>已批准，但未保留副本</translation>
    </message>
    <message>
        <source>The approval is saved in the plan, but the approved copy could not be kept in .hireplan-backups ({reason}). Comparing with the approved version will not be possible.</source>
        <translation>审批记录已保存在计划中，但无法在 .hireplan-backups 中保留已批准的副本（{reason}）。之后将无法与已批准版本比较。</translation>
    </message>
    <message>
        <source>Approved; the approved version is kept as {file}.</source>
        <translation>已批准；已批准的版本保留为 {file}。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;All steps</source>
        <translation>全部步骤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Roles and offers</source>
        <translation>职位与录用方案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compensation</source>
        <translation>薪酬对标(&amp;C)</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>风险(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Policy watch</source>
        <translation>政策跟踪(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the checklist by text, status, owner or tag</source>
        <translation>按文字、状态、负责人或标签筛选清单</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>撤销(&amp;U)：{step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做(&amp;R)：{step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>工作清单(&amp;C)</translation>
    </message>
</context>
</TS>
