"""What the Export dialog asks and says around an export, as whole sentences in the window's
language: text that will not print, files about to be replaced, files saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hireplan.export.options import PdfOptions
    from hireplan.gui.common.prompts import Prompter
    from hireplan.gui.exporting.export_worker import ExportOutcome
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


def replace_question(existing: list[Path]) -> tuple[str, str, str]:
    """Title, question and button of the dialog asking to replace files that exist."""
    names = ", ".join(f"“{path.name}”" for path in existing)
    question = translate(
        "ExportDialog", "%n file(s) already exist: {names}. Replace with the new export?", None, len(existing)
    ).format(names=names)
    return (
        translate("ExportDialog", "Replace existing files?"),
        question,
        translate("ExportDialog", "Replace"),
    )


def saved_text(outcome: ExportOutcome) -> str:
    """One sentence per file written: ``Saved the PDF brief brief.pdf (7 pages).``"""
    sentences = []
    for path in outcome.written:
        if path.suffix.lower() == ".pdf" and outcome.pdf_pages:
            sentences.append(
                translate(
                    "ExportDialog", "Saved the PDF brief {file} (%n page(s)).", None, outcome.pdf_pages
                ).format(file=path.name)
            )
        elif path.suffix.lower() == ".pdf":
            sentences.append(translate("ExportDialog", "Saved the PDF brief {file}.").format(file=path.name))
        else:
            sentences.append(
                translate("ExportDialog", "Saved the Excel workbook {file}.").format(file=path.name)
            )
    return " ".join(sentences)
