"""A pay-survey file read into cells: the header and the numbered rows every reader gives back.

:mod:`hireplan.storage.benchmark_read` reads CSV, :mod:`hireplan.storage.benchmark_workbook` XLSX;
both return a :class:`Table`, which the import maps to benchmarks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from hireplan.i18n import _
from hireplan.storage.import_limits import MAX_ROWS

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
    cells = texts
    names = []
    for position, cell in enumerate(cells, start=1):
        text = "" if cell is None else str(cell).strip()
        names.append(text or _("Column {number}").format(number=position))
    return tuple(names)
