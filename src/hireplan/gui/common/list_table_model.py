"""One table model for every flat list of the plan (roles, offers, markets, benchmarks, rates, PPP, policy).

Each screen describes its columns with :class:`Col` specs; this adapter does the Qt part once:
rows follow the document's bracketing insert/remove signals (so selections survive), edited
cells go back through :meth:`PlanDocument.set_field` as one undo step each, refused values are
reported through :attr:`ListTableModel.editRefused` with the model's reason, and columns that
show analysis results repaint on ``analysisChanged`` without resetting the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from hireplan.analysis.format import format_number
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.row_runs import row_runs
from hireplan.gui.common.style import INK_ON_TINT
from hireplan.gui.document.document import PlanDocument
from hireplan.locale_figures import parse_amount
from hireplan.model import collection_edits
from hireplan.model.base import HireplanModel
from hireplan.model.kinds import KINDS, kind_info

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis

Index = QModelIndex | QPersistentModelIndex

ObjectIdRole = int(Qt.ItemDataRole.UserRole) + 1
"""The id of the row's object (``str``)."""
ChoicesRole = int(Qt.ItemDataRole.UserRole) + 2
"""For columns edited with a drop-down: list of ``(label, value)`` pairs."""

_ANSWERED = frozenset(
    int(role)
    for role in (
        ObjectIdRole,
        ChoicesRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
    )
)
"""The roles :meth:`ListTableModel.data` answers; any other is None without finding the object
(a view sizing or painting a cell asks for about eight roles, half of them never answered here)."""

# Worked out once: a view asks for every cell it paints, and combining flags in Python each time
# showed in the time of an edit on a large plan.
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Col:
    """How one column shows and edits one object."""

    header: str
    display: Callable[[Any], str]
    field: str | None = None
    """The model field an edit sets; None = read-only."""
    edit: Callable[[Any], object] | None = None
    """The editor's starting value (defaults to the display text)."""
    parse: Callable[[object, Any], object] | None = None
    """Turns the editor's value into the field value; raises ValueError with a reason."""
    choices: Callable[[], list[tuple[str, object]]] | None = None
    right: bool = False
    tooltip: Callable[[Any], str] | None = None
    uses_analysis: bool = False
    analysis_display: Callable[[Any, PlanAnalysis], str] | None = None
    analysis_colour: Callable[[Any, PlanAnalysis], str | None] | None = None
    analysis_tooltip: Callable[[Any, PlanAnalysis], str] | None = None


# --------------------------------------------------------------------------- parsers columns share


def parse_text(value: object, _obj: Any) -> str:
    return str(value or "").strip()


def parse_money(value: object, obj: Any) -> Decimal:
    """A typed amount, read by the core's rules (hireplan.locale_figures): grouping, a currency symbol
    matching the row's currency, ``250k``, ``30万``; negatives and anything else refused with a sentence."""
    currency = getattr(obj, "currency", "")
    amount = parse_amount(str(value or ""), currency=currency if isinstance(currency, str) else "")
    return Decimal(0) if amount is None else amount


def parse_optional_money(value: object, obj: Any) -> Decimal | None:
    return None if not str(value or "").strip() else parse_money(value, obj)


def parse_decimal(value: object, _obj: Any) -> Decimal:
    text = str(value or "").replace(",", "").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(
            QCoreApplication.translate("ListTableModel", "'{value}' is not a number.").format(value=value)
        ) from None
    if not number.is_finite():
        raise ValueError(
            QCoreApplication.translate("ListTableModel", "'{value}' is not a number.").format(value=value)
        )
    return number


def parse_optional_int(value: object, _obj: Any) -> int | None:
    """A whole number typed into a cell (sample size); empty clears it."""
    text = str(value or "").replace(",", "").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("ListTableModel", "'{text}' is not a whole number.").format(text=text)
        ) from None


