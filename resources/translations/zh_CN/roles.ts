<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompetingBox</name>
    <message>
        <source>Current employer</source>
        <translation>现雇主</translation>
    </message>
    <message>
        <source>Rival offer</source>
        <translation>竞争对手的录用方案</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Bonus and extra months (yearly)</source>
        <translation>奖金及额外月薪（每年）</translation>
    </message>
    <message>
        <source>Equity per year</source>
        <translation>每年股权</translation>
    </message>
    <message>
        <source>Allowances (yearly)</source>
        <translation>补贴（每年）</translation>
    </message>
    <message>
        <source>Unvested equity forfeited</source>
        <translation>放弃的未归属股权</translation>
    </message>
    <message>
        <source>Expected retention grant</source>
        <translation>预计挽留奖励</translation>
    </message>
    <message>
        <source>Yearly: the bonus the candidate expects there, plus any guaranteed extra months&apos; pay (a 14-month package adds two months of base), so it compares with our offer like for like.</source>
        <translation>每年：候选人在那里预期的奖金，加上保证发放的额外月薪（14 薪方案另加两个月基本工资），以便与我方方案同口径比较。</translation>
    </message>
    <message>
        <source>Package the candidate would give up (or a rival offer)</source>
        <translation>候选人将放弃的薪酬（或竞争对手的录用方案）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇主</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Record a com&amp;peting package</source>
        <translation>记录竞争薪酬方案(&amp;P)</translation>
    </message>
</context>
<context>
    <name>OfferForm</name>
    <message>
        <source>% of base</source>
        <translation>基本工资的百分比</translation>
    </message>
    <message>
        <source>Yearly amount</source>
        <translation>每年金额</translation>
    </message>
    <message>
        <source>A target bonus as a percentage of the base salary.</source>
        <translation>目标奖金，按基本工资的百分比计。</translation>
    </message>
    <message>
        <source>A target bonus as a yearly amount in the offer&apos;s currency.</source>
        <translation>目标奖金，按录用方案币种的年度金额计。</translation>
    </message>
    <message>
        <source>Guaranteed extra months of base salary, paid every year whatever the target bonus pays: 1 for a 13th month, 2 for a 14-month package, 0 for none.</source>
        <translation>每年保证发放的额外月薪，与目标奖金无关：13薪填 1，14薪填 2，没有填 0。</translation>
    </message>
    <message>
        <source>Base salary (yearly)</source>
        <translation>基本工资（每年）</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Equity grant (total)</source>
        <translation>股权授予（总额）</translation>
    </message>
    <message>
        <source>Equity grant</source>
        <translation>股权授予</translation>
    </message>
    <message>
        <source>Sign-on bonus</source>
        <translation>签约奖金</translation>
    </message>
    <message>
        <source>Relocation (one-off)</source>
        <translation>搬迁费用（一次性）</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>搬迁费用</translation>
    </message>
    <message>
        <source>Housing allowance (yearly)</source>
        <translation>住房补贴（每年）</translation>
    </message>
    <message>
        <source>Housing allowance</source>
        <translation>住房补贴</translation>
    </message>
    <message>
        <source>Living allowance (yearly)</source>
        <translation>生活补贴（每年）</translation>
    </message>
    <message>
        <source>Living allowance</source>
        <translation>生活补贴</translation>
    </message>
    <message>
        <source>Research budget (yearly)</source>
        <translation>科研经费（每年）</translation>
    </message>
    <message>
        <source>Research budget</source>
        <translation>科研经费</translation>
    </message>
    <message>
        <source>Compute budget (yearly)</source>
        <translation>算力预算（每年）</translation>
    </message>
    <message>
        <source>Compute budget</source>
        <translation>算力预算</translation>
    </message>
    <message>
        <source>No base salary: every comparison will read this offer as far below market.</source>
        <translation>未填基本工资：所有比较都会认为该录用方案远低于市场水平。</translation>
    </message>
    <message>
        <source>A target bonus above 100% of base is rare; check it is not an amount.</source>
        <translation>目标奖金超过基本工资的 100% 很少见，请确认填的不是金额。</translation>
    </message>
    <message>
        <source>More than six extra months of salary is unusual.</source>
        <translation>额外发放超过六个月的月薪并不常见。</translation>
    </message>
    <message>
        <source>Vesting over more than six years is unusual and weakens the grant&apos;s pull.</source>
        <translation>归属期超过六年并不常见，会削弱股权的吸引力。</translation>
    </message>
    <message>
        <source>Vesting in under a year gives little reason to stay.</source>
        <translation>归属期不足一年，难以起到留人的作用。</translation>
    </message>
    <message>
        <source>Sign-on is usually spread over one to three years.</source>
        <translation>签约奖金通常分摊在一到三年内。</translation>
    </message>
    <message>
        <source>Select an offer to edit its package.</source>
        <translation>选择一个录用方案以编辑其薪酬构成。</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>录用方案</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>The guaranteed extra months</source>
        <translation>保证额外月薪</translation>
    </message>
    <message>
        <source>Bonus as</source>
        <translation>奖金形式</translation>
    </message>
    <message>
        <source>The bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Target bonus</source>
        <translation>目标奖金</translation>
    </message>
    <message>
        <source>Equity and sign-on</source>
        <translation>股权与签约奖金</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Vesting</source>
        <translation>归属期</translation>
    </message>
    <message>
        <source>Vesting over</source>
        <translation>归属期</translation>
    </message>
    <message>
        <source>Amortisation</source>
        <translation>分摊期</translation>
    </message>
    <message>
        <source>Sign-on spread over</source>
        <translation>签约奖金分摊期</translation>
    </message>
    <message>
        <source>Relocation, allowances and research</source>
        <translation>搬迁、补贴与科研投入</translation>
    </message>
    <message>
        <source>e.g. 64 GPUs shared with the team</source>
        <translation>例如：与团队共享 64 块 GPU</translation>
    </message>
    <message>
        <source>Compute note</source>
        <translation>算力说明</translation>
    </message>
    <message>
        <source>Notes on this offer</source>
        <translation>此录用方案的备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Offer package</source>
        <translation>录用方案明细</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{severity}: {title}</source>
        <translation>{severity}：{title}</translation>
    </message>
    <message numerus="yes">
        <source>{severity}: {title} (%n flags)</source>
        <translation>
            <numerusform>{severity}：{title}（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Flags: {flags}.</source>
        <translation>风险提示：{flags}。</translation>
    </message>
    <message>
        <source>Extra months</source>
        <translation>额外月薪</translation>
    </message>
    <message>
        <source>The bonus figure was cleared: enter it in the new unit.</source>
        <translation>奖金数额已清空，请按新的单位重新填写。</translation>
    </message>
