"""What every risk rule shares: its description, the facts it reads, and how it makes a flag."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from hireplan.analysis.context import Context
from hireplan.analysis.offers import is_priced
from hireplan.analysis.results import (
    Budget,
    Flag,
    OfferAnalysis,
    Progress,
    Ref,
    RiskAssessment,
    Severity,
    StaleData,
    StepItems,
)
from hireplan.i18n import _, ngettext
from hireplan.model import Offer
from hireplan.model.roles import Role
from hireplan.model.wording import plural, shorten

__all__ = ["Facts", "RuleFn", "RuleInfo", "names", "offer_rows", "plural", "shorten"]
"""``plural`` and ``shorten`` are the core's (:mod:`hireplan.model.wording`), re-exported for the rules."""


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """A rule's stable id and the text that does not change from one flag to the next.

    ``title``, ``mitigation`` and ``rationale`` are English msgids (marked with ``N_``); :meth:`flag`
    translates them, and the message a rule passes in is already in the current language (see
    :mod:`hireplan.i18n`).
    """

    id: str
    category: str
    title: str
    mitigation: str
    rationale: str
    """The guide step or common mistake the rule comes from."""

    def flag(
        self,
        severity: Severity,
        message: str,
        refs: Iterable[Ref],
        *,
        mitigation: str | None = None,
        title: str | None = None,
        subject: str = "",
        figure: Decimal | None = None,
        lower_is_worse: bool = True,
    ) -> Flag:
        return Flag(
            rule=self.id,
            severity=severity,
            category=self.category,
            title=_(title or self.title),
            message=message,
            mitigation=_(mitigation or self.mitigation),
            rationale=_(self.rationale),
            refs=tuple(refs),
            subject=subject,
            figure=figure,
            lower_is_worse=lower_is_worse,
        )


@dataclass(frozen=True)
class Facts:
    """What the rules look at: the plan's indexes and the figures already computed."""

    ctx: Context
    offers: Mapping[str, OfferAnalysis]
    progress: Progress
    risks: tuple[RiskAssessment, ...]
    stale: tuple[StaleData, ...]
    step_items: tuple[StepItems, ...] = ()
    offer_rows: tuple[tuple[Offer, OfferAnalysis, Role | None], ...] = ()
    """Each priced offer with its analysis and role (None when the role is missing), in plan order.
    An offer with no base yet is left out (:func:`hireplan.analysis.offers.is_priced`)."""
    budget: Budget | None = None


def offer_rows(
    ctx: Context, offers: Mapping[str, OfferAnalysis]
) -> tuple[tuple[Offer, OfferAnalysis, Role | None], ...]:
    """The offers the rules judge: those with a base (a new offer waits until its base is entered)."""
    return tuple(
        (offer, offers[offer.id], ctx.roles.get(offer.role_id))
        for offer in ctx.plan.offers
        if is_priced(offer)
    )


RuleFn = Callable[[Facts], Iterable[Flag]]


def names(items: Iterable[str], limit: int = 3) -> str:
    """A short list of names for a message: ``'a', 'b', 'c' and 2 more``; long names shortened."""
    listed = list(items)
    shown = _(", ").join(_("'{name}'").format(name=shorten(name)) for name in listed[:limit])
    rest = len(listed) - limit
    if rest <= 0:
        return shown
    return ngettext("{names} and {count} more", "{names} and {count} more", rest).format(
        names=shown, count=rest
    )
