"""The brief's page machinery: page size, footer with "Page X of Y", outline and metadata.

"Page X of Y" needs the page count before any page is written, so the canvas keeps each page's
state and draws the footers when the document is saved (the usual reportlab two-pass canvas).
Bookmarks made while pages are held back would all point at page one, so they are recorded with
their page and replayed when that page is finally written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hireplan import i18n
from hireplan.export.fonts import register_font
from hireplan.export.scripts import draw_mixed, mixed_width

rl_config.useA85 = 0
"""Page streams stay binary (deflated) rather than ASCII85-encoded: smaller files, and the
encoding was a tenth of the export time of a large plan."""

PAGE_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN = 16 * mm
FOOTER_GREY = (0.35, 0.35, 0.35)


class Bookmark(Flowable):  # type: ignore[misc]
    """An invisible flowable that puts an outline entry at the place it lands."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        canvas: BriefCanvas = self.canv
        canvas.bookmark_here(self.key, self.title, self.level)


class BriefCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds pages back until save so each footer can say how many pages there are."""

    footer_left = ""
    """Set by :func:`canvas_maker`: plan title and date, already fitted to the font."""
    on_page: Callable[[int, int], None] | None = None
    """Set by :func:`canvas_maker`: told ``(page, pages)`` as each held page is drawn out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._page_bookmarks: list[tuple[str, str, int]] = []

    def bookmark_here(self, key: str, title: str, level: int) -> None:
        self._page_bookmarks.append((key, title, level))

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            for key, title, level in self._page_bookmarks:
                self.bookmarkPage(key, fit="XYZ", top=self._pagesize[1])
                self.addOutlineEntry(title, key, level=level, closed=False)
            self._draw_footer(number, total)
            Canvas.showPage(self)
            if self.on_page is not None:
                self.on_page(number, total)
        self.showOutline()
        Canvas.save(self)

    def _draw_footer(self, number: int, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(register_font(), 7.5)
        self.setFillColorRGB(*FOOTER_GREY)
        self.setStrokeColorRGB(0.8, 0.8, 0.8)
        self.setLineWidth(0.5)
        self.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
        draw_mixed(self, MARGIN, MARGIN - 8 * mm, self.footer_left, 7.5)
        self.setFont(register_font(), 7.5)
        page = i18n._("Page {number} of {total}").format(number=number, total=total)
        self.drawRightString(width - MARGIN, MARGIN - 8 * mm, page)
        self.restoreState()


def canvas_maker(
    footer_left: str, on_page: Callable[[int, int], None] | None = None
) -> Callable[..., BriefCanvas]:
    """A canvas class whose footers carry ``footer_left`` (plan title and date); ``on_page`` hears
    of each page as it is drawn."""

    class _Canvas(BriefCanvas):
        pass

    _Canvas.footer_left = footer_left
    _Canvas.on_page = staticmethod(on_page) if on_page is not None else None
    return _Canvas


def fit_to_width(text: str, width: float, size: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width`` points in the brief's font."""
    if mixed_width(text, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mixed_width(text[:mid] + "…", size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


def make_document(
    target: Any, page_size: str, *, title: str, author: str, subject: str, language: str
) -> BaseDocTemplate:
    """A one-frame document with the brief's margins and metadata."""
    size = PAGE_SIZES[page_size]
    doc = BaseDocTemplate(
        target,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="hireplan",
        lang=language or i18n.current_language().replace("_", "-"),
        initialFontName=register_font(),
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
