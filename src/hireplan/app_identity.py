"""What names and pictures the app: its id, icon and file type, with no work behind them.

Split from ``hireplan.desktop_install`` so the window can name itself and load its icon before the
first paint without importing what only installing into the desktop needs (``subprocess``,
``shutil``, the file writer).
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

APP_ID = "io.github.hireplan.hireplan"
"""The reverse-DNS application id: the launcher's file name, the AppStream id, Qt's desktop file name.

hireplan has no domain of its own yet; this follows the convention for projects without one.
"""
ICON_NAME = "hireplan"
MIME_TYPE = "application/x-hireplan"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_ICON_UP_TO = 24
"""Up to this size the icon is drawn from the simplified ``hireplan-small.svg``."""


def resource_root() -> Traversable:
    """The files shipped with the app: icons and desktop files."""
    return resources.files("hireplan.resources")


def icon_png(size: int) -> Traversable:
    """The app icon rendered at ``size`` pixels (one of ``ICON_SIZES``)."""
    return resource_root() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def icon_svg() -> Traversable:
    return resource_root() / "icons" / f"{ICON_NAME}.svg"
