"""How far a document is while it is written, so a long export's progress bar keeps moving.

The writers call ``progress(fraction, step)`` often (per section of the brief and per flowable laid
out, per page drawn, per sheet of the workbook): ``fraction`` runs from 0 to 1 over the document
and never goes back; ``step`` says what is being done in words-free form, so the caller words it
in its own language (the window's, which may differ from the document's). A caller that wants to
stop raises from the callback; the writers leave nothing behind when they are interrupted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Stage = Literal["section", "layout", "draw", "sheet", "save"]


@dataclass(frozen=True, slots=True)
class Step:
    """What a writer is doing: building a ``section`` of the brief (``name`` is its key), laying out
    (``number`` is the page reached), drawing page ``number`` of ``total``, building or writing a
    ``sheet`` (``name`` is its English title), or saving the file."""

    stage: Stage
    name: str = ""
    number: int = 0
    total: int = 0


Progress = Callable[[float, Step], None]


def no_progress(_fraction: float, _step: Step) -> None:
    """For callers that do not show progress."""


class Span:
    """Reports a share ``[start, end]`` of a document's progress, never going backwards."""

    def __init__(self, progress: Progress, start: float, end: float) -> None:
        self.progress, self.start, self.end = progress, start, end
        self._last = start

    def __call__(self, fraction: float, step: Step) -> None:
        value = self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0)
        self._last = max(self._last, value)
        self.progress(self._last, step)
