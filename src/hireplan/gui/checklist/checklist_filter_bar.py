"""The checklist's filter bar: text, status, owner, tag and "overdue only", over the filter proxy.

Each control sets one criterion of :class:`~hireplan.gui.checklist.checklist_filter.ChecklistFilterProxy`
as it changes; :meth:`ChecklistFilterBar.refill` keeps the owner and tag lists to what the plan uses.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from hireplan.gui.checklist.checklist_cells import status_name
from hireplan.gui.checklist.checklist_filter import UNASSIGNED, ChecklistFilterProxy
from hireplan.gui.common.style import status_icon
from hireplan.model.checklist import Status


class ChecklistFilterBar(QWidget):
    """The filter controls in one row; ``clear_filters_button`` is for the panel to connect."""

    def __init__(self, proxy: ChecklistFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate("ChecklistFilterBar", "Filter items (text, owner, notes, tags)…")
        )
        self.filter_edit.setAccessibleName(QCoreApplication.translate("ChecklistFilterBar", "Filter items"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(proxy.set_text)
        self.status_filter = QComboBox(self)
        self.status_filter.setToolTip(
            QCoreApplication.translate("ChecklistFilterBar", "Show items with this status")
        )
        self.status_filter.addItem(QCoreApplication.translate("ChecklistFilterBar", "Any status"), None)
        for status in Status:
            self.status_filter.addItem(status_icon(status), status_name(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: proxy.set_status(self.status_filter.currentData())
        )
        self.owner_filter = QComboBox(self)
        self.owner_filter.setToolTip(
            QCoreApplication.translate("ChecklistFilterBar", "Show items this person owns")
        )
        self.owner_filter.setMinimumContentsLength(12)
        self.owner_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner_filter.currentIndexChanged.connect(
            lambda _i: proxy.set_owner(self.owner_filter.currentData())
        )
        self.tag_filter = QComboBox(self)
        self.tag_filter.setToolTip(
            QCoreApplication.translate("ChecklistFilterBar", "Show items with this tag")
        )
        self.tag_filter.setMinimumContentsLength(10)
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_filter.currentIndexChanged.connect(lambda _i: proxy.set_tag(self.tag_filter.currentData()))
        self.overdue_filter = QCheckBox(
            QCoreApplication.translate("ChecklistFilterBar", "&Overdue only"), self
        )
        self.overdue_filter.toggled.connect(proxy.set_overdue_only)
        self.clear_filters_button = QToolButton(self)
        self.clear_filters_button.setText(QCoreApplication.translate("ChecklistFilterBar", "C&lear filters"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)  # the last button's border clear of the window's edge
        layout.addWidget(self.filter_edit, 1)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.owner_filter)
        layout.addWidget(self.tag_filter)
        layout.addWidget(self.overdue_filter)
        layout.addWidget(self.clear_filters_button)
        for first, second in itertools.pairwise(
            (
                self.filter_edit,
                self.status_filter,
                self.owner_filter,
                self.tag_filter,
                self.overdue_filter,
                self.clear_filters_button,
            )
        ):
            self.setTabOrder(first, second)

    def clear(self) -> None:
        """Show every item again."""
        self.filter_edit.clear()
        self.status_filter.setCurrentIndex(0)
        self.owner_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        self._proxy.clear_filters()

    def refill(self, owners: list[str], tags: list[str]) -> None:
        """Offer the owners and tags now in use, keeping the chosen one while it still exists."""
        for combo, values, any_text in (
            (self.owner_filter, owners, QCoreApplication.translate("ChecklistFilterBar", "Any owner")),
            (self.tag_filter, tags, QCoreApplication.translate("ChecklistFilterBar", "Any tag")),
        ):
            fixed = 2 if combo is self.owner_filter else 1  # "Any owner", "Nobody yet"
            if [combo.itemData(row) for row in range(fixed, combo.count())] == values:
                continue  # most edits change neither the owners nor the tags in use
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            if combo is self.owner_filter:
                combo.addItem(QCoreApplication.translate("ChecklistFilterBar", "Nobody yet"), UNASSIGNED)
            for value in values:
                combo.addItem(value, value)
            position = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
            if position < 0:  # the filtered owner or tag is gone: stop filtering by it
                combo.setCurrentIndex(0)
                if combo is self.owner_filter:
                    self._proxy.set_owner(None)
                else:
                    self._proxy.set_tag(None)
