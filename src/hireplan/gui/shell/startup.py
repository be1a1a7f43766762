"""Which plan a window shows first, and the offer to restore work a crash left behind.

Kept apart from the window class: these are decisions (FILE, else the last plan, else the sample;
restore, delete or keep a recovery copy), and the window only provides the pieces they act on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import Prompter, RecoveryOffer
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.shell.autosave import Autosaver, RecoveryEntry, orphaned_recoveries
from hireplan.gui.shell.file_actions import FileActions
from hireplan.model import Plan
from hireplan.storage.builtin_templates import sample_plan
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_file import load_plan
from hireplan.storage.plan_lock import LockState, PlanLock


class StartupHost(Protocol):
    """What the start-up decisions act on: the window's helpers, and the window as dialogs' parent."""

    files: FileActions
    settings: AppSettings
    prompter: Prompter
    autosaver: Autosaver
    document: PlanDocument

    def window(self) -> QWidget: ...

    def show_status(self, message: str) -> None: ...


def open_first_plan(host: StartupHost, path: Path | None, *, sample: bool = False) -> bool:
    """FILE if given, else the sample when asked, else the last plan, else the sample.

    Returns False when FILE was given but could not be opened (the sample is shown instead).
    """
    if path is not None:
        if host.files.load(path):
            return True
        open_sample(host)
        return False
    if sample:
        open_sample(host)
        return True
    recent = next((p for p in host.settings.recent_files() if p.is_file()), None)
    if recent is None or not host.files.load(recent):
        open_sample(host)
    return True


def open_sample(host: StartupHost) -> None:
    """The shipped sample plan, untitled so that Save asks where to keep the team's copy."""

    try:
        plan = sample_plan()
    except PlanFileError as exc:
        host.prompter.show_error(
            host.window(), QCoreApplication.translate("Startup", "Sample plan unavailable"), str(exc)
        )
        plan = Plan(title=QCoreApplication.translate("Startup", "Untitled plan"))
    host.files.show_untitled(plan)


def offer_recovery(host: StartupHost) -> bool:
    """Offer each recovery copy a crashed session left, newest first; True when one was restored."""
    for entry in orphaned_recoveries():
        offer = RecoveryOffer(entry.title, entry.original_path, entry.saved_at)
        answer = host.prompter.ask_restore_recovery(host.window(), offer)
        if answer is None:
            continue  # "Not now": kept for the next start
        if not answer:
            entry.discard()
        elif restore(host, entry):
            return True
    return False


def restore(host: StartupHost, entry: RecoveryEntry) -> bool:
    """Show the recovered plan as unsaved changes to its original file (or untitled)."""

    try:
        plan = load_plan(entry.plan_file)
    except PlanFileError as exc:
        host.prompter.show_error(
            host.window(),
            QCoreApplication.translate("Startup", "Could not restore"),
            QCoreApplication.translate("Startup", "The recovery copy cannot be read: {reason}").format(
                reason=exc
            ),
        )
        return False
    host.files.shutdown()
    if entry.original_path is not None:
        lock = PlanLock(entry.original_path, user=host.files.user_name())
        result = lock.acquire()
        if result.state is LockState.HELD and result.stale:
            result = lock.take_over()  # most likely the crashed session this copy comes from
        if result.state is LockState.ACQUIRED:
            host.files.adopt_lock(lock)
    document = host.document
    document.replace(plan, entry.original_path)
    document.undo_stack.resetClean()  # restored work is unsaved work until saved
    host.autosaver.save_now()  # a fresh copy under this session before the old one goes
    entry.discard()
    host.show_status(
        QCoreApplication.translate("Startup", "Recovered the unsaved changes; save them to keep them.")
    )
    return True
