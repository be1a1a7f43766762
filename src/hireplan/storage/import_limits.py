"""What a pay-survey import may cost: size and row caps, a time budget, and a way to cancel.

The import runs on files someone sent, so every step is bounded before it starts (file size,
what a workbook unpacks to, rows) and checks an :class:`ImportBudget` as it goes: the window's
worker thread passes ``cancel`` (its Stop button's event), ``deadline`` and ``progress`` to
:func:`~hireplan.storage.benchmark_read.read_table` and
:func:`~hireplan.storage.benchmark_import.build_preview`, and gets an :class:`ImportStoppedError`
with a sentence to show when either runs out. No Qt here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from hireplan.i18n import _

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Survey exports are a few hundred kilobytes; anything past 20 MB is not one."""
MAX_ROWS = 20_000
"""More data rows than any survey extract a person would review in a preview."""
MAX_SHEET_ROWS = 100_000
"""Rows a worksheet may hold, empty ones included (a sheet of a million empty rows froze the import)."""
MAX_COLUMNS = 200
MAX_ZIP_ENTRIES = 2_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
"""What the workbook may unpack to, summed over its parts (checked before opening it)."""
MAX_SHEET_BYTES = 50 * 1024 * 1024
"""What one worksheet or the shared strings may unpack to (checked before opening it)."""
MAX_COMPRESSION_RATIO = 200
"""Spreadsheet XML packs well, but not a thousand to one as a zip bomb does."""
MAX_NUMBER_CHARS = 40
"""A figure in a cell longer than this is refused before any conversion (a 5,000-digit number)."""
CHECK_EVERY = 256
"""Rows between two budget checks (a check is cheap, but not free)."""


class BenchmarkImportError(Exception):
    """The file cannot be imported; ``str(error)`` is the message for the person."""


class ImportStoppedError(BenchmarkImportError):
    """The import was cancelled or ran out of time; ``cancelled`` tells which."""

    def __init__(self, message: str, *, cancelled: bool) -> None:
        super().__init__(message)
        self.cancelled = cancelled


class CancelFlag(Protocol):
    """What a caller passes as ``cancel``: a ``threading.Event`` the Cancel button sets."""

    def is_set(self) -> bool: ...


Progress = Callable[[int, int], None]
"""``progress(done, total)``: rows checked so far out of all rows."""


@dataclass(frozen=True)
class ImportBudget:
    """When a read or a preview must stop: a cancel flag and a deadline (``time.monotonic()``).

    Built from the keyword options every long import function takes (``cancel``, ``deadline``,
    ``progress``), which a worker thread fills from its own controls.  Checking is cheap; the
    functions check every :data:`CHECK_EVERY` rows.
    """

    cancel: CancelFlag | None = None
    deadline: float | None = None
    progress: Progress | None = None

    @classmethod
    def within(cls, seconds: float, cancel: CancelFlag | None = None) -> ImportBudget:
        """A budget of ``seconds`` from now."""
        return cls(cancel=cancel, deadline=time.monotonic() + seconds)

    def check(self) -> None:
        """Raise :class:`ImportStoppedError` when the person cancelled or the time is up."""
        if self.cancel is not None and self.cancel.is_set():
            raise ImportStoppedError(_("The import was cancelled; nothing was added."), cancelled=True)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise ImportStoppedError(
                _(
                    "Reading the file took too long, so it was stopped; nothing was added. "
                    "Export fewer rows, or save the file as a plain CSV file, and try again."
                ),
                cancelled=False,
            )

    def rows(self, done: int, total: int = 0) -> None:
        """Every :data:`CHECK_EVERY` rows: check, and report progress when ``total`` is known."""
        if done % CHECK_EVERY == 0:
            self.check()
            if total and self.progress is not None:
                self.progress(done, total)


NO_BUDGET = ImportBudget()
