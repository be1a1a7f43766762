"""New, Open, Save, Save As, Revert and Recent files for one window.

The core reads and writes the files (``hireplan.storage``); this module decides when to ask the
person something (through the ``Prompter``) and keeps the rule that nothing is ever lost: a file
that cannot be read or written gives a message, and the window keeps its plan and unsaved changes.
Save and Save As are decided in :mod:`hireplan.gui.shell.plan_saving`, which borrows this window's
lock, settings and prompter through the public members below.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from hireplan.gui.common.busy_cursor import busy_cursor
from hireplan.gui.common.prompts import Prompter, UnsavedAnswer
from hireplan.gui.shell import file_messages, plan_saving
from hireplan.gui.shell.format_upgrade import open_plan_file
from hireplan.gui.shell.read_only_notice import why_read_only
from hireplan.gui.shell.recent_plans import fill_recent_menu
from hireplan.gui.shell.shared_plan import (
    DiskWatch,
    OpenMode,
    decide_lock,
    held_read_only_message,
)
from hireplan.model.template_plans import new_plan_from_template
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_lock import PlanLock
from hireplan.storage.templates import TemplateLibrary

if TYPE_CHECKING:
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.document.document import PlanDocument
    from hireplan.model import Plan


class FileActions(QObject):
    """The File menu's actions and the logic behind them."""

    planOpened = Signal(object)
    """A plan was loaded or created; the argument is its path (None for an untitled plan)."""
    statusMessage = Signal(str)
    olderFormatChanged = Signal(object)
    """The open file's format version when older than the app's (asked before saving), or None."""

    def __init__(
        self,
        window: QWidget,
        document: PlanDocument,
        prompter: Prompter,
        settings: AppSettings,
        *,
        before_save: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.prompter = prompter
        self.settings = settings
        self.before_save = before_save
        self.lock: PlanLock | None = None
        self.disk = DiskWatch(self, self.statusMessage.emit)
        self.compare_versions: Callable[[Plan, Plan, str, str], object] | None = None  # the Compare dialog
        self.older_format: int | None = None
        """The format version of the open file when it is older than the app's (asked before saving)."""

        made = [self._action(*row) for row in file_messages.file_actions(self)]
        self.new_action, self.open_action, self.save_action, self.save_as_action, self.revert_action = made

        self.recent_menu = QMenu(QCoreApplication.translate("FileActions", "Open &Recent"), window)
        self.recent_menu.setToolTipsVisible(True)  # the full path of each recent plan
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._on_application_state)
        document.modifiedChanged.connect(self._update_enabled)
        document.pathChanged.connect(self._update_enabled)
        self._update_enabled()

    def _action(
        self,
        text: str,
        tip: str,
        shortcut: QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        icon_name: str,
    ) -> QAction:
        action = QAction(QIcon.fromTheme(icon_name), text, self._window)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _update_enabled(self, *_args: object) -> None:
        self.revert_action.setEnabled(self._document.path is not None and self._document.is_modified())

    # Names -------------------------------------------------------------------------------------

    def display_name(self) -> str:
        path = self._document.path
        return (
            path.name
            if path
            else (self._document.plan.title or QCoreApplication.translate("FileActions", "Untitled plan"))
        )

    # Asking before losing changes ----------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True means go ahead."""
        if not self._document.is_modified():
            return True
        answer = self.prompter.ask_unsaved_changes(self._window, self.display_name())
        if answer is UnsavedAnswer.SAVE:
            return self.save()
        return answer is UnsavedAnswer.DISCARD

    # New and open ------------------------------------------------------------------------------

    def new_plan(self) -> bool:
        if not self.maybe_save():
            return False

        library = TemplateLibrary(team_dir=self.settings.team_library())
        try:
            templates = library.list()
        except PlanFileError as exc:
            self.prompter.show_error(
                self._window, QCoreApplication.translate("FileActions", "Templates unavailable"), str(exc)
            )
            return False
        name = self.prompter.ask_template(self._window, templates)
        if name is None:
            return False
        try:
            with busy_cursor():
                plan = new_plan_from_template(library.get(name), today=date.today())
        except (PlanFileError, KeyError, ValueError) as exc:
            self.prompter.show_error(
                self._window, QCoreApplication.translate("FileActions", "Could not start the plan"), str(exc)
            )
            return False
        default_owner = self.settings.default_owner()
        if default_owner and not plan.owner:
            plan.owner = default_owner
        with busy_cursor(until_idle=True):  # the new plan's analysis and the screens that show it
            self.show_untitled(plan)
        self.statusMessage.emit(
            QCoreApplication.translate("FileActions", "New plan started; Save asks where to keep it.")
        )
        return True

    def adopt_lock(self, lock: PlanLock) -> None:
        """Hold ``lock`` for the plan now shown (a restored recovery copy's file), letting go of any other."""
        self.keep_lock(lock)
        self.disk.track(lock.plan_path)

    def show_untitled(self, plan: Plan) -> None:
        """Show a plan that has no file yet (new from a template, or the sample)."""
        self._release_lock()
        self.disk.track(None)
        self._document.replace(plan, None)
        self._document.set_read_only(None)
        self.set_older_format(None)
        self.planOpened.emit(None)

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        start = self._document.path.parent if self._document.path else self.settings.last_folder()
        path = self.prompter.ask_open_path(self._window, start)
        return self.load(path) if path else False

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window after asking about unsaved changes (drag-and-drop, recent)."""
        if self._document.path is not None and plan_saving.same_file(path, self._document.path):
            self.statusMessage.emit(
                QCoreApplication.translate("FileActions", "{file} is already open.").format(file=path.name)
            )
            return True
        if not self.maybe_save():
            return False
        return self.load(path)

    def load(self, path: Path) -> bool:
        """Read ``path`` and show it; on any problem say so and keep the current plan."""
        path = path.expanduser()
        own = self.lock is not None and self.lock.plan_path == path.absolute()
        decision = None if own else decide_lock(self._window, self.prompter, path, self.settings.user_name())
        if decision is not None and decision.mode is OpenMode.CANCEL:
            return False
        lock = self.lock if decision is None else decision.lock
        try:
            with busy_cursor():  # a large plan takes a moment to read and check
                opened = open_plan_file(path)
        except PlanFileError as exc:
            self.drop_unless_kept(lock)
            self.prompter.show_error(
                self._window, QCoreApplication.translate("FileActions", "Could not open the plan"), str(exc)
            )
            if not path.exists():
                self.settings.remove_recent_file(path.resolve())
            return False
        if decision is not None and decision.mode is OpenMode.COPY:
            self.show_untitled(opened.plan)
            self.statusMessage.emit(
                QCoreApplication.translate(
                    "FileActions", "Opened a copy of {file}; Save asks where to keep it."
                ).format(file=path.name)
            )
            return True
        self.keep_lock(lock)
        resolved = path.resolve()
        with busy_cursor(until_idle=True):  # its analysis and the screens that show it
            self._document.replace(opened.plan, resolved)
        self.disk.track(resolved, opened.content_hash)
        read_only = why_read_only(resolved)
        if read_only is None and decision is not None and decision.mode is OpenMode.READ_ONLY:
            read_only = held_read_only_message(path.name, decision.notice)
        self._document.set_read_only(read_only)
        self.set_older_format(opened.format_version if opened.older else None)
        self.settings.add_recent_file(resolved)
        self.planOpened.emit(resolved)
        self.statusMessage.emit(file_messages.opened(path, decision, read_only, opened))
        return True

    def set_older_format(self, version: int | None) -> None:
        self.older_format = version
        self.olderFormatChanged.emit(version)

    # Saving (decided in plan_saving) ------------------------------------------------------------

    def save(self) -> bool:
        """Save over the plan's file; a new plan, or one open read-only, asks for a name instead."""
        return plan_saving.save(self)

    def save_as(self) -> bool:
        return plan_saving.save_as(self)

    def write_copy(self, copy: Path) -> bool:
        """Save this window's plan as ``copy`` and go on editing it there (keep mine as a copy)."""
        return plan_saving.write_copy(self, copy)

    # Revert ------------------------------------------------------------------------------------

    def revert(self) -> bool:
        path = self._document.path
        if path is None:
            return False
        if self._document.is_modified() and not self.prompter.ask_confirm(
            self._window,
            QCoreApplication.translate("FileActions", "Revert to saved"),
            QCoreApplication.translate(
                "FileActions", "Throw away every change made since “{file}” was last saved?"
            ).format(file=path.name),
            QCoreApplication.translate("FileActions", "Revert"),
        ):
            return False
        try:
            opened = open_plan_file(path)
        except PlanFileError as exc:
            self.prompter.show_error(
                self._window, QCoreApplication.translate("FileActions", "Could not revert"), str(exc)
            )
            return False
        self._document.replace(opened.plan, path)
        self.disk.track(path, opened.content_hash)
        if not self._document.read_only:
            self._document.set_read_only(why_read_only(path))
        self.set_older_format(opened.format_version if opened.older else None)
        self.statusMessage.emit(
            QCoreApplication.translate("FileActions", "Reverted to the saved {file}").format(file=path.name)
        )
        return True

    # What disk_conflict and plan_saving borrow --------------------------------------------------

    def user_name(self) -> str:
        return self.settings.user_name()

    def window(self) -> QWidget:
        return self._window

    @property
    def document(self) -> PlanDocument:
        return self._document

    # Changed on disk (the answers are carried out in disk_conflict) ----------------------------

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_disk_quietly()

    def check_disk_quietly(self) -> None:
        """When the window regains focus: a status-bar notice if the file changed on disk."""
        notice = self.disk.quiet_notice()
        if notice:
            self.statusMessage.emit(notice)

    # Locks -------------------------------------------------------------------------------------

    def keep_lock(self, lock: PlanLock | bool | None) -> None:
        """Hold ``lock`` for the plan now shown, letting go of the previous plan's."""
        new = lock if isinstance(lock, PlanLock) else None
        if self.lock is not None and self.lock is not new:
            self.lock.release()
        self.lock = new
        self.disk.hold(new)

    def drop_unless_kept(self, lock: PlanLock | bool | None) -> None:
        if isinstance(lock, PlanLock) and lock is not self.lock:
            lock.release()

    def _release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.disk.hold(None)

    def shutdown(self) -> None:
        self._release_lock()

    # Recent files ------------------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self.recent_menu, self.settings, self.open_recent)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            self.settings.remove_recent_file(path)
            self.prompter.show_error(
                self._window,
                QCoreApplication.translate("FileActions", "Plan not found"),
                QCoreApplication.translate(
                    "FileActions", "“{path}” is no longer there; it was removed from Recent."
                ).format(path=path),
            )
            return False
        return self.open_path(path)
