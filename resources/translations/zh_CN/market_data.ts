<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MarketDataPanel</name>
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
