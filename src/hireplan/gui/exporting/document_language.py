"""The choice of language the exported documents are written in, which may differ from the
window's (an English window exporting a Chinese brief for the Beijing office)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from hireplan import i18n


class DocumentLanguageBox(QComboBox):
    """Each language the core writes, by its own name; starts on the window's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.addItem(name, code)
        self.setCurrentIndex(max(0, self.findData(i18n.current_language())))
        self.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                "The language the brief and the workbook are written in; the window keeps its own.",
            )
        )

    def language(self) -> str:
        """The chosen language's code (``en``, ``zh_CN``)."""
        return str(self.currentData())
