"""Atomic file replacement: the file on disk is always either the old version or the new one.

A save writes a temporary file next to the target, checks that every byte was written, flushes
it to the disk, keeps the previous version as ``FILE.bak`` if asked, then renames the temporary
file over the target.  Any failure (disk full, no permission, a crash, power loss) leaves the
target exactly as it was and removes the temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
import sys
import tempfile
import time
from pathlib import Path

from hireplan.storage.errors import PlanFileError

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 3600
"""A temporary file of ours this old was left by a crash (a save takes well under a second)."""


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``plan.hireplan`` -> ``plan.hireplan.bak``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def _default_mode() -> int:
    """Mode a new file would get from ``open()``: 0666 minus the umask."""
    umask: int | None = None
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    umask = int(line.split()[1], 8)
                    break
    except (OSError, ValueError):
        umask = None
    if umask is None:  # not Linux: read it the classic way (briefly sets and restores it)
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data``; a write that makes no progress is a full disk."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; not possible (nor needed) on Windows.

    Best effort: the new file is already in place, so a folder that refuses fsync (some network
    mounts do) must not turn a successful save into a reported failure.
    """
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _keep_backup(target: Path) -> None:
    """Put the current target at ``target.bak`` atomically (hard link, or a copy where links fail)."""
    bak = backup_path(target)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=BACKUP_SUFFIX + TEMP_SUFFIX, dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
            with open(tmp, "rb+") as copied:
                os.fsync(copied.fileno())
        os.replace(tmp, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _remove_stale_temps(target: Path) -> None:
    """Delete temporary files a crashed save of ``target`` left behind (best effort).

    Only names this module creates (``.NAME.xxxxxxxx.tmp`` / ``.NAME.xxxxxxxx.bak.tmp``) that are
    older than :data:`STALE_TEMP_SECONDS` are touched, so a save running in another window is safe.
    """
    pattern = re.compile(
        rf"^\.{re.escape(target.name)}\.[a-z0-9_]{{8}}({re.escape(BACKUP_SUFFIX)})?{re.escape(TEMP_SUFFIX)}$"
    )
    cutoff = time.time() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if pattern.match(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                        os.unlink(entry.path)


def explain_os_error(exc: OSError, path: Path) -> str:
    """A sentence saying why writing ``path`` failed, in words a person can act on."""
    folder = path.parent
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"the disk holding {folder} is full (or your quota is used up); free some space and save again"
    if code in (errno.EACCES, errno.EPERM):
        return f"permission denied: you cannot write to {folder}; save somewhere else or ask for access"
    if code == errno.ENOENT:
        return f"the folder {folder} does not exist (was it moved, deleted or unmounted?)"
    if code == errno.EROFS:
        return f"the disk holding {folder} is read-only"
    if code == errno.EISDIR:
        return f"{path} is a folder, not a file"
    if code == errno.ENOTDIR:
        return f"part of the path {path} is a file, not a folder"
    if code == errno.ENAMETOOLONG:
        return "the file name is too long"
    reason = exc.strerror or str(exc)
    return f"the system refused to write the file ({reason})"


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Replace ``path`` with ``data`` all at once, or not at all.

    The new file keeps the old file's permissions (a new file gets the usual ones, not mkstemp's
    private 0600).  A symbolic link is followed, so the link stays and its target is replaced.
    Raises :class:`PlanFileError` with a plain reason; the target is then unchanged.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    tmp: Path | None = None
    try:
        if target.is_dir():
            raise OSError(errno.EISDIR, "is a directory")
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
            exists = True
        except FileNotFoundError:
            mode = _default_mode()
            exists = False
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
        tmp = Path(tmp_name)
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if os.fstat(fd).st_size != len(data):
                raise OSError(errno.EIO, "the saved file is shorter than the data")
            if sys.platform != "win32":
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        if sys.platform == "win32":
            os.chmod(tmp, mode)
        if keep_backup and exists:
            _keep_backup(target)
        os.replace(tmp, target)
        tmp = None
        _fsync_dir(folder)
        _remove_stale_temps(target)
    except OSError as exc:
        raise PlanFileError(explain_os_error(exc, target), path=Path(path), action="save") from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
