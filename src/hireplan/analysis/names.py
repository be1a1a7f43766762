"""How the app names a plan object, in flags, exports and screens: one module, one way per kind.

Analysis results point at objects by id (:class:`~hireplan.analysis.results.Ref`); this says what
those objects are in words. :class:`PlanNames` looks objects up by id in per-kind indexes built on
first use, reads the name from the object when asked (so a rename shows at once), and offers the
three forms the app uses: a short name for screens (:meth:`PlanNames.name`), a name with its kind
for exports (:meth:`PlanNames.describe`) and the "Refers to" text of a flag
(:meth:`PlanNames.refers_to`). The Qt glue (names that follow an open document, the market
drop-down) is ``hireplan.gui.common.plan_names``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import cast

from hireplan.analysis.results import Ref
from hireplan.i18n import N_, _
from hireplan.model import (
    Benchmark,
    ChecklistItem,
    ExchangeRate,
    HireplanModel,
    Market,
    Offer,
    Plan,
    PolicyWatchEntry,
    PppFactor,
    Risk,
    Role,
    Step,
)
from hireplan.model.kinds import KINDS, Kind, kind_info, objects_of
from hireplan.model.wording import shorten

NAME_WIDTH = 60
"""Screens show a name in at most this many characters (see :func:`hireplan.model.wording.shorten`)."""


def unknown_market(market_id: str) -> str:
    """What a reference to a market the plan does not hold reads as."""
    return f"(unknown market {market_id})"


def market_name(plan: Plan, market_id: str | None) -> str:
    """The name of the plan's market ``market_id``; empty for no market (one lookup, no index)."""
    if not market_id:
        return ""
    for market in plan.markets:
        if market.id == market_id:
            return market.name
    return unknown_market(market_id)


def market_choices(plan: Plan) -> list[tuple[str, str]]:
    """``(label, id)`` of each market, for a drop-down: ``Beijing (CNY)``."""
    return [(f"{market.name} ({market.currency})", market.id) for market in plan.markets]


