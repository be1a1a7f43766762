"""Readable names for the plan objects that analysis results point at by id."""

from __future__ import annotations

from hireplan.analysis import Ref
from hireplan.model import Offer, Plan


class PlanIndex:
    """Look up plan objects by id and say what they are in a few words."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.markets = {m.id: m for m in plan.markets}
        self.roles = {r.id: r for r in plan.roles}
        self.offers = {o.id: o for o in plan.offers}
        self.benchmarks = {b.id: b for b in plan.benchmarks}
        self.rates = {r.id: r for r in plan.exchange_rates}
        self.ppp = {p.id: p for p in plan.ppp_factors}
        self.risks = {r.id: r for r in plan.risks}
        self.policy = {p.id: p for p in plan.policy_watch}
        self.steps = {s.id: s for s in plan.steps}
        self.items = {i.id: (s, i) for s in plan.steps for i in s.items}

    def market_name(self, market_id: str) -> str:
        market = self.markets.get(market_id)
        return market.name if market is not None else f"unknown market '{market_id}'"

    def role_title(self, role_id: str) -> str:
        role = self.roles.get(role_id)
        return role.title if role is not None else f"unknown role '{role_id}'"

    def offer_label(self, offer: Offer) -> str:
        label = f"{self.role_title(offer.role_id)} — {self.market_name(offer.market_id)}"
        return f"{label} ({offer.candidate})" if offer.candidate else label

    def describe(self, ref: Ref) -> str:
        """E.g. ``benchmark ML engineer, Beijing`` or ``exchange rate USD/CNY``."""
        kind, key = ref.kind, ref.id
        if kind == "benchmark" and (b := self.benchmarks.get(key)) is not None:
            level = f" {b.level.label.lower()}" if b.level is not None else ""
            return f"benchmark {b.job_family}{level}, {self.market_name(b.market_id)}"
        if kind == "rate" and (r := self.rates.get(key)) is not None:
            return f"exchange rate {r.base}/{r.quote}"
        if kind == "ppp" and (p := self.ppp.get(key)) is not None:
            return f"PPP factor {p.currency}" + (f" ({p.country})" if p.country else "")
        if kind == "offer" and (o := self.offers.get(key)) is not None:
            return f"offer {self.offer_label(o)}"
        if kind == "role" and key in self.roles:
            return f"role {self.role_title(key)}"
        if kind == "market" and key in self.markets:
            return f"market {self.market_name(key)}"
        if kind == "item" and key in self.items:
            return f"item {self.items[key][1].text}"
        if kind == "step" and (s := self.steps.get(key)) is not None:
            return f"step {s.title}"
        if kind == "risk" and (k := self.risks.get(key)) is not None:
            return f"risk {k.title}"
        if kind == "policy" and (e := self.policy.get(key)) is not None:
            return f"policy watch {e.topic}"
        if kind == "plan":
            return "the plan"
        return f"{kind} {key}"
