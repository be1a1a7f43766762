"""Upgrade from Template…: the preview of what a newer template version would change in the plan."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from hireplan.model.template_upgrade import Upgrade

_AREA_HEADINGS = {
    "step": str(QT_TRANSLATE_NOOP("UpgradeDialog", "Steps:")),
    "item": str(QT_TRANSLATE_NOOP("UpgradeDialog", "Items:")),
    "guidance": str(QT_TRANSLATE_NOOP("UpgradeDialog", "Guidance:")),
    "settings": str(QT_TRANSLATE_NOOP("UpgradeDialog", "Settings:")),
}
"""Each area's heading in the list, in English; translated when shown."""


class UpgradeDialog(QDialog):
    """Lists every change the upgrade makes (and what it keeps); Upgrade applies it as one undo step."""

    def __init__(self, upgrade: Upgrade, current_version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeDialog")
        self.setWindowTitle(QCoreApplication.translate("UpgradeDialog", "Upgrade from template"))
        self.resize(720, 480)
        new = upgrade.new
        layout = QVBoxLayout(self)
        if new.published_by:
            text = QCoreApplication.translate(
                "UpgradeDialog",
                "“{title}” version {version} (published by {who}) replaces version {current} "
                "of this plan's template. Items already started or done are kept. "
                "You can undo the whole upgrade in one step.",
            )
        else:
            text = QCoreApplication.translate(
                "UpgradeDialog",
                "“{title}” version {version} (published by someone) replaces version {current} "
                "of this plan's template. Items already started or done are kept. "
                "You can undo the whole upgrade in one step.",
            )
        current = current_version or QCoreApplication.translate("UpgradeDialog", "unknown")
        intro = QLabel(
            text.format(title=new.title, version=new.version, who=new.published_by, current=current)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("UpgradeDialog", "What the upgrade changes"))
        self.list.setWordWrap(True)
        for area, heading in _AREA_HEADINGS.items():
            sentences = [change.sentence for change in upgrade.changes if change.area == area]
            if sentences:
                self.list.addItem(QCoreApplication.translate("UpgradeDialog", heading))
                for sentence in sentences:
                    self.list.addItem(f"    {sentence}")
        if not upgrade.changes:
            self.list.addItem(
                QCoreApplication.translate(
                    "UpgradeDialog", "This plan already matches the new version; nothing would change."
                )
            )
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.upgrade_button = buttons.addButton(
            QCoreApplication.translate("UpgradeDialog", "&Upgrade"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.upgrade_button.setEnabled(not upgrade.empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]
