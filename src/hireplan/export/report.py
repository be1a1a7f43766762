"""What an export hands back to its caller (where it wrote, what the reader should know); how it writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from hireplan import atomic

if TYPE_CHECKING:
    from hireplan.export.printable import Unprintable


class ExportError(Exception):
    """An export could not be written; the message is meant for the user, as is."""


@dataclass
class ExportReport:
    """The written file and warnings (cut text, glyphs the font lacks) to show the user."""

    path: Path
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    """Pages in a PDF; None for a workbook."""
    unprintable: list[Unprintable] = field(default_factory=list)
    """Fields whose characters printed as □ (:mod:`hireplan.export.printable`); the warnings then
    name only characters found elsewhere."""


def write_export(target: Path, produce: Callable[[BinaryIO], None], *, force: bool = False) -> None:
    """Write an export atomically with :func:`hireplan.atomic.write_with`; failures as :class:`ExportError`.

    ``produce`` writes the whole file into the stream it is given (in memory); nothing appears at
    ``target`` unless it succeeded and every byte reached the disk.
    """
    try:
        atomic.write_with(target, produce, force=force)
    except OSError as exc:
        raise ExportError(f"Cannot write {target}: {atomic.describe_write_error(exc, target)}.") from exc
