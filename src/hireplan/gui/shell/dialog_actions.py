"""The window's Export…, Templates… and Settings… actions, and the dialogs they open.

Each dialog module is imported only when its action is first used, so start-up never loads the
export writers or QtPdf. Templates and Settings open window-modal without blocking (``open()``);
Export is a modeless tool window (one at a time), so the plan stays editable while it runs.
They report back through the window's status bar.

Wiring (one line in the main window, after its menus exist)::

    self.dialogs = DialogActions(self).install()
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QStyle, QWidget

from hireplan.gui.shell.window_menus import themed_icon

if TYPE_CHECKING:
    from hireplan.gui.exporting.export_dialog import ExportDialog
    from hireplan.gui.plan_settings.settings_dialog import SettingsDialog
    from hireplan.gui.shell.main_window import MainWindow
    from hireplan.gui.template_library.template_library_dialog import TemplateLibraryDialog
    from hireplan.storage.templates import TemplateInfo


class DialogActions:
    """Owns the three actions; ``show_*`` build a fresh dialog each time and return it (shown)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._export: ExportDialog | None = None
        self.export_action = QAction(
            themed_icon("document-export", QStyle.StandardPixmap.SP_FileIcon), "&Export…", window
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip("Write the PDF brief and/or the Excel workbook")
        self.export_action.triggered.connect(lambda _checked=False: self.show_export())
        self.templates_action = QAction("&Templates…", window)
        self.templates_action.setStatusTip(
            "Start a plan from a template, save this plan as one, import or export template files"
        )
        self.templates_action.triggered.connect(lambda _checked=False: self.show_templates())
        self.settings_action = QAction("Se&ttings…", window)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setStatusTip("Reporting currency, rule thresholds, autosave and defaults")
        self.settings_action.triggered.connect(lambda _checked=False: self.show_settings())

    def install(self) -> DialogActions:
        """File gets Export… and Templates… (before Close Window), Edit gets Settings… at the end,
        and the toolbar gets Export… after Save."""
        window = self.window
        for action in (self.export_action, self.templates_action, self.settings_action):
            window.addAction(action)  # shortcuts work even while a menu is hidden
        close_action = window.menus.close_action
        file_menu = _menu_holding(window, close_action)
        if file_menu is not None:
            before = close_action
            actions = file_menu.actions()
            index = actions.index(close_action)
            if index > 0 and actions[index - 1].isSeparator():
                before = actions[index - 1]
            file_menu.insertActions(before, [self.export_action, self.templates_action])
            file_menu.insertSeparator(before)
        toolbar = window.menus.toolbar
        after_save = toolbar.actions()[3:4]  # the separator after New, Open, Save
        if after_save:
            toolbar.insertAction(after_save[0], self.export_action)
        else:
            toolbar.addAction(self.export_action)
        edit_menu = window.menuBar().findChild(QMenu, "editMenu")
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.settings_action)
        return self

    def show_export(self) -> ExportDialog:
        from hireplan.gui.exporting.export_dialog import ExportDialog

        if self._export is not None:
            self._export.raise_()
            self._export.activateWindow()
            return self._export
        window = self.window
        dialog = ExportDialog(window.document, window.prompter, settings=window.settings, parent=window)
        dialog.statusMessage.connect(window.show_status)
        dialog.finished.connect(self._export_closed)
        # not modal: the person can keep editing while the export runs (it works on a copy)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self._export = dialog
        return dialog

    def _export_closed(self, _result: int) -> None:
        self._export = None

    def show_templates(self) -> TemplateLibraryDialog:
        from hireplan.gui.template_library.template_library_dialog import (
            TemplateLibraryDialog,
            start_plan_with,
        )

        window = self.window
        dialog = TemplateLibraryDialog(
            window.document,
            window.prompter,
            start_plan=start_plan_with(window.files),
            settings=window.settings,
            parent=window,
        )
        dialog.statusMessage.connect(window.show_status)
        return _open(dialog)

    def show_settings(self) -> SettingsDialog:
        from hireplan.gui.plan_settings.settings_dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window.document, window.settings, parent=window)
        dialog.autosaveIntervalChanged.connect(window.autosaver.set_interval)
        return _open(dialog)


def choose_template(parent: QWidget | None, templates: Sequence[TemplateInfo]) -> str | None:
    """The template picker for :class:`QtPrompter`, loaded the first time a plan starts from one."""
    from hireplan.gui.template_library.template_picker import choose_template as choose

    return choose(parent, templates)


def _menu_holding(window: MainWindow, action: QAction) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


DialogT = TypeVar("DialogT", bound=QDialog)


def _open(dialog: DialogT) -> DialogT:
    """Show window-modal without blocking; the dialog deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
