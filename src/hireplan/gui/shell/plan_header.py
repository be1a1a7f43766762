"""The band at the top of the window: the plan's title, organisation, owner, currency and dates.

Every field edits in place through ``document.set_field("plan", plan.id, ...)``, so each change is
one undo step (typing into one field merges into one step until the field loses focus).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.date_edit import OptionalDateEdit
from hireplan.i18n import prose_date

if TYPE_CHECKING:
    from hireplan.gui.document.document import PlanDocument

COMMON_CURRENCIES = ("USD", "CNY", "EUR", "GBP", "HKD", "SGD", "JPY", "CAD", "CHF", "KRW", "TWD", "INR")
_session = itertools.count(1)


class PlanHeader(Contained, QWidget):
    """Editable plan header; emits ``notice(message)`` when a value is refused or looks wrong."""

    notice = Signal(str)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._loading = False
        self._merge: dict[str, str] = {}

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("planTitle")
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PlanHeader", "Plan title"))
        self.title_edit.setAccessibleName(QCoreApplication.translate("PlanHeader", "Plan title"))
        self.title_edit.setMaxLength(500)
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.45)
        title_font.setBold(True)
        self.title_edit.setFont(title_font)
        self.title_edit.setFrame(False)

        self.organisation_edit = self._line_edit(
            QCoreApplication.translate("PlanHeader", "Organisation"),
            QCoreApplication.translate("PlanHeader", "Company or team"),
        )
        self.owner_edit = self._line_edit(
            QCoreApplication.translate("PlanHeader", "Plan owner"),
            QCoreApplication.translate("PlanHeader", "Who answers for the plan"),
        )

        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency_combo.setAccessibleName(QCoreApplication.translate("PlanHeader", "Reporting currency"))
        self.currency_combo.setToolTip(
            QCoreApplication.translate(
                "PlanHeader", "Currency every figure is converted into (ISO code such as USD or CNY)"
            )
        )
        currency_line = self.currency_combo.lineEdit()
        assert currency_line is not None  # the combo is editable
        currency_line.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency_combo)
        )
        self.currency_combo.setMinimumContentsLength(4)

        self.start_edit = OptionalDateEdit()
        self.start_edit.setAccessibleName(QCoreApplication.translate("PlanHeader", "Start date"))
        self.target_edit = OptionalDateEdit()
        self.target_edit.setAccessibleName(QCoreApplication.translate("PlanHeader", "Target date"))

        grid = QGridLayout(self)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.title_edit, 0, 0, 1, 10)
        # No Alt+letter on these always-visible labels (F6 reaches the header, Tab walks it): their
        # letters would clash with every screen's own buttons ("&Add role", "&Add risk"…).
        row = [
            (QCoreApplication.translate("PlanHeader", "Organisation"), self.organisation_edit),
            (QCoreApplication.translate("PlanHeader", "Owner"), self.owner_edit),
            (QCoreApplication.translate("PlanHeader", "Currenc&y"), self.currency_combo),
            (QCoreApplication.translate("PlanHeader", "Start"), self.start_edit),
            (QCoreApplication.translate("PlanHeader", "Target"), self.target_edit),
        ]
        for column, (text, widget) in enumerate(row):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 1, column * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(widget, 1, column * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        for field, line_edit in (
            ("title", self.title_edit),
            ("organisation", self.organisation_edit),
            ("owner", self.owner_edit),
        ):
            line_edit.textEdited.connect(lambda text, f=field: self._edit_text(f, text))
            line_edit.editingFinished.connect(lambda f=field: self._end_session(f))
        self.currency_combo.activated.connect(lambda _i: self._edit_currency())
        currency_line.editingFinished.connect(self._edit_currency)
        self.start_edit.dateChanged.connect(lambda _d: self._edit_date("start_date", self.start_edit))
        self.target_edit.dateChanged.connect(lambda _d: self._edit_date("target_date", self.target_edit))
        for widget in (self.start_edit, self.target_edit):
            widget.installEventFilter(self)

        document.planReset.connect(self.reload)
        document.objectsChanged.connect(self._on_objects_changed)
        self.reload()

    def _line_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(500)
        return edit

    # From the plan -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the plan's current values without pushing anything."""
        plan = self._document.plan
        self._loading = True
        try:
            for edit, value in (
                (self.title_edit, plan.title),
                (self.organisation_edit, plan.organisation),
                (self.owner_edit, plan.owner),
            ):
                if edit.text() != value:
                    edit.setText(value)
                    edit.setCursorPosition(0)
            codes = sorted(
                {m.currency for m in plan.markets} | set(COMMON_CURRENCIES) | {plan.reporting_currency}
            )
            if [self.currency_combo.itemText(i) for i in range(self.currency_combo.count())] != codes:
                self.currency_combo.clear()
                self.currency_combo.addItems(codes)
            self.currency_combo.setCurrentText(plan.reporting_currency)
            self.start_edit.set_value(plan.start_date)
            self.target_edit.set_value(plan.target_date)
            self.setToolTip(
                QCoreApplication.translate("PlanHeader", "Plan created on {date}").format(
                    date=prose_date(plan.created)
                )
                if plan.created
                else ""
            )
        finally:
            self._loading = False

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        if kind == "plan" and self._document.plan.id in ids:
            self.reload()

    # To the plan -------------------------------------------------------------------------------

    def _merge_key(self, field: str) -> str:
        if field not in self._merge:
            self._merge[field] = f"plan-header.{field}.{next(_session)}"
        return self._merge[field]

    def _end_session(self, field: str) -> None:
        self._merge.pop(field, None)

    def _push(self, field: str, value: object, *, merge: bool) -> bool:
        plan = self._document.plan
        try:
            self._document.set_field(
                "plan", plan.id, field, value, merge_key=self._merge_key(field) if merge else None
            )
        except ValueError as exc:
            self.notice.emit(str(exc))
            self.reload()
            return False
        return True

    def _edit_text(self, field: str, text: str) -> None:
        if not self._loading:
            self._push(field, text, merge=True)

    def _edit_currency(self) -> None:
        if self._loading:
            return
        code = self.currency_combo.currentText().strip().upper()
        if code == self._document.plan.reporting_currency:
            self.currency_combo.setCurrentText(code)
            return
        if len(code) != 3:
            self.notice.emit(
                QCoreApplication.translate(
                    "PlanHeader", "A currency is a three-letter ISO code such as USD or CNY."
                )
            )
            self.reload()
            return
        self._push("reporting_currency", code, merge=False)

    def _edit_date(self, field: str, widget: OptionalDateEdit) -> None:
        if self._loading:
            return
        other = self.target_edit.value() if field == "start_date" else self.start_edit.value()
        value = widget.value()
        if value is not None and other is not None:
            start, target = (value, other) if field == "start_date" else (other, value)
            if target < start:
                self.notice.emit(
                    QCoreApplication.translate(
                        "PlanHeader", "The target date is before the start date; check both dates."
                    )
                )
        self._push(field, value, merge=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Spinning a date merges into one step until the field loses focus.
        if event.type() == QEvent.Type.FocusOut:
            if watched is self.start_edit:
                self._end_session("start_date")
            elif watched is self.target_edit:
                self._end_session("target_date")
        return super().eventFilter(watched, event)
