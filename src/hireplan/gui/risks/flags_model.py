"""The flags the analysis raises, as a table a view can show, updated row by row.

Flags are recomputed after every edit; on a large plan a reset would lose the selection and
repaint everything, so :meth:`FlagsModel.set_flags` diffs the new list against the shown one by
``Flag.key`` and emits only the removals, insertions and changed rows.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hireplan.analysis.format import format_date
from hireplan.analysis.names import PlanNames
from hireplan.analysis.results import Flag, Ref, Severity
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.kind_names import kind_label
from hireplan.gui.common.row_runs import row_runs
from hireplan.gui.common.style import severity_icon, tones

Index = QModelIndex | QPersistentModelIndex

FlagRole = Qt.ItemDataRole.UserRole + 1
"""data(FlagRole) on any cell gives the row's :class:`Flag`."""
SeverityRankRole = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    SEVERITY = 0
    FLAG = 1
    MITIGATION = 2
    REFERS_TO = 3
    STATUS = 4


HEADERS = {
    Column.SEVERITY: str(QT_TRANSLATE_NOOP("FlagsModel", "Severity")),
    Column.FLAG: str(QT_TRANSLATE_NOOP("FlagsModel", "Flag")),
    Column.MITIGATION: str(QT_TRANSLATE_NOOP("FlagsModel", "What to do")),
    Column.REFERS_TO: str(QT_TRANSLATE_NOOP("FlagsModel", "Refers to")),
    Column.STATUS: str(QT_TRANSLATE_NOOP("FlagsModel", "Status")),
}


