<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TemplateForms</name>
    <message>
        <source>Save plan as template</source>
        <translation>将计划存为模板</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; used on the command line.</source>
        <translation>小写字母、数字和连字符；在命令行中使用。</translation>
    </message>
    <message>
        <source>What this template is for and when to use it</source>
        <translation>该模板的用途和适用场景</translation>
    </message>
    <message>
        <source>For example: China, Silicon Valley</source>
        <translation>例如：中国、硅谷</translation>
    </message>
    <message>
        <source>The template keeps the steps, checklist items, guidance, settings, markets, roles, benchmarks, risks and policy topics. Owners, dates and statuses are cleared.</source>
        <translation>模板保留步骤、清单项、操作指引、设置、市场、职位、对标数据、风险和政策主题；负责人、日期和状态会被清空。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>适用地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Give the template a title.</source>
        <translation>请为模板填写标题。</translation>
    </message>
    <message>
        <source>The name needs lower-case letters, digits or dashes, starting with a letter or digit.</source>
        <translation>名称只能包含小写字母、数字或连字符，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Give the template a version, such as 1.0.</source>
        <translation>请填写模板版本，例如 1.0。</translation>
    </message>
    <message>
        <source>You already have a template with this name; saving will ask before replacing it.</source>
        <translation>已有同名模板；保存时会先询问是否替换。</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>&amp;Include offers (candidate names are removed)</source>
        <translation>包含录用方案（候选人姓名会被移除）(&amp;I)</translation>
    </message>
