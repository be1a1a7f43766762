"""What an export hands back to its caller: where it wrote, and what the reader should know."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class ExportError(Exception):
    """An export could not be written; the message is meant for the user, as is."""


@dataclass
class ExportReport:
    """The written file and warnings (cut text, glyphs the font lacks) to show the user."""

    path: Path
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    """Pages in a PDF; None for a workbook."""
