"""In-app preview of the PDF brief before it is saved, with QtPdf.

This is the only module that imports QtPdf; the export dialog imports it when the person asks
for a preview, so start-up never loads it. The previewed file is a temporary copy: "Save…" hands
it to the caller, who moves it to the chosen place; closing the preview deletes the temporary
folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.containment import Contained

translate = QCoreApplication.translate

ZOOM_STEP = 1.25


def load_pdf(path: Path, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument for ``path``; check ``status()`` and ``error()`` for the outcome."""
    document = QPdfDocument(parent)  # type: ignore[arg-type] # None is fine at run time
    document.load(str(path))
    return document


class PdfPreviewDialog(Contained, QDialog):
    """Shows a rendered brief page by page; Save hands the file to ``save``, Close throws it away.

    ``save(path)`` returns True once the file is stored where the person wanted it; the dialog
    then closes. ``temp_dir`` (the folder holding the previewed file) is removed on close.
    """

    def __init__(
        self,
        pdf_path: Path,
        *,
        save: Callable[[Path], bool],
        temp_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PdfPreviewDialog", "Preview of the PDF brief"))
        self.resize(820, 900)
        self.pdf_path = pdf_path
        self._save = save
        self.temp_dir = temp_dir
        self.saved = False

        self.pdf = load_pdf(pdf_path, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", "Preview of the brief"))
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        count = self.pdf.pageCount()
        if self.pdf.status() == QPdfDocument.Status.Ready:
            self.info = QLabel(translate("PdfPreviewDialog", "%n page(s)", None, count))
        else:
            self.info = QLabel(
                translate("PdfPreviewDialog", "The brief could not be shown here, but it can still be saved.")
            )

        fit_width = QPushButton(translate("PdfPreviewDialog", "Fit &Width"))
        fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        fit_page = QPushButton(translate("PdfPreviewDialog", "Fit &Page"))
        fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        zoom_in = QPushButton(translate("PdfPreviewDialog", "Zoom &In"))
        zoom_in.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        zoom_out = QPushButton(translate("PdfPreviewDialog", "Zoom &Out"))
        zoom_out.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))

        tools = QHBoxLayout()
        tools.addWidget(self.info)
        tools.addStretch(1)
        for button in (fit_width, fit_page, zoom_out, zoom_in):
            button.setAutoDefault(False)
            tools.addWidget(button)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            translate("PdfPreviewDialog", "&Save As…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(translate("PdfPreviewDialog", "Choose where to keep this PDF"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        app = QCoreApplication.instance()
        if app is not None:  # quitting with the preview open still removes the temporary copy
            app.aboutToQuit.connect(self._release)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))

    def save(self) -> bool:
        """Hand the previewed file to the caller; close when it was stored."""
        if self._save(self.pdf_path):
            self.saved = True
            self.accept()
            return True
        return False

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._release()
        super().closeEvent(event)

    def _release(self) -> None:
        """Close the file (Windows will not delete an open one) and remove the temporary folder."""
        self.pdf.close()
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)
            self.temp_dir = None
