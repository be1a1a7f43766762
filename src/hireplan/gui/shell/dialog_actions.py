"""The window's Export…, Templates… and Settings… actions, and the dialogs they open.

Each dialog module is imported only when its action is first used, so start-up never loads the
export writers or QtPdf. Templates and Settings open window-modal without blocking (``open()``);
Export is a modeless tool window (one at a time), so the plan stays editable while it runs.
They report back through ``show_status``.

The window builds this before its menus and hands :attr:`DialogActions.tools` to
:func:`hireplan.gui.shell.window_menus.build_menus`, which places each action by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import Prompter
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.shell.autosave import Autosaver
from hireplan.gui.shell.file_actions import FileActions
from hireplan.gui.shell.window_menus import ToolActions, themed_icon
from hireplan.model import Plan

if TYPE_CHECKING:
    from hireplan.gui.exporting.export_dialog import ExportDialog
    from hireplan.gui.plan_settings.settings_dialog import SettingsDialog
    from hireplan.gui.template_library.template_library_dialog import StartPlan, TemplateLibraryDialog
    from hireplan.storage.templates import TemplateInfo


def start_plan_with(files: FileActions) -> StartPlan:
    """The window's way to show a new plan: ask about unsaved changes first, then show it."""

    def start(plan: Plan) -> bool:
        if not files.maybe_save():
            return False
        files.show_untitled(plan)
        return True

    return start


class DialogActions:
    """Owns the three actions; ``show_*`` build a fresh dialog each time and return it (shown)."""

    def __init__(
        self,
        *,
        document: PlanDocument,
        prompter: Prompter,
        settings: AppSettings,
        files: FileActions,
        autosaver: Autosaver,
        show_status: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        self._document = document
        self._prompter = prompter
        self._settings = settings
        self._files = files
        self._autosaver = autosaver
        self._show_status = show_status
        self._parent = parent
        self._export: ExportDialog | None = None
        translate = QCoreApplication.translate
        self.export_action = QAction(
            themed_icon("document-export", QStyle.StandardPixmap.SP_FileIcon),
            translate("DialogActions", "&Export…"),
            parent,
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(
            translate("DialogActions", "Write the PDF brief, the Excel workbook or both")
        )
        self.export_action.triggered.connect(lambda _checked=False: self.show_export())
        self.templates_action = QAction(translate("DialogActions", "&Templates…"), parent)
        self.templates_action.setStatusTip(
            translate(
                "DialogActions",
                "Start a plan from a template, save this plan as one, import or export template files",
            )
        )
        self.templates_action.triggered.connect(lambda _checked=False: self.show_templates())
        self.settings_action = QAction(translate("DialogActions", "Settin&gs…"), parent)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setStatusTip(
            translate("DialogActions", "Reporting currency, rule thresholds, autosave and defaults")
        )
        self.settings_action.triggered.connect(lambda _checked=False: self.show_settings())

    @property
    def tools(self) -> ToolActions:
        """The three actions, named, for the menus to place."""
        return ToolActions(
            export=self.export_action, templates=self.templates_action, settings=self.settings_action
        )

    def show_export(self) -> ExportDialog:
        from hireplan.gui.exporting.export_dialog import ExportDialog

        if self._export is not None:
            self._export.raise_()
            self._export.activateWindow()
            return self._export
        dialog = ExportDialog(self._document, self._prompter, settings=self._settings, parent=self._parent)
        dialog.statusMessage.connect(self._show_status)
        dialog.finished.connect(self._export_closed)
        # not modal: the person can keep editing while the export runs (it works on a copy)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._export = dialog
        return dialog

    def _export_closed(self, _result: int) -> None:
        self._export = None

    def show_templates(self) -> TemplateLibraryDialog:
        from hireplan.gui.template_library.template_library_dialog import TemplateLibraryDialog

        dialog = TemplateLibraryDialog(
            self._document,
            self._prompter,
            start_plan=start_plan_with(self._files),
            settings=self._settings,
            parent=self._parent,
        )
        dialog.statusMessage.connect(self._show_status)
        return _open(dialog)

    def show_settings(self) -> SettingsDialog:
        from hireplan.gui.plan_settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._document, self._settings, parent=self._parent)
        dialog.autosaveIntervalChanged.connect(self._autosaver.set_interval)
        return _open(dialog)


def choose_template(parent: QWidget | None, templates: Sequence[TemplateInfo]) -> str | None:
    """The template picker for :class:`QtPrompter`, loaded the first time a plan starts from one."""
    from hireplan.gui.template_library.template_picker import choose_template as choose

    return choose(parent, templates)


DialogT = TypeVar("DialogT", bound=QDialog)


def _open(dialog: DialogT) -> DialogT:
    """Show window-modal without blocking; the dialog deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
