"""Named edits a person makes in one go: add a fresh object, acknowledge flags, withdraw
acknowledgements, switch an offer's bonus unit, record or change the package a candidate would
give up, change the plan's settings.

Each reads the plan and returns the :class:`~hireplan.model.edits.FieldChange` list that makes
it, so the same edit is one undo step in the window (``PlanDocument.acknowledge_flags`` and its
siblings) and one call headless: ``apply_changes(plan, acknowledge(plan, keys, ...))``. None of
them changes the plan itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from hireplan.i18n import _
from hireplan.model.base import HireplanModel
from hireplan.model.edits import FieldChange
from hireplan.model.field_wording import describe_field_error
from hireplan.model.market import Benchmark, ExchangeRate, Market, PayBand, PppFactor
from hireplan.model.plan import Plan
from hireplan.model.risk import Acknowledgement, PolicyWatchEntry, Risk
from hireplan.model.roles import BonusKind, CompetingPackage, Offer, Role


def new_object(plan: Plan, kind: str, *, role_id: str | None = None) -> HireplanModel:
    """A fresh object of ``kind`` with the values a person starts from, ready to add to the plan.

    A role takes the job family most of the plan's benchmarks share, so that its offers can be
    compared at once in a plan started from a template (the person changes it when it is wrong).
    An offer is for ``role_id`` (or the first role) in that role's market, else the first market
    with a benchmark for the role's job family, else the first market, in the market's currency,
    with no base yet (no rule judges it until one is entered); a benchmark is in the first market.
    Raises ``ValueError`` saying what to add first when the plan lacks what the new object must
    refer to.
    """
    reporting = plan.reporting_currency
    if kind == "role":
        return Role(title="New role", job_family=_common_job_family(plan))
    if kind == "offer":
        role = next((r for r in plan.roles if r.id == role_id), plan.roles[0] if plan.roles else None)
        if role is None or not plan.markets:
            raise ValueError(_("Add a role and a market first: an offer is for a role in a market."))
        market = _offer_market(plan, role)
        return Offer(role_id=role.id, market_id=market.id, currency=market.currency, base=Decimal(0))
    if kind == "benchmark":
        if not plan.markets:
            raise ValueError(_("Add a market first: every benchmark belongs to a market."))
        market = plan.markets[0]
        return Benchmark(market_id=market.id, job_family="New job family", currency=market.currency)
    if kind == "band":
        if not plan.markets:
            raise ValueError(_("Add a market first: every pay band belongs to a market."))
        role = plan.roles[0] if plan.roles else None
        market = next(
            (m for m in plan.markets if role is not None and m.id == role.market_id), plan.markets[0]
        )
        zero = Decimal(0)
        return PayBand(
            market_id=market.id,
            job_family=role.job_family if role is not None and role.job_family else "New job family",
            level=role.level if role is not None else None,
            currency=market.currency,
            minimum=zero,
            midpoint=zero,
            maximum=zero,
        )
    if kind == "market":
        return Market(name="New market", currency=reporting)
    if kind == "rate":
        quote = next((m.currency for m in plan.markets if m.currency != reporting), None)
        return ExchangeRate(
            base=reporting, quote=quote or ("CNY" if reporting != "CNY" else "USD"), rate=Decimal(1)
        )
    if kind == "ppp":
        return PppFactor(currency=reporting, factor=Decimal(1))
    if kind == "risk":
        return Risk(title="New risk")
    if kind == "policy":
        return PolicyWatchEntry(jurisdiction="", topic="New topic", owner=plan.owner)
    raise ValueError(f"New objects of kind {kind!r} are not added to a list of the plan.")


Accepted = tuple[str, Decimal | None]
"""What a flag was when accepted: its severity (``"high"``...) and its figure (None if it has none)."""


def new_acknowledgement(
    plan: Plan,
    key: str,
    reason: str,
    review_date: date,
    today: date,
    *,
    by: str | None = None,
    accepted: Accepted | None = None,
) -> Acknowledgement:
    """One acknowledgement: by the plan's owner unless ``by`` names someone, recording the flag's
    severity and figure when given (the flag reopens when it gets worse than that)."""
    severity, figure = accepted if accepted is not None else (None, None)
    return Acknowledgement(
        flag_key=key,
        reason=reason,
        review_date=review_date,
        acknowledged_on=today,
        acknowledged_by=plan.owner if by is None else by,
        severity=severity,
        figure=figure,
    )


def acknowledge(
    plan: Plan,
    keys: Iterable[str],
    reason: str,
    review_date: date,
    today: date,
    *,
    by: str | None = None,
    accepted: dict[str, Accepted] | None = None,
) -> list[FieldChange]:
    """Accept the flags with ``keys`` until ``review_date`` for ``reason``, acknowledged ``today``
    by ``by`` (the plan's owner when None), each as it is now (``accepted``: key -> severity, figure).

    A flag acknowledged before gets the new reason and date (one acknowledgement per flag).
    Raises ``ValueError`` with a readable message when the reason or date is refused.
    """
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return []
    kept = [ack for ack in plan.acknowledgements if ack.flag_key not in wanted]
    states = accepted or {}
    try:
        added = [
            new_acknowledgement(plan, key, reason, review_date, today, by=by, accepted=states.get(key))
            for key in wanted
        ]
    except ValidationError as error:
        field = str(error.errors(include_url=False)[0]["loc"][0])
        raise ValueError(describe_field_error(field, error)) from None
    return [FieldChange("plan", plan.id, "acknowledgements", kept + added)]


def withdraw(plan: Plan, keys: Iterable[str]) -> list[FieldChange]:
    """Make the flags with ``keys`` open again: their acknowledgements go."""
    gone = set(keys)
    kept = [ack for ack in plan.acknowledgements if ack.flag_key not in gone]
    if len(kept) == len(plan.acknowledgements):
        return []
    return [FieldChange("plan", plan.id, "acknowledgements", kept)]


def _common_job_family(plan: Plan) -> str:
    """The job family most benchmarks share (the first of equals), else none."""
    counts = Counter(b.job_family.strip() for b in plan.benchmarks if b.job_family.strip())
    return counts.most_common(1)[0][0] if counts else ""


def _offer_market(plan: Plan, role: Role) -> Market:
    """Where a new offer for ``role`` goes: its own market, else the first one that has a benchmark
    for its job family (so the offer can be compared), else the plan's first market."""
    own = next((m for m in plan.markets if m.id == role.market_id), None)
    if own is not None:
        return own
    family = role.job_family.strip().casefold()
    with_benchmark = {
        b.market_id for b in plan.benchmarks if family and b.job_family.strip().casefold() == family
    }
    return next((m for m in plan.markets if m.id in with_benchmark), plan.markets[0])


def switch_bonus_kind(offer: Offer, kind: BonusKind) -> list[FieldChange]:
    """Express the offer's target bonus in another unit (% of base or a yearly amount).

    When the figure makes no sense in the new unit (50,000 as a percentage) it is cleared in the
    same edit, so the person enters it again; see :func:`clears_bonus`.
    """
    if kind is offer.bonus_kind:
        return []
    switch = FieldChange("offer", offer.id, "bonus_kind", kind)
    if not clears_bonus(offer, kind):
        return [switch]
    return [FieldChange("offer", offer.id, "bonus_value", Decimal(0)), switch]


def clears_bonus(offer: Offer, kind: BonusKind) -> bool:
    """Whether switching to ``kind`` clears the bonus figure (the model refuses it in that unit)."""
    try:
        Offer.model_validate({**offer.model_dump(), "bonus_kind": kind})
    except ValidationError:
        return True
    return False


def record_competing(offer: Offer, record: bool) -> list[FieldChange]:
    """Start recording the package the candidate would give up (empty, in the offer's currency),
    or stop (the package goes)."""
    if record == (offer.competing is not None):
        return []
    package = CompetingPackage(currency=offer.currency) if record else None
    return [FieldChange("offer", offer.id, "competing", package)]


def set_competing_field(offer: Offer, field: str, value: Any) -> list[FieldChange]:
    """Change one field of the competing package; the package is one nested value, so it is
    replaced whole. Raises ``ValueError`` with a readable message for a refused value."""
    if offer.competing is None:
        raise ValueError(_("This offer records no competing package yet."))
    try:
        package = CompetingPackage.model_validate({**offer.competing.model_dump(), field: value})
    except ValidationError as error:
        raise ValueError(describe_field_error(field, error)) from None
    return [FieldChange("offer", offer.id, "competing", package)]


SETTING_KINDS = ("plan", "settings")
"""Plan settings live on the plan (reporting currency) or on its
:class:`~hireplan.model.plan.PlanSettings`."""


def change_settings(plan: Plan, wanted: Iterable[tuple[str, str, Any]]) -> list[FieldChange]:
    """The changes that give the plan the ``(kind, field, value)`` settings that differ from it.

    ``kind`` is ``plan`` (reporting currency) or ``settings`` (the rules' thresholds).
    """
    changes: list[FieldChange] = []
    for kind, field, value in wanted:
        if kind not in SETTING_KINDS:
            raise ValueError(f"{kind!r} holds no plan setting.")
        holder = plan if kind == "plan" else plan.settings
        if getattr(holder, field) != value:
            changes.append(FieldChange(kind, plan.id, field, value))
    return changes
