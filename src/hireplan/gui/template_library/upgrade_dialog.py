"""Upgrade from Template…: the preview of what a newer template version would change in the plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from hireplan.model.template_upgrade import Upgrade

_AREA_HEADINGS = {"step": "Steps", "item": "Items", "guidance": "Guidance", "settings": "Settings"}


class UpgradeDialog(QDialog):
    """Lists every change the upgrade makes (and what it keeps); Upgrade applies it as one undo step."""

    def __init__(self, upgrade: Upgrade, current_version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeDialog")
        self.setWindowTitle("Upgrade from template")
        self.resize(720, 480)
        new = upgrade.new
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"“{new.title}” version {new.version} (published by {new.published_by or 'someone'}) "
            f"replaces version {current_version or 'unknown'} of this plan's template. Items already "
            "started or done are kept. You can undo the whole upgrade in one step."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("UpgradeDialog", "What the upgrade changes"))
        self.list.setWordWrap(True)
        for area, heading in _AREA_HEADINGS.items():
            sentences = [change.sentence for change in upgrade.changes if change.area == area]
            if sentences:
                self.list.addItem(f"{heading}:")
                for sentence in sentences:
                    self.list.addItem(f"    {sentence}")
        if not upgrade.changes:
            self.list.addItem("This plan already matches the new version; nothing would change.")
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.upgrade_button = buttons.addButton("&Upgrade", QDialogButtonBox.ButtonRole.AcceptRole)
        self.upgrade_button.setEnabled(not upgrade.empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]
