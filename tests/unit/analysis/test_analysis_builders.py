"""The clean plan (helpers/plans.py) the analysis tests break one thing at a time is itself clean."""

from __future__ import annotations

from helpers.plans import clean_plan, run


def test_clean_plan_raises_no_flag() -> None:
    """The baseline every rule test perturbs must itself be silent, or those tests prove nothing."""
    analysis = run(clean_plan())
    assert [(f.rule, f.message) for f in analysis.flags] == []
    assert analysis.offers["offer-a"].own_market is not None
