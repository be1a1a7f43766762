"""Building blocks for the workbook: typed cells, styles, and a sheet writer that fits columns.

The workbook is written in openpyxl's write-only mode, which is several times faster than the
normal mode on a large plan but wants column widths before the first row; so a sheet is
collected in memory first, measured, then streamed out. Every string goes in with
``data_type = "s"`` so user text such as ``=HYPERLINK(...)``, ``+1`` or ``#N/A`` stays text.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from hireplan.analysis.heat_map import BAND_FILLS as HEAT_FILLS
from hireplan.export.text import EXCEL_CELL_LIMIT, excel_text
from hireplan.i18n import _

Kind = Literal["text", "number", "date", "formula", "blank"]

HEADER_FILL = "DCE6F0"
TITLE_COLOUR = "1F4E79"
INPUT_FILL = "FFF6D5"
OVERDUE_FILL = "FBE3E1"
BAND_FILLS = {band: fill.lstrip("#").upper() for band, fill in HEAT_FILLS.items()}
SEVERITY_FONT = {"high": "C0392B", "medium": "B9770E", "low": "2E86C1"}

FONT = "Calibri"
"""Excel's default; LibreOffice shows it with the metric-compatible Carlito."""
LINE_HEIGHT = 15.0
"""Points per line of 11-point text, for rows whose wrapped text needs more than one line."""
PORTRAIT_UP_TO = 110
"""Total column width (characters) up to which a sheet prints portrait; wider sheets print landscape."""
PAPER_SIZES = {"a4": 9, "letter": 1}
ROWS_PER_REPORT = 200
"""A sheet being written says how far it is this often (see :mod:`hireplan.export.progress`)."""
"""Excel's paper size codes."""
TEXT_WIDTH_FACTOR = 0.9
"""Text is a little narrower than the digit width Excel measures columns in."""
INT = "#,##0"
DECIMAL2 = "0.00"
PERCENT = "0%"
PERCENT1 = "0.0%"
DATE = "yyyy-mm-dd"
RATE = "0.0000##"


def money_format(currency: str) -> str:
    """Whole units with the ISO code in front, e.g. ``"CNY "#,##0``; the value stays a number."""
    return f'"{currency} "#,##0'


@dataclass(frozen=True)
class Style:
    """A hashable description of how a cell looks; turned into openpyxl objects once per sheet column."""

    number_format: str = "General"
    bold: bool = False
    size: float | None = None
    colour: str | None = None
    fill: str | None = None
    wrap: bool = False
    align: str | None = None
    border: bool = False
    spill: bool = False
    """A heading that may run on over the empty cells to its right: never wrapped or measured."""


PLAIN = Style()
HEADER = Style(bold=True, fill=HEADER_FILL, wrap=True, border=True)
TITLE = Style(bold=True, size=14, colour=TITLE_COLOUR, spill=True)
SUBTITLE = Style(bold=True, size=11, colour=TITLE_COLOUR, spill=True)
NOTE = Style(colour="5F6B7A")


@dataclass(frozen=True)
class SheetCell:
    """One cell to write: its kind, value and style."""

    kind: Kind
    value: Any
    style: Style = PLAIN


def text(value: str, style: Style = PLAIN) -> SheetCell:
    """Text that must stay text. Sanitising happens in :meth:`SheetWriter.add` (it knows the place)."""
    return SheetCell("text", value, style)


def number(value: Decimal | float | int | None, fmt: str = INT, style: Style = PLAIN) -> SheetCell:
    if value is None:
        return SheetCell("blank", None, style)
    return SheetCell(
        "number", float(value) if isinstance(value, Decimal) else value, _with_format(style, fmt)
    )


def day(value: date | None, style: Style = PLAIN) -> SheetCell:
    if value is None:
        return SheetCell("blank", None, style)
    return SheetCell("date", value, _with_format(style, DATE))


def formula(expression: str, fmt: str = INT, style: Style = PLAIN) -> SheetCell:
    """A live formula of our own (never user text); ``expression`` starts with ``=``."""
    return SheetCell("formula", expression, _with_format(style, fmt))


def blank(style: Style = PLAIN) -> SheetCell:
    return SheetCell("blank", None, style)


@lru_cache(maxsize=512)
def _with_format(style: Style, fmt: str) -> Style:
    return style if style.number_format == fmt else Style(**{**style.__dict__, "number_format": fmt})


@lru_cache(maxsize=8192)
def display_width(value: str) -> float:
    """Roughly how many character widths ``value``'s longest line takes (CJK counts double)."""
    if value.isascii():
        return float(max(len(line) for line in value.split("\n"))) if "\n" in value else float(len(value))
    best = 0.0
    for line in value.split("\n"):
        width = 0.0
        for ch in line:
            width += 2.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 1.0
        best = max(best, width)
    return best


_NUMBER_WIDTHS = {INT: lambda v: len(f"{v:,.0f}"), DECIMAL2: lambda v: len(f"{v:.2f}")}


