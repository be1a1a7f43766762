"""The small forms of the template library: save the plan as a template, rename a template."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hireplan.model import Plan
from hireplan.storage.templates import TemplateInfo, slugify

NAME_PATTERN = r"[a-z0-9][a-z0-9-]{0,63}"
"""A template's file name: lower-case letters, digits and dashes."""


def split_tags(text: str) -> tuple[str, ...]:
    """``"China, Silicon Valley,, global"`` -> ``("China", "Silicon Valley", "global")``, no repeats."""
    return tuple(dict.fromkeys(part.strip() for part in re.split(r"[,;\n]", text) if part.strip()))


# --------------------------------------------------------------------------- the list


@dataclass(frozen=True)
class TemplateDetails:
    """What the person types when saving a plan as a template."""

    name: str
    title: str
    description: str = ""
    region_tags: tuple[str, ...] = ()
    version: str = "1.0"
    include_offers: bool = False


class SaveTemplateDialog(QDialog):
    """Name, title, description, regions and version for a new template made from the plan."""

    def __init__(self, plan: Plan, taken: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TemplateForms", "Save plan as template"))
        self.setMinimumWidth(520)
        self._taken = set(taken)
        self._name_edited = False

        self.title = QLineEdit(plan.title)
        self.name = QLineEdit(slugify(plan.title))
        self.name.setValidator(QRegularExpressionValidator(QRegularExpression(NAME_PATTERN), self.name))
        self.name.setToolTip(
            QCoreApplication.translate(
                "TemplateForms", "Lower-case letters, digits and dashes; used on the command line."
            )
        )
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            QCoreApplication.translate("TemplateForms", "What this template is for and when to use it")
        )
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 5 + 12)
        self.regions = QLineEdit(", ".join(dict.fromkeys(m.name for m in plan.markets if m.name.strip())))
        self.regions.setPlaceholderText(
            QCoreApplication.translate("TemplateForms", "For example: China, Silicon Valley")
        )
        self.regions.setCursorPosition(0)
        self.version = QLineEdit("1.0")
        self.include_offers = QCheckBox(
            QCoreApplication.translate("TemplateForms", "&Include offers (candidate names are removed)")
        )
        note = QLabel(
            QCoreApplication.translate(
                "TemplateForms",
                "The template keeps the steps, checklist items, guidance, settings, markets, roles, "
                "benchmarks, risks and policy topics. Owners, dates and statuses are cleared.",
            )
        )
        note.setWordWrap(True)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight)")

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TemplateForms", "&Title:"), self.title)
        form.addRow(QCoreApplication.translate("TemplateForms", "&Name:"), self.name)
        form.addRow(QCoreApplication.translate("TemplateForms", "&Description:"), self.description)
        form.addRow(QCoreApplication.translate("TemplateForms", "&Regions:"), self.regions)
        form.addRow(QCoreApplication.translate("TemplateForms", "&Version:"), self.version)
        form.addRow("", self.include_offers)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.title.textEdited.connect(self._title_edited)
        self.name.textEdited.connect(self._name_typed)
        for edit in (self.title, self.name, self.version):
            edit.textChanged.connect(self._check)
        self._check()

    def _title_edited(self, text: str) -> None:
        if not self._name_edited:
            self.name.setText(slugify(text) if text.strip() else "")

    def _name_typed(self, _text: str) -> None:
        self._name_edited = True

    def _check(self, *_args: object) -> None:
        problem = ""
        blocking = True
        if not self.title.text().strip():
            problem = QCoreApplication.translate("TemplateForms", "Give the template a title.")
        elif not re.fullmatch(NAME_PATTERN, self.name.text()):
            problem = QCoreApplication.translate(
                "TemplateForms",
                "The name needs lower-case letters, digits or dashes, starting with a letter or digit.",
            )
        elif not self.version.text().strip():
            problem = QCoreApplication.translate("TemplateForms", "Give the template a version, such as 1.0.")
        elif self.name.text() in self._taken:
            problem = QCoreApplication.translate(
                "TemplateForms",
                "You already have a template with this name; saving will ask before replacing it.",
            )
            blocking = False
        self.problem.setText(problem)
        blocking = blocking and bool(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not blocking)

    def details(self) -> TemplateDetails:
        return TemplateDetails(
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            region_tags=split_tags(self.regions.text()),
            version=self.version.text().strip(),
            include_offers=self.include_offers.isChecked(),
        )


class RenameTemplateDialog(QDialog):
    """New name and title for one of the user's templates."""

    def __init__(self, info: TemplateInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TemplateForms", "Rename template"))
        self.setMinimumWidth(420)
        self.title = QLineEdit(info.title)
        self.name = QLineEdit(info.name)
        self.name.setValidator(QRegularExpressionValidator(QRegularExpression(NAME_PATTERN), self.name))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TemplateForms", "&Title:"), self.title)
        form.addRow(QCoreApplication.translate("TemplateForms", "&Name:"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("TemplateForms", "Rename")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.title, self.name):
            edit.textChanged.connect(self._check)

    def _check(self, *_args: object) -> None:
        ok = bool(self.title.text().strip()) and re.fullmatch(NAME_PATTERN, self.name.text()) is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.title.text().strip()


# --------------------------------------------------------------------------- the dialog
