"""The library dialog's row of buttons: what can be done with the templates, and with the one selected.

Rename and Delete are offered only for the person's own templates; for a built-in or team template
they show as unavailable with the reason as their tooltip (the words of
:func:`~hireplan.gui.template_library.read_only_templates.read_only_reason`), instead of being
offered and then refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from hireplan.storage.templates import TemplateInfo


class TemplateButtons(QDialogButtonBox):
    """Close, and the six actions; the dialog connects each button's ``clicked``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QDialogButtonBox.StandardButton.Close, parent)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.new_button = QPushButton(
            QCoreApplication.translate("TemplateLibraryDialog", "&New Plan from Template")
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("TemplateLibraryDialog", "&Save Current Plan as Template…")
        )
        self.import_button = QPushButton(QCoreApplication.translate("TemplateLibraryDialog", "&Import…"))
        self.export_button = QPushButton(QCoreApplication.translate("TemplateLibraryDialog", "E&xport…"))
        self.rename_button = QPushButton(QCoreApplication.translate("TemplateLibraryDialog", "&Rename…"))
        self.delete_button = QPushButton(QCoreApplication.translate("TemplateLibraryDialog", "&Delete"))
        self.new_button.setDefault(True)
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.new_button.setToolTip(
            QCoreApplication.translate(
                "TemplateLibraryDialog", "Start a new plan; owners, dates and statuses start empty"
            )
        )
        self.save_button.setToolTip(
            QCoreApplication.translate(
                "TemplateLibraryDialog", "Keep the open plan's structure for the next hiring round"
            )
        )
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "TemplateLibraryDialog", "Add a template file someone sent you to your templates"
            )
        )
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "TemplateLibraryDialog", "Write the selected template to a file to share it"
            )
        )
        for button in (
            self.new_button,
            self.save_button,
            self.import_button,
            self.export_button,
            self.rename_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
            self.addButton(button, role)
        self.new_button.setAutoDefault(True)

    def follow_selection(self, info: TemplateInfo | None, read_only_reason: str) -> None:
        """Offer what can be done with the selected template (``info``; None when none is);
        ``read_only_reason`` says why it cannot be renamed or deleted, empty when it can."""
        for button in (self.new_button, self.export_button, self.rename_button, self.delete_button):
            button.setEnabled(info is not None)
        if info is None:
            return
        for button in (self.rename_button, self.delete_button):
            button.setEnabled(not read_only_reason)
        self.rename_button.setToolTip(
            read_only_reason
            or QCoreApplication.translate("TemplateLibraryDialog", "Give this template a new name")
        )
        self.delete_button.setToolTip(
            read_only_reason or QCoreApplication.translate("TemplateLibraryDialog", "Remove this template")
        )