class FlagsModel(Contained, QAbstractTableModel):
    """Adapter over a tuple of analysis flags; ``names`` names the objects they refer to (by id without)."""

    def __init__(self, names: PlanNames | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flags: list[Flag] = []
        self._keys: list[str] = []
        self._names = names

    # ------------------------------------------------------------------ updates

    def set_flags(self, flags: Sequence[Flag]) -> None:
        """Show ``flags``, changing only the rows that differ (matched by ``Flag.key``)."""
        new = list(flags)
        new_keys = [flag.key for flag in new]
        if len(set(new_keys)) != len(new_keys):
            # Two flags with one key cannot be told apart row by row: start over.
            self._reset(new, new_keys)
            return
        wanted = set(new_keys)
        # 1. Remove rows whose flag is gone, bottom-up in contiguous runs.
        row = len(self._flags) - 1
        while row >= 0:
            if self._keys[row] in wanted:
                row -= 1
                continue
            last = row
            while row >= 0 and self._keys[row] not in wanted:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row + 1, last)
            del self._flags[row + 1 : last + 1]
            del self._keys[row + 1 : last + 1]
            self.endRemoveRows()
        # 2. The rows that stay must keep their order, else fall back to a reset.
        kept_set = set(self._keys)
        if [key for key in new_keys if key in kept_set] != self._keys:
            self._reset(new, new_keys)
            return
        # 3. Insert the new flags where they belong, in contiguous runs.
        row = 0
        while row < len(new):
            if row < len(self._keys) and self._keys[row] == new_keys[row]:
                row += 1
                continue
            end = row
            while end < len(new) and new_keys[end] not in kept_set:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end - 1)
            self._flags[row:row] = new[row:end]
            self._keys[row:row] = new_keys[row:end]
            self.endInsertRows()
            row = end
        # 4. Refresh rows whose content changed (severity, message, acknowledgement...).
        changed = [
            row for row, flag in enumerate(new) if self._flags[row] is not flag and self._flags[row] != flag
        ]
        for row in changed:
            self._flags[row] = new[row]
        for first, last in row_runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        # Unchanged rows keep the new (equal) objects too, so the next comparison is by identity.
        self._flags = new

    def _reset(self, flags: list[Flag], keys: list[str]) -> None:
        self.beginResetModel()
        self._flags = flags
        self._keys = keys
        self.endResetModel()

    def rows_about(self, kind: str, ids: Sequence[str]) -> list[int]:
        """Rows of flags that refer to any of these objects."""
        # Plain loops: every edit of the plan asks (an acknowledgement too), over every flag.
        wanted = set(ids)
        rows: list[int] = []
        for row, flag in enumerate(self._flags):
            for ref in flag.refs:
                if ref.id in wanted and ref.kind == kind:
                    rows.append(row)
                    break
        return rows

    def rows_by_look(self, column: int) -> list[list[int]] | None:
        """Rows whose cells in ``column`` look alike: same text, same icon and font (both follow
        the severity and the acknowledgement); a view fitting the column measures one of each."""
        if not 0 <= column < len(Column):
            return None
        which = Column(column)
        groups: dict[tuple[str, Severity, bool], list[int]] = {}
        texts: dict[Hashable, str] = {}
        for row, flag in enumerate(self._flags):
            inputs = _display_inputs(flag, which)
            known = texts.get(inputs) if inputs is not None else None
            text = known if known is not None else self._display(flag, which)
            if inputs is not None:
                texts[inputs] = text
            look = (text, flag.severity, flag.acknowledged)
            groups.setdefault(look, []).append(row)
        return list(groups.values())

    def refresh_names(self, rows: Sequence[int]) -> None:
        """Objects these rows refer to were renamed: repaint their "Refers to" cells."""
        for first, last in row_runs(sorted(rows)):
            self.dataChanged.emit(self.index(first, Column.REFERS_TO), self.index(last, Column.REFERS_TO))

    # ------------------------------------------------------------------ access

    def flag(self, row: int) -> Flag | None:
        return self._flags[row] if 0 <= row < len(self._flags) else None

    def flags_shown(self) -> list[Flag]:
        return list(self._flags)

    def row_of(self, key: str) -> int:
        try:
            return self._keys.index(key)
        except ValueError:
            return -1

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._flags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return QCoreApplication.translate("FlagsModel", HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._flags):
            return None
        flag = self._flags[index.row()]
        column = Column(index.column())
        if role == FlagRole:
            return flag
        if role == SeverityRankRole:
            return flag.severity.rank
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(flag, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.SEVERITY:
            return severity_icon(flag.severity, flag.acknowledged)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(flag, column)
        if role == Qt.ItemDataRole.ForegroundRole and flag.acknowledged:
            return QBrush(QColor(tones().muted))
        if role == Qt.ItemDataRole.FontRole and column is Column.FLAG and not flag.acknowledged:
            font = QFont()
            font.setBold(flag.severity is Severity.HIGH)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if flag.acknowledged:
                return QCoreApplication.translate(
                    "FlagsModel", "{severity} flag, acknowledged: {title}"
                ).format(severity=flag.severity.label, title=flag.title)
            return QCoreApplication.translate("FlagsModel", "{severity} flag: {title}").format(
                severity=flag.severity.label, title=flag.title
            )
        return None

    def _display(self, flag: Flag, column: Column) -> str:
        if column is Column.SEVERITY:
            return flag.severity.label
        if column is Column.FLAG:
            return flag.title
        if column is Column.MITIGATION:
            return flag.mitigation
        if column is Column.REFERS_TO:
            return self._refers_to(flag.refs)
        return _status_text(_status(flag))

    def _tooltip(self, flag: Flag, column: Column) -> str | None:
        if column is Column.FLAG:
            if not flag.rationale:
                return flag.message
            why = QCoreApplication.translate("FlagsModel", "Why it matters: {rationale}").format(
                rationale=flag.rationale
            )
            return f"{flag.message}\n\n{why}"
        if column is Column.MITIGATION:
            return flag.mitigation
        if column is Column.STATUS and flag.acknowledgement is not None:
            ack = flag.acknowledgement
            when = format_date(ack.acknowledged_on)
            if ack.acknowledged_by:
                text = QCoreApplication.translate(
                    "FlagsModel", "Acknowledged by {who} on {date}: {reason}"
                ).format(who=ack.acknowledged_by, date=when, reason=ack.reason)
            else:
                text = QCoreApplication.translate("FlagsModel", "Acknowledged on {date}: {reason}").format(
                    date=when, reason=ack.reason
                )
            return f"{flag.reopened}\n{text}" if flag.reopened else text
        if column is Column.REFERS_TO:
            return (
                self._refers_to(flag.refs)
                + "\n"
                + QCoreApplication.translate("FlagsModel", "Double-click to go there.")
            )
        return None

    def _refers_to(self, refs: Sequence[Ref]) -> str:
        if self._names is not None:
            return self._names.refers_to(refs)
        return QCoreApplication.translate("FlagsModel", "; ").join(
            QCoreApplication.translate("FlagsModel", "{kind}: {name}").format(
                kind=kind_label(ref.kind), name=ref.id
            )
            for ref in refs
        )


class FlagsFilter(Contained, QSortFilterProxyModel):
    """Severity, acknowledged or not, and a text search over title, message and refs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._severity: Severity | None = None
        self._show_acknowledged = True
        self._text = ""

    def set_severity(self, severity: Severity | None) -> None:
        self.beginFilterChange()
        self._severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_acknowledged(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_acknowledged = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        flag = model.data(index, FlagRole)
        if not isinstance(flag, Flag):
            return False
        if self._severity is not None and flag.severity is not self._severity:
            return False
        if not self._show_acknowledged and flag.acknowledged:
            return False
        if self._text:
            refs = str(model.data(model.index(source_row, Column.REFERS_TO, source_parent)) or "")
            haystack = f"{flag.title}\n{flag.message}\n{flag.mitigation}\n{refs}".casefold()
            return self._text in haystack
        return True


def _status(flag: Flag) -> date | bool:
    """What the Status column says of a flag: the review date of the acknowledgement in force,
    else whether it is open again after one."""
    ack = flag.acknowledgement
    return ack.review_date if flag.acknowledged and ack is not None else bool(flag.reopened)


def _status_text(status: date | bool) -> str:
    if isinstance(status, date):
        return QCoreApplication.translate("FlagsModel", "Acknowledged until {date}").format(
            date=format_date(status)
        )
    if status:
        return QCoreApplication.translate("FlagsModel", "Open again: worse than acknowledged")
    return QCoreApplication.translate("FlagsModel", "Open")


def _display_inputs(flag: Flag, column: Column) -> Hashable | None:
    """What :meth:`FlagsModel._display` works a Severity or Status cell out from, so the columns a
    view fits after every acknowledgement work each distinct text out once, not once per flag;
    None for the other columns, whose text is the flag's own."""
    if column is Column.SEVERITY:
        return flag.severity
    if column is Column.STATUS:
        return _status(flag)
    return None
