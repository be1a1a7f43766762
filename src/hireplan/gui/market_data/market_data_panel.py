"""Market data: markets, benchmarks, exchange rates and PPP factors, editable, with their age.

One sub-tab per list, each with Add, Duplicate and Delete (one undo step each); benchmarks can
also be imported from a survey file (:class:`~hireplan.gui.market_data.import_dialog.ImportDialog`). The
line above the tabs says how many rows are stale, by the analysis's own count. Each list is a
:class:`~hireplan.gui.market_data.market_data_list.ListPage`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLabel, QTabWidget, QVBoxLayout, QWidget

from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.file_chooser import FileChooser, QtFileChooser
from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.common.prompts import Prompter
from hireplan.gui.common.style import error_style
from hireplan.gui.common.table_views import focus_action_button
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.market_data_list import EMPTY_NO_MARKET, EMPTY_TEXTS, ListPage
from hireplan.gui.market_data.market_data_models import (
    BenchmarksModel,
    MarketsModel,
    PayBandsModel,
    PppModel,
    RatesModel,
)
from hireplan.i18n import join_sentences

if TYPE_CHECKING:
    from hireplan.gui.market_data.import_dialog import ImportDialog

IMPORT_FILTER = str(
    QT_TRANSLATE_NOOP(
        "MarketDataPanel",
        "Survey files (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm)",
    )
)
"""In English; translated when the file dialog opens."""


class MarketDataPanel(Contained, QWidget):
    """Markets, benchmarks, exchange rates, PPP factors and the internal pay bands."""

    objectRequested = Signal(str, str)

    def __init__(
        self,
        document: PlanDocument,
        parent: QWidget | None = None,
        *,
        prompter: Prompter | None = None,
        chooser: FileChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._prompter = prompter
        self._chooser: FileChooser = chooser or QtFileChooser()
        self.last_import: ImportDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())

        self.import_action = QAction(
            QCoreApplication.translate("MarketDataPanel", "Import from fi&le…"), self
        )
        self.import_action.setToolTip(
            QCoreApplication.translate(
                "MarketDataPanel", "Add benchmarks from a survey file (CSV or Excel .xlsx)"
            )
        )
        self.import_action.triggered.connect(lambda: self.import_benchmarks())  # noqa: PLW0108 - drop 'checked'
        self.benchmarks = ListPage(
            document,
            BenchmarksModel(document, self),
            self._add_refused,
            [self.import_action],
            name=QCoreApplication.translate("MarketDataPanel", "Benchmarks"),
        )
        self.markets = ListPage(
            document,
            MarketsModel(document, self),
            self._add_refused,
            name=QCoreApplication.translate("MarketDataPanel", "Markets"),
        )
        self.rates = ListPage(
            document,
            RatesModel(document, self),
            self._add_refused,
            name=QCoreApplication.translate("MarketDataPanel", "Exchange rates"),
        )
        self.ppp = ListPage(
            document,
            PppModel(document, self),
            self._add_refused,
            name=QCoreApplication.translate("MarketDataPanel", "Price-level (PPP) factors"),
        )
        self.bands = ListPage(
            document,
            PayBandsModel(document, self),
            self._add_refused,
            name=QCoreApplication.translate("MarketDataPanel", "Internal pay bands"),
        )
        self.pages: dict[str, ListPage] = {
            "benchmark": self.benchmarks,
            "band": self.bands,
            "market": self.markets,
            "rate": self.rates,
            "ppp": self.ppp,
        }
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.benchmarks, QCoreApplication.translate("MarketDataPanel", "&Benchmarks"))
        self.tabs.addTab(self.markets, QCoreApplication.translate("MarketDataPanel", "Mar&kets"))
        self.tabs.addTab(self.rates, QCoreApplication.translate("MarketDataPanel", "E&xchange rates"))
        self.tabs.addTab(self.ppp, QCoreApplication.translate("MarketDataPanel", "&PPP factors"))
        self.tabs.addTab(self.bands, QCoreApplication.translate("MarketDataPanel", "&Internal pay bands"))
        self.tabs.setTabToolTip(
            self.tabs.indexOf(self.bands),
            QCoreApplication.translate(
                "MarketDataPanel",
                "Optional: your own pay ranges; offers are placed in them beside the market comparison",
            ),
        )
        for page in self.pages.values():
            page.model.editRefused.connect(self.message.setText)
            page.refused.connect(self.message.setText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self._follow = LiveRefresh(self, self._refresh_status, on_start=self._on_start, while_hidden=True)
        document.analysisChanged.connect(self._follow.changed)
        for kind, page in self.pages.items():
            page.empty_button.clicked.connect(lambda _c=False, k=kind: self._add_first(k))
        document.objectsInserted.connect(lambda *_: self._show_empty_states())
        document.objectsRemoved.connect(lambda *_: self._show_empty_states())
        document.planReset.connect(self._show_empty_states)
        self._show_empty_states()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._follow.live:
            self._follow.start()
            for page in self.pages.values():
                page.view.resizeColumnsToContents()
                header = page.view.horizontalHeader()
                for column in range(header.count()):
                    header.resizeSection(column, min(header.sectionSize(column), 240))
                header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def set_live(self) -> None:
        """Show analysis-based columns without waiting for a show event (tests, exports)."""
        self._follow.start()

    def _on_start(self) -> None:
        for page in self.pages.values():
            page.model.set_live(True)

    def _refresh_status(self) -> None:
        analysis = self._document.analysis()
        days = self._document.plan.settings.stale_data_days
        stale = len(analysis.stale)
        text = QCoreApplication.translate(
            "MarketDataPanel",
            "Figures older than %n day(s) (PPP factors: three years) are marked stale.",
            None,
            days,
        )
        if stale:
            text = join_sentences(
                text,
                QCoreApplication.translate(
                    "MarketDataPanel",
                    "%n row(s) are stale or undated: refresh them from the source.",
                    None,
                    stale,
                ),
            )
        self.status.setText(text)

    # ------------------------------------------------------------------ empty lists

    def _needs_market_first(self, kind: str) -> bool:
        return kind in ("benchmark", "band") and not self._document.plan.markets

    def _show_empty_states(self) -> None:
        """Each empty list says what it is for, with a button to add the first entry (a market
        first where the entry belongs to one and the plan has none)."""
        for kind, page in self.pages.items():
            empty = page.model.rowCount() == 0
            page.empty_row.setVisible(empty)
            if not empty:
                continue
            text, button = EMPTY_NO_MARKET if self._needs_market_first(kind) else EMPTY_TEXTS[kind]
            page.empty_label.setText(QCoreApplication.translate("MarketDataPanel", str(text)))
            page.empty_button.setText(QCoreApplication.translate("MarketDataPanel", str(button)))

    def _add_first(self, kind: str) -> str | None:
        """The empty state's button: add the first entry (or the market it needs) and edit it."""
        if self._needs_market_first(kind):
            kind = "market"
        page = self.pages[kind]
        self.tabs.setCurrentWidget(page)
        return page.add()

    def show_list(self, kind: str) -> bool:
        """Show the list of ``kind`` with the keyboard on its Add button (or on the empty state's
        button, which adds a market first when the entry needs one)."""
        page = self.pages.get(kind)
        if page is None:
            return False
        self.tabs.setCurrentWidget(page)
        if page.empty_row.isVisibleTo(page):
            page.empty_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            focus_action_button(page, page.add_action)
        return True

    # ------------------------------------------------------------------ new rows

    def _add_refused(self, reason: str) -> None:
        """A new object cannot be added yet (a benchmark needs a market): say so, show the markets."""
        self.message.setText(reason)
        self.tabs.setCurrentWidget(self.markets)

    # ------------------------------------------------------------------ import

    def import_benchmarks(self, path: Path | None = None, *, show: bool = True) -> ImportDialog | None:
        """Ask for a survey file (unless given) and open the import preview for it.

        The file is read in the background while the dialog shows its progress; a refused file
        shows its message in the dialog and here. With ``show=False`` the dialog is returned
        unopened (tests drive it directly).
        """
        if path is None:
            path = self._chooser.open_file(
                self,
                QCoreApplication.translate("MarketDataPanel", "Import benchmarks"),
                None,
                QCoreApplication.translate("MarketDataPanel", IMPORT_FILTER),
            )
            if path is None:
                return None
        # Loaded on the first import, with the survey readers behind it: the Roles screen that
        # holds this panel is built on its first show, and most shows import nothing.
        from hireplan.gui.market_data.import_dialog import ImportDialog

        dialog = ImportDialog(self._document, path, self)
        dialog.refused.connect(self.message.setText)
        self.last_import = dialog
        if show:
            dialog.exec()
            if dialog.imported:
                self.message.setText("")
                self.tabs.setCurrentWidget(self.benchmarks)
        return dialog

    # ------------------------------------------------------------------ jump to an object

    def select_object(self, kind: str, obj_id: str) -> bool:
        if obj_id == nav.NEW_OBJECT:
            return self.show_list(kind)
        page = self.pages.get(kind)
        if page is None or not page.select(obj_id):
            return False
        self.tabs.setCurrentWidget(page)
        return True
