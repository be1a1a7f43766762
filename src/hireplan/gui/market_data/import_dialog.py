"""Importing benchmarks from a survey file: map the columns, see good and bad rows, import in one step.

The reading, mapping and checking live in :mod:`hireplan.storage.benchmark_import` (no Qt);
this dialog shows them: a drop-down per benchmark field to say which column feeds it (guessed
from the header names), the rows that will come in, the rows that will not with their reason,
and an Import button that adds all good rows as ONE undo step. A file that cannot be opened
(too large, old ``.xls``, password-protected, a zip bomb...) is refused with its message and
nothing else happens.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.plan_names import document_market_name
from hireplan.gui.common.style import ERROR_STYLE
from hireplan.gui.document.document import PlanDocument
from hireplan.storage.benchmark_import import (
    FIELDS,
    BenchmarkImportError,
    Mapping_,
    Preview,
    Table,
    build_preview,
    guess_mapping,
    read_table,
)

Index = QModelIndex | QPersistentModelIndex

NOT_IN_FILE = -1


class TextRowsModel(Contained, QAbstractTableModel):
    """A read-only table of text rows (the preview and the bad-row list)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        return None


def _table_view(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class ImportDialog(QDialog):
    """Preview and import of one survey file into the plan's benchmarks."""

    def __init__(self, document: PlanDocument, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import benchmarks — {path.name}")
        self._document = document
        self.path = path
        self.table: Table | None = None
        self.preview = Preview()
        self.error = ""
        self.imported = 0

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.mapping_box = QGroupBox("Which column holds what")
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for position, (key, label) in enumerate(FIELDS.items()):
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.activated.connect(lambda _i: self.refresh())
            self.combos[key] = combo
            row, column = divmod(position, 3)
            self.mapping_grid.addWidget(QLabel(label), row, column * 2)
            self.mapping_grid.addWidget(combo, row, column * 2 + 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.good_model = TextRowsModel(
            ["Row", "Market", "Job family", "Level", "Currency", "Base P50", "Total P50", "As of", "Source"],
            self,
        )
        self.bad_model = TextRowsModel(["Row", "Why it is left out"], self)
        self.good_view = _table_view(self.good_model)
        self.bad_view = _table_view(self.bad_model)
        good_box = QGroupBox("Rows to import")
        QVBoxLayout(good_box).addWidget(self.good_view)
        bad_box = QGroupBox("Rows left out")
        QVBoxLayout(bad_box).addWidget(self.bad_view)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(good_box)
        lists.addWidget(bad_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.import_good)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(lists, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 680)
        self.load()

    # ------------------------------------------------------------------ reading

    def load(self) -> bool:
        """Read the file and guess the mapping; False (with :attr:`error` set) when refused."""
        try:
            self.table = read_table(self.path)
        except BenchmarkImportError as error:
            self.table = None
            self.error = str(error)
            self.error_label.setText(self.error)
            self.error_label.show()
            self.file_label.setText(str(self.path))
            self.mapping_box.setEnabled(False)
            self.import_button.setEnabled(False)
            self.summary.setText("Nothing can be imported from this file.")
            return False
        self.error = ""
        self.error_label.clear()
        self.error_label.hide()
        self.file_label.setText(
            f"{self.path.name}: {self.table.description}, {len(self.table.rows)} data rows. "
            "Check the columns below; unknown markets must be added under Market data first."
        )
        guessed = guess_mapping(self.table.headers)
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem("(not in file)", NOT_IN_FILE)
            for column, header in enumerate(self.table.headers):
                combo.addItem(header, column)
            column_guess = guessed.get(key)
            combo.setCurrentIndex(0 if column_guess is None else column_guess + 1)
        self.refresh()
        return True

    def mapping(self) -> Mapping_:
        result: Mapping_ = {}
        for key, combo in self.combos.items():
            column = combo.currentData()
            result[key] = None if column in (None, NOT_IN_FILE) else int(column)
        return result

    def set_column(self, key: str, header: str | None) -> None:
        """Point a field at the column with this header (None = not in file); refreshes the preview."""
        combo = self.combos[key]
        combo.setCurrentIndex(0 if header is None else max(combo.findText(header), 0))
        self.refresh()

    def refresh(self) -> None:
        if self.table is None:
            return
        self.preview = build_preview(self.table, self.mapping(), self._document.plan)
        plan = self._document.plan
        good_rows = []
        for number, bench in zip(self.preview.good_rows, self.preview.good, strict=True):
            good_rows.append(
                (
                    str(number),
                    document_market_name(self._document, bench.market_id),
                    bench.job_family,
                    bench.level.label if bench.level else "All levels",
                    bench.currency,
                    "" if bench.base_p50 is None else f"{bench.base_p50:,}",
                    "" if bench.total_p50 is None else f"{bench.total_p50:,}",
                    bench.as_of.isoformat() if bench.as_of else "",
                    bench.source,
                )
            )
        self.good_model.set_rows(good_rows)
        self.bad_model.set_rows([(str(bad.row), bad.reason) for bad in self.preview.bad])
        count = len(self.preview.good)
        if self.preview.problems:
            self.summary.setText(" ".join(self.preview.problems))
        else:
            self.summary.setText(
                f"{count} row{'s' if count != 1 else ''} will be added to the {len(plan.benchmarks)} "
                f"benchmarks in the plan; {len(self.preview.bad)} left out."
            )
        self.import_button.setEnabled(count > 0)
        self.import_button.setText(f"Import {count} row{'s' if count != 1 else ''}")

    # ------------------------------------------------------------------ importing

    def import_good(self) -> int:
        """Add the good rows as ONE undo step and close; returns how many were added."""
        if self.table is None or not self.preview.good:
            return 0
        count = len(self.preview.good)
        self._document.insert_objects(
            "benchmark",
            -1,
            list(self.preview.good),
            text=f"Import {count} benchmark{'s' if count != 1 else ''} from {self.path.name}",
        )
        self.imported = count
        self.preview = Preview()
        self.accept()
        return count
