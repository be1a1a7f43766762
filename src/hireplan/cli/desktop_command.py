"""``hireplan --install-desktop`` / ``--uninstall-desktop``: the app in this person's desktop menus."""

from __future__ import annotations

from hireplan.cli.common_args import EXIT_OK, fail
from hireplan.i18n import _, ngettext

INSTALL = "--install-desktop"
UNINSTALL = "--uninstall-desktop"


def run(flag: str) -> int:
    """Install (or remove) the launcher, icons, file type and metainfo; print what changed."""
    from hireplan import desktop_install
    from hireplan.storage.errors import PlanFileError

    if not desktop_install.supported():
        return fail(
            _(
                "desktop files are for Linux desktops; on Windows and macOS the hireplan bundle's own "
                "launcher carries the icon and opens .hireplan files."
            )
        )
    try:
        install = flag == INSTALL
        report = desktop_install.install_desktop() if install else desktop_install.uninstall_desktop()
    except PlanFileError as err:
        return fail(str(err))
    count = len(report.files)
    if flag == INSTALL:
        done = ngettext(
            "Installed {count} file under {folder}:", "Installed {count} files under {folder}:", count
        )
    else:
        done = ngettext(
            "Removed {count} file under {folder}:", "Removed {count} files under {folder}:", count
        )
    print(done.format(count=count, folder=report.data_home))
    for path in report.files:
        print(f"  {path}")
    for note in report.notes:
        print(note)
    if flag == INSTALL:
        print(_("hireplan is now in your application menu, and .hireplan files open with it."))
    return EXIT_OK
