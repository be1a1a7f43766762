"""Asking why a flag is accepted and until when, before it is marked acknowledged.

The risks panel takes the asking function in its constructor (``AskAcknowledgement``) so tests
answer without a modal dialog; :func:`ask_acknowledgement` is the real one.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hireplan.analysis.results import Flag
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.style import error_style

DEFAULT_REVIEW_DAYS = 90
"""A quarter: long enough not to nag, short enough that an accepted risk is looked at again."""
MAX_REASON = 2000


@dataclass(frozen=True)
class AckInput:
    """What the person said: why the flag is accepted, and when to look at it again."""

    reason: str
    review_date: date
    by: str = ""
    """Who accepts it; empty means the person editing (Settings' user name)."""


AskAcknowledgement = Callable[[QWidget | None, Sequence[Flag]], AckInput | None]
"""Shows the flags, returns the answer or None when the person cancels."""


class AckDialog(Contained, QDialog):
    """Reason (required) and review date (after today) for one or more flags."""

    def __init__(
        self, flags: Sequence[Flag], parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self.setWindowTitle(
            QCoreApplication.translate("AckDialog", "Acknowledge %n flag(s)", None, len(flags))
        )
        layout = QVBoxLayout(self)
        if len(flags) == 1:
            flag = flags[0]
            about = f"<b>{html.escape(flag.title)}</b><p>{html.escape(flag.message)}</p>"
        else:
            shown = "".join(f"<li>{html.escape(flag.title)}</li>" for flag in flags[:8])
            more = (
                "<li>{}</li>".format(
                    QCoreApplication.translate("AckDialog", "and %n more", None, len(flags) - 8)
                )
                if len(flags) > 8
                else ""
            )
            about = f"<ul>{shown}{more}</ul>"
        intro = QLabel(
            about
            + "<p>{}</p>".format(
                QCoreApplication.translate(
                    "AckDialog",
                    "Acknowledging says the team has seen this and accepts it for now. The flag stays in the "
                    "list, marked as acknowledged, and comes back on the review date, or at once if it gets "
                    "worse than it is now (a higher severity or a worse figure).",
                )
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate("AckDialog", "Why is this acceptable for now? Who decided?")
        )
        self.reason_edit.setAccessibleName(QCoreApplication.translate("AckDialog", "Reason"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        self.reason_hint = QLabel(
            QCoreApplication.translate(
                "AckDialog",
                "A reason is required: say why the team accepts this for now and who decided, so the "
                "next person knows. Acknowledge stays unavailable until there is one.",
            )
        )
        self.reason_hint.setWordWrap(True)
        reason_box = QVBoxLayout()
        reason_box.setContentsMargins(0, 0, 0, 0)
        reason_box.addWidget(self.reason_edit)
        reason_box.addWidget(self.reason_hint)
        reason_label = QLabel(QCoreApplication.translate("AckDialog", "&Reason (required):"))
        reason_label.setBuddy(self.reason_edit)  # the field is a box with the hint: name its editor
        form.addRow(reason_label, reason_box)
        self.review_edit = QDateEdit()
        self.review_edit.setCalendarPopup(True)
        self.review_edit.setDisplayFormat("yyyy-MM-dd")
        self.review_edit.setAccessibleName(QCoreApplication.translate("AckDialog", "Review date"))
        first = self._today + timedelta(days=1)
        self.review_edit.setMinimumDate(QDate(first.year, first.month, first.day))
        review = self._today + timedelta(days=DEFAULT_REVIEW_DAYS)
        self.review_edit.setDate(QDate(review.year, review.month, review.day))
        form.addRow(QCoreApplication.translate("AckDialog", "Review &on:"), self.review_edit)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(
            QCoreApplication.translate("AckDialog", "You (the user name in Settings)")
        )
        self.by_edit.setAccessibleName(QCoreApplication.translate("AckDialog", "Acknowledged by"))
        self.by_edit.setMaxLength(200)
        form.addRow(QCoreApplication.translate("AckDialog", "Acknowledged &by:"), self.by_edit)
        layout.addLayout(form)

        self.problem_label = QLabel()
        self.problem_label.setStyleSheet(error_style())
        self.problem_label.hide()  # shown only for a problem with what was typed, never before
        self.problem_label.setWordWrap(True)
        layout.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("AckDialog", "Acknowledge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = self.problem()
        # Nothing typed yet is not an error (the hint says a reason is required): the button stays
        # off until a reason is given, and red appears only for a problem with what was typed.
        typed = bool(self.reason_edit.toPlainText().strip())
        self.problem_label.setText(problem if typed else "")
        self.problem_label.setVisible(bool(problem and typed))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def problem(self) -> str:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            return QCoreApplication.translate(
                "AckDialog", "Give a reason, so the next person knows why this was accepted."
            )
        if len(reason) > MAX_REASON:
            return QCoreApplication.translate(
                "AckDialog", "Keep the reason under {count} characters."
            ).format(count=MAX_REASON)
        return ""

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()

    def value(self) -> AckInput:
        chosen = self.review_edit.date()
        return AckInput(
            reason=self.reason_edit.toPlainText().strip(),
            review_date=date(chosen.year(), chosen.month(), chosen.day()),
            by=self.by_edit.text().strip(),
        )


def ask_acknowledgement(parent: QWidget | None, flags: Sequence[Flag]) -> AckInput | None:
    """The real asking function: a modal dialog."""
    dialog = AckDialog(flags, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.value()
        return None
    finally:
        dialog.deleteLater()
