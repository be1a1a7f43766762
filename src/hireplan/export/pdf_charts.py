"""Vector charts for the brief (reportlab.graphics): grouped bars and the 5 x 5 risk heat map."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from hireplan.analysis import Severity
from hireplan.export.fonts import register_font
from hireplan.export.pdf_styles import BAND_FILLS, INK, MUTED, NOMINAL_COLOUR, PPP_COLOUR, RULE


def nice_step(peak: float, ticks: int = 4) -> float:
    """A round gridline step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` lines."""
    raw = max(peak, 1e-9) / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


def grouped_bars(
    categories: Sequence[str],
    series: Sequence[Sequence[float | None]],
    names: Sequence[str],
    width: float,
    *,
    height: float = 150,
    value_label: Callable[[float], str] = lambda v: f"{v:,.0f}",
    reference: float | None = None,
) -> Drawing:
    """Bars per category, one colour per series, gridlines and a legend; ``None`` draws no bar.

    Drawn from plain shapes rather than reportlab's chart widgets: a large plan has hundreds of
    these, and the widgets cost ten times as much to render.
    """
    font = register_font()
    palette = [NOMINAL_COLOUR, PPP_COLOUR]
    drawing = Drawing(width, height, initialFontName=font)
    rotate = len(categories) > 5
    left, bottom, top = 48.0, 38.0 if rotate else 22.0, height - 18
    plot_w, plot_h = width - left - 8, top - bottom
    values = [v for vs in series for v in vs if v is not None]
    peak = max([*values, reference or 0.0, 0.0])
    step = nice_step(peak if peak > 0 else 1.0)
    axis_max = step * max(1, math.ceil(peak / step - 1e-9)) if peak > 0 else step * 4
    for tick in range(round(axis_max / step) + 1):
        value = tick * step
        y = bottom + plot_h * value / axis_max
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                value_label(value),
                fontName=font,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    group_w = plot_w / max(1, len(categories))
    bar_w = min(28.0, (group_w - 8) / max(1, len(series)))
    for index, category in enumerate(categories):
        x0 = left + index * group_w + (group_w - bar_w * len(series)) / 2
        for number, values_of in enumerate(series):
            amount = values_of[index]
            if amount is None or amount <= 0:
                continue
            bar_h = plot_h * min(amount, axis_max) / axis_max
            drawing.add(
                Rect(
                    x0 + number * bar_w,
                    bottom,
                    bar_w - 1,
                    bar_h,
                    fillColor=palette[number % 2],
                    strokeColor=None,
                )
            )
        label = category if len(category) <= 20 else category[:19] + "…"
        cx = left + (index + 0.5) * group_w
        if rotate:
            text = Group(String(0, 0, label, fontName=font, fontSize=6.5, fillColor=INK, textAnchor="end"))
            text.transform = (0.94, 0.34, -0.34, 0.94, cx + 3, bottom - 5)
            drawing.add(text)
        else:
            drawing.add(
                String(
                    cx, bottom - 10, label, fontName=font, fontSize=6.5, fillColor=INK, textAnchor="middle"
                )
            )
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=MUTED, strokeWidth=0.6))
    if reference is not None:
        y = bottom + plot_h * reference / axis_max
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=INK, strokeWidth=0.6, strokeDashArray=[3, 2]))
    x = left
    for number, name in enumerate(names):
        drawing.add(Rect(x, height - 9, 8, 8, fillColor=palette[number % 2], strokeColor=None))
        drawing.add(String(x + 11, height - 8, name, fontName=font, fontSize=7, fillColor=INK))
        x += 20 + stringWidth(name, font, 7)
    return drawing


def heat_map(
    counts: dict[tuple[int, int], int], band: Callable[[int], Severity], size: float = 170
) -> Drawing:
    """Likelihood (rows, 5 at the top) by impact (columns); each cell coloured by its score's band
    and showing how many open risks sit there."""
    font = register_font()
    cell = (size - 30) / 5
    drawing = Drawing(size + 110, size + 14, initialFontName=font)
    left, bottom = 30, 24
    for likelihood in range(1, 6):
        for impact in range(1, 6):
            x = left + (impact - 1) * cell
            y = bottom + (likelihood - 1) * cell
            fill = BAND_FILLS[band(likelihood * impact).value]
            drawing.add(Rect(x, y, cell, cell, fillColor=fill, strokeColor=RULE, strokeWidth=0.8))
            count = counts.get((likelihood, impact), 0)
            if count:
                drawing.add(
                    String(
                        x + cell / 2,
                        y + cell / 2 - 4,
                        str(count),
                        fontName=font,
                        fontSize=11,
                        fillColor=INK,
                        textAnchor="middle",
                    )
                )
        drawing.add(
            String(
                left - 6,
                bottom + (likelihood - 0.5) * cell - 3,
                str(likelihood),
                fontName=font,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    for impact in range(1, 6):
        drawing.add(
            String(
                left + (impact - 0.5) * cell,
                bottom - 10,
                str(impact),
                fontName=font,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    drawing.add(
        String(
            left + 2.5 * cell, 2, "Impact →", fontName=font, fontSize=7.5, fillColor=INK, textAnchor="middle"
        )
    )
    label = Group(
        String(0, 0, "Likelihood →", fontName=font, fontSize=7.5, fillColor=INK, textAnchor="middle")
    )
    label.transform = (0, 1, -1, 0, 10, bottom + 2.5 * cell)  # turned a quarter left, beside the rows
    drawing.add(label)
    key_x = left + 5 * cell + 14
    for row, severity in enumerate((Severity.HIGH, Severity.MEDIUM, Severity.LOW)):
        y = bottom + 5 * cell - 14 - row * 16
        drawing.add(Rect(key_x, y, 10, 10, fillColor=BAND_FILLS[severity.value], strokeColor=RULE))
        drawing.add(
            String(key_x + 15, y + 2, f"{severity.label} risk", fontName=font, fontSize=7.5, fillColor=INK)
        )
    drawing.add(
        String(
            key_x,
            bottom + 5 * cell - 14 - 3 * 16 + 2,
            "Numbers: open risks",
            fontName=font,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    return drawing
