"""Small helpers every headless command shares: printing errors the same way."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_USAGE_OR_FILE = 2


def fail(message: str) -> int:
    """Print a user-facing error on stderr and return the file/usage exit status."""
    print(f"hireplan: {message}", file=sys.stderr)
    return EXIT_USAGE_OR_FILE
