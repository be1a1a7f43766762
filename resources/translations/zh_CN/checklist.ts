<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChecklistDelegate</name>
    <message>
        <source>Who owns this</source>
        <translation>由谁负责</translation>
    </message>
    <message>
        <source>tags, comma separated, e.g. culture, career-path</source>
        <translation>标签，用逗号分隔，例如：文化, 职业发展</translation>
    </message>
    <message>
        <source>Lower-case words joined by dashes, separated by commas</source>
        <translation>英文用小写并以连字符连接；多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Tab or click elsewhere to keep the notes; Esc cancels</source>
        <translation>按 Tab 或点击别处保存备注；按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>ChecklistFilterBar</name>
    <message>
        <source>Filter items (text, owner, notes, tags)…</source>
        <translation>筛选事项（内容、负责人、备注、标签）…</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>筛选事项</translation>
    </message>
    <message>
        <source>Show items with this status</source>
        <translation>显示此状态的事项</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show items this person owns</source>
        <translation>显示此人负责的事项</translation>
    </message>
    <message>
        <source>Show items with this tag</source>
        <translation>显示带此标签的事项</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>尚未指定</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} 项逾期</translation>
    </message>
    <message>
        <source>{count} blocked</source>
        <translation>{count} 项受阻</translation>
    </message>
    <message>
        <source>{count} without an owner</source>
        <translation>{count} 项无负责人</translation>
    </message>
    <message>
        <source>{done} of {applicable} done</source>
        <translation>已完成 {done}/{applicable}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}，已逾期</translation>
    </message>
    <message>
        <source>Overdue: still open after its due date</source>
        <translation>逾期：已过截止日期仍未完成</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}：{reason}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a status; choose one from the list.</source>
        <translation>“{value}”不是有效状态，请从列表中选择。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a priority; choose one from the list.</source>
        <translation>“{value}”不是有效优先级，请从列表中选择。</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;To do</source>
        <translation>待办(&amp;T)</translation>
    </message>
    <message>
        <source>In p&amp;rogress</source>
        <translation>进行中(&amp;R)</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>已完成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>受阻(&amp;B)</translation>
    </message>
    <message>
        <source>Not app&amp;licable</source>
        <translation>不适用(&amp;L)</translation>
    </message>
    <message>
        <source>Mark the selected items to do</source>
        <translation>将选中的事项标为待办</translation>
    </message>
    <message>
        <source>Mark the selected items in progress</source>
        <translation>将选中的事项标为进行中</translation>
    </message>
    <message>
        <source>Mark the selected items done</source>
        <translation>将选中的事项标为已完成</translation>
    </message>
    <message>
        <source>Mark the selected items blocked</source>
        <translation>将选中的事项标为受阻</translation>
    </message>
    <message>
        <source>Mark the selected items not applicable</source>
        <translation>将选中的事项标为不适用</translation>
    </message>
    <message>
        <source>Checklist items by step</source>
        <translation>按步骤排列的清单事项</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加事项(&amp;A)</translation>
    </message>
    <message>
        <source>Add an item at the end of the current step</source>
        <translation>在当前步骤末尾添加事项</translation>
    </message>
    <message>
        <source>&amp;Insert item</source>
        <translation>插入事项(&amp;I)</translation>
    </message>
    <message>
        <source>Insert an item above the current one</source>
        <translation>在当前事项上方插入事项</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected items</source>
        <translation>删除选中的事项</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected items</source>
        <translation>复制选中的事项</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move the selected items up</source>
        <translation>上移选中的事项</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the selected items down</source>
        <translation>下移选中的事项</translation>
    </message>
    <message>
        <source>Set &amp;owner…</source>
        <translation>指定负责人(&amp;O)…</translation>
    </message>
    <message>
        <source>Give the selected items one owner</source>
        <translation>为选中的事项指定同一位负责人</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>指定负责人</translation>
    </message>
    <message numerus="yes">
        <source>Owner of %n selected item(s):</source>
        <translation>
            <numerusform>选中的 %n 个事项的负责人：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPriority</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>ChecklistStatus</name>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance for this step</source>
        <translation>本步骤的指引</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>未选择步骤</translation>
    </message>
    <message>
        <source>{done} of {applicable} done</source>
        <translation>已完成 {done}/{applicable}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>推荐做法</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>常见误区</translation>
    </message>
    <message>
        <source>This step has no guidance in its template.</source>
        <translation>该步骤的模板中没有操作指引。</translation>
    </message>
</context>
</TS>
