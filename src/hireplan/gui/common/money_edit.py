"""An amount field that knows its currency (or unit) and reads exactly what was typed as a Decimal.

Floats would turn 0.1 into 0.1000000000000000055; a spin box would clamp instead of saying why.
So this is a line edit that accepts digits, separators and a sign, shows the currency code
beside the number, and on Enter or leaving the field emits :attr:`MoneyEdit.committed` with the
typed value — or :attr:`MoneyEdit.refused` with the reason (negative pay, not a number), leaving
the plan alone. The form then sends the value through the document, whose model checks have
the last word.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from hireplan.analysis.format import format_number

_TYPING = QRegularExpression(r"^\s*-?[0-9.,\s]*$")
"""What may be typed: digits, separators, spaces and a sign (so a negative is refused with a reason)."""


def default_what() -> str:
    """What an amount field is called in its messages when its form names it nothing else."""
    return QCoreApplication.translate("MoneyEdit", "The amount")


def parse_amount_text(text: str, *, what: str | None = None, allow_empty: bool = False) -> Decimal | None:
    """``"1,250,000.50"`` -> ``Decimal("1250000.50")``; raises ValueError with the reason.

    ``what`` names the field at the start of the sentence (translated by the caller)."""
    what = what if what is not None else default_what()
    cleaned = text.replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        if allow_empty:
            return None
        return Decimal(0)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(
            QCoreApplication.translate("MoneyEdit", "{what} '{text}' is not a number.").format(
                what=what, text=text.strip()
            )
        ) from None
    if not value.is_finite():
        raise ValueError(QCoreApplication.translate("MoneyEdit", "{what} is not a number.").format(what=what))
    if value < 0:
        raise ValueError(
            QCoreApplication.translate("MoneyEdit", "{what} cannot be negative.").format(what=what)
        )
    return value


class MoneyEdit(QWidget):
    """A Decimal amount with its currency code (or a unit such as ``%`` or ``years``) beside it."""

    committed = Signal(object)
    """The person finished typing a readable value (``Decimal``, or ``None`` when empty and allowed)."""
    refused = Signal(str)
    """The person finished typing something that is not an acceptable amount; the reason."""

    def __init__(
        self,
        unit: str = "",
        *,
        what: str | None = None,
        allow_empty: bool = False,
        places: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._what = what if what is not None else default_what()
        self._allow_empty = allow_empty
        self._places = places
        self._shown: Decimal | None = None
        self.line = QLineEdit(self)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.line.setValidator(QRegularExpressionValidator(_TYPING, self.line))
        self.line.editingFinished.connect(self._finish)
        self.unit_label = QLabel(unit, self)
        self.unit_label.setMinimumWidth(self.unit_label.fontMetrics().horizontalAdvance("MMMM"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.unit_label)
        self.setFocusProxy(self.line)
        self.set_unit(unit)

    # ------------------------------------------------------------------ value

    def set_unit(self, unit: str) -> None:
        """The currency code (``USD``) or unit (``%``, ``months``, ``years``) shown beside the number."""
        self.unit_label.setText(unit)
        self.line.setAccessibleName(
            QCoreApplication.translate("MoneyEdit", "{what} in {unit}").format(what=self._what, unit=unit)
            if unit
            else self._what
        )

    def unit(self) -> str:
        return self.unit_label.text()

    def set_value(self, value: Decimal | None) -> None:
        """Show ``value`` (without emitting anything)."""
        self._shown = value
        self.line.setText("" if value is None else self._format(value))

    def _format(self, value: Decimal) -> str:
        if value == value.to_integral_value():
            return format_number(value)
        exponent = value.normalize().as_tuple().exponent
        places = min(max(-exponent, 0), 8) if isinstance(exponent, int) else self._places
        return format_number(value, places)

    def text(self) -> str:
        return self.line.text()

    def value(self) -> Decimal | None:
        """What is typed now; raises ValueError with the reason when it is not an acceptable amount."""
        return parse_amount_text(self.line.text(), what=self._what, allow_empty=self._allow_empty)

    def set_text_and_commit(self, text: str) -> None:
        """Type ``text`` and press Enter (what tests and paste handlers do)."""
        self.line.setText(text)
        self._finish()

    def _finish(self) -> None:
        try:
            value = self.value()
        except ValueError as error:
            self.refused.emit(str(error))
            return
        if value == self._shown and self.line.text() == ("" if value is None else self._format(value)):
            return
        self._shown = value
        if value is not None:
            self.line.setText(self._format(value))
        self.committed.emit(value)
