"""Small helpers every headless command shares: printing errors and notes the same way."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hireplan.i18n import _

if TYPE_CHECKING:
    from hireplan.storage.plan_file import OpenedPlan

EXIT_OK = 0
EXIT_USAGE_OR_FILE = 2


def fail(message: str) -> int:
    """Print a user-facing error on stderr and return the file/usage exit status."""
    print(_("hireplan: {message}").format(message=message), file=sys.stderr)
    return EXIT_USAGE_OR_FILE


def note_opened(path: Path, opened: OpenedPlan) -> None:
    """Say on stderr how ``path`` was read: an older file format (read, not changed), and currency
    names read as their ISO code (``RMB`` as ``CNY``)."""
    if opened.older:
        from hireplan.storage.plan_file import upgrade_notice

        notice = upgrade_notice(path, opened.format_version)
        print(_("hireplan: note: {note}").format(note=notice), file=sys.stderr)
    for note in opened.notes:
        print(_("hireplan: note: {note}").format(note=note), file=sys.stderr)
