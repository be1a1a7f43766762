"""An amount field that knows its currency (or unit) and reads exactly what was typed as a Decimal.

Floats would turn 0.1 into 0.1000000000000000055; a spin box would clamp instead of saying why.
So this is a line edit that reads what a person in either language types (``250,000``,
``$250k``, ``30万``, ``1.5万元``: the rules of :func:`hireplan.locale_figures.parse_amount`), shows
the currency beside the number as the window's language names it (``USD`` / ``美元``), and on Enter
or leaving the field emits :attr:`MoneyEdit.committed` with the typed value — or
:attr:`MoneyEdit.refused` with the reason (negative pay, not an amount, another currency's
symbol), leaving the plan alone. The form then sends the value through the document, whose model
checks have the last word.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from hireplan.analysis.format import format_number
from hireplan.gui.common.loaded_text import show_loaded_text
from hireplan.locale_figures import currency_name, parse_amount

MAX_TYPED = 60
"""Longest text the field takes; no amount is near it."""

_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


def default_what() -> str:
    """What an amount field is called (its accessible name) when its form names it nothing else."""
    return QCoreApplication.translate("MoneyEdit", "The amount")


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
        self.line.setMaxLength(MAX_TYPED)
        self.line.editingFinished.connect(self._finish)
        self._unit = unit
        self.unit_label = QLabel(self._shown_unit(unit), self)
        self.unit_label.setMinimumWidth(self.unit_label.fontMetrics().horizontalAdvance("MMMM"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.unit_label)
        self.setFocusProxy(self.line)
        self.set_unit(unit)

    # ------------------------------------------------------------------ value

    def set_unit(self, unit: str) -> None:
        """The currency code (``USD``) or unit (``%``, ``months``, ``years``) beside the number; a code is
        shown as the window's language names the currency (``美元``)."""
        self._unit = unit
        shown = self._shown_unit(unit)
        self.unit_label.setText(shown)
        self.line.setAccessibleName(
            QCoreApplication.translate("MoneyEdit", "{what} in {unit}").format(what=self._what, unit=shown)
            if unit
            else self._what
        )

    def unit(self) -> str:
        """The currency code or unit given to :meth:`set_unit`."""
        return self._unit

    @staticmethod
    def _shown_unit(unit: str) -> str:
        return currency_name(unit) if _CURRENCY_CODE.match(unit) else unit

    def currency(self) -> str:
        """The field's currency code, or empty when its unit is not a currency."""
        return self._unit if _CURRENCY_CODE.match(self._unit) else ""

    def set_value(self, value: Decimal | None) -> None:
        """Show ``value`` (without emitting anything)."""
        self._shown = value
        show_loaded_text(self.line, "" if value is None else self._format(value))

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
        return parse_amount(self.line.text(), currency=self.currency(), allow_empty=self._allow_empty)

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
