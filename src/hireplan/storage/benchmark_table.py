"""A pay-survey file read into cells: the header and the numbered rows every reader gives back.

:mod:`hireplan.storage.benchmark_read` reads CSV, :mod:`hireplan.storage.benchmark_workbook` XLSX;
both return a :class:`Table`, which the import maps to benchmarks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from hireplan.i18n import _
from hireplan.storage.import_limits import MAX_ROWS, BenchmarkImportError

Cell = str | Decimal | int | float | date | datetime | bool | None


@dataclass(frozen=True, slots=True)
class Table:
    """A file's cells: the header row and the data rows, each row with its number in the file."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    description: str = ""
    """E.g. ``"CSV, semicolon-separated, read as GB18030/GBK"`` or ``"sheet 'Pay' (first of 3)"``."""
    sheets: tuple[str, ...] = ()
    """A workbook's sheet names, in order (empty for CSV): what the import can read instead."""
    encoding: str = ""
    """The text encoding a CSV was read in (``UTF-8``, ``GB18030/GBK``, ``Big5``...); empty for XLSX."""


NumberedRow = tuple[int, tuple[Cell, ...]]
"""A row's number in the file and its cells."""


def too_many_rows(name: str) -> str:
    return _("{name} has more than {limit} rows; split it or export only the rows you need.").format(
        name=name, limit=f"{MAX_ROWS:,}"
    )


def header_names(cells: Sequence[Cell]) -> tuple[str, ...]:
    """The header row's names, ``Column 3`` for a blank one inside it; blank cells after the last
    heading are no columns (a sheet's rows are read padded to a fixed width)."""
    texts = ["" if cell is None else str(cell).strip() for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(
        text or _("Column {number}").format(number=position) for position, text in enumerate(texts, 1)
    )


def header_and_rows(
    name: str, lines: Iterable[NumberedRow]
) -> tuple[tuple[str, ...] | None, list[NumberedRow]]:
    """The first line with anything in it as the header, and the lines with anything in them after it,
    as every reader keeps them; refuses a file of more than :data:`MAX_ROWS` rows. The headers are
    None when no line has anything in it."""
    headers: tuple[str, ...] | None = None
    rows: list[NumberedRow] = []
    for number, cells in lines:
        if not any(cell not in (None, "") for cell in cells):
            continue
        if headers is None:
            headers = header_names(cells)
            continue
        rows.append((number, cells))
        if len(rows) > MAX_ROWS:
            raise BenchmarkImportError(too_many_rows(name))
    return headers, rows
