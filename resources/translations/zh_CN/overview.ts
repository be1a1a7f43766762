<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BudgetText</name>
    <message numerus="yes">
        <source>%n hire(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个职位</numerusform>
        </translation>
    </message>
    <message>
        <source>{offered} offered for {hires} across {roles}; no role has a planned budget yet.</source>
        <translation>{roles}共招聘 {hires}，录用成本 {offered}；目前还没有职位设定预算。</translation>
    </message>
    <message>
        <source>{offered} offered for {hires} across {roles}, against {planned} planned.</source>
        <translation>{roles}共招聘 {hires}，录用成本 {offered}，预算 {planned}。</translation>
    </message>
    <message>
        <source>The roles with a plan are {amount} over it (offers made and open seats at their planned cost).</source>
        <translation>已设预算的职位超出预算 {amount}（含已发出的录用方案，以及按预算成本计算的空缺编制）。</translation>
    </message>
    <message>
        <source>Planned: {amount}.</source>
        <translation>预算：{amount}。</translation>
    </message>
    <message>
        <source>Planned: no plan.</source>
        <translation>预算：未设定。</translation>
    </message>
    <message>
        <source>Offers made: {count}.</source>
        <translation>已发录用方案：{count} 份。</translation>
    </message>
    <message>
        <source>Open seats priced at their planned cost: {count}.</source>
        <translation>按预算成本计算的空缺编制：{count} 个。</translation>
    </message>
    <message>
        <source>Open seats priced at the dearest offer: {count}.</source>
        <translation>按最高录用方案计算的空缺编制：{count} 个。</translation>
    </message>
    <message>
        <source>Seats not priced: {count}.</source>
        <translation>无法测算成本的编制：{count} 个。</translation>
    </message>
    <message>
        <source> </source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
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
        <source>and {count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
    <message>
        <source>This plan has no steps yet.</source>
        <translation>此计划还没有步骤。</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>{percent} overall · {done} of {applicable} done</source>
        <translation>总体 {percent} · 已完成 {done}/{applicable}</translation>
    </message>
    <message>
        <source>Open step {number} of the checklist</source>
        <translation>打开工作清单第 {number} 步</translation>
    </message>
    <message>
        <source>{done} of {applicable} done</source>
        <translation>已完成 {done}/{applicable}</translation>
    </message>
    <message>
        <source>Progress of {step}</source>
        <translation>“{step}”的进度</translation>
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
        <source>{count} without owner</source>
        <translation>{count} 项无负责人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>({count} acknowledged)</source>
        <translation>（已确认 {count} 项）</translation>
    </message>
    <message>
        <source>{high} high, {medium} medium, {low} low flags, {acknowledged} acknowledged</source>
        <translation>风险提示：高 {high} 项，中 {medium} 项，低 {low} 项，已确认 {acknowledged} 项</translation>
    </message>
    <message>
        <source>{high} high, {medium} medium, {low} low flags</source>
        <translation>风险提示：高 {high} 项，中 {medium} 项，低 {low} 项</translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <source>Open the &amp;Risks page →</source>
        <translation>打开风险页面(&amp;R) →</translation>
    </message>
    <message>
        <source>Add &amp;roles and offers →</source>
        <translation>添加职位与录用方案(&amp;R) →</translation>
    </message>
    <message>
        <source>Co&amp;mpare offers with the market →</source>
        <translation>将录用方案与市场对比(&amp;M) →</translation>
    </message>
    <message>
        <source>Open the chec&amp;klist →</source>
        <translation>打开工作清单(&amp;K) →</translation>
    </message>
    <message>
        <source>All flags, acknowledgements and the risk register</source>
        <translation>全部风险提示、确认记录和风险登记表</translation>
    </message>
    <message>
        <source>No roles yet.</source>
        <translation>还没有职位。</translation>
    </message>
    <message>
        <source>Open Roles and offers</source>
        <translation>打开“职位与录用方案”</translation>
    </message>
    <message numerus="yes">
        <source>Not fully priced: %n role(s) with seats that have no plan, offer or rate ({names}).</source>
        <translation>
            <numerusform>成本未完全测算：%n 个职位有编制既无预算、录用方案，也无汇率（{names}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{role}: {total}</source>
        <translation>{role}：{total}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more role(s)</source>
        <translation>
            <numerusform>另有 %n 个职位</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Compensation page</source>
        <translation>打开薪酬对标页面</translation>
    </message>
    <message>
        <source>No market data yet, so no offer can be compared with the market.</source>
        <translation>尚无市场薪酬数据，因此还无法将任何录用方案与市场比较。</translation>
    </message>
    <message>
        <source>Add market data →</source>
        <translation>添加市场薪酬数据 →</translation>
    </message>
    <message>
        <source>Open Market data to add a market and its benchmarks</source>
        <translation>打开“市场数据”，添加市场及其薪酬对标数据</translation>
    </message>
    <message>
        <source>No benchmarks yet, so no offer can be compared with the market.</source>
        <translation>尚无薪酬对标数据，因此还无法将任何录用方案与市场比较。</translation>
    </message>
    <message>
        <source>Add a benchmark →</source>
        <translation>添加薪酬对标数据 →</translation>
    </message>
    <message>
        <source>Open Market data to add a benchmark</source>
        <translation>打开“市场数据”，添加薪酬对标数据</translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) cannot be compared with the market: no benchmark matches the role.</source>
        <translation>
            <numerusform>%n 个录用方案无法与市场比较：没有与其职位匹配的薪酬对标数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) cannot be compared with the market: their market&apos;s benchmark gives no median (P50).</source>
        <translation>
            <numerusform>%n 个录用方案无法与市场比较：其所在市场的对标数据没有中位数（P50）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) cannot be compared with the market: no exchange rate links the offer&apos;s currency to its benchmark&apos;s.</source>
        <translation>
            <numerusform>%n 个录用方案无法与市场比较：缺少从录用方案币种到其对标数据币种的汇率。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the medians →</source>
        <translation>填写中位数 →</translation>
    </message>
    <message>
        <source>Open Market data to enter the medians</source>
        <translation>打开“市场数据”，填写中位数</translation>
    </message>
    <message>
        <source>Add an exchange rate →</source>
        <translation>添加汇率 →</translation>
    </message>
    <message>
        <source>Open Market data to add an exchange rate</source>
        <translation>打开“市场数据”，添加汇率</translation>
    </message>
    <message numerus="yes">
        <source>All %n benchmarks and exchange rates are dated within the last {limit} days.</source>
        <translation>
            <numerusform>全部 %n 条对标数据和汇率的日期都在最近 {limit} 天以内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) older than {days} or undated ({undated} undated): figures compared against them may mislead.</source>
        <translation>
            <numerusform>%n 条数据的日期已超过 {days}或缺少日期（{undated} 条缺少日期）：以其为依据的对比可能产生误导。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) older than {days}: figures compared against them may mislead.</source>
        <translation>
            <numerusform>%n 条数据的日期已超过 {days}：以其为依据的对比可能产生误导。</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>缺少日期</translation>
    </message>
    <message numerus="yes">
        <source>{date}, %n day(s) old</source>
        <translation>
            <numerusform>{date}，已过 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {name} ({age})</source>
        <translation>{kind}：{name}（{age}）</translation>
    </message>
    <message>
        <source>Show it to update its figures and date</source>
        <translation>打开以更新其数据和日期</translation>
    </message>
    <message>
        <source>Nothing open has a due date. Give the important items a date in the checklist.</source>
        <translation>未完成的事项都没有截止日期。请在工作清单中为重要事项设定日期。</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>{date} · {item} — {owner}, {when}</source>
        <translation>{date} · {item} — {owner}，{when}</translation>
    </message>
    <message>
        <source>Show this item in the checklist</source>
        <translation>在工作清单中显示此事项</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>全部步骤</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Changed since approval on {date} by {name} ({role}).</source>
        <translation>自 {date} 经 {name}（{role}）审批以来已有变更。</translation>
    </message>
    <message>
        <source>Approved on {date} by {name} ({role}).</source>
        <translation>已于 {date} 由 {name}（{role}）审批。</translation>
    </message>
    <message>
        <source>Changed since approval on {date} by {name}.</source>
        <translation>自 {date} 经 {name} 审批以来已有变更。</translation>
    </message>
    <message>
        <source>Approved on {date} by {name}.</source>
        <translation>已于 {date} 由 {name} 审批。</translation>
    </message>
    <message>
        <source>Overview of the plan</source>
        <translation>计划概览</translation>
    </message>
    <message>
        <source>Progress by step</source>
        <translation>各步骤进度</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Hiring budget, first year</source>
        <translation>招聘预算（首年）</translation>
    </message>
    <message>
        <source>Market data to refresh</source>
        <translation>待更新的市场数据</translation>
    </message>
    <message>
        <source>Due next</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>总体进度</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n 个清单事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个职位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n 份录用方案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market(s)</source>
        <translation>
            <numerusform>%n 个市场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmark(s)</source>
        <translation>
            <numerusform>%n 条对标数据</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is marked as example data.</source>
        <translation>本计划标记为示例数据。</translation>
    </message>
    <message>
        <source>Its figures are examples: replace them with your own before relying on them.</source>
        <translation>其中的数据仅为示例：请先替换为贵司自己的数据，再据此决策。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
</TS>
