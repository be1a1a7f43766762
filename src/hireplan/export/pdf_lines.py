"""Fast line wrapping for the brief's table cells, Chinese included.

reportlab's Paragraph is a full markup engine and costs about a millisecond per cell; a plan
with thousands of items needs something leaner. Text here is plain (never markup), so it is
broken into words (Latin) and single characters (CJK, which may break anywhere), and laid out
greedily. A word wider than the column is split by characters rather than running off the page.
Chinese punctuation follows the usual line-breaking rule: a closing mark (，。、：；）” …) never
starts a line and an opening one (（“《) never ends one; the character before it moves down with it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from hireplan.export.fonts import register_font
from hireplan.export.scripts import is_rtl, mixed_width, needs_fallback, ordered, reads_rtl, shaped
from hireplan.line_breaks import NO_LINE_END, NO_LINE_START, WIDE_CHARS

_TOKEN = re.compile(rf"[{WIDE_CHARS}]|[^\s{WIDE_CHARS}]+|\s+")
"""A wide character, a word, or a run of spaces: the pieces a line may break between."""


@lru_cache(maxsize=4096)
def _width(text: str, size: float) -> float:
    if needs_fallback(text):
        return mixed_width(text, size)
    return float(stringWidth(text, register_font(), size))


def text_width(text: str, size: float) -> float:
    """Width of ``text`` in the brief's fonts; short strings are cached (words repeat a lot)."""
    if len(text) <= 24:
        return _width(text, size)
    if needs_fallback(text):
        return mixed_width(text, size)
    return float(stringWidth(text, register_font(), size))


def wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points; newlines in the text are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if text_width(paragraph, size) <= width:
            lines.append(paragraph)
            continue
        line = ""
        line_w = 0.0
        for token in _TOKEN.findall(paragraph):
            if token.isspace():
                if line:
                    line += " "
                    line_w += text_width(" ", size)
                continue
            token_w = text_width(token, size)
            if line_w + token_w <= width:
                line += token
                line_w += token_w
                continue
            piece = token
            carried = _carried(line, token)
            if carried:
                line, piece = line[: -len(carried)], carried + token
                token_w = text_width(piece, size)
            if line.strip():
                lines.append(line.rstrip())
            line, line_w = "", 0.0
            most = _most_chars(width, size)
            while token_w > width:  # a word longer than the column: cut it by characters
                cut = _fit(piece, width, size)
                lines.append(piece[:cut])
                piece = piece[cut:]
                # a remainder longer than any line could hold need not be measured
                token_w = text_width(piece, size) if len(piece) <= most else width + 1
            line, line_w = piece, token_w
        lines.append(line.rstrip())
    return lines


def _carried(line: str, token: str) -> str:
    """What of ``line`` moves down with ``token`` so the next line does not start with a closing
    mark, nor this one end with an opening mark: the line's last character (or word), and any
    closing mark before it ("期）" before "。"), with any opening mark before those; nothing when
    the line would be left empty."""
    carried = ""
    rest = line
    head = token
    while head in NO_LINE_START and rest.strip():
        last = _TOKEN.findall(rest)[-1]
        if last.isspace():
            break
        carried, rest, head = last + carried, rest[: -len(last)], last
    while rest and rest[-1] in NO_LINE_END:
        carried, rest = rest[-1] + carried, rest[:-1]
    return carried if rest.strip() else ""


def visual_lines(text: str, width: float, size: float) -> list[tuple[str, bool]]:
    """``text`` wrapped to ``width`` and ready to draw: (line in display order, whether its paragraph
    reads right to left and so is right-aligned).

    Each paragraph is shaped, broken into lines in logical order (so the first words come first), and
    only then is each line reordered for display with the paragraph's direction.
    """
    if not is_rtl(text):
        return [(line, False) for line in wrap(text, width, size)]
    out: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        rtl = reads_rtl(paragraph)
        out.extend((ordered(line, rtl), rtl) for line in wrap(shaped(paragraph), width, size))
    return out


def _most_chars(width: float, size: float) -> int:
    """More characters than can ever fit in ``width``: no glyph is narrower than size / 20."""
    return int(width / (size * 0.05)) + 1


def _fit(token: str, width: float, size: float) -> int:
    """How many leading characters of ``token`` fit in ``width`` (at least one).

    The search is bounded by :func:`_most_chars`, so a 40,000-character word costs a few short
    measurements per line rather than measurements of the whole word.
    """
    lo, hi = 1, min(len(token), _most_chars(width, size))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(token[:mid], size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo
