"""The fonts the PDF documents use, shipped with hireplan and embedded in every PDF.

WenQuanYi Micro Hei covers Latin and Chinese (names, cities, notes), ``¥`` and dashes; DejaVu Sans
draws what it lacks, Arabic and Hebrew (see :mod:`hireplan.export.scripts`). reportlab embeds only
the glyphs a document uses. The standard PDF fonts (Helvetica…) are never used, because they are
not embedded and cannot show Chinese.
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "HireplanSans"
FONT_FILE = "wqy-microhei.ttc"
FALLBACK_NAME = "HireplanSansRTL"
FALLBACK_FILE = "DejaVuSans.ttf"
"""DejaVu Sans: Arabic (with presentation forms) and Hebrew, which the main font lacks."""
PLACEHOLDER = "□"
"""Printed instead of a character the font lacks (the font has this one), so nothing vanishes."""


@lru_cache(maxsize=1)
def register_font() -> str:
    """Load the shipped font into reportlab once and return its name."""
    resource = importlib.resources.files("hireplan.resources") / "fonts" / FONT_FILE
    with importlib.resources.as_file(resource) as path:
        font = TTFont(FONT_NAME, str(path), subfontIndex=0)
    pdfmetrics.registerFont(font)
    # One weight only: bold and italic map to the same face so <b>/<i> in our own markup never
    # fall back to a non-embedded standard font.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME


@lru_cache(maxsize=1)
def register_fallback() -> str:
    """Load the second font into reportlab once and return its name (see :mod:`scripts`)."""
    resource = importlib.resources.files("hireplan.resources") / "fonts" / FALLBACK_FILE
    with importlib.resources.as_file(resource) as path:
        pdfmetrics.registerFont(TTFont(FALLBACK_NAME, str(path)))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK_NAME, bold, italic, FALLBACK_NAME)
    return FALLBACK_NAME


@lru_cache(maxsize=1)
def main_glyphs() -> frozenset[int]:
    font: Any = pdfmetrics.getFont(register_font())
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def fallback_glyphs() -> frozenset[int]:
    font: Any = pdfmetrics.getFont(register_fallback())
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    return main_glyphs() | fallback_glyphs()


class GlyphCheck:
    """Replaces characters the font cannot draw with a visible placeholder and remembers them."""

    def __init__(self) -> None:
        self._known = _glyphs() | {ord("\n"), ord("\r"), ord("\t")}
        self.missing: dict[str, str] = {}
        """Missing character -> where it was first seen."""

    def fix(self, text: str, where: str) -> str:
        known = self._known
        if known.issuperset(map(ord, text)):
            return text
        out = []
        for ch in text:
            if ord(ch) in known:
                out.append(ch)
            else:
                self.missing.setdefault(ch, where)
                out.append(PLACEHOLDER)
        return "".join(out)

    def warnings(self) -> list[str]:
        if not self.missing:
            return []
        shown = ", ".join(
            f"{ch!r} (U+{ord(ch):04X}, in {where})" for ch, where in list(self.missing.items())[:10]
        )
        more = len(self.missing) - 10
        tail = f" and {more} more" if more > 0 else ""
        return [
            f"The PDF font has no glyph for {len(self.missing)} character(s): {shown}{tail}; "
            f"each prints as {PLACEHOLDER}."
        ]
