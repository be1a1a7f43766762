"""What the File actions say, in the window's language: their menu texts, and the sentences a
longer decision ends with (how a plan was opened, what to do when a save failed).

Kept beside :mod:`hireplan.gui.shell.file_actions` so that module reads as the decisions it makes.
Every sentence is a whole Qt message (context ``FileActions``) with named placeholders.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from hireplan.gui.shell.shared_plan import LockDecision, OpenMode
from hireplan.storage.plan_file import OpenedPlan


class FileSlots(Protocol):
    """What the File menu's own actions run (:class:`hireplan.gui.shell.file_actions.FileActions`)."""

    def new_plan(self) -> bool: ...

    def open_dialog(self) -> bool: ...

    def save(self) -> bool: ...

    def save_as(self) -> bool: ...

    def revert(self) -> bool: ...


ActionRow = tuple[str, str, QKeySequence.StandardKey | None, Callable[[], object], str]


def file_actions(files: FileSlots) -> list[ActionRow]:
    """New, Open, Save, Save As and Revert: text, status tip, standard key, slot and theme icon."""
    translate = QCoreApplication.translate
    keys = QKeySequence.StandardKey
    return [
        (
            translate("FileActions", "&New…"),
            translate("FileActions", "Start a new plan from a template"),
            keys.New,
            files.new_plan,
            "document-new",
        ),
        (
            translate("FileActions", "&Open…"),
            translate("FileActions", "Open a .hireplan file"),
            keys.Open,
            files.open_dialog,
            "document-open",
        ),
        (
            translate("FileActions", "&Save"),
            translate("FileActions", "Save the plan"),
            keys.Save,
            files.save,
            "document-save",
        ),
        (
            translate("FileActions", "Save &As…"),
            translate("FileActions", "Save the plan under a new name"),
            keys.SaveAs,
            files.save_as,
            "document-save-as",
        ),
        (
            translate("FileActions", "Re&vert to Saved"),
            translate("FileActions", "Throw away unsaved changes and reload the file"),
            None,
            files.revert,
            "document-revert",
        ),
    ]


def keep_editing() -> str:
    """The end of every failed save: nothing was lost, and what to try."""
    return QCoreApplication.translate(
        "FileActions", "Your changes are still here, unsaved. Try Save As to keep them somewhere else."
    )


def opened(path: Path, decision: LockDecision | None, read_only: str | None, plan: OpenedPlan) -> str:
    """What the status bar says once a plan is open: how it opened, and anything the file needed."""
    name = path.name
    if decision is not None and decision.mode is OpenMode.READ_ONLY:
        return QCoreApplication.translate(
            "FileActions", "Opened {file} read-only: someone else has it open."
        ).format(file=name)
    if read_only:
        return QCoreApplication.translate(
            "FileActions", "Opened {file} read-only: you do not have permission to change it."
        ).format(file=name)
    if decision is not None and decision.notice:
        return decision.notice
    if plan.older:
        return QCoreApplication.translate(
            "FileActions", "Opened {file}, saved in an older file format."
        ).format(file=name)
    if plan.notes:
        first = QCoreApplication.translate("FileActions", "Opened {file}.").format(file=name)
        return " ".join((first, *plan.notes))
    return QCoreApplication.translate("FileActions", "Opened {file}").format(file=name)
