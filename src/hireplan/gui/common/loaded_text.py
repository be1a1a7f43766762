"""Putting a saved value into a line edit so the start of it shows.

``QLineEdit.setText`` leaves the cursor at the end, so a field narrower than its text shows only
the tail ("idate A (returning from…" for "Candidate A (returning from Zurich)"). A form that loads
an object reads like a record: each field shows its beginning, as a typed value does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def show_loaded_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` from its start, unless the person is typing in ``edit`` (their cursor stays
    where ``setText`` puts it, at the end, as before)."""
    edit.setText(text)
    if not edit.hasFocus():
        edit.setCursorPosition(0)
