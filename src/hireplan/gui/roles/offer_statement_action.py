"""Roles and offers → "Offer statement…": asks where to save and writes the selected offer's
total-rewards statement (a page or two, written in well under a second, so it runs in place)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from hireplan.gui.common.file_chooser import FileChooser, QtFileChooser
from hireplan.gui.common.prompts import Prompter
from hireplan.gui.document.document import PlanDocument


class OfferStatementAction(QAction):
    """Enabled when exactly one offer is selected; ``selected`` gives the selected offer ids."""

    def __init__(
        self,
        document: PlanDocument,
        selected: Callable[[], list[str]],
        parent: QWidget,
        *,
        chooser: FileChooser | None = None,
        prompter: Prompter | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("OfferStatementAction", "Offer &statement…"), parent)
        self.setToolTip(
            QCoreApplication.translate(
                "OfferStatementAction",
                "Write the selected offer's total-rewards statement for its candidate, as a PDF",
            )
        )
        self._document = document
        self._selected = selected
        self._parent = parent
        self.chooser: FileChooser = chooser or QtFileChooser()
        self._prompter = prompter
        self.written: Path | None = None
        self.triggered.connect(self.write)

    def follow(self) -> None:
        self.setEnabled(len(self._selected()) == 1)

    def write(self) -> Path | None:
        """Ask for a path and write the statement there; None when cancelled or refused."""
        from hireplan.export.offer_statement import StatementOptions, write_offer_statement  # heavy: on use
        from hireplan.export.report import ExportError

        ids = self._selected()
        if len(ids) != 1:
            return None
        offer = next((o for o in self._document.plan.offers if o.id == ids[0]), None)
        if offer is None:
            return None
        name = offer.candidate.strip() or QCoreApplication.translate("OfferStatementAction", "offer")
        folder = self._document.path.parent if self._document.path is not None else Path.home()
        safe = "".join(c for c in name if c.isalnum() or c in " -_")[:60]
        suggested = folder / (
            QCoreApplication.translate("OfferStatementAction", "Offer statement - {name}").format(name=safe)
            + ".pdf"
        )
        path = self.chooser.save_file(
            self._parent,
            QCoreApplication.translate("OfferStatementAction", "Save the offer statement"),
            suggested,
            QCoreApplication.translate("OfferStatementAction", "PDF documents (*.pdf)"),
            ".pdf",
        )
        if path is None or not self._confirm_printable(offer.id):
            return None
        analysis = self._document.analysis()
        try:
            # The plan's reporting currency beside the candidate's own, when they differ.
            options = StatementOptions(reporting_currency=True)
            write_offer_statement(
                self._document.plan, analysis, offer.id, path, options, today=analysis.today
            )
        except ExportError as exc:
            if self._prompter is not None:
                self._prompter.show_error(
                    self._parent,
                    QCoreApplication.translate("OfferStatementAction", "Offer statement not written"),
                    str(exc),
                )
            return None
        self.written = path
        return path

    def _confirm_printable(self, offer_id: str) -> bool:
        """Name the fields the statement cannot draw (they would print as boxes) and ask whether to
        write it anyway; True when there are none or the person goes on."""
        from hireplan.export.printable import unprintable_in_statement, warning_text

        found = unprintable_in_statement(self._document.plan, offer_id)
        if not found or self._prompter is None:
            return True
        translate = QCoreApplication.translate
        message = (
            warning_text(found)
            + "\n\n"
            + translate(
                "OfferStatementAction",
                "Fix the text in the plan and write the statement again, or write it now with the boxes.",
            )
        )
        return self._prompter.ask_confirm(
            self._parent,
            translate("OfferStatementAction", "Some text will not print"),
            message,
            translate("OfferStatementAction", "Write anyway"),
        )
