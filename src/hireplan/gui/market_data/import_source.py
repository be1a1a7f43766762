"""Which part of the file the import reads: the sheet of a workbook with several.

Choosing a sheet reads that sheet again (the dialog guesses the columns afresh, since sheets
differ). How a CSV was read (its separator and encoding: "read as GBK (Simplified Chinese)" for a
survey Excel saved on Chinese Windows) is said once, in the dialog's line about the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from hireplan.storage.benchmark_table import Table


class ImportSource(QWidget):
    """The sheet of a workbook to read, chosen by the person; hidden for a file with one table."""

    sheet_chosen = Signal(str)
    """The person picked another sheet of the workbook; its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet_label = QLabel(QCoreApplication.translate("ImportSource", "&Sheet:"), self)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("import_sheet")
        self.sheet_combo.setToolTip(
            QCoreApplication.translate("ImportSource", "The sheet of the workbook to import from")
        )
        self.sheet_combo.setAccessibleName(QCoreApplication.translate("ImportSource", "Sheet to import from"))
        self.sheet_label.setBuddy(self.sheet_combo)
        self.sheet_combo.activated.connect(self._on_activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheet_combo)
        layout.addStretch(1)
        self.show_table(None)

    def show_table(self, table: Table | None, sheet: str | None = None) -> None:
        """Show the sheets of ``table`` with ``sheet`` chosen (XLSX with several sheets), else nothing."""
        sheets = table.sheets if table is not None else ()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        if sheets:
            self.sheet_combo.setCurrentIndex(sheets.index(sheet) if sheet in sheets else 0)
        self.sheet_combo.blockSignals(False)
        several = len(sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)
        self.setVisible(several)

    def sheet(self) -> str | None:
        """The sheet chosen, or None for a file without sheets."""
        return self.sheet_combo.currentText() or None

    def choose_sheet(self, name: str) -> None:
        """Pick the sheet called ``name`` as the person would (what tests and keyboard users do)."""
        index = self.sheet_combo.findText(name)
        if index < 0:
            return
        self.sheet_combo.setCurrentIndex(index)
        self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        self.sheet_chosen.emit(self.sheet_combo.itemText(index))
