"""Every colour hireplan draws text or marks in is readable on what it is drawn on, in the light and
the dark palette: WCAG AA, 4.5:1 for text and 3:1 for marks (chart points and lines), with
contrast computed from relative luminance as WCAG 2 defines it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette

from helpers.contrast import MARKS, TEXT, contrast
from hireplan.analysis.heat_map import BAND_FILLS
from hireplan.gui.common import colour_scheme
from hireplan.gui.common.style import (
    AMBER_TINT,
    BAND_TINTS,
    DARK_TONES,
    HEAT_INK,
    HIGH_BADGE_STYLE,
    HIGH_RED,
    INK_ON_TINT,
    LIGHT_TONES,
    NOTICE_BANNER_STYLE,
    ON_COLOUR,
    Tones,
    tones,
)

Role = QPalette.ColorRole


def test_the_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA


def _pairs(scheme: str, tone: Tones) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum) for everything drawn in ``scheme``."""
    palette = colour_scheme.palette_colours(scheme)
    pairs = [
        ("text on base", palette[Role.Text], palette[Role.Base], TEXT),
        ("text on alternate rows", palette[Role.Text], palette[Role.AlternateBase], TEXT),
        ("window text", palette[Role.WindowText], palette[Role.Window], TEXT),
        ("button text", palette[Role.ButtonText], palette[Role.Button], TEXT),
        ("selected text", palette[Role.HighlightedText], palette[Role.Highlight], TEXT),
        ("placeholder text", palette[Role.PlaceholderText], palette[Role.Base], TEXT),
        ("tooltip text", palette[Role.ToolTipText], palette[Role.ToolTipBase], TEXT),
        ("link", palette[Role.Link], palette[Role.Base], TEXT),
    ]
    text_tones = {
        "error": tone.error,
        "warning": tone.warning,
        "caution": tone.caution,
        "good": tone.good,
        "muted": tone.muted,
        **{f"{severity} severity": colour for severity, colour in tone.severity.items()},
    }
    for background in (Role.Base, Role.AlternateBase, Role.Window):
        for name, colour in text_tones.items():
            pairs.append((f"{name} text on {background.name}", colour, palette[background], TEXT))
    for number, colour in enumerate(tone.offers, start=1):
        pairs.append((f"offer {number} in the chart", colour, palette[Role.Base], MARKS))
    pairs.append(("market range outline in the chart", tone.range_edge, palette[Role.Base], MARKS))
    return pairs


FIXED = [
    *((f"heat map count on the {band} fill", HEAT_INK, fill, TEXT) for band, fill in BAND_FILLS.items()),
    *((f"ink on the {band} tint", INK_ON_TINT, tint, TEXT) for band, tint in BAND_TINTS.items()),
    ("ink on a stale or overdue row", INK_ON_TINT, AMBER_TINT, TEXT),
    ("high-flag badge", ON_COLOUR, HIGH_RED, TEXT),
]
"""Pairs that carry their own background, so they read the same in either palette."""


@pytest.mark.parametrize("scheme", [colour_scheme.LIGHT, colour_scheme.DARK])
def test_every_text_and_mark_colour_meets_wcag_aa_in_both_palettes(scheme: str) -> None:
    tone = tones(colour_scheme.scheme_palette(scheme))
    assert tone is (DARK_TONES if scheme == colour_scheme.DARK else LIGHT_TONES)
    failing = [
        f"{what}: {foreground} on {background} is {contrast(foreground, background):.2f}:1, needs {minimum}:1"
        for what, foreground, background, minimum in [*_pairs(scheme, tone), *FIXED]
        if contrast(foreground, background) < minimum
    ]
    assert not failing, "\n".join(failing)


def test_the_style_sheets_use_readable_pairs() -> None:
    banner = re.search(r"background: (#\w+); color: (#\w+)", NOTICE_BANNER_STYLE)
    badge = re.search(r"color: (\w+); background: (#\w+)", HIGH_BADGE_STYLE)
    assert banner and badge
    assert contrast(banner.group(2), banner.group(1)) >= TEXT
    assert contrast(badge.group(1), badge.group(2)) >= TEXT


def test_the_old_dark_red_fails_on_the_dark_palette() -> None:
    """Why the dark tones exist: the light scheme's red on the dark window."""
    window = colour_scheme.palette_colours(colour_scheme.DARK)[Role.Window]
    assert contrast(LIGHT_TONES.error, window) < TEXT <= contrast(DARK_TONES.error, window)