@lru_cache(maxsize=256)
def _prefix_width(fmt: str) -> int:
    """Width of a literal prefix such as ``"CNY "`` in a number format."""
    return len(fmt.split('"')[1]) if fmt.startswith('"') else 0


def _cell_width(cell: SheetCell) -> float:
    if cell.kind == "text":
        return display_width(cell.value) * (1.15 if cell.style.bold else 1.0) * ((cell.style.size or 11) / 11)
    if cell.kind == "date":
        return 10
    if cell.kind == "number":
        fmt = cell.style.number_format
        if fmt in (PERCENT, PERCENT1, DECIMAL2):
            return 7
        if fmt == RATE:
            return 10
        digits = (
            len(str(int(abs(cell.value)))) if isinstance(cell.value, (int, float)) else len(str(cell.value))
        )
        return digits + (digits - 1) // 3 + _prefix_width(fmt) + 1
    if cell.kind == "formula":
        return 12
    return 0


@dataclass
class SheetWriter:
    """Collects a sheet's rows, then writes them with fitted column widths."""

    wb: Workbook
    title: str
    warnings: list[str]
    max_width: dict[int, float] = field(default_factory=dict)
    """Column (1-based) -> widest it may get; longer text wraps."""
    min_width: float = 6
    default_max: float = 48
    rows: list[list[SheetCell | None]] = field(default_factory=list)
    freeze: str | None = None
    autofilter: str | None = None
    validations: list[Any] = field(default_factory=list)
    charts: list[tuple[Any, str]] = field(default_factory=list)
    row_heights: dict[int, float] = field(default_factory=dict)
    fixed_widths: dict[int, float] = field(default_factory=dict)
    paper: str = "a4"
    footer: str = ""
    """The plan title, printed at the foot of every page with the sheet name and page X of Y."""
    print_rows: str | None = "1:1"
    """Rows repeated at the top of every printed page (the table's header); None for none."""

    def add(self, cells: list[SheetCell | None], where: str = "") -> int:
        """Append a row; text cells are cleaned and cut here. Returns the row's 1-based number."""
        row: list[SheetCell | None] = []
        for index, given in enumerate(cells):
            cell = given
            if given is not None and given.kind == "text":
                value = str(given.value)
                if not value.isprintable() or len(value) > EXCEL_CELL_LIMIT:  # the common case skips this
                    place = _("{sheet} sheet, row {row}, column {column}").format(
                        sheet=self.title, row=len(self.rows) + 1, column=get_column_letter(index + 1)
                    )
                    if where:
                        place = _("{place} ({where})").format(place=place, where=where)
                    cell = SheetCell("text", excel_text(value, place, self.warnings), given.style)
            row.append(cell)
        self.rows.append(row)
        return len(self.rows)

    def skip(self, count: int = 1) -> None:
        for _row in range(count):
            self.rows.append([])

    @property
    def next_row(self) -> int:
        return len(self.rows) + 1

    def widths(self) -> dict[int, float]:
        found: dict[int, float] = {}
        for row in self.rows:
            for index, cell in enumerate(row, start=1):
                if cell is None or cell.style.spill:
                    continue  # headings may run across columns
                width = _cell_width(cell)
                if width > found.get(index, 0):
                    found[index] = width
        result = {}
        for index, width in found.items():
            limit = self.max_width.get(index, self.default_max)
            result[index] = max(self.min_width, min(limit, width + 2))
        result.update(self.fixed_widths)
        return result

    def _heights(self, widths: dict[int, float]) -> dict[int, float]:
        """Rows whose text wraps get room for every line: viewers do not grow rows on their own."""
        heights = dict(self.row_heights)
        for number, row in enumerate(self.rows, start=1):
            lines = 1
            for col, cell in enumerate(row, start=1):
                if cell is None or cell.kind != "text" or not cell.value:
                    continue
                if cell.style.spill:
                    continue
                width = max(1.0, widths.get(col, 8.43) - 1)
                count = sum(
                    max(1, math.ceil(display_width(part) * TEXT_WIDTH_FACTOR / width))
                    for part in cell.value.split("\n")
                )
                lines = max(lines, count)
            if lines > 1 and number not in heights:
                heights[number] = min(409.0, lines * LINE_HEIGHT)
        return heights

    def write(self, done: Callable[[float], None] | None = None) -> None:
        """Stream the sheet into the workbook; ``done`` hears how far (0 to 1) every few hundred rows."""
        ws = self.wb.create_sheet(self.title)
        widths = self.widths()
        for index, width in widths.items():
            ws.column_dimensions[get_column_letter(index)].width = round(width, 1)
        self._page_setup(ws, sum(widths.values()))
        if self.freeze:
            ws.freeze_panes = self.freeze
        if self.autofilter:
            ws.auto_filter.ref = self.autofilter
        for validation in self.validations:
            ws.data_validations.append(validation)
        for chart, anchor in self.charts:
            ws.add_chart(chart, anchor)
        for number, height in self._heights(widths).items():
            ws.row_dimensions[number].height = height
        templates = _Templates(ws, widths, self.max_width, self.default_max)
        _stream_ready_cells(ws)
        total = len(self.rows)
        for number, row in enumerate(self.rows):
            if done is not None and number % ROWS_PER_REPORT == 0:
                done(number / total)
            ws.append([templates.cell(col, cell) for col, cell in enumerate(row, start=1)])

    def _page_setup(self, ws: Any, total_width: float) -> None:
        """Printed or turned into a PDF, every sheet is one page wide on the chosen paper, landscape
        when wide, with its header row on every page and the plan and page number in the footer."""
        ws.page_setup.paperSize = PAPER_SIZES.get(self.paper, PAPER_SIZES["a4"])
        ws.page_setup.orientation = "landscape" if total_width > PORTRAIT_UP_TO else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = False
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.footer = 0.25
        if self.print_rows and len(self.rows) > 1:
            ws.print_title_rows = self.print_rows
        ws.oddFooter.left.text = self.footer
        ws.oddFooter.left.size = 8
        ws.oddFooter.center.text = "&A"
        ws.oddFooter.center.size = 8
        ws.oddFooter.right.text = _("Page &P of &N")
        ws.oddFooter.right.size = 8


