"""A plan on a shared folder: the lock beside it, the changed-on-disk check and rotated backups.

:class:`FileActions` asks this module three things: may this window open the file for editing
(the lock; the person chooses read-only, a copy, or taking over a stale lock), has the file
changed on disk since this window read or wrote it (a content hash, checked before every save
and, quietly, when the window regains focus), and to keep the file about to be replaced in
``.hireplan-backups``.  A folder where no lock or backup can be written never stops the person:
the plan stays editable here and a notice says what is not protected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from hireplan.gui.common.prompts import LockedAnswer, Prompter
from hireplan.storage.backups import file_hash, keep_backup
from hireplan.storage.plan_lock import REFRESH_SECONDS, LockInfo, LockState, PlanLock, this_machine


class OpenMode(Enum):
    EDIT = "edit"
    READ_ONLY = "read-only"
    COPY = "copy"
    CANCEL = "cancel"


@dataclass
class LockDecision:
    mode: OpenMode
    lock: PlanLock | None = None
    notice: str = ""
    """A sentence for the person: who holds the plan, or why no lock protects it."""


def held_read_only_message(file_name: str, holder: str) -> str:
    """Why edits are refused in a window opened read-only because someone else has the plan."""
    return QCoreApplication.translate(
        "SharedPlan",
        "“{file}” is open read-only because someone else has it open. {holder} "
        "To make changes, use File › Save As to save a copy you can edit.",
    ).format(file=file_name, holder=holder)


def decide_lock(parent: QWidget | None, prompter: Prompter, path: Path, user: str) -> LockDecision:
    """Take the lock beside ``path``, or ask the person what to do when someone else holds it."""
    lock = PlanLock(path, user=user)
    result = lock.acquire()
    if result.state is LockState.ACQUIRED:
        return LockDecision(OpenMode.EDIT, lock)
    if result.state is LockState.UNWRITABLE:
        return LockDecision(OpenMode.EDIT, None, result.problem)
    holder = (
        result.holder.describe()
        if result.holder
        else QCoreApplication.translate("SharedPlan", "Someone has this plan open.")
    )
    if result.stale and _own_crash(result.holder, user):
        taken = lock.take_over()  # this person's own session on this machine stopped: nobody to ask
        if taken.state is LockState.ACQUIRED:
            return LockDecision(OpenMode.EDIT, lock)
    answer = prompter.ask_open_locked(parent, path, holder, result.stale)
    if answer is LockedAnswer.TAKE_OVER and not result.stale:
        answer = LockedAnswer.READ_ONLY  # a live holder's lock is never taken over
    if answer is LockedAnswer.TAKE_OVER:
        taken = lock.take_over()
        if taken.state is LockState.ACQUIRED:
            notice = QCoreApplication.translate(
                "SharedPlan", "You took over “{file}” from an abandoned lock."
            )
            return LockDecision(OpenMode.EDIT, lock, notice.format(file=path.name))
        if taken.state is LockState.UNWRITABLE:
            return LockDecision(OpenMode.EDIT, None, taken.problem)
        answer = LockedAnswer.READ_ONLY  # someone else took it at the same moment
        holder = taken.holder.describe() if taken.holder else holder
    if answer is LockedAnswer.READ_ONLY:
        return LockDecision(OpenMode.READ_ONLY, None, holder)
    if answer is LockedAnswer.COPY:
        return LockDecision(OpenMode.COPY, None, holder)
    return LockDecision(OpenMode.CANCEL)


def lock_for_save(
    parent: QWidget | None, prompter: Prompter, path: Path, user: str
) -> tuple[PlanLock | bool, str]:
    """Before Save As onto ``path``: (a held lock, or True to go on unguarded, or False), a notice."""
    lock = PlanLock(path, user=user)
    result = lock.acquire()
    if result.state is LockState.ACQUIRED:
        return lock, ""
    if result.state is LockState.UNWRITABLE:
        return True, result.problem
    holder = (
        result.holder.describe()
        if result.holder
        else QCoreApplication.translate("SharedPlan", "Someone has it open.")
    )
    prompter.show_error(
        parent,
        QCoreApplication.translate("SharedPlan", "Plan open elsewhere"),
        QCoreApplication.translate(
            "SharedPlan",
            "“{file}” is open in another window. {holder} Save this plan under another name, "
            "or close it there first.",
        ).format(file=path.name, holder=holder),
    )
    return False, ""


def _own_crash(holder: LockInfo | None, user: str) -> bool:
    """A lock this person left on this machine when their hireplan stopped (crash, kill, power cut)."""
    return holder is not None and holder.known and holder.user == user and holder.host == this_machine()


class DiskWatch(QObject):
    """Remembers the content hash of the file as this window last read or wrote it."""

    def __init__(self, parent: QObject, notify: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self._notify = notify
        self.path: Path | None = None
        self.known_hash: str | None = None
        self._noticed: str | None = None
        self.lock: PlanLock | None = None
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_SECONDS * 1000)
        self._refresh.timeout.connect(self._refresh_lock)

    def track(self, path: Path | None, data_hash: str | None = None) -> None:
        """Remember the file as it is now (after opening or saving)."""
        self.path = path
        self.known_hash = data_hash if data_hash is not None else (file_hash(path) if path else None)
        self._noticed = None

    def hold(self, lock: PlanLock | None) -> None:
        self.lock = lock
        if lock is None:
            self._refresh.stop()
        else:
            self._refresh.start()

    def _refresh_lock(self) -> None:
        """Every few minutes: tell others we are still here; say so once if the lock was taken from us."""
        lock = self.lock
        if lock is not None and not lock.refresh():
            self.hold(None)
            if self._notify is not None:
                self._notify(
                    QCoreApplication.translate(
                        "SharedPlan",
                        "Someone else took over “{file}” while this window was away; "
                        "saving will ask before replacing their changes.",
                    ).format(file=lock.plan_path.name)
                )

    def changed(self) -> bool:
        """True when the file on disk is no longer the one this window read or wrote."""
        if self.path is None or self.known_hash is None:
            return False
        return file_hash(self.path) != self.known_hash

    def quiet_notice(self) -> str:
        """A status-bar sentence, once per change, when the file changed on disk (focus check)."""
        if self.path is None or self.known_hash is None:
            return ""
        now = file_hash(self.path)
        if now in (self.known_hash, self._noticed):
            return ""
        self._noticed = now
        if now is None:
            return QCoreApplication.translate(
                "SharedPlan", "“{file}” is no longer on disk; Save will write it again."
            ).format(file=self.path.name)
        return QCoreApplication.translate(
            "SharedPlan",
            "“{file}” was changed by someone else since you opened it; "
            "Save will ask whether to reload theirs or keep yours as a copy.",
        ).format(file=self.path.name)


def back_up_before_save(path: Path, keep: int) -> str:
    """Copy the file about to be replaced into ``.hireplan-backups``; a sentence when that failed."""
    try:
        keep_backup(path, keep)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return QCoreApplication.translate(
            "SharedPlan",
            "The plan was saved, but no backup could be kept in .hireplan-backups beside it ({reason}).",
        ).format(reason=reason)
    return ""


def copy_path_for(path: Path, user: str) -> Path:
    """``plan.hireplan`` -> ``plan (copy by Ana).hireplan``, then ``… 2``, in the same folder."""
    safe_user = "".join(ch for ch in user if ch.isalnum() or ch in " ._-").strip()[:40]
    safe_user = safe_user or QCoreApplication.translate("SharedPlan", "me")
    for number in range(1, 1000):
        stem = (
            QCoreApplication.translate("SharedPlan", "{name} (copy by {user})")
            if number == 1
            else QCoreApplication.translate("SharedPlan", "{name} (copy by {user} {number})")
        ).format(name=path.stem, user=safe_user, number=number)
        candidate = path.with_name(f"{stem}{path.suffix}")
        if not candidate.exists():
            return candidate
    stem = QCoreApplication.translate("SharedPlan", "{name} (copy)").format(name=path.stem)
    return path.with_name(f"{stem}{path.suffix}")
