"""Acknowledgements: which are in force, whether each still covers its flag, and making one.

An acknowledgement holds for what was accepted: through its review date, and only while the
flag's severity is no higher and its figure no worse than when it was recorded. Otherwise the
flag counts again and says why ("Acknowledged at 0.89, now 0.60.").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hireplan.analysis.flag import Flag, Severity
from hireplan.analysis.format import format_ratio
from hireplan.i18n import _
from hireplan.model import Acknowledgement, Plan
from hireplan.model.operations import new_acknowledgement

_SHOWN = Decimal("0.01")
"""Figures are compared as shown (two decimals), so "acknowledged at 0.89, now 0.89" never reads."""


def active_acknowledgements(
    acknowledgements: Iterable[Acknowledgement], today: date
) -> dict[str, Acknowledgement]:
    """Acknowledgements still in force by flag key; an acknowledgement lasts through its review date."""
    active: dict[str, Acknowledgement] = {}
    for ack in acknowledgements:
        if ack.review_date < today:
            continue
        current = active.get(ack.flag_key)
        if current is None or ack.review_date > current.review_date:
            active[ack.flag_key] = ack
    return active


def _shown(value: Decimal) -> Decimal:
    return value.quantize(_SHOWN, rounding=ROUND_HALF_UP)


def reopened_because(ack: Acknowledgement, flag: Flag) -> str:
    """Why ``ack`` no longer covers ``flag`` (a sentence), or empty when it still does."""
    if ack.severity is not None and flag.severity.rank < Severity(ack.severity).rank:
        return _("Acknowledged at {accepted} severity, now {now}; it needs a fresh look.").format(
            accepted=Severity(ack.severity).label.lower(), now=flag.severity.label.lower()
        )
    if ack.figure is not None and flag.figure is not None:
        accepted, now = _shown(ack.figure), _shown(flag.figure)
        worse = now < accepted if flag.lower_is_worse else now > accepted
        if worse:
            accepted_text, now_text = format_ratio(ack.figure), format_ratio(flag.figure)
            return _("Acknowledged at {accepted}, now {now}; it needs a fresh look.").format(
                accepted=accepted_text, now=now_text
            )
    return ""


def make_acknowledgement(
    flag: Flag, plan: Plan, *, reason: str, review_date: date, today: date, by: str | None = None
) -> Acknowledgement:
    """An acknowledgement of ``flag`` as it stands: by the plan owner unless ``by`` names someone."""
    accepted = (flag.severity.value, flag.figure)
    return new_acknowledgement(plan, flag.key, reason, review_date, today, by=by, accepted=accepted)