class _Templates:
    """One openpyxl cell per (column, style), reused row after row: write-only mode serialises a
    row as soon as it is appended, and building styles per cell would dominate the export time."""

    def __init__(
        self, ws: Any, widths: dict[int, float], max_width: dict[int, float], default_max: float
    ) -> None:
        self.ws = ws
        self.cells: dict[tuple[int, Style], Any] = {}
        self.widths = widths
        self.limits = {col: max_width.get(col, default_max) for col in widths}

    def cell(self, col: int, spec: SheetCell | None) -> Any:
        if spec is None:
            return None
        style = spec.style
        if spec.kind in ("blank", "text") and not spec.value and style.fill is None and not style.border:
            return None  # an empty, unshaded cell need not be written at all
        if (
            spec.kind == "text"
            and not style.wrap
            and not style.spill
            and display_width(spec.value) > self.limits.get(col, 1e9)
        ):
            style = _wrapped(style)
        key = (col, style)
        cell = self.cells.get(key)
        if cell is None:
            cell = self.cells[key] = _styled_cell(self.ws, style)
        # Values are set directly rather than through ``cell.value``: the kind is already known, text
        # is already cleaned and cut, and openpyxl's type sniffing would turn "=..." into a formula.
        if spec.kind == "blank":
            cell._value = None
            cell.data_type = "n"
        elif spec.kind == "text" and spec.value:
            cell._value = spec.value
            cell.data_type = "s"
        elif spec.kind == "text":  # empty text: a styled empty cell, so row shading stays unbroken
            cell._value = None
            cell.data_type = "n"
        elif spec.kind == "formula":
            cell._value = spec.value
            cell.data_type = "f"
        elif spec.kind == "date":
            cell._value = spec.value
            cell.data_type = "d"
        else:
            cell._value = spec.value
            cell.data_type = "n"
        return cell


def _stream_ready_cells(ws: Any) -> None:
    """Let the write-only sheet take our finished cells as they are.

    openpyxl's own ``_values_to_row`` first tries each appended object as a plain value and only
    accepts a cell after catching the error that attempt raises, which costs more than writing the
    cell. Every object we append is a finished ``WriteOnlyCell`` or None, so positioning it is all
    that is left to do. Only installed when openpyxl has the hook we expect (it is pinned below 4).
    """
    if not callable(getattr(ws, "_values_to_row", None)):
        return

    def values_to_row(values: list[Any], row_idx: int) -> Any:
        for col_idx, cell in enumerate(values, 1):
            if cell is None:
                continue
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    ws._values_to_row = values_to_row


@lru_cache(maxsize=256)
def _wrapped(style: Style) -> Style:
    return Style(**{**style.__dict__, "wrap": True})


_THIN = Side(style="thin", color="B7C3D0")


def _styled_cell(ws: Any, style: Style) -> Any:
    cell = WriteOnlyCell(ws)
    cell.number_format = style.number_format
    cell.font = Font(name=FONT, bold=style.bold, size=style.size or 11, color=style.colour)
    if style.fill:
        cell.fill = PatternFill("solid", fgColor=style.fill)
    cell.alignment = Alignment(wrap_text=style.wrap, horizontal=style.align, vertical="top")
    if style.border:
        cell.border = Border(bottom=_THIN)
    return cell


def header_row(writer: SheetWriter, names: list[str]) -> int:
    """A table's header row; ``names`` are English msgids (marked with ``N_``), shown translated."""
    return writer.add([text(_(name), HEADER) for name in names])


def table_ref(first_row: int, last_row: int, columns: int) -> str:
    """``A1:K20`` for a table's header and rows (at least the header row)."""
    return f"A{first_row}:{get_column_letter(columns)}{max(first_row, last_row)}"
