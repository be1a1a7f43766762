"""A plain-text table flowable that lays out thousands of rows quickly.

It does what the brief's tables need and no more: wrapped text in a few sizes and colours,
a header repeated on every page, row and cell shading, right-aligned columns, and splitting
between rows (or, for a row taller than a page, between its lines). All the text of a table
chunk goes into one PDF text object, which is what makes it several times faster than
reportlab's Table of Paragraphs on a large plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from hireplan.export.fonts import register_font
from hireplan.export.pdf_lines import text_width, visual_lines
from hireplan.export.pdf_styles import ACCENT, HEADER_BG, INK, RULE, ZEBRA
from hireplan.export.scripts import needs_fallback
from hireplan.export.scripts import runs as font_runs

PAD_X = 3.0
PAD_TOP = 2.0
PAD_BOTTOM = 2.5
LEADING = 1.25


@dataclass(frozen=True)
class Run:
    """A piece of a cell's text in its own size and colour (e.g. notes under an item)."""

    text: str
    size: float = 8.0
    colour: Any = None


Content = str | Sequence[Run] | None
Line = tuple[str, float, Any, float, bool]
"""text (in display order), font size, colour (None: the cell's), width, right-aligned (a line of a
right-to-left paragraph)."""


@dataclass
class Row:
    cells: list[list[Line]]
    height: float
    fill: Any = None
    cell_fills: dict[int, Any] = field(default_factory=dict)
    cell_colours: dict[int, Any] = field(default_factory=dict)


def _lines(content: Content, width: float, size: float) -> list[Line]:
    if content is None or content == "":
        return []
    runs = [Run(content, size)] if isinstance(content, str) else list(content)
    out: list[Line] = []
    for run in runs:
        # right-to-left text: wrapped in logical order, then each line shaped and in display order
        for shown, rtl in visual_lines(run.text, width, run.size):
            out.append((shown, run.size, run.colour, text_width(shown, run.size), rtl))
    return out


def _height(cells: list[list[Line]]) -> float:
    tallest = max((sum(line[1] * LEADING for line in cell) for cell in cells), default=0.0)
    return max(tallest, 8.0 * LEADING) + PAD_TOP + PAD_BOTTOM


def make_row(contents: Sequence[Content], widths: Sequence[float], size: float = 8.0, **extra: Any) -> Row:
    cells = [
        _lines(content, width - 2 * PAD_X, size) for content, width in zip(contents, widths, strict=True)
    ]
    return Row(cells, _height(cells), **extra)


class FastTable(Flowable):  # type: ignore[misc]
    """Rows of wrapped plain text under a repeating header."""

    def __init__(
        self, header: Row, rows: list[Row], widths: Sequence[float], right: set[int], page_height: float
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.col_widths = list(widths)
        self.right = right
        self.page_height = page_height
        self.width = sum(self.col_widths)
        self.height = header.height + sum(row.height for row in rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _with(self, rows: list[Row]) -> FastTable:
        return FastTable(self.header, rows, self.col_widths, self.right, self.page_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header.height
        used, count = 0.0, 0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            count += 1
        if count >= len(self.rows):
            return [self]
        if count > 0:
            return [self._with(self.rows[:count]), self._with(self.rows[count:])]
        first = self.rows[0]
        if first.height + self.header.height <= self.page_height:
            return []  # fits on a fresh page: move it there whole
        top, rest = _split_row(first, room)
        if top is None:
            return []
        return [self._with([top]), self._with([rest, *self.rows[1:]])]

    def draw(self) -> None:
        canvas = self.canv
        font = register_font()
        x_edges = [0.0]
        for width in self.col_widths:
            x_edges.append(x_edges[-1] + width)
        text = canvas.beginText(0, 0)
        text.setFont(font, 8)
        origin = [0.0, 0.0]
        current = [8.0, None]
        y = self.height
        for index, row in enumerate([self.header, *self.rows]):
            top = y
            y -= row.height
            fill = HEADER_BG if index == 0 else row.fill
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(0, y, self.width, row.height, stroke=0, fill=1)
            for col, colour in row.cell_fills.items():
                canvas.setFillColor(colour)
                canvas.rect(x_edges[col], y, self.col_widths[col], row.height, stroke=0, fill=1)
            base_colour = ACCENT if index == 0 else INK
            for col, lines in enumerate(row.cells):
                cell_colour = row.cell_colours.get(col, base_colour)
                baseline = top - PAD_TOP
                for line_text, size, colour, width, rtl in lines:
                    baseline -= size * LEADING
                    if not line_text:
                        continue
                    wanted = colour if colour is not None else cell_colour
                    if size != current[0]:
                        text.setFont(font, size)
                        current[0] = size
                    if wanted is not current[1]:
                        text.setFillColor(wanted)
                        current[1] = wanted
                    at_right = rtl or col in self.right
                    x = x_edges[col + 1] - PAD_X - width if at_right else x_edges[col] + PAD_X
                    y_text = baseline + size * (LEADING - 1) + 1
                    # a relative move (Td, two numbers) is cheaper to write than a text matrix (Tm, six)
                    text.moveCursor(x - origin[0], origin[1] - y_text)
                    origin[0], origin[1] = x, y_text
                    # reportlab's _textOut writes the string without measuring it (textOut measures
                    # to advance the cursor, which moveCursor above makes unnecessary): ~7% of the
                    # large brief. A private method: revisit when the pinned reportlab changes.
                    if needs_fallback(line_text):  # Arabic, Hebrew: a second font for those runs
                        for piece, piece_font in font_runs(line_text):
                            text.setFont(piece_font, size)
                            text.textOut(piece)
                        text.setFont(font, size)
                    else:
                        text._textOut(line_text)
        canvas.drawText(text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.line(0, self.height - self.header.height, self.width, self.height - self.header.height)
        canvas.line(0, 0, self.width, 0)


def _split_row(row: Row, room: float) -> tuple[Row | None, Row]:
    """Cut a row taller than a page after the lines that fit in ``room``."""
    top_cells: list[list[Line]] = []
    rest_cells: list[list[Line]] = []
    limit = room - PAD_TOP - PAD_BOTTOM
    for cell in row.cells:
        used, cut = 0.0, 0
        for line in cell:
            if used + line[1] * LEADING > limit:
                break
            used += line[1] * LEADING
            cut += 1
        top_cells.append(cell[:cut])
        rest_cells.append(cell[cut:])
    if not any(top_cells):
        return None, row
    top = Row(top_cells, _height(top_cells), row.fill, row.cell_fills, row.cell_colours)
    rest = Row(rest_cells, _height(rest_cells), row.fill, row.cell_fills, row.cell_colours)
    return top, rest


def zebra(index: int) -> Any:
    return ZEBRA if index % 2 else None
