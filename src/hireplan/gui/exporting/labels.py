"""The names the Export dialog shows for the brief's sections and the workbook's sheets, in the
window's language (the documents themselves are worded by the core)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ExportLabels"

SECTION_LABELS: dict[str, str] = {
    "summary": str(QT_TRANSLATE_NOOP("ExportLabels", "Summary")),
    "roles": str(QT_TRANSLATE_NOOP("ExportLabels", "Roles and offers")),
    "exceptions": str(QT_TRANSLATE_NOOP("ExportLabels", "Checklist exceptions")),
    "risks": str(QT_TRANSLATE_NOOP("ExportLabels", "Top risks")),
    "policy": str(QT_TRANSLATE_NOOP("ExportLabels", "Policy watch")),
    "changes": str(QT_TRANSLATE_NOOP("ExportLabels", "Changes since the approved version")),
    "appendix": str(QT_TRANSLATE_NOOP("ExportLabels", "Appendix: assumptions and glossary")),
    "checklist": str(QT_TRANSLATE_NOOP("ExportLabels", "Appendix: the full checklist")),
    "compensation": str(QT_TRANSLATE_NOOP("ExportLabels", "Appendix: every offer in every market")),
    "register": str(QT_TRANSLATE_NOOP("ExportLabels", "Appendix: risk register and every flag")),
}
"""One per section of :data:`hireplan.export.options.SECTIONS` (a test checks they agree)."""

SHEET_LABELS: dict[str, str] = {
    "Summary": str(QT_TRANSLATE_NOOP("ExportLabels", "Summary")),
    "Checklist": str(QT_TRANSLATE_NOOP("ExportLabels", "Checklist")),
    "Compensation": str(QT_TRANSLATE_NOOP("ExportLabels", "Compensation")),
    "Scenario": str(QT_TRANSLATE_NOOP("ExportLabels", "Scenario")),
    "Assumptions": str(QT_TRANSLATE_NOOP("ExportLabels", "Assumptions")),
    "Risks": str(QT_TRANSLATE_NOOP("ExportLabels", "Risks")),
    "Policy watch": str(QT_TRANSLATE_NOOP("ExportLabels", "Policy watch")),
}
"""One per sheet of :data:`hireplan.export.xlsx.SHEETS`, keyed by its English title."""


def section_label(name: str) -> str:
    return QCoreApplication.translate(CONTEXT, SECTION_LABELS.get(name, name))


def sheet_label(title: str) -> str:
    return QCoreApplication.translate(CONTEXT, SHEET_LABELS.get(title, title))
