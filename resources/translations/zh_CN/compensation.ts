<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompensationPanel</name>
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
        <translation>尚无薪酬基准，这些录用方案暂时没有可比较的对象。</translation>
    </message>
    <message>
        <source>No benchmark matches this role&apos;s job family and level in any market, so there is nothing to compare with.</source>
        <translation>没有任何市场的薪酬基准与该职位的职族和职级匹配，因此暂时无从比较。</translation>
    </message>
    <message>
        <source>Add a benchmark</source>
        <translation>添加薪酬基准</translation>
    </message>
</context>
</TS>
