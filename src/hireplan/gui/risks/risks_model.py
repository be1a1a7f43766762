"""The team's own risk register as an editable table, with each risk's score and band from the analysis.

Rows follow ``plan.risks`` by id; edits go through the document (one undo step each), and the
score column repaints when the analysis changes, row by row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from hireplan.analysis.format import format_date
from hireplan.analysis.results import RiskAssessment
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.common.style import BAND_TINTS, INK_ON_TINT, tones
from hireplan.gui.document.document import PlanDocument
from hireplan.model.risk import Risk, RiskStatus

Index = QModelIndex | QPersistentModelIndex

RiskIdRole = Qt.ItemDataRole.UserRole + 1
CellRole = Qt.ItemDataRole.UserRole + 2
"""(likelihood, impact) of the row, for the heat-map filter."""


class Column(IntEnum):
    TITLE = 0
    CATEGORY = 1
    LIKELIHOOD = 2
    IMPACT = 3
    SCORE = 4
    MITIGATION = 5
    OWNER = 6
    REVIEW = 7
    STATUS = 8


HEADERS = {
    Column.TITLE: str(QT_TRANSLATE_NOOP("RisksModel", "Risk")),
    Column.CATEGORY: str(QT_TRANSLATE_NOOP("RisksModel", "Category")),
    Column.LIKELIHOOD: str(QT_TRANSLATE_NOOP("RisksModel", "Likelihood")),
    Column.IMPACT: str(QT_TRANSLATE_NOOP("RisksModel", "Impact")),
    Column.SCORE: str(QT_TRANSLATE_NOOP("RisksModel", "Score")),
    Column.MITIGATION: str(QT_TRANSLATE_NOOP("RisksModel", "Mitigation")),
    Column.OWNER: str(QT_TRANSLATE_NOOP("RisksModel", "Owner")),
    Column.REVIEW: str(QT_TRANSLATE_NOOP("RisksModel", "Review date")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("RisksModel", "Status")),
}

BAND_WORDS = {
    "high": str(QT_TRANSLATE_NOOP("RisksModel", "high")),
    "medium": str(QT_TRANSLATE_NOOP("RisksModel", "medium")),
    "low": str(QT_TRANSLATE_NOOP("RisksModel", "low")),
}
"""A score's band as the score's tool tip names it ("high band"), in English; translated when shown."""

FIELDS = {
    Column.TITLE: "title",
    Column.CATEGORY: "category",
    Column.LIKELIHOOD: "likelihood",
    Column.IMPACT: "impact",
    Column.MITIGATION: "mitigation",
    Column.OWNER: "owner",
    Column.REVIEW: "review_date",
    Column.STATUS: "status",
}
"""Editable columns and the Risk field each one sets (the score is computed, not edited)."""


class RisksModel(Contained, QAbstractTableModel):
    """Adapter over ``plan.risks``; emits ``editRefused(message)`` when the plan refuses a value."""

    editRefused = Signal(str)

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids: list[str] = []
        self._risks: dict[str, Risk] = {}
        self._assessments: dict[str, RiskAssessment] = {}
        self._follow = LiveRefresh(None, self.sync, on_start=self._on_start)
        self._load()
        document.planReset.connect(self.reload)
        document.objectsChanged.connect(self._on_objects_changed)
        document.objectsAboutToBeInserted.connect(self._before_insert)
        document.objectsInserted.connect(self._after_insert)
        document.objectsAboutToBeRemoved.connect(self._before_remove)
        document.objectsRemoved.connect(self._after_remove)

    # ------------------------------------------------------------------ following the plan

    def start(self) -> None:
        """Follow the analysis for scores (once the page is shown, so start-up does not analyse)."""
        self._follow.start()

    def _on_start(self) -> None:
        self._document.analysisChanged.connect(self._follow.changed)

    def _load(self) -> None:
        risks = self._document.plan.risks
        self._ids = [risk.id for risk in risks]
        self._risks = {risk.id: risk for risk in risks}

    def reload(self) -> None:
        self.beginResetModel()
        self._load()
        self._assessments = self._assessments_now() if self._follow.live else {}
        self.endResetModel()

    def sync(self) -> None:
        """Catch up with the plan: rows added or removed, scores changed."""
        if [risk.id for risk in self._document.plan.risks] != self._ids:
            self.reload()
            return
        self._risks = {risk.id: risk for risk in self._document.plan.risks}
        new = self._assessments_now()
        changed = [
            row for row, risk_id in enumerate(self._ids) if new.get(risk_id) != self._assessments.get(risk_id)
        ]
        self._assessments = new
        if changed:
            # One signal for the span: cheaper for views than one per row.
            # The assessment shows in the score and in the review date's overdue mark.
            self.dataChanged.emit(
                self.index(changed[0], Column.SCORE), self.index(changed[-1], Column.REVIEW)
            )

    def _assessments_now(self) -> dict[str, RiskAssessment]:
        return {a.risk_id: a for a in self._document.analysis().risks}

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        if kind == "settings":
            return  # bands move with the thresholds; the analysis update repaints the scores
        if kind != "risk":
            return
        for obj_id in ids:
            row = self.row_of(obj_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _before_insert(self, kind: str, row: int, count: int) -> None:
        if kind == "risk":
            self.beginInsertRows(QModelIndex(), row, row + count - 1)

    def _after_insert(self, kind: str, row: int, count: int) -> None:
        if kind != "risk":
            return
        added = self._document.plan.risks[row : row + count]
        self._ids[row:row] = [risk.id for risk in added]
        self._risks.update((risk.id, risk) for risk in added)
        self.endInsertRows()

    def _before_remove(self, kind: str, row: int, count: int) -> None:
        if kind == "risk":
            self.beginRemoveRows(QModelIndex(), row, row + count - 1)

    def _after_remove(self, kind: str, row: int, count: int) -> None:
        if kind != "risk":
            return
        for risk_id in self._ids[row : row + count]:
            self._risks.pop(risk_id, None)
            self._assessments.pop(risk_id, None)
        del self._ids[row : row + count]
        self.endRemoveRows()

    # ------------------------------------------------------------------ access

    def risk_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, risk_id: str) -> int:
        try:
            return self._ids.index(risk_id)
        except ValueError:
            return -1

    def assessment(self, risk_id: str) -> RiskAssessment | None:
        return self._assessments.get(risk_id)

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return QCoreApplication.translate("RisksModel", HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if Column(index.column()) in FIELDS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        risk = self._risks.get(self._ids[index.row()])
        if risk is None:
            return None
        column = Column(index.column())
        if role == RiskIdRole:
            return risk.id
        if role == CellRole:
            return (risk.likelihood, risk.impact)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            overdue = self._overdue_review(risk, column)
            if overdue is not None:
                return overdue
            if role == Qt.ItemDataRole.DisplayRole:
                return self._display(risk, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(risk, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.LIKELIHOOD,
            Column.IMPACT,
            Column.SCORE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        assessment = self._assessments.get(risk.id)
        if role == Qt.ItemDataRole.BackgroundRole and column is Column.SCORE and assessment is not None:
            return QBrush(QColor(BAND_TINTS[assessment.band]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.SCORE and assessment is not None:
                return QBrush(QColor(INK_ON_TINT))
            if column is Column.REVIEW and assessment is not None and assessment.review_overdue:
                return QBrush(QColor(tones().error))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.SCORE:
                if assessment is None:
                    return QCoreApplication.translate("RisksModel", "Likelihood × impact")
                return QCoreApplication.translate(
                    "RisksModel", "Likelihood {likelihood} × impact {impact} = {score}: {band} band"
                ).format(
                    likelihood=assessment.likelihood,
                    impact=assessment.impact,
                    score=assessment.score,
                    band=QCoreApplication.translate("RisksModel", BAND_WORDS[assessment.band.value]),
                )
            if column is Column.REVIEW and assessment is not None and assessment.review_overdue:
                return QCoreApplication.translate("RisksModel", "The review date has passed")
            if column is Column.MITIGATION and risk.mitigation:
                return risk.mitigation
        return None

    def _overdue_review(self, risk: Risk, column: Column) -> str | None:
        """The review date with "overdue" in words (not only in red), when it has passed."""
        if column is not Column.REVIEW or risk.review_date is None:
            return None
        review = self._assessments.get(risk.id)
        if review is None or not review.review_overdue:
            return None
        return QCoreApplication.translate("RisksModel", "{date}, overdue").format(
            date=format_date(risk.review_date)
        )

    def rows_by_look(self, column: int) -> list[list[int]] | None:
        """Rows whose cells in ``column`` show the same text (no icons, one font): a view fitting
        the column to its contents measures one of each."""
        if not 0 <= column < len(Column):
            return None
        which = Column(column)
        groups: dict[str, list[int]] = {}
        for row, risk_id in enumerate(self._ids):
            risk = self._risks.get(risk_id)
            shown = "" if risk is None else self._overdue_review(risk, which) or self._display(risk, which)
            groups.setdefault(shown, []).append(row)
        return list(groups.values())

    def _display(self, risk: Risk, column: Column) -> str:
        if column is Column.TITLE:
            return risk.title
        if column is Column.CATEGORY:
            return risk.category
        if column is Column.LIKELIHOOD:
            return str(risk.likelihood)
        if column is Column.IMPACT:
            return str(risk.impact)
        if column is Column.SCORE:
            assessment = self._assessments.get(risk.id)
            if assessment is None:
                return ""
            return f"{assessment.score} · {assessment.band.label}"
        if column is Column.MITIGATION:
            return " ".join(risk.mitigation.split())
        if column is Column.OWNER:
            return risk.owner
        if column is Column.REVIEW:
            return format_date(risk.review_date) if risk.review_date else ""
        return risk.status.label

    def _edit_value(self, risk: Risk, column: Column) -> object:
        if column in (Column.LIKELIHOOD, Column.IMPACT):
            return risk.likelihood if column is Column.LIKELIHOOD else risk.impact
        if column is Column.REVIEW:
            value = risk.review_date
            return QDate(value.year, value.month, value.day) if value else QDate()
        if column is Column.STATUS:
            return risk.status.value
        if column is Column.SCORE:
            return None
        return self._display(risk, column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = Column(index.column())
        field = FIELDS.get(column)
        risk_id = self.risk_id(index.row())
        if field is None or risk_id is None:
            return False
        try:
            converted = _convert(column, value)
            self._document.set_field("risk", risk_id, field, converted)
        except ValueError as error:
            self.editRefused.emit(
                QCoreApplication.translate("RisksModel", "{column}: {problem}").format(
                    column=QCoreApplication.translate("RisksModel", HEADERS[column]), problem=error
                )
            )
            return False
        return True


def _convert(column: Column, value: Any) -> object:
    if column is Column.REVIEW:
        if isinstance(value, QDate):
            return date(value.year(), value.month(), value.day()) if value.isValid() else None
        if value in (None, ""):
            return None
        return value
    if column in (Column.LIKELIHOOD, Column.IMPACT):
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValueError(
                QCoreApplication.translate("RisksModel", "give a whole number from 1 to 5")
            ) from None
        if not 1 <= number <= 5:
            raise ValueError(
                QCoreApplication.translate(
                    "RisksModel", "give a whole number from 1 (rare or minor) to 5 (almost certain or severe)"
                )
            )
        return number
    if column is Column.STATUS:
        try:
            return RiskStatus(str(value))
        except ValueError:
            raise ValueError(
                QCoreApplication.translate("RisksModel", "unknown status {value}").format(value=repr(value))
            ) from None
    return str(value)


class RiskCellFilter(Contained, QSortFilterProxyModel):
    """Shows only the risks one heat-map cell counts (its ids from the core's heat map); ``None``
    shows them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cell: tuple[int, int] | None = None
        self._ids: frozenset[str] = frozenset()

    def cell(self) -> tuple[int, int] | None:
        return self._cell

    def set_cell(self, cell: tuple[int, int] | None, ids: Iterable[str] = ()) -> None:
        chosen = frozenset(ids)
        if cell == self._cell and chosen == self._ids:
            return
        self.beginFilterChange()
        self._cell, self._ids = cell, chosen
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._cell is None:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        return model.data(index, RiskIdRole) in self._ids
