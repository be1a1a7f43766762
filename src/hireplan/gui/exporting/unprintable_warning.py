"""The warning before a brief whose text the embedded fonts cannot draw: which fields, and whether
to export anyway (the brief would show boxes where those characters are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hireplan.export.options import PdfOptions
    from hireplan.gui.common.prompts import Prompter
    from hireplan.model import Plan

translate = QCoreApplication.translate


def confirm_unprintable(prompter: Prompter, parent: QWidget, plan: Plan, options: PdfOptions) -> bool:
    """Name the fields whose characters the brief cannot draw and ask whether to export anyway;
    True when there are none or the person goes on."""
    from hireplan.export.printable import unprintable_in_brief, warning_text  # loads the fonts' maps

    found = unprintable_in_brief(plan, options.sections, redact=options.redact_offers)
    if not found:
        return True
    message = (
        warning_text(found)
        + "\n\n"
        + translate(
            "ExportDialog",
            "Fix the text in the plan and export again, or export now with the boxes in the brief.",
        )
    )
    return prompter.ask_confirm(
        parent,
        translate("ExportDialog", "Some text will not print"),
        message,
        translate("ExportDialog", "Export anyway"),
    )
