"""Helpers the export, template and settings dialog tests share: a scripted file chooser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget


class FakeChooser:
    """Hands out the paths queued in ``open_paths`` / ``save_paths`` and records each question."""

    def __init__(self, *, open_paths: list[Path] | None = None, save_paths: list[Path] | None = None) -> None:
        self.open_paths = list(open_paths or [])
        self.save_paths = list(save_paths or [])
        self.asked: list[tuple[str, Any]] = []

    def open_file(
        self, parent: QWidget | None, title: str, start: Path | None, name_filter: str
    ) -> Path | None:
        self.asked.append(("open", title))
        return self.open_paths.pop(0) if self.open_paths else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
    ) -> Path | None:
        self.asked.append(("save", (title, suggested)))
        return self.save_paths.pop(0) if self.save_paths else None
