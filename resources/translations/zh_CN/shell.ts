<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>WindowMenus</name>
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
        <source>&amp;Checklist</source>
        <translation>工作清单(&amp;C)</translation>
    </message>
</context>
</TS>
