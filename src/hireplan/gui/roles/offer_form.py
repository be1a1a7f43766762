"""The form for one offer's components and the package the candidate would leave behind.

Every field commits on Enter or when focus leaves it, as one undo step through
:meth:`PlanDocument.set_field` (kind ``"offer"``); switching the bonus unit and the competing
package are named document operations (``set_bonus_kind``, ``record_competing``,
``set_competing_field``: the package is one nested model, replaced whole) — one undo step per
committed field, like every other field. Values a person
would not mean are refused at the field with the model's reason (shown in red under it, the plan
untouched); values that are allowed but unusual get an amber warning under the field.
The header line shows the compa-ratio and flags from the analysis, refreshed on ``analysisChanged``.
The fields' labels and warnings are in ``offer_fields``; the notes editor is ``notes_edit.NotesEdit``.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.loaded_text import show_loaded_text
from hireplan.gui.common.money_edit import MoneyEdit
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.roles.competing_form import CompetingBox
from hireplan.gui.roles.field_row import FieldRow, add_field_row
from hireplan.gui.roles.notes_edit import NotesEdit
from hireplan.gui.roles.offer_fields import (
    BONUS_LABELS,
    BONUS_TIPS,
    GUARANTEED_MONTHS_TIP,
    OFFER_MONEY,
    soft_warning,
)
from hireplan.gui.roles.offer_summary import band_sentence, market_sentence, plan_sentence
from hireplan.i18n import join_sentences
from hireplan.model.roles import BonusKind, Offer


def _flag_entry(severity: str, title: str, count: int) -> str:
    """One kind of open flag in the summary: "Medium: Missing exchange rate or PPP factor (4 flags)"."""
    if count == 1:
        return QCoreApplication.translate("OfferForm", "{severity}: {title}").format(
            severity=severity, title=title
        )
    return QCoreApplication.translate("OfferForm", "{severity}: {title} (%n flags)", None, count).format(
        severity=severity, title=title
    )


class OfferForm(QWidget):
    """Edits the offer with id :meth:`offer_id`; empty (disabled) when there is none."""

    refused = Signal(str)
    """A value was refused; the reason (also shown at the field)."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._offer_id: str | None = None
        self._loading = False
        self.fields: dict[str, FieldRow] = {}

        self.summary = QLabel(QCoreApplication.translate("OfferForm", "Select an offer to edit its package."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        offer_box = QGroupBox(QCoreApplication.translate("OfferForm", "Offer"))
        offer_form = QFormLayout(offer_box)
        self.candidate = QLineEdit()
        self.candidate.editingFinished.connect(lambda: self._commit_text("candidate", self.candidate))
        self._add(
            offer_form, QCoreApplication.translate("OfferForm", "Candidate"), "candidate", self.candidate
        )
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.editingFinished.connect(lambda: self._commit_text("currency", self.currency))
        self._add(offer_form, QCoreApplication.translate("OfferForm", "Currency"), "currency", self.currency)
        self.money: dict[str, MoneyEdit] = {}
        self._add_money(offer_form, *OFFER_MONEY[0])
        self.guaranteed_months = MoneyEdit(
            QCoreApplication.translate("OfferForm", "months"),
            what=QCoreApplication.translate("OfferForm", "The guaranteed extra months"),
        )
        self.guaranteed_months.setToolTip(QCoreApplication.translate("OfferForm", GUARANTEED_MONTHS_TIP))
        self._wire_number(self.guaranteed_months, "guaranteed_months")
        self._add(
            offer_form,
            QCoreApplication.translate("OfferForm", "Extra months"),
            "guaranteed_months",
            self.guaranteed_months,
        )
        self.bonus_kind = QComboBox()
        # Its longest unit must not widen the form past its pane (in Chinese it is the widest field).
        self.bonus_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bonus_kind.setMinimumContentsLength(16)
        for kind, label in BONUS_LABELS.items():
            self.bonus_kind.addItem(QCoreApplication.translate("OfferForm", label), kind.value)
            self.bonus_kind.setItemData(
                self.bonus_kind.count() - 1,
                QCoreApplication.translate("OfferForm", BONUS_TIPS[kind]),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.bonus_kind.activated.connect(self._bonus_kind_chosen)
        self._add(
            offer_form, QCoreApplication.translate("OfferForm", "Bonus as"), "bonus_kind", self.bonus_kind
        )
        self.bonus_value = MoneyEdit("%", what=QCoreApplication.translate("OfferForm", "The bonus"))
        self._wire_number(self.bonus_value, "bonus_value")
        self._add(
            offer_form,
            QCoreApplication.translate("OfferForm", "Target bonus"),
            "bonus_value",
            self.bonus_value,
        )

        equity_box = QGroupBox(QCoreApplication.translate("OfferForm", "Equity and sign-on"))
        equity_form = QFormLayout(equity_box)
        self._add_money(equity_form, *OFFER_MONEY[1])
        self.vesting_years = MoneyEdit(
            QCoreApplication.translate("OfferForm", "years"),
            what=QCoreApplication.translate("OfferForm", "Vesting"),
        )
        self._wire_number(self.vesting_years, "vesting_years")
        self._add(
            equity_form,
            QCoreApplication.translate("OfferForm", "Vesting over"),
            "vesting_years",
            self.vesting_years,
        )
        self._add_money(equity_form, *OFFER_MONEY[2])
        self.amortisation_years = MoneyEdit(
            QCoreApplication.translate("OfferForm", "years"),
            what=QCoreApplication.translate("OfferForm", "Amortisation"),
        )
        self._wire_number(self.amortisation_years, "sign_on_amortisation_years")
        self._add(
            equity_form,
            QCoreApplication.translate("OfferForm", "Sign-on spread over"),
            "sign_on_amortisation_years",
            self.amortisation_years,
        )

        support_box = QGroupBox(
            QCoreApplication.translate("OfferForm", "Relocation, allowances and research")
        )
        support_form = QFormLayout(support_box)
        for field, label, what in OFFER_MONEY[3:]:
            self._add_money(support_form, field, label, what)
        self.compute_note = QLineEdit()
        self.compute_note.setPlaceholderText(
            QCoreApplication.translate("OfferForm", "e.g. 64 GPUs shared with the team")
        )
        self.compute_note.editingFinished.connect(
            lambda: self._commit_text("compute_note", self.compute_note)
        )
        self._add(
            support_form,
            QCoreApplication.translate("OfferForm", "Compute note"),
            "compute_note",
            self.compute_note,
        )

        self.notes = NotesEdit()
        self.notes.setAccessibleName(QCoreApplication.translate("OfferForm", "Notes on this offer"))
        self.notes.committed.connect(lambda text: self._set("notes", text))
        self._add(support_form, QCoreApplication.translate("OfferForm", "Notes"), "notes", self.notes)

        self.competing_box = CompetingBox(document, self.offer, self)
        self.competing_box.refused.connect(self.refused)
        self.has_competing = self.competing_box.has_competing
        self.competing_money = self.competing_box.money
        self.competing_fields = self.competing_box.fields

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.summary)
        for box in (offer_box, equity_box, support_box, self.competing_box):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(QCoreApplication.translate("OfferForm", "Offer package"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to an unmarked stop
        # Never sideways: a field reached by Tab scrolled the labels and the summary out of sight.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Never narrower than its widest row (a group's title, a label beside its field): the
        # splitter gives the tables the rest, and they scroll sideways instead of the form.
        self.setMinimumWidth(
            content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )

        document.objectsChanged.connect(self._on_objects_changed)
        document.analysisChanged.connect(self._refresh_summary)
        document.planReset.connect(lambda: self.set_offer(None))
        document.collectionChanged.connect(self._on_collection_changed)
        self.set_offer(None)

    # ------------------------------------------------------------------ building

    def _add(self, form: QFormLayout, label: str, field: str, editor: QWidget) -> None:
        self.fields[field] = add_field_row(form, label, editor)

    def _add_money(self, form: QFormLayout, field: str, label: str, what: str) -> None:
        edit = MoneyEdit(what=QCoreApplication.translate("OfferForm", what))
        self._wire_number(edit, field)
        self.money[field] = edit
        self._add(form, QCoreApplication.translate("OfferForm", label), field, edit)

    def _wire_number(self, edit: MoneyEdit, field: str) -> None:
        edit.committed.connect(lambda value: self._commit(field, value))
        edit.refused.connect(lambda reason: self._refuse(field, reason))

    # ------------------------------------------------------------------ showing an offer

    def offer_id(self) -> str | None:
        return self._offer_id

    def offer(self) -> Offer | None:
        if self._offer_id is None:
            return None
        for offer in self._document.plan.offers:
            if offer.id == self._offer_id:
                return offer
        return None

    def focus_first_field(self) -> None:
        """Put the cursor in the candidate's name, as after adding an offer."""
        self.candidate.setFocus(Qt.FocusReason.OtherFocusReason)
        self.candidate.selectAll()

    def set_offer(self, offer_id: str | None) -> None:
        self._offer_id = offer_id
        for entry in (*self.fields.values(), *self.competing_fields.values()):
            entry.clear()
        self._load()
        self._refresh_summary()

    def _load(self) -> None:
        """Put the offer's values in the editors (the summary follows the analysis, see below)."""
        offer = self.offer()
        self._loading = True
        try:
            for child in self.findChildren(QGroupBox):
                child.setEnabled(offer is not None)
            if offer is None:
                self._offer_id = None
                self.summary.setText(
                    QCoreApplication.translate("OfferForm", "Select an offer to edit its package.")
                )
                return
            show_loaded_text(self.candidate, offer.candidate)
            show_loaded_text(self.currency, offer.currency)
            for field, edit in self.money.items():
                edit.set_unit(offer.currency)
                edit.set_value(getattr(offer, field))
            self.guaranteed_months.set_value(offer.guaranteed_months)
            self.bonus_kind.setCurrentIndex(self.bonus_kind.findData(offer.bonus_kind.value))
            self.bonus_value.set_unit("%" if offer.bonus_kind is BonusKind.PERCENT else offer.currency)
            self.bonus_value.set_value(offer.bonus_value)
            self.vesting_years.set_value(offer.vesting_years)
            self.amortisation_years.set_value(offer.sign_on_amortisation_years)
            show_loaded_text(self.compute_note, offer.compute_note)
            self.notes.set_notes(offer.notes)
            self.competing_box.load(offer.competing)
        finally:
            self._loading = False

    def _refresh_summary(self) -> None:
        """The header line, from the analysis: on showing an offer and on ``analysisChanged``.

        Never from an edit's own notice: that would compute the analysis inside the undo push,
        before the document's coalescing timer, and once more when the timer fires.
        """
        offer = self.offer()
        if offer is None:
            return

        analysis = self._document.analysis()
        result = analysis.offers.get(offer.id)
        parts: list[str] = []
        if result is not None:
            role = next((r for r in self._document.plan.roles if r.id == offer.role_id), None)
            parts = [market_sentence(result), band_sentence(result), plan_sentence(result, role, analysis)]
        flags = [flag for flag in analysis.flags_for("offer", offer.id) if not flag.acknowledged]
        text = join_sentences(*parts)
        if flags:
            # One entry per kind of flag: four missing rates read once, with their count.
            kinds = Counter((flag.severity.label, flag.title) for flag in flags)
            listed = QCoreApplication.translate("OfferForm", "; ").join(
                _flag_entry(severity, title, count) for (severity, title), count in kinds.items()
            )
            text = join_sentences(
                text, QCoreApplication.translate("OfferForm", "Flags: {flags}.").format(flags=listed)
            )
        self.summary.setText(text)

    def flag_rules(self) -> list[str]:
        """Rule ids of the open flags on this offer (what the summary line lists)."""
        offer = self.offer()
        if offer is None:
            return []
        flags = self._document.analysis().flags_for("offer", offer.id)
        return [flag.rule for flag in flags if not flag.acknowledged]

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        if kind == "offer" and self._offer_id in ids:
            self._load()  # the editors follow an undo at once; the summary waits for the analysis

    def _on_collection_changed(self, kind: str) -> None:
        if kind == "offer" and self._offer_id is not None and self.offer() is None:
            self.set_offer(None)

    # ------------------------------------------------------------------ committing

    def _entry(self, field: str, *, competing: bool = False) -> FieldRow:
        return (self.competing_fields if competing else self.fields)[field]

    def _refuse(self, field: str, reason: str) -> None:
        self._entry(field).show(reason, refused=True)
        self.refused.emit(reason)

    def _set(self, field: str, value: Any) -> bool:
        offer = self.offer()
        if offer is None or self._loading:
            return False
        try:
            self._document.set_field("offer", offer.id, field, value)
        except ValueError as error:
            self._refuse(field, str(error))
            self._load_keeping_messages()
            return False
        return True

    def _load_keeping_messages(self) -> None:
        """Put the plan's values back in the editors without clearing the refusal shown."""
        messages = {name: (e.message.text(), e.message.styleSheet()) for name, e in self.fields.items()}
        self._load()
        for name, (text, style) in messages.items():
            if text:
                self.fields[name].message.setText(text)
                self.fields[name].message.setStyleSheet(style)
                self.fields[name].message.show()

    def _commit(self, field: str, value: object) -> None:
        offer = self.offer()
        if offer is None or self._loading:
            return
        if self._set(field, value):
            offer = self.offer()
            assert offer is not None
            warning = soft_warning(field, value, offer) if isinstance(value, Decimal) else ""
            self._entry(field).show(warning, refused=False)

    def _commit_text(self, field: str, editor: QLineEdit) -> None:
        text = editor.text().strip()
        if field == "currency":
            text = text.upper()
        if self._set(field, text):
            self._entry(field).clear()

    def _bonus_kind_chosen(self, _index: int) -> None:
        offer = self.offer()
        if offer is None or self._loading:
            return
        kind = BonusKind(self.bonus_kind.currentData())
        if kind is offer.bonus_kind:
            return
        try:
            cleared = self._document.set_bonus_kind(offer.id, kind)
        except ValueError as error:
            self._refuse("bonus_kind", str(error))
            self._load_keeping_messages()
            return
        if cleared:
            self.fields["bonus_value"].show(
                QCoreApplication.translate(
                    "OfferForm", "The bonus figure was cleared: enter it in the new unit."
                ),
                refused=False,
            )

    # ------------------------------------------------------------------ for tests and the panel

    def editor_for(self, field: str) -> QWidget:
        return self.fields[field].editor

    def message_for(self, field: str, *, competing: bool = False) -> str:
        entry = self._entry(field, competing=competing)
        return entry.message.text() if not entry.message.isHidden() else ""
