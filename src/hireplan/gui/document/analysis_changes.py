"""What changed in the open plan since its last analysis, so the next one recomputes only that.

The analysis decides which parts an edit touches (:func:`hireplan.analysis.parts.parts_touched`);
this only adds them up between two analyses.
"""

from __future__ import annotations

from collections.abc import Iterable

from hireplan.analysis.parts import parts_touched


class PendingChanges:
    """Everything (a full analysis), or some parts and which offers, changed since the last analysis."""

    def __init__(self) -> None:
        self.everything = True
        self.parts: set[str] = set()
        self.offer_ids: set[str] = set()

    def note(self, kind: str, ids: Iterable[str] = (), field: str = "") -> None:
        """An edit of ``field`` (none: an insert or removal) on objects of ``kind`` with ``ids``."""
        parts = parts_touched(kind, field)
        if parts is None:
            self.everything = True
            return
        self.parts |= parts
        if kind == "offer":
            self.offer_ids.update(ids)

    def clear(self) -> None:
        self.everything = False
        self.parts.clear()
        self.offer_ids.clear()
