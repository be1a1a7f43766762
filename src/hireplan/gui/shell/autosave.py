"""Recovery copies of unsaved work, so a crash or a kill loses at most one autosave interval.

While a window's plan has unsaved changes, a timer writes the plan (atomically) to
``user_data_dir()/recovery/<session>.hireplan`` with a small ``.json`` note saying which file it
belongs to and when it was written. The plan file itself is never touched. Each session holds a
lock on its recovery files while it lives, so a later start offers only copies whose window is
gone: after a clean exit the files are deleted; after a crash they stay and are offered.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

from hireplan.storage.paths import user_data_dir
from hireplan.storage.plan_file import plan_to_bytes
from hireplan.storage.safe_write import atomic_write_bytes

if TYPE_CHECKING:
    from hireplan.gui.document.document import PlanDocument

log = logging.getLogger(__name__)

RECOVERY_SUFFIX = ".hireplan"
NOTE_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"


def recovery_dir() -> Path:
    return user_data_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery copy left by a session that ended without cleaning up."""

    session: str
    plan_file: Path
    """The recovery copy itself (inside the recovery folder)."""
    original_path: Path | None
    """The plan it was made from, or None for a plan never saved."""
    title: str
    saved_at: datetime

    def discard(self) -> None:
        for suffix in (RECOVERY_SUFFIX, NOTE_SUFFIX, LOCK_SUFFIX):
            self.plan_file.with_suffix(suffix).unlink(missing_ok=True)


def orphaned_recoveries(folder: Path | None = None) -> list[RecoveryEntry]:
    """Recovery copies whose session is no longer running, newest first.

    A copy whose session lock is still held belongs to a window open right now and is skipped.
    """
    folder = folder or recovery_dir()
    if not folder.is_dir():
        return []
    entries: list[RecoveryEntry] = []
    for note in folder.glob(f"*{NOTE_SUFFIX}"):
        plan_file = note.with_suffix(RECOVERY_SUFFIX)
        if not plan_file.is_file():
            note.unlink(missing_ok=True)
            continue
        probe = QLockFile(str(note.with_suffix(LOCK_SUFFIX)))
        probe.setStaleLockTime(0)
        if not probe.tryLock(0):
            continue  # its window is alive
        probe.unlock()
        try:
            meta = json.loads(note.read_text(encoding="utf-8"))
            saved_at = datetime.fromisoformat(str(meta["saved_at"]))
            original = meta.get("plan_path")
            entries.append(
                RecoveryEntry(
                    session=note.stem,
                    plan_file=plan_file,
                    original_path=Path(original) if original else None,
                    title=str(meta.get("title") or QCoreApplication.translate("Autosaver", "Untitled plan")),
                    saved_at=saved_at,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("ignoring an unreadable recovery note %s", note)
    entries.sort(key=lambda e: e.saved_at, reverse=True)
    return entries


class Autosaver(QObject):
    """Writes a window's recovery copy every ``interval_seconds`` while its plan is modified."""

    saved = Signal(object)
    """A datetime: a recovery copy was just written."""
    failed = Signal(str)
    """A message: writing the recovery copy failed (e.g. the disk is full)."""

    def __init__(
        self,
        document: PlanDocument,
        interval_seconds: float = 60,
        parent: QObject | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._folder = folder or recovery_dir()
        self.session = uuid.uuid4().hex
        self._session_lock: QLockFile | None = None
        self._pending = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timeout)
        self.set_interval(interval_seconds)
        document.undo_stack.indexChanged.connect(self._on_change)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.planReset.connect(self._on_reset)

    @property
    def recovery_file(self) -> Path:
        return self._folder / f"{self.session}{RECOVERY_SUFFIX}"

    @property
    def note_file(self) -> Path:
        return self._folder / f"{self.session}{NOTE_SUFFIX}"

    def set_interval(self, seconds: float) -> None:
        """How often to write while modified (the app uses whole seconds; tests use less)."""
        self._timer.setInterval(max(10, round(seconds * 1000)))

    def interval_ms(self) -> int:
        return self._timer.interval()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def _on_change(self, _index: int = 0) -> None:
        # The undo stack clears itself (and signals) while it is being destroyed at exit.
        if self._closed or not shiboken6.isValid(self._document.undo_stack):
            return
        if self._document.is_modified():
            self._pending = True
            if not self._timer.isActive():
                self._timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if self._closed or not shiboken6.isValid(self._document.undo_stack):
            return
        if clean:
            self.discard()
        else:
            self._on_change()

    def _on_reset(self) -> None:
        if self._closed:
            return
        # A new, opened or reverted plan: nothing unsaved yet, unless the stack says otherwise
        # (a restored recovery copy is marked modified).
        if self._document.is_modified():
            self._on_change()
        else:
            self.discard()

    def _on_timeout(self) -> None:
        if not self._document.is_modified():
            self._timer.stop()
            return
        if self._pending:
            self.save_now()

    def save_now(self) -> bool:
        """Write the recovery copy now (also used when an unexpected error happens)."""
        if self._closed or not self._document.is_modified():
            return False
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            self._hold_session_lock()
            atomic_write_bytes(self.recovery_file, plan_to_bytes(self._document.plan))
            saved_at = datetime.now(UTC)
            path = self._document.path
            note = {
                "plan_path": str(path) if path else None,
                "title": self._document.plan.title,
                "saved_at": saved_at.isoformat(),
            }
            atomic_write_bytes(self.note_file, json.dumps(note, indent=2).encode("utf-8"))
        except Exception as exc:  # a failed recovery copy must never take the window down
            log.warning("could not write the recovery copy: %s", exc)
            self.failed.emit(
                QCoreApplication.translate("Autosaver", "Could not write the recovery copy: {reason}").format(
                    reason=exc
                )
            )
            return False
        self._pending = False
        self.saved.emit(saved_at)
        return True

    def _hold_session_lock(self) -> None:
        if self._session_lock is None:
            lock = QLockFile(str(self._folder / f"{self.session}{LOCK_SUFFIX}"))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                self._session_lock = lock

    def discard(self) -> None:
        """Delete this session's recovery copy: the plan was saved, reverted or closed cleanly."""
        self._timer.stop()
        self._pending = False
        self.recovery_file.unlink(missing_ok=True)
        self.note_file.unlink(missing_ok=True)
        if self._session_lock is not None:
            self._session_lock.unlock()
            self._session_lock = None

    def shutdown(self) -> None:
        """Clean exit: stop, leave nothing to recover, and ignore the document from now on."""
        self._closed = True
        self.discard()
