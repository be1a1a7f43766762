"""Names of the open plan's objects for screens: the core's :mod:`hireplan.analysis.names`, kept
in step with the document, and the market drop-down every table with a market column uses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hireplan.analysis.names import PlanNames, market_choices, market_name

if TYPE_CHECKING:
    from hireplan.gui.document.document import PlanDocument

NO_MARKET = ""
"""Drop-down value standing for "no market" (Qt item data cannot hold None reliably)."""


def live_names(document: PlanDocument) -> PlanNames:
    """Names of the document's objects, forgetting its index whenever objects come or go.

    Renames need nothing: names are read from the objects when asked.
    """
    names = PlanNames(lambda: document.plan)
    for signal in (
        document.planReset,
        document.objectsInserted,
        document.objectsRemoved,
        document.itemsInserted,
        document.itemsRemoved,
    ):
        signal.connect(lambda *_args: names.invalidate())
    return names


def document_market_choices(document: PlanDocument, *, allow_none: bool) -> list[tuple[str, object]]:
    """``(label, value)`` for a market drop-down, with "(no market)" first when a market is optional."""
    choices: list[tuple[str, object]] = (
        [(QCoreApplication.translate("PlanNames", "(no market)"), NO_MARKET)] if allow_none else []
    )
    choices.extend(market_choices(document.plan))
    return choices


def document_market_name(document: PlanDocument, market_id: str | None) -> str:
    """The name of the document's market ``market_id`` (empty for none)."""
    return market_name(document.plan, market_id)
