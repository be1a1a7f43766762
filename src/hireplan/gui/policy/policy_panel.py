"""The "Policy watch" screen: rules that can stop a hire, who watches them, and when they were last read.

"Checked today" stamps today's date on the selected entries as one undo step, the everyday
action after re-reading the sources.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.style import error_style
from hireplan.gui.common.table_views import bind_delete_key, make_table, select_row, selected_ids, tool_button
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.policy.policy_model import PolicyModel


class PolicyPanel(Contained, QWidget):
    """Policy-watch entries: add, delete, edit in place, mark checked today."""

    objectRequested = Signal(str, str)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = PolicyModel(document, self)
        self.view = make_table(
            self.model, "policyTable", QCoreApplication.translate("PolicyPanel", "Policy watch entries")
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.model.editRefused.connect(self.message.setText)

        self.checked_action = QAction(QCoreApplication.translate("PolicyPanel", "Checked &today"), self)
        self.checked_action.setToolTip(
            QCoreApplication.translate(
                "PolicyPanel", "Set the last-checked date of the selected entries to today"
            )
        )
        self.checked_action.triggered.connect(self.mark_checked_today)
        self.add_action = QAction(QCoreApplication.translate("PolicyPanel", "&Add entry"), self)
        self.add_action.triggered.connect(self.add_entry)
        self.delete_action = QAction(QCoreApplication.translate("PolicyPanel", "&Delete"), self)
        self.delete_action.triggered.connect(self.delete_selected)
        bind_delete_key(self.view, self.delete_action)
        self.undo_action = document.undo_action(self, QCoreApplication.translate("PolicyPanel", "&Undo"))
        bar = QHBoxLayout()
        title = QCoreApplication.translate("PolicyPanel", "Policy watch")
        heading = QLabel(f"<b>{html.escape(title)}</b>")
        bar.addWidget(heading)
        bar.addStretch(1)
        for action in (self.checked_action, self.add_action, self.delete_action, self.undo_action):
            bar.addWidget(tool_button(action))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        document.objectsChanged.connect(self._on_settings)
        self._update()
        self._update_intro()
        self._sized = False

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.model.set_live(True)
        if not self._sized:
            self._sized = True
            self.view.resizeColumnsToContents()
            header = self.view.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), 320))

    def _on_settings(self, kind: str, _ids: list[str]) -> None:
        if kind == "settings":
            self._update_intro()

    def _update_intro(self) -> None:
        days = self._document.plan.settings.policy_check_days
        self.intro.setText(
            QCoreApplication.translate(
                "PolicyPanel",
                "Entries not checked in %n day(s) are marked due. Select the ones you have re-read and "
                "press Checked today.",
                None,
                days,
            )
        )

    def _update(self) -> None:
        has = bool(self.selected_ids())
        self.checked_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def selected_ids(self) -> list[str]:
        return selected_ids(self.view)

    def mark_checked_today(self, _checked: bool = False, *, today: date | None = None) -> int:
        """Set last checked = today on the selected entries (one undo step); how many changed."""
        ids = self.selected_ids()
        if not ids:
            return 0
        return self._document.set_fields_many("policy", ids, "last_checked", today or date.today())

    def add_entry(self) -> str:
        entry_id = self._document.add_new("policy")
        self.select_object("policy", entry_id)
        return entry_id

    def delete_selected(self) -> int:
        return self._document.remove_objects("policy", self.selected_ids())

    def select_object(self, kind: str, obj_id: str) -> bool:
        if kind != "policy":
            return False
        row = self.model.row_of(obj_id)
        if row < 0:
            return False
        select_row(self.view, row)
        return True
