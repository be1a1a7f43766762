"""The kinds of object a plan holds, and what the app knows about each kind, in one table.

A *kind* ("offer", "ppp", "policy"...) names a sort of plan object wherever the code must say
which one it means: the document's edit methods and change signals, a flag's references
(:class:`hireplan.analysis.results.Ref`), undo texts ("Delete 3 roles"), the names in flags and
exports. Every table keyed by kind elsewhere is derived from :data:`KINDS`, except the screen that
edits each kind (``gui/shell/section_panels.SECTION_OF_KIND``) and the part of the analysis an
edit touches (:mod:`hireplan.analysis.parts`), which belong to their own layers.

To add a kind: add it to :data:`Kind` and give it a row in :data:`KINDS` (a test checks that both
agree and that every row is complete), then map it in ``SECTION_OF_KIND`` and in
:func:`hireplan.analysis.parts.parts_touched`. Flag keys and stored acknowledgements hold object
ids only, never kinds, so no saved file depends on these names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, TypeGuard, cast, get_args

from hireplan.i18n import N_
from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem, Step
from hireplan.model.market import Benchmark, ExchangeRate, Market, PayBand, PppFactor
from hireplan.model.plan import Plan, PlanSettings
from hireplan.model.risk import PolicyWatchEntry, Risk
from hireplan.model.roles import Offer, Role
from hireplan.model.wording import plural

Kind = Literal[
    "plan",
    "settings",
    "step",
    "item",
    "role",
    "offer",
    "benchmark",
    "band",
    "market",
    "rate",
    "ppp",
    "risk",
    "policy",
]
"""Every kind of object the edits and the analysis can point at."""


@dataclass(frozen=True, slots=True)
class KindInfo:
    """What the app knows about one kind of plan object."""

    kind: Kind
    model: type[HireplanModel]
    """The class of its objects, so a wrong object is refused before it reaches the plan."""
    list_attr: str | None
    """The plan's top-level list holding them; None for the plan, its settings, steps and items."""
    noun: str
    """Singular, as inside a sentence: ``exchange rate``."""
    nouns: str
    """Plural, as inside a sentence: ``exchange rates``."""
    label: str
    """Singular, as a label before a name: ``Exchange rate: USD/CNY`` (an English msgid: translate
    with ``hireplan.i18n._`` where it is shown)."""
    heading: str
    """Plural, as the heading of a list of them: ``Exchange rates``."""
    jump_rank: int
    """Which object a "go to" from a flag shows first (lowest first): the one a person would edit
    to clear the flag, so an item before its step and an offer before its role or market."""
    in_refs: bool = True
    """Whether a flag can point at it (the plan's settings are edited, never pointed at)."""

    def counted(self, count: int) -> str:
        """``1 exchange rate`` / ``3 exchange rates``."""
        return plural(count, self.noun, self.nouns)


# fmt: off
_TABLE = (
    KindInfo("plan", Plan, list_attr=None, jump_rank=10,
             noun=N_("plan"), nouns="plans", label=N_("Plan"), heading="Plans"),
    KindInfo("settings", PlanSettings, list_attr=None, jump_rank=11, in_refs=False,
             noun=N_("plan setting"), nouns="plan settings", label=N_("Settings"), heading="Settings"),
    KindInfo("step", Step, list_attr=None, jump_rank=9,
             noun=N_("step"), nouns="steps", label=N_("Step"), heading="Steps"),
    KindInfo("item", ChecklistItem, list_attr=None, jump_rank=0,
             noun=N_("item"), nouns="items", label=N_("Item"), heading="Checklist items"),
    KindInfo("role", Role, list_attr="roles", jump_rank=7,
             noun=N_("role"), nouns="roles", label=N_("Role"), heading="Roles"),
    KindInfo("offer", Offer, list_attr="offers", jump_rank=1,
             noun=N_("offer"), nouns="offers", label=N_("Offer"), heading="Offers"),
    KindInfo("benchmark", Benchmark, list_attr="benchmarks", jump_rank=4,
             noun=N_("benchmark"), nouns="benchmarks", label=N_("Benchmark"), heading="Pay benchmarks"),
    KindInfo("band", PayBand, list_attr="pay_bands", jump_rank=12,
             noun=N_("pay band"), nouns="pay bands", label=N_("Pay band"), heading="Internal pay bands"),
    KindInfo("market", Market, list_attr="markets", jump_rank=8,
             noun=N_("market"), nouns="markets", label=N_("Market"), heading="Markets"),
    KindInfo("rate", ExchangeRate, list_attr="exchange_rates", jump_rank=5,
             noun=N_("exchange rate"), nouns="exchange rates", label=N_("Exchange rate"),
             heading="Exchange rates"),
    KindInfo("ppp", PppFactor, list_attr="ppp_factors", jump_rank=6,
             noun=N_("PPP factor"), nouns="PPP factors", label=N_("PPP factor"), heading="PPP factors"),
    KindInfo("risk", Risk, list_attr="risks", jump_rank=2,
             noun=N_("risk"), nouns="risks", label=N_("Risk"), heading="Risks"),
    KindInfo("policy", PolicyWatchEntry, list_attr="policy_watch", jump_rank=3,
             noun=N_("policy entry"), nouns="policy entries", label=N_("Policy entry"),
             heading="Policy watch"),
)
# fmt: on

KINDS: dict[Kind, KindInfo] = {info.kind: info for info in _TABLE}
"""The one table of kinds, in the order screens list them."""

KIND_LISTS: dict[Kind, str] = {kind: info.list_attr for kind, info in KINDS.items() if info.list_attr}
"""Kinds kept in a top-level list of the plan, and the name of that list."""

REF_KINDS: frozenset[Kind] = frozenset(kind for kind, info in KINDS.items() if info.in_refs)
"""Kinds a flag's reference may name."""


def is_kind(name: str) -> TypeGuard[Kind]:
    """Whether ``name`` is one of the kinds in :data:`KINDS`."""
    return name in KINDS


def kind_info(name: str) -> KindInfo:
    """The row of :data:`KINDS` for ``name``; ``ValueError`` for a name that is not a kind."""
    if not is_kind(name):
        raise ValueError(f"Unknown kind of object: {name!r}.")
    return KINDS[name]


def counted(kind: str, count: int) -> str:
    """``1 role``, ``3 policy entries``: a count of objects of ``kind``."""
    return kind_info(kind).counted(count)


def objects_of(plan: Plan, kind: Kind) -> Iterator[HireplanModel]:
    """Every object of ``kind`` in ``plan``, in plan order (the plan itself for ``plan``)."""
    if kind == "plan":
        yield plan
    elif kind == "settings":
        yield plan.settings
    elif kind == "step":
        yield from plan.steps
    elif kind == "item":
        yield from (item for step in plan.steps for item in step.items)
    else:
        yield from cast("list[HireplanModel]", getattr(plan, KIND_LISTS[kind]))


assert set(KINDS) == set(get_args(Kind)), "every Kind needs a row in KINDS, and nothing else may have one"
