"""A paragraph of user text holding Hebrew or Arabic, wrapped the way a right-to-left reader reads it.

reportlab's Paragraph breaks lines itself but knows nothing of right-to-left text: given text
already in display order it breaks a wrapped paragraph so that its last words come first. So this
flowable breaks the text into lines itself, in logical order, at the width the frame or table cell
gives it (measured with the fonts that will draw it), orders each line for display
(:func:`hireplan.export.pdf_lines.visual_lines`), and hands the finished lines to Paragraphs that
have nothing left to break. A right-to-left paragraph is right-aligned; a left-to-right one in the
same text keeps the style's alignment.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from hireplan.export.pdf_lines import visual_lines
from hireplan.export.scripts import line_markup

SLACK = 0.5
"""Points kept free on each line, so Paragraph's own measuring never breaks a finished line again."""


class BidiParagraph(Flowable):  # type: ignore[misc]
    """Plain user text (cleaned, never markup) in ``style``, right-to-left paragraphs ordered per line."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._parts: list[Paragraph] = []
        self._laid_for: float | None = None

    def _inner(self, align: int) -> ParagraphStyle:
        return ParagraphStyle(
            f"{self.style.name}-bidi-{align}", parent=self.style, alignment=align, spaceBefore=0, spaceAfter=0
        )

    def _lay_out(self, avail_width: float) -> list[Paragraph]:
        if self._laid_for != avail_width:
            room = avail_width - self.style.leftIndent - self.style.rightIndent - SLACK
            parts: list[Paragraph] = []
            block: list[str] = []
            block_rtl = False
            for line, rtl in visual_lines(self.text, room, self.style.fontSize):
                if block and rtl != block_rtl:
                    parts.append(self._paragraph(block, block_rtl))
                    block = []
                block.append(line_markup(line) if line else "")
                block_rtl = rtl
            if block:
                parts.append(self._paragraph(block, block_rtl))
            self._parts, self._laid_for = parts, avail_width
        return self._parts

    def _paragraph(self, lines: list[str], rtl: bool) -> Paragraph:
        align = TA_RIGHT if rtl and self.style.alignment != TA_CENTER else self.style.alignment
        return Paragraph("<br/>".join(lines), self._inner(align))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        height = 0.0
        for part in self._lay_out(avail_width):
            height += part.wrap(avail_width, avail_height)[1]
        self.width, self.height = avail_width, height
        return avail_width, height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """The lines that fit in ``avail_height`` and the rest (finished Paragraphs, never re-broken)."""
        block = _Block(self._lay_out(avail_width))
        pieces = block.split(avail_width, avail_height)
        return [self] if pieces == [block] else pieces

    def draw(self) -> None:
        y = self.height
        for part in self._parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


class _Block(Flowable):  # type: ignore[misc]
    """Finished Paragraphs stacked: one side of a :class:`BidiParagraph` split across pages."""

    def __init__(self, parts: list[Any]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = sum(part.wrap(avail_width, avail_height)[1] for part in self.parts)
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        used = 0.0
        for index, part in enumerate(self.parts):
            height = part.wrap(avail_width, avail_height)[1]
            if used + height <= avail_height:
                used += height
                continue
            pieces = part.split(avail_width, avail_height - used)
            if not pieces:
                return [] if index == 0 else [_Block(self.parts[:index]), _Block(self.parts[index:])]
            return [_Block([*self.parts[:index], pieces[0]]), _Block([*pieces[1:], *self.parts[index + 1 :]])]
        return [self]

    def draw(self) -> None:
        y = self.height
        for part in self.parts:
            y -= part.height
            part.drawOn(self.canv, 0, y)
