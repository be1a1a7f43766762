"""A loaded value shows from its start; a field someone is typing in keeps their cursor."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from hireplan.gui.common.loaded_text import show_loaded_text

LONG = "Candidate A (returning from a research lab in Zurich with a family of four)"


def test_a_loaded_value_shows_its_start_and_a_typed_one_keeps_the_cursor(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setFixedWidth(120)
    edit.show()
    qtbot.waitExposed(edit)
    show_loaded_text(edit, LONG)
    assert edit.text() == LONG and edit.cursorPosition() == 0
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    show_loaded_text(edit, LONG)  # the form reloading after the person pressed Enter in the field
    assert edit.cursorPosition() == len(LONG)
