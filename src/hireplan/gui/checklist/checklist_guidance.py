"""The panel beside the checklist: the selected step's purpose, good practice and common mistakes."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QTextBrowser, QVBoxLayout, QWidget

from hireplan.gui.checklist.checklist_cells import progress_notes
from hireplan.model.checklist import Step


class GuidancePanel(QWidget):
    """The selected step's purpose, best practices and common mistakes, with its progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 6, 4)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(QCoreApplication.translate("GuidancePanel", "Guidance for this step"))
        self.text.setOpenExternalLinks(False)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        layout.addWidget(self.title)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.text, 1)
        self._html = ""

    def show_step(self, step: Step | None, progress: object | None) -> None:
        if step is None:
            self.title.setText(QCoreApplication.translate("GuidancePanel", "No step selected"))
            self.progress.hide()
            self.progress_label.clear()
            self.text.clear()
            self._html = ""
            return
        self.title.setText(step.title)
        if progress is None:
            self.progress.hide()
            self.progress_label.clear()
        else:
            done = int(getattr(progress, "done", 0))
            applicable = int(getattr(progress, "applicable", 0))
            self.progress.show()
            self.progress.setRange(0, max(applicable, 1))
            self.progress.setValue(done)
            self.progress.setFormat(
                QCoreApplication.translate("GuidancePanel", "{done} of {applicable} done").format(
                    done=done, applicable=applicable
                )
            )
            notes = progress_notes(progress)
            self.progress_label.setText(QCoreApplication.translate("GuidancePanel", ", ").join(notes))
        parts: list[str] = []
        if step.purpose:
            parts.append(f"<p>{html.escape(step.purpose)}</p>")
        if step.best_practices:
            items = "".join(f"<li>{html.escape(text)}</li>" for text in step.best_practices)
            heading = html.escape(QCoreApplication.translate("GuidancePanel", "Good practice"))
            parts.append(f"<h4>{heading}</h4><ul>{items}</ul>")
        if step.common_mistakes:
            items = "".join(f"<li>{html.escape(text)}</li>" for text in step.common_mistakes)
            heading = html.escape(QCoreApplication.translate("GuidancePanel", "Common mistakes"))
            parts.append(f"<h4>{heading}</h4><ul>{items}</ul>")
        if not parts:
            empty = QCoreApplication.translate("GuidancePanel", "This step has no guidance in its template.")
            parts.append(f"<p><i>{html.escape(empty)}</i></p>")
        text = "".join(parts)
        if text != self._html:  # laying out rich text is slow; progress changes far more often
            self._html = text
            self.text.setHtml(text)
