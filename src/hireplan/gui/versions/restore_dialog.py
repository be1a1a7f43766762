"""File › Restore Earlier Version…: the saves kept in ``.hireplan-backups``, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hireplan.storage.backups import Backup, list_backups


def describe(backup: Backup) -> str:
    """``Saved 2026-12-01 09:30:05`` / ``Approved version saved …``, in the window's language."""
    when = backup.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if backup.approved:
        return QCoreApplication.translate("RestoreDialog", "Approved version saved {when}").format(when=when)
    return QCoreApplication.translate("RestoreDialog", "Saved {when}").format(when=when)


class RestoreDialog(QDialog):
    """Pick a kept version; :attr:`chosen` and :attr:`action` (``restore`` or ``compare``) say what to do."""

    def __init__(self, plan_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore earlier version"))
        self.resize(520, 380)
        self.backups: list[Backup] = list_backups(plan_path)
        self.chosen: Backup | None = None
        self.action = ""
        layout = QVBoxLayout(self)
        if self.backups:
            text = QCoreApplication.translate(
                "RestoreDialog",
                "Earlier versions of “{file}” kept in the .hireplan-backups folder beside it. Restoring "
                "shows the version as unsaved changes: Save keeps it, Revert to Saved goes back to the "
                "file as it is.",
            ).format(file=plan_path.name)
        else:
            text = QCoreApplication.translate(
                "RestoreDialog",
                "No earlier versions of “{file}” are kept yet; each save keeps the one it replaces.",
            ).format(file=plan_path.name)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("RestoreDialog", "Earlier versions of this plan")
        )
        for backup in self.backups:
            QListWidgetItem(describe(backup), self.list)
        if self.backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(QCoreApplication.translate("RestoreDialog", "&Restore"))
        self.compare_button = QPushButton(
            QCoreApplication.translate("RestoreDialog", "&Compare with Current…")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.compare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(bool(self.backups))
        self.compare_button.setEnabled(bool(self.backups))
        self.restore_button.clicked.connect(lambda: self._finish("restore"))
        self.compare_button.clicked.connect(lambda: self._finish("compare"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _finish(self, action: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups):
            self.chosen = self.backups[row]
            self.action = action
            self.accept()
