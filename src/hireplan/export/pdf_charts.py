"""Vector charts for the brief (reportlab.graphics): grouped bars and the 5 x 5 risk heat map."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from hireplan.analysis import Severity
from hireplan.export.fonts import register_font
from hireplan.export.pdf_styles import BAND_FILLS, INK, MUTED, NOMINAL_COLOUR, PPP_COLOUR, RULE
from hireplan.export.scripts import draw_mixed
from hireplan.i18n import _


def nice_step(peak: float, ticks: int = 4) -> float:
    """A round gridline step (1, 2, 2.5 or 5 times a power of ten) giving about ``ticks`` lines."""
    raw = max(peak, 1e-9) / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= factor * power:
            return float(factor * power)
    return float(10 * power)


class GroupedBars(Flowable):  # type: ignore[misc]
    """Bars per category, one colour per series, gridlines and a legend; ``None`` draws no bar.

    Drawn straight onto the canvas rather than through reportlab's chart widgets or shapes: a
    large plan has hundreds of these charts, and the widget tree costs ten times as much.
    """

    def __init__(
        self,
        categories: Sequence[str],
        series: Sequence[Sequence[float | None]],
        names: Sequence[str],
        width: float,
        *,
        height: float = 130,
        value_label: Callable[[float], str] = lambda v: f"{v:,.0f}",
        reference: float | None = None,
    ) -> None:
        super().__init__()
        self.categories = [c if len(c) <= 20 else c[:19] + "…" for c in categories]
        self.series = series
        self.names = names
        self.width, self.height = width, height
        self.value_label = value_label
        self.reference = reference

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        font = register_font()
        palette = [NOMINAL_COLOUR, PPP_COLOUR]
        rotate = len(self.categories) > 5
        left, bottom, top = 48.0, (38.0 if rotate else 22.0), self.height - 18
        plot_w, plot_h = self.width - left - 8, top - bottom
        values = [v for vs in self.series for v in vs if v is not None]
        peak = max([*values, self.reference or 0.0, 0.0])
        step = nice_step(peak if peak > 0 else 1.0)
        axis_max = step * max(1, math.ceil(peak / step - 1e-9)) if peak > 0 else step * 4
        canvas.saveState()
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(RULE)
        canvas.setFont(font, 6.5)
        canvas.setFillColor(MUTED)
        for tick in range(round(axis_max / step) + 1):
            value = tick * step
            y = bottom + plot_h * value / axis_max
            canvas.line(left, y, left + plot_w, y)
            canvas.drawRightString(left - 4, y - 2.5, self.value_label(value))
        group_w = plot_w / max(1, len(self.categories))
        count = max(1, len(self.series))
        bar_w = min(28.0, (group_w - 8) / count)
        for number, values_of in enumerate(self.series):
            canvas.setFillColor(palette[number % 2])
            for index, amount in enumerate(values_of):
                if amount is None or amount <= 0:
                    continue
                x0 = left + index * group_w + (group_w - bar_w * count) / 2 + number * bar_w
                canvas.rect(
                    x0, bottom, bar_w - 1, plot_h * min(amount, axis_max) / axis_max, stroke=0, fill=1
                )
        canvas.setFillColor(INK)
        for index, label in enumerate(self.categories):
            cx = left + (index + 0.5) * group_w
            if rotate:
                canvas.saveState()
                canvas.translate(cx + 3, bottom - 5)
                canvas.rotate(20)
                draw_mixed(canvas, 0, 0, label, 6.5, right=True)
                canvas.restoreState()
            else:
                draw_mixed(canvas, cx, bottom - 10, label, 6.5, centre=True)
        canvas.setFont(font, 6.5)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.line(left, bottom, left + plot_w, bottom)
        if self.reference is not None:
            y = bottom + plot_h * self.reference / axis_max
            canvas.setStrokeColor(INK)
            canvas.setDash(3, 2)
            canvas.line(left, y, left + plot_w, y)
            canvas.setDash()
        x = left
        canvas.setFont(font, 7)
        for number, name in enumerate(self.names):
            canvas.setFillColor(palette[number % 2])
            canvas.rect(x, self.height - 9, 8, 8, stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.drawString(x + 11, self.height - 8, name)
            x += 20 + stringWidth(name, font, 7)
        canvas.restoreState()


def heat_map(
    counts: dict[tuple[int, int], int],
    band: Callable[[int], Severity],
    key: Mapping[Severity, str],
    size: float = 170,
) -> Drawing:
    """Likelihood (rows, 5 at the top) by impact (columns); each cell coloured by its score's band
    and showing how many risks sit there; ``key`` is each band's sentence, beside its swatch."""
    font = register_font()
    cell = (size - 30) / 5
    drawing = Drawing(size + 190, size + 14, initialFontName=font)
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
            left + 2.5 * cell,
            2,
            _("Impact →"),
            fontName=font,
            fontSize=7.5,
            fillColor=INK,
            textAnchor="middle",
        )
    )
    label = Group(
        String(0, 0, _("Likelihood →"), fontName=font, fontSize=7.5, fillColor=INK, textAnchor="middle")
    )
    label.transform = (0, 1, -1, 0, 10, bottom + 2.5 * cell)  # turned a quarter left, beside the rows
    drawing.add(label)
    key_x = left + 5 * cell + 14
    for row, severity in enumerate((Severity.HIGH, Severity.MEDIUM, Severity.LOW)):
        y = bottom + 5 * cell - 14 - row * 16
        drawing.add(Rect(key_x, y, 10, 10, fillColor=BAND_FILLS[severity.value], strokeColor=RULE))
        drawing.add(String(key_x + 15, y + 2, key[severity], fontName=font, fontSize=7.5, fillColor=INK))
    return drawing
