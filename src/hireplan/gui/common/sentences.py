"""Putting whole sentences one after another the way the window's language writes them.

English separates sentences with a space, Chinese writes them back to back; a screen that glues its
translated sentences with ``" "`` would show stray spaces in Chinese, so it joins them here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def joined(*sentences: str) -> str:
    """The non-empty ``sentences`` one after the other (``{sentence} {next}`` in English)."""
    text = ""
    for sentence in sentences:
        if not sentence:
            continue
        if not text:
            text = sentence
            continue
        text = QCoreApplication.translate("Sentences", "{sentence} {next}").format(
            sentence=text, next=sentence
        )
    return text
