"""Plans in an older file format: say so on opening, ask before the first save, keep the original.

Saving writes the current format, which older versions of hireplan cannot open, and the usual
``FILE.bak`` is replaced by the next save, so an old file would be gone after two saves. The
window therefore notes the older format when the plan opens, asks before the first save over it,
and keeps the original file beside it under a name no later save reuses.

The two file operations (reading a plan with its format version, keeping the original) live in
the core (:mod:`hireplan.storage.plan_file`); this module asks and shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from hireplan.model import SCHEMA_VERSION
from hireplan.storage.plan_file import OpenedPlan, keep_original, original_copy_path
from hireplan.storage.plan_file import open_plan as open_plan_file

__all__ = ["OpenedPlan", "keep_original", "open_plan_file", "original_copy_path", "upgrade_question"]

STATUS_NOTE = str(
    QT_TRANSLATE_NOOP("FormatNote", "Older file format: you are asked before it is saved in the new one.")
)


def upgrade_question(path: Path, version: int) -> tuple[str, str, str]:
    """Title, message and the confirming button's text for the first save over an older file."""
    copy = original_copy_path(path, version)
    return (
        QCoreApplication.translate("FormatNote", "Save in the new file format?"),
        QCoreApplication.translate(
            "FormatNote",
            "“{file}” was saved by an older version of hireplan (file format {old}). Saving writes it in "
            "the current format ({current}), which older versions cannot open.\n\n"
            "The original file is kept beside it as “{copy}”.",
        ).format(file=path.name, old=version, current=SCHEMA_VERSION, copy=copy.name),
        QCoreApplication.translate("FormatNote", "Save in New Format"),
    )


class FormatNote:
    """The status-bar note shown while the open plan is in an older format."""

    def __init__(self, window: QMainWindow) -> None:
        self.label = QLabel(QCoreApplication.translate("FormatNote", STATUS_NOTE))
        self.label.setObjectName("olderFormatNote")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)

    def show_for(self, version: int | None) -> None:
        self.label.setVisible(version is not None)
