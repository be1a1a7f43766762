<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchmarksModel</name>
    <message>
        <source>Example figure from public sources: replace it with your own survey data.</source>
        <translation>来自公开来源的示例数字：请换成贵司自己的薪酬调研数据。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import benchmarks — {file}</source>
        <translation>导入对标数据 — {file}</translation>
    </message>
    <message>
        <source>Stop reading the file or checking its rows</source>
        <translation>停止读取文件或检查数据行</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>各列对应的内容</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Job family</source>
        <translation>职位族</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计薪周期</translation>
    </message>
    <message>
        <source>Base P50</source>
        <translation>基本工资 P50</translation>
    </message>
    <message>
        <source>Total P50</source>
        <translation>总薪酬 P50</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截止日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>未导入的原因</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>将导入的行</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Reading {file} took longer than {seconds} seconds, so it was stopped. Export only the rows and columns you need and import that file.</source>
        <translation>读取 {file} 超过了 {seconds} 秒，已停止。请只导出需要的行和列，再导入该文件。</translation>
    </message>
    <message>
        <source>{file} could not be read because of an unexpected problem.</source>
        <translation>{file} 因意外问题无法读取。</translation>
    </message>
    <message numerus="yes">
        <source>{file}: {description}, %n data row(s). Check the columns below; unknown markets must be added under Market data first.</source>
        <translation>
            <numerusform>{file}：{description}，共 %n 行数据。请核对下方各列；未知的市场须先在“市场数据”中添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>该文件中没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows took longer than {seconds} seconds, so it was stopped. Import a smaller file, or check the columns chosen above.</source>
        <translation>检查数据行超过了 {seconds} 秒，已停止。请导入较小的文件，或核对上方选择的列。</translation>
    </message>
    <message>
        <source>The rows could not be checked because of an unexpected problem.</source>
        <translation>因意外问题，无法检查数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%n benchmark(s)</source>
        <translation>
            <numerusform>%n 条对标数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be added to the {existing} in the plan; {left_out} left out.</source>
        <translation>
            <numerusform>将有 %n 行添加到计划现有的{existing}中；{left_out} 行未导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more row(s) like these.)</source>
        <translation>
            <numerusform>（另有 %n 行情况相同。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {file} was stopped; nothing was imported.</source>
        <translation>已停止读取 {file}，未导入任何内容。</translation>
    </message>
    <message>
        <source>Checking the rows was stopped. Change a column above to check them again.</source>
        <translation>已停止检查数据行。修改上方任一列即可重新检查。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n benchmark(s) from {file}</source>
        <translation>
            <numerusform>从 {file} 导入 %n 条对标数据</numerusform>
        </translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部职级</translation>
    </message>
    <message>
        <source>{period}, {months} a year</source>
        <translation>{period}，每年 {months} 个月</translation>
    </message>
    <message>
        <source>{period}, {months} months</source>
        <translation>{period}，含 {months} 个月</translation>
    </message>
    <message>
        <source>This row could not be read ({detail}); check its numbers and dates.</source>
        <translation>无法读取这一行（{detail}），请检查其中的数字和日期。</translation>
    </message>
    <message>
        <source>The details were written to the error log.</source>
        <translation>详细信息已写入错误日志。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行(&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>The sheet of the workbook to import from</source>
        <translation>要从工作簿中导入的工作表</translation>
    </message>
    <message>
        <source>Sheet to import from</source>
        <translation>要导入的工作表</translation>
    </message>
</context>
<context>
    <name>MarketDataModels</name>
    <message>
        <source>ISO 4217 code such as USD or CNY (RMB is read as CNY)</source>
        <translation>ISO 4217 货币代码，如 USD 或 CNY（RMB 按 CNY 读取）</translation>
    </message>
    <message>
        <source>⚠ stale: no date</source>
        <translation>⚠ 过时：无日期</translation>
    </message>
    <message numerus="yes">
        <source>⚠ stale: %n day(s) old</source>
        <translation>
            <numerusform>⚠ 过时：已有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>future date</source>
        <translation>未来日期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent enough for the plan&apos;s stale-data limit</source>
        <translation>在计划规定的数据时效之内</translation>
    </message>
    <message>
        <source>No as-of date: nobody can tell how old this figure is. Add the date from the source.</source>
        <translation>没有数据日期：无法判断这一数字有多旧。请按来源补充日期。</translation>
    </message>
    <message>
        <source>Older than the plan&apos;s limit: refresh it from its source before relying on it.</source>
        <translation>已超出计划规定的时效：使用前请按来源更新。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>未记录来源</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截止日</translation>
    </message>
    <message>
        <source>Date of the figures (YYYY-MM-DD)</source>
        <translation>数据日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Two-letter country code (CN, US...), used to pick the PPP factor</source>
        <translation>两位国家/地区代码（CN、US 等），用于选择购买力平价系数</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部职级</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Job family</source>
        <translation>职位族</translation>
    </message>
    <message>
        <source>Matched against the roles&apos; job family</source>
        <translation>与职位的职位族匹配</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>计薪周期</translation>
    </message>
    <message>
        <source>Months/yr</source>
        <translation>每年月数</translation>
    </message>
    <message>
        <source>Months paid per year for monthly figures (13 or more with a 13th-month bonus)</source>
        <translation>按月计薪时每年发放的月数（有第13个月薪时为 13 或以上）</translation>
    </message>
    <message>
        <source>Base P25</source>
        <translation>基本工资 P25</translation>
    </message>
    <message>
        <source>Base P50</source>
        <translation>基本工资 P50</translation>
    </message>
    <message>
        <source>Base P75</source>
        <translation>基本工资 P75</translation>
    </message>
    <message>
        <source>Base P90</source>
        <translation>基本工资 P90</translation>
    </message>
    <message>
        <source>Totals measure</source>
        <translation>总薪酬口径</translation>
    </message>
    <message>
        <source>The total figures are {basis}. Base figures are base salary. Sign-on, allowances and relocation are never in either.</source>
        <translation>总薪酬数字为{basis}，基本工资数字为基本工资。两者均不含签约奖金、补贴和搬迁费用。</translation>
    </message>
    <message>
        <source>Total P25</source>
        <translation>总薪酬 P25</translation>
    </message>
    <message>
        <source>Total P50</source>
        <translation>总薪酬 P50</translation>
    </message>
    <message>
        <source>Total P75</source>
        <translation>总薪酬 P75</translation>
    </message>
    <message>
        <source>Total P90</source>
        <translation>总薪酬 P90</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>A year, in {currency}, on {basis}</source>
        <translation>年度金额，单位 {currency}，口径为{basis}</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>The band&apos;s figures are {basis}</source>
        <translation>带宽数字的口径为{basis}</translation>
    </message>
    <message>
        <source>Monthly salaries the band&apos;s base covers (14 for a 14-month package); an offer&apos;s guaranteed extra months count as base up to it</source>
        <translation>带宽基本工资所涵盖的月薪数（14 薪方案填 14）；录用方案中保证发放的额外月薪在此数以内计入基本工资</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Midpoint</source>
        <translation>中点</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基准货币</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价货币</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>1 {base} buys {rate} {quote}</source>
        <translation>1 {base} 可兑换 {rate} {quote}</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>{factor} {currency} buy what one international dollar buys</source>
        <translation>{factor} {currency} 的购买力相当于 1 国际元</translation>
    </message>
</context>
<context>
    <name>MarketDataPanel</name>
    <message>
        <source>No market data yet. Add a market first, then its figures.</source>
        <translation>尚无市场薪酬数据。请先添加市场，再录入该市场的数据。</translation>
    </message>
    <message>
        <source>Add a market</source>
        <translation>添加市场</translation>
    </message>
    <message>
        <source>No benchmarks yet. Add your survey figures for each market, or import them from a survey file.</source>
        <translation>尚无薪酬对标数据。请为每个市场录入调研数据，或从调研文件导入。</translation>
    </message>
    <message>
        <source>Add a benchmark</source>
        <translation>添加薪酬对标数据</translation>
    </message>
    <message>
        <source>No market data yet. Add each city or region you hire in.</source>
        <translation>尚无市场薪酬数据。请添加每个招聘所在的城市或地区。</translation>
    </message>
    <message>
        <source>No exchange rates yet. Add one for each currency your markets use, with its source and date.</source>
        <translation>尚无汇率。请为各市场使用的每种货币添加汇率，并注明来源和日期。</translation>
    </message>
    <message>
        <source>Add an exchange rate</source>
        <translation>添加汇率</translation>
    </message>
    <message>
        <source>No PPP factors yet. Add one for each country to compare pay by what it buys there.</source>
        <translation>尚无购买力平价系数。请为每个国家添加一项，以便按当地实际购买力比较薪酬。</translation>
    </message>
    <message>
        <source>Add a PPP factor</source>
        <translation>添加购买力平价系数</translation>
    </message>
    <message>
        <source>No internal pay bands yet. They are optional: add your own pay ranges to place offers in them.</source>
        <translation>尚无内部薪酬带宽。此项为选填：添加贵司自己的薪酬区间后，即可看到录用方案在区间中的位置。</translation>
    </message>
    <message>
        <source>Add a pay band</source>
        <translation>添加薪酬带宽</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>薪酬对标数据</translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Price-level (PPP) factors</source>
        <translation>价格水平（购买力平价）系数</translation>
    </message>
    <message>
        <source>Internal pay bands</source>
        <translation>内部薪酬带宽</translation>
    </message>
    <message>
        <source>Survey files (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>薪酬调研文件 (*.csv *.xlsx *.xlsm);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>&amp;Add benchmark</source>
        <translation>添加对标数据(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add market</source>
        <translation>添加市场(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add exchange rate</source>
        <translation>添加汇率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add PPP factor</source>
        <translation>添加购买力平价系数(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add pay band</source>
        <translation>添加薪酬带宽(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>the plan&apos;s reference market setting</source>
        <translation>计划设置中的参照市场</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{markets} cannot be deleted while {users} use it. Point them at another market first, or delete them.</source>
        <translation>{users}仍在使用{markets}，因此无法删除。请先将它们改为其他市场，或将其删除。</translation>
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
        <source>%n benchmark(s)</source>
        <translation>
            <numerusform>%n 条对标数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pay band(s)</source>
        <translation>
            <numerusform>%n 个薪酬带宽</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from fi&amp;le…</source>
        <translation>从文件导入(&amp;L)…</translation>
    </message>
    <message>
        <source>Add benchmarks from a survey file (CSV or Excel .xlsx)</source>
        <translation>从薪酬调研文件（CSV 或 Excel 工作簿）添加对标数据</translation>
    </message>
    <message>
        <source>&amp;Benchmarks</source>
        <translation>对标数据(&amp;B)</translation>
    </message>
    <message>
        <source>Mar&amp;kets</source>
        <translation>市场(&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;xchange rates</source>
        <translation>汇率(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;PPP factors</source>
        <translation>购买力平价系数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Internal pay bands</source>
        <translation>内部薪酬带宽(&amp;I)</translation>
    </message>
    <message>
        <source>Optional: your own pay ranges; offers are placed in them beside the market comparison</source>
        <translation>可选：贵公司自己的薪酬区间；录用方案除与市场比较外，还会标出在区间中的位置</translation>
    </message>
    <message numerus="yes">
        <source>Figures older than %n day(s) (PPP factors: three years) are marked stale.</source>
        <translation>
            <numerusform>超过 %n 天的数据（购买力平价系数为三年）标记为过时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are stale or undated: refresh them from the source.</source>
        <translation>
            <numerusform>有 %n 行数据过时或缺少日期，请按来源更新。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import benchmarks</source>
        <translation>导入对标数据</translation>
    </message>
</context>
</TS>
