"""The risk heat map, defined once: which of the team's risks it counts, where each sits, the band
of each cell, and the legend that says in words what the colours mean.

The window (gui/risks/heat_map.py), the PDF brief and the workbook all draw :func:`heat_map` and
print :func:`legend`, so they count the same risks per cell and explain them the same way.

- A risk counts when it is not closed: open, mitigating and accepted risks are still risks the
  team carries. Closed risks are left out of the cells and counted apart (``closed``), so a
  reader knows they exist.
- A cell's score is likelihood × impact (1-25); its band is :func:`risk_band` with the plan's
  own thresholds (``risk_high_from``, ``risk_medium_from``), the same band the register shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hireplan.analysis.flag import Severity
from hireplan.analysis.risks import CLOSED, risk_band
from hireplan.i18n import _, ngettext
from hireplan.model import PlanSettings, Risk

SIZE = 5
"""Likelihood and impact each run 1-5."""

Cell = tuple[int, int]
"""(likelihood, impact)."""

BAND_FILLS: dict[str, str] = {"high": "#E8837A", "medium": "#F7C873", "low": "#A9D8A0"}
"""The red, amber and green the legend names, as the window, the PDF and the workbook fill a band;
dark text reads on each (checked by the contrast test)."""


@dataclass(frozen=True, slots=True)
class HeatMap:
    """The 5 × 5 grid: ids of the counted risks per cell, each cell's band, and what was left out."""

    risk_ids: dict[Cell, tuple[str, ...]]
    bands: dict[Cell, Severity]
    closed: int
    settings: PlanSettings

    @property
    def high_from(self) -> int:
        return self.settings.risk_high_from

    @property
    def medium_from(self) -> int:
        return self.settings.risk_medium_from

    def band_of_score(self, score: int) -> Severity:
        """The band of a likelihood × impact score, with this plan's thresholds."""
        return risk_band(score, self.settings)

    @property
    def counted(self) -> int:
        """How many risks the map counts, over all cells."""
        return sum(len(ids) for ids in self.risk_ids.values())

    def count(self, cell: Cell) -> int:
        return len(self.risk_ids.get(cell, ()))

    def band(self, cell: Cell) -> Severity:
        return self.bands[cell]

    def counts(self) -> dict[Cell, int]:
        """Risks per cell, for cells holding any."""
        return {cell: len(ids) for cell, ids in self.risk_ids.items() if ids}


def counts_on_map(risk: Risk) -> bool:
    """The one rule for which risks the heat map counts: every risk that is not closed."""
    return risk.status not in CLOSED


def heat_map(risks: Iterable[Risk], settings: PlanSettings) -> HeatMap:
    """Place every risk that :func:`counts_on_map` on the grid, in the plan's order."""
    placed: dict[Cell, list[str]] = {}
    closed = 0
    for risk in risks:
        if not counts_on_map(risk):
            closed += 1
            continue
        placed.setdefault((risk.likelihood, risk.impact), []).append(risk.id)
    bands = {
        (likelihood, impact): risk_band(likelihood * impact, settings)
        for likelihood in range(1, SIZE + 1)
        for impact in range(1, SIZE + 1)
    }
    return HeatMap(
        risk_ids={cell: tuple(ids) for cell, ids in placed.items()},
        bands=bands,
        closed=closed,
        settings=settings,
    )


def band_sentence(severity: Severity, heat: HeatMap) -> str:
    """What one band's colour means, in words, with the plan's thresholds."""
    if severity is Severity.HIGH:
        return _("Red: high, a score of {high} or more.").format(high=heat.high_from)
    if severity is Severity.MEDIUM:
        return _("Amber: medium, a score of {medium} to {below_high}.").format(
            medium=heat.medium_from, below_high=heat.high_from - 1
        )
    return _("Green: low, a score under {medium}.").format(medium=heat.medium_from)


def legend_entries(heat: HeatMap) -> list[tuple[Severity | None, str]]:
    """The legend, one sentence each, with the band a sentence explains (None for the others):
    what a cell and its number are, each band's colour, and the closed risks left out."""
    entries: list[tuple[Severity | None, str]] = [
        (
            None,
            _(
                "A cell's score is its likelihood × impact (each 1 to 5); its number counts the "
                "team's risks there that are not closed."
            ),
        ),
        *(
            (severity, band_sentence(severity, heat))
            for severity in (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
        ),
    ]
    if heat.closed:
        entries.append(
            (
                None,
                ngettext(
                    "{count} closed risk is not counted.",
                    "{count} closed risks are not counted.",
                    heat.closed,
                ).format(count=heat.closed),
            )
        )
    return entries


def legend(heat: HeatMap) -> list[str]:
    """The legend's sentences, in order (the PDF and the workbook print one a line)."""
    return [text for _severity, text in legend_entries(heat)]
