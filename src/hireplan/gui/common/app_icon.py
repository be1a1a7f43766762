"""The app's icon for Qt (title bars, the task switcher, dialogs), from the PNGs in hireplan.resources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

from hireplan.app_identity import ICON_SIZES, icon_png


def app_icon() -> QIcon:
    """Every rendered size, so Qt never scales one picture: files load only when a size is drawn."""
    icon = QIcon()
    for size in ICON_SIZES:
        resource = icon_png(size)
        if isinstance(resource, Path):
            icon.addFile(str(resource))
        else:  # a resource inside an archive: read it now
            pixmap = QPixmap()
            pixmap.loadFromData(resource.read_bytes(), "PNG")
            icon.addPixmap(pixmap)
    return icon
