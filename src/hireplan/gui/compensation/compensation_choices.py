"""The bar above the Compensation tables: which role, nominal or PPP, and the reporting currency.

``ChoiceBar`` builds the widgets and their layout; the panel connects them and keeps them as its
own attributes. ``fill_roles`` and ``fill_currencies`` refill the two lists from the plan without
signalling, so a refill never reads as a choice. Texts are in the ``CompensationPanel`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton

from hireplan.model.plan import Plan


class ChoiceBar:
    """The role list, the nominal/PPP buttons and the currency list, laid out in one row."""

    def __init__(self, group_parent: QObject) -> None:
        self.layout = bar = QHBoxLayout()
        role_label = QLabel(QCoreApplication.translate("CompensationPanel", "&Role:"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(QCoreApplication.translate("CompensationPanel", "Role"))
        self.role_combo.setMinimumContentsLength(24)
        self.role_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        role_label.setBuddy(self.role_combo)
        bar.addWidget(role_label)
        bar.addWidget(self.role_combo, 1)
        bar.addSpacing(16)

        self.nominal_button = QRadioButton(QCoreApplication.translate("CompensationPanel", "&Nominal"))
        self.nominal_button.setToolTip(
            QCoreApplication.translate(
                "CompensationPanel", "Amounts converted at exchange rates into the reporting currency"
            )
        )
        self.ppp_button = QRadioButton(
            QCoreApplication.translate("CompensationPanel", "&Purchasing power (PPP)")
        )
        self.ppp_button.setToolTip(
            QCoreApplication.translate(
                "CompensationPanel",
                "Amounts in international dollars: what the pay buys where it is paid, so hubs with lower "
                "prices compare fairly",
            )
        )
        self.nominal_button.setChecked(True)
        self.mode_group = QButtonGroup(group_parent)
        self.mode_group.addButton(self.nominal_button)
        self.mode_group.addButton(self.ppp_button)
        bar.addWidget(QLabel(QCoreApplication.translate("CompensationPanel", "Show:")))
        bar.addWidget(self.nominal_button)
        bar.addWidget(self.ppp_button)
        bar.addSpacing(16)

        currency_label = QLabel(QCoreApplication.translate("CompensationPanel", "Reporting c&urrency:"))
        self.currency_combo = QComboBox()
        self.currency_combo.setAccessibleName(
            QCoreApplication.translate("CompensationPanel", "Reporting currency")
        )
        self.currency_combo.setToolTip(
            QCoreApplication.translate(
                "CompensationPanel", "The currency nominal figures are shown in (saved with the plan)"
            )
        )
        currency_label.setBuddy(self.currency_combo)
        bar.addWidget(currency_label)
        bar.addWidget(self.currency_combo)


def fill_roles(combo: QComboBox, plan: Plan, wanted: str | None) -> str | None:
    """List every role with its count of offers; returns the role now chosen.

    ``wanted`` stays chosen while it exists; otherwise the first role with offers, else the first role.
    """
    counts: dict[str, int] = {}
    for offer in plan.offers:
        counts[offer.role_id] = counts.get(offer.role_id, 0) + 1
    with QSignalBlocker(combo):
        combo.clear()
        for role in plan.roles:
            count = counts.get(role.id, 0)
            if count:
                text = QCoreApplication.translate(
                    "CompensationPanel", "{role} · {level} (%n offer(s))", None, count
                )
            else:
                text = QCoreApplication.translate("CompensationPanel", "{role} · {level} (no offers)")
            combo.addItem(text.format(role=role.title, level=role.level.label), role.id)
        if wanted is None or combo.findData(wanted) < 0:
            wanted = next((role.id for role in plan.roles if counts.get(role.id)), None)
            if wanted is None and plan.roles:
                wanted = plan.roles[0].id
        if wanted is not None:
            combo.setCurrentIndex(combo.findData(wanted))
    return wanted


def fill_currencies(combo: QComboBox, plan: Plan) -> None:
    """List the reporting currency, every market's and every rate's, with the plan's chosen."""
    codes = {plan.reporting_currency}
    codes.update(market.currency for market in plan.markets)
    for rate in plan.exchange_rates:
        codes.update((rate.base, rate.quote))
    with QSignalBlocker(combo):
        combo.clear()
        for code in sorted(codes):
            combo.addItem(code, code)
        combo.setCurrentIndex(combo.findData(plan.reporting_currency))
