"""Make user text safe for each format without changing what the user wrote.

Excel: control characters are illegal in the file and text over 32,767 characters is cut
silently by Excel, so both are handled here, visibly. PDF: reportlab's Paragraph reads markup,
so every user string is escaped (``<img src=...>`` must print, not open a file).
The plan itself is never changed.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

EXCEL_CELL_LIMIT = 32_767
"""The most characters an Excel cell holds; longer text is cut by Excel without a word."""

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters XML 1.0 cannot carry (both .xlsx and reportlab's markup are XML)."""

_CUT_MARK = " [… cut here: {n:,} more characters are in the plan file]"


_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
"""Word pastes a manual line break as ``\\x0b``: keep it as the line break the user saw."""


def strip_illegal(text: str) -> str:
    """Drop characters that may not appear in an XML document; vertical tab and form feed
    (pasted from Word) become line breaks."""
    return _XML_ILLEGAL.sub("", text.translate(_LINE_BREAKS))


def excel_text(text: str, where: str, warnings: list[str]) -> str:
    """``text`` as it can go into a cell: illegal characters removed, cut visibly at Excel's limit.

    ``where`` names the cell's place for the warning (e.g. ``Checklist, notes of 'Book venue'``).
    """
    clean = strip_illegal(text)
    if len(clean) <= EXCEL_CELL_LIMIT:
        return clean
    mark = _CUT_MARK.format(n=len(clean))
    kept = EXCEL_CELL_LIMIT - len(mark)
    mark = _CUT_MARK.format(n=len(clean) - kept)  # never longer than the first guess: fewer or as many digits
    warnings.append(
        f"{where}: the text has {len(clean):,} characters, more than an Excel cell holds "
        f"({EXCEL_CELL_LIMIT:,}); the workbook shows the first {kept:,} and says where it was cut."
    )
    return clean[:kept] + mark


def pdf_markup(text: str) -> str:
    """User text as reportlab Paragraph markup that prints exactly what was typed.

    ``&``, ``<`` and ``>`` are escaped, so ``<b>`` or ``<img …/>`` print literally; newlines become
    line breaks; tabs become spaces.
    """
    clean = strip_illegal(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return escape(clean).replace("\n", "<br/>")


def short(text: str, limit: int = 80) -> str:
    """A one-line excerpt of user text for a warning message."""
    line = " ".join(strip_illegal(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
