"""Build the one-folder bundle with PyInstaller and archive it: ``make dist``.

    python scripts/build_dist.py [--dist DIR] [--work DIR]

Writes DIR/hireplan/ (the bundle) and DIR/hireplan-<version>-<platform>-<machine>.tar.gz, and
prints the archive's size and how long the build took. Works on Linux, Windows and macOS, each
building for itself (see README, "A bundle without Python").
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "packaging" / "hireplan.spec"


def archive_name(version: str) -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"hireplan-{version}-{system}-{platform.machine().lower()}.tar.gz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from hireplan import __version__

    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(args.dist),
            "--workpath",
            str(args.work),
            str(SPEC),
        ],
        check=True,
    )
    folder = args.dist / ("hireplan.app" if sys.platform == "darwin" else "hireplan")
    archive = args.dist / archive_name(__version__)
    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    seconds = time.monotonic() - started
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle:  {folder}  ({size / 1e6:.1f} MB unpacked)")
    print(f"archive: {archive}  ({archive.stat().st_size / 1e6:.1f} MB)")
    print(f"built in {seconds:.0f} s")
    shutil.rmtree(args.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
