"""Vector charts for the brief (reportlab.graphics): grouped bars and the 5 x 5 risk heat map."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String

from hireplan.analysis import Severity
from hireplan.export.fonts import register_font
from hireplan.export.pdf_styles import BAND_FILLS, INK, MUTED, NOMINAL_COLOUR, PPP_COLOUR, RULE


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
    """Bars per category, one colour per series, with a legend; ``None`` values draw no bar."""
    font = register_font()
    drawing = Drawing(width, height, initialFontName=font)
    chart = VerticalBarChart()
    chart.x, chart.y = 48, 40
    chart.width, chart.height = width - 60, height - 62
    chart.data = [[0 if v is None else v for v in values] for values in series]
    chart.categoryAxis.categoryNames = [c if len(c) <= 18 else c[:17] + "…" for c in categories]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 20 if len(categories) > 5 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(categories) > 5 else "n"
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = value_label
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    peak = max([v for values in series for v in values if v is not None] + [reference or 0, 1e-9])
    chart.valueAxis.valueMax = peak * 1.1
    chart.barSpacing = 1
    chart.groupSpacing = 6
    palette = [NOMINAL_COLOUR, PPP_COLOUR]
    for index in range(len(series)):
        chart.bars[index].fillColor = palette[index % len(palette)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if reference is not None:
        y = chart.y + chart.height * reference / chart.valueAxis.valueMax
        drawing.add(
            Line(
                chart.x, y, chart.x + chart.width, y, strokeColor=INK, strokeWidth=0.6, strokeDashArray=[3, 2]
            )
        )
    legend = Legend()
    legend.x, legend.y = 48, height - 6
    legend.fontName = font
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 150
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(palette[i % len(palette)], name) for i, name in enumerate(names)]
    drawing.add(legend)
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
