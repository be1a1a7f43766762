"""Per-user preferences stored with QSettings: window layout, last folder, recent files, autosave.

QSettings read back in a new process gives ``'true'`` for a bool, ``'3'`` for an int and a bare
string for a one-item list, so every read here passes ``type=`` and checks what came back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from hireplan.storage.backups import DEFAULT_KEEP, MAX_KEEP
from hireplan.storage.plan_lock import default_user_name

ORGANISATION = "hireplan"
APPLICATION = "hireplan"
MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 60
MIN_AUTOSAVE_SECONDS = 5
MAX_AUTOSAVE_SECONDS = 3600
PAGE_SIZE_NAMES = ("a4", "letter")
"""Same names as ``hireplan.export.options.PAGE_SIZES`` (not imported: start-up stays light)."""
DEFAULT_PAGE_SIZE = "a4"


class AppSettings:
    """Typed access to the app's QSettings; one instance per window is fine (they share the store)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    @property
    def qsettings(self) -> QSettings:
        return self._s

    def sync(self) -> None:
        self._s.sync()

    # Window layout -----------------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key, QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_window_geometry(self, data: QByteArray) -> None:
        self._s.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, data: QByteArray) -> None:
        self._s.setValue("window/state", data)

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    def set_splitter_state(self, data: QByteArray) -> None:
        self._s.setValue("window/splitter", data)

    def last_section(self) -> str:
        return str(self._s.value("window/section", "", type=str))

    def set_last_section(self, key: str) -> None:
        self._s.setValue("window/section", key)

    # Files -------------------------------------------------------------------------------------

    def last_folder(self) -> Path | None:
        text = str(self._s.value("files/last_folder", "", type=str))
        return Path(text) if text else None

    def set_last_folder(self, folder: Path) -> None:
        self._s.setValue("files/last_folder", str(folder))

    def recent_files(self) -> list[Path]:
        raw: object = self._s.value("files/recent", [], type=list)
        if isinstance(raw, str):  # a one-item list may come back bare on some back ends
            raw = [raw]
        items = raw if isinstance(raw, list | tuple) else []
        return [Path(str(item)) for item in items if str(item)]

    def set_recent_files(self, paths: list[Path]) -> None:
        self._s.setValue("files/recent", [str(p) for p in paths[:MAX_RECENT]])

    def add_recent_file(self, path: Path) -> list[Path]:
        """Put ``path`` first, without duplicates; returns the new list."""
        path = path.resolve()
        paths = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT]
        self.set_recent_files(paths)
        self.set_last_folder(path.parent)
        return paths

    def remove_recent_file(self, path: Path) -> list[Path]:
        paths = [p for p in self.recent_files() if p != path]
        self.set_recent_files(paths)
        return paths

    # Autosave ----------------------------------------------------------------------------------

    def autosave_seconds(self) -> int:
        value: object = self._s.value("autosave/interval_seconds", DEFAULT_AUTOSAVE_SECONDS, type=int)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            return DEFAULT_AUTOSAVE_SECONDS
        seconds = value
        return min(max(seconds, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)

    def set_autosave_seconds(self, seconds: int) -> None:
        self._s.setValue(
            "autosave/interval_seconds", min(max(int(seconds), MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)
        )

    # Defaults for new plans and exports (settings dialog) ---------------------------------------

    def default_page_size(self) -> str:
        """``"a4"`` or ``"letter"`` for the PDF brief; anything else stored reads as A4."""
        value = str(self._s.value("export/page_size", DEFAULT_PAGE_SIZE, type=str)).lower()
        return value if value in PAGE_SIZE_NAMES else DEFAULT_PAGE_SIZE

    def set_default_page_size(self, name: str) -> None:
        name = name.lower()
        if name not in PAGE_SIZE_NAMES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZE_NAMES)}")
        self._s.setValue("export/page_size", name)

    def default_owner(self) -> str:
        """The name put in the owner field of new plans ("" = leave it empty)."""
        return str(self._s.value("plans/default_owner", "", type=str)).strip()

    def set_default_owner(self, name: str) -> None:
        self._s.setValue("plans/default_owner", name.strip()[:500])

    # Working with others (issue 15) ------------------------------------------------------------

    def user_name(self) -> str:
        """The name recorded on locks, acknowledgements, approvals and publishes (default: the account's)."""
        name = str(self._s.value("team/user_name", "", type=str)).strip()
        return name[:80] if name else default_user_name()

    def set_user_name(self, name: str) -> None:
        self._s.setValue("team/user_name", name.strip()[:80])

    def backups_kept(self) -> int:
        """How many earlier saves of each plan ``.hireplan-backups`` keeps."""
        value: object = self._s.value("team/backups_kept", DEFAULT_KEEP, type=int)
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            return DEFAULT_KEEP
        return min(value, MAX_KEEP)

    def set_backups_kept(self, count: int) -> None:
        self._s.setValue("team/backups_kept", min(max(int(count), 1), MAX_KEEP))

    def team_library(self) -> Path | None:
        """The team template library folder (on the share), or None when there is none."""
        text = str(self._s.value("team/library", "", type=str)).strip()
        return Path(text) if text else None

    def set_team_library(self, folder: Path | None) -> None:
        self._s.setValue("team/library", str(folder) if folder else "")

    def open_exports_when_done(self) -> bool:
        value: object = self._s.value("export/open_when_done", False, type=bool)
        return value is True

    def set_open_exports_when_done(self, value: bool) -> None:
        self._s.setValue("export/open_when_done", bool(value))
