"""Warns when a plan is already open in another window or process.

Each open plan holds a QLockFile in the user data folder, named by a hash of the plan's full
path (the plan's own folder may be read-only or shared, so nothing is written next to it).
QLockFile records the holder's process id: a lock left behind by a crash or a kill belongs to a
process that no longer exists, and the next ``try_acquire`` takes it over.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from hireplan.storage.paths import user_data_dir


def locks_dir() -> Path:
    return user_data_dir() / "locks"


def lock_path_for(plan_path: Path) -> Path:
    """The lock file guarding ``plan_path``; the same plan always maps to the same lock."""
    key = hashlib.sha256(os.fsencode(plan_path.resolve())).hexdigest()[:24]
    return locks_dir() / f"{key}.lock"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app: str

    def describe(self, own_pid: int | None = None) -> str:
        if self.pid == (own_pid if own_pid is not None else os.getpid()):
            return "in another window of this hireplan"
        return f"in another hireplan (process {self.pid} on {self.hostname or 'this computer'})"


class PlanLock:
    """The lock on one plan file for as long as a window has it open."""

    def __init__(self, plan_path: Path) -> None:
        self.plan_path = plan_path.resolve()
        self.lock_path = lock_path_for(self.plan_path)
        self._lock: QLockFile | None = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.isLocked()

    def try_acquire(self) -> bool:
        """Take the lock; a stale lock from a dead process is taken over. False when someone holds it.

        Raises OSError when the lock cannot be written at all (e.g. a read-only user folder).
        """
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # never age out a live holder: a plan can stay open for days
        if lock.tryLock(0):
            self._lock = lock
            return True
        if lock.error() != QLockFile.LockError.LockFailedError:
            raise OSError(f"cannot write the lock file {self.lock_path} ({lock.error().name})")
        return False

    def holder(self) -> LockHolder | None:
        """Who holds the lock, when someone else does."""
        info = QLockFile(str(self.lock_path)).getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, hostname, app = info
        if not pid:
            return None
        return LockHolder(int(pid), str(hostname), str(app))

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
