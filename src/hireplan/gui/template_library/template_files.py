"""Template files in and out of the library: import a file someone sent (checked completely, asking
before it replaces one of the person's own) and export a template to share.

Paths come through a :class:`~hireplan.gui.common.file_chooser.FileChooser` and questions through
the window's Prompter, so tests drive both; a storage problem is shown as its message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hireplan.gui.common.file_chooser import FileChooser
from hireplan.storage.errors import PlanFileError
from hireplan.storage.template_file import TEMPLATE_SUFFIX, load_template
from hireplan.storage.templates import TemplateInfo, TemplateLibrary

if TYPE_CHECKING:
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.common.prompts import Prompter

TEMPLATE_FILTER = str(
    QT_TRANSLATE_NOOP(
        "TemplateLibraryDialog", "hireplan templates (*.hireplan-template *.json);;All files (*)"
    )
)
"""In English; translated when a file dialog opens (the first pattern is ``TEMPLATE_SUFFIX``)."""


def template_filter() -> str:
    return QCoreApplication.translate("TemplateLibraryDialog", TEMPLATE_FILTER)


class TemplateFiles:
    """Import and export for the library dialog ``parent``; ``plan_path`` says where the open plan
    lives, the folder a file dialog starts in when none was used before."""

    def __init__(
        self,
        parent: QWidget,
        *,
        library: TemplateLibrary,
        files: FileChooser,
        prompter: Prompter,
        settings: AppSettings | None,
        plan_path: Callable[[], Path | None],
    ) -> None:
        self._parent = parent
        self.library = library
        self.files = files
        self.prompter = prompter
        self.settings = settings
        self._plan_path = plan_path

    def import_template(self, user_names: set[str], path: Path | None = None) -> TemplateInfo | None:
        """Add a template file to the person's templates (``user_names``: theirs), after checking it
        completely; None when cancelled or refused."""
        if path is None:
            path = self.files.open_file(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Import a template"),
                self.start_folder(),
                template_filter(),
            )
            if path is None:
                return None
        try:
            template = load_template(path)
            replace = False
            if template.name in user_names:
                if not self.prompter.ask_confirm(
                    self._parent,
                    QCoreApplication.translate("TemplateLibraryDialog", "Replace template?"),
                    QCoreApplication.translate(
                        "TemplateLibraryDialog",
                        "You already have a template called “{name}”. Replace it with the one in “{file}”?",
                    ).format(name=template.name, file=path.name),
                    QCoreApplication.translate("TemplateLibraryDialog", "Replace"),
                ):
                    return None
                replace = True
            info = self.library.import_file(path, replace=replace)
        except PlanFileError as exc:
            self.prompter.show_error(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Could not import the template"),
                str(exc),
            )
            return None
        self._remember_folder(path)
        return info

    def export_template(self, info: TemplateInfo, path: Path | None = None) -> Path | None:
        """Write ``info``'s template (built-in or the person's) to a file to share; None when
        cancelled or refused."""
        if path is None:
            suggested = self.start_folder() / f"{info.name}{TEMPLATE_SUFFIX}"
            path = self.files.save_file(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Export the template as"),
                suggested,
                template_filter(),
                TEMPLATE_SUFFIX,
            )
            if path is None:
                return None
        try:
            self.library.export(info.name, path)
        except PlanFileError as exc:
            self.prompter.show_error(
                self._parent,
                QCoreApplication.translate("TemplateLibraryDialog", "Could not export the template"),
                str(exc),
            )
            return None
        self._remember_folder(path)
        return path

    def start_folder(self) -> Path:
        """The folder last used for a file, else the open plan's, else home."""
        last = self.settings.last_folder() if self.settings is not None else None
        if last is not None and last.is_dir():
            return last
        plan_path = self._plan_path()
        if plan_path is not None:
            return plan_path.parent
        return Path.home()

    def _remember_folder(self, path: Path) -> None:
        if self.settings is not None:
            self.settings.set_last_folder(path.parent)


def imported_text(info: TemplateInfo) -> str:
    return QCoreApplication.translate("TemplateLibraryDialog", "Imported the template “{title}”.").format(
        title=info.title
    )


def exported_text(info: TemplateInfo, path: Path) -> str:
    return QCoreApplication.translate(
        "TemplateLibraryDialog", "Exported the template “{title}” to {file}."
    ).format(title=info.title, file=path.name)
