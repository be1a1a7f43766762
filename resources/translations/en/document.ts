<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditNames</name>
    <message numerus="yes">
        <source>Add %n checklist item(s)</source>
        <translation>
            <numerusform>Add %n checklist item</numerusform>
            <numerusform>Add %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n role(s)</source>
        <translation>
            <numerusform>Add %n role</numerusform>
            <numerusform>Add %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n offer(s)</source>
        <translation>
            <numerusform>Add %n offer</numerusform>
            <numerusform>Add %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n benchmark(s)</source>
        <translation>
            <numerusform>Add %n benchmark</numerusform>
            <numerusform>Add %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n pay band(s)</source>
        <translation>
            <numerusform>Add %n pay band</numerusform>
            <numerusform>Add %n pay bands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n market(s)</source>
        <translation>
            <numerusform>Add %n market</numerusform>
            <numerusform>Add %n markets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n exchange rate(s)</source>
        <translation>
            <numerusform>Add %n exchange rate</numerusform>
            <numerusform>Add %n exchange rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n PPP factor(s)</source>
        <translation>
            <numerusform>Add %n PPP factor</numerusform>
            <numerusform>Add %n PPP factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n risk(s)</source>
        <translation>
            <numerusform>Add %n risk</numerusform>
            <numerusform>Add %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n policy entry(ies)</source>
        <translation>
            <numerusform>Add %n policy entry</numerusform>
            <numerusform>Add %n policy entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s)</source>
        <translation>
            <numerusform>Add %n step</numerusform>
            <numerusform>Add %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n checklist item(s)</source>
        <translation>
            <numerusform>Delete %n checklist item</numerusform>
            <numerusform>Delete %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n role(s)</source>
        <translation>
            <numerusform>Delete %n role</numerusform>
            <numerusform>Delete %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n offer(s)</source>
        <translation>
            <numerusform>Delete %n offer</numerusform>
            <numerusform>Delete %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n benchmark(s)</source>
        <translation>
            <numerusform>Delete %n benchmark</numerusform>
            <numerusform>Delete %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n pay band(s)</source>
        <translation>
            <numerusform>Delete %n pay band</numerusform>
            <numerusform>Delete %n pay bands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n market(s)</source>
        <translation>
            <numerusform>Delete %n market</numerusform>
            <numerusform>Delete %n markets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n exchange rate(s)</source>
        <translation>
            <numerusform>Delete %n exchange rate</numerusform>
            <numerusform>Delete %n exchange rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n PPP factor(s)</source>
        <translation>
            <numerusform>Delete %n PPP factor</numerusform>
            <numerusform>Delete %n PPP factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)</source>
        <translation>
            <numerusform>Delete %n risk</numerusform>
            <numerusform>Delete %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n policy entry(ies)</source>
        <translation>
            <numerusform>Delete %n policy entry</numerusform>
            <numerusform>Delete %n policy entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Delete %n step</numerusform>
            <numerusform>Delete %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n checklist item(s)</source>
        <translation>
            <numerusform>Duplicate %n checklist item</numerusform>
            <numerusform>Duplicate %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n role(s)</source>
        <translation>
            <numerusform>Duplicate %n role</numerusform>
            <numerusform>Duplicate %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n offer(s)</source>
        <translation>
            <numerusform>Duplicate %n offer</numerusform>
            <numerusform>Duplicate %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n benchmark(s)</source>
        <translation>
            <numerusform>Duplicate %n benchmark</numerusform>
            <numerusform>Duplicate %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n pay band(s)</source>
        <translation>
            <numerusform>Duplicate %n pay band</numerusform>
            <numerusform>Duplicate %n pay bands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n market(s)</source>
        <translation>
            <numerusform>Duplicate %n market</numerusform>
            <numerusform>Duplicate %n markets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n exchange rate(s)</source>
        <translation>
            <numerusform>Duplicate %n exchange rate</numerusform>
            <numerusform>Duplicate %n exchange rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n PPP factor(s)</source>
        <translation>
            <numerusform>Duplicate %n PPP factor</numerusform>
            <numerusform>Duplicate %n PPP factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n risk(s)</source>
        <translation>
            <numerusform>Duplicate %n risk</numerusform>
            <numerusform>Duplicate %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n policy entry(ies)</source>
        <translation>
            <numerusform>Duplicate %n policy entry</numerusform>
            <numerusform>Duplicate %n policy entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n step(s)</source>
        <translation>
            <numerusform>Duplicate %n step</numerusform>
            <numerusform>Duplicate %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n checklist item(s)</source>
        <translation>
            <numerusform>Change %n checklist item</numerusform>
            <numerusform>Change %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n role(s)</source>
        <translation>
            <numerusform>Change %n role</numerusform>
            <numerusform>Change %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n offer(s)</source>
        <translation>
            <numerusform>Change %n offer</numerusform>
            <numerusform>Change %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n benchmark(s)</source>
        <translation>
            <numerusform>Change %n benchmark</numerusform>
            <numerusform>Change %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n pay band(s)</source>
        <translation>
            <numerusform>Change %n pay band</numerusform>
            <numerusform>Change %n pay bands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n market(s)</source>
        <translation>
            <numerusform>Change %n market</numerusform>
            <numerusform>Change %n markets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n exchange rate(s)</source>
        <translation>
            <numerusform>Change %n exchange rate</numerusform>
            <numerusform>Change %n exchange rates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n PPP factor(s)</source>
        <translation>
            <numerusform>Change %n PPP factor</numerusform>
            <numerusform>Change %n PPP factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n risk(s)</source>
        <translation>
            <numerusform>Change %n risk</numerusform>
            <numerusform>Change %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n policy entry(ies)</source>
        <translation>
            <numerusform>Change %n policy entry</numerusform>
            <numerusform>Change %n policy entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n step(s)</source>
        <translation>
            <numerusform>Change %n step</numerusform>
            <numerusform>Change %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n checklist item(s)</source>
        <translation>
            <numerusform>Change the status of %n checklist item</numerusform>
            <numerusform>Change the status of %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the owner of %n checklist item(s)</source>
        <translation>
            <numerusform>Change the owner of %n checklist item</numerusform>
            <numerusform>Change the owner of %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the priority of %n checklist item(s)</source>
        <translation>
            <numerusform>Change the priority of %n checklist item</numerusform>
            <numerusform>Change the priority of %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the due date of %n checklist item(s)</source>
        <translation>
            <numerusform>Change the due date of %n checklist item</numerusform>
            <numerusform>Change the due date of %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record a check of %n policy entry(ies)</source>
        <translation>
            <numerusform>Record a check of %n policy entry</numerusform>
            <numerusform>Record a check of %n policy entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n checklist item(s)</source>
        <translation>
            <numerusform>Move %n checklist item</numerusform>
            <numerusform>Move %n checklist items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message numerus="yes">
        <source>Acknowledge %n flag(s)</source>
        <translation>
            <numerusform>Acknowledge %n flag</numerusform>
            <numerusform>Acknowledge %n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n acknowledgement(s)</source>
        <translation>
            <numerusform>Withdraw %n acknowledgement</numerusform>
            <numerusform>Withdraw %n acknowledgements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n checklist item(s)</source>
        <translation>
            <numerusform>Paste %n checklist item</numerusform>
            <numerusform>Paste %n checklist items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n role(s)</source>
        <translation>
            <numerusform>Paste %n role</numerusform>
            <numerusform>Paste %n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n offer(s)</source>
        <translation>
            <numerusform>Paste %n offer</numerusform>
            <numerusform>Paste %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n benchmark(s)</source>
        <translation>
            <numerusform>Paste %n benchmark</numerusform>
            <numerusform>Paste %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n risk(s)</source>
        <translation>
            <numerusform>Paste %n risk</numerusform>
            <numerusform>Paste %n risks</numerusform>
        </translation>
    </message>
</context>
</TS>
