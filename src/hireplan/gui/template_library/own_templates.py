"""The person's own templates changed from the library dialog: save the open plan as one (asking
before it replaces one of theirs), rename one, delete one (after asking).

Built-in and team templates are refused with the words of
:mod:`~hireplan.gui.template_library.read_only_templates`; a storage problem is shown as its
message. Each call returns what changed (or None/False) and the dialog refreshes its list and says
so in the status bar with the ``…_text`` functions here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from hireplan.gui.template_library.read_only_templates import delete_refusal, rename_refusal
from hireplan.gui.template_library.template_forms import RenameTemplateDialog, TemplateDetails
from hireplan.model import Plan
from hireplan.storage.errors import PlanFileError
from hireplan.storage.templates import TemplateInfo, TemplateLibrary

if TYPE_CHECKING:
    from hireplan.gui.common.prompts import Prompter


class OwnTemplates:
    """Save, rename and delete for the library dialog ``parent``, over ``library``."""

    def __init__(self, parent: QWidget, *, library: TemplateLibrary, prompter: Prompter) -> None:
        self._parent = parent
        self.library = library
        self.prompter = prompter

    def save_plan(self, plan: Plan, details: TemplateDetails, user_names: set[str]) -> TemplateInfo | None:
        """Store ``plan`` as one of the person's templates (``user_names``: theirs, one of which it
        may replace after asking); None when cancelled or refused."""
        replace = False
        if details.name in user_names:
            if not self.prompter.ask_confirm(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Replace template?"),
                QCoreApplication.translate(
                    "TemplateLibraryDialog",
                    "You already have a template called “{name}”. Replace it with this plan?",
                ).format(name=details.name),
                QCoreApplication.translate("TemplateLibraryDialog", "Replace"),
            ):
                return None
            replace = True
        try:
            return self.library.save_plan_as_template(
                plan,
                name=details.name,
                title=details.title,
                description=details.description,
                region_tags=details.region_tags,
                version=details.version,
                include_offers=details.include_offers,
                replace=replace,
            )
        except PlanFileError as exc:
            self.prompter.show_error(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Could not save the template"),
                str(exc),
            )
            return None

    def rename(
        self, info: TemplateInfo, new_name: str | None = None, new_title: str | None = None
    ) -> TemplateInfo | None:
        """Rename one of the person's templates (asks for the new name when None); others refused."""
        refusal = rename_refusal(info)
        if refusal is not None:
            self.prompter.show_error(self._parent, *refusal)
            return None
        if new_name is None:
            form = RenameTemplateDialog(info, self._parent)
            if form.exec() != QDialog.DialogCode.Accepted:
                return None
            new_name, new_title = form.values()
        try:
            return self.library.rename(info.name, new_name, new_title)
        except PlanFileError as exc:
            self.prompter.show_error(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Could not rename the template"),
                str(exc),
            )
            return None

    def delete(self, info: TemplateInfo) -> bool:
        """Delete one of the person's templates after asking; others refused with a message."""
        refusal = delete_refusal(info)
        if refusal is not None:
            self.prompter.show_error(self._parent, *refusal)
            return False
        if not self.prompter.ask_confirm(
            self._parent,
            QCoreApplication.translate("TemplateLibraryDialog", "Delete template?"),
            QCoreApplication.translate(
                "TemplateLibraryDialog",
                "Delete “{title}” from your templates? Plans made from it are not affected. "
                "This cannot be undone; export it first to keep a copy.",
            ).format(title=info.title),
            QCoreApplication.translate("TemplateLibraryDialog", "Delete"),
        ):
            return False
        try:
            self.library.delete(info.name)
        except PlanFileError as exc:
            self.prompter.show_error(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Could not delete the template"),
                str(exc),
            )
            return False
        return True


def saved_text(info: TemplateInfo) -> str:
    """The status line after the plan was saved as the template ``info``."""
    return QCoreApplication.translate(
        "TemplateLibraryDialog", "Saved the plan as the template “{title}”."
    ).format(title=info.title)


def renamed_text(info: TemplateInfo) -> str:
    """The status line after a template was renamed to ``info``."""
    return QCoreApplication.translate("TemplateLibraryDialog", "Renamed the template to “{title}”.").format(
        title=info.title
    )


def deleted_text(info: TemplateInfo) -> str:
    """The status line after the template ``info`` was deleted."""
    return QCoreApplication.translate("TemplateLibraryDialog", "Deleted the template “{title}”.").format(
        title=info.title
    )
