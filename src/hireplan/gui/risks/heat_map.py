"""A 5 × 5 likelihood × impact grid of the team's risks; picking a cell filters the risk list.

What it shows is :func:`hireplan.analysis.heat_map.heat_map`, the definition the PDF and the
workbook draw too: which risks count (not closed), where each sits, and each cell's band with the
plan's own thresholds. Cells are tinted by that band and show how many risks sit there.
Mouse: click a cell to filter, click it again to clear.
Keyboard: arrow keys move, Space or Enter picks or clears, Escape clears.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hireplan.analysis.heat_map import BAND_FILLS, HeatMap, legend_entries
from hireplan.analysis.results import Severity
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.style import BAND_TINTS, HEAT_INK
from hireplan.i18n import join_sentences

SIZE = 5
Cell = tuple[int, int]
"""(likelihood, impact), each 1-5."""


def legend_html(heat: HeatMap) -> str:
    """The core's legend as one paragraph, each band's sentence after a swatch of its colour."""
    parts = []
    for severity, sentence in legend_entries(heat):
        swatch = f"<span style='color:{BAND_FILLS[severity]}'>■</span> " if severity is not None else ""
        parts.append(swatch + escape(sentence))
    return "&nbsp;&nbsp; ".join(parts)


BAND_WORDS = {
    "high": str(QT_TRANSLATE_NOOP("RiskHeatMap", "high")),
    "medium": str(QT_TRANSLATE_NOOP("RiskHeatMap", "medium")),
    "low": str(QT_TRANSLATE_NOOP("RiskHeatMap", "low")),
}
"""A score's band as a cell's description names it ("high band"), in English; translated when said."""


class RiskHeatMap(Contained, QWidget):
    """Emits ``cellChosen(object)`` with the chosen (likelihood, impact), or None when cleared."""

    cellChosen = Signal(object)

    def __init__(self, band_of: Callable[[int], Severity], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._band_of = band_of
        self._counts: dict[Cell, int] = {}
        self._titles: dict[Cell, list[str]] = {}
        self._chosen: Cell | None = None
        self._focus: Cell = (3, 3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(QCoreApplication.translate("RiskHeatMap", "Risk heat map"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(220, 200)
        self._describe()

    # ------------------------------------------------------------------ data

    def set_band_function(self, band_of: Callable[[int], Severity]) -> None:
        self._band_of = band_of
        self.update()

    def set_heat(self, heat: HeatMap, titles: Mapping[str, str]) -> None:
        """Show the core's heat map; ``titles`` names its risks by id (for tooltips and speech)."""
        self._band_of = heat.band_of_score
        counts = heat.counts()
        names = {cell: [titles.get(risk_id, "") for risk_id in ids] for cell, ids in heat.risk_ids.items()}
        self.update()  # the thresholds may have changed the bands
        if counts != self._counts or names != self._titles:
            self._counts, self._titles = counts, names
            self._describe()

    def count(self, cell: Cell) -> int:
        return self._counts.get(cell, 0)

    def chosen(self) -> Cell | None:
        return self._chosen

    def focused_cell(self) -> Cell:
        return self._focus

    def choose(self, cell: Cell | None) -> None:
        """Pick ``cell`` (or clear with None) as a click would, emitting ``cellChosen``."""
        if cell == self._chosen:
            return
        self._chosen = cell
        if cell is not None:
            self._focus = cell
        self._describe()
        self.update()
        self.cellChosen.emit(cell)

    def toggle(self, cell: Cell) -> None:
        self.choose(None if cell == self._chosen else cell)

    # ------------------------------------------------------------------ geometry

    def sizeHint(self) -> QSize:
        return QSize(300, 260)

    def _grid_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.height() * 2.6
        bottom = metrics.height() * 2.6
        rect = QRectF(self.rect()).adjusted(left, 6, -6, -bottom)
        side = min(rect.width(), rect.height())
        return QRectF(rect.left(), rect.top(), side, side)

    def cell_rect(self, cell: Cell) -> QRectF:
        """Likelihood runs up (5 at the top), impact runs right (5 on the right)."""
        grid = self._grid_rect()
        step = grid.width() / SIZE
        likelihood, impact = cell
        return QRectF(grid.left() + (impact - 1) * step, grid.top() + (SIZE - likelihood) * step, step, step)

    def cell_at(self, point: QPoint) -> Cell | None:
        for likelihood in range(1, SIZE + 1):
            for impact in range(1, SIZE + 1):
                if self.cell_rect((likelihood, impact)).contains(point.toPointF()):
                    return (likelihood, impact)
        return None

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        bold = QFont(self.font())
        bold.setBold(True)
        for likelihood in range(1, SIZE + 1):
            for impact in range(1, SIZE + 1):
                cell = (likelihood, impact)
                rect = self.cell_rect(cell).adjusted(1.5, 1.5, -1.5, -1.5)
                band = self._band_of(likelihood * impact)
                count = self.count(cell)
                fill = QColor(BAND_FILLS[band] if count else BAND_TINTS[band])
                if self._chosen is not None and cell != self._chosen:
                    fill.setAlpha(110)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 3, 3)
                if cell == self._chosen:
                    painter.setPen(QPen(palette.text().color(), 3))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect, 3, 3)
                if cell == self._focus and self.hasFocus():
                    painter.setPen(QPen(palette.highlight().color(), 2, Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 2, 2)
                if count:
                    painter.setFont(bold)
                    painter.setPen(QColor(HEAT_INK))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setFont(self.font())
        painter.setPen(palette.windowText().color())
        grid = self._grid_rect()
        step = grid.width() / SIZE
        height = self.fontMetrics().height()
        for n in range(1, SIZE + 1):
            x = grid.left() + (n - 1) * step
            painter.drawText(QRectF(x, grid.bottom() + 2, step, height), Qt.AlignmentFlag.AlignCenter, str(n))
            y = grid.top() + (SIZE - n) * step
            painter.drawText(
                QRectF(grid.left() - height * 1.2, y, height, step), Qt.AlignmentFlag.AlignCenter, str(n)
            )
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + height + 4, grid.width(), height),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("RiskHeatMap", "Impact →"),
        )
        painter.save()
        painter.translate(grid.left() - height * 2.4, grid.bottom())
        painter.rotate(-90)
        painter.drawText(
            QRectF(0, 0, grid.height(), height),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("RiskHeatMap", "Likelihood →"),
        )
        painter.restore()
        painter.end()

    # ------------------------------------------------------------------ input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        cell = self.cell_at(event.position().toPoint())
        if cell is None:
            super().mousePressEvent(event)
            return
        self._focus = cell
        self.toggle(cell)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        likelihood, impact = self._focus
        key = event.key()
        moves = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Left: (0, -1),
        }
        if key in moves:
            dl, di = moves[Qt.Key(key)]
            self._focus = (min(SIZE, max(1, likelihood + dl)), min(SIZE, max(1, impact + di)))
            self._describe()
            self.update()
            event.accept()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select):
            self.toggle(self._focus)
            event.accept()
        elif key == Qt.Key.Key_Escape and self._chosen is not None:
            self.choose(None)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                rect = self.cell_rect(cell).toRect()
                QToolTip.showText(event.globalPos(), self.describe_cell(cell), self, QRect(rect))
            return True
        return super().event(event)

    # ------------------------------------------------------------------ words

    def describe_cell(self, cell: Cell) -> str:
        likelihood, impact = cell
        score = likelihood * impact
        band = self._band_of(score)
        count = self.count(cell)
        values = {
            "likelihood": likelihood,
            "impact": impact,
            "score": score,
            "band": QCoreApplication.translate("RiskHeatMap", BAND_WORDS[band.value]),
        }
        if count == 0:
            text = QCoreApplication.translate(
                "RiskHeatMap",
                "Likelihood {likelihood}, impact {impact}: score {score}, {band} band, no risks",
            ).format(**values)
        else:
            text = QCoreApplication.translate(
                "RiskHeatMap",
                "Likelihood {likelihood}, impact {impact}: score {score}, {band} band, %n risk(s)",
                None,
                count,
            ).format(**values)
        names = self._titles.get(cell, [])
        if names:
            listed = QCoreApplication.translate("RiskHeatMap", "; ").join(names[:5]) + (
                "…" if len(names) > 5 else ""
            )
            text = QCoreApplication.translate("RiskHeatMap", "{cell}: {risks}").format(
                cell=text, risks=listed
            )
        return text

    def _describe(self) -> None:
        """Keep what a screen reader says in step with the focused and chosen cells."""
        if self._chosen is not None:
            chosen = QCoreApplication.translate(
                "RiskHeatMap", "Showing likelihood {likelihood}, impact {impact} only."
            ).format(likelihood=self._chosen[0], impact=self._chosen[1])
        else:
            chosen = QCoreApplication.translate("RiskHeatMap", "Showing all risks.")
        focused = QCoreApplication.translate("RiskHeatMap", "{cell}.").format(
            cell=self.describe_cell(self._focus)
        )
        keys = QCoreApplication.translate("RiskHeatMap", "Arrow keys move, Space picks or clears.")
        self.setAccessibleDescription(join_sentences(chosen, focused, keys))
