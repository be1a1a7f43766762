"""Buttons that name a plan object or a figure (an overview row, a flag, a count) rather than an
action: they take no mnemonic, since their text is the person's data, and any ``&`` in it is
shown as written.

Every other button, tab, check box and menu entry has a mnemonic, and none clashes with another
in the same window or dialog; ``tests/gui/shell/test_mnemonics.py`` checks both and skips the
buttons marked here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QWidget

LIST_ENTRY = "hireplanListEntry"


def as_written(text: str) -> str:
    """``text`` for a button or menu entry, with each ``&`` shown rather than taken as a mnemonic."""
    return text.replace("&", "&&")


def mark_list_entry(button: QAbstractButton) -> None:
    """Say that ``button``'s text is data (an object's name, a count), so it needs no mnemonic."""
    button.setProperty(LIST_ENTRY, True)


def is_list_entry(widget: QWidget) -> bool:
    return bool(widget.property(LIST_ENTRY))
