"""Scripted stand-ins for the questions the window asks a person: a Prompter and a file chooser.

Both answer from their attributes and record what was asked, so a test sets the answers first and
checks the questions after. The ``prompter`` fixture (tests/gui/conftest.py) hands out a FakePrompter.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from hireplan.gui.common.prompts import ChangedAnswer, LockedAnswer, RecoveryOffer, UnsavedAnswer


class FakePrompter:
    """Answers every question from its attributes and records what was asked."""

    def __init__(self) -> None:
        self.unsaved_answer = UnsavedAnswer.CANCEL
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.restore: bool | None = True
        self.open_locked = LockedAnswer.READ_ONLY
        self.changed_on_disk: list[ChangedAnswer] = []
        """Answers to the changed-on-disk question, first to last; CANCEL once they run out."""
        self.template: str | None = None
        self.confirm = True
        self.calls: list[tuple[str, Any]] = []

    def _record(self, name: str, detail: Any = None) -> None:
        self.calls.append((name, detail))

    def asked(self, name: str) -> list[Any]:
        return [detail for call, detail in self.calls if call == name]

    @property
    def errors(self) -> list[str]:
        return [f"{t}: {m}" for t, m in self.asked("show_error")]

    def ask_open_path(self, parent: QWidget | None, start_dir: Path | None) -> Path | None:
        self._record("ask_open_path", start_dir)
        return self.open_path

    def ask_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self._record("ask_save_path", suggested)
        return self.save_path

    def ask_unsaved_changes(self, parent: QWidget | None, document_name: str) -> UnsavedAnswer:
        self._record("ask_unsaved_changes", document_name)
        return self.unsaved_answer

    def ask_restore_recovery(self, parent: QWidget | None, offer: RecoveryOffer) -> bool | None:
        self._record("ask_restore_recovery", offer)
        return self.restore

    def ask_open_locked(self, parent: QWidget | None, path: Path, holder: str, stale: bool) -> LockedAnswer:
        self._record("ask_open_locked", (path, holder, stale))
        return self.open_locked

    def ask_changed_on_disk(self, parent: QWidget | None, path: Path) -> ChangedAnswer:
        self._record("ask_changed_on_disk", path)
        return self.changed_on_disk.pop(0) if self.changed_on_disk else ChangedAnswer.CANCEL

    def ask_template(self, parent: QWidget | None, templates: Sequence[Any]) -> str | None:
        self._record("ask_template", [t.name for t in templates])
        return self.template

    def ask_confirm(self, parent: QWidget | None, title: str, message: str, action: str) -> bool:
        self._record("ask_confirm", (title, message))
        return self.confirm

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        self._record("show_error", (title, message))

    def show_warning(self, parent: QWidget | None, title: str, message: str) -> None:
        self._record("show_warning", (title, message))

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        self._record("show_info", (title, message))


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
