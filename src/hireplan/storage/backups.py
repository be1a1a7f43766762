"""Earlier versions of a plan in ``.hireplan-backups`` beside it, and content hashes.

Every save first copies the file it replaces into the backups folder; only the last N copies of
each plan are kept (N in Settings, default :data:`DEFAULT_KEEP`).  An approved version is kept
apart (:mod:`hireplan.storage.approvals`) and never rotated away.  Names are built from the plan's
own file name only, so nothing here ever writes outside the backups folder.

A content hash (SHA-256 of the file's bytes) tells whether the file on disk is still the one a
window opened or last saved: a time stamp alone misses a copy made by a sync client.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hireplan.atomic import write_bytes as atomic_write_bytes
from hireplan.i18n import _
from hireplan.storage.jsonio import MAX_FILE_BYTES, read_limited

BACKUP_DIR = ".hireplan-backups"
DEFAULT_KEEP = 5
MAX_KEEP = 100
_STAMP = "%Y%m%d-%H%M%S-%f"


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str | None:
    """The hash of the file at ``path`` now; None when it is gone or cannot be read."""
    try:  # read_limited refuses a device or a pipe put in the plan's place instead of blocking
        return content_hash(read_limited(Path(path), MAX_FILE_BYTES))
    except OSError:
        return None


def backups_dir(plan_path: Path) -> Path:
    return Path(plan_path).parent / BACKUP_DIR


def backup_stem(plan_path: Path) -> str:
    """The plan's file name made safe as a prefix: no separator, no leading dot."""
    return re.sub(r"[^\w.-]+", "_", Path(plan_path).name).lstrip(".")[:150] or "plan"


@dataclass(frozen=True)
class Backup:
    path: Path
    saved: datetime
    approved: bool

    def describe(self) -> str:
        when = self.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if self.approved:
            return _("Approved version saved {when}").format(when=when)
        return _("Saved {when}").format(when=when)


def writable_folder(plan_path: Path) -> Path:
    folder = backups_dir(plan_path)
    folder.mkdir(exist_ok=True)
    if folder.is_symlink() or not folder.is_dir():
        raise NotADirectoryError(_("{folder} is not a folder").format(folder=folder))
    return folder


def keep_backup(plan_path: Path, keep: int = DEFAULT_KEEP, *, now: datetime | None = None) -> Path | None:
    """Copy the plan file about to be replaced into the backups folder, then keep only the last ``keep``.

    Returns the copy (None when there was no file yet).  Raises ``OSError`` when the folder cannot
    be written; the caller saves anyway and tells the person.
    """
    plan_path = Path(plan_path)
    try:
        data = plan_path.read_bytes()
    except FileNotFoundError:
        return None
    folder = writable_folder(plan_path)
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    target = folder / f"{backup_stem(plan_path)}.{stamp}.hireplan"
    atomic_write_bytes(target, data)
    rotate(plan_path, keep)
    return target


def list_backups(plan_path: Path) -> list[Backup]:
    """The kept versions of this plan, newest first (approved copies included)."""
    folder = backups_dir(plan_path)
    prefix = backup_stem(plan_path) + "."
    found: list[Backup] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix) or not name.endswith(".hireplan") or not entry.is_file():
            continue
        middle = name[len(prefix) : -len(".hireplan")]
        if middle.startswith("approved-"):
            try:
                saved = datetime.fromtimestamp(entry.stat().st_mtime, UTC)
            except OSError:
                continue
            found.append(Backup(entry, saved, True))
            continue
        try:
            saved = datetime.strptime(middle, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(entry, saved, False))
    found.sort(key=lambda backup: backup.saved, reverse=True)
    return found


def rotate(plan_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` ordinary backups of this plan; approved copies stay."""
    keep = max(1, min(int(keep), MAX_KEEP))
    ordinary = [backup for backup in list_backups(plan_path) if not backup.approved]
    removed: list[Path] = []
    for backup in ordinary[keep:]:
        try:
            backup.path.unlink()
        except OSError:
            continue
        removed.append(backup.path)
    return removed
