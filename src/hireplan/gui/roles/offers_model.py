"""The offers table: each offer's key figures, with totals and compa-ratio from the analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from hireplan.analysis.bands import verdict
from hireplan.analysis.format import format_money, format_number, format_percent, format_ratio
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.list_table_model import (
    Col,
    ListTableModel,
    ObjectIdRole,
    parse_currency,
    parse_money,
    parse_text,
)
from hireplan.gui.common.plan_names import document_market_choices, document_market_name
from hireplan.gui.common.style import BAND_TINTS
from hireplan.gui.document.document import PlanDocument
from hireplan.i18n import _
from hireplan.model.market import PayBasis
from hireplan.model.roles import BonusKind, Offer

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis

RoleIdRole = int(ObjectIdRole) + 10
"""The offer's role id, for filtering offers by the selected role."""


def bonus_text(offer: Offer) -> str:
    """The bonus column: any guaranteed extra months, then the target bonus (a 14-month package
    with a bonus reads "2 guaranteed extra months and 15% of base")."""
    target = (
        QCoreApplication.translate("OffersModel", "{value} of base").format(
            value=format_percent(offer.bonus_value, 1, trim=True)
        )
        if offer.bonus_kind is BonusKind.PERCENT
        else format_money(offer.bonus_value, offer.currency)
    )
    months = offer.guaranteed_months
    if not months:
        return target
    if months == months.to_integral_value():
        extra = QCoreApplication.translate("OffersModel", "%n guaranteed extra month(s)", None, int(months))
    else:
        extra = QCoreApplication.translate("OffersModel", "{value} guaranteed extra months").format(
            value=format_number(months, 2).rstrip("0").rstrip(".")
        )
    if not offer.bonus_value:
        return extra
    return QCoreApplication.translate("OffersModel", "{months} and {bonus}").format(
        months=extra, bonus=target
    )


def _compa(offer: Offer, analysis: PlanAnalysis) -> str:
    result = analysis.offers.get(offer.id)
    if result is None:
        return QCoreApplication.translate("OffersModel", "no benchmark")
    if not result.compared or result.own_market is None or result.own_market.nominal is None:
        return result.why_uncompared
    position = result.own_market.nominal
    ratio = format_ratio(position.compa_ratio)
    if result.own_market.indicative:
        return QCoreApplication.translate("OffersModel", "{ratio} ({position}, indicative)").format(
            ratio=ratio, position=position.label
        )
    return QCoreApplication.translate("OffersModel", "{ratio} ({position})").format(
        ratio=ratio, position=position.label
    )


def _compa_colour(offer: Offer, analysis: PlanAnalysis, document: PlanDocument) -> str | None:
    """The verdict tint; none when the benchmark is not for the role's level (indicative)."""
    result = analysis.offers.get(offer.id)
    if result is None or not result.priced or result.own_market is None or result.own_market.nominal is None:
        return None
    own = result.own_market
    band = verdict(own.nominal.compa_ratio, document.plan.settings, own.level_fit)  # type: ignore[union-attr]
    return None if band is None else BAND_TINTS[band]


def _compa_tip(offer: Offer, analysis: PlanAnalysis) -> str:
    result = analysis.offers.get(offer.id)
    if result is not None and result.own_benchmark_without_median:
        return QCoreApplication.translate(
            "OffersModel",
            "The benchmark in the offer's market gives no median (P50): the compa-ratio cannot be "
            "worked out until one is entered under Market data.",
        )
    if result is None or result.own_market is None:
        return QCoreApplication.translate(
            "OffersModel",
            "No benchmark for this role in the offer's market: the compa-ratio cannot be worked out.",
        )
    missing = result.own_missing_rate
    if missing is not None:
        return missing.message
    own = result.own_market
    text = QCoreApplication.translate(
        "OffersModel", "Offer against the {market} median on {basis} (1.00 = at P50)."
    ).format(market=own.market_name, basis=_(PayBasis(own.basis).words))
    return f"{text}\n{own.fit_reason}" if own.indicative else text


