"""File › Approve This Version…: who approves, their role and a note; the core signs the content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ApproveDialog(QDialog):
    """Asks for the approver's name (the user name from Settings), role and a note."""

    def __init__(self, plan_title: str, user_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(QCoreApplication.translate("ApproveDialog", "Approve this version"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "ApproveDialog",
                "Record, inside the plan, that this version of “{title}” is approved. The plan is saved "
                "and a copy of the approved version is kept in the .hireplan-backups folder beside it, so "
                "anyone can later see what changed since.",
            ).format(title=plan_title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(user_name)
        self.name.setMaxLength(80)
        self.role = QLineEdit()
        self.role.setPlaceholderText(
            QCoreApplication.translate("ApproveDialog", "For example: Head of People")
        )
        self.role.setMaxLength(120)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate(
                "ApproveDialog", "Optional: what the approval covers or is conditional on"
            )
        )
        form.addRow(QCoreApplication.translate("ApproveDialog", "Approved &by:"), self.name)
        form.addRow(QCoreApplication.translate("ApproveDialog", "&Role:"), self.role)
        form.addRow(QCoreApplication.translate("ApproveDialog", "&Note:"), self.note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button = self.buttons.addButton(
            QCoreApplication.translate("ApproveDialog", "&Approve"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.approve_button.setEnabled(bool(self.name.text().strip()))
