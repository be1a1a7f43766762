<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BudgetText</name>
    <message numerus="yes">
        <source>%n hire(s)</source>
        <translation>
            <numerusform>%n hire</numerusform>
            <numerusform>%n hires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message numerus="yes">
        <source>Not fully priced: %n role(s) with seats that have no plan, offer or rate ({names}).</source>
        <translation>
            <numerusform>Not fully priced: %n role with seats that have no plan, offer or rate ({names}).</numerusform>
            <numerusform>Not fully priced: %n roles with seats that have no plan, offer or rate ({names}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more role(s)</source>
        <translation>
            <numerusform>and %n more role</numerusform>
            <numerusform>and %n more roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) cannot be compared with the market: no benchmark matches the role.</source>
        <translation>
            <numerusform>%n offer cannot be compared with the market: no benchmark matches its role.</numerusform>
            <numerusform>%n offers cannot be compared with the market: no benchmark matches their roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) cannot be compared with the market: their market&apos;s benchmark gives no median (P50).</source>
        <translation>
            <numerusform>%n offer cannot be compared with the market: its market&apos;s benchmark gives no median (P50).</numerusform>
            <numerusform>%n offers cannot be compared with the market: their markets&apos; benchmarks give no median (P50).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) cannot be compared with the market: no exchange rate links the offer&apos;s currency to its benchmark&apos;s.</source>
        <translation>
            <numerusform>%n offer cannot be compared with the market: no exchange rate links its currency to its benchmark&apos;s.</numerusform>
            <numerusform>%n offers cannot be compared with the market: no exchange rate links their currencies to their benchmarks&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n benchmarks and exchange rates are dated within the last {limit} days.</source>
        <translation>
            <numerusform>The only benchmark or exchange rate is dated within the last {limit} days.</numerusform>
            <numerusform>All %n benchmarks and exchange rates are dated within the last {limit} days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) older than {days} or undated ({undated} undated): figures compared against them may mislead.</source>
        <translation>
            <numerusform>%n entry older than {days} or undated ({undated} undated): figures compared against them may mislead.</numerusform>
            <numerusform>%n entries older than {days} or undated ({undated} undated): figures compared against them may mislead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) older than {days}: figures compared against them may mislead.</source>
        <translation>
            <numerusform>%n entry older than {days}: figures compared against them may mislead.</numerusform>
            <numerusform>%n entries older than {days}: figures compared against them may mislead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date}, %n day(s) old</source>
        <translation>
            <numerusform>{date}, %n day old</numerusform>
            <numerusform>{date}, %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n checklist item</numerusform>
            <numerusform>%n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n market(s)</source>
        <translation>
            <numerusform>%n market</numerusform>
            <numerusform>%n markets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n benchmark(s)</source>
        <translation>
            <numerusform>%n benchmark</numerusform>
            <numerusform>%n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
</context>
</TS>
