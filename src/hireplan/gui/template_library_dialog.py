"""File > Templates: the built-in and the user's own templates, and what can be done with them.

Start a new plan from a template, save the open plan as a template, import and export template
files, rename and delete the user's own. Built-in templates are read-only: changing them is
refused with a message that says what to do instead. Every storage problem (a broken file, a
name in use, a full disk) arrives as a :class:`~hireplan.storage.errors.PlanFileError` and is
shown as its message; nothing here raises into the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.file_chooser import FileChooser, QtFileChooser
from hireplan.gui.template_picker import describe
from hireplan.model import Plan
from hireplan.storage.errors import PlanFileError
from hireplan.storage.templates import (
    TEMPLATE_SUFFIX,
    TemplateInfo,
    TemplateLibrary,
    load_template,
    new_plan_from_template,
    slugify,
)

if TYPE_CHECKING:
    from hireplan.gui.app_settings import AppSettings
    from hireplan.gui.document import PlanDocument
    from hireplan.gui.file_actions import FileActions
    from hireplan.gui.prompts import Prompter

_Index = QModelIndex | QPersistentModelIndex

TEMPLATE_FILTER = f"hireplan templates (*{TEMPLATE_SUFFIX} *.json);;All files (*)"
NAME_PATTERN = r"[a-z0-9][a-z0-9-]{0,63}"
DESCRIPTION_PREVIEW = 90
"""Characters of the description shown in the table; the full text is in the details pane."""

StartPlan = Callable[[Plan], bool]


def start_plan_with(files: FileActions) -> StartPlan:
    """The window's way to show a new plan: ask about unsaved changes first, then show it."""

    def start(plan: Plan) -> bool:
        if not files.maybe_save():
            return False
        files.show_untitled(plan)
        return True

    return start


def split_tags(text: str) -> tuple[str, ...]:
    """``"China, Silicon Valley,, global"`` -> ``("China", "Silicon Valley", "global")``, no repeats."""
    return tuple(dict.fromkeys(part.strip() for part in re.split(r"[,;\n]", text) if part.strip()))


# --------------------------------------------------------------------------- the list


class TemplateTableModel(QAbstractTableModel):
    """Read-only table over ``TemplateLibrary.list()``: one row per template."""

    COLUMNS = ("Title", "Description", "Regions", "Version", "Source")
    TITLE, DESCRIPTION, REGIONS, VERSION, SOURCE = range(5)
    NameRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._infos: list[TemplateInfo] = []

    def set_templates(self, infos: Sequence[TemplateInfo]) -> None:
        self.beginResetModel()
        self._infos = list(infos)
        self.endResetModel()

    def info(self, row: int) -> TemplateInfo:
        return self._infos[row]

    def infos(self) -> list[TemplateInfo]:
        return list(self._infos)

    def row_of(self, name: str) -> int:
        """Row of the template called ``name``, or -1."""
        return next((row for row, info in enumerate(self._infos) if info.name == name), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._infos)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._infos):
            return None
        info = self._infos[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DESCRIPTION:
                return info.description or None
            if column == self.REGIONS:
                return ", ".join(info.region_tags) or None
            if column == self.SOURCE:
                return (
                    "Shipped with hireplan; read-only" if info.source == "built-in" else str(info.path or "")
                )
            return None
        if role == self.NameRole:
            return info.name
        return None

    def _display(self, info: TemplateInfo, column: int) -> str:
        if column == self.TITLE:
            return info.title
        if column == self.DESCRIPTION:
            first = " ".join(info.description.split())
            return first if len(first) <= DESCRIPTION_PREVIEW else first[: DESCRIPTION_PREVIEW - 1] + "…"
        if column == self.REGIONS:
            return ", ".join(info.region_tags)
        if column == self.VERSION:
            return info.version
        return "Built in" if info.source == "built-in" else "Yours"


# --------------------------------------------------------------------------- the small forms


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
        self.setWindowTitle("Save plan as template")
        self.setMinimumWidth(520)
        self._taken = set(taken)
        self._name_edited = False

        self.title = QLineEdit(plan.title)
        self.name = QLineEdit(slugify(plan.title))
        self.name.setValidator(QRegularExpressionValidator(QRegularExpression(NAME_PATTERN), self.name))
        self.name.setToolTip("Lower-case letters, digits and dashes; used on the command line.")
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText("What this template is for and when to use it")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 5 + 12)
        self.regions = QLineEdit(", ".join(dict.fromkeys(m.name for m in plan.markets if m.name.strip())))
        self.regions.setPlaceholderText("For example: China, Silicon Valley")
        self.regions.setCursorPosition(0)
        self.version = QLineEdit("1.0")
        self.include_offers = QCheckBox("Include offers (candidate names are removed)")
        note = QLabel(
            "The template keeps the steps, checklist items, guidance, settings, markets, roles, "
            "benchmarks, risks and policy topics. Owners, dates and statuses are cleared."
        )
        note.setWordWrap(True)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight)")

        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Name:", self.name)
        form.addRow("&Description:", self.description)
        form.addRow("&Regions:", self.regions)
        form.addRow("&Version:", self.version)
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
        if not self.title.text().strip():
            problem = "Give the template a title."
        elif not re.fullmatch(NAME_PATTERN, self.name.text()):
            problem = "The name needs lower-case letters, digits or dashes, starting with a letter or digit."
        elif not self.version.text().strip():
            problem = "Give the template a version, such as 1.0."
        elif self.name.text() in self._taken:
            problem = "You already have a template with this name; saving will ask before replacing it."
        self.problem.setText(problem)
        blocking = bool(problem) and not problem.startswith("You already")
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
        self.setWindowTitle("Rename template")
        self.setMinimumWidth(420)
        self.title = QLineEdit(info.title)
        self.name = QLineEdit(info.name)
        self.name.setValidator(QRegularExpressionValidator(QRegularExpression(NAME_PATTERN), self.name))
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Name:", self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Rename")
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


