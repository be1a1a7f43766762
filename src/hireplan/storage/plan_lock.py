"""The lock beside a plan: who has it open, on which machine, since when.

The office-suite convention: a small file next to the document (``.~lock.NAME#``) that every
user and machine reaching the folder sees, whatever their own data folder.  It works on network
and synced folders because it relies on nothing such folders drop: no advisory lock, no other
user's data folder, no process id read across machines.  The holder rewrites its ``seen`` time
every :data:`REFRESH_SECONDS`; a lock is **stale** when it was written on this machine by a
process that is gone, or when its holder has not been seen for :data:`STALE_AFTER_SECONDS`
(a machine that crashed, or a share that lost the holder).  Only a stale lock may be taken over.

Reading a lock never fails: a corrupt, oversized, binary or hostile file (a folder, a link, a
device) is an *unknown holder*, which still lets the plan open read-only.  Creating a lock can
fail (a read-only share): :meth:`PlanLock.acquire` then says so and the caller keeps the plan
editable locally with a notice.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import secrets
import socket
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from pathlib import Path

from hireplan.atomic import write_bytes as atomic_write_bytes
from hireplan.i18n import _, prose_date

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
REFRESH_SECONDS = 5 * 60
"""How often a window that holds a lock rewrites its ``seen`` time."""
STALE_AFTER_SECONDS = 60 * 60
"""A holder not seen for an hour (twelve missed refreshes) has gone: its lock is stale."""
MAX_LOCK_BYTES = 4096
"""A lock file is a few hundred bytes; anything larger is not ours and is not read."""


def lock_path_for(plan_path: Path) -> Path:
    """``/share/plan.hireplan`` -> ``/share/.~lock.plan.hireplan#`` (never outside the plan's folder)."""
    plan_path = Path(plan_path)
    return plan_path.parent / f"{LOCK_PREFIX}{plan_path.name}{LOCK_SUFFIX}"


def default_user_name() -> str:
    """The account's name, for Settings' default user name."""
    for key in ("HIREPLAN_USER", "USER", "USERNAME", "LOGNAME"):
        value = os.environ.get(key, "").strip()
        if value:
            return value[:80]
    try:
        return getpass.getuser()[:80]
    except (OSError, KeyError, ImportError):  # pragma: no cover - no account name at all
        return "unknown user"


