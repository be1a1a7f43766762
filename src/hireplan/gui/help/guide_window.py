"""The user guide in a window of its own, in the window's language, with its contents beside it.

The guide is HTML shipped in the wheel (``resources/guide/<language>/guide.html``), so it is read
offline and in the same words on every platform. A person moves through it with the contents list
(arrows or Enter jump to a section) or Tab and Enter on the guide's own links.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass
from html.parser import HTMLParser

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hireplan import i18n

GUIDE_FOLDER = "guide"
GUIDE_FILE = "guide.html"
ANCHOR_ROLE = Qt.ItemDataRole.UserRole
CONTENTS_ANCHOR = "contents"
"""The guide's own list of links; the contents list beside it replaces it, so it is not listed."""


@dataclass(frozen=True)
class GuideSection:
    anchor: str
    title: str


def guide_language(language: str) -> str:
    """``language`` when the guide is written in it, else English (the guide's source language)."""
    folder = importlib.resources.files("hireplan.resources").joinpath(GUIDE_FOLDER, language)
    return language if folder.joinpath(GUIDE_FILE).is_file() else i18n.ENGLISH


def guide_html(language: str) -> str:
    """The guide's HTML in ``language`` (English when there is no guide in that language)."""
    found = guide_language(language)
    return (
        importlib.resources.files("hireplan.resources")
        .joinpath(GUIDE_FOLDER, found, GUIDE_FILE)
        .read_text(encoding="utf-8")
    )


class _Headings(HTMLParser):
    """Collects each ``<h1 id=…>`` and ``<h2 id=…>`` with its text: the guide's sections, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[GuideSection] = []
        self._anchor: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2"):
            self._anchor = dict(attrs).get("id") or ""
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._anchor is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2") and self._anchor is not None:
            self.sections.append(GuideSection(self._anchor, " ".join("".join(self._text).split())))
            self._anchor = None


def guide_sections(html_text: str) -> list[GuideSection]:
    """The sections a contents list offers: the title and every section heading with an anchor."""
    parser = _Headings()
    parser.feed(html_text)
    return [s for s in parser.sections if s.anchor and s.anchor != CONTENTS_ANCHOR]


class GuideWindow(QWidget):
    """The guide beside its contents; Escape closes it, F1 in the main window brings it back."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self._following = False  # the contents list is being moved to follow the reader's scrolling
        self.language = guide_language(language)
        html_text = guide_html(self.language)

        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(QCoreApplication.translate("GuideWindow", "User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(html_text)
        title = self.browser.documentTitle() or QCoreApplication.translate(
            "GuideWindow", "hireplan user guide"
        )
        self.setWindowTitle(title)

        self.contents_model = QStandardItemModel(self)
        for section in guide_sections(html_text):
            item = QStandardItem(section.title)
            item.setData(section.anchor, ANCHOR_ROLE)
            item.setEditable(False)
            self.contents_model.appendRow(item)
        self.contents = QListView()
        self.contents.setObjectName("guideContents")
        self.contents.setModel(self.contents_model)
        self.contents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contents.setAccessibleName(QCoreApplication.translate("GuideWindow", "Contents"))
        self.contents.setTabKeyNavigation(False)
        self.contents.activated.connect(self._go_to)
        self.contents.clicked.connect(self._go_to)
        self.contents.selectionModel().currentChanged.connect(lambda index, _prev: self._go_to(index))
        # The title is current from the start, so focusing the list later does not jump back to it.
        self.contents.setCurrentIndex(self.contents_model.index(0, 0))

        label = QLabel(QCoreApplication.translate("GuideWindow", "&Contents:"))
        label.setBuddy(self.contents)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(label)
        side_layout.addWidget(self.contents, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([230, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.contents, self.browser)

        self.browser.verticalScrollBar().valueChanged.connect(self._follow_scroll)

        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        self.resize(900, 680)

    def section_anchors(self) -> list[str]:
        return [
            str(self.contents_model.index(row, 0).data(ANCHOR_ROLE))
            for row in range(self.contents_model.rowCount())
        ]

    def show_section(self, anchor: str) -> None:
        """Scroll the guide so that the section ``anchor`` starts at the top (the title: the very top)."""
        anchors = self.section_anchors()
        if anchors and anchor == anchors[0]:
            self.browser.verticalScrollBar().setValue(0)
        else:
            self.browser.scrollToAnchor(anchor)

    def _go_to(self, index: QModelIndex) -> None:
        anchor = index.data(ANCHOR_ROLE) if index.isValid() else None
        if anchor and not self._following:
            self.show_section(str(anchor))

    def _anchor_tops(self) -> dict[str, float]:
        """Where each anchor's block starts in the laid-out guide, in the scroll bar's units."""
        document = self.browser.document()
        layout = document.documentLayout()
        tops: dict[str, float] = {}
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                for name in fragments.fragment().charFormat().anchorNames():
                    tops.setdefault(name, layout.blockBoundingRect(block).top())
                fragments += 1
            block = block.next()
        return tops

    def _follow_scroll(self, value: int) -> None:
        """The contents list marks the section being read, however the reader got there."""
        tops = self._anchor_tops()
        current = self.contents.currentIndex().data(ANCHOR_ROLE)
        height = self.browser.viewport().height()
        if current is not None and value - 8 <= tops.get(str(current), -1e9) <= value + height:
            return  # the section chosen is on screen (the last ones cannot scroll to the top)
        row = 0
        for number, anchor in enumerate(self.section_anchors()):
            if tops.get(anchor, float("inf")) <= value + 8:
                row = number
        if row != self.contents.currentIndex().row():
            self._following = True
            try:
                self.contents.setCurrentIndex(self.contents_model.index(row, 0))
            finally:
                self._following = False


def show_guide(parent: QWidget) -> GuideWindow:
    """Bring up the guide in the process' language, reusing the window already open for ``parent``."""
    language = guide_language(i18n.current_language())
    window = next(
        (w for w in parent.findChildren(GuideWindow) if w.language == language),
        None,
    )
    if window is None:
        window = GuideWindow(language, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    window.contents.setFocus(Qt.FocusReason.OtherFocusReason)
    return window
