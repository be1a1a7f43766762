"""The one palette: every colour the window uses, the status and severity icons, and the style
sheets several screens share.

A screen never writes a colour literal; it names one here, so a red cell, a red flag and a red
message are the same red everywhere (and a change of palette is a change of one file).

Severity-keyed tables use the severity's value (``"high"``, ``"medium"``, ``"low"``):
:class:`hireplan.analysis.results.Severity` is a ``StrEnum``, so ``SEVERITY_COLOURS[flag.severity]``
works, and the window can paint its status bar before the analysis is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF

from hireplan.model.checklist import Priority, Status

# --------------------------------------------------------------------------- named colours

ERROR_TEXT = "#b91c1c"
"""Refusals, overdue dates, money a competing offer beats us by: text that needs acting on."""
WARNING_TEXT = "#92400e"
"""Unusual values that are allowed: read twice, not wrong."""
CAUTION_TEXT = "#a44a06"
"""A high priority, a budget that leaves roles out."""
GOOD_TEXT = "#1f7a33"
"""Good news: done, we beat the competing offer, the lowest band."""
MUTED_TEXT = "#5f6670"
"""Seen and set aside: acknowledged flags, low priority."""
INK_ON_TINT = "#1f2328"
"""Dark text on the light band tints, readable whatever the desktop theme."""
ON_COLOUR = "white"
"""Marks and text drawn on a solid colour (icons, the heat map's counts, the high-flag badge)."""
HIGH_RED = "#c0392b"
AMBER = "#d68910"
BLUE = "#2e86c1"
AMBER_TINT = "#fbe7c6"
"""Background of a row that is stale or overdue (the medium band's tint)."""

SEVERITY_COLOURS: Mapping[str, str] = {"high": HIGH_RED, "medium": AMBER, "low": BLUE}
"""Red, amber, blue: flags wherever they are counted or listed."""

BAND_COLOURS: Mapping[str, str] = {"high": HIGH_RED, "medium": AMBER, "low": GOOD_TEXT}
"""Red, amber, green for a band where the lowest band is good news (compa-ratio, risk score)."""

BAND_TINTS: Mapping[str, str] = {"high": "#f6d5d1", "medium": AMBER_TINT, "low": "#d5ecd9"}
"""Light backgrounds of the band colours, readable under dark text."""

STATUS_COLOURS: dict[Status, str] = {
    Status.TODO: "#8a8f98",
    Status.IN_PROGRESS: "#1f6fd1",
    Status.DONE: GOOD_TEXT,
    Status.BLOCKED: "#c62828",
    Status.NOT_APPLICABLE: "#b8bcc4",
}
"""Grey for not started, blue for moving, green for done, red for stuck, pale for not relevant."""

PRIORITY_COLOURS: dict[Priority, str | None] = {
    Priority.LOW: MUTED_TEXT,
    Priority.NORMAL: None,
    Priority.HIGH: CAUTION_TEXT,
    Priority.CRITICAL: ERROR_TEXT,
}
"""Text colour of a priority; normal keeps the palette's text colour."""

OVERDUE_COLOUR = ERROR_TEXT


OFFER_COLOURS = ("#c0392b", "#1f6fd1", "#8e44ad", "#b7700a", "#2e8b3d", "#17202a")
"""One colour per offer in the compensation chart, in plan order."""
RANGE_COLOUR = "#aab7c4"
"""The market's P25-P75 range behind the offers in the compensation chart."""
RANGE_EDGE = "#4d5b69"
"""The range's outline and its P50 line."""


HEAT_INK = INK_ON_TINT
"""The heat map's counts, on its band fills (the same fills as the PDF's and the workbook's)."""


# --------------------------------------------------------------------------- light and dark tones


@dataclass(frozen=True, slots=True)
class Tones:
    """The colours of text and marks drawn straight on the window's background, in one scheme.

    On a dark palette the light scheme's dark red would sit at 2:1 on the background, so each has
    a dark-scheme tone; both meet WCAG AA (4.5:1 text, 3:1 marks), checked by a test.
    """

    error: str
    warning: str
    caution: str
    good: str
    muted: str
    severity: Mapping[str, str]
    """Severity as text (a flag's title, a count), darker or lighter than the icons' colours."""
    offers: tuple[str, ...]
    range_edge: str


LIGHT_TONES = Tones(
    error=ERROR_TEXT,
    warning=WARNING_TEXT,
    caution=CAUTION_TEXT,
    good=GOOD_TEXT,
    muted=MUTED_TEXT,
    severity={"high": ERROR_TEXT, "medium": WARNING_TEXT, "low": "#1d4ed8"},
    offers=OFFER_COLOURS,
    range_edge=RANGE_EDGE,
)
DARK_TONES = Tones(
    error="#ff9b94",
    warning="#f5c451",
    caution="#ffb86b",
    good="#7ee08f",
    muted="#a4a9b0",
    severity={"high": "#ff9b94", "medium": "#f5c451", "low": "#8ab4f8"},
    offers=("#ff8a80", "#82b1ff", "#d7a3ff", "#ffc46b", "#7ee08f", "#e6e7e9"),
    range_edge="#c3ccd6",
)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window's palette is a dark one (the desktop's, or the dark colour scheme)."""
    colours = palette if palette is not None else QGuiApplication.palette()
    return colours.color(QPalette.ColorRole.Window).lightness() < 128


def tones(palette: QPalette | None = None) -> Tones:
    """The tones for the current palette: ask at paint or data time, not at import time."""
    return DARK_TONES if is_dark(palette) else LIGHT_TONES


def error_style() -> str:
    """A label that says why something was refused."""
    return f"color: {tones().error};"


def warning_style() -> str:
    """A label that says a value is unusual but allowed."""
    return f"color: {tones().warning};"


# --------------------------------------------------------------------------- style sheets

WARNING_STYLE = f"color: {WARNING_TEXT};"
"""A label that says a value is unusual but allowed."""
LIST_FOCUS_STYLE = (
    "QAbstractItemView { border: 2px solid transparent; }"
    " QAbstractItemView:focus { border: 2px solid palette(highlight); }"
)
"""A list or table that has the keyboard focus is framed in the highlight colour: its selected
row looks the same with or without the focus, so without the frame a person using Tab cannot see
that the focus is in it (seen under Xvfb, driving the window with keys)."""

HIGH_BADGE_STYLE = f"color: {ON_COLOUR}; background: {HIGH_RED}; border-radius: 3px; padding: 1px 6px;"
"""The status bar's count of unacknowledged high flags."""
NOTICE_BANNER_STYLE = (
    "QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #f5c2c0;"
    " border-radius: 4px; padding: 4px 8px; }"
)
"""A pale red banner above a view, for a refusal that must not be missed."""


