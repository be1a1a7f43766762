"""The roles table: what each column shows and how an edit reaches the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from hireplan.analysis.format import format_money
from hireplan.gui.common.list_table_model import (
    Col,
    ListTableModel,
    parse_currency,
    parse_optional_money,
    parse_text,
    show_money,
)
from hireplan.gui.common.plan_names import NO_MARKET, document_market_choices, document_market_name
from hireplan.gui.common.style import AMBER_TINT
from hireplan.gui.document.document import PlanDocument
from hireplan.model.roles import Level, Relocation, Role

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis, RoleCost

RELOCATION_LABELS = {
    Relocation.NONE: "Local hire",
    Relocation.RELOCATING: "Relocating",
    Relocation.RETURNEE: "Returnee",
}


def _parse_headcount(value: object, _role: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(f"Headcount '{value}' must be a whole number of people.") from None


def _cost_of(role: Role, analysis: PlanAnalysis) -> RoleCost | None:
    return next((cost for cost in analysis.budget.roles if cost.role_id == role.id), None)


def _budget_text(role: Role, analysis: PlanAnalysis) -> str:
    cost = _cost_of(role, analysis)
    if cost is None:
        return ""
    currency = analysis.budget.currency
    offered = format_money(cost.total, currency) if cost.total is not None else "not priced"
    planned = format_money(cost.planned_total, currency) if cost.planned_total is not None else "no plan"
    return f"{planned} / {offered}"


def _budget_colour(role: Role, analysis: PlanAnalysis) -> str | None:
    cost = _cost_of(role, analysis)
    return AMBER_TINT if cost is not None and cost.over_plan else None


def _budget_tip(role: Role, analysis: PlanAnalysis) -> str:
    cost = _cost_of(role, analysis)
    if cost is None:
        return ""
    currency = analysis.budget.currency
    lines = ["Year one, in the reporting currency: planned (per hire x headcount) / offered."]
    if cost.offers_counted:
        spent = format_money(cost.offers_cost, currency)
        lines.append(f"Offers made: {cost.offers_counted}, costing {spent} in year one.")
    if cost.open_seats:
        how = "at the planned cost per hire" if cost.open_priced_by == "plan" else "at the dearest offer"
        lines.append(f"Open seats: {cost.open_seats}, priced {how}.")
    if cost.unpriced_seats:
        lines.append(f"Seats that cannot be priced yet: {cost.unpriced_seats}.")
    if cost.over_plan:
        lines.append("The offers made cost more than the plan allows for their seats.")
    return "\n".join(lines)


def _parse_yes(value: object, _role: Any) -> bool:
    return value is True or str(value).casefold() in ("yes", "true", "1")


class RolesModel(ListTableModel):
    """Roles of the plan; the Offers column counts each role's offers."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        def market_col(role: Role) -> str:
            return document_market_name(document, role.market_id)

        def offers_col(role: Role) -> str:
            count = sum(1 for offer in document.plan.offers if offer.role_id == role.id)
            return str(count) if count else ""

        columns = [
            Col("Title", lambda r: r.title, "title", parse=parse_text),
            Col(
                "Job family",
                lambda r: r.job_family,
                "job_family",
                parse=parse_text,
                tooltip=lambda _r: "Matched against the benchmarks' job family",
            ),
            Col(
                "Level",
                lambda r: r.level.label,
                "level",
                edit=lambda r: r.level.value,
                choices=lambda: [(level.label, level.value) for level in Level],
            ),
            Col("Domain", lambda r: r.domain, "domain", parse=parse_text),
            Col(
                "Research",
                lambda r: "Yes" if r.research else "No",
                "research",
                edit=lambda r: r.research,
                parse=_parse_yes,
                choices=lambda: [("Yes", True), ("No", False)],
            ),
            Col("Headcount", lambda r: str(r.headcount), "headcount", parse=_parse_headcount, right=True),
            Col(
                "Market",
                market_col,
                "market_id",
                edit=lambda r: r.market_id or NO_MARKET,
                parse=lambda v, _r: v or None,
                choices=lambda: document_market_choices(document, allow_none=True),
            ),
            Col(
                "Hire",
                lambda r: RELOCATION_LABELS[r.relocation],
                "relocation",
                edit=lambda r: r.relocation.value,
                choices=lambda: [(label, rel.value) for rel, label in RELOCATION_LABELS.items()],
            ),
            Col(
                "Budget in",
                lambda r: r.planned_currency or "",
                "planned_currency",
                edit=lambda r: r.planned_currency or "",
                parse=lambda v, _r: parse_currency(v, _r) or None,
                tooltip=lambda _r: (
                    "Currency of the planned budget; empty means the plan's reporting currency"
                ),
            ),
            Col(
                "Planned per hire",
                lambda r: show_money(r.planned_cost_per_hire),
                "planned_cost_per_hire",
                edit=lambda r: "" if r.planned_cost_per_hire is None else str(r.planned_cost_per_hire),
                parse=parse_optional_money,
                right=True,
                tooltip=lambda _r: "Planned first-year cost of one hire (the low end when you plan a band)",
            ),
            Col(
                "Band top",
                lambda r: show_money(r.planned_cost_per_hire_max),
                "planned_cost_per_hire_max",
                edit=lambda r: (
                    "" if r.planned_cost_per_hire_max is None else str(r.planned_cost_per_hire_max)
                ),
                parse=parse_optional_money,
                right=True,
                tooltip=lambda _r: (
                    "The most one hire may cost in year one when the plan is a band; else empty"
                ),
            ),
            Col(
                "Planned / offered",
                lambda _r: "",
                uses_analysis=True,
                analysis_display=_budget_text,
                analysis_colour=_budget_colour,
                analysis_tooltip=_budget_tip,
                right=True,
            ),
            Col(
                "Growth path",
                lambda r: " ".join(r.growth_path.split()),
                "growth_path",
                edit=lambda r: r.growth_path,
                parse=parse_text,
                tooltip=lambda r: r.growth_path or "No career path stated yet",
            ),
            Col("Offers", offers_col, right=True),
        ]
        super().__init__(document, "role", columns, parent)
        document.collectionChanged.connect(self._on_collection)
        document.objectsChanged.connect(self._on_market_renamed)

    def _on_market_renamed(self, kind: str, _ids: list[str]) -> None:
        if kind == "market" and self.rowCount():
            column = next(n for n, col in enumerate(self.columns) if col.field == "market_id")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def _on_collection(self, kind: str) -> None:
        if kind == "offer" and self.rowCount():
            column = len(self.columns) - 1
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
