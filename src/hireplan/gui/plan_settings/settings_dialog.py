"""Edit > Settings: this plan's reporting currency and rule thresholds, and the app's preferences.

Two kinds of settings live here and are kept apart on purpose:

* **This plan** (reporting currency, reference market, the thresholds the risk rules use) is part
  of the plan file, so a template carries it. On OK every changed value goes through the document
  as ONE undo step; the flags follow on the next analysis.
* **This computer** (the window's language, autosave interval, default page size of the PDF brief,
  default owner of new plans) is stored with QSettings through
  :class:`~hireplan.gui.common.app_settings.AppSettings`; the language (``ui/language``, see
  :mod:`hireplan.gui.common.language`) is read at the next start, so the dialog says so beside it.

Applying is one named document operation (``set_plan_settings``): the model checks every value
before anything changes, so a refused value never leaves half of the changes applied.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hireplan import i18n
from hireplan.analysis.format import PERCENT_SIGN
from hireplan.gui.common import colour_scheme, language
from hireplan.gui.common.app_settings import MAX_AUTOSAVE_SECONDS, MIN_AUTOSAVE_SECONDS, PAGE_SIZE_NAMES
from hireplan.gui.common.containment import Contained
from hireplan.storage.backups import MAX_KEEP

if TYPE_CHECKING:
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.document.document import PlanDocument
    from hireplan.model import Plan

CURRENCY_PATTERN = r"[A-Z]{3}"
COMMON_CURRENCIES = ("USD", "CNY", "EUR", "GBP", "HKD", "SGD", "JPY")
PAGE_SIZE_LABELS = {"a4": "A4", "letter": str(QT_TRANSLATE_NOOP("SettingsDialog", "US Letter"))}
LANGUAGE_NAMES = {
    language.FOLLOW_SYSTEM: str(QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
    i18n.ENGLISH: "English",
    i18n.CHINESE: "简体中文",
}
"""Settings › Language: a language is named in itself, so a person finds theirs in any window."""

SettingChange = tuple[str, str, Any]
"""(kind, field, value): kind is ``plan`` or ``settings``, as
:func:`hireplan.model.operations.change_settings` takes them."""


def plan_currencies(plan: Plan) -> list[str]:
    """Currencies the plan already uses (markets, offers, benchmarks, rates), then common ones."""
    used: list[str] = [plan.reporting_currency]
    used += [m.currency for m in plan.markets]
    used += [o.currency for o in plan.offers]
    used += [b.currency for b in plan.benchmarks]
    for rate in plan.exchange_rates:
        used += [rate.base, rate.quote]
    return list(dict.fromkeys([*used, *COMMON_CURRENCIES]))


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAccelerated(True)
    return box


def _decimal_spin(low: float, high: float, decimals: int, step: float, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    return box


def _decimal(box: QDoubleSpinBox) -> Decimal:
    """The spin box value as the Decimal the person sees (no binary float tail)."""
    return Decimal(f"{box.value():.{box.decimals()}f}")


class SettingsDialog(Contained, QDialog):
    """Plan settings (one undo step on OK) and app preferences (QSettings)."""

    autosaveIntervalChanged = Signal(int)
    planSettingsChanged = Signal(int)

    def __init__(
        self,
        document: PlanDocument,
        settings: AppSettings,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(560)
        plan = document.plan
        current = plan.settings

        # --- this plan
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(plan_currencies(plan))
        self.currency.setCurrentText(plan.reporting_currency)
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression(CURRENCY_PATTERN), self))
        self.currency.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "Totals and comparisons are shown in this currency, converted with the plan's rates",
            )
        )

        self.reference_market = QComboBox()
        self.reference_market.addItem(QCoreApplication.translate("SettingsDialog", "None"), None)
        for market in plan.markets:
            self.reference_market.addItem(market.name or market.id, market.id)
        index = self.reference_market.findData(current.reference_market_id)
        if index < 0 and current.reference_market_id is not None:  # a dangling id: keep it visible
            self.reference_market.addItem(
                QCoreApplication.translate("SettingsDialog", "Unknown market ({id})").format(
                    id=current.reference_market_id
                ),
                current.reference_market_id,
            )
            index = self.reference_market.count() - 1
        self.reference_market.setCurrentIndex(max(0, index))
        self.reference_market.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "Returnees and relocating hires are compared with this market in purchasing-power terms",
            )
        )

        self.below_market = _decimal_spin(0.01, 2.0, 2, 0.05)
        self.below_market.setValue(float(current.below_market_threshold))
        self.below_market.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "An offer whose compa-ratio (offer ÷ market median) is below this raises a high flag; "
                "below 1.00 a medium one",
            )
        )
        days = QCoreApplication.translate("SettingsDialog", " days")
        self.policy_days = _spin(1, 3650, days)
        self.policy_days.setValue(current.policy_check_days)
        self.policy_days.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "A policy-watch entry not checked for this long raises a flag"
            )
        )
        self.stale_days = _spin(1, 3650, days)
        self.stale_days.setValue(current.stale_data_days)
        self.stale_days.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "Benchmarks and exchange rates older than this are marked stale"
            )
        )
        self.risk_medium = _spin(1, 25)
        self.risk_medium.setValue(current.risk_medium_from)
        self.risk_high = _spin(1, 25)
        self.risk_high.setValue(current.risk_high_from)
        for box in (self.risk_medium, self.risk_high):
            box.setToolTip(
                QCoreApplication.translate("SettingsDialog", "Risk score = likelihood × impact, from 1 to 25")
            )
        self.retention_pct = _decimal_spin(0, 500, 1, 5, PERCENT_SIGN)
        self.retention_pct.setValue(float(current.expected_retention_grant_pct))
        self.retention_pct.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "When a competing package names no retention grant, assume this share of its yearly total",
            )
        )

        plan_form = QFormLayout()
        plan_form.addRow(QCoreApplication.translate("SettingsDialog", "&Reporting currency:"), self.currency)
        plan_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Reference &market:"), self.reference_market
        )
        rules_form = QFormLayout()
        rules_form.addRow(
            QCoreApplication.translate("SettingsDialog", "High below-market &flag under compa-ratio:"),
            self.below_market,
        )
        rules_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Policy watch to be checked &every:"),
            self.policy_days,
        )
        rules_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Market data &stale after:"), self.stale_days
        )
        rules_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Risk is medi&um from score:"), self.risk_medium
        )
        rules_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Risk is &high from score:"), self.risk_high
        )
        rules_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Assumed retention &grant of rivals:"),
            self.retention_pct,
        )
        rules_box = QGroupBox(QCoreApplication.translate("SettingsDialog", "Risk rules and assumptions"))
        rules_box.setLayout(rules_form)
        plan_note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog",
                "Saved in the plan file (and in templates made from it). OK applies them as one undo step.",
            )
        )
        plan_note.setWordWrap(True)
        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.addWidget(plan_note)
        plan_layout.addLayout(plan_form)
        plan_layout.addWidget(rules_box)
        plan_layout.addStretch(1)

        # --- this computer
        self.autosave = _spin(
            MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS, QCoreApplication.translate("SettingsDialog", " s")
        )
        self.autosave.setValue(settings.autosave_seconds())
        self.autosave.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "How often a recovery copy of unsaved changes is written"
            )
        )
        self.page_size = QComboBox()
        for name in PAGE_SIZE_NAMES:
            self.page_size.addItem(
                QCoreApplication.translate("SettingsDialog", PAGE_SIZE_LABELS.get(name, name)), name
            )
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.default_page_size())))
        self.default_owner = QLineEdit(settings.default_owner())
        self.default_owner.setPlaceholderText(
            QCoreApplication.translate("SettingsDialog", "Your name, put in the owner field of new plans")
        )
        self.default_owner.setMaxLength(500)
        self.user_name = QLineEdit(settings.user_name())
        self.user_name.setMaxLength(80)
        self.user_name.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "Recorded on locks, acknowledgements, approvals and template publishes"
            )
        )
        self.backups_kept = _spin(1, MAX_KEEP, "")
        self.backups_kept.setValue(settings.backups_kept())
        self.backups_kept.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "How many earlier saves of each plan .hireplan-backups keeps"
            )
        )
        self.team_library = QLineEdit(str(settings.team_library() or ""))
        self.team_library.setPlaceholderText(
            QCoreApplication.translate("SettingsDialog", "A folder on the team's shared drive")
        )
        self.language = QComboBox()
        for choice in language.CHOICES:
            self.language.addItem(
                QCoreApplication.translate("SettingsDialog", LANGUAGE_NAMES[choice]), choice
            )
        self.language.setCurrentIndex(
            max(0, self.language.findData(language.stored_choice(settings.qsettings)))
        )
        self.language_note = QLabel(
            QCoreApplication.translate("SettingsDialog", "Takes effect the next time hireplan starts.")
        )
        self.language_note.setWordWrap(True)
        self.language.setAccessibleDescription(self.language_note.text())
        self.colour_scheme = QComboBox()
        for choice, label in (
            (colour_scheme.FOLLOW_SYSTEM, QCoreApplication.translate("SettingsDialog", "Follow the system")),
            (colour_scheme.LIGHT, QCoreApplication.translate("SettingsDialog", "Light")),
            (colour_scheme.DARK, QCoreApplication.translate("SettingsDialog", "Dark")),
        ):
            self.colour_scheme.addItem(label, choice)
        self.colour_scheme.setCurrentIndex(
            max(0, self.colour_scheme.findData(colour_scheme.stored_choice(settings.qsettings)))
        )
        self.colour_scheme.setToolTip(
            QCoreApplication.translate("SettingsDialog", "Light or dark window colours, from the next start")
        )
        app_form = QFormLayout()
        app_form.addRow(QCoreApplication.translate("SettingsDialog", "&Language:"), self.language)
        app_form.addRow("", self.language_note)
        app_form.addRow(QCoreApplication.translate("SettingsDialog", "Your &name:"), self.user_name)
        app_form.addRow(
            QCoreApplication.translate("SettingsDialog", "&Backups kept per plan:"), self.backups_kept
        )
        app_form.addRow(
            QCoreApplication.translate("SettingsDialog", "&Team template library:"), self.team_library
        )
        app_form.addRow(QCoreApplication.translate("SettingsDialog", "&Autosave every:"), self.autosave)
        app_form.addRow(QCoreApplication.translate("SettingsDialog", "PDF pa&ge size:"), self.page_size)
        app_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Default &owner of new plans:"), self.default_owner
        )
        app_form.addRow(
            QCoreApplication.translate("SettingsDialog", "Colo&urs (from the next start):"),
            self.colour_scheme,
        )
        app_note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog", "Saved for you on this computer; they apply to every plan."
            )
        )
        app_note.setWordWrap(True)
        app_page = QWidget()
        app_layout = QVBoxLayout(app_page)
        app_layout.addWidget(app_note)
        app_layout.addLayout(app_form)
        app_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(plan_page, QCoreApplication.translate("SettingsDialog", "This &Plan"))
        self.tabs.addTab(app_page, QCoreApplication.translate("SettingsDialog", "This &Computer"))

        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight)")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.currency.editTextChanged.connect(self._check)
        self.risk_medium.valueChanged.connect(self._check)
        self.risk_high.valueChanged.connect(self._check)
        self._check()

    # ------------------------------------------------------------------ checking

    def problem_text(self) -> str:
        """Why OK is refused right now, or "" when the values can be applied."""
        if not re.fullmatch(CURRENCY_PATTERN, self.currency.currentText().strip()):
            return QCoreApplication.translate(
                "SettingsDialog",
                "The reporting currency must be a three-letter code in capitals, such as USD or CNY.",
            )
        if self.risk_medium.value() >= self.risk_high.value():
            return QCoreApplication.translate(
                "SettingsDialog", "A risk must become medium at a lower score than it becomes high."
            )
        return ""

    def _check(self, *_args: object) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def wanted_settings(self) -> list[SettingChange]:
        """The plan values the dialog shows, in the order they are applied."""
        return [
            ("plan", "reporting_currency", self.currency.currentText().strip()),
            ("settings", "reference_market_id", self.reference_market.currentData()),
            ("settings", "below_market_threshold", _decimal(self.below_market)),
            ("settings", "policy_check_days", self.policy_days.value()),
            ("settings", "stale_data_days", self.stale_days.value()),
            ("settings", "risk_medium_from", self.risk_medium.value()),
            ("settings", "risk_high_from", self.risk_high.value()),
            ("settings", "expected_retention_grant_pct", _decimal(self.retention_pct)),
        ]

    # ------------------------------------------------------------------ applying

    def apply_plan_settings(self) -> int:
        """Apply every changed plan value as ONE undo step; returns how many changed.

        Raises ValueError (nothing pushed) when the model refuses a value.
        """
        return self.document.set_plan_settings(self.wanted_settings())

    def apply_app_settings(self) -> None:
        seconds = self.autosave.value()
        changed = seconds != self.settings.autosave_seconds()
        self.settings.set_autosave_seconds(seconds)
        self.settings.set_default_page_size(str(self.page_size.currentData()))
        self.settings.set_default_owner(self.default_owner.text())
        self.settings.set_user_name(self.user_name.text())
        self.settings.set_backups_kept(self.backups_kept.value())
        colour_scheme.store_choice(self.settings.qsettings, str(self.colour_scheme.currentData()))
        library = self.team_library.text().strip()
        self.settings.set_team_library(Path(library).expanduser() if library else None)
        language.store_choice(self.settings.qsettings, str(self.language.currentData()))
        self.document.user_name = self.settings.user_name()
        self.settings.sync()
        if changed:
            self.autosaveIntervalChanged.emit(self.settings.autosave_seconds())

    def accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self._check()
            return
        try:
            count = self.apply_plan_settings()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        self.apply_app_settings()
        self.planSettingsChanged.emit(count)
        super().accept()
