"""Runs every analysis over a plan and assembles the result."""

from __future__ import annotations

from datetime import date

from hireplan.analysis.budget import compute_budget
from hireplan.analysis.context import Context
from hireplan.analysis.offers import analyse_offer
from hireplan.analysis.progress import progress_of, sort_plan_items
from hireplan.analysis.results import OfferAnalysis, PlanAnalysis
from hireplan.analysis.risks import assess_risk
from hireplan.analysis.rules import run_rules
from hireplan.analysis.rules_base import Facts, offer_rows
from hireplan.analysis.stale import find_stale
from hireplan.model import Plan


def analyse(plan: Plan, *, today: date) -> PlanAnalysis:
    """Analyse ``plan`` as of ``today``; never raises on an empty or partial plan.

    ``today`` is explicit so results are reproducible (tests, exports dated to a day).
    """
    ctx = Context.build(plan, today)
    offers: dict[str, OfferAnalysis] = {offer.id: analyse_offer(ctx, offer) for offer in plan.offers}
    return _assemble(ctx, offers)


def reanalyse(
    plan: Plan, previous: PlanAnalysis, *, today: date, changed_offer_ids: set[str]
) -> PlanAnalysis:
    """Analyse again after edits that touched only the given offers.

    Offers not in ``changed_offer_ids`` reuse their previous figures; the budget, progress and
    every rule are recomputed. The caller must call :func:`analyse` instead after any change to
    roles, markets, benchmarks, rates, PPP factors or settings, because those change every offer.
    """
    if today != previous.today or plan.reporting_currency != previous.reporting_currency:
        return analyse(plan, today=today)
    ctx = Context.build(plan, today)
    offers: dict[str, OfferAnalysis] = {}
    for offer in plan.offers:
        old = previous.offers.get(offer.id)
        if old is None or offer.id in changed_offer_ids:
            offers[offer.id] = analyse_offer(ctx, offer)
        else:
            offers[offer.id] = old
    return _assemble(ctx, offers)


def _assemble(ctx: Context, offers: dict[str, OfferAnalysis]) -> PlanAnalysis:
    plan = ctx.plan
    step_items = sort_plan_items(plan, ctx.today)
    progress = progress_of(step_items)
    risks = tuple(assess_risk(risk, plan.settings, ctx.today) for risk in plan.risks)
    stale = find_stale(plan, ctx.today)
    facts = Facts(
        ctx=ctx,
        offers=offers,
        progress=progress,
        risks=risks,
        stale=stale,
        step_items=step_items,
        offer_rows=offer_rows(ctx, offers),
    )
    return PlanAnalysis(
        plan_id=plan.id,
        today=ctx.today,
        reporting_currency=plan.reporting_currency,
        progress=progress,
        offers=offers,
        budget=compute_budget(plan, offers),
        risks=risks,
        stale=stale,
        flags=run_rules(facts),
    )
