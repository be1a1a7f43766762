"""The plan changed on disk since this window read or wrote it: never a silent overwrite.

Before every save over the window's own file the content hash is checked
(:class:`~hireplan.gui.shell.shared_plan.DiskWatch`); when it differs the person chooses: reload
theirs, keep mine as a copy beside it, or compare the two first (then choose again).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hireplan.gui.common.prompts import ChangedAnswer, Prompter
from hireplan.gui.shell.format_upgrade import open_plan_file
from hireplan.gui.shell.shared_plan import DiskWatch, copy_path_for
from hireplan.storage.errors import PlanFileError

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from hireplan.gui.document.document import PlanDocument
    from hireplan.model import Plan


class ConflictHost(Protocol):
    """What the File actions lend this module."""

    prompter: Prompter
    disk: DiskWatch
    compare_versions: Callable[[Plan, Plan, str, str], object] | None
    statusMessage: SignalInstance

    @property
    def document(self) -> PlanDocument: ...

    def window(self) -> QWidget: ...

    def user_name(self) -> str: ...

    def write_copy(self, copy: Path) -> bool: ...


def resolve_disk_change(host: ConflictHost, path: Path) -> bool:
    """True when ``path`` is unchanged (go ahead and save); otherwise carry out the person's answer."""
    while host.disk.path is not None and host.disk.changed():
        answer = host.prompter.ask_changed_on_disk(host.window(), path)
        if answer is ChangedAnswer.COMPARE:
            _compare(host, path)
            continue
        if answer is ChangedAnswer.RELOAD:
            _reload_theirs(host, path)
        elif answer is ChangedAnswer.KEEP_COPY:
            copy = copy_path_for(path, host.user_name())
            if host.write_copy(copy):
                host.statusMessage.emit(
                    QCoreApplication.translate(
                        "DiskConflict", "Your version was saved as {copy}; {file} keeps their changes."
                    ).format(copy=copy.name, file=path.name)
                )
        else:
            host.statusMessage.emit(
                QCoreApplication.translate(
                    "DiskConflict", "{file} was not saved: someone else changed it on disk."
                ).format(file=path.name)
            )
        return False
    return True


def _compare(host: ConflictHost, path: Path) -> None:
    try:
        theirs = open_plan_file(path).plan
    except PlanFileError as exc:
        host.prompter.show_error(
            host.window(), QCoreApplication.translate("DiskConflict", "Could not compare"), str(exc)
        )
        return
    if host.compare_versions is not None:
        host.compare_versions(
            theirs,
            host.document.plan,
            QCoreApplication.translate("DiskConflict", "{file} on disk").format(file=path.name),
            QCoreApplication.translate("DiskConflict", "your version"),
        )


def _reload_theirs(host: ConflictHost, path: Path) -> None:
    try:
        opened = open_plan_file(path)
    except PlanFileError as exc:
        host.prompter.show_error(
            host.window(), QCoreApplication.translate("DiskConflict", "Could not reload the plan"), str(exc)
        )
        return
    host.document.replace(opened.plan, path)
    host.disk.track(path, opened.content_hash)
    host.statusMessage.emit(
        QCoreApplication.translate(
            "DiskConflict", "Reloaded {file} as saved by someone else; your changes were dropped."
        ).format(file=path.name)
    )
