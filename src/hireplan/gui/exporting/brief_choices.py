"""The PDF brief's choices in the Export dialog: its sections (the brief ticked by default, and a
"Full detail" box that ticks or unticks the three full-detail appendices and follows them), the
paper size and whether offers' pay is hidden."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QWidget

from hireplan.export.options import (
    DEFAULT_SECTIONS,
    DETAIL_SECTIONS,
    PAGE_SIZES,
    SECTIONS,
    PdfOptions,
)

PAGE_SIZE_LABELS = {
    "a4": str(QT_TRANSLATE_NOOP("BriefChoices", "A4 (210 × 297 mm)")),
    "letter": str(QT_TRANSLATE_NOOP("BriefChoices", "US Letter (8.5 × 11 in)")),
}


SECTION_CHECKS: dict[str, str] = {
    "summary": str(QT_TRANSLATE_NOOP("BriefChoices", "S&ummary")),
    "roles": str(QT_TRANSLATE_NOOP("BriefChoices", "Roles an&d offers")),
    "exceptions": str(QT_TRANSLATE_NOOP("BriefChoices", "&Checklist exceptions")),
    "risks": str(QT_TRANSLATE_NOOP("BriefChoices", "&Top risks")),
    "policy": str(QT_TRANSLATE_NOOP("BriefChoices", "Pol&icy watch")),
    "changes": str(QT_TRANSLATE_NOOP("BriefChoices", "Chan&ges since the approved version")),
    "appendix": str(QT_TRANSLATE_NOOP("BriefChoices", "Appendix: assu&mptions and glossary")),
    "checklist": str(QT_TRANSLATE_NOOP("BriefChoices", "Appe&ndix: the full checklist")),
    "compensation": str(QT_TRANSLATE_NOOP("BriefChoices", "Appendix: every offer in every mar&ket")),
    "register": str(QT_TRANSLATE_NOOP("BriefChoices", "Appendix: risk register and ever&y flag")),
}
"""Each section's tick box: the section's name (labels.section_label) with its Alt+letter."""


class BriefChoices(QWidget):
    changed = Signal()

    def __init__(self, default_size: str = "a4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sections = QWidget()
        layout = QGridLayout(sections)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checks: dict[str, QCheckBox] = {}
        for number, name in enumerate(SECTIONS):
            check = QCheckBox(QCoreApplication.translate("BriefChoices", SECTION_CHECKS[name]))
            check.setChecked(name in DEFAULT_SECTIONS)
            check.toggled.connect(self._section_toggled)
            self.checks[name] = check
            layout.addWidget(check, number // 2, number % 2)
        translate = QCoreApplication.translate
        self.full_detail = QCheckBox(
            translate("BriefChoices", "&Full detail: every item, every offer in every market and every flag")
        )
        self.full_detail.toggled.connect(self._tick_detail)
        layout.addWidget(self.full_detail, len(SECTIONS) // 2 + 1, 0, 1, 2)
        self.page_size = QComboBox()
        for name in PAGE_SIZES:
            self.page_size.addItem(translate("BriefChoices", PAGE_SIZE_LABELS.get(name, name)), name)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(default_size)))
        self.redact = QCheckBox(
            translate(
                "BriefChoices", "&Hide offer amounts (show where each offer sits in its market instead)"
            )
        )
        self.redact.setToolTip(
            translate(
                "BriefChoices",
                "Name candidates by role and letter and show each offer by its market band (for example "
                "P50–P75) instead of amounts, for readers who should not see individual pay.",
            )
        )
        form = QFormLayout(self)
        form.addRow(translate("BriefChoices", "Sections:"), sections)
        form.addRow(translate("BriefChoices", "Page si&ze:"), self.page_size)
        form.addRow("", self.redact)

    def chosen(self) -> tuple[str, ...]:
        return tuple(name for name, check in self.checks.items() if check.isChecked())

    def pdf_options(self) -> PdfOptions:
        """The options as chosen; ValueError (with the choices) when no section is ticked."""
        return PdfOptions(
            sections=self.chosen(),
            page_size=str(self.page_size.currentData()),  # type: ignore[arg-type]
            redact_offers=self.redact.isChecked(),
        )

    def _tick_detail(self, on: bool) -> None:
        for name in DETAIL_SECTIONS:
            self.checks[name].setChecked(on)

    def _section_toggled(self) -> None:
        every = all(self.checks[name].isChecked() for name in DETAIL_SECTIONS)
        if self.full_detail.isChecked() != every:
            self.full_detail.blockSignals(True)
            self.full_detail.setChecked(every)
            self.full_detail.blockSignals(False)
        self.changed.emit()
