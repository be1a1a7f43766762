"""The roles table: what each column shows and how an edit reaches the plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from hireplan.gui.common.list_table_model import Col, ListTableModel, parse_text
from hireplan.gui.common.plan_names import NO_MARKET, document_market_choices, document_market_name
from hireplan.gui.document.document import PlanDocument
from hireplan.model.roles import Level, Relocation, Role

RELOCATION_LABELS = {
    Relocation.NONE: "Local hire",
    Relocation.RELOCATING: "Relocating",
    Relocation.RETURNEE: "Returnee",
}


def _parse_headcount(value: object, _role: Any) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValueError(f"Headcount '{value}' must be a whole number of people.") from None


def _parse_yes(value: object, _role: Any) -> bool:
    return value is True or str(value).casefold() in ("yes", "true", "1")


class RolesModel(ListTableModel):
    """Roles of the plan; the Offers column counts each role's offers."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        def market_col(role: Role) -> str:
            return document_market_name(document, role.market_id)

        def offers_col(role: Role) -> str:
            count = sum(1 for offer in document.plan.offers if offer.role_id == role.id)
            return str(count) if count else ""

        columns = [
            Col("Title", lambda r: r.title, "title", parse=parse_text),
            Col(
                "Job family",
                lambda r: r.job_family,
                "job_family",
                parse=parse_text,
                tooltip=lambda _r: "Matched against the benchmarks' job family",
            ),
            Col(
                "Level",
                lambda r: r.level.label,
                "level",
                edit=lambda r: r.level.value,
                choices=lambda: [(level.label, level.value) for level in Level],
            ),
            Col("Domain", lambda r: r.domain, "domain", parse=parse_text),
            Col(
                "Research",
                lambda r: "Yes" if r.research else "No",
                "research",
                edit=lambda r: r.research,
                parse=_parse_yes,
                choices=lambda: [("Yes", True), ("No", False)],
            ),
            Col("Headcount", lambda r: str(r.headcount), "headcount", parse=_parse_headcount, right=True),
            Col(
                "Market",
                market_col,
                "market_id",
                edit=lambda r: r.market_id or NO_MARKET,
                parse=lambda v, _r: v or None,
                choices=lambda: document_market_choices(document, allow_none=True),
            ),
            Col(
                "Hire",
                lambda r: RELOCATION_LABELS[r.relocation],
                "relocation",
                edit=lambda r: r.relocation.value,
                choices=lambda: [(label, rel.value) for rel, label in RELOCATION_LABELS.items()],
            ),
            Col(
                "Growth path",
                lambda r: " ".join(r.growth_path.split()),
                "growth_path",
                edit=lambda r: r.growth_path,
                parse=parse_text,
                tooltip=lambda r: r.growth_path or "No career path stated yet",
            ),
            Col("Offers", offers_col, right=True),
        ]
        super().__init__(document, "role", columns, parent)
        document.collectionChanged.connect(self._on_collection)
        document.objectsChanged.connect(self._on_market_renamed)

    def _on_market_renamed(self, kind: str, _ids: list[str]) -> None:
        if kind == "market" and self.rowCount():
            column = next(n for n, col in enumerate(self.columns) if col.field == "market_id")
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def _on_collection(self, kind: str) -> None:
        if kind == "offer" and self.rowCount():
            column = len(self.columns) - 1
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
