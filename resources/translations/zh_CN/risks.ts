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
    <message numerus="yes">
        <source>Acknowledge %n flag(s)</source>
        <translation>
            <numerusform>确认 %n 条风险提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledging says the team has seen this and accepts it for now. The flag stays in the list, marked as acknowledged, and comes back on the review date, or at once if it gets worse than it is now (a higher severity or a worse figure).</source>
        <translation>确认表示团队已知悉并暂时接受这一情况。该提示仍保留在列表中，标记为“已确认”；到复核日期会重新出现，如果情况比现在更糟（严重程度更高或数字更差），会立即重新出现。</translation>
    </message>
    <message>
        <source>Why is this acceptable for now? Who decided?</source>
        <translation>为什么目前可以接受？由谁决定？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Review &amp;on:</source>
        <translation>复核日期(&amp;O)：</translation>
    </message>
    <message>
        <source>You (the user name in Settings)</source>
        <translation>您本人（设置中的用户名）</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Acknowledged &amp;by:</source>
        <translation>确认人(&amp;B)：</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Give a reason, so the next person knows why this was accepted.</source>
        <translation>请填写理由，让后来的同事知道为什么接受这一情况。</translation>
    </message>
    <message>
        <source>Keep the reason under {count} characters.</source>
        <translation>理由请控制在 {count} 个字符以内。</translation>
    </message>
</context>
<context>
    <name>FlagsModel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>应对建议</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>{severity} flag, acknowledged: {title}</source>
        <translation>{severity}风险提示，已确认：{title}</translation>
    </message>
    <message>
        <source>{severity} flag: {title}</source>
        <translation>{severity}风险提示：{title}</translation>
    </message>
    <message>
        <source>Acknowledged until {date}</source>
        <translation>已确认，有效期至 {date}</translation>
    </message>
    <message>
        <source>Open again: worse than acknowledged</source>
        <translation>重新出现：比确认时更糟</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Why it matters: {rationale}</source>
        <translation>为什么重要：{rationale}</translation>
    </message>
    <message>
        <source>Acknowledged by {who} on {date}: {reason}</source>
        <translation>由 {who} 于 {date} 确认：{reason}</translation>
    </message>
    <message>
        <source>Acknowledged on {date}: {reason}</source>
        <translation>于 {date} 确认：{reason}</translation>
    </message>
    <message>
        <source>Double-click to go there.</source>
        <translation>双击可转到该对象。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>风险热力图</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
    <message>
        <source>Likelihood {likelihood}, impact {impact}: score {score}, {band} band, no risks</source>
        <translation>可能性 {likelihood}，影响 {impact}：评分 {score}，{band}风险区间，没有风险</translation>
    </message>
    <message numerus="yes">
        <source>Likelihood {likelihood}, impact {impact}: score {score}, {band} band, %n risk(s)</source>
        <translation>
            <numerusform>可能性 {likelihood}，影响 {impact}：评分 {score}，{band}风险区间，共 %n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{cell}: {risks}</source>
        <translation>{cell}：{risks}</translation>
    </message>
    <message>
        <source>Showing likelihood {likelihood}, impact {impact} only.</source>
        <translation>仅显示可能性 {likelihood}、影响 {impact} 的风险。</translation>
    </message>
    <message>
        <source>Showing all risks.</source>
        <translation>显示全部风险。</translation>
    </message>
    <message>
        <source>{cell}.</source>
        <translation>{cell}。</translation>
    </message>
    <message>
        <source>Arrow keys move, Space picks or clears.</source>
        <translation>方向键移动，空格键选择或取消选择。</translation>
    </message>
</context>
<context>
    <name>RisksDelegate</name>
    <message>
        <source>1 = rare or minor … 5 = almost certain or severe</source>
        <translation>1 = 罕见或轻微 … 5 = 几乎肯定或严重</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>无复核日期</translation>
    </message>
