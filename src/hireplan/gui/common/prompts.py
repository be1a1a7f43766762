"""Every question the window asks a person goes through a ``Prompter``.

The logic (file actions, autosave recovery, locks) never opens a dialog itself: it asks the
prompter, so tests can answer with a fake and the real app answers with standard Qt dialogs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hireplan.i18n import prose_date

if TYPE_CHECKING:
    from hireplan.storage.templates import TemplateInfo

TemplateChooser = Callable[[QWidget | None, "Sequence[TemplateInfo]"], "str | None"]
"""Shows the templates and returns the chosen one's name, or None; the shell passes the template
library's picker, so this module (which every screen may use) imports no screen."""

PLAN_FILTER = str(QT_TRANSLATE_NOOP("QtPrompter", "hireplan plans (*.hireplan);;All files (*)"))
"""The file dialogs' filter, translated where it is used."""
PLAN_SUFFIX = ".hireplan"


class UnsavedAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class LockedAnswer(Enum):
    """What to do with a plan someone else has open (their lock file is beside it)."""

    READ_ONLY = "read-only"
    COPY = "copy"
    TAKE_OVER = "take-over"
    """Only offered when their lock is stale."""
    CANCEL = "cancel"


class ChangedAnswer(Enum):
    """What to do when the file on disk changed since this window opened or saved it."""

    RELOAD = "reload"
    """Show their version; this window's unsaved changes are dropped."""
    KEEP_COPY = "keep-copy"
    """Save this window's plan as a copy beside theirs and go on editing the copy."""
    COMPARE = "compare"
    CANCEL = "cancel"


@dataclass(frozen=True)
class RecoveryOffer:
    """What the person sees when a recovery copy from an earlier session is found."""

    plan_title: str
    plan_path: Path | None
    saved_at: datetime


class Prompter(Protocol):
    """Questions and messages; each method returns the person's answer."""

    def ask_open_path(self, parent: QWidget | None, start_dir: Path | None) -> Path | None: ...

    def ask_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None: ...

    def ask_unsaved_changes(self, parent: QWidget | None, document_name: str) -> UnsavedAnswer: ...

    def ask_restore_recovery(self, parent: QWidget | None, offer: RecoveryOffer) -> bool | None:
        """True: restore; False: delete the copy; None: decide at the next start."""
        ...

    def ask_open_locked(
        self, parent: QWidget | None, path: Path, holder: str, stale: bool
    ) -> LockedAnswer: ...

    def ask_changed_on_disk(self, parent: QWidget | None, path: Path) -> ChangedAnswer: ...

    def ask_template(self, parent: QWidget | None, templates: Sequence[TemplateInfo]) -> str | None: ...

    def ask_confirm(self, parent: QWidget | None, title: str, message: str, action: str) -> bool: ...

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None: ...

    def show_warning(self, parent: QWidget | None, title: str, message: str) -> None: ...

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None: ...


def with_plan_suffix(path: Path) -> Path:
    """Add ``.hireplan`` when the person typed a bare name in the save dialog."""
    return path if path.suffix else path.with_name(path.name + PLAN_SUFFIX)


