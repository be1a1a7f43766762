"""The risk register's in-place editors: spin boxes for likelihood and impact, a status list, and a
clearable date for the next review. Editors only collect a value; the model turns it into an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.date_edit import DueDateEditor
from hireplan.gui.risks.risks_model import Column, Index
from hireplan.model.risk import RiskStatus


class RisksDelegate(Contained, QStyledItemDelegate):
    """Spin boxes for likelihood and impact, a status list, and a clearable date for the review."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = Column(index.column())
        if column in (Column.LIKELIHOOD, Column.IMPACT):
            spin = QSpinBox(parent)
            spin.setRange(1, 5)
            spin.setToolTip(
                QCoreApplication.translate(
                    "RisksDelegate", "1 = rare or minor … 5 = almost certain or severe"
                )
            )
            return spin
        if column is Column.STATUS:
            combo = QComboBox(parent)
            for status in RiskStatus:
                combo.addItem(status.label, status.value)
            return combo
        if column is Column.REVIEW:
            editor = DueDateEditor(parent)
            editor.clear_button.setToolTip(QCoreApplication.translate("RisksDelegate", "No review date"))
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 1))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif hasattr(editor, "set_date"):
            editor.set_date(value if isinstance(value, QDate) else QDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif hasattr(editor, "date"):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
