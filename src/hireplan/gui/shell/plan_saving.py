"""Save and Save As for the File actions: a save never overwrites a file without asking.

Before saving over the window's own file, the person is asked about an older file format (the
original is kept beside it) and about changes someone made on disk since it was read
(:mod:`hireplan.gui.shell.disk_conflict`); Save As takes the new file's lock first. A file that
cannot be written gives a message, and the window keeps its plan and its unsaved changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from hireplan.gui.shell import file_messages
from hireplan.gui.shell.disk_conflict import ConflictHost, resolve_disk_change
from hireplan.gui.shell.format_upgrade import keep_original, upgrade_question
from hireplan.gui.shell.read_only_notice import why_read_only
from hireplan.gui.shell.shared_plan import back_up_before_save, lock_for_save
from hireplan.storage import plan_file
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_file import suggested_file_name

if TYPE_CHECKING:
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.storage.plan_lock import PlanLock


class SaveHost(ConflictHost, Protocol):
    """What the File actions lend this module."""

    settings: AppSettings
    before_save: Callable[[], None] | None
    lock: PlanLock | None
    older_format: int | None

    def set_older_format(self, version: int | None) -> None: ...

    def keep_lock(self, lock: PlanLock | bool | None) -> None: ...

    def drop_unless_kept(self, lock: PlanLock | bool | None) -> None: ...


def save(host: SaveHost) -> bool:
    """Save over the plan's file; a new plan, or one open read-only, asks for a name instead."""
    document = host.document
    if document.path is None:
        return save_as(host)
    if document.read_only:
        host.statusMessage.emit(
            QCoreApplication.translate(
                "FileActions", "{file} is read-only: choose a name for a copy."
            ).format(file=document.path.name)
        )
        return save_as(host)
    if not _upgrade_agreed(host, document.path):
        return False
    if not resolve_disk_change(host, document.path):
        return False
    return _write(host, document.path)


def save_as(host: SaveHost) -> bool:
    """Ask for a name and save there, taking that file's lock first."""
    current = host.document.path
    folder = current.parent if current else (host.settings.last_folder() or Path.home())
    suggested = folder / (current.name if current else suggested_file_name(host.document.plan.title))
    path = host.prompter.ask_save_path(host.window(), suggested)
    if path is None:
        return False
    path = path.expanduser().resolve()
    refusal = why_read_only(path)
    if refusal is not None:
        host.prompter.show_error(
            host.window(),
            QCoreApplication.translate("FileActions", "Could not save the plan"),
            QCoreApplication.translate(
                "FileActions",
                "You do not have permission to change “{file}”. Choose another name or folder.",
            ).format(file=path.name),
        )
        return False
    if current is not None and same_file(path, current):
        return _upgrade_agreed(host, current) and resolve_disk_change(host, current) and _write(host, current)
    lock = _acquire_lock_for(host, path)
    if lock is False:
        return False
    if not _write(host, path):
        host.drop_unless_kept(lock)
        return False
    host.keep_lock(lock)
    return True


def write_copy(host: SaveHost, copy: Path) -> bool:
    """Save the window's plan as ``copy`` and go on editing it there (keep mine as a copy)."""
    lock = _acquire_lock_for(host, copy)
    if lock is False or not _write(host, copy):
        host.drop_unless_kept(lock)
        return False
    host.keep_lock(lock)
    return True


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (False when either cannot be resolved)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _upgrade_agreed(host: SaveHost, path: Path) -> bool:
    """Before the first save over an older-format file: ask, then keep the original beside it."""
    version = host.older_format
    if version is None:
        return True
    title, message, action = upgrade_question(path, version)
    if not host.prompter.ask_confirm(host.window(), title, message, action):
        host.statusMessage.emit(
            QCoreApplication.translate(
                "FileActions", "{file} was not saved; it is still in the older file format."
            ).format(file=path.name)
        )
        return False
    try:
        kept = keep_original(path, version)
    except (PlanFileError, OSError) as exc:
        message = QCoreApplication.translate(
            "FileActions",
            "The original file could not be kept as a copy, so it was not replaced: {reason}",
        )
        host.prompter.show_error(
            host.window(),
            QCoreApplication.translate("FileActions", "Could not save the plan"),
            f"{message.format(reason=exc)}\n\n{file_messages.keep_editing()}",
        )
        return False
    host.statusMessage.emit(
        QCoreApplication.translate("FileActions", "The original file was kept as {file}.").format(
            file=kept.name
        )
    )
    return True


def _write(host: SaveHost, path: Path) -> bool:
    if host.before_save is not None:
        host.before_save()
    backup_problem = back_up_before_save(path, host.settings.backups_kept())
    try:
        plan_file.save_plan(host.document.plan, path, keep_backup=True)
    except PlanFileError as exc:
        host.prompter.show_error(
            host.window(),
            QCoreApplication.translate("FileActions", "Could not save the plan"),
            f"{exc}\n\n{file_messages.keep_editing()}",
        )
        return False
    host.document.mark_saved(path)
    host.disk.track(path)
    host.set_older_format(None)  # the file now holds the current format
    host.settings.add_recent_file(path)
    host.statusMessage.emit(
        backup_problem or QCoreApplication.translate("FileActions", "Saved {file}").format(file=path.name)
    )
    return True


def _acquire_lock_for(host: SaveHost, path: Path) -> PlanLock | bool:
    """Before Save As onto ``path``: a held lock; True to go on without one; False when held elsewhere."""
    if host.lock is not None and host.lock.plan_path == path.absolute():
        return host.lock
    lock, notice = lock_for_save(host.window(), host.prompter, path, host.settings.user_name())
    if notice:
        host.statusMessage.emit(notice)
    return lock