def this_machine() -> str:
    return socket.gethostname()[:120] or "this computer"


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says; ``known`` is False when the file could not be read as a lock."""

    user: str
    host: str
    pid: int
    since: datetime
    seen: datetime
    token: str
    known: bool = True

    def to_bytes(self) -> bytes:
        data = {
            "app": "hireplan",
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "since": self.since.isoformat(),
            "seen": self.seen.isoformat(),
            "token": self.token,
        }
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    def describe(self) -> str:
        """A sentence naming the holder, for the open prompt."""
        if not self.known:
            return _("Someone has this plan open (its lock file cannot be read).")
        moment = self.since.astimezone()
        since = _("{date} at {time}").format(date=prose_date(moment.date()), time=moment.strftime("%H:%M"))
        return _("{user} has had this plan open on {host} since {since}.").format(
            user=self.user, host=self.host, since=since
        )


def _text(value: object, limit: int) -> str:
    return "".join(ch for ch in str(value) if ch.isprintable())[:limit] if isinstance(value, str) else ""


def _time(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_lock(lock_path: Path) -> LockInfo | None:
    """The lock at ``lock_path``: None when there is none; an unknown holder when it is unreadable.

    Never raises and never follows a link or opens anything but a small regular file.
    """
    try:
        st = os.lstat(lock_path)
    except FileNotFoundError:
        return None
    except OSError:
        return _unknown(None)
    if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_LOCK_BYTES:
        return _unknown(st.st_mtime)
    try:
        fd = os.open(lock_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            raw = os.read(fd, MAX_LOCK_BYTES + 1)
        finally:
            os.close(fd)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return _unknown(st.st_mtime)
    if not isinstance(data, dict):
        return _unknown(st.st_mtime)
    since, seen = _time(data.get("since")), _time(data.get("seen"))
    pid = data.get("pid")
    if since is None or not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid < 2**31:
        return _unknown(st.st_mtime)
    return LockInfo(
        user=_text(data.get("user"), 80) or "someone",
        host=_text(data.get("host"), 120) or "another computer",
        pid=pid,
        since=since,
        seen=seen or since,
        token=_text(data.get("token"), 64),
    )


def _unknown(mtime: float | None) -> LockInfo:
    when = datetime.fromtimestamp(mtime, UTC) if mtime is not None else _now()
    return LockInfo("someone", "an unknown computer", 0, when, when, "", known=False)


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, owned by someone else
    return True


def is_stale(info: LockInfo, *, now: datetime | None = None, host: str | None = None) -> bool:
    """Stale: written on this machine by a process that is gone, or its holder not seen for long."""
    now = now or _now()
    if now - info.seen > timedelta(seconds=STALE_AFTER_SECONDS):
        return True
    return info.known and info.host == (host or this_machine()) and not _process_alive(info.pid)


class LockState(Enum):
    ACQUIRED = "acquired"
    HELD = "held"
    """Someone else holds it (see :attr:`LockResult.holder` and :attr:`LockResult.stale`)."""
    UNWRITABLE = "unwritable"
    """No lock could be written (read-only share): the plan stays editable locally, with a notice."""


@dataclass(frozen=True)
class LockResult:
    state: LockState
    holder: LockInfo | None = None
    stale: bool = False
    problem: str = ""


class PlanLock:
    """The lock on one plan file for as long as a window has it open."""

    def __init__(self, plan_path: Path, user: str = "") -> None:
        self.plan_path = Path(plan_path).absolute()
        self.lock_path = lock_path_for(self.plan_path)
        self.user = user or default_user_name()
        self._mine: LockInfo | None = None

    @property
    def held(self) -> bool:
        return self._mine is not None

    def _new_info(self) -> LockInfo:
        now = _now()
        return LockInfo(self.user, this_machine(), os.getpid(), now, now, secrets.token_hex(8))

    def acquire(self, *, retry: bool = True) -> LockResult:
        """Create the lock if nobody holds it; otherwise say who does and whether that lock is stale."""
        info = self._new_info()
        try:
            fd = os.open(self.lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(self.lock_path)
            if holder is None and retry:  # released between the two calls: try once more
                return self.acquire(retry=False)
            if holder is None:
                holder = _unknown(None)
            if holder.known and holder.token and self._mine is not None and holder.token == self._mine.token:
                return LockResult(LockState.ACQUIRED)
            return LockResult(LockState.HELD, holder, is_stale(holder))
        except OSError as exc:
            return LockResult(LockState.UNWRITABLE, problem=_why(exc, self.lock_path))
        try:
            data = info.to_bytes()
            written = os.write(fd, data)
            if written != len(data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        except OSError as exc:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.lock_path)
            return LockResult(LockState.UNWRITABLE, problem=_why(exc, self.lock_path))
        os.close(fd)
        self._mine = info
        return LockResult(LockState.ACQUIRED)

    def take_over(self) -> LockResult:
        """Replace a stale lock with ours; a lock that is not stale is left alone (state HELD)."""
        holder = read_lock(self.lock_path)
        if holder is None:
            return self.acquire()
        if not is_stale(holder):
            return LockResult(LockState.HELD, holder, False)
        info = self._new_info()
        try:
            if not holder.known:  # a folder, link or junk where the lock belongs: remove a file only
                st = os.lstat(self.lock_path)
                if stat.S_ISDIR(st.st_mode):
                    return LockResult(
                        LockState.UNWRITABLE, problem=_("{file} is a folder.").format(file=self.lock_path)
                    )
                os.unlink(self.lock_path)
            atomic_write_bytes(self.lock_path, info.to_bytes())
        except OSError as exc:
            return LockResult(LockState.UNWRITABLE, problem=_why(exc, self.lock_path))
        again = read_lock(self.lock_path)
        if again is None or again.token != info.token:  # someone else took it over at the same moment
            return LockResult(LockState.HELD, again, False)
        self._mine = info
        return LockResult(LockState.ACQUIRED)

    def refresh(self) -> bool:
        """Rewrite our ``seen`` time so others see we are still here; False when it is no longer ours."""
        if self._mine is None:
            return False
        current = read_lock(self.lock_path)
        if current is None or current.token != self._mine.token:
            self._mine = None
            return False
        info = LockInfo(
            self._mine.user, self._mine.host, self._mine.pid, self._mine.since, _now(), self._mine.token
        )
        with contextlib.suppress(OSError):
            atomic_write_bytes(self.lock_path, info.to_bytes())
            self._mine = info
        return True

    def release(self) -> None:
        """Remove the lock file, only when it is still ours."""
        if self._mine is None:
            return
        current = read_lock(self.lock_path)
        if current is not None and current.token == self._mine.token:
            with contextlib.suppress(OSError):
                os.unlink(self.lock_path)
        self._mine = None


def _why(exc: OSError, path: Path) -> str:
    reason = exc.strerror or str(exc)
    return _(
        "No lock could be written beside the plan ({folder}: {reason}). You can edit it here, "
        "but others will not see that you have it open."
    ).format(folder=path.parent, reason=reason)
