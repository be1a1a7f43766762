"""Which plan a window shows first, and the offer to restore work a crash left behind.

Kept apart from the window class: these are decisions (FILE, else the last plan, else the sample;
restore, delete or keep a recovery copy), and the window only provides the pieces they act on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hireplan.gui.common.prompts import RecoveryOffer
from hireplan.gui.shell.autosave import RecoveryEntry, orphaned_recoveries
from hireplan.gui.shell.instance_lock import PlanLock
from hireplan.model import Plan
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_file import load_plan
from hireplan.storage.templates import sample_plan

if TYPE_CHECKING:
    from hireplan.gui.shell.main_window import MainWindow


def open_first_plan(window: MainWindow, path: Path | None, *, sample: bool = False) -> bool:
    """FILE if given, else the sample when asked, else the last plan, else the sample.

    Returns False when FILE was given but could not be opened (the sample is shown instead).
    """
    if path is not None:
        if window.files.load(path):
            return True
        open_sample(window)
        return False
    if sample:
        open_sample(window)
        return True
    recent = next((p for p in window.settings.recent_files() if p.is_file()), None)
    if recent is None or not window.files.load(recent):
        open_sample(window)
    return True


def open_sample(window: MainWindow) -> None:
    """The shipped sample plan, untitled so that Save asks where to keep the team's copy."""

    try:
        plan = sample_plan()
    except PlanFileError as exc:
        window.prompter.show_error(window, "Sample plan unavailable", str(exc))
        plan = Plan(title="Untitled plan")
    window.files.show_untitled(plan)


def offer_recovery(window: MainWindow) -> bool:
    """Offer each recovery copy a crashed session left, newest first; True when one was restored."""
    for entry in orphaned_recoveries():
        offer = RecoveryOffer(entry.title, entry.original_path, entry.saved_at)
        answer = window.prompter.ask_restore_recovery(window, offer)
        if answer is None:
            continue  # "Not now": kept for the next start
        if not answer:
            entry.discard()
        elif restore(window, entry):
            return True
    return False


def restore(window: MainWindow, entry: RecoveryEntry) -> bool:
    """Show the recovered plan as unsaved changes to its original file (or untitled)."""

    try:
        plan = load_plan(entry.plan_file)
    except PlanFileError as exc:
        window.prompter.show_error(window, "Could not restore", f"The recovery copy cannot be read: {exc}")
        return False
    window.files.shutdown()
    if entry.original_path is not None:
        lock = PlanLock(entry.original_path)
        if lock.try_acquire():
            window.files.lock = lock
    document = window.document
    document.replace(plan, entry.original_path)
    document.undo_stack.resetClean()  # restored work is unsaved work until saved
    window.autosaver.save_now()  # a fresh copy under this session before the old one goes
    entry.discard()
    window.show_status("Recovered the unsaved changes; save them to keep them.")
    return True
