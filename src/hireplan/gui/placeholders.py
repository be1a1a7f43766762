"""Pages for sections another part of the app fills in; each says what it will hold.

``MainWindow.set_section_page(key, widget)`` replaces a placeholder with the real screen.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hireplan.gui import navigation as nav


@dataclass(frozen=True)
class PlaceholderText:
    title: str
    summary: str
    will_hold: tuple[str, ...]


PLACEHOLDERS: dict[str, PlaceholderText] = {
    nav.ROLES: PlaceholderText(
        "Roles and offers",
        "The people this plan is hiring for, and the packages offered to them.",
        (
            "Each role: title, level, domain, headcount, hub, and whether the hire relocates or returns",
            "Each offer: base, bonus, equity and vesting, sign-on, relocation, allowances, research "
            "budget and compute",
            "The candidate's current or rival package beside the offer",
        ),
    ),
    nav.COMPENSATION: PlaceholderText(
        "Compensation",
        "How an offer compares with every market, in money and in what it buys.",
        (
            "The selected role's offer beside each market's benchmark, nominal and in purchasing power",
            "Compa-ratio and percentile position, coloured by band",
            "A chart of the offer against each market's P25–P75 range and median",
        ),
    ),
    nav.RISKS: PlaceholderText(
        "Risks",
        "What could make the plan fail, found by the app and entered by the team.",
        (
            "Flags the plan raises by itself, with severity, reason and what to do",
            "Acknowledging a flag with a reason and a review date",
            "The team's own risks on a likelihood × impact heat map",
        ),
    ),
    nav.POLICY: PlaceholderText(
        "Policy watch",
        "Rules and regulations that can change who can be hired or how they travel.",
        (
            "Entries by jurisdiction and topic, with a summary, owner and source",
            "When each was last checked, and a one-click “checked today”",
        ),
    ),
}


class SectionPlaceholder(QWidget):
    """A calm page naming the section and listing what it will hold."""

    def __init__(self, text: PlaceholderText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        items = "".join(f"<li>{html.escape(line)}</li>" for line in text.will_hold)
        label = QLabel(
            f"<h2>{html.escape(text.title)}</h2>"
            f"<p>{html.escape(text.summary)}</p>"
            f"<p><b>This screen is not built yet.</b> It will hold:</p><ul>{items}</ul>"
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setMaximumWidth(640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(label)
        layout.addStretch(1)
