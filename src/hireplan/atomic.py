"""The one atomic writer for plans, templates, autosaves and exports: the old file or the new one.

A save writes a temporary file in the target's folder, checks that every byte was written,
flushes it to the disk, optionally keeps the previous version as ``FILE.bak``, then renames the
temporary file over the target and flushes the folder.  A failure (full disk, no permission, a
crash, power loss) leaves the target exactly as it was.

What it refuses, before writing anything (each raises :class:`TargetRefusedError`, an ``OSError``):

- a target that is read-only (no write permission bit, or the user may not write it), unless
  the caller passes ``force=True`` (the person asked to replace it; the new file keeps the mode);
- a target that is not a regular file: a folder, a device (``/dev/zero``), a named pipe, a socket;
- a dangling symbolic link and a symbolic link loop.

**Links.** A symbolic link is never replaced by a regular file.  A link that resolves to a
file (or to a new name in an existing folder) is written *through*: the file it points at is
replaced atomically in *its* folder and the link stays as it was.  The folder it points into must
be writable, like any save.  Links inside the path (a linked folder) are followed as the system does.

**Temporary names** are short and independent of the target's name (``.hireplan-<12 hex>.tmp``),
so a file name at the file system's 255-byte limit still saves.  While a save runs it holds an
advisory lock on its temporary file; :func:`remove_stale_temps` (called at every save, and by
``hireplan.storage`` when a plan is opened) deletes our temporary files in a folder that no live
save holds.  Only names this module creates are touched.

Errors are ``OSError``; callers wrap them in their own error types, using
:func:`describe_write_error` for the sentence.  No process-wide state (such as the umask) is
ever changed: a new file's mode comes from the kernel applying the umask to ``os.open``.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from hireplan.i18n import _

try:  # advisory locks tell a live save from a crashed one; Windows refuses to delete open files anyway
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BACKUP_SUFFIX = ".bak"
TEMP_PREFIX = ".hireplan-"
TEMP_SUFFIX = ".tmp"
_TEMP_NAME = re.compile(r"^\.hireplan-[0-9a-f]{12}\.tmp$")
_LEGACY_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}(\.bak)?\.(tmp|part)$")
"""Names older hireplan versions used (``.NAME.xxxxxxxx.tmp``, ``.NAME.xxxxxxxx.part``)."""
LEGACY_STALE_SECONDS = 3600
"""Old-style temporary files carry no lock; one this old was left by a crash."""
EMPTY_TEMP_GRACE_SECONDS = 60
"""An empty temporary file younger than this may be a save that has not locked it yet."""
NAME_MAX = 255


class TargetRefusedError(OSError):
    """The target is read-only, a link to nowhere, a loop or not a regular file; nothing was written.

    ``str(error)`` is a sentence for the person; ``read_only`` says a ``force`` would help.
    """

    def __init__(self, code: int, reason: str, *, read_only: bool = False) -> None:
        super().__init__(code, reason)
        self.reason = reason
        self.read_only = read_only

    def __str__(self) -> str:
        return self.reason


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``plan.hireplan`` -> ``plan.hireplan.bak``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


# --------------------------------------------------------------------------- what may be written


def not_a_file(path: Path, mode: int) -> str | None:
    """Why ``path`` (its ``stat`` mode) is no file to read or replace, as a sentence; None for a
    regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        reason = _("{path} is a folder, not a file")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        reason = _("{path} is a device, not a file")
    elif stat.S_ISFIFO(mode):
        reason = _("{path} is a named pipe (FIFO), not a file")
    elif stat.S_ISSOCK(mode):
        reason = _("{path} is a socket, not a file")
    else:
        reason = _("{path} is not a regular file")
    return reason.format(path=path)


def refuse_special(path: Path, mode: int) -> None:
    """Raise :class:`TargetRefusedError` when ``mode`` (from ``stat``) is not a regular file's."""
    reason = not_a_file(path, mode)
    if reason is not None:
        code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
        raise TargetRefusedError(code, reason)


