"""The overview's card: a titled box whose body is rebuilt on each refresh, with text and links."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.mnemonics import as_written, mark_list_entry

MAX_LISTED = 6
"""How many flags, stale entries or due items a card lists before "and N more"."""


class LinkButton(Contained, QPushButton):
    """A flat link that ends in "…" where the card is narrower than its text.

    ``text()`` keeps the whole text (screen readers and the tooltip give it in full); only the
    painting is cut, so long names never run past the card's border.
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        option.text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, max(contents.width() - 8, 20)
        )
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class Card(QFrame):
    """A titled box; its body is rebuilt on each refresh."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        self.title_label = QLabel(f"<b>{html.escape(title)}</b>")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title_label)
        self.body = QVBoxLayout()
        self.body.setSpacing(2)
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def clear(self) -> None:
        clear_layout(self.body)

    def add_text(self, text: str, *, rich: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.body.addWidget(label)
        return label

    def add_link(
        self, text: str, tooltip: str, on_click: Callable[[], object], *, entry: bool = True
    ) -> QPushButton:
        """A link; an ``entry`` names an object or a figure (its text shown as written, no
        mnemonic), otherwise ``text`` is an action with its mnemonic (``Open the &Risks page →``)."""
        button = LinkButton(as_written(text) if entry else text)
        if entry:
            mark_list_entry(button)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("text-align: left; padding: 1px 4px;")
        button.setToolTip(tooltip)
        button.setAccessibleDescription(tooltip)
        button.clicked.connect(lambda _checked=False: on_click())
        # Long names may be cut at the card's edge rather than widen the page past the window.
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(80)
        self.body.addWidget(button)
        return button


def clear_layout(layout: QVBoxLayout | QGridLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif (child := item.layout()) is not None:
            clear_layout(child)  # type: ignore[arg-type]