class PlanNames:
    """Names of one plan's objects by id.

    Give a plan, or a function returning the current plan (an open document's plan is replaced on
    New or Open). Only the id -> object indexes are cached: call :meth:`invalidate` when objects
    are added or removed; renames need nothing, names are read at call time.
    """

    def __init__(self, plan: Plan | Callable[[], Plan]) -> None:
        self._plan_getter: Callable[[], Plan] = (lambda: plan) if isinstance(plan, Plan) else plan
        self._index: dict[Kind, dict[str, HireplanModel]] = {}

    @property
    def plan(self) -> Plan:
        return self._plan_getter()

    def invalidate(self) -> None:
        """Forget the indexes (objects were added or removed, or the plan was replaced)."""
        self._index.clear()

    def objects(self, kind: Kind) -> dict[str, HireplanModel]:
        """The objects of ``kind`` by id."""
        found = self._index.get(kind)
        if found is None:
            found = {str(getattr(obj, "id", "")): obj for obj in objects_of(self.plan, kind)}
            self._index[kind] = found
        return found

    def find(self, kind: str, obj_id: str) -> HireplanModel | None:
        """The object of ``kind`` with ``obj_id``, or None."""
        return self.objects(kind_info(kind).kind).get(obj_id)

    @property
    def markets(self) -> dict[str, Market]:
        return cast("dict[str, Market]", self.objects("market"))

    @property
    def roles(self) -> dict[str, Role]:
        return cast("dict[str, Role]", self.objects("role"))

    # ------------------------------------------------------------------ names of one kind

    def market_name(self, market_id: str | None, *, unknown: str | None = None) -> str:
        """The market's name; empty for no market; ``unknown`` (or a note) when it is not in the plan."""
        if not market_id:
            return ""
        market = self.markets.get(market_id)
        if market is not None:
            return market.name
        return unknown if unknown is not None else unknown_market(market_id)

    def role_title(self, role_id: str) -> str:
        role = self.roles.get(role_id)
        return role.title if role is not None else _("(unknown role {id})").format(id=role_id)

    def offer_label(self, offer: Offer) -> str:
        """``LLM researcher — Beijing (Dr. Wu)``: role, market and candidate, for tables of offers."""
        label = f"{self.role_title(offer.role_id)} — {self.market_name(offer.market_id)}"
        return f"{label} ({offer.candidate})" if offer.candidate else label

    # ------------------------------------------------------------------ names of anything a flag names

    def __call__(self, ref: Ref) -> str:
        return self.name(ref)

    def name(self, ref: Ref) -> str:
        """What a person calls the object, on one line: a title, a candidate and market, a currency pair."""
        obj = self.find(ref.kind, ref.id) if ref.kind != "plan" else self.plan
        if obj is None:
            return ref.id
        if isinstance(obj, Plan):
            return shorten(obj.title, NAME_WIDTH) or _("This plan")
        if isinstance(obj, Offer):
            role = self.roles.get(obj.role_id)
            who = obj.candidate.strip() or (
                _("offer for {role}").format(role=role.title) if role is not None else _("offer for a role")
            )
            market = self.market_name(obj.market_id, unknown=obj.market_id)
            return shorten(_("{who} ({market})").format(who=who, market=market), NAME_WIDTH)
        if isinstance(obj, Benchmark):
            market = self.market_name(obj.market_id, unknown=obj.market_id)
            named = (
                _("{market}, {family}").format(market=market, family=obj.job_family)
                if obj.level is None
                else _("{market}, {family} {level}").format(
                    market=market, family=obj.job_family, level=obj.level.label
                )
            )
            return shorten(named, NAME_WIDTH)
        if isinstance(obj, ExchangeRate):
            return f"{obj.base}/{obj.quote}"
        if isinstance(obj, PppFactor):
            return f"{obj.currency} {obj.country}".strip()
        if isinstance(obj, PolicyWatchEntry):
            return shorten(f"{obj.jurisdiction}: {obj.topic}", NAME_WIDTH)
        return shorten(_title_of(obj), NAME_WIDTH)

    def describe(self, ref: Ref) -> str:
        """The object with its kind, for exports: ``benchmark ML engineer, Beijing``, ``exchange rate
        USD/CNY``, in the current language."""
        kind, key = ref.kind, ref.id
        if kind == "plan":
            return _("the plan")
        obj = self.find(kind, key)
        if isinstance(obj, Benchmark):
            market = self.market_name(obj.market_id)
            if obj.level is None:
                return _("benchmark {family}, {market}").format(family=obj.job_family, market=market)
            level = _(obj.level.label).lower()
            return _("benchmark {family} {level}, {market}").format(
                family=obj.job_family, level=level, market=market
            )
        if isinstance(obj, ExchangeRate):
            name = f"{obj.base}/{obj.quote}"
        elif isinstance(obj, PppFactor):
            name = f"{obj.currency} ({obj.country})" if obj.country else obj.currency
        elif isinstance(obj, Offer):
            name = self.offer_label(obj)
        elif isinstance(obj, PolicyWatchEntry):
            name = obj.topic
        elif obj is not None:
            name = _title_of(obj)
        else:
            name = key
        return _(_DESCRIBED.get(kind, "{name}")).format(name=name)

    def refers_to(self, refs: Iterable[Ref]) -> str:
        """``Offer: Candidate A; Role: LLM research scientist``: what a flag is about, in words, in the
        current language (``录用方案：Candidate A；职位：LLM research scientist``)."""
        return _("; ").join(
            _("{kind}: {name}").format(kind=_(KINDS[ref.kind].label), name=self.name(ref)) for ref in refs
        )


_DESCRIBED: dict[str, str] = {
    "settings": N_("plan setting {name}"),
    "step": N_("step {name}"),
    "item": N_("item {name}"),
    "role": N_("role {name}"),
    "offer": N_("offer {name}"),
    "benchmark": N_("benchmark {name}"),
    "band": N_("pay band {name}"),
    "market": N_("market {name}"),
    "rate": N_("exchange rate {name}"),
    "ppp": N_("PPP factor {name}"),
    "risk": N_("risk {name}"),
    "policy": N_("policy entry {name}"),
}
"""How :meth:`PlanNames.describe` names each kind of object, as in a sentence."""


def _title_of(obj: HireplanModel) -> str:
    """The one text field that names an object of a kind named by its title, text or name."""
    if isinstance(obj, ChecklistItem):
        return obj.text
    if isinstance(obj, Market):
        return obj.name
    if isinstance(obj, Step | Role | Risk):
        return obj.title
    return ""
