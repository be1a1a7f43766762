"""Text in every script a plan holds: Chinese, Latin, and right-to-left Arabic and Hebrew.

WenQuanYi Micro Hei (the brief's font) has no Arabic or Hebrew, and reportlab neither shapes
Arabic nor orders right-to-left text by itself. So:

* characters the main font lacks are drawn with a second shipped font, DejaVu Sans, which has
  Arabic (with its presentation forms) and Hebrew: :func:`runs` splits text by font;
* right-to-left text is shaped (``arabic-reshaper`` joins Arabic letters into their contextual
  forms, :func:`shaped`), broken into lines in logical order at the width available, and then each
  line is put in display order (``python-bidi``, the Unicode bidirectional algorithm, with the
  paragraph's direction: :func:`ordered`); a right-to-left paragraph is right-aligned
  (:func:`hireplan.export.pdf_lines.visual_lines`, used by the fast tables and
  :class:`hireplan.export.pdf_bidi.BidiParagraph`). Reordering before wrapping would print a
  wrapped paragraph's last words on its first line.

Both libraries are small (about 0.3 MB together); uharfbuzz with reportlab's own shaping was
weighed and not taken: it shapes only inside Paragraphs, not the brief's fast tables, and it is
about ten times the size.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from hireplan.export.fonts import fallback_glyphs, main_glyphs, register_fallback, register_font

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def needs_fallback(text: str) -> bool:
    """Whether some character of ``text`` must come from the second font (cheap for plain text)."""
    if text.isascii():
        return False
    return not main_glyphs().issuperset(map(ord, text))


def is_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def reads_rtl(paragraph: str) -> bool:
    """Whether a paragraph reads right to left: its first strong letter is Hebrew or Arabic (the
    Unicode bidirectional algorithm's rule P2), so "Dubai: دبي" reads left to right and "دبي: Dubai"
    right to left."""
    if not is_rtl(paragraph):
        return False
    for ch in paragraph:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def shaped(text: str) -> str:
    """Arabic letters joined into their contextual forms, still in logical (typed) order.

    Shaping before line breaking is safe (lines break at spaces, where letters do not join) and
    lets the line breaker measure the glyphs that will be drawn."""
    if not is_rtl(text):
        return text
    import arabic_reshaper  # noqa: PLC0415 - only plans with right-to-left text pay for it

    return str(arabic_reshaper.reshape(text))


def ordered(line: str, rtl: bool | None = None) -> str:
    """One line (already shaped) in display order, in a paragraph reading right to left when ``rtl``
    (None: the line's own first strong letter decides). Reordering is done per line, after breaking
    the paragraph into lines, or a wrapped paragraph's lines come out in the wrong order."""
    if not is_rtl(line) and not rtl:
        return line
    from bidi import get_display  # noqa: PLC0415

    direction = None if rtl is None else ("R" if rtl else "L")
    return str(get_display(line, base_dir=direction))


def visual(line: str, rtl: bool | None = None) -> str:
    """One line in display order with Arabic shaped; text without right-to-left letters is unchanged."""
    if not is_rtl(line):
        return line
    return ordered(shaped(line), rtl)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` split into (piece, font name) runs: the main font wherever it has the glyph."""
    main, fallback = register_font(), register_fallback()
    if not needs_fallback(text):
        return [(text, main)]
    have, extra = main_glyphs(), fallback_glyphs()
    out: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        font = main if code in have or code not in extra or ch.isspace() else fallback
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + ch, font)
        else:
            out.append((ch, font))
    return out


def mixed_width(text: str, size: float) -> float:
    return sum(float(pdfmetrics.stringWidth(piece, font, size)) for piece, font in runs(text))


def markup(text: str) -> str:
    """Escaped Paragraph markup of plain text, each line in display order, runs of the second
    font wrapped in ``<font>`` tags. Newlines become line breaks.

    For short text embedded in markup of our own; text that may wrap goes through
    :class:`hireplan.export.pdf_bidi.BidiParagraph`, which orders each wrapped line."""
    if not needs_fallback(text):
        return escape(text).replace("\n", "<br/>")
    return "<br/>".join(line_markup(visual(line)) for line in text.split("\n"))


def line_markup(line: str) -> str:
    """Markup of one line already in display order: escaped, the second font's runs in ``<font>``."""
    main = register_font()
    return "".join(
        escape(piece) if font == main else f'<font name="{font}">{escape(piece)}</font>'
        for piece, font in runs(line)
    )


def draw_mixed(
    canvas: Any, x: float, y: float, text: str, size: float, *, right: bool = False, centre: bool = False
) -> None:
    """``canvas.drawString`` (or its right-aligned or centred forms) switching fonts where needed."""
    line = visual(text)
    if right or centre:
        x -= mixed_width(line, size) / (2 if centre else 1)
    for piece, font in runs(line):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += float(pdfmetrics.stringWidth(piece, font, size))
