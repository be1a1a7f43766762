"""Where hireplan keeps per-user data (templates; the GUI adds autosave and logs).

Follows each platform's convention so files land where the user and backup tools expect them.
On Linux ``$XDG_DATA_HOME`` is honoured, which also lets tests and checks point it elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "hireplan"


def user_data_dir() -> Path:
    """The per-user data folder (not created here).

    Linux and other Unix: ``$XDG_DATA_HOME/hireplan`` (default ``~/.local/share/hireplan``);
    Windows: ``%APPDATA%\\hireplan``; macOS: ``~/Library/Application Support/hireplan``.
    """
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # The XDG spec says relative values are invalid and must be ignored.
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_DIR_NAME


def user_templates_dir() -> Path:
    """Where the user's own templates live (not created here)."""
    return user_data_dir() / "templates"