def resolve_target(path: Path) -> Path:
    """The file a write to ``path`` replaces: ``path`` itself, or what its link points at.

    Raises :class:`TargetRefusedError` for a dangling link or a link loop.
    """
    path = Path(os.path.abspath(path))
    if not path.is_symlink():
        return Path(os.path.realpath(path.parent)) / path.name
    try:
        resolved = path.resolve(strict=True)
    except FileNotFoundError:
        pointed = os.readlink(path)
        raise TargetRefusedError(
            errno.ENOENT,
            _(
                "{path} is a link to {pointed}, which does not exist; hireplan does not create files "
                "through a dangling link (remove the link or save under another name)"
            ).format(path=path, pointed=pointed),
        ) from None
    except (RuntimeError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno not in (errno.ELOOP, None):
            raise
        raise TargetRefusedError(
            errno.ELOOP,
            _("{path} is a symbolic link that loops back on itself; save under another name").format(
                path=path
            ),
        ) from None
    return resolved


def is_read_only(path: Path) -> bool:
    """True when ``path`` exists and the person may not (or chose not to) write it.

    A file with no write permission bit at all counts as read-only even for an administrator
    (whom permissions do not stop): someone made it read-only on purpose.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (mode & 0o222) or not os.access(path, os.W_OK)


def check_target(path: Path, *, force: bool = False) -> Path:
    """Where a write to ``path`` goes, after every refusal above; nothing is written.

    Callers that want to ask before writing (a CLI refusing without ``--force``, a window
    offering Save As) call this first; :func:`write_bytes` calls it again anyway.
    """
    target = resolve_target(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    refuse_special(target, info.st_mode)
    if not force and is_read_only(target):
        raise TargetRefusedError(
            errno.EACCES,
            _(
                "{path} is read-only; it was not replaced (save under another name, or make it "
                "writable first)"
            ).format(path=target),
            read_only=True,
        )
    return target


# --------------------------------------------------------------------------- writing


def _write_all(fd: int, data: bytes | memoryview) -> None:
    """Write every byte of ``data``; a write that makes no progress is a full disk."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; best effort (some network mounts refuse), never on Windows."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _lock(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _create_temp(folder: Path, mode: int) -> tuple[int, Path]:
    """A new, locked temporary file in ``folder`` with a short name; created with ``mode``
    (the kernel applies the umask, so no process-wide umask is read or changed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"
        try:
            fd = os.open(tmp, flags, mode)
        except FileExistsError:
            continue
        _lock(fd)
        return fd, tmp
    raise OSError(errno.EEXIST, "could not find a free temporary file name")  # pragma: no cover


def _name_fits(folder: Path, name: str) -> bool:
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        limit = NAME_MAX
    return len(name.encode("utf-8", "surrogateescape")) <= limit


def _keep_backup(target: Path) -> None:
    """Put the current target at ``target.bak`` atomically (hard link, or a copy where links fail).

    Skipped when ``NAME.bak`` would be longer than the file system allows (a name at the limit).
    """
    bak = backup_path(target)
    if not _name_fits(target.parent, bak.name):
        return
    fd, tmp = _create_temp(target.parent, 0o600)
    try:
        os.close(fd)
        fd = -1
        tmp.unlink()
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
            with open(tmp, "rb+") as copied:
                os.fsync(copied.fileno())
        os.replace(tmp, bak)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes(path: Path, data: bytes, *, keep_backup: bool = False, force: bool = False) -> Path:
    """Replace ``path`` with ``data`` all at once, or not at all; returns the file written.

    An existing file keeps its permissions; a new one gets the usual ones (not a temp file's 0600).
    Raises ``OSError`` (:class:`TargetRefusedError` for the refusals in the module docstring); the
    target and its folder are then unchanged.
    """
    target = check_target(path, force=force)
    folder = target.parent
    if not folder.is_dir():
        raise OSError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = _create_temp(folder, 0o600 if mode is not None else 0o666)
    pending: Path | None = tmp
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if os.fstat(fd).st_size != len(data):
                raise OSError(errno.EIO, "the saved file is shorter than the data")
            if mode is not None and sys.platform != "win32":
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        if mode is not None and sys.platform == "win32":  # pragma: no cover
            os.chmod(tmp, mode)
        if keep_backup and mode is not None:
            _keep_backup(target)
        os.replace(tmp, target)
        pending = None
        _fsync_dir(folder)
    finally:
        if pending is not None:
            with contextlib.suppress(OSError):
                pending.unlink()
    remove_stale_temps(folder)
    return target


def write_with(
    path: Path, produce: Callable[[BinaryIO], None], *, keep_backup: bool = False, force: bool = False
) -> Path:
    """Like :func:`write_bytes`, with the bytes written by ``produce`` into an in-memory file.

    For writers that want a file object (reportlab, openpyxl): they never touch the disk, so a
    full disk cannot leave them half-closed (no stray ``ZipFile.__del__`` errors), and the bytes
    go through the same checked write as a plan.  The target is checked before ``produce`` runs.
    """
    check_target(path, force=force)
    buffer = io.BytesIO()
    produce(buffer)
    return write_bytes(path, buffer.getbuffer().tobytes(), keep_backup=keep_backup, force=force)


# --------------------------------------------------------------------------- leftovers


def _held_by_a_live_save(path: str) -> bool:
    """True when another process (or this one) holds the save lock on ``path``."""
    if fcntl is None:  # pragma: no cover - Windows: an open file cannot be deleted anyway
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing releases the probe's lock
    return False


def remove_stale_temps(folder: Path) -> int:
    """Delete temporary files that interrupted saves left in ``folder``; returns how many.

    Only this module's names are touched, and only when no running save holds them (an empty one
    younger than a minute may be a save just starting, so it waits).  Old-style names from earlier
    versions carry no lock and go once an hour old.  Best effort: errors are ignored.
    """
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            ours = _TEMP_NAME.match(name) is not None
            legacy = not ours and _LEGACY_TEMP_NAME.match(name) is not None
            if not (ours or legacy):
                continue
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                info = entry.stat(follow_symlinks=False)
                age = now - info.st_mtime
                if legacy:
                    stale = age > LEGACY_STALE_SECONDS
                else:
                    young_and_empty = info.st_size == 0 and age < EMPTY_TEMP_GRACE_SECONDS
                    stale = not young_and_empty and not _held_by_a_live_save(entry.path)
                if stale:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


# --------------------------------------------------------------------------- words


def describe_write_error(exc: OSError, path: Path) -> str:
    """A sentence saying why writing ``path`` failed, in words a person can act on."""
    if isinstance(exc, TargetRefusedError):
        return exc.reason
    folder = Path(path).parent
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = _(
            "the disk holding {folder} is full (or your quota is used up); free some space and save again"
        )
    elif code in (errno.EACCES, errno.EPERM):
        text = _("permission denied: you cannot write to {folder}; save somewhere else or ask for access")
    elif code == errno.ENOENT:
        text = _("the folder {folder} does not exist (was it moved, deleted or unmounted?)")
    elif code == errno.EROFS:
        text = _("the disk holding {folder} is read-only")
    elif code == errno.EISDIR:
        text = _("{path} is a folder, not a file")
    elif code == errno.ENOTDIR:
        text = _("part of the path {path} is a file, not a folder")
    elif code == errno.ENAMETOOLONG:
        text = _("the file name is too long")
    elif code == errno.EFBIG:
        text = _("the file is larger than this disk (or your account's file-size limit) allows")
    else:
        text = _("the system refused to write the file ({reason})")
    return text.format(folder=folder, path=path, reason=exc.strerror or str(exc))