class QtPrompter:
    """The real app's answers: standard file dialogs and message boxes."""

    def __init__(self, choose_template: TemplateChooser) -> None:
        self._choose_template = choose_template

    def ask_open_path(self, parent: QWidget | None, start_dir: Path | None) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("QtPrompter", "Open plan"),
            str(start_dir or ""),
            QCoreApplication.translate("QtPrompter", PLAN_FILTER),
        )
        return Path(name) if name else None

    def ask_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("QtPrompter", "Save plan as"),
            str(suggested),
            QCoreApplication.translate("QtPrompter", PLAN_FILTER),
        )
        return with_plan_suffix(Path(name)) if name else None

    def ask_unsaved_changes(self, parent: QWidget | None, document_name: str) -> UnsavedAnswer:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("QtPrompter", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate("QtPrompter", "Save the changes to “{name}” first?").format(
                name=document_name
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "QtPrompter", "If you don't save, the changes since the last save are lost."
            )
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return UnsavedAnswer.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.CANCEL

    def ask_restore_recovery(self, parent: QWidget | None, offer: RecoveryOffer) -> bool | None:
        saved_at = offer.saved_at.astimezone()
        when = saved_at.strftime("%H:%M")
        day = prose_date(saved_at.date())
        if offer.plan_path:
            saved = QCoreApplication.translate(
                "QtPrompter", "A recovery copy of “{title}” ({path}) was saved on {day} at {time}."
            ).format(title=offer.plan_title, path=offer.plan_path, day=day, time=when)
        else:
            saved = QCoreApplication.translate(
                "QtPrompter",
                "A recovery copy of “{title}” (a plan that was never saved) was saved on {day} at {time}.",
            ).format(title=offer.plan_title, day=day, time=when)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("QtPrompter", "Recover unsaved changes?"),
            "",
            parent=parent,
        )
        box.setText(QCoreApplication.translate("QtPrompter", "hireplan did not close properly last time."))
        box.setInformativeText(
            saved
            + "\n\n"
            + QCoreApplication.translate(
                "QtPrompter",
                "Restore it now, or delete the recovery copy? Not Now keeps it for the next start.",
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("QtPrompter", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        delete = box.addButton(
            QCoreApplication.translate("QtPrompter", "Delete Copy"), QMessageBox.ButtonRole.DestructiveRole
        )
        later = box.addButton(
            QCoreApplication.translate("QtPrompter", "Not Now"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(restore)
        box.setEscapeButton(later)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is restore else False if clicked is delete else None

    def ask_open_locked(self, parent: QWidget | None, path: Path, holder: str, stale: bool) -> LockedAnswer:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("QtPrompter", "Plan open elsewhere"),
            "",
            parent=parent,
        )
        if stale:
            advice = QCoreApplication.translate(
                "QtPrompter",
                "That lock looks abandoned (its program has stopped, or it has not been refreshed for a "
                "long time). You can take “{file}” over, or open it read-only or as a copy.",
            )
        else:
            advice = QCoreApplication.translate(
                "QtPrompter",
                "To avoid overwriting each other's work, open “{file}” read-only, or open a copy you can "
                "edit and save under another name.",
            )
        box.setText(f"{holder}\n\n{advice.format(file=path.name)}")
        answers: dict[object, LockedAnswer] = {
            box.addButton(
                QCoreApplication.translate("QtPrompter", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole
            ): LockedAnswer.READ_ONLY,
            box.addButton(
                QCoreApplication.translate("QtPrompter", "Open a Copy"), QMessageBox.ButtonRole.ActionRole
            ): LockedAnswer.COPY,
        }
        if stale:
            answers[
                box.addButton(
                    QCoreApplication.translate("QtPrompter", "Take Over"),
                    QMessageBox.ButtonRole.DestructiveRole,
                )
            ] = LockedAnswer.TAKE_OVER
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return answers.get(box.clickedButton(), LockedAnswer.CANCEL)

    def ask_changed_on_disk(self, parent: QWidget | None, path: Path) -> ChangedAnswer:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("QtPrompter", "Plan changed on disk"),
            "",
            parent=parent,
        )
        box.setText(
            QCoreApplication.translate(
                "QtPrompter",
                "“{file}” was changed by someone else since you opened or last saved it. "
                "Saving now would overwrite their changes.",
            ).format(file=path.name)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "QtPrompter",
                "Reload theirs (your unsaved changes are dropped), keep yours as a copy beside it, "
                "or compare the two first.",
            )
        )
        role = QMessageBox.ButtonRole
        answers: dict[object, ChangedAnswer] = {
            box.addButton(
                QCoreApplication.translate("QtPrompter", "Reload Theirs"), role.DestructiveRole
            ): ChangedAnswer.RELOAD,
            box.addButton(
                QCoreApplication.translate("QtPrompter", "Keep Mine as a Copy"), role.AcceptRole
            ): ChangedAnswer.KEEP_COPY,
            box.addButton(
                QCoreApplication.translate("QtPrompter", "Compare…"), role.ActionRole
            ): ChangedAnswer.COMPARE,
        }
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return answers.get(box.clickedButton(), ChangedAnswer.CANCEL)

    def ask_template(self, parent: QWidget | None, templates: Sequence[TemplateInfo]) -> str | None:
        return self._choose_template(parent, templates)

    def ask_confirm(self, parent: QWidget | None, title: str, message: str, action: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.NoButton, parent
        )
        confirm = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is confirm

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.critical(parent, title, message)

    def show_warning(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)


class QuietPrompter:
    """Answers for ``--smoke``: never blocks, declines every question, reports to stderr."""

    def ask_open_path(self, parent: QWidget | None, start_dir: Path | None) -> Path | None:
        return None

    def ask_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        return None

    def ask_unsaved_changes(self, parent: QWidget | None, document_name: str) -> UnsavedAnswer:
        return UnsavedAnswer.DISCARD

    def ask_restore_recovery(self, parent: QWidget | None, offer: RecoveryOffer) -> bool | None:
        return None

    def ask_open_locked(self, parent: QWidget | None, path: Path, holder: str, stale: bool) -> LockedAnswer:
        return LockedAnswer.READ_ONLY

    def ask_changed_on_disk(self, parent: QWidget | None, path: Path) -> ChangedAnswer:
        return ChangedAnswer.CANCEL

    def ask_template(self, parent: QWidget | None, templates: Sequence[TemplateInfo]) -> str | None:
        return None

    def ask_confirm(self, parent: QWidget | None, title: str, message: str, action: str) -> bool:
        return False

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        _stderr(f"{title}: {message}")

    def show_warning(self, parent: QWidget | None, title: str, message: str) -> None:
        _stderr(f"{title}: {message}")

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        pass


def _stderr(text: str) -> None:
    print(text, file=sys.stderr)
