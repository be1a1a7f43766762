"""The New Plan dialog: pick a template, reading what each one is for before starting."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hireplan import i18n
from hireplan.gui.common.containment import Contained

if TYPE_CHECKING:
    from hireplan.storage.templates import TemplateInfo

_Index = QModelIndex | QPersistentModelIndex


class TemplateListModel(Contained, QAbstractListModel):
    """Read-only list of templates: the title shows, the name is the UserRole."""

    def __init__(self, templates: Sequence[TemplateInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = list(templates)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        info = self._templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return info.description
        if role == Qt.ItemDataRole.UserRole:
            return info.name
        return None

    def template(self, row: int) -> TemplateInfo:
        return self._templates[row]


def describe(info: TemplateInfo) -> str:
    """Rich text for the description pane; every field is escaped (templates can come from anyone)."""
    tags = QCoreApplication.translate("TemplatePicker", ", ").join(
        str(t) for t in info.region_tags
    ) or QCoreApplication.translate("TemplatePicker", "any region")
    source = str(getattr(info, "source", "") or "")
    origin = (
        QCoreApplication.translate("TemplatePicker", "Built in")
        if source in ("builtin", "built-in", "")
        else QCoreApplication.translate("TemplatePicker", "Your templates")
    )
    paragraphs = "".join(
        f"<p>{html.escape(p.strip())}</p>" for p in str(info.description).split("\n\n") if p.strip()
    )
    code = str(getattr(info, "language", "") or "")
    empty = "<p><i>{}</i></p>".format(QCoreApplication.translate("TemplatePicker", "No description."))
    if code:
        facts = QCoreApplication.translate(
            "TemplatePicker",
            "<b>Regions:</b> {regions}<br><b>Language:</b> {language} &nbsp; <b>Version:</b> {version} "
            "&nbsp; <b>Source:</b> {source}",
        ).format(
            regions=html.escape(tags),
            language=html.escape(i18n.LANGUAGE_NAMES.get(code, code)),
            version=html.escape(str(info.version)),
            source=html.escape(origin),
        )
    else:
        facts = QCoreApplication.translate(
            "TemplatePicker",
            "<b>Regions:</b> {regions}<br><b>Version:</b> {version} &nbsp; <b>Source:</b> {source}",
        ).format(
            regions=html.escape(tags), version=html.escape(str(info.version)), source=html.escape(origin)
        )
    return f"<h3>{html.escape(info.title)}</h3>{paragraphs or empty}<p style='color:palette(mid)'>{facts}</p>"


class TemplatePickerDialog(QDialog):
    """List of templates on the left, the selected one's description on the right."""

    def __init__(self, templates: Sequence[TemplateInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TemplatePicker", "New plan from a template"))
        self.resize(720, 420)
        self._model = TemplateListModel(templates, self)

        intro = QLabel(
            QCoreApplication.translate(
                "TemplatePicker", "Start a new plan from a template. Owners, dates and statuses start empty."
            )
        )
        intro.setWordWrap(True)

        self.list_view = QListView()
        self.list_view.setAccessibleName(QCoreApplication.translate("TemplatePickerDialog", "Templates"))
        self.list_view.setModel(self._model)
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setMinimumWidth(240)
        self.list_view.setSpacing(2)
        self.list_view.doubleClicked.connect(self.accept)

        self.details = QTextBrowser()
        self.details.setAccessibleName(
            QCoreApplication.translate("TemplatePickerDialog", "About the selected template")
        )
        self.details.setOpenLinks(False)

        body = QHBoxLayout()
        body.addWidget(self.list_view, 2)
        body.addWidget(self.details, 3)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("TemplatePicker", "Create plan")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.list_view.selectionModel().currentChanged.connect(self._show_details)
        if self._model.rowCount():
            self.list_view.setCurrentIndex(self._model.index(0, 0))
        else:
            self.details.setHtml(
                "<p>{}</p>".format(QCoreApplication.translate("TemplatePicker", "No templates were found."))
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.setHtml(describe(self._model.template(current.row())))

    def selected_name(self) -> str | None:
        index = self.list_view.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def select_name(self, name: str) -> bool:
        for row in range(self._model.rowCount()):
            if self._model.template(row).name == name:
                self.list_view.setCurrentIndex(self._model.index(row, 0))
                return True
        return False


def choose_template(parent: QWidget | None, templates: Sequence[TemplateInfo]) -> str | None:
    """Ask which template to start from (modal); its name, or None when the person cancels."""
    dialog = TemplatePickerDialog(templates, parent)
    return dialog.selected_name() if dialog.exec() else None
