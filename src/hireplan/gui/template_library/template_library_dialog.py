"""File > Templates: the built-in and the user's own templates, and what can be done with them.

Start a new plan from a template, save the open plan as a template, import and export template
files (:mod:`~hireplan.gui.template_library.template_files`), rename and delete the user's own
(:mod:`~hireplan.gui.template_library.own_templates`); the buttons follow the selection
(:mod:`~hireplan.gui.template_library.template_buttons`). Built-in and team templates are
read-only: changing them is refused with a message that says what to do instead
(:mod:`~hireplan.gui.template_library.read_only_templates`). Every storage problem
(a broken file, a name in use, a full disk) arrives as a
:class:`~hireplan.storage.errors.PlanFileError` and is shown as its message; nothing here raises
into the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.file_chooser import FileChooser, QtFileChooser
from hireplan.gui.template_library.own_templates import OwnTemplates, deleted_text, renamed_text, saved_text
from hireplan.gui.template_library.read_only_templates import read_only_reason
from hireplan.gui.template_library.template_buttons import TemplateButtons
from hireplan.gui.template_library.template_files import TemplateFiles, exported_text, imported_text
from hireplan.gui.template_library.template_forms import SaveTemplateDialog, TemplateDetails
from hireplan.gui.template_library.template_picker import describe
from hireplan.gui.template_library.template_table_model import TemplateTableModel
from hireplan.model import Plan
from hireplan.model.template_plans import new_plan_from_template
from hireplan.storage.errors import PlanFileError
from hireplan.storage.templates import TemplateInfo, TemplateLibrary

if TYPE_CHECKING:
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.common.prompts import Prompter
    from hireplan.gui.document.document import PlanDocument

_Index = QModelIndex | QPersistentModelIndex

StartPlan = Callable[[Plan], bool]


class TemplateLibraryDialog(QDialog):
    """The template library; ``start_plan(plan)`` shows a new plan.

    The shell passes :func:`hireplan.gui.shell.dialog_actions.start_plan_with`.
    """

    libraryChanged = Signal()
    statusMessage = Signal(str)

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
        team = settings.team_library() if settings is not None else None
        self.library = library if library is not None else TemplateLibrary(team_dir=team)
        self.files: FileChooser = files or QtFileChooser()
        self.settings = settings
        self._start_plan = start_plan
        self._today = today
        self.template_files = TemplateFiles(
            self,
            library=self.library,
            files=self.files,
            prompter=prompter,
            settings=settings,
            plan_path=lambda: self.document.path,
        )
        self.own_templates = OwnTemplates(self, library=self.library, prompter=prompter)

        self.setWindowTitle(QCoreApplication.translate("TemplateLibraryDialog", "Templates"))
        self.resize(900, 520)

        self.model = TemplateTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(QCoreApplication.translate("TemplateLibraryDialog", "Templates"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move in the list
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
        header.resizeSection(TemplateTableModel.LANGUAGE, 80)
        self.table.doubleClicked.connect(lambda _index: self.new_plan_from_selected())

        self.details = QTextBrowser()
        self.details.setAccessibleName(
            QCoreApplication.translate("TemplateLibraryDialog", "About the selected template")
        )
        self.details.setOpenLinks(False)
        self.unreadable = QLabel("")
        self.unreadable.setWordWrap(True)
        self.unreadable.setVisible(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.buttons = TemplateButtons()
        self.buttons.rejected.connect(self.reject)
        self.buttons.new_button.clicked.connect(self.new_plan_from_selected)
        self.buttons.save_button.clicked.connect(lambda _checked=False: self.save_current_as_template())
        self.buttons.import_button.clicked.connect(lambda _checked=False: self.import_template())
        self.buttons.export_button.clicked.connect(lambda _checked=False: self.export_selected())
        self.buttons.rename_button.clicked.connect(lambda _checked=False: self.rename_selected())
        self.buttons.delete_button.clicked.connect(self.delete_selected)

        self.read_only_note = QLabel("")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.read_only_note)
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
            self.prompter.show_error(
                self, QCoreApplication.translate("TemplateLibraryDialog", "Templates unavailable"), str(exc)
            )
        self.model.set_templates(infos)
        problems = self.library.unreadable
        if problems:
            lines = "\n".join(f"• {problem}" for problem in problems)
            self.unreadable.setText(
                QCoreApplication.translate(
                    "TemplateLibraryDialog",
                    "Some files in your template folder could not be read:\n{problems}",
                ).format(problems=lines)
            )
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
        # Only the person's own templates can be renamed or deleted (template_buttons says why).
        reason = read_only_reason(info) if info is not None else ""
        self.buttons.follow_selection(info, reason)
        if info is None:
            self.details.setHtml(
                "<p>{}</p>".format(
                    QCoreApplication.translate("TemplateLibraryDialog", "No template selected.")
                )
            )
            self.read_only_note.hide()
            return
        self.details.setHtml(describe(info))
        self.read_only_note.setText(reason)
        self.read_only_note.setVisible(bool(reason))

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
            self.prompter.show_error(
                self,
                QCoreApplication.translate("TemplateLibraryDialog", "Could not start the plan"),
                str(exc),
            )
            return False
        owner = self.settings.default_owner() if self.settings is not None else ""
        if owner and not plan.owner:
            plan.owner = owner
        if not self._start_plan(plan):
            return False
        self.statusMessage.emit(
            QCoreApplication.translate("TemplateLibraryDialog", "New plan started from “{title}”.").format(
                title=info.title
            )
        )
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
        info = self.own_templates.save_plan(self.document.plan, details, self._user_names())
        if info is not None:
            self._changed(info.name, saved_text(info))
        return info

    def import_template(self, path: Path | None = None) -> TemplateInfo | None:
        """Add a template file to the user's templates, after checking it completely."""
        info = self.template_files.import_template(self._user_names(), path)
        if info is not None:
            self._changed(info.name, imported_text(info))
        return info

    def export_selected(self, path: Path | None = None) -> Path | None:
        """Write the selected template (built-in or the user's) to a file to share."""
        info = self.selected_info()
        if info is None:
            return None
        written = self.template_files.export_template(info, path)
        if written is not None:
            self.statusMessage.emit(exported_text(info, written))
        return written

    def rename_selected(
        self, new_name: str | None = None, new_title: str | None = None
    ) -> TemplateInfo | None:
        """Rename one of the user's templates (asks for the new name when None); built-ins refused."""
        info = self.selected_info()
        if info is None:
            return None
        renamed = self.own_templates.rename(info, new_name, new_title)
        if renamed is not None:
            self._changed(renamed.name, renamed_text(renamed))
        return renamed

    def delete_selected(self) -> bool:
        """Delete one of the user's templates after asking; a built-in is refused with a message."""
        info = self.selected_info()
        if info is None or not self.own_templates.delete(info):
            return False
        self._changed(None, deleted_text(info))
        return True

    # ------------------------------------------------------------------ helpers

    def _changed(self, select: str | None, message: str) -> None:
        self.refresh(select)
        self.libraryChanged.emit()
        self.statusMessage.emit(message)
