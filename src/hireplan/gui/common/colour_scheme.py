"""Light or dark: the window's two palettes and the person's choice between them.

The desktop decides by default (``follow the system``): a dark desktop theme hands Qt a dark
palette, and :func:`hireplan.gui.common.style.is_dark` reads it, so every named colour of the
palette (style.py) takes its dark tone. The setting ``ui/colour_scheme`` (``light`` or ``dark``)
sets the Fusion style with hireplan's own palette instead, read at start like the language, for a
desktop that passes no theme on (a remote session, Xvfb, some Linux desktops) or a person who wants
the other one. ``tests/gui/common/test_contrast.py`` checks every text colour against both palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SETTING_KEY = "ui/colour_scheme"
FOLLOW_SYSTEM = "system"
LIGHT = "light"
DARK = "dark"
CHOICES = (FOLLOW_SYSTEM, LIGHT, DARK)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#1f2328",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f6f7",
    Role.Text: "#1f2328",
    Role.Button: "#e8e8e8",
    Role.ButtonText: "#1f2328",
    Role.PlaceholderText: "#6b7280",
    Role.Highlight: "#1f5fbf",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#1f2328",
    Role.Link: "#1f5fbf",
    Role.LinkVisited: "#6f42c1",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e3e3",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
}
_DARK = {
    Role.Window: "#2b2d30",
    Role.WindowText: "#e6e7e9",
    Role.Base: "#1e1f22",
    Role.AlternateBase: "#26282b",
    Role.Text: "#e6e7e9",
    Role.Button: "#3a3d41",
    Role.ButtonText: "#e6e7e9",
    Role.PlaceholderText: "#9da3ab",
    Role.Highlight: "#2f65ca",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#3a3d41",
    Role.ToolTipText: "#e6e7e9",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.BrightText: "#ffffff",
    Role.Light: "#4a4d52",
    Role.Midlight: "#3f4246",
    Role.Mid: "#5a5e63",
    Role.Dark: "#18191b",
    Role.Shadow: "#000000",
}
_DISABLED_TEXT = {LIGHT: "#8c8f94", DARK: "#7b7f85"}
"""Greyed-out text (WCAG exempts inactive controls, but it should still be legible)."""


def palette_colours(scheme: str) -> dict[QPalette.ColorRole, str]:
    """The colour of each palette role in the ``light`` or ``dark`` scheme."""
    return dict(_DARK if scheme == DARK else _LIGHT)


def scheme_palette(scheme: str) -> QPalette:
    """hireplan's palette for ``light`` or ``dark``."""
    palette = QPalette()
    for role, colour in palette_colours(scheme).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(_DISABLED_TEXT[DARK if scheme == DARK else LIGHT])
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, disabled)
    return palette


def stored_choice(settings: QSettings) -> str:
    value = str(settings.value(SETTING_KEY, FOLLOW_SYSTEM, type=str))
    return value if value in CHOICES else FOLLOW_SYSTEM


def store_choice(settings: QSettings, choice: str) -> None:
    """Remember ``choice`` (one of :data:`CHOICES`) for the next start."""
    if choice not in CHOICES:
        raise ValueError(f"not a colour scheme: {choice!r}")
    settings.setValue(SETTING_KEY, choice)


def apply_colour_scheme(app: QApplication, choice: str) -> None:
    """Before any window is built: ``light`` or ``dark`` set Fusion and hireplan's palette;
    following the system leaves Qt's own."""
    if choice not in (LIGHT, DARK):
        return
    app.setStyle("Fusion")
    app.setPalette(scheme_palette(choice))
