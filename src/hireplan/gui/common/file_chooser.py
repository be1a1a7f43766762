"""File paths for exports and template files, asked through one small interface tests replace.

The window's :class:`hireplan.gui.common.prompts.Prompter` asks for *plan* files (its filter and suffix are
``.hireplan``). Exports and template files need their own titles, filters and suffixes, so the
dialogs that write them take a ``FileChooser``; the real app uses :class:`QtFileChooser`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget


class FileChooser(Protocol):
    """Ask for a file to read or to write; None when the person cancels."""

    def open_file(
        self, parent: QWidget | None, title: str, start: Path | None, name_filter: str
    ) -> Path | None: ...

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
    ) -> Path | None: ...


def with_suffix(path: Path, suffix: str) -> Path:
    """Add ``suffix`` (e.g. ``.pdf``) when the typed name has none of its own."""
    if not suffix or path.name.lower().endswith(suffix.lower()):
        return path
    return path.with_name(path.name + suffix)


class QtFileChooser:
    """Standard file dialogs; the save dialog itself asks before replacing an existing file."""

    def open_file(
        self, parent: QWidget | None, title: str, start: Path | None, name_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start or ""), name_filter)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
        return with_suffix(Path(name), suffix) if name else None
