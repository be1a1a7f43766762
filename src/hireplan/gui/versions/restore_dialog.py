"""File › Restore Earlier Version…: the saves kept in ``.hireplan-backups``, newest first."""

from __future__ import annotations

from pathlib import Path

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


class RestoreDialog(QDialog):
    """Pick a kept version; :attr:`chosen` and :attr:`action` (``restore`` or ``compare``) say what to do."""

    def __init__(self, plan_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore earlier version")
        self.resize(520, 380)
        self.backups: list[Backup] = list_backups(plan_path)
        self.chosen: Backup | None = None
        self.action = ""
        layout = QVBoxLayout(self)
        if self.backups:
            text = (
                f"Earlier versions of “{plan_path.name}” kept in the .hireplan-backups folder beside "
                "it. Restoring shows the version as unsaved changes: Save keeps it, Revert to Saved "
                "goes back to the file as it is."
            )
        else:
            text = (
                f"No earlier versions of “{plan_path.name}” are kept yet; each save keeps the one it "
                "replaces."
            )
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        for backup in self.backups:
            QListWidgetItem(backup.describe(), self.list)
        if self.backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton("Restore")
        self.compare_button = QPushButton("Compare with Current…")
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
