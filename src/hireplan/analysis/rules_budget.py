"""Rules about the plan's own limits: offers outside the employer's pay band, or over the planned budget."""

from __future__ import annotations

from collections.abc import Iterator

from hireplan.analysis.format import format_money
from hireplan.analysis.results import Flag, Ref, Severity
from hireplan.analysis.rules_base import Facts, RuleInfo
from hireplan.analysis.rules_pay import describe_offer
from hireplan.i18n import N_, _, ngettext
from hireplan.model import PAY_BASIS_WORDS_BY_VALUE

OUTSIDE_BAND = RuleInfo(
    id="offer-outside-band",
    category="compensation",
    title=N_("Offer outside the internal pay band"),
    mitigation=N_(
        "Bring the offer into the band, or get the exception approved and write down why (a scarce "
        "skill, a counteroffer to beat); check the band against the market if this happens often."
    ),
    rationale=N_("Internal equity: people at one level paid far apart is a retention risk of its own."),
)

OVER_PLAN = RuleInfo(
    id="offers-over-plan",
    category="budget",
    title=N_("Offers cost more than the planned budget"),
    mitigation=N_(
        "Agree the extra budget before the offers are accepted, or fund it from the role's open seats."
    ),
    rationale=N_("A hiring plan is a budget: overspends found at year end are the ones that stop hiring."),
)

RULES = (OUTSIDE_BAND, OVER_PLAN)


def offer_outside_band(facts: Facts) -> Iterator[Flag]:
    """An offer below its band's minimum or above its maximum (medium), on the band's basis."""
    for offer, analysis, role in facts.offer_rows:
        band = analysis.pay_band
        if band is None or band.amount is None or not band.outside:
            continue
        amount = band.amount
        what = describe_offer(offer, role)
        limit = band.minimum if band.outside == "below" else band.maximum
        pays, edge = format_money(amount, band.currency), format_money(limit, band.currency)
        words = _(PAY_BASIS_WORDS_BY_VALUE[band.basis])
        template = (
            _("{offer} pays {pays} on {basis}, under the band's minimum of {edge}.")
            if band.outside == "below"
            else _("{offer} pays {pays} on {basis}, over the band's maximum of {edge}.")
        )
        message = template.format(offer=what[:1].upper() + what[1:], pays=pays, basis=words, edge=edge)
        refs = [Ref("offer", offer.id)]
        if role is not None:
            refs.append(Ref("role", role.id))
        refs.append(Ref("band", band.band_id))
        yield OUTSIDE_BAND.flag(
            Severity.MEDIUM,
            message,
            refs,
            subject=band.outside,
            figure=amount / limit if limit else None,
            lower_is_worse=band.outside == "below",
        )


def offers_over_plan(facts: Facts) -> Iterator[Flag]:
    """A role whose offers made cost more in year one than the plan allows for their seats."""
    budget = facts.budget
    if budget is None:
        return
    titles = {role.id: role.title for role in facts.ctx.plan.roles}
    currency = budget.currency
    for cost in budget.roles:
        allowed = cost.offers_planned
        if not cost.over_plan or allowed is None:
            continue
        title = titles.get(cost.role_id, cost.role_id)
        spent, over = (
            format_money(cost.offers_cost, currency),
            format_money(cost.offers_cost - allowed, currency),
        )
        planned = format_money(allowed, currency)
        message = ngettext(
            "The offer for the role '{role}' costs {spent} in year one against {planned} planned for its "
            "seat, {over} over.",
            "The {count} offers for the role '{role}' cost {spent} in year one against {planned} planned for "
            "their seats, {over} over.",
            cost.offers_counted,
        ).format(count=cost.offers_counted, role=title, spent=spent, planned=planned, over=over)
        yield OVER_PLAN.flag(
            Severity.MEDIUM,
            message,
            [Ref("role", cost.role_id)],
            figure=cost.offers_cost / allowed if allowed else None,
            lower_is_worse=False,
        )