def _annual(offer: Offer, analysis: PlanAnalysis) -> str:
    result = analysis.offers.get(offer.id)
    return "" if result is None else format_money(result.figures.annual_total, result.figures.currency)


def _first_year(offer: Offer, analysis: PlanAnalysis) -> str:
    result = analysis.offers.get(offer.id)
    return "" if result is None else format_money(result.figures.first_year_value, result.figures.currency)


class OffersModel(ListTableModel):
    """Offers of the plan (all of them; :class:`OffersFilter` narrows to one role)."""

    COMPA_COLUMN = 5
    ROLE_COLUMN = 1

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        def role_title(offer: Offer) -> str:
            for role in document.plan.roles:
                if role.id == offer.role_id:
                    return role.title
            return QCoreApplication.translate("OffersModel", "(missing role {id})").format(id=offer.role_id)

        columns = [
            Col(
                QCoreApplication.translate("OffersModel", "Candidate"),
                lambda o: o.candidate,
                "candidate",
                parse=parse_text,
                tooltip=lambda o: o.candidate,
            ),
            Col(
                QCoreApplication.translate("OffersModel", "Role"),
                role_title,
                "role_id",
                edit=lambda o: o.role_id,
                choices=lambda: [(r.title, r.id) for r in document.plan.roles],
            ),
            Col(
                QCoreApplication.translate("OffersModel", "Market"),
                lambda o: document_market_name(document, o.market_id),
                "market_id",
                edit=lambda o: o.market_id,
                choices=lambda: document_market_choices(document, allow_none=False),
            ),
            Col(
                QCoreApplication.translate("OffersModel", "Currency"),
                lambda o: o.currency,
                "currency",
                parse=parse_currency,
            ),
            Col(
                QCoreApplication.translate("OffersModel", "Base"),
                lambda o: format_number(o.base),
                "base",
                edit=lambda o: str(o.base),
                parse=parse_money,
                right=True,
            ),
            Col(
                QCoreApplication.translate("OffersModel", "Compa-ratio"),
                lambda _o: "",
                uses_analysis=True,
                analysis_display=_compa,
                right=True,
                analysis_colour=lambda o, a: _compa_colour(o, a, document),
                analysis_tooltip=_compa_tip,
            ),
            Col(
                QCoreApplication.translate("OffersModel", "Annual total"),
                lambda _o: "",
                uses_analysis=True,
                analysis_display=_annual,
                right=True,
            ),
            Col(
                QCoreApplication.translate("OffersModel", "First year"),
                lambda _o: "",
                uses_analysis=True,
                analysis_display=_first_year,
                right=True,
            ),
            Col(QCoreApplication.translate("OffersModel", "Bonus"), bonus_text, right=True),
        ]
        super().__init__(document, "offer", columns, parent)
        document.objectsChanged.connect(self._on_names_changed)

    def _on_names_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in ("role", "market") and self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 2))

    def analysis_part(self, obj: Any, analysis: PlanAnalysis) -> object:
        """An offer's figures come from its own analysis, which a re-analysis reuses unless the
        offer changed (settings and rates start a new analysis, with every offer's anew)."""
        return analysis.offers.get(obj.id)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == RoleIdRole and index.isValid():
            offer = self.object_at(index.row())
            return None if offer is None else offer.role_id
        return super().data(index, role)


class OffersFilter(Contained, QSortFilterProxyModel):
    """Only the offers of one role (or all when the role is None)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role_id: str | None = None
        self.setFilterRole(RoleIdRole)

    def set_role(self, role_id: str | None) -> None:
        if role_id != self._role_id:
            self.beginFilterChange()
            self._role_id = role_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def role_id(self) -> str | None:
        return self._role_id

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._role_id is None:
            return True
        model = self.sourceModel()
        if isinstance(model, OffersModel):
            # Straight to the offer: the analysis repaints every row's figures after each edit,
            # and the filter then asks about every offer, even while Roles is not on show.
            offer = model.object_at(source_row)
            return offer is not None and offer.role_id == self._role_id
        return bool(model.index(source_row, 0, source_parent).data(RoleIdRole) == self._role_id)