</context>
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
    <message>
        <source>hireplan templates (*.hireplan-template *.json);;All files (*)</source>
        <translation>hireplan 模板 (*.hireplan-template *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New Plan from Template</source>
        <translation>从模板新建计划(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Current Plan as Template…</source>
        <translation>将当前计划存为模板(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Start a new plan; owners, dates and statuses start empty</source>
        <translation>新建计划；负责人、日期和状态均为空</translation>
    </message>
    <message>
        <source>Keep the open plan&apos;s structure for the next hiring round</source>
        <translation>保留当前计划的框架，供下一轮招聘使用</translation>
    </message>
    <message>
        <source>Add a template file someone sent you to your templates</source>
        <translation>把别人发给您的模板文件添加到您的模板中</translation>
    </message>
    <message>
        <source>Write the selected template to a file to share it</source>
        <translation>将所选模板写入文件以便分享</translation>
    </message>
    <message>
        <source>Templates unavailable</source>
        <translation>无法使用模板</translation>
    </message>
    <message>
        <source>Some files in your template folder could not be read:
{problems}</source>
        <translation>模板文件夹中有些文件无法读取：
{problems}</translation>
    </message>
    <message>
        <source>No template selected.</source>
        <translation>未选择模板。</translation>
    </message>
    <message>
        <source>Give this template a new name</source>
        <translation>为该模板改名</translation>
    </message>
    <message>
        <source>Remove this template</source>
        <translation>删除该模板</translation>
    </message>
    <message>
        <source>Could not start the plan</source>
        <translation>无法新建计划</translation>
    </message>
    <message>
        <source>New plan started from “{title}”.</source>
        <translation>已从“{title}”新建计划。</translation>
    </message>
    <message>
        <source>Replace template?</source>
        <translation>替换模板？</translation>
    </message>
    <message>
        <source>You already have a template called “{name}”. Replace it with this plan?</source>
        <translation>已有名为“{name}”的模板。要用当前计划替换它吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Could not save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Saved the plan as the template “{title}”.</source>
        <translation>已将计划存为模板“{title}”。</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>You already have a template called “{name}”. Replace it with the one in “{file}”?</source>
        <translation>已有名为“{name}”的模板。要用“{file}”中的模板替换它吗？</translation>
    </message>
    <message>
        <source>Could not import the template</source>
        <translation>无法导入模板</translation>
    </message>
    <message>
        <source>Imported the template “{title}”.</source>
        <translation>已导入模板“{title}”。</translation>
    </message>
    <message>
        <source>Export the template as</source>
        <translation>将模板导出为</translation>
    </message>
    <message>
        <source>Could not export the template</source>
        <translation>无法导出模板</translation>
    </message>
    <message>
        <source>Exported the template “{title}” to {file}.</source>
        <translation>已将模板“{title}”导出到 {file}。</translation>
    </message>
    <message>
        <source>Cannot rename a team template</source>
        <translation>无法重命名团队模板</translation>
    </message>
    <message>
        <source>“{title}” belongs to the team library; a new version is published from a plan with File › Publish to Team Library….</source>
        <translation>“{title}”属于团队模板库；新版本须通过 文件 › 发布到团队模板库… 从计划发布。</translation>
    </message>
    <message>
        <source>Cannot rename a built-in template</source>
        <translation>无法重命名内置模板</translation>
    </message>
    <message>
        <source>“{title}” comes with hireplan and cannot be renamed. Start a plan from it and save that plan as a template under the name you want.</source>
        <translation>“{title}”是 hireplan 自带的模板，不能重命名。请用它新建计划，再把该计划以您想要的名称存为模板。</translation>
    </message>
    <message>
        <source>Could not rename the template</source>
        <translation>无法重命名模板</translation>
    </message>
    <message>
        <source>Renamed the template to “{title}”.</source>
        <translation>已将模板重命名为“{title}”。</translation>
    </message>
    <message>
        <source>Cannot delete a team template</source>
        <translation>无法删除团队模板</translation>
    </message>
    <message>
        <source>“{title}” belongs to the team library, which everyone shares; remove it from the library folder on the share if it is no longer wanted.</source>
        <translation>“{title}”属于大家共用的团队模板库；如不再需要，请从共享盘上的模板库文件夹中删除。</translation>
    </message>
    <message>
        <source>Cannot delete a built-in template</source>
        <translation>无法删除内置模板</translation>
    </message>
    <message>
        <source>“{title}” comes with hireplan and cannot be deleted. Only templates you saved or imported can be.</source>
        <translation>“{title}”是 hireplan 自带的模板，不能删除。只能删除您保存或导入的模板。</translation>
    </message>
    <message>
        <source>Delete template?</source>
        <translation>删除模板？</translation>
    </message>
    <message>
        <source>Delete “{title}” from your templates? Plans made from it are not affected. This cannot be undone; export it first to keep a copy.</source>
        <translation>要从您的模板中删除“{title}”吗？用它创建的计划不受影响。此操作无法撤销；如需保留，请先导出。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete the template</source>
        <translation>无法删除模板</translation>
    </message>
    <message>
        <source>Deleted the template “{title}”.</source>
        <translation>已删除模板“{title}”。</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>任何地区</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>您的模板</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>暂无说明。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regions:&lt;/b&gt; {regions}&lt;br&gt;&lt;b&gt;Language:&lt;/b&gt; {language} &amp;nbsp; &lt;b&gt;Version:&lt;/b&gt; {version} &amp;nbsp; &lt;b&gt;Source:&lt;/b&gt; {source}</source>
        <translation>&lt;b&gt;适用地区：&lt;/b&gt;{regions}&lt;br&gt;&lt;b&gt;语言：&lt;/b&gt;{language} &amp;nbsp; &lt;b&gt;版本：&lt;/b&gt;{version} &amp;nbsp; &lt;b&gt;来源：&lt;/b&gt;{source}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regions:&lt;/b&gt; {regions}&lt;br&gt;&lt;b&gt;Version:&lt;/b&gt; {version} &amp;nbsp; &lt;b&gt;Source:&lt;/b&gt; {source}</source>
        <translation>&lt;b&gt;适用地区：&lt;/b&gt;{regions}&lt;br&gt;&lt;b&gt;版本：&lt;/b&gt;{version} &amp;nbsp; &lt;b&gt;来源：&lt;/b&gt;{source}</translation>
    </message>
    <message>
        <source>New plan from a template</source>
        <translation>从模板新建计划</translation>
    </message>
    <message>
        <source>Start a new plan from a template. Owners, dates and statuses start empty.</source>
        <translation>从模板新建计划。负责人、日期和状态均为空。</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>No templates were found.</source>
        <translation>没有找到模板。</translation>
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
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Team library: version {version}, published by {who} ({path}).</source>
        <translation>团队模板库：版本 {version}，由 {who} 发布（{path}）。</translation>
    </message>
    <message>
        <source>Team library: version {version}, published by someone ({path}).</source>
        <translation>团队模板库：版本 {version}，发布人未注明（{path}）。</translation>
    </message>
    <message>
        <source>Shipped with hireplan; read-only</source>
        <translation>hireplan 自带；只读</translation>
    </message>
    <message>
        <source>Team ({who})</source>
        <translation>团队（{who}）</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>What the upgrade changes</source>
        <translation>升级将带来的变更</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>清单项：</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>操作指引：</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>设置：</translation>
    </message>
    <message>
        <source>Upgrade from template</source>
        <translation>从模板升级</translation>
    </message>
    <message>
        <source>“{title}” version {version} (published by {who}) replaces version {current} of this plan&apos;s template. Items already started or done are kept. You can undo the whole upgrade in one step.</source>
        <translation>“{title}”版本 {version}（由 {who} 发布）将替换本计划所用模板的版本 {current}。已开始或已完成的清单项会保留。整个升级可一步撤销。</translation>
    </message>
    <message>
        <source>“{title}” version {version} (published by someone) replaces version {current} of this plan&apos;s template. Items already started or done are kept. You can undo the whole upgrade in one step.</source>
        <translation>“{title}”版本 {version}（发布人未注明）将替换本计划所用模板的版本 {current}。已开始或已完成的清单项会保留。整个升级可一步撤销。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>This plan already matches the new version; nothing would change.</source>
        <translation>本计划已与新版本一致，不会有任何改动。</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>升级(&amp;U)</translation>
    </message>
</context>
</TS>
