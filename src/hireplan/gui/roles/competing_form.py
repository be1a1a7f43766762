"""The competing package in the offer form: what the candidate would give up, or a rival offer.

Its own box because it edits one nested model that is recorded, changed field by field and
removed whole (``record_competing``, ``set_competing_field``: one undo step each); refusals show
under the field and go out through ``refused`` like the rest of the form's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from hireplan.gui.common.loaded_text import show_loaded_text
from hireplan.gui.common.money_edit import MoneyEdit
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.roles.field_row import FieldRow, add_field_row
from hireplan.model.roles import CompetingKind, CompetingPackage, Offer

COMPETING_LABELS = {
    CompetingKind.CURRENT_EMPLOYER: str(QT_TRANSLATE_NOOP("CompetingBox", "Current employer")),
    CompetingKind.RIVAL_OFFER: str(QT_TRANSLATE_NOOP("CompetingBox", "Rival offer")),
}

COMPETING_MONEY = (
    ("base", str(QT_TRANSLATE_NOOP("CompetingBox", "Base salary"))),
    ("bonus", str(QT_TRANSLATE_NOOP("CompetingBox", "Bonus and extra months (yearly)"))),
    ("equity_per_year", str(QT_TRANSLATE_NOOP("CompetingBox", "Equity per year"))),
    ("allowances", str(QT_TRANSLATE_NOOP("CompetingBox", "Allowances (yearly)"))),
    ("unvested_equity_forfeited", str(QT_TRANSLATE_NOOP("CompetingBox", "Unvested equity forfeited"))),
    ("expected_retention_grant", str(QT_TRANSLATE_NOOP("CompetingBox", "Expected retention grant"))),
)
"""The package's money fields and their labels, in English; translated where they are shown."""
COMPETING_TIPS = {
    "bonus": str(
        QT_TRANSLATE_NOOP(
            "CompetingBox",
            "Yearly: the bonus the candidate expects there, plus any guaranteed extra months' pay "
            "(a 14-month package adds two months of base), so it compares with our offer like for like.",
        )
    ),
}
"""Tips for the fields whose label cannot say all it holds."""


class CompetingBox(QGroupBox):
    """Records, edits and removes the offer's competing package (``offer()`` says which offer)."""

    refused = Signal(str)
    """A value was refused; the reason (also shown at the field)."""

    def __init__(
        self, document: PlanDocument, offer: Callable[[], Offer | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate(
                "CompetingBox", "Package the candidate would give up (or a rival offer)"
            ),
            parent,
        )
        self._document = document
        self.offer = offer
        self._loading = False
        self.fields: dict[str, FieldRow] = {}
        form = QFormLayout(self)
        self.has_competing = QCheckBox(
            QCoreApplication.translate("CompetingBox", "Record a com&peting package")
        )
        self.has_competing.clicked.connect(self._toggle_competing)
        form.addRow(self.has_competing)
        self.kind = QComboBox()
        for ckind, label in COMPETING_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("CompetingBox", label), ckind.value)
        self.kind.activated.connect(
            lambda _i: self._commit_competing("kind", CompetingKind(self.kind.currentData()))
        )
        self.fields["kind"] = add_field_row(
            form, QCoreApplication.translate("CompetingBox", "Kind"), self.kind
        )
        self.employer = QLineEdit()
        self.employer.editingFinished.connect(
            lambda: self._commit_competing("employer", self.employer.text().strip())
        )
        self.fields["employer"] = add_field_row(
            form, QCoreApplication.translate("CompetingBox", "Employer"), self.employer
        )
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.editingFinished.connect(
            lambda: self._commit_competing("currency", self.currency.text().strip().upper())
        )
        self.fields["currency"] = add_field_row(
            form, QCoreApplication.translate("CompetingBox", "Currency"), self.currency
        )
        self.money: dict[str, MoneyEdit] = {}
        for field, english in COMPETING_MONEY:
            label = QCoreApplication.translate("CompetingBox", english)
            edit = MoneyEdit(what=label)
            edit.committed.connect(lambda value, f=field: self._commit_competing(f, value))
            edit.refused.connect(lambda reason, f=field: self._refuse(f, reason))
            if field in COMPETING_TIPS:
                edit.setToolTip(QCoreApplication.translate("CompetingBox", COMPETING_TIPS[field]))
            self.money[field] = edit
            self.fields[field] = add_field_row(form, label, edit)

    def load(self, competing: CompetingPackage | None) -> None:
        """Show the package (or empty, disabled fields when there is none)."""
        self._loading = True
        try:
            self.has_competing.setChecked(competing is not None)
            for entry in self.fields.values():
                entry.editor.setEnabled(competing is not None)
            if competing is not None:
                self.kind.setCurrentIndex(self.kind.findData(competing.kind.value))
                show_loaded_text(self.employer, competing.employer)
                show_loaded_text(self.currency, competing.currency)
                for field, edit in self.money.items():
                    edit.set_unit(competing.currency)
                    edit.set_value(getattr(competing, field))
            else:
                self.employer.clear()
                self.currency.clear()
                for edit in self.money.values():
                    edit.set_unit("")
                    edit.set_value(None)
        finally:
            self._loading = False

    def _reload(self) -> None:
        offer = self.offer()
        self.load(offer.competing if offer is not None else None)

    def _refuse(self, field: str, reason: str) -> None:
        self.fields[field].show(reason, refused=True)
        self.refused.emit(reason)

    def _toggle_competing(self, checked: bool) -> None:
        offer = self.offer()
        if offer is None:
            return
        try:
            self._document.record_competing(offer.id, checked)
        except ValueError as error:
            self.refused.emit(str(error))
            self._reload()

    def _commit_competing(self, field: str, value: object) -> None:
        offer = self.offer()
        if offer is None or self._loading or offer.competing is None:
            return
        entry = self.fields[field]
        try:
            self._document.set_competing_field(offer.id, field, value)
        except ValueError as error:
            entry.show(str(error), refused=True)
            self.refused.emit(str(error))
            return
        entry.clear()
