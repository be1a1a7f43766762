"""The due-date editor every screen uses for an optional date (checklist items, risk reviews).

A plain ``QDateEdit`` cannot be empty; this one treats its minimum as "no date", so clearing a
date is one key (Ctrl+Delete) or one click (×), and the calendar opens on this month.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from hireplan.gui.common.containment import Contained

NO_DATE = QDate(1900, 1, 1)
"""The date editor's minimum, shown as "No date": picking it clears the due date."""


class _DateEdit(Contained, QDateEdit):
    """A date edit that treats its minimum as "no date": Delete clears, arrows start from today."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier or self.date() == NO_DATE
        ):
            self.setDate(NO_DATE)
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)


class DueDateEditor(Contained, QWidget):
    """A date field with a calendar pop-up and a button (or Ctrl+Delete) to clear the date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.date_edit = _DateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText("No date")
        self.date_edit.setToolTip("Pick a date; Ctrl+Delete or the × button clears it")
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip("No due date")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)
        calendar = self.date_edit.calendarWidget()
        calendar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Opening the calendar on "No date" shows this month, not January 1900.
        if event.type() == QEvent.Type.Show and self.date_edit.date() == NO_DATE:
            today = QDate.currentDate()
            self.date_edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def set_date(self, value: QDate) -> None:
        self.date_edit.setDate(value if value.isValid() else NO_DATE)

    def date(self) -> QDate:
        """The chosen date, or an invalid QDate for "no date"."""
        value = self.date_edit.date()
        return QDate() if value == NO_DATE else value

    def clear(self) -> None:
        self.date_edit.setDate(NO_DATE)
