"""Desktop integration for one person on Linux and other freedesktop systems, without Qt.

``hireplan --install-desktop`` copies the launcher (``.desktop``), the icon at every size, the
``.hireplan`` file type (shared-mime-info) and the AppStream metainfo from ``hireplan.resources``
into the person's data folder (``$XDG_DATA_HOME``, else ``~/.local/share``), then refreshes the MIME
and launcher caches when those tools are present. Nothing needs root, and
``hireplan --uninstall-desktop`` removes exactly what was installed.

Windows and macOS need none of this: the bundle's own launcher carries the icon there, and macOS
sends the documents it opens as ``QFileOpenEvent`` (handled in the GUI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path

from hireplan.app_identity import APP_ID, ICON_NAME, ICON_SIZES, icon_png, icon_svg, resource_root
from hireplan.storage.errors import PlanFileError
from hireplan.storage.safe_write import atomic_write_bytes


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path, else ``~/.local/share`` (the spec's default)."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How the launcher starts hireplan: the frozen bundle's executable, else the ``hireplan`` script.

    An absolute path, so the launcher works when hireplan lives in a virtual environment that is
    not on the desktop session's PATH.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name in ("hireplan", "hireplan-gui") and script.is_file():
        return [str(script.resolve())]
    found = shutil.which("hireplan")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "hireplan"]


def _quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry specification asks."""
    if not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> bytes:
    """The shipped launcher with Exec (and TryExec) pointing at ``command``."""
    text = (resource_root() / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = " ".join(_quote(part).replace("%", "%%") for part in command)
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_line} %f")
        elif line.startswith("TryExec="):
            lines.append(f"TryExec={command[0]}")
        else:
            lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass
class DesktopInstall:
    """What an install wrote (or an uninstall removed), and what could not be refreshed."""

    data_home: Path
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _targets(home: Path) -> dict[Path, Traversable | None]:
    """Each installed file and the resource it comes from (None: the launcher, written from a template)."""
    targets: dict[Path, Traversable | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "mime" / "packages" / f"{APP_ID}.xml": resource_root() / "desktop" / "hireplan-mime.xml",
        home / "metainfo" / f"{APP_ID}.metainfo.xml": resource_root() / "desktop" / f"{APP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg": icon_svg(),
    }
    for size in ICON_SIZES:
        targets[home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"] = icon_png(size)
    return targets


def _refresh(home: Path, report: DesktopInstall) -> None:
    """Rebuild the MIME database and the launcher cache, when the system has the tools.

    No icon cache is written: a per-user cache goes stale when anything else adds an icon, and
    desktops watch the icon folders without one.
    """
    steps = (
        ("update-mime-database", [str(home / "mime")], "the .hireplan file type"),
        ("update-desktop-database", [str(home / "applications")], "the launcher cache"),
    )
    for tool, arguments, what in steps:
        found = shutil.which(tool)
        if found is None:
            report.notes.append(f"{tool} was not found, so {what} was not refreshed; log out and in again.")
            continue
        done = subprocess.run([found, *arguments], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            report.notes.append(f"{tool} could not refresh {what}: {done.stderr.strip() or done.returncode}.")


def install_desktop(home: Path | None = None, command: list[str] | None = None) -> DesktopInstall:
    """Install the launcher, icons, file type and metainfo under ``home`` (default: ``data_home()``).

    Raises ``PlanFileError`` with a message for a person when a file cannot be written.
    """
    home = home or data_home()
    report = DesktopInstall(home)
    entry = desktop_entry(command or launcher_command())
    for target, source in _targets(home).items():
        data = entry if source is None else source.read_bytes()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PlanFileError(f"Could not create the folder {target.parent}: {exc.strerror}.") from None
        atomic_write_bytes(target, data)
        report.files.append(target)
    _refresh(home, report)
    return report


def uninstall_desktop(home: Path | None = None) -> DesktopInstall:
    """Remove what ``install_desktop`` wrote under ``home``, and refresh the caches."""
    home = home or data_home()
    report = DesktopInstall(home)
    for target in _targets(home):
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise PlanFileError(f"Could not remove {target}: {exc.strerror}.") from None
        report.files.append(target)
    _refresh(home, report)
    return report


def supported() -> bool:
    """Desktop files mean something on Linux and the BSDs, not on Windows or macOS."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
