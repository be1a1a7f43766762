"""Menus and toolbar of the main window, with the platform's standard shortcuts.

Built from actions other helpers own (file actions, the undo stack, the checklist panel), so the
window itself stays a thin assembly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyle, QToolBar

from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.mnemonics import as_written
from hireplan.gui.common.section_keys import step_key_of
from hireplan.gui.help.help_menu import fill_help_menu
from hireplan.gui.shell.edit_actions import EditActions
from hireplan.gui.shell.file_actions import FileActions
from hireplan.gui.shell.navigation import NavEntry


def themed_icon(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """The desktop theme's icon, or Qt's own when no theme is installed (e.g. under Xvfb)."""
    icon = QIcon.fromTheme(name)
    if icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(fallback)
    return icon


GO_ENTRIES: dict[str, str] = {
    nav.OVERVIEW: str(QT_TRANSLATE_NOOP("WindowMenus", "&Overview")),
    nav.ALL_STEPS: str(QT_TRANSLATE_NOOP("WindowMenus", "&All steps")),
    nav.ROLES: str(QT_TRANSLATE_NOOP("WindowMenus", "&Roles and offers")),
    nav.COMPENSATION: str(QT_TRANSLATE_NOOP("WindowMenus", "&Compensation")),
    nav.RISKS: str(QT_TRANSLATE_NOOP("WindowMenus", "Ris&ks")),
    nav.POLICY: str(QT_TRANSLATE_NOOP("WindowMenus", "&Policy watch")),
}
"""The Go menu's fixed screens with their letters (the steps take their numbers)."""


@dataclass(frozen=True)
class ToolActions:
    """The tool windows' actions (owned by :class:`hireplan.gui.shell.dialog_actions.DialogActions`),
    by name, so the menus place each one without counting positions."""

    export: QAction
    templates: QAction
    settings: QAction


@dataclass
class WindowMenus:
    """What the window keeps a handle on after building its menus."""

    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    close_action: QAction
    quit_action: QAction
    go_menu: QMenu
    toolbar: QToolBar
    file_menu: QMenu | None = None
    section_actions: list[QAction] = field(default_factory=list)


