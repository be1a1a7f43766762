"""The one optional-date field (plan start and target, checklist due dates, risk reviews).

A typed field, not a spin box: ``QDateEdit`` cannot be empty, holds Tab to walk its sections,
and mangles typed dates ("Not set027", "31 Jan 1900"). Here the text is the date in the app's one
style (ISO, as everywhere else), a person may type it in that style or in their locale's short
format, Up/Down move a day (starting from today when empty), Alt+Down opens a calendar, Delete on
an empty field or Ctrl+Delete clears, and Tab always moves on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QToolTip, QWidget

from hireplan.gui.common.containment import Contained

NO_DATE = QDate(1900, 1, 1)
"""Kept for callers that store "no date" as a QDate: setting it (or an invalid date) empties the field."""

DISPLAY_FORMAT = "yyyy-MM-dd"


def accepted_formats(locale: QLocale | None = None) -> list[str]:
    """Formats a typed date is read in: the app's style, the locale's short and long ones, "15 Mar 2027"."""
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    formats = [DISPLAY_FORMAT, short]
    if "yyyy" not in short:
        formats.append(short.replace("yy", "yyyy"))
    formats += [locale.dateFormat(QLocale.FormatType.LongFormat), "d MMM yyyy", "d MMMM yyyy"]
    return formats


def parse_date(text: str, locale: QLocale | None = None) -> QDate:
    """The date ``text`` names in any accepted format; an invalid QDate when it names none."""
    locale = locale or QLocale()
    cleaned = " ".join(text.split())
    for fmt in accepted_formats(locale):
        value = locale.toDate(cleaned, fmt)
        if not value.isValid():
            value = QDate.fromString(cleaned, fmt)
        if value.isValid():
            if value.year() < 100:  # "3/15/27" means 2027, not the year 27
                value = value.addYears(2000)
            return value
    return QDate()


class OptionalDateEdit(Contained, QLineEdit):
    """A date field that may be empty; ``dateChanged`` fires when a new date is committed."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, *, empty_text: str | None = None) -> None:
        """``empty_text`` is the placeholder of an empty field (already translated; default "Not set")."""
        super().__init__(parent)
        self._date = QDate()
        self.setPlaceholderText(
            empty_text
            if empty_text is not None
            else QCoreApplication.translate("OptionalDateEdit", "Not set")
        )
        example = QLocale().toString(QDate(2027, 3, 15), QLocale.FormatType.ShortFormat)
        self.setToolTip(
            QCoreApplication.translate(
                "OptionalDateEdit",
                "Type a date such as 2027-03-15 or {example}; Up and Down change the day, "
                "Alt+Down opens a calendar, and emptying the field clears the date.",
            ).format(example=example)
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.editingFinished.connect(self._commit_text)
        self.textEdited.connect(self._on_text_edited)
        self._calendar: QCalendarWidget | None = None

    # QDateEdit-like face ---------------------------------------------------------------------------

    def date(self) -> QDate:
        """The date, or ``NO_DATE`` when empty (as the QDateEdit this replaces did)."""
        return self._date if self._date.isValid() else NO_DATE

    def setDate(self, value: QDate) -> None:
        value = value if value.isValid() and value != NO_DATE else QDate()
        self.setText(value.toString(DISPLAY_FORMAT) if value.isValid() else "")
        if value != self._date:
            self._date = value
            self.dateChanged.emit(self.date())

    def lineEdit(self) -> QLineEdit:
        return self

    def value(self) -> dt.date | None:
        """The date, or None when the field is empty."""
        if not self._date.isValid():
            return None
        return dt.date(self._date.year(), self._date.month(), self._date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate() if value is None else QDate(value.year, value.month, value.day))

    def chosen(self) -> QDate:
        """The date, or an invalid QDate when the field is empty."""
        return QDate(self._date)

    def clear_date(self) -> None:
        self.setDate(QDate())

    # Typing ----------------------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        if not text.strip():
            self.setDate(QDate())  # emptying the field is an unambiguous "no date"

    def _commit_text(self) -> None:
        text = self.text().strip()
        if not text:
            self.setDate(QDate())
            return
        value = parse_date(text)
        if value.isValid():
            self.setDate(value)
            return
        QToolTip.showText(
            self.mapToGlobal(self.rect().bottomLeft()),
            QCoreApplication.translate(
                "OptionalDateEdit", "“{text}” is not a date this field can read; type it like 2027-03-15."
            ).format(text=text),
            self,
        )
        self.setDate(self._date)  # back to the last good date

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and not (
            mods & Qt.KeyboardModifier.AltModifier
        ):
            typed = parse_date(self.text()) if self.text().strip() else QDate()
            start = typed if typed.isValid() else QDate.currentDate()
            if not self.text().strip():
                self.setDate(start)  # an empty field starts from today, never from 1900
                return
            sign = 1 if key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) else -1
            moved = start.addDays(sign) if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) else start.addMonths(sign)
            self.setDate(moved)
            return
        if key == Qt.Key.Key_Delete and mods & Qt.KeyboardModifier.ControlModifier:
            self.setDate(QDate())
            return
        if (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier) or key == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    # Calendar --------------------------------------------------------------------------------------

    def show_calendar(self) -> None:
        """A calendar under the field; Enter picks, Esc closes; it opens on this month when empty."""
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAccessibleName(QCoreApplication.translate("OptionalDateEdit", "Calendar"))
        calendar.setSelectedDate(self._date if self._date.isValid() else QDate.currentDate())
        calendar.activated.connect(lambda d: self._pick(calendar, d))
        calendar.clicked.connect(lambda d: self._pick(calendar, d))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._calendar = calendar
        calendar.show()
        calendar.setFocus()

    def _pick(self, calendar: QCalendarWidget, value: QDate) -> None:
        self.setDate(value)
        calendar.close()
        self.setFocus()


class DueDateEditor(Contained, QWidget):
    """An optional date with a button (or Ctrl+Delete) to clear it, for table cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.date_edit = OptionalDateEdit(
            self, empty_text=QCoreApplication.translate("DueDateEditor", "No date")
        )
        self.date_edit.setAccessibleName(QCoreApplication.translate("DueDateEditor", "Date"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(QCoreApplication.translate("DueDateEditor", "No due date"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("DueDateEditor", "Clear the date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)
        self.date_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A date typed and then left by Tab or Enter is read before the cell takes the value.
        if watched is self.date_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.date_edit._commit_text()
        return False

    def set_date(self, value: QDate) -> None:
        self.date_edit.setDate(value)

    def date(self) -> QDate:
        """The chosen date, or an invalid QDate for "no date"."""
        self.date_edit._commit_text()
        return self.date_edit.chosen()

    def clear(self) -> None:
        self.date_edit.setDate(QDate())