</context>
<context>
    <name>OfferStatementAction</name>
    <message>
        <source>Offer &amp;statement…</source>
        <translation>录用薪酬说明(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the selected offer&apos;s total-rewards statement for its candidate, as a PDF</source>
        <translation>为所选录用方案的候选人生成总薪酬说明（PDF）</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>录用方案</translation>
    </message>
    <message>
        <source>Offer statement - {name}</source>
        <translation>录用薪酬说明 - {name}</translation>
    </message>
    <message>
        <source>Save the offer statement</source>
        <translation>保存录用薪酬说明</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Offer statement not written</source>
        <translation>未能生成录用薪酬说明</translation>
    </message>
    <message>
        <source>Fix the text in the plan and write the statement again, or write it now with the boxes.</source>
        <translation>可以先在计划中修改这些文字再生成，也可以现在生成，录用薪酬说明中这些字符将显示为方框。</translation>
    </message>
    <message>
        <source>Some text will not print</source>
        <translation>部分文字无法印出</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>仍然生成</translation>
    </message>
</context>
<context>
    <name>OfferSummary</name>
    <message>
        <source>Annual total (total direct pay) {annual}; first year {first_year}.</source>
        <translation>年度总薪酬（直接薪酬总额）{annual}；首年 {first_year}。</translation>
    </message>
    <message>
        <source>Its market&apos;s benchmark gives no median (P50) to compare with; enter one under Market data.</source>
        <translation>其所在市场的对标数据没有可比较的中位数（P50）；请在“市场数据”中填写。</translation>
    </message>
    <message>
        <source>No benchmark in its market yet.</source>
        <translation>所在市场还没有对标数据。</translation>
    </message>
    <message>
        <source>Its compa-ratio is {ratio} of the {market} median on {basis} ({position}).</source>
        <translation>按{basis}计，薪酬比率为{market}中位值的 {ratio}（{position}）。</translation>
    </message>
    <message>
        <source>Internal band: no exchange rate to the band&apos;s currency.</source>
        <translation>内部薪酬带宽：缺少折算为带宽币种的汇率。</translation>
    </message>
    <message>
        <source>Internal band: {amount} on {basis}, below the band&apos;s minimum (position {position} from minimum to maximum).</source>
        <translation>内部薪酬带宽：按{basis}计为 {amount}，低于带宽下限（从下限到上限的位置为 {position}）。</translation>
    </message>
    <message>
        <source>Internal band: {amount} on {basis}, below the band&apos;s minimum.</source>
        <translation>内部薪酬带宽：按{basis}计为 {amount}，低于带宽下限。</translation>
    </message>
    <message>
        <source>Internal band: {amount} on {basis}, above the band&apos;s maximum (position {position} from minimum to maximum).</source>
        <translation>内部薪酬带宽：按{basis}计为 {amount}，高于带宽上限（从下限到上限的位置为 {position}）。</translation>
    </message>
    <message>
        <source>Internal band: {amount} on {basis}, above the band&apos;s maximum.</source>
        <translation>内部薪酬带宽：按{basis}计为 {amount}，高于带宽上限。</translation>
    </message>
    <message>
        <source>Internal band: {amount} on {basis}, inside the band (position {position} from minimum to maximum).</source>
        <translation>内部薪酬带宽：按{basis}计为 {amount}，在带宽之内（从下限到上限的位置为 {position}）。</translation>
    </message>
    <message>
        <source>Internal band: {amount} on {basis}, inside the band.</source>
        <translation>内部薪酬带宽：按{basis}计为 {amount}，在带宽之内。</translation>
    </message>
    <message>
        <source>Its role has no planned budget yet.</source>
        <translation>所属职位尚未设定预算。</translation>
    </message>
    <message>
        <source>The role&apos;s planned budget cannot be converted to the reporting currency.</source>
        <translation>职位预算无法折算为报告币种。</translation>
    </message>
    <message>
        <source>Planned {planned} per hire in year one.</source>
        <translation>首年每人预算 {planned}。</translation>
    </message>
    <message>
        <source>Planned {planned} per hire in year one; this offer costs {cost}.</source>
        <translation>首年每人预算 {planned}；该录用方案成本为 {cost}。</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>{value} of base</source>
        <translation>基本工资的 {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n guaranteed extra month(s)</source>
        <translation>
            <numerusform>保证额外发放 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} guaranteed extra months</source>
        <translation>保证额外发放 {value} 个月</translation>
    </message>
    <message>
        <source>{months} and {bonus}</source>
        <translation>{months}，另加{bonus}</translation>
    </message>
    <message>
        <source>no benchmark</source>
        <translation>无对标数据</translation>
    </message>
    <message>
        <source>{ratio} ({position}, indicative)</source>
        <translation>{ratio}（{position}，仅供参考）</translation>
    </message>
    <message>
        <source>{ratio} ({position})</source>
        <translation>{ratio}（{position}）</translation>
    </message>
    <message>
        <source>The benchmark in the offer&apos;s market gives no median (P50): the compa-ratio cannot be worked out until one is entered under Market data.</source>
        <translation>录用方案所在市场的对标数据没有中位数（P50）：在“市场数据”中填写之前，无法计算薪酬比率。</translation>
    </message>
    <message>
        <source>No benchmark for this role in the offer&apos;s market: the compa-ratio cannot be worked out.</source>
        <translation>录用所在市场没有该职位的对标数据，无法计算薪酬比率。</translation>
    </message>
    <message>
        <source>Offer against the {market} median on {basis} (1.00 = at P50).</source>
        <translation>按{basis}与{market}中位值相比（1.00 = 等于 P50）。</translation>
    </message>
    <message>
        <source>(missing role {id})</source>
        <translation>（缺失的职位 {id}）</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Compa-ratio</source>
        <translation>薪酬比率</translation>
    </message>
    <message>
        <source>Annual total</source>
        <translation>年度总薪酬</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>首年</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <source>Local hire</source>
        <translation>本地招聘</translation>
    </message>
    <message>
        <source>Relocating</source>
        <translation>异地调动</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>海归</translation>
    </message>
    <message>
        <source>Headcount &apos;{value}&apos; must be a whole number of people.</source>
        <translation>编制人数“{value}”必须是整数。</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>无法计价</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>{planned} / {offered}</source>
        <translation>{planned} / {offered}</translation>
    </message>
    <message>
        <source>Year one, in the reporting currency: planned (per hire x headcount) / offered.</source>
        <translation>首年，按报告币种：预算（每人预算 × 编制人数）/ 已发录用方案。</translation>
    </message>
    <message numerus="yes">
        <source>Offers made: %n, costing {cost} in year one.</source>
        <translation>
            <numerusform>已发录用方案 %n 份，首年成本 {cost}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open seats: %n, priced at the planned cost per hire.</source>
        <translation>
            <numerusform>空缺 %n 个，按每人预算计价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open seats: %n, priced at the dearest offer.</source>
        <translation>
            <numerusform>空缺 %n 个，按最高的录用方案计价。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seats that cannot be priced yet: %n.</source>
        <translation>
            <numerusform>暂无法计价的名额：%n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The offers made cost more than the plan allows for their seats.</source>
        <translation>已发录用方案的成本超出了这些名额的预算。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职位名称</translation>
    </message>
    <message>
        <source>Job family</source>
        <translation>职位族</translation>
    </message>
    <message>
        <source>Matched against the benchmarks&apos; job family</source>
        <translation>与对标数据的职位族匹配</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>研究岗</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>编制人数</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>招聘方式</translation>
    </message>
    <message>
        <source>Budget in</source>
        <translation>预算币种</translation>
    </message>
    <message>
        <source>Currency of the planned budget; empty means the plan&apos;s reporting currency</source>
        <translation>预算所用币种；留空表示使用计划的报告币种</translation>
    </message>
    <message>
        <source>Planned per hire</source>
        <translation>每人预算</translation>
    </message>
    <message>
        <source>Planned first-year cost of one hire (the low end when you plan a band)</source>
        <translation>每位录用人员的首年预算成本（按区间预算时为下限）</translation>
    </message>
    <message>
        <source>Band top</source>
        <translation>预算上限</translation>
    </message>
    <message>
        <source>The most one hire may cost in year one when the plan is a band; else empty</source>
        <translation>按区间预算时，每位录用人员首年成本的上限；否则留空</translation>
    </message>
    <message>
        <source>Planned / offered</source>
        <translation>预算 / 已发</translation>
    </message>
    <message>
        <source>Growth path</source>
        <translation>发展路径</translation>
    </message>
    <message>
        <source>No career path stated yet</source>
        <translation>尚未说明职业发展路径</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>录用方案</translation>
    </message>
</context>
<context>
    <name>RolesOffersPanel</name>
    <message>
        <source>Roles</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Offers of the selected role</source>
        <translation>所选职位的录用方案</translation>
    </message>
    <message>
        <source>&amp;Add role</source>
        <translation>添加职位(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>删除(&amp;T)</translation>
    </message>
    <message>
        <source>Delete the selected roles and their offers</source>
        <translation>删除所选职位及其录用方案</translation>
    </message>
    <message>
        <source>Add &amp;offer</source>
        <translation>添加录用方案(&amp;O)</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>复制(&amp;I)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>U&amp;ndo</source>
        <translation>撤销(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>Sho&amp;w all roles</source>
        <translation>显示全部职位(&amp;W)</translation>
    </message>
    <message>
        <source>Show the offers of every role, not only the selected one</source>
        <translation>显示所有职位的录用方案，而不只是所选职位的</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>录用方案</translation>
    </message>
    <message>
        <source>&amp;Roles and offers</source>
        <translation>职位与录用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Market data</source>
        <translation>市场数据(&amp;M)</translation>
    </message>
    <message>
        <source>Offers for {role}</source>
        <translation>{role}的录用方案</translation>
    </message>
    <message>
        <source>Offers (all roles)</source>
        <translation>录用方案（全部职位）</translation>
    </message>
    <message>
        <source>Add an offer for the selected role.</source>
        <translation>为所选职位添加录用方案。</translation>
    </message>
    <message>
        <source>Add a role, and a market under Market data, first: an offer is for a role in a market.</source>
        <translation>请先添加职位，并在“市场数据”中添加市场：录用方案针对的是某个市场中的某个职位。</translation>
    </message>
    <message numerus="yes">
        <source>The selected roles have %n offer(s); they will be deleted too. You can undo this.</source>
        <translation>
            <numerusform>所选职位有 %n 份录用方案，将一并删除。此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete roles</source>
        <translation>删除职位</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
</TS>