def build_menus(
    window: QMainWindow,
    files: FileActions,
    undo_stack: QUndoStack,
    tools: ToolActions,
    *,
    on_find: Callable[[], None],
    on_about: Callable[[], None],
    edit_actions: EditActions | None = None,
) -> WindowMenus:
    """File (with Export… and Templates… before Close Window), Edit (Cut/Copy/Paste/Select All after
    Redo, Settings… last), Go, Help, and the toolbar (Export… after Save)."""
    bar = window.menuBar()
    for action in (tools.export, tools.templates, tools.settings):
        window.addAction(action)  # shortcuts work even while a menu is hidden
    sp = QStyle.StandardPixmap

    files.new_action.setIcon(themed_icon("document-new", sp.SP_FileIcon))
    files.open_action.setIcon(themed_icon("document-open", sp.SP_DialogOpenButton))
    files.save_action.setIcon(themed_icon("document-save", sp.SP_DialogSaveButton))

    close_action = QAction(QCoreApplication.translate("WindowMenus", "&Close Window"), window)
    close_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
    close_action.triggered.connect(window.close)
    quit_action = QAction(QCoreApplication.translate("WindowMenus", "&Quit"), window)
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(QApplication.closeAllWindows)

    file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
    file_menu.addAction(files.new_action)
    file_menu.addAction(files.open_action)
    file_menu.addMenu(files.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(files.save_action)
    file_menu.addAction(files.save_as_action)
    file_menu.addAction(files.revert_action)
    file_menu.addAction(tools.export)
    file_menu.addAction(tools.templates)
    file_menu.addSeparator()
    file_menu.addAction(close_action)
    file_menu.addAction(quit_action)

    undo_action, redo_action = step_actions(undo_stack, window)
    undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
    undo_action.setIcon(themed_icon("edit-undo", sp.SP_ArrowBack))
    redo_action.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and, on Linux, Ctrl+Shift+Z
    redo_action.setIcon(themed_icon("edit-redo", sp.SP_ArrowForward))
    find_action = QAction(QCoreApplication.translate("WindowMenus", "&Find…"), window)
    find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    find_action.setStatusTip(
        QCoreApplication.translate("WindowMenus", "Filter the checklist by text, status, owner or tag")
    )
    find_action.triggered.connect(lambda _c=False: on_find())

    edit_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Edit"))
    edit_menu.setObjectName("editMenu")
    edit_menu.addAction(undo_action)
    edit_menu.addAction(redo_action)
    edit_menu.addSeparator()
    if edit_actions is not None:
        edit_menu.addActions(edit_actions.actions)
        edit_actions.attach_to_menu(edit_menu)
        edit_menu.addSeparator()
    edit_menu.addAction(find_action)
    edit_menu.addSeparator()
    edit_menu.addAction(tools.settings)

    go_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Go"))

    help_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
    fill_help_menu(help_menu, window, on_about)

    toolbar = QToolBar(QCoreApplication.translate("WindowMenus", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(toolbar.toolButtonStyle().ToolButtonTextBesideIcon)
    toolbar.addAction(files.new_action)
    toolbar.addAction(files.open_action)
    toolbar.addAction(files.save_action)
    toolbar.addAction(tools.export)
    toolbar.addSeparator()
    toolbar.addAction(undo_action)
    toolbar.addAction(redo_action)
    # The toolbar's words, without the menus' mnemonics ("新建", not "新建(N)") and with Undo and Redo
    # short while the menu says which step they take.
    translate = QCoreApplication.translate
    for action, word in (
        (files.new_action, translate("WindowMenus", "New")),
        (files.open_action, translate("WindowMenus", "Open")),
        (files.save_action, translate("WindowMenus", "Save")),
        (tools.export, translate("WindowMenus", "Export")),
        (undo_action, translate("WindowMenus", "Undo")),
        (redo_action, translate("WindowMenus", "Redo")),
    ):
        action.setIconText(word)
    window.addToolBar(toolbar)

    return WindowMenus(
        undo_action, redo_action, find_action, close_action, quit_action, go_menu, toolbar, file_menu
    )


class _StepName(QObject):
    """Names one Undo or Redo action after its step. A child of the action, so it goes with it; the
    stack may still announce a step while the window is torn down, after the action is gone."""

    def __init__(self, action: QAction, undo: bool) -> None:
        super().__init__(action)
        self._action = action
        self._undo = undo

    @Slot(str)
    def rename(self, step: str) -> None:
        if not shiboken6.isValid(self._action):  # the window is being torn down; its stack still talks
            return
        translate = QCoreApplication.translate
        if self._undo:
            text = translate("WindowMenus", "&Undo {step}") if step else translate("WindowMenus", "&Undo")
        else:
            text = translate("WindowMenus", "&Redo {step}") if step else translate("WindowMenus", "&Redo")
        self._action.setText(text.format(step=step))


def step_actions(undo_stack: QUndoStack, window: QMainWindow) -> tuple[QAction, QAction]:
    """Undo and Redo, named after the step they would take as one sentence ("&Undo Delete 2 roles",
    "撤销(&U)：删除 2 个职位"), so the mnemonic and the order of words are the translation's."""
    undo_action = undo_stack.createUndoAction(window)
    redo_action = undo_stack.createRedoAction(window)
    undo_name, redo_name = _StepName(undo_action, undo=True), _StepName(redo_action, undo=False)
    # Connected after the stack's own naming (createUndoAction's), so these names are the last word.
    undo_stack.undoTextChanged.connect(undo_name.rename)
    undo_stack.redoTextChanged.connect(redo_name.rename)
    undo_name.rename(undo_stack.undoText())
    redo_name.rename(undo_stack.redoText())
    return undo_action, redo_action


def add_checklist_actions(menus: WindowMenus, window: QMainWindow, actions: Sequence[QAction]) -> QMenu:
    """A Checklist menu with the checklist panel's own actions (add, delete, move, set status…)."""
    menu = QMenu(QCoreApplication.translate("WindowMenus", "&Checklist"), window)
    for action in actions:
        if action.isSeparator():
            menu.addSeparator()
        else:
            menu.addAction(action)
    window.menuBar().insertMenu(menus.go_menu.menuAction(), menu)
    return menu


def fill_go_menu(
    menus: WindowMenus, window: QMainWindow, entries: Sequence[NavEntry], on_go: Callable[[str], None]
) -> None:
    """One action per section: Ctrl+1… for the screens (Overview, All steps, Roles and offers,
    Compensation, Risks, Policy watch), Alt+1… for the plan's steps, so every screen is a keystroke
    away however many steps the plan has."""
    for action in menus.section_actions:
        window.removeAction(action)
        action.deleteLater()
    menus.go_menu.clear()
    menus.section_actions = []
    screens = 0
    steps = 0
    started = False
    for entry in entries:
        if entry.is_heading:
            if started:
                menus.go_menu.addSeparator()
            continue
        started = True
        fixed = GO_ENTRIES.get(entry.key)
        text = QCoreApplication.translate("WindowMenus", fixed) if fixed else as_written(entry.title)
        action = QAction(text, window)
        if step_key_of(entry.key) is not None:
            steps += 1
            if steps <= 9:
                action.setShortcut(QKeySequence(f"Alt+{steps}"))
                # the step's number is its letter while the menu is open ("1. Understand…")
                if entry.title.startswith(str(steps)):
                    action.setText("&" + as_written(entry.title))
        else:
            screens += 1
            if screens <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{screens}"))
        action.triggered.connect(lambda _c=False, key=entry.key: on_go(key))
        menus.go_menu.addAction(action)
        menus.section_actions.append(action)
