<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompensationChart</name>
    <message>
        <source>Market P25–P75, line at P50</source>
        <translation>市场 P25–P75 区间，横线为 P50</translation>
    </message>
    <message>
        <source>Pick a role with offers to see them against each market.</source>
        <translation>选择一个有录用方案的职位，即可查看各方案与各市场的对比。</translation>
    </message>
    <message>
        <source>No market figures to chart in this unit: the role has no matching benchmark, or an exchange rate or PPP factor is missing.</source>
        <translation>按此单位没有可绘制的市场数据：该职位没有匹配的对标数据，或缺少汇率或购买力平价系数。</translation>
    </message>
    <message>
        <source>Offers against market ranges chart</source>
        <translation>录用方案与市场薪酬区间对比图</translation>
    </message>
    <message>
        <source>Left and Right arrows move between markets, Up and Down between the range and each offer.</source>
        <translation>左右方向键在市场之间切换，上下方向键在薪酬区间和各录用方案之间切换。</translation>
    </message>
    <message>
        <source>{unit} a year, in thousands</source>
        <translation>{unit}/年（千）</translation>
    </message>
    <message>
        <source>{unit} a year</source>
        <translation>{unit}/年</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>{market}: the median (P50) is {p50} a year, P25 {p25}, P75 {p75}.</source>
        <translation>{market}：中位值（P50）为每年 {p50}，P25 为 {p25}，P75 为 {p75}。</translation>
    </message>
    <message>
        <source>{offer} has no figure in {unit} to compare with {market}.</source>
        <translation>{offer}没有以 {unit} 计的数字，无法与{market}比较。</translation>
    </message>
    <message>
        <source>{offer} in {market}: {value} a year.</source>
        <translation>{offer}在{market}：每年 {value}。</translation>
    </message>
    <message>
        <source>{offer} in {market}: {value} a year, {position}.</source>
        <translation>{offer}在{market}：每年 {value}，{position}。</translation>
    </message>
    <message>
        <source>No market figures to chart.</source>
        <translation>没有可绘制的市场数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n market(s)</source>
        <translation>
            <numerusform>%n 个市场</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) against {markets}, in {unit} a year.</source>
        <translation>
            <numerusform>%n 份录用方案与{markets}对比，单位为 {unit}/年。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompensationPanel</name>
    <message>
        <source>Offers for this role</source>
        <translation>该职位的录用方案</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offers&lt;/b&gt; &lt;small&gt;(pick one to compare it with each market below)&lt;/small&gt;</source>
        <translation>&lt;b&gt;录用方案&lt;/b&gt; &lt;small&gt;（选择一份，在下方与各市场比较）&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The chosen offer against each market</source>
        <translation>所选录用方案与各市场的对比</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>职位(&amp;R)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>&amp;Nominal</source>
        <translation>名义金额(&amp;N)</translation>
    </message>
    <message>
        <source>Amounts converted at exchange rates into the reporting currency</source>
        <translation>按汇率折算为报告币种的金额</translation>
    </message>
    <message>
        <source>&amp;Purchasing power (PPP)</source>
        <translation>购买力平价(&amp;P)</translation>
    </message>
    <message>
        <source>Amounts in international dollars: what the pay buys where it is paid, so hubs with lower prices compare fairly</source>
        <translation>以国际元计的金额：反映薪酬在当地的实际购买力，物价较低的城市也能公平比较</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Reporting c&amp;urrency:</source>
        <translation>报告币种(&amp;U)：</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>报告币种</translation>
    </message>
    <message>
        <source>The currency nominal figures are shown in (saved with the plan)</source>
        <translation>名义金额所用的币种（随计划保存）</translation>
    </message>
    <message>
        <source>no offer</source>
        <translation>无录用方案</translation>
    </message>
    <message>
        <source>&lt;b&gt;{offer}&lt;/b&gt; against each market</source>
        <translation>&lt;b&gt;{offer}&lt;/b&gt;与各市场的对比</translation>
    </message>
    <message numerus="yes">
        <source>{role} · {level} (%n offer(s))</source>
        <translation>
            <numerusform>{role} · {level}（%n 份录用方案）</numerusform>
        </translation>
    </message>
    <message>
        <source>{role} · {level} (no offers)</source>
        <translation>{role} · {level}（无录用方案）</translation>
    </message>
    <message>
        <source>Year one for this role: {offered} offered; it has no planned budget yet.</source>
        <translation>该职位首年：已发录用方案 {offered}；尚未设定预算。</translation>
    </message>
    <message>
        <source>Year one for this role: {offered} offered against {planned} planned (over the plan).</source>
        <translation>该职位首年：已发录用方案 {offered}，预算 {planned}（超出预算）。</translation>
    </message>
    <message>
        <source>Year one for this role: {offered} offered against {planned} planned.</source>
        <translation>该职位首年：已发录用方案 {offered}，预算 {planned}。</translation>
    </message>
    <message>
        <source>Add roles and offers under Roles and offers to compare them here.</source>
        <translation>请先在“职位与录用”中添加职位和录用方案，再在这里比较。</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>添加职位</translation>
    </message>
    <message>
        <source>This role has no offers yet.</source>
        <translation>该职位还没有录用方案。</translation>
    </message>
    <message>
        <source>Add an offer</source>
        <translation>添加录用方案</translation>
    </message>
    <message>
        <source>This offer has no base yet: enter it under Roles and offers to compare the offer.</source>
        <translation>该录用方案尚未填写基本工资：请在“职位与录用方案”中填写后再进行比较。</translation>
    </message>
    <message>
        <source>Enter the base</source>
        <translation>填写基本工资</translation>
    </message>
    <message>
        <source>No benchmarks yet, so there is nothing to compare these offers with.</source>
        <translation>尚无薪酬对标数据，这些录用方案暂时没有可比较的对象。</translation>
    </message>
    <message>
        <source>No benchmark matches this role&apos;s job family and level in any market, so there is nothing to compare with.</source>
        <translation>没有任何市场的薪酬对标数据与该职位的职族和职级匹配，因此暂时无从比较。</translation>
    </message>
    <message>
        <source>Add a benchmark</source>
        <translation>添加薪酬对标数据</translation>
    </message>
    <message>
        <source>Markets marked * use example benchmark figures: replace them with your own survey data.</source>
        <translation>标有 * 的市场使用的是示例对标数据，请换成贵公司自己的薪酬调研数据。</translation>
    </message>
    <message>
        <source>Some markets cannot be shown in this unit: a PPP factor is missing (see the tooltips).</source>
        <translation>部分市场无法按此单位显示：缺少购买力平价系数（详见提示）。</translation>
    </message>
    <message>
        <source>Some markets cannot be shown in this unit: an exchange rate is missing (see the tooltips).</source>
        <translation>部分市场无法按此单位显示：缺少汇率（详见提示）。</translation>
    </message>
    <message>
        <source>Figures are yearly, in {unit}. Compa-ratio: red below {threshold} of the median (the plan&apos;s threshold), amber below the median, green at or above it; a benchmark for all levels or another level is indicative and left uncoloured. Bold market = the offer&apos;s own market.</source>
        <translation>数字均为年度金额，单位为 {unit}。薪酬比率：低于中位值的 {threshold}（计划设定的阈值）为红色，低于中位值为琥珀色，达到或高于中位值为绿色；对标数据涵盖全部职级或属于其他职级时仅供参考，不着色。粗体市场为录用方案所在市场。</translation>
    </message>
