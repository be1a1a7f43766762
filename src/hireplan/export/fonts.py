"""The fonts the PDF documents use, shipped with hireplan and embedded in every PDF.

WenQuanYi Micro Hei covers Latin and Chinese (names, cities, notes), ``¥`` and dashes; DejaVu Sans
draws what it lacks, Arabic and Hebrew (see :mod:`hireplan.export.scripts`). reportlab embeds only
the glyphs a document uses. The standard PDF fonts (Helvetica…) are never used, because they are
not embedded and cannot show Chinese.
"""

from __future__ import annotations

import importlib.resources
import threading
from functools import lru_cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hireplan.i18n import _, ngettext

FONT_NAME = "HireplanSans"
FONT_FILE = "wqy-microhei.ttc"
FALLBACK_NAME = "HireplanSansRTL"
FALLBACK_FILE = "DejaVuSans.ttf"
"""DejaVu Sans: Arabic (with presentation forms) and Hebrew, which the main font lacks."""
PLACEHOLDER = "□"
"""Printed instead of a character the font lacks (the font has this one), so nothing vanishes."""


_LOADING = threading.RLock()
"""The fonts load once, whichever thread asks first (the Export dialog's check or an export)."""


@lru_cache(maxsize=1)
def register_font() -> str:
    """Load the shipped font into reportlab once and return its name."""
    with _LOADING:
        return _register_main()


def _register_main() -> str:
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
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
    with _LOADING:
        return _register_fallback()


def _register_fallback() -> str:
    if FALLBACK_NAME in pdfmetrics.getRegisteredFontNames():
        return FALLBACK_NAME
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


def printable_codes() -> frozenset[int]:
    """Every character (code point) one of the two fonts draws, plus the line breaks and tabs the
    documents lay out themselves: anything else prints as :data:`PLACEHOLDER`."""
    return _printable()


@lru_cache(maxsize=1)
def _printable() -> frozenset[int]:
    with _LOADING:
        return _glyphs() | {ord("\n"), ord("\r"), ord("\t")}


class GlyphCheck:
    """Replaces characters the font cannot draw with a visible placeholder and remembers them."""

    def __init__(self) -> None:
        self._known = printable_codes()
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

    def warnings(self, named: str = "") -> list[str]:
        """A warning about characters that printed as the placeholder, leaving out those in ``named``
        (already reported field by field, see :mod:`hireplan.export.printable`)."""
        missing = [ch for ch in self.missing if ch not in named]
        if not missing:
            return []
        shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:10])
        more = len(missing) - 10
        if more > 0:
            shown = _("{shown} and {count} more").format(shown=shown, count=more)
        return [
            ngettext(
                "The PDF fonts cannot draw {count} character, which prints as {mark}: {shown}.",
                "The PDF fonts cannot draw {count} characters, which print as {mark}: {shown}.",
                len(missing),
            ).format(count=len(missing), mark=PLACEHOLDER, shown=shown)
        ]
