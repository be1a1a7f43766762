"""The heat map's one definition (hireplan.analysis.heat_map), checked against the example in
docs/calculations.md: which risks count, each cell's band, and the legend's sentences."""

from __future__ import annotations

import json
import re
from typing import Any

from helpers.paths import REPO
from hireplan.analysis.heat_map import counts_on_map, heat_map, legend
from hireplan.i18n import using_language
from hireplan.model import PlanSettings, Risk, RiskStatus


def _example() -> Any:
    text = (REPO / "docs" / "calculations.md").read_text(encoding="utf-8")
    match = re.search(r"```json heat-map-example\n(.*?)```", text, re.DOTALL)
    assert match, "docs/calculations.md has no heat-map-example block"
    return json.loads(match.group(1))


def test_the_documented_example_gives_the_documented_cells_and_legend() -> None:
    example = _example()
    settings = PlanSettings.model_validate(example["settings"])
    heat = heat_map([Risk.model_validate(r) for r in example["risks"]], settings)
    for key, (count, band) in example["cells"].items():
        likelihood, impact = (int(n) for n in key.split(","))
        assert heat.count((likelihood, impact)) == count, key
        assert heat.band((likelihood, impact)).value == band, key
    assert heat.closed == 2 and heat.counted == 4
    with using_language("en"):
        assert legend(heat) == example["legend"]


def test_only_closed_risks_are_left_out() -> None:
    for status in RiskStatus:
        assert counts_on_map(Risk(title="r", status=status)) is (status is not RiskStatus.CLOSED)


def test_no_closed_risk_no_closing_sentence_and_every_cell_has_a_band() -> None:
    heat = heat_map([Risk(title="r", likelihood=1, impact=1)], PlanSettings())
    assert heat.closed == 0
    assert not any("closed risk" in line for line in legend(heat))
    assert len(heat.bands) == 25


def test_the_legend_speaks_chinese() -> None:
    heat = heat_map([Risk(title="r", status=RiskStatus.CLOSED)], PlanSettings())
    with using_language("zh_CN"):
        lines = legend(heat)
    assert all(not line.isascii() for line in lines)
