"""How checklist statuses and priorities look: one colour and one icon per value, used everywhere."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

from hireplan.model.checklist import Priority, Status

STATUS_COLOURS: dict[Status, str] = {
    Status.TODO: "#8a8f98",
    Status.IN_PROGRESS: "#1f6fd1",
    Status.DONE: "#2e8b3d",
    Status.BLOCKED: "#c62828",
    Status.NOT_APPLICABLE: "#b8bcc4",
}
"""Grey for not started, blue for moving, green for done, red for stuck, pale for not relevant."""

PRIORITY_COLOURS: dict[Priority, str | None] = {
    Priority.LOW: "#6b7280",
    Priority.NORMAL: None,
    Priority.HIGH: "#b45309",
    Priority.CRITICAL: "#b91c1c",
}
"""Text colour of a priority; normal keeps the palette's text colour."""

OVERDUE_COLOUR = "#b91c1c"


def status_colour(status: Status) -> QColor:
    return QColor(STATUS_COLOURS[status])


def priority_colour(priority: Priority) -> QColor | None:
    colour = PRIORITY_COLOURS[priority]
    return QColor(colour) if colour else None


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
            painter.setPen(QPen(QColor("white"), size / 9))
            w, x, y = rect.width(), rect.left(), rect.top()
            painter.drawPolyline(
                [
                    QPointF(x + w * 0.25, y + w * 0.52),
                    QPointF(x + w * 0.43, y + w * 0.7),
                    QPointF(x + w * 0.75, y + w * 0.32),
                ]
            )
        elif status is Status.BLOCKED:
            painter.setPen(QPen(QColor("white"), size / 9))
            painter.drawLine(
                QPointF(x0 := rect.left() + rect.width() * 0.28, rect.center().y()),
                QPointF(rect.right() - (x0 - rect.left()), rect.center().y()),
            )
        painter.end()
        icon.addPixmap(pixmap)
    return icon
