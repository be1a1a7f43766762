"""``--help`` laid out by the width text takes on a terminal, so Chinese help lines up and wraps.

argparse pads and wraps by counting characters, but a Chinese character takes two columns: a
translated metavar (``--pdf 输出文件``) pushed its help text to the right of the others, and a help
line of 56 Chinese characters ran 112 columns wide. These formatters measure with
:func:`display_width` and wrap Chinese between any two characters and English between words, as
argparse does, with the brief's rule for punctuation (:mod:`hireplan.line_breaks`).
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from functools import cache
from typing import Any

from hireplan.line_breaks import NO_LINE_END, NO_LINE_START, WIDE_CHARS


@cache
def _pieces() -> re.Pattern[str]:
    """Runs of spaces, single wide (East Asian) characters, and runs of anything else (a word, or
    one item of a list written without spaces, ``summary,roles,``, so such a list can break after a
    comma). Compiled on the first help printed: every start builds a parser, few print help."""
    return re.compile(rf"\s+|[{WIDE_CHARS}]|[^\s{WIDE_CHARS},]+,?|,")


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: two for each wide or full-width character, else one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """``text`` (whitespace collapsed) in lines of at most ``width`` columns where it can break."""
    lines: list[str] = []
    line = ""
    pending_space = False
    for piece in _pieces().findall(" ".join(text.split())):
        if piece.isspace():
            pending_space = bool(line)
            continue
        candidate = f"{line} {piece}" if pending_space else line + piece
        pending_space = False
        fits = display_width(candidate) <= width
        if fits or not line or piece[0] in NO_LINE_START:
            line = candidate
            continue
        carried = ""
        while line and line[-1] in NO_LINE_END:  # an opening mark moves down with what it opens
            carried, line = line[-1] + carried, line[:-1]
        if line.rstrip():
            lines.append(line.rstrip())
        line = carried + piece
    if line:
        lines.append(line)
    return lines


class DisplayWidthHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, measured in terminal columns instead of characters."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width))

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any) -> str:
        """argparse's usage, wrapped narrower by as many columns as its wide text (用法：, 文件)
        overruns the terminal."""
        text = super()._format_usage(usage, actions, groups, prefix)
        width = self._width
        try:
            for _attempt in range(3):
                overrun = max(display_width(line) for line in text.splitlines()) - width
                if overrun <= 0:
                    break
                self._width = max(self._width - overrun, 20)
                text = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width = width
        return text

    def _format_action(self, action: argparse.Action) -> str:
        """argparse's entry, with the padding after a wide invocation (``--pdf 输出文件``) cut to
        what the terminal shows, or the help moved below it when the invocation is too wide."""
        text = super()._format_action(action)
        header = self._format_action_invocation(action)
        extra = display_width(header) - len(header)
        prefix = " " * self._current_indent + header
        first, newline, rest = text.partition("\n")
        after = first[len(prefix) :]
        if extra <= 0 or not first.startswith(prefix) or not after.strip():
            return text
        padding = len(after) - len(after.lstrip(" "))
        if padding - extra >= 2:
            return f"{prefix}{' ' * (padding - extra)}{after.lstrip(' ')}{newline}{rest}"
        help_position = len(first) - len(after.lstrip(" "))
        return f"{prefix}\n{' ' * help_position}{after.lstrip(' ')}{newline}{rest}"


class RawDescriptionDisplayWidthHelpFormatter(
    argparse.RawDescriptionHelpFormatter, DisplayWidthHelpFormatter
):
    """The same, keeping the description and epilog as written (the top-level help's examples)."""