def parse_date(value: object, _obj: Any) -> date | None:
    """ISO date typed into a cell; empty clears it."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "ListTableModel", "'{text}' is not a date; write it as 2026-03-31 (or leave it empty)."
            ).format(text=text)
        ) from None


def parse_currency(value: object, _obj: Any) -> str:
    return str(value or "").strip().upper()


def show_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def show_money(value: Decimal | None) -> str:
    return "" if value is None else format_number(value)


# --------------------------------------------------------------------------- the model


class ListTableModel(Contained, QAbstractTableModel):
    """Rows = the objects of one plan list, columns = :class:`Col` specs."""

    editRefused = Signal(str)

    def __init__(
        self,
        document: PlanDocument,
        kind: str,
        columns: Sequence[Col],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = kind
        self.columns = list(columns)
        self._analysis_columns = [n for n, col in enumerate(self.columns) if col.uses_analysis]
        self._live = False
        self._shown_parts: list[object] | None = None
        """Each row's :meth:`analysis_part` when the analysis columns were last repainted."""
        # The plan's attribute holding the list, found once: views call rowCount() and data() tens
        # of thousands of times while they fit columns, and each asked the kinds table again.
        self._list_attr = kind_info(kind).list_attr if kind in KINDS else None
        document.planReset.connect(self._on_reset)
        document.objectsChanged.connect(self._on_objects_changed)
        document.objectsAboutToBeInserted.connect(self._on_about_to_insert)
        document.objectsInserted.connect(self._on_inserted)
        document.objectsAboutToBeRemoved.connect(self._on_about_to_remove)
        document.objectsRemoved.connect(self._on_removed)
        document.analysisChanged.connect(self._on_analysis_changed)

    # ------------------------------------------------------------------ plan access

    def objects(self) -> list[HireplanModel]:
        if self._list_attr is None:
            return collection_edits.list_of(self.document.plan, self.kind)  # says why it cannot
        return cast("list[HireplanModel]", getattr(self.document.plan, self._list_attr))

    def object_at(self, row: int) -> Any:
        objs = self.objects()
        return objs[row] if 0 <= row < len(objs) else None

    def id_at(self, row: int) -> str | None:
        obj = self.object_at(row)
        return None if obj is None else str(obj.id)

    def row_of(self, obj_id: str) -> int:
        for row, obj in enumerate(self.objects()):
            if getattr(obj, "id", None) == obj_id:
                return row
        return -1

    def set_live(self, live: bool = True) -> None:
        """Show analysis columns (call once the page is visible so start-up does not analyse)."""
        self._live = live
        self._on_analysis_changed()

    # ------------------------------------------------------------------ following the document

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._shown_parts = None
        self.endResetModel()

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        if kind != self.kind:
            return
        last = len(self.columns) - 1
        for obj_id in ids:
            row = self.row_of(obj_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _on_about_to_insert(self, kind: str, row: int, count: int) -> None:
        if kind == self.kind:
            self.beginInsertRows(QModelIndex(), row, row + count - 1)

    def _on_inserted(self, kind: str, _row: int, _count: int) -> None:
        if kind == self.kind:
            self._shown_parts = None
            self.endInsertRows()

    def _on_about_to_remove(self, kind: str, row: int, count: int) -> None:
        if kind == self.kind:
            self.beginRemoveRows(QModelIndex(), row, row + count - 1)

    def _on_removed(self, kind: str, _row: int, _count: int) -> None:
        if kind == self.kind:
            self._shown_parts = None
            self.endRemoveRows()

    def analysis_part(self, obj: Any, analysis: PlanAnalysis) -> object:
        """The part of ``analysis`` a row's analysis columns are worked out from, or None.

        A re-analysis hands the parts it did not recompute on as the same objects, so after an
        edit only the rows whose part is a new object are repainted (and re-checked by a filter).
        None, the default, repaints the row after every analysis.
        """
        return None

    def _on_analysis_changed(self) -> None:
        rows = self.rowCount()
        if not rows or not self._live or not self._analysis_columns:
            return
        analysis = self.document.analysis()
        parts = [self.analysis_part(obj, analysis) for obj in self.objects()]
        shown, self._shown_parts = self._shown_parts, parts
        if shown is None or len(shown) != rows:
            changed = list(range(rows))
        else:
            changed = [row for row, part in enumerate(parts) if part is None or part is not shown[row]]
        # One range per run of rows, from the first analysis column to the last: a filter proxy
        # re-checks every row of each range it is told about.
        first, last = min(self._analysis_columns), max(self._analysis_columns)
        for top, bottom in row_runs(changed):
            self.dataChanged.emit(self.index(top, first), self.index(bottom, last))

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.objects())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if self.columns[index.column()].field is not None else _READ_ONLY

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ANSWERED or not index.isValid():
            return None  # a view asks for fonts, icons, check marks...: none here, so no lookup
        obj = self.object_at(index.row())
        if obj is None or not 0 <= index.column() < len(self.columns):
            return None
        col = self.columns[index.column()]
        if role == ObjectIdRole:
            return str(obj.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if col.analysis_display is not None:
                return col.analysis_display(obj, self.document.analysis()) if self._live else ""
            return col.display(obj)
        if role == Qt.ItemDataRole.EditRole:
            return col.edit(obj) if col.edit is not None else col.display(obj)
        if role == ChoicesRole:
            return col.choices() if col.choices is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return _RIGHT_ALIGNED
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.analysis_tooltip is not None and self._live:
                return col.analysis_tooltip(obj, self.document.analysis()) or None
            return col.tooltip(obj) if col.tooltip is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and col.analysis_colour is not None and self._live:
            colour = col.analysis_colour(obj, self.document.analysis())
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and col.analysis_colour is not None and self._live:
            colour = col.analysis_colour(obj, self.document.analysis())
            return QBrush(QColor(INK_ON_TINT)) if colour else None
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        obj = self.object_at(index.row())
        col = self.columns[index.column()]
        if obj is None or col.field is None:
            return False
        try:
            new = col.parse(value, obj) if col.parse is not None else value
            changed = self.document.set_field(self.kind, str(obj.id), col.field, new)
        except ValueError as error:
            self.editRefused.emit(str(error))
            return False
        return changed
