"""The side list that moves between the window's sections.

Sections are fixed except the five steps, whose titles come from the plan. Group headings
("Checklist", "People and pay"…) are rows that cannot be selected, so the keyboard skips them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.section_keys import (
    ALL_STEPS,
    COMPENSATION,
    OVERVIEW,
    POLICY,
    RISKS,
    ROLES,
    step_section,
)
from hireplan.gui.common.style import LIST_FOCUS_STYLE
from hireplan.model import Step

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class NavEntry:
    key: str
    """Section key; empty for a group heading."""
    title: str
    tooltip: str = ""

    @property
    def is_heading(self) -> bool:
        return not self.key


def build_entries(steps: Sequence[Step]) -> list[NavEntry]:
    entries = [
        NavEntry("", QCoreApplication.translate("Navigation", "Plan")),
        NavEntry(
            OVERVIEW,
            QCoreApplication.translate("Navigation", "Overview"),
            QCoreApplication.translate(
                "Navigation", "Where the plan stands: progress, flags and what is due next"
            ),
        ),
        NavEntry("", QCoreApplication.translate("Navigation", "Checklist")),
        NavEntry(
            ALL_STEPS,
            QCoreApplication.translate("Navigation", "All steps"),
            QCoreApplication.translate("Navigation", "Every checklist item, step by step"),
        ),
    ]
    for number, step in enumerate(steps, start=1):
        entries.append(NavEntry(step_section(step.key), f"{number}. {step.title}", step.title))
    entries += [
        NavEntry("", QCoreApplication.translate("Navigation", "People and pay")),
        NavEntry(
            ROLES,
            QCoreApplication.translate("Navigation", "Roles and offers"),
            QCoreApplication.translate("Navigation", "The roles to fill and the packages offered"),
        ),
        NavEntry(
            COMPENSATION,
            QCoreApplication.translate("Navigation", "Compensation"),
            QCoreApplication.translate(
                "Navigation", "Offers against each market, nominal and in purchasing power"
            ),
        ),
        NavEntry("", QCoreApplication.translate("Navigation", "Risk")),
        NavEntry(
            RISKS,
            QCoreApplication.translate("Navigation", "Risks"),
            QCoreApplication.translate(
                "Navigation", "Flags the plan raises and the team's own risk register"
            ),
        ),
        NavEntry(
            POLICY,
            QCoreApplication.translate("Navigation", "Policy watch"),
            QCoreApplication.translate("Navigation", "Rules and regulations someone keeps an eye on"),
        ),
    ]
    return entries


class NavigationModel(Contained, QAbstractListModel):
    """Adapter over the section list; step rows follow the plan's steps."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[NavEntry] = build_entries(())

    def set_steps(self, steps: Sequence[Step]) -> None:
        entries = build_entries(steps)
        if entries == self._entries:
            return
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entries(self) -> list[NavEntry]:
        return list(self._entries)

    def row_of(self, key: str) -> int:
        for row, entry in enumerate(self._entries):
            if entry.key == key:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._entries[index.row()].is_heading:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title.upper() if entry.is_heading else entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.tooltip or None
        if role == Qt.ItemDataRole.UserRole:
            return entry.key
        if role == Qt.ItemDataRole.FontRole and entry.is_heading:
            font = QFont()
            font.setBold(True)
            font.setPointSizeF(max(font.pointSizeF() * 0.8, 7.0))
            return font
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, 22 if entry.is_heading else 28)
        return None


class NavigationView(QListView):
    """The side list; emits ``sectionChosen(key)`` when the person picks a section."""

    sectionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav_model = NavigationModel(self)
        self.setModel(self.nav_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setAccessibleName(QCoreApplication.translate("Navigation", "Sections"))
        self.setStyleSheet(LIST_FOCUS_STYLE)  # the chosen section looks alike with or without focus
        self.setMinimumWidth(160)
        self._current = OVERVIEW
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self.nav_model.modelReset.connect(self._restore_selection)

    def current_section(self) -> str:
        return self._current

    def select_section(self, key: str) -> bool:
        row = self.nav_model.row_of(key)
        if row < 0:
            return False
        index = self.nav_model.index(row, 0)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = str(current.data(Qt.ItemDataRole.UserRole) or "") if current.isValid() else ""
        if key and key != self._current:
            self._current = key
            self.sectionChosen.emit(key)

    def _restore_selection(self) -> None:
        if not self.select_section(self._current):
            self.select_section(OVERVIEW)
