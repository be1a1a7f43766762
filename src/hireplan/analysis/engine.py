"""Runs every analysis over a plan and assembles the result."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from hireplan.analysis.budget import compute_budget
from hireplan.analysis.context import Context
from hireplan.analysis.offers import analyse_offer
from hireplan.analysis.parts import PARTS, parts_touched
from hireplan.analysis.progress import progress_of, sort_plan_items
from hireplan.analysis.results import OfferAnalysis, PlanAnalysis
from hireplan.analysis.risks import assess_risk
from hireplan.analysis.rules import acknowledge_and_order, raise_flags
from hireplan.analysis.rules_base import Facts, offer_rows
from hireplan.analysis.stale import find_stale
from hireplan.model import Plan

__all__ = ["PARTS", "analyse", "parts_touched", "reanalyse"]


def analyse(plan: Plan, *, today: date) -> PlanAnalysis:
    """Analyse ``plan`` as of ``today``; never raises on an empty or partial plan.

    ``today`` is explicit so results are reproducible (tests, exports dated to a day).
    """
    ctx = Context.build(plan, today)
    offers: dict[str, OfferAnalysis] = {offer.id: analyse_offer(ctx, offer) for offer in plan.offers}
    return _assemble(ctx, offers)


def reanalyse(
    plan: Plan,
    previous: PlanAnalysis,
    *,
    today: date,
    changed_offer_ids: set[str],
    touched: Iterable[str] | None = None,
) -> PlanAnalysis:
    """Analyse again after edits that touched only some parts of the plan.

    Offers not in ``changed_offer_ids`` reuse their previous figures. ``touched`` names the
    :data:`PARTS` changed since ``previous`` (offers inserted or removed count as "offers"; a
    changed offer id implies it); None means any of them. Only what reads a touched part is
    recomputed: progress for the checklist, assessments for risks, the budget for offers, and
    the rules that read them; acknowledgements are applied afresh every time. The result equals
    ``analyse(plan, today=today)``; the caller must call that instead after any change outside
    :data:`PARTS`.
    """
    if today != previous.today or plan.reporting_currency != previous.reporting_currency:
        return analyse(plan, today=today)
    parts = PARTS if touched is None else frozenset(touched) & PARTS
    if changed_offer_ids:
        parts |= {"offers"}
    kept = previous.context
    ctx = (
        kept.carried_over(checklist_changed="checklist" in parts)
        if isinstance(kept, Context) and kept.plan is plan
        else Context.build(plan, today)
    )
    offers: dict[str, OfferAnalysis] = dict(previous.offers)
    redo: set[str] = set()
    if "offers" in parts:
        offers = {}
        for offer in plan.offers:
            old = previous.offers.get(offer.id)
            if old is None or offer.id in changed_offer_ids:
                offers[offer.id] = analyse_offer(ctx, offer)
                redo.add(offer.id)
            else:
                offers[offer.id] = old
    return _assemble(ctx, offers, previous, parts, frozenset(redo))


def _assemble(
    ctx: Context,
    offers: dict[str, OfferAnalysis],
    previous: PlanAnalysis | None = None,
    parts: frozenset[str] = PARTS,
    redo_offer_ids: frozenset[str] | None = None,
) -> PlanAnalysis:
    plan = ctx.plan
    step_items = (
        sort_plan_items(plan, ctx.today) if previous is None or "checklist" in parts else previous.step_items
    )
    progress = progress_of(step_items) if previous is None or "checklist" in parts else previous.progress
    risks = (
        tuple(assess_risk(risk, plan.settings, ctx.today) for risk in plan.risks)
        if previous is None or "risks" in parts
        else previous.risks
    )
    stale = find_stale(plan, ctx.today) if previous is None else previous.stale
    if previous is None:
        budget = compute_budget(plan, offers, ctx.rates)
    elif "offers" in parts:
        budget = compute_budget(plan, offers, ctx.rates, (previous.budget, previous.offers))
    else:
        budget = previous.budget
    facts = Facts(
        ctx=ctx,
        offers=offers,
        progress=progress,
        risks=risks,
        stale=stale,
        step_items=step_items,
        offer_rows=offer_rows(ctx, offers),
        budget=budget,
    )
    raised = (
        raise_flags(facts) if previous is None else raise_flags(facts, previous.raised, parts, redo_offer_ids)
    )
    return PlanAnalysis(
        plan_id=plan.id,
        today=ctx.today,
        reporting_currency=plan.reporting_currency,
        progress=progress,
        offers=offers,
        budget=budget,
        risks=risks,
        stale=stale,
        flags=acknowledge_and_order(raised, facts),
        raised=raised,
        step_items=step_items,
        context=ctx,
    )
