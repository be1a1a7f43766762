"""Plans in an older file format: say so on opening, ask before the first save, keep the original.

Saving writes the current format, which older versions of hireplan cannot open, and the usual
``FILE.bak`` is replaced by the next save, so an old file would be gone after two saves. The
window therefore notes the older format when the plan opens, asks before the first save over it,
and keeps the original file beside it under a name no later save reuses.

The two file operations (reading a plan with its format version, keeping the original) belong
to the core; until ``hireplan.storage`` offers them they are composed here from its public parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow

from hireplan.model import SCHEMA_VERSION, Plan
from hireplan.storage.atomic import atomic_write_bytes
from hireplan.storage.backups import content_hash
from hireplan.storage.errors import PlanFileError
from hireplan.storage.jsonio import decode_json_object, read_file
from hireplan.storage.migrations import file_version
from hireplan.storage.plan_file import validate_plan_data

STATUS_NOTE = "Older file format: you are asked before it is saved in the new one."


@dataclass(frozen=True)
class OpenedPlan:
    plan: Plan
    format_version: int
    content_hash: str | None = None
    """SHA-256 of the bytes read, so a later save can tell whether the file changed on disk."""

    @property
    def older(self) -> bool:
        return self.format_version < SCHEMA_VERSION


def open_plan_file(path: Path) -> OpenedPlan:
    """``load_plan`` that also says which format the file was in; the file is never changed."""
    try:
        data = read_file(path)
        raw = decode_json_object(data)
        version = file_version(raw)
        return OpenedPlan(validate_plan_data(raw), version, content_hash(data))
    except PlanFileError as exc:
        raise exc.with_source(path=path) from None


def original_copy_path(path: Path, version: int) -> Path:
    """``team.hireplan`` in format 0 -> ``team.format-0.hireplan`` (numbered if that is taken)."""
    stem, suffix = path.stem, path.suffix
    candidate = path.with_name(f"{stem}.format-{version}{suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}.format-{version} ({number}){suffix}")
        number += 1
    return candidate


def keep_original(path: Path, version: int) -> Path:
    """Copy the file as it is now beside it, before it is saved in the new format; the copy's path."""
    copy = original_copy_path(path, version)
    atomic_write_bytes(copy, read_file(path))
    return copy


def upgrade_question(path: Path, version: int) -> tuple[str, str, str]:
    """Title, message and the confirming button's text for the first save over an older file."""
    copy = original_copy_path(path, version)
    return (
        "Save in the new file format?",
        f"“{path.name}” was saved by an older version of hireplan (file format {version}). Saving "
        f"writes it in the current format ({SCHEMA_VERSION}), which older versions cannot open.\n\n"
        f"The original file is kept beside it as “{copy.name}”.",
        "Save in New Format",
    )


class FormatNote:
    """The status-bar note shown while the open plan is in an older format."""

    def __init__(self, window: QMainWindow) -> None:
        self.label = QLabel(STATUS_NOTE)
        self.label.setObjectName("olderFormatNote")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)

    def show_for(self, version: int | None) -> None:
        self.label.setVisible(version is not None)
