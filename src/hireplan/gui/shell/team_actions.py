"""File › Publish to Team Library… and Upgrade from Template…: the team template library in the window.

The library is the folder set in Settings (on the team's share); publishing and upgrades are
decided in the core (``storage.team_library``, ``model.template_upgrade``).  An upgrade is applied
through the document as ONE undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import Prompter
from hireplan.gui.document.document import PlanDocument
from hireplan.model import Template, TemplateOrigin
from hireplan.model.template_plans import plan_skeleton
from hireplan.storage.errors import PlanFileError
from hireplan.storage.templates import slugify

if TYPE_CHECKING:
    from hireplan.storage.team_library import TeamLibrary


class TeamActions(QObject):
    def __init__(
        self,
        window: QWidget,
        *,
        document: PlanDocument,
        settings: AppSettings,
        prompter: Prompter,
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._settings = settings
        self._prompter = prompter
        self._show_status = show_status
        self.publish_action = QAction(
            QCoreApplication.translate("TeamActions", "P&ublish to Team Library…"), window
        )
        self.publish_action.setStatusTip(
            QCoreApplication.translate(
                "TeamActions", "Publish this plan's steps, guidance and settings as a team template"
            )
        )
        self.publish_action.triggered.connect(lambda _c=False: self.publish())
        self.upgrade_action = QAction(
            QCoreApplication.translate("TeamActions", "Up&grade from Template…"), window
        )
        self.upgrade_action.setStatusTip(
            QCoreApplication.translate(
                "TeamActions", "Bring this plan up to the newest version of its team template"
            )
        )
        self.upgrade_action.triggered.connect(lambda _c=False: self.upgrade())

    @property
    def actions(self) -> list[QAction]:
        return [self.publish_action, self.upgrade_action]

    def _library(self) -> TeamLibrary | None:
        folder = self._settings.team_library()
        if folder is None:
            self._prompter.show_info(
                self._window,
                QCoreApplication.translate("TeamActions", "No team library"),
                QCoreApplication.translate(
                    "TeamActions",
                    "Set the team template library folder (a folder on your team's shared drive) in "
                    "Edit › Settings first.",
                ),
            )
            return None
        # Imported on first use: most sessions never publish, and start-up need not load it.
        from hireplan.storage.team_library import TeamLibrary

        return TeamLibrary(folder)

    def publish(self) -> bool:
        library = self._library()
        if library is None:
            return False
        plan = self._document.plan
        origin = plan.template_origin
        name = origin.name if origin is not None else slugify(plan.title)
        current = library.get(name) if name else None
        next_version = int(current.version) + 1 if current is not None and current.version.isdigit() else 1
        if not self._prompter.ask_confirm(
            self._window,
            QCoreApplication.translate("TeamActions", "Publish to team library"),
            QCoreApplication.translate(
                "TeamActions",
                "Publish this plan's steps, guidance and settings as version {version} of the team "
                "template “{name}” in {folder}? Everyone using the library will see it.",
            ).format(version=next_version, name=name, folder=library.folder),
            QCoreApplication.translate("TeamActions", "Publish"),
        ):
            return False
        try:
            template = Template(
                name=name,
                title=origin.title if origin and origin.title else plan.title,
                plan=plan_skeleton(plan),
            )
            published = library.publish(template, by=self._settings.user_name())
        except (PlanFileError, ValueError) as exc:
            self._prompter.show_error(
                self._window, QCoreApplication.translate("TeamActions", "Could not publish"), str(exc)
            )
            return False
        record = TemplateOrigin(name=published.name, version=published.version, title=published.title)
        self._document.set_field("plan", plan.id, "template_origin", record)  # this plan is that version now
        self._show_status(
            QCoreApplication.translate(
                "TeamActions", "Published “{title}” version {version} to the team library."
            ).format(title=published.title, version=published.version)
        )
        return True

    def upgrade(self) -> bool:
        from hireplan.gui.template_library.upgrade_dialog import UpgradeDialog
        from hireplan.model.template_upgrade import plan_upgrade

        library = self._library()
        if library is None:
            return False
        plan = self._document.plan
        origin = plan.template_origin
        newest = library.get(origin.name) if origin is not None else None
        if origin is None or newest is None:
            self._prompter.show_info(
                self._window,
                QCoreApplication.translate("TeamActions", "No template to upgrade from"),
                QCoreApplication.translate(
                    "TeamActions",
                    "This plan was not started from a template in the team library, so there is no newer "
                    "version to upgrade to.",
                ),
            )
            return False
        old = library.get(origin.name, int(origin.version)) if origin.version.isdigit() else None
        upgrade = plan_upgrade(plan, newest, old)
        dialog = UpgradeDialog(upgrade, origin.version, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or upgrade.empty:
            return False
        document = self._document
        step = QCoreApplication.translate("TeamActions", "Upgrade to template version {version}")
        with document.macro(step.format(version=newest.version)):
            document.change(
                upgrade.fields,
                QCoreApplication.translate("TeamActions", "Upgrade the fields the template sets"),
            )
            for step_id, row, item in upgrade.inserts:
                document.insert_items(step_id, row, [item])
            if upgrade.removals:
                document.remove_items(upgrade.removals)
        self._show_status(
            QCoreApplication.translate(
                "TeamActions", "Upgraded to template version {version}; Undo takes it back in one step."
            ).format(version=newest.version)
        )
        return True
