"""The two small text helpers every layer uses to build what it says: a count with its noun, and a
name cut to one line.

They live here, at the bottom of the core, so the rules, the exports, the CLI and the screens all
count and shorten the same way.
"""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 item`` / ``3 items``; give ``many`` when the plural is not ``one + "s"`` (``entries``)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def shorten(text: str, width: int = 60) -> str:
    """One line of at most ``width`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] or text[: width - 1]
    return cut.rstrip(",;:.") + "\u2026"