</context>
<context>
    <name>RisksModel</name>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}，已逾期</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>可能性 × 影响</translation>
    </message>
    <message>
        <source>Likelihood {likelihood} × impact {impact} = {score}: {band} band</source>
        <translation>可能性 {likelihood} × 影响 {impact} = {score}：{band}风险区间</translation>
    </message>
    <message>
        <source>The review date has passed</source>
        <translation>已过复核日期</translation>
    </message>
    <message>
        <source>{column}: {problem}</source>
        <translation>{column}：{problem}</translation>
    </message>
    <message>
        <source>give a whole number from 1 to 5</source>
        <translation>请填写 1 到 5 之间的整数</translation>
    </message>
    <message>
        <source>give a whole number from 1 (rare or minor) to 5 (almost certain or severe)</source>
        <translation>请填写 1（罕见或轻微）到 5（几乎肯定或严重）之间的整数</translation>
    </message>
    <message>
        <source>unknown status {value}</source>
        <translation>未知状态 {value}</translation>
    </message>
</context>
<context>
    <name>RisksPanel</name>
    <message>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Show severity</source>
        <translation>按严重程度显示</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <source>{severity} only</source>
        <translation>仅{severity}风险提示</translation>
    </message>
    <message>
        <source>Search flags</source>
        <translation>搜索风险提示</translation>
    </message>
    <message>
        <source>Show the item, offer, role or risk this flag is about (double-click or Enter)</source>
        <translation>显示该提示涉及的清单项、录用方案、职位或风险（双击或按 Enter）</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>确认(&amp;K)…</translation>
    </message>
    <message>
        <source>Accept the selected flags for now, with a reason and a review date</source>
        <translation>暂时接受所选风险提示，并填写理由和复核日期</translation>
    </message>
    <message>
        <source>&amp;Withdraw acknowledgement</source>
        <translation>撤销确认(&amp;W)</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记表</translation>
    </message>
    <message>
        <source>Click a cell to show only its risks; click it again to show all</source>
        <translation>点击某个格子只显示其中的风险；再次点击显示全部</translation>
    </message>
    <message>
        <source>Show all risks</source>
        <translation>显示全部风险</translation>
    </message>
    <message>
        <source>&amp;Add risk</source>
        <translation>添加风险(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete risk</source>
        <translation>删除风险(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected risks (Edit &gt; Undo brings them back)</source>
        <translation>删除所选风险（可用 编辑 › 撤销 恢复）</translation>
    </message>
    <message>
        <source>{high} high, {medium} medium, {low} low, {acknowledged} acknowledged</source>
        <translation>高 {high} 项，中 {medium} 项，低 {low} 项，已确认 {acknowledged} 项</translation>
    </message>
    <message>
        <source>{high} high, {medium} medium, {low} low</source>
        <translation>高 {high} 项，中 {medium} 项，低 {low} 项</translation>
    </message>
    <message>
        <source>Could not acknowledge: {problem}</source>
        <translation>无法确认：{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acknowledged&lt;/b&gt; on {date} until {review}: {reason}</source>
        <translation>&lt;b&gt;已确认&lt;/b&gt;：{date} 起，有效期至 {review}：{reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {message}&lt;br&gt;&lt;i&gt;What to do:&lt;/i&gt; {mitigation}&lt;br&gt;&lt;i&gt;About:&lt;/i&gt; {refs}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {message}&lt;br&gt;&lt;i&gt;应对建议：&lt;/i&gt;{mitigation}&lt;br&gt;&lt;i&gt;涉及对象：&lt;/i&gt;{refs}</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) selected.</source>
        <translation>
            <numerusform>已选择 %n 条风险提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a flag to read it in full; double-click to go to what it is about.</source>
        <translation>选择一条风险提示可查看全文；双击可转到其涉及的对象。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {shown} of {total}: likelihood {likelihood}, impact {impact}</source>
        <translation>显示 {shown}/{total} 项：可能性 {likelihood}，影响 {impact}</translation>
    </message>
    <message>
        <source>&amp;Show acknowledged</source>
        <translation>显示已确认(&amp;S)</translation>
    </message>
    <message>
        <source>Go t&amp;o</source>
        <translation>转到(&amp;O)</translation>
    </message>
</context>
</TS>
