"""hireplan in a person's Linux desktop: a launcher, an icon, the .hireplan file type (issue 17).

Checked with the freedesktop tools a desktop itself relies on (desktop-file-validate, appstreamcli,
update-mime-database, and xdg-mime asking GIO as GNOME does), after installing into a temporary
XDG data folder: nothing touches the real home folder.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from hireplan.app_identity import APP_ID, ICON_SIZES, MIME_TYPE, icon_png
from hireplan.desktop_install import desktop_entry, install_desktop, uninstall_desktop

DESKTOP = resources.files("hireplan.resources") / "desktop"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is needed to check the desktop files; run `make test`, which installs it")
    return found


def _run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env)


def test_the_shipped_launcher_and_metainfo_pass_the_freedesktop_validators(tmp_path: Path) -> None:
    launcher = tmp_path / f"{APP_ID}.desktop"
    launcher.write_bytes((DESKTOP / f"{APP_ID}.desktop").read_bytes())
    checked = _run(_tool("desktop-file-validate"), str(launcher))
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout + checked.stderr

    metainfo = tmp_path / f"{APP_ID}.metainfo.xml"
    metainfo.write_bytes((DESKTOP / f"{APP_ID}.metainfo.xml").read_bytes())
    validated = _run(_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(metainfo))
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "Validation was successful" in validated.stdout


def test_the_launcher_names_the_app_id_icon_and_file_type_the_other_files_use() -> None:
    entry = (DESKTOP / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Icon=hireplan\n" in entry and f"MimeType={MIME_TYPE};\n" in entry
    # On X11 Qt names the window's class after the executable ("hireplan", seen with xprop), not
    # the app id: this line lets the desktop group the window under its launcher and icon.
    assert "StartupWMClass=hireplan\n" in entry
    metainfo = ET.fromstring((DESKTOP / f"{APP_ID}.metainfo.xml").read_bytes())
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert metainfo.findtext("provides/mediatype") == MIME_TYPE
    mime = ET.fromstring((DESKTOP / "hireplan-mime.xml").read_bytes())
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    assert mime.find("m:mime-type", ns).get("type") == MIME_TYPE  # type: ignore[union-attr]
    assert mime.find("m:mime-type/m:glob", ns).get("pattern") == "*.hireplan"  # type: ignore[union-attr]


def test_every_icon_size_is_a_png_of_that_size() -> None:
    for size in ICON_SIZES:
        data = icon_png(size).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)


def _installed_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(home)
    env["XDG_CURRENT_DESKTOP"] = "GNOME"  # xdg-mime then asks GIO, which reads shared-mime-info
    return env


def test_after_installing_a_plan_file_is_a_hireplan_plan_by_name_and_by_content(tmp_path: Path) -> None:
    _tool("update-mime-database")
    xdg_mime = _tool("xdg-mime")
    _tool("gio")
    home = tmp_path / "data home"
    report = install_desktop(home, command=["/opt/hire plan/hireplan"])
    assert home / "applications" / f"{APP_ID}.desktop" in report.files
    assert not [note for note in report.notes if "update-mime-database" in note], report.notes

    plan = tmp_path / "team plan.hireplan"
    made = _run(sys.executable, "-m", "hireplan", "new", "--sample", "-o", str(plan))
    assert made.returncode == 0, made.stderr
    renamed = tmp_path / "sent without extension"
    renamed.write_bytes(plan.read_bytes())
    with_bom = tmp_path / "saved by an editor"
    with_bom.write_bytes(b"\xef\xbb\xbf" + plan.read_bytes())
    other = tmp_path / "other.json"
    other.write_text('{"name": "not a plan", "version": 1}\n', encoding="utf-8")

    env = _installed_env(home)
    for path, expected in (
        (plan, MIME_TYPE),
        (renamed, MIME_TYPE),
        (with_bom, MIME_TYPE),
        (other, "application/json"),
    ):
        found = _run(xdg_mime, "query", "filetype", str(path), env=env)
        assert found.stdout.strip() == expected, f"{path.name}: {found.stdout}{found.stderr}"

    launcher = home / "applications" / f"{APP_ID}.desktop"
    checked = _run(_tool("desktop-file-validate"), str(launcher))
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    assert 'Exec="/opt/hire plan/hireplan" %f' in launcher.read_text(encoding="utf-8")
    for size in ICON_SIZES:
        assert (home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "hireplan.png").is_file()

    removed = uninstall_desktop(home)
    assert set(removed.files) == set(report.files)
    assert not any(path.exists() for path in report.files)
    gone = _run(xdg_mime, "query", "filetype", str(renamed), env=env)
    assert gone.stdout.strip() != MIME_TYPE


def test_the_command_line_installs_for_this_person_only(tmp_path: Path) -> None:
    home = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(home))
    done = _run(sys.executable, "-m", "hireplan", "--install-desktop", env=env)
    assert done.returncode == 0, done.stderr
    assert f"under {home}" in done.stdout
    assert "application menu" in done.stdout
    entry = (home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    launcher = entry.split("\nExec=", 1)[1].split(" ", 1)[0]
    assert Path(launcher).is_file(), entry

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    refused = _run(
        sys.executable,
        "-m",
        "hireplan",
        "--install-desktop",
        env=dict(os.environ, XDG_DATA_HOME=str(blocked)),
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("hireplan: ") and "Traceback" not in refused.stderr


def test_exec_quotes_paths_as_the_desktop_entry_spec_asks() -> None:
    entry = desktop_entry(["/home/李/my apps/hireplan", "-m", "100%"]).decode("utf-8")
    assert 'Exec="/home/李/my apps/hireplan" -m 100%% %f\n' in entry