class TemplateLibraryDialog(QDialog):
    """The template library; ``start_plan(plan)`` shows a new plan (see :func:`start_plan_with`)."""

    libraryChanged = Signal()  # noqa: N815 - a template was saved, imported, renamed or deleted
    statusMessage = Signal(str)  # noqa: N815

    def __init__(
        self,
        document: PlanDocument,
        prompter: Prompter,
        *,
        start_plan: StartPlan,
        library: TemplateLibrary | None = None,
        files: FileChooser | None = None,
        settings: AppSettings | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.prompter = prompter
        self.library = library if library is not None else TemplateLibrary()
        self.files: FileChooser = files or QtFileChooser()
        self.settings = settings
        self._start_plan = start_plan
        self._today = today

        self.setWindowTitle("Templates")
        self.resize(900, 520)

        self.model = TemplateTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TemplateTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TemplateTableModel.TITLE, 240)
        header.resizeSection(TemplateTableModel.REGIONS, 170)
        header.resizeSection(TemplateTableModel.VERSION, 64)
        header.resizeSection(TemplateTableModel.SOURCE, 72)
        self.table.doubleClicked.connect(lambda _index: self.new_plan_from_selected())

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.unreadable = QLabel("")
        self.unreadable.setWordWrap(True)
        self.unreadable.setVisible(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.new_button = QPushButton("&New Plan from Template")
        self.save_button = QPushButton("&Save Current Plan as Template…")
        self.import_button = QPushButton("&Import…")
        self.export_button = QPushButton("E&xport…")
        self.rename_button = QPushButton("&Rename…")
        self.delete_button = QPushButton("&Delete")
        self.new_button.setDefault(True)
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.new_button.setToolTip("Start a new plan; owners, dates and statuses start empty")
        self.save_button.setToolTip("Keep the open plan's structure for the next hiring round")
        self.import_button.setToolTip("Add a template file someone sent you to your templates")
        self.export_button.setToolTip("Write the selected template to a file to share it")
        for button in (
            self.new_button,
            self.save_button,
            self.import_button,
            self.export_button,
            self.rename_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
            self.buttons.addButton(button, role)
        self.new_button.setAutoDefault(True)
        self.new_button.clicked.connect(self.new_plan_from_selected)
        self.save_button.clicked.connect(lambda _checked=False: self.save_current_as_template())
        self.import_button.clicked.connect(lambda _checked=False: self.import_template())
        self.export_button.clicked.connect(lambda _checked=False: self.export_selected())
        self.rename_button.clicked.connect(lambda _checked=False: self.rename_selected())
        self.delete_button.clicked.connect(self.delete_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.unreadable)
        layout.addWidget(self.buttons)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.refresh()

    # ------------------------------------------------------------------ list and selection

    def refresh(self, select: str | None = None) -> None:
        """Read the library again; keep (or move to) the selection ``select``."""
        keep = select or (info.name if (info := self.selected_info()) is not None else None)
        try:
            infos = self.library.list()
        except PlanFileError as exc:
            infos = []
            self.prompter.show_error(self, "Templates unavailable", str(exc))
        self.model.set_templates(infos)
        problems = self.library.unreadable
        if problems:
            lines = "\n".join(f"• {problem}" for problem in problems)
            self.unreadable.setText(f"Some files in your template folder could not be read:\n{lines}")
        self.unreadable.setVisible(bool(problems))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._on_current_changed(self.table.currentIndex(), QModelIndex())

    def selected_info(self) -> TemplateInfo | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.info(index.row())

    def select_name(self, name: str) -> bool:
        row = self.model.row_of(name)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _on_current_changed(self, current: _Index, _previous: _Index) -> None:
        info = self.model.info(current.row()) if current.isValid() else None
        has = info is not None
        for button in (self.new_button, self.export_button, self.rename_button, self.delete_button):
            button.setEnabled(has)
        if info is None:
            self.details.setHtml("<p>No template selected.</p>")
            return
        self.details.setHtml(describe(info))
        read_only = "Built-in templates cannot be changed; save a copy under a new name instead."
        self.rename_button.setToolTip(
            read_only if info.source == "built-in" else "Give this template a new name"
        )
        self.delete_button.setToolTip(read_only if info.source == "built-in" else "Remove this template")

    def _user_names(self) -> set[str]:
        return {info.name for info in self.model.infos() if info.source == "user"}

    # ------------------------------------------------------------------ actions

    def new_plan_from_selected(self) -> bool:
        """Make a plan from the selected template and hand it to the window; close on success."""
        info = self.selected_info()
        if info is None:
            return False
        try:
            plan = new_plan_from_template(self.library.get(info.name), today=self._today())
        except (PlanFileError, ValueError) as exc:
            self.prompter.show_error(self, "Could not start the plan", str(exc))
            return False
        owner = self.settings.default_owner() if self.settings is not None else ""
        if owner and not plan.owner:
            plan.owner = owner
        if not self._start_plan(plan):
            return False
        self.statusMessage.emit(f"New plan started from “{info.title}”.")
        self.accept()
        return True

    def ask_template_details(self) -> TemplateDetails | None:
        form = SaveTemplateDialog(self.document.plan, sorted(self._user_names()), self)
        return form.details() if form.exec() == QDialog.DialogCode.Accepted else None

    def save_current_as_template(self, details: TemplateDetails | None = None) -> TemplateInfo | None:
        """Store the open plan as one of the user's templates (asks for the details when None)."""
        details = details or self.ask_template_details()
        if details is None:
            return None
        replace = False
        if details.name in self._user_names():
            if not self.prompter.ask_confirm(
                self,
                "Replace template?",
                f"You already have a template called “{details.name}”. Replace it with this plan?",
                "Replace",
            ):
                return None
            replace = True
        try:
            info = self.library.save_plan_as_template(
                self.document.plan,
                name=details.name,
                title=details.title,
                description=details.description,
                region_tags=details.region_tags,
                version=details.version,
                include_offers=details.include_offers,
                replace=replace,
            )
        except PlanFileError as exc:
            self.prompter.show_error(self, "Could not save the template", str(exc))
            return None
        self._changed(info.name, f"Saved the plan as the template “{info.title}”.")
        return info

    def import_template(self, path: Path | None = None) -> TemplateInfo | None:
        """Add a template file to the user's templates, after checking it completely."""
        if path is None:
            path = self.files.open_file(self, "Import a template", self._start_folder(), TEMPLATE_FILTER)
            if path is None:
                return None
        try:
            template = load_template(path)
            replace = False
            if template.name in self._user_names():
                if not self.prompter.ask_confirm(
                    self,
                    "Replace template?",
                    f"You already have a template called “{template.name}”. Replace it with the one in "
                    f"“{path.name}”?",
                    "Replace",
                ):
                    return None
                replace = True
            info = self.library.import_file(path, replace=replace)
        except PlanFileError as exc:
            self.prompter.show_error(self, "Could not import the template", str(exc))
            return None
        self._remember_folder(path)
        self._changed(info.name, f"Imported the template “{info.title}”.")
        return info

    def export_selected(self, path: Path | None = None) -> Path | None:
        """Write the selected template (built-in or the user's) to a file to share."""
        info = self.selected_info()
        if info is None:
            return None
        if path is None:
            suggested = self._start_folder() / f"{info.name}{TEMPLATE_SUFFIX}"
            path = self.files.save_file(
                self, "Export the template as", suggested, TEMPLATE_FILTER, TEMPLATE_SUFFIX
            )
            if path is None:
                return None
        try:
            self.library.export(info.name, path)
        except PlanFileError as exc:
            self.prompter.show_error(self, "Could not export the template", str(exc))
            return None
        self._remember_folder(path)
        self.statusMessage.emit(f"Exported the template “{info.title}” to {path.name}.")
        return path

    def rename_selected(
        self, new_name: str | None = None, new_title: str | None = None
    ) -> TemplateInfo | None:
        """Rename one of the user's templates (asks for the new name when None); built-ins refused."""
        info = self.selected_info()
        if info is None:
            return None
        if info.source == "built-in":
            self.prompter.show_error(
                self,
                "Cannot rename a built-in template",
                f"“{info.title}” comes with hireplan and cannot be renamed. Start a plan from it and "
                "save that plan as a template under the name you want.",
            )
            return None
        if new_name is None:
            form = RenameTemplateDialog(info, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return None
            new_name, new_title = form.values()
        try:
            renamed = self.library.rename(info.name, new_name, new_title)
        except PlanFileError as exc:
            self.prompter.show_error(self, "Could not rename the template", str(exc))
            return None
        self._changed(renamed.name, f"Renamed the template to “{renamed.title}”.")
        return renamed

    def delete_selected(self) -> bool:
        """Delete one of the user's templates after asking; a built-in is refused with a message."""
        info = self.selected_info()
        if info is None:
            return False
        if info.source == "built-in":
            self.prompter.show_error(
                self,
                "Cannot delete a built-in template",
                f"“{info.title}” comes with hireplan and cannot be deleted. "
                "Only templates you saved or imported can be.",
            )
            return False
        if not self.prompter.ask_confirm(
            self,
            "Delete template?",
            f"Delete “{info.title}” from your templates? Plans made from it are not affected. "
            "This cannot be undone; export it first to keep a copy.",
            "Delete",
        ):
            return False
        try:
            self.library.delete(info.name)
        except PlanFileError as exc:
            self.prompter.show_error(self, "Could not delete the template", str(exc))
            return False
        self._changed(None, f"Deleted the template “{info.title}”.")
        return True

    # ------------------------------------------------------------------ helpers

    def _changed(self, select: str | None, message: str) -> None:
        self.refresh(select)
        self.libraryChanged.emit()
        self.statusMessage.emit(message)

    def _start_folder(self) -> Path:
        last = self.settings.last_folder() if self.settings is not None else None
        if last is not None and last.is_dir():
            return last
        if self.document.path is not None:
            return self.document.path.parent
        return Path.home()

    def _remember_folder(self, path: Path) -> None:
        if self.settings is not None:
            self.settings.set_last_folder(path.parent)
