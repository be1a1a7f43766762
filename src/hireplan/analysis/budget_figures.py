"""What the plan's hires cost in year one: planned per role against what the offers made add up to.

No Qt, no I/O. :mod:`hireplan.analysis.budget` works these out; results re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, NamedTuple

from hireplan.analysis.money import Conversion, Converted, MissingRate

OpenSeatPricing = Literal["plan", "dearest offer", ""]


class RoleCost(NamedTuple):
    """One role's year-one cost in the reporting currency: planned, and offered so far.

    Offered = the first-year cost of the offers made (the dearest ones, one per seat) + each seat
    still open at the planned cost per hire (at the dearest offer when the role has no plan).
    Immutable; a named tuple because a large plan builds hundreds of these on every offer edit.
    """

    role_id: str
    headcount: int
    offer_id: str | None
    """The dearest offer in the reporting currency (None when the role has no offer yet)."""
    per_hire: Conversion | None
    """That offer's first-year cost in the reporting currency; None without an offer."""
    total: Decimal | None
    """Offered: offers made + open seats priced; None when no seat can be priced."""
    planned_per_hire: Conversion | None = None
    """The most the plan allows per hire (a band's top) in the reporting currency; None: no plan."""
    planned_low_per_hire: Conversion | None = None
    """A planned band's low end in the reporting currency; None when one figure is planned."""
    offers_cost: Decimal = Decimal(0)
    """First-year cost of the offers counted against seats."""
    offers_counted: int = 0
    open_seats: int = 0
    open_priced_by: OpenSeatPricing = ""
    unpriced_seats: int = 0
    """Seats that could not be priced (no plan and no offer, or a missing rate)."""

    @property
    def planned_total(self) -> Decimal | None:
        """Planned per hire x headcount; None when the role has no plan or its rate is missing."""
        per_hire = self.planned_per_hire
        return per_hire.amount * self.headcount if isinstance(per_hire, Converted) else None

    @property
    def offers_planned(self) -> Decimal | None:
        """What the plan allowed for the seats the offers fill (planned per hire x offers counted)."""
        per_hire = self.planned_per_hire
        return per_hire.amount * self.offers_counted if isinstance(per_hire, Converted) else None

    @property
    def over_plan(self) -> bool:
        """The offers made cost more than the plan allowed for their seats."""
        allowed = self.offers_planned
        return allowed is not None and self.offers_counted > 0 and self.offers_cost > allowed

    @property
    def missing_rates(self) -> tuple[str, ...]:
        """Why a figure of the role is missing: the message of each rate its dearest offer's cost
        or its planned cost lacks to reach the reporting currency (each once)."""
        messages = (c.message for c in (self.per_hire, self.planned_per_hire) if isinstance(c, MissingRate))
        return tuple(dict.fromkeys(messages))


@dataclass(frozen=True, slots=True)
class Budget:
    """The plan's year-one budget in the reporting currency, planned against offered."""

    currency: str
    roles: tuple[RoleCost, ...]
    total: Decimal
    """Offered: the sum of the roles' offered totals that could be priced."""
    unpriced_role_ids: tuple[str, ...]
    """Roles with a seat that could not be priced: the offered total leaves those seats out."""
    planned_total: Decimal = Decimal(0)
    """The sum of the roles' planned totals."""
    unplanned_role_ids: tuple[str, ...] = ()
    """Roles with no planned budget (or whose planned currency has no rate): not in the planned total."""
    _by_role: dict[str, RoleCost] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_role", {cost.role_id: cost for cost in self.roles})

    def cost_of(self, role_id: str) -> RoleCost | None:
        """One role's cost: the Roles table asks for every cell it paints, so by id, not by scan."""
        return self._by_role.get(role_id)

    @property
    def complete(self) -> bool:
        return not self.unpriced_role_ids

    @property
    def over_plan(self) -> Decimal:
        """Offered minus planned, over the roles that have both; negative when under the plan."""
        offered = planned = Decimal(0)
        for role in self.roles:
            if role.planned_total is not None and role.total is not None:
                offered += role.total
                planned += role.planned_total
        return offered - planned