def coloured(text: str, colour: str) -> str:
    """Rich text in one of the palette's colours (``text`` must already be escaped)."""
    return f"<span style='color:{colour}'>{text}</span>"


# --------------------------------------------------------------------------- icons


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


def priority_colour(priority: Priority) -> QColor | None:
    """The priority's text colour in the current palette's tone (None: the palette's own)."""
    colour = PRIORITY_COLOURS[priority]
    if colour is None:
        return None
    now = tones()
    return QColor({MUTED_TEXT: now.muted, CAUTION_TEXT: now.caution, ERROR_TEXT: now.error}[colour])


@cache
def status_icon(status: Status) -> QIcon:
    """A mark in the status colour: empty ring to do, half-filled in progress, tick done, bar blocked,
    struck ring not applicable.

    Shape as well as colour, so the status reads for colour-blind users too.
    """
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = status_colour(status)
        margin = size * 0.2
        rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
        if status in (Status.TODO, Status.NOT_APPLICABLE):  # not started: an empty ring
            inset = size / 16
            painter.setPen(QPen(colour, size / 8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
        elif status is Status.IN_PROGRESS:  # a ring, half filled
            painter.setPen(QPen(colour, size / 10))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawPie(rect, 90 * 16, 180 * 16)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(rect)
        if status is Status.NOT_APPLICABLE:  # struck through
            painter.setPen(QPen(colour, size / 10))
            painter.drawLine(rect.bottomLeft(), rect.topRight())
        if status is Status.DONE:
            painter.setPen(QPen(QColor(ON_COLOUR), size / 9))
            w, x, y = rect.width(), rect.left(), rect.top()
            painter.drawPolyline(
                [
                    QPointF(x + w * 0.25, y + w * 0.52),
                    QPointF(x + w * 0.43, y + w * 0.7),
                    QPointF(x + w * 0.75, y + w * 0.32),
                ]
            )
        elif status is Status.BLOCKED:
            painter.setPen(QPen(QColor(ON_COLOUR), size / 9))
            painter.drawLine(
                QPointF(x0 := rect.left() + rect.width() * 0.28, rect.center().y()),
                QPointF(rect.right() - (x0 - rect.left()), rect.center().y()),
            )
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def severity_icon(severity: str, acknowledged: bool = False) -> QIcon:
    """A triangle for high, a diamond for medium, a circle for low, so shape tells them apart too.

    Acknowledged flags are drawn as an outline: seen, still there.
    """
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(SEVERITY_COLOURS[severity])
        m = size * 0.1
        s = size - 2 * m
        if acknowledged:
            painter.setPen(QPen(colour, max(1.0, size / 10)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
        if severity == "high":
            shape = QPolygonF([QPointF(m + s / 2, m), QPointF(m + s, m + s), QPointF(m, m + s)])
            painter.drawPolygon(shape)
        elif severity == "medium":
            shape = QPolygonF(
                [
                    QPointF(m + s / 2, m),
                    QPointF(m + s, m + s / 2),
                    QPointF(m + s / 2, m + s),
                    QPointF(m, m + s / 2),
                ]
            )
            painter.drawPolygon(shape)
        else:
            painter.drawEllipse(QRectF(m, m, s, s))
        if not acknowledged:
            painter.setPen(QPen(QColor(ON_COLOUR), max(1.0, size / 9)))
            x = m + s / 2
            top = m + s * (0.38 if severity == "high" else 0.25)
            painter.drawLine(QPointF(x, top), QPointF(x, m + s * 0.62))
            painter.drawPoint(QPointF(x, m + s * 0.8))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