</context>
<context>
    <name>CompensationTables</name>
    <message>
        <source>Role&apos;s level</source>
        <translation>本职级</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部职级</translation>
    </message>
    <message>
        <source>Other level</source>
        <translation>其他职级</translation>
    </message>
    <message>
        <source>Compared on {basis}: the benchmark&apos;s base over {months} months a year, and our base with the guaranteed extra months those cover. Sign-on and allowances are never counted.</source>
        <translation>按{basis}比较：对标数据的基本工资按每年 {months} 个月计，我方基本工资计入其所涵盖的保证额外月薪。签约奖金和补贴一律不计入。</translation>
    </message>
    <message>
        <source>Compared on {basis}, as the benchmark measures it. Sign-on, allowances and relocation are never counted: surveys leave them out.</source>
        <translation>按对标数据的口径比较，即{basis}。签约奖金、补贴和搬迁费用一律不计入：薪酬调研不包含这些项目。</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>录用方案</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Compa-ratio</source>
        <translation>薪酬比率</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>分位</translation>
    </message>
    <message>
        <source>Gap to P50</source>
        <translation>与 P50 的差距</translation>
    </message>
    <message>
        <source>{heading} ({unit})</source>
        <translation>{heading}（{unit}）</translation>
    </message>
    <message>
        <source>Our figure divided by the market median (1.00 = at the median)</source>
        <translation>我方数字除以市场中位值（1.00 = 等于中位值）</translation>
    </message>
    <message>
        <source>Total pay when the benchmark gives a total median, else base pay</source>
        <translation>对标数据有总薪酬中位值时按总薪酬，否则按基本工资</translation>
    </message>
    <message>
        <source>The market&apos;s percentiles for this role, yearly</source>
        <translation>该职位的市场分位值（年度）</translation>
    </message>
    <message>
        <source>{ratio}, {verdict}</source>
        <translation>{ratio}，{verdict}</translation>
    </message>
    <message>
        <source>{market} (own)</source>
        <translation>{market}（所在市场）</translation>
    </message>
    <message>
        <source>Not enough figures to compare.</source>
        <translation>数据不足，无法比较。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The benchmark does not give P{percentile} (it gives {known}).</source>
        <translation>该对标数据没有 P{percentile}（只有 {known}）。</translation>
    </message>
    <message>
        <source>{amount} a year in the benchmark&apos;s currency</source>
        <translation>按对标数据币种每年 {amount}</translation>
    </message>
    <message>
        <source>Our {basis}: {amount} in the market&apos;s currency</source>
        <translation>我方{basis}：按市场币种 {amount}</translation>
    </message>
    <message>
        <source>{ratio}: {reason}</source>
        <translation>{ratio}：{reason}</translation>
    </message>
    <message>
        <source>{ratio}: {verdict} (the plan&apos;s threshold is {threshold})</source>
        <translation>{ratio}：{verdict}（计划阈值为 {threshold}）</translation>
    </message>
    <message>
        <source>{amount} in the market&apos;s currency</source>
        <translation>按市场币种 {amount}</translation>
    </message>
    <message>
        <source>* These benchmark figures are examples: replace them with your own survey data.</source>
        <translation>* 这些对标数据为示例，请换成贵公司自己的薪酬调研数据。</translation>
    </message>
    <message>
        <source>The benchmark is for the role&apos;s own level.</source>
        <translation>该对标数据与职位的职级一致。</translation>
    </message>
    <message>
        <source>indicative only: the benchmark is not for the role&apos;s level</source>
        <translation>仅供参考：该对标数据不是针对该职位的职级</translation>
    </message>
    <message>
        <source>below the plan&apos;s threshold</source>
        <translation>低于计划阈值</translation>
    </message>
    <message>
        <source>below the market median</source>
        <translation>低于市场中位值</translation>
    </message>
    <message>
        <source>at or above the market median</source>
        <translation>达到或高于市场中位值</translation>
    </message>
    <message>
        <source>{candidate} ({market})</source>
        <translation>{candidate}（{market}）</translation>
    </message>
    <message>
        <source>Offer in {market}</source>
        <translation>{market}的录用方案</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>缺少汇率</translation>
    </message>
    <message>
        <source>{position}, below</source>
        <translation>{position}，低于带宽</translation>
    </message>
    <message>
        <source>{position}, above</source>
        <translation>{position}，高于带宽</translation>
    </message>
    <message>
        <source>Annual total</source>
        <translation>年度总薪酬</translation>
    </message>
    <message>
        <source>First-year value</source>
        <translation>首年价值</translation>
    </message>
    <message>
        <source>Own market</source>
        <translation>所在市场</translation>
    </message>
    <message>
        <source>Internal band</source>
        <translation>内部薪酬带宽</translation>
    </message>
    <message>
        <source>Competing package</source>
        <translation>竞争薪酬方案</translation>
    </message>
    <message>
        <source>Their annual</source>
        <translation>对方年度总薪酬</translation>
    </message>
    <message>
        <source>First-year margin</source>
        <translation>首年差额</translation>
    </message>
    <message>
        <source>Compa-ratio and percentile against the offer&apos;s own market</source>
        <translation>与录用方案所在市场相比的薪酬比率和分位</translation>
    </message>
    <message>
        <source>Position in your own pay band for the role and market: 0 at the minimum, 1 at the maximum (Market data, Internal pay bands)</source>
        <translation>在本公司该职位和市场的薪酬带宽中的位置：0 为下限，1 为上限（见“市场数据 › 内部薪酬带宽”）</translation>
    </message>
    <message>
        <source>Total direct pay, as surveys count it: base, bonus (guaranteed extra months included) and a year of equity; sign-on and allowances are in the first year</source>
        <translation>按薪酬调研口径计的直接薪酬总额：基本工资、奖金（含保证发放的额外月薪）和一年的股权；签约奖金和补贴计入首年</translation>
    </message>
    <message>
        <source>What the person receives in year one, including sign-on and relocation</source>
        <translation>候选人首年实际获得的金额，含签约奖金和搬迁费用</translation>
    </message>
    <message>
        <source>Always at exchange rates: where the competing package is paid is not recorded, so no PPP factor is applied to it</source>
        <translation>始终按汇率折算：竞争薪酬方案的发放地未记录，因此不按购买力平价调整</translation>
    </message>
    <message>
        <source>Our first-year value minus what they would give up or get elsewhere (their cash and allowances, plus the unvested equity they give up and a retention grant when staying, or a year of the rival&apos;s equity)</source>
        <translation>我方首年价值减去候选人放弃或在别处可得的金额（其现金和补贴，留任时再加上放弃的未归属股权和挽留奖励，或竞争对手一年的股权）</translation>
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
        <source>none entered</source>
        <translation>未录入</translation>
    </message>
    <message>
        <source>Current employer</source>
        <translation>现雇主</translation>
    </message>
    <message>
        <source>{employer} (stays)</source>
        <translation>{employer}（留任）</translation>
    </message>
    <message>
        <source>Rival</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>{employer} (rival offer)</source>
        <translation>{employer}（竞争对手录用方案）</translation>
    </message>
    <message>
        <source>{amount} in the offer&apos;s currency</source>
        <translation>按录用方案币种 {amount}</translation>
    </message>
    <message>
        <source>forfeited equity {amount}</source>
        <translation>放弃的股权 {amount}</translation>
    </message>
    <message>
        <source>retention grant {amount} (assumed from the plan settings)</source>
        <translation>挽留奖励 {amount}（按计划设置估算）</translation>
    </message>
    <message>
        <source>retention grant {amount}</source>
        <translation>挽留奖励 {amount}</translation>
    </message>
    <message>
        <source>To move, the candidate weighs {hurdle} in the offer&apos;s currency, including {parts}.</source>
        <translation>候选人跳槽要权衡的是按录用方案币种 {hurdle}，其中包括{parts}。</translation>
    </message>
    <message>
        <source>To move, the candidate weighs {hurdle} in the offer&apos;s currency.</source>
        <translation>候选人跳槽要权衡的是按录用方案币种 {hurdle}。</translation>
    </message>
    <message>
        <source>Our first year beats it.</source>
        <translation>我方首年价值更高。</translation>
    </message>
    <message>
        <source>Our first year falls short.</source>
        <translation>我方首年价值不及对方。</translation>
    </message>
    <message>
        <source>Shown at exchange rates: no PPP factor is applied to the competing package.</source>
        <translation>按汇率显示：竞争薪酬方案不按购买力平价调整。</translation>
    </message>
</context>
</TS>
