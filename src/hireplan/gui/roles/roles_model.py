"""The roles table: what each column shows and how an edit reaches the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

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
    Relocation.NONE: str(QT_TRANSLATE_NOOP("RolesModel", "Local hire")),
    Relocation.RELOCATING: str(QT_TRANSLATE_NOOP("RolesModel", "Relocating")),
    Relocation.RETURNEE: str(QT_TRANSLATE_NOOP("RolesModel", "Returnee")),
}
"""How a role is hired, in English; :func:`relocation_label` says it in the window's language."""


def relocation_label(relocation: Relocation) -> str:
    return QCoreApplication.translate("RolesModel", RELOCATION_LABELS[relocation])


def _parse_headcount(value: object, _role: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "RolesModel", "Headcount '{value}' must be a whole number of people."
            ).format(value=value)
        ) from None


def _cost_of(role: Role, analysis: PlanAnalysis) -> RoleCost | None:
    return analysis.budget.cost_of(role.id)


def _budget_text(role: Role, analysis: PlanAnalysis) -> str:
    cost = _cost_of(role, analysis)
    if cost is None:
        return ""
    currency = analysis.budget.currency
    offered = (
        format_money(cost.total, currency)
        if cost.total is not None
        else QCoreApplication.translate("RolesModel", "not priced")
    )
    planned = (
        format_money(cost.planned_total, currency)
        if cost.planned_total is not None
        else QCoreApplication.translate("RolesModel", "no plan")
    )
    return QCoreApplication.translate("RolesModel", "{planned} / {offered}").format(
        planned=planned, offered=offered
    )


def _budget_colour(role: Role, analysis: PlanAnalysis) -> str | None:
    cost = _cost_of(role, analysis)
    return AMBER_TINT if cost is not None and cost.over_plan else None


def _budget_tip(role: Role, analysis: PlanAnalysis) -> str:
    cost = _cost_of(role, analysis)
    if cost is None:
        return ""
    currency = analysis.budget.currency
    lines = [
        QCoreApplication.translate(
            "RolesModel", "Year one, in the reporting currency: planned (per hire x headcount) / offered."
        )
    ]
    if cost.offers_counted:
        spent = format_money(cost.offers_cost, currency)
        lines.append(
            QCoreApplication.translate(
                "RolesModel", "Offers made: %n, costing {cost} in year one.", None, cost.offers_counted
            ).format(cost=spent)
        )
    if cost.open_seats:
        if cost.open_priced_by == "plan":
            text = QCoreApplication.translate(
                "RolesModel", "Open seats: %n, priced at the planned cost per hire.", None, cost.open_seats
            )
        else:
            text = QCoreApplication.translate(
                "RolesModel", "Open seats: %n, priced at the dearest offer.", None, cost.open_seats
            )
        lines.append(text)
    if cost.unpriced_seats:
        lines.append(
            QCoreApplication.translate(
                "RolesModel", "Seats that cannot be priced yet: %n.", None, cost.unpriced_seats
            )
        )
    lines.extend(cost.missing_rates)  # why a figure is missing: the rate it lacks
    if cost.over_plan:
        lines.append(
            QCoreApplication.translate(
                "RolesModel", "The offers made cost more than the plan allows for their seats."
            )
        )
    return "\n".join(lines)


def _parse_yes(value: object, _role: Any) -> bool:
    said = str(value).casefold()
    return value is True or said in (
        "yes",
        "true",
        "1",
        QCoreApplication.translate("RolesModel", "Yes").casefold(),
    )


