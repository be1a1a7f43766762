"""File › Restore Earlier Version…, Compare with File…, Approve This Version…, and the Compare
dialog the changed-on-disk question opens.  The dialogs live in ``gui/versions`` (imported when
first used); backups, approvals and the diff are decided in the core."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import Prompter
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.shell.file_actions import FileActions
from hireplan.gui.shell.format_upgrade import open_plan_file
from hireplan.model import Plan
from hireplan.storage.errors import PlanFileError

if TYPE_CHECKING:
    from hireplan.gui.versions.compare_dialog import CompareDialog


def approval_title(plan: Plan) -> str:
    """``Approved on 2026-12-01 by Li Na (CHRO)`` or ``Changed since approval…`` for the title; empty
    when the plan was never approved."""
    if plan.approval is None:
        return ""
    from hireplan.storage.approvals import approval_summary  # noqa: PLC0415 - hashing loads on use

    return approval_summary(plan).rstrip(".。")


class VersionActions(QObject):
    def __init__(
        self,
        window: QWidget,
        *,
        document: PlanDocument,
        files: FileActions,
        settings: AppSettings,
        prompter: Prompter,
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._files = files
        self._settings = settings
        self._prompter = prompter
        self._show_status = show_status
        self.last_compare: CompareDialog | None = None
        translate = QCoreApplication.translate
        self.restore_action = QAction(translate("VersionActions", "Restore Earl&ier Version…"), window)
        self.restore_action.setStatusTip(
            translate("VersionActions", "Go back to one of the last saves kept beside the plan")
        )
        self.restore_action.triggered.connect(lambda _c=False: self.restore())
        self.compare_action = QAction(translate("VersionActions", "Co&mpare with File…"), window)
        self.compare_action.setStatusTip(
            translate("VersionActions", "Show what differs between this plan and another version of it")
        )
        self.compare_action.triggered.connect(lambda _c=False: self.compare_with_file())
        self.compare_approved_action = QAction(
            translate("VersionActions", "Compare with Approve&d Version"), window
        )
        self.compare_approved_action.setStatusTip(
            translate("VersionActions", "Show what changed since this plan was approved")
        )
        self.compare_approved_action.triggered.connect(lambda _c=False: self.compare_with_approved())
        self.approve_action = QAction(translate("VersionActions", "A&pprove This Version…"), window)
        self.approve_action.setStatusTip(
            translate("VersionActions", "Record who approved this version of the plan, and keep a copy of it")
        )
        self.approve_action.triggered.connect(lambda _c=False: self.approve())
        files.compare_versions = self.compare
        document.pathChanged.connect(self._update_enabled)
        document.readOnlyChanged.connect(self._update_enabled)
        self._update_enabled()

    @property
    def actions(self) -> list[QAction]:
        return [self.restore_action, self.compare_action, self.compare_approved_action, self.approve_action]

    def _update_enabled(self, *_args: object) -> None:
        saved = self._document.path is not None
        self.restore_action.setEnabled(saved)
        self.compare_approved_action.setEnabled(saved)
        self.approve_action.setEnabled(saved and not self._document.read_only)

    def compare(self, old: Plan, new: Plan, old_label: str, new_label: str) -> CompareDialog:
        from hireplan.gui.versions.compare_dialog import CompareDialog  # noqa: PLC0415 - loaded when used

        dialog = CompareDialog(old, new, old_label, new_label, self._window)
        self.last_compare = dialog
        dialog.open()
        return dialog

    def compare_with_file(self) -> bool:
        path = self._prompter.ask_open_path(
            self._window, self._document.path.parent if self._document.path else None
        )
        if path is None:
            return False
        try:
            other = open_plan_file(path).plan
        except PlanFileError as exc:
            self._prompter.show_error(
                self._window, QCoreApplication.translate("VersionActions", "Could not compare"), str(exc)
            )
            return False
        self.compare(
            other,
            self._document.plan,
            QCoreApplication.translate("VersionActions", "“{file}”").format(file=path.name),
            QCoreApplication.translate("VersionActions", "this plan"),
        )
        return True

    def compare_with_approved(self) -> bool:
        """Compare the plan with its approved copy (kept in ``.hireplan-backups``)."""
        from hireplan.storage.approvals import approved_version  # noqa: PLC0415

        path, plan = self._document.path, self._document.plan
        try:
            approved = approved_version(path, plan) if path is not None else None
        except PlanFileError as exc:
            self._prompter.show_error(
                self._window, QCoreApplication.translate("VersionActions", "Could not compare"), str(exc)
            )
            return False
        if approved is None:
            self._prompter.show_info(
                self._window,
                QCoreApplication.translate("VersionActions", "No approved version"),
                QCoreApplication.translate(
                    "VersionActions",
                    "This plan has no approved version kept beside it; use File › Approve This Version… "
                    "to record one.",
                ),
            )
            return False
        self.compare(
            approved,
            plan,
            QCoreApplication.translate("VersionActions", "the approved version"),
            QCoreApplication.translate("VersionActions", "this plan"),
        )
        return True

    def restore(self) -> bool:
        from hireplan.gui.versions.restore_dialog import RestoreDialog  # noqa: PLC0415 - loaded when used

        path = self._document.path
        if path is None:
            return False
        dialog = RestoreDialog(path, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        chosen = dialog.chosen
        try:
            earlier = open_plan_file(chosen.path).plan
        except PlanFileError as exc:
            self._prompter.show_error(
                self._window, QCoreApplication.translate("VersionActions", "Could not restore"), str(exc)
            )
            return False
        if dialog.action == "compare":
            self.compare(
                earlier,
                self._document.plan,
                chosen.describe().lower(),
                QCoreApplication.translate("VersionActions", "this plan"),
            )
            return True
        if not self._files.maybe_save():
            return False
        self._document.replace(earlier, path)
        self._document.undo_stack.resetClean()  # restored content is unsaved until saved
        self._show_status(
            QCoreApplication.translate(
                "VersionActions", "Restored the version {version}; save to keep it."
            ).format(version=chosen.describe().lower())
        )
        return True

    def approve(self) -> bool:
        from hireplan.gui.versions.approve_dialog import ApproveDialog  # noqa: PLC0415 - loaded when used
        from hireplan.storage.approvals import approve, keep_approved  # noqa: PLC0415

        path = self._document.path
        if path is None or self._document.read_only:
            return False
        dialog = ApproveDialog(self._document.plan.title, self._settings.user_name(), self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        signed = approve(
            self._document.plan,
            by=dialog.name.text().strip(),
            role=dialog.role.text().strip(),
            note=dialog.note.toPlainText().strip(),
        )
        plan = self._document.plan
        self._document.set_field("plan", plan.id, "approval", signed.approval)
        if not self._files.save():
            return False
        try:
            kept = keep_approved(path, self._document.plan)
        except OSError as exc:
            self._prompter.show_warning(
                self._window,
                QCoreApplication.translate("VersionActions", "Approved, but no copy kept"),
                QCoreApplication.translate(
                    "VersionActions",
                    "The approval is saved in the plan, but the approved copy could not be kept in "
                    ".hireplan-backups ({reason}). Comparing with the approved version will not be possible.",
                ).format(reason=exc.strerror or exc),
            )
            return True
        self._show_status(
            QCoreApplication.translate(
                "VersionActions", "Approved; the approved version is kept as {file}."
            ).format(file=kept.name)
        )
        return True
