<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>OfferForm</name>
    <message numerus="yes">
        <source>{severity}: {title} (%n flags)</source>
        <translation>
            <numerusform>{severity}: {title} (%n flag)</numerusform>
            <numerusform>{severity}: {title} (%n flags)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message numerus="yes">
        <source>%n guaranteed extra month(s)</source>
        <translation>
            <numerusform>%n guaranteed extra month</numerusform>
            <numerusform>%n guaranteed extra months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message numerus="yes">
        <source>Offers made: %n, costing {cost} in year one.</source>
        <translation>
            <numerusform>Offers made: %n, costing {cost} in year one.</numerusform>
            <numerusform>Offers made: %n, costing {cost} in year one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open seats: %n, priced at the planned cost per hire.</source>
        <translation>
            <numerusform>Open seats: %n, priced at the planned cost per hire.</numerusform>
            <numerusform>Open seats: %n, priced at the planned cost per hire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open seats: %n, priced at the dearest offer.</source>
        <translation>
            <numerusform>Open seats: %n, priced at the dearest offer.</numerusform>
            <numerusform>Open seats: %n, priced at the dearest offer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seats that cannot be priced yet: %n.</source>
        <translation>
            <numerusform>Seats that cannot be priced yet: %n.</numerusform>
            <numerusform>Seats that cannot be priced yet: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesOffersPanel</name>
    <message numerus="yes">
        <source>The selected roles have %n offer(s); they will be deleted too. You can undo this.</source>
        <translation>
            <numerusform>The selected roles have %n offer; they will be deleted too. You can undo this.</numerusform>
            <numerusform>The selected roles have %n offers; they will be deleted too. You can undo this.</numerusform>
        </translation>
    </message>
</context>
</TS>
