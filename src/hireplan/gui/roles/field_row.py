"""One editor of a form with the message line under it: a refusal in red, a warning in amber.

Shared by the offer form and its competing-package box, so both show messages the same way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from hireplan.gui.common.style import error_style, warning_style


class FieldRow:
    """One editor with the message line under it."""

    def __init__(self, editor: QWidget) -> None:
        self.editor = editor
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

    def show(self, text: str, *, refused: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(error_style() if refused else warning_style())
        self.message.setVisible(bool(text))

    def clear(self) -> None:
        self.show("", refused=False)


def add_field_row(form: QFormLayout, label: str, editor: QWidget) -> FieldRow:
    """Put ``editor`` in ``form`` under ``label``, with its message line below it.

    A row too narrow for both puts the label above its editor rather than cutting either (the
    form sits in a pane beside the tables, narrow at the default window size)."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    entry = FieldRow(editor)
    holder = QWidget()
    stack = QVBoxLayout(holder)
    stack.setContentsMargins(0, 0, 0, 0)
    stack.setSpacing(2)
    stack.addWidget(editor)
    stack.addWidget(entry.message)
    form.addRow(label, holder)
    if not editor.accessibleName():  # the label sits beside the holder, so Qt cannot find it
        editor.setAccessibleName(label.replace("&", ""))
    return entry
