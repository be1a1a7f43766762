"""Small helpers every headless command shares: printing errors and notes the same way."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK = 0
EXIT_USAGE_OR_FILE = 2


def fail(message: str) -> int:
    """Print a user-facing error on stderr and return the file/usage exit status."""
    print(f"hireplan: {message}", file=sys.stderr)
    return EXIT_USAGE_OR_FILE


def note_old_format(path: Path, version: int) -> None:
    """Say on stderr that ``path`` is in an older file format and was only read, not changed."""
    from hireplan.model import SCHEMA_VERSION

    if version < SCHEMA_VERSION:
        from hireplan.storage.plan_file import upgrade_notice

        print(f"hireplan: note: {upgrade_notice(path, version)}", file=sys.stderr)
