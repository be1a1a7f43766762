"""Which parts of the analysis an edit touches, so the open plan recomputes only those.

The analysis decides this, not the screens: the parts are what :func:`hireplan.analysis.engine.reanalyse`
can recompute on its own, and each rule declares the parts it reads
(:attr:`hireplan.analysis.rules.EngineRule.reads`). Kept apart from the engine so the document
can ask on every edit without loading the whole analysis at start-up.
"""

from __future__ import annotations

PARTS: frozenset[str] = frozenset({"checklist", "offers", "risks", "policy"})
"""The parts of a plan a re-analysis can recompute on their own: steps and items, offers, manual
risks, policy-watch entries. Roles, markets, benchmarks, rates, PPP factors, settings and the
reporting currency feed every offer and many rules; a change to them needs a full analysis."""

_PART_OF_KIND: dict[str, str] = {
    "step": "checklist",
    "item": "checklist",
    "offer": "offers",
    "risk": "risks",
    "policy": "policy",
}

_UNANALYSED_PLAN_FIELDS = frozenset(
    {"title", "organisation", "owner", "created", "start_date", "target_date", "notes", "acknowledgements"}
)
"""Plan fields no figure depends on (acknowledgements are applied afresh on every analysis)."""

NOTHING: frozenset[str] = frozenset()


def parts_touched(kind: str, field: str = "") -> frozenset[str] | None:
    """The :data:`PARTS` an edit of ``field`` on an object of ``kind`` touches.

    None means the edit may change any figure, so the next analysis must be a full one; an empty
    set means no figure reads it. An insert or removal of objects is an edit with no ``field``.
    """
    part = _PART_OF_KIND.get(kind)
    if part is not None:
        return frozenset({part})
    if kind == "plan" and field in _UNANALYSED_PLAN_FIELDS:
        return NOTHING
    return None
