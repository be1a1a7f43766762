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
    <message>
        <source>Read as {encoding}.</source>
        <translation>按 {encoding} 读取。</translation>
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
        <translation>尚无薪酬基准。请为每个市场录入调研数据，或从调研文件导入。</translation>
    </message>
    <message>
        <source>Add a benchmark</source>
        <translation>添加薪酬基准</translation>
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
        <translation>市场基准</translation>
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
</context>
</TS>
