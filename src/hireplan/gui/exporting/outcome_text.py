"""What the Export dialog asks and says around an export, as whole sentences in the window's
language: files about to be replaced, files saved (text that will not print has its own module,
:mod:`hireplan.gui.exporting.unprintable_warning`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from hireplan.gui.exporting.export_worker import ExportOutcome

translate = QCoreApplication.translate


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