class RolesModel(ListTableModel):
    """Roles of the plan; the Offers column counts each role's offers."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        def market_col(role: Role) -> str:
            return document_market_name(document, role.market_id)

        def offers_col(role: Role) -> str:
            count = sum(1 for offer in document.plan.offers if offer.role_id == role.id)
            return str(count) if count else ""

        yes, no = (
            QCoreApplication.translate("RolesModel", "Yes"),
            QCoreApplication.translate("RolesModel", "No"),
        )
        columns = [
            Col(
                QCoreApplication.translate("RolesModel", "Title"),
                lambda r: r.title,
                "title",
                parse=parse_text,
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Job family"),
                lambda r: r.job_family,
                "job_family",
                parse=parse_text,
                tooltip=lambda _r: QCoreApplication.translate(
                    "RolesModel", "Matched against the benchmarks' job family"
                ),
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Level"),
                lambda r: r.level.label,
                "level",
                edit=lambda r: r.level.value,
                choices=lambda: [(level.label, level.value) for level in Level],
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Domain"),
                lambda r: r.domain,
                "domain",
                parse=parse_text,
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Research"),
                lambda r: yes if r.research else no,
                "research",
                edit=lambda r: r.research,
                parse=_parse_yes,
                choices=lambda: [(yes, True), (no, False)],
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Headcount"),
                lambda r: str(r.headcount),
                "headcount",
                parse=_parse_headcount,
                right=True,
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Market"),
                market_col,
                "market_id",
                edit=lambda r: r.market_id or NO_MARKET,
                parse=lambda v, _r: v or None,
                choices=lambda: document_market_choices(document, allow_none=True),
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Hire"),
                lambda r: relocation_label(r.relocation),
                "relocation",
                edit=lambda r: r.relocation.value,
                choices=lambda: [(relocation_label(rel), rel.value) for rel in RELOCATION_LABELS],
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Budget in"),
                lambda r: r.planned_currency or "",
                "planned_currency",
                edit=lambda r: r.planned_currency or "",
                parse=lambda v, _r: parse_currency(v, _r) or None,
                tooltip=lambda _r: QCoreApplication.translate(
                    "RolesModel", "Currency of the planned budget; empty means the plan's reporting currency"
                ),
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Planned per hire"),
                lambda r: show_money(r.planned_cost_per_hire),
                "planned_cost_per_hire",
                edit=lambda r: "" if r.planned_cost_per_hire is None else str(r.planned_cost_per_hire),
                parse=parse_optional_money,
                right=True,
                tooltip=lambda _r: QCoreApplication.translate(
                    "RolesModel", "Planned first-year cost of one hire (the low end when you plan a band)"
                ),
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Band top"),
                lambda r: show_money(r.planned_cost_per_hire_max),
                "planned_cost_per_hire_max",
                edit=lambda r: (
                    "" if r.planned_cost_per_hire_max is None else str(r.planned_cost_per_hire_max)
                ),
                parse=parse_optional_money,
                right=True,
                tooltip=lambda _r: QCoreApplication.translate(
                    "RolesModel", "The most one hire may cost in year one when the plan is a band; else empty"
                ),
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Planned / offered"),
                lambda _r: "",
                uses_analysis=True,
                analysis_display=_budget_text,
                analysis_colour=_budget_colour,
                analysis_tooltip=_budget_tip,
                right=True,
            ),
            Col(
                QCoreApplication.translate("RolesModel", "Growth path"),
                lambda r: " ".join(r.growth_path.split()),
                "growth_path",
                edit=lambda r: r.growth_path,
                parse=parse_text,
                tooltip=lambda r: (
                    r.growth_path or QCoreApplication.translate("RolesModel", "No career path stated yet")
                ),
            ),
            Col(QCoreApplication.translate("RolesModel", "Offers"), offers_col, right=True),
        ]
        super().__init__(document, "role", columns, parent)
        document.collectionChanged.connect(self._on_collection)
        document.objectsChanged.connect(self._on_market_renamed)

    def analysis_part(self, obj: Any, analysis: PlanAnalysis) -> object:
        """A role's budget cell comes from its cost, which a re-analysis keeps for every role none
        of whose offers changed."""
        return _cost_of(obj, analysis)

    def _on_market_renamed(self, kind: str, _ids: list[str]) -> None:
        if kind == "market" and self.rowCount():
            column = next(n for n, col in enumerate(self.columns) if col.field == "market_id")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def _on_collection(self, kind: str) -> None:
        if kind == "offer" and self.rowCount():
            column = len(self.columns) - 1
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
