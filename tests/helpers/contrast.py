"""WCAG 2 contrast between two colours, for tests that check text is readable on what it sits on."""

from __future__ import annotations

TEXT = 4.5
"""WCAG AA for ordinary text."""
MARKS = 3.0
"""WCAG AA for graphical marks (chart points and lines)."""
NAMED = {"white": "#ffffff"}


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB ``#rrggbb`` colour."""
    colour = NAMED.get(colour, colour).lstrip("#")
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The contrast ratio, 1 (none) to 21 (black on white), whichever colour is lighter."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
