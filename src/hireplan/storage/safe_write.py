"""Writing storage files (plans, templates, backups, locks) through the one atomic writer.

:mod:`hireplan.atomic` raises ``OSError``; storage callers want :class:`PlanFileError` with a
sentence naming the file, so this is the one place that turns one into the other.
"""

from __future__ import annotations

from pathlib import Path

from hireplan import atomic
from hireplan.storage.errors import PlanFileError


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = False, force: bool = False) -> None:
    """:func:`hireplan.atomic.write_bytes` with failures as :class:`PlanFileError`.

    Refuses a read-only target unless ``force`` (see :mod:`hireplan.atomic` for links and special
    files); the file on disk is then exactly as it was.
    """
    path = Path(path)
    try:
        atomic.write_bytes(path, data, keep_backup=keep_backup, force=force)
    except OSError as exc:
        raise PlanFileError(atomic.describe_write_error(exc, path), path=path, action="save") from exc
