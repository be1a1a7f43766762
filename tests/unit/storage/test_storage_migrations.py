"""Files saved by older versions of hireplan still open, with nothing lost, and are upgraded on save."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.paths import TESTS
from hireplan.model import SCHEMA_VERSION, BonusKind, Status
from hireplan.storage import PlanFileError, load_plan, load_template, save_plan
from hireplan.storage.jsonio import decode_json_object
from hireplan.storage.migrations import MIGRATIONS, migrate

FIXTURES = TESTS / "fixtures"
V0_FILE = FIXTURES / "v0" / "plan_v0.hireplan"
V0_MIGRATED = FIXTURES / "v0" / "plan_v0.migrated.json"


def _raw(path: Path) -> dict[str, object]:
    return decode_json_object(path.read_bytes())


def test_the_migration_chain_reaches_the_current_format() -> None:
    """Every format from 0 up to today's has a step, so any old file can be brought up to date."""
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_old_format_has_a_golden_file(version: int) -> None:
    folder = FIXTURES / f"v{version}"
    assert (folder / f"plan_v{version}.hireplan").is_file()
    assert (folder / f"plan_v{version}.migrated.json").is_file()


def test_the_v0_golden_file_migrates_to_the_expected_data() -> None:
    assert migrate(_raw(V0_FILE)) == _raw(V0_MIGRATED)


def test_a_v0_file_opens_with_its_content_in_the_new_fields() -> None:
    plan = load_plan(V0_FILE)
    assert plan.schema_version == SCHEMA_VERSION
    assert plan.reporting_currency == "CNY"
    assert [step.title for step in plan.steps] == [
        "Understand what candidates want",
        "Make a competitive offer",
    ]
    assert plan.steps[0].best_practices == ["Talk to recent hires before writing the offer"]
    assert plan.steps[0].common_mistakes == ["Treating every hub as if living costs were the same"]
    first, second = plan.steps[0].items
    assert (first.status, first.owner) == (Status.DONE, "陈静")
    assert (second.status, second.owner) == (Status.TODO, "")
    offer = plan.offers[0]
    assert (offer.bonus_kind, offer.bonus_value) == (BonusKind.PERCENT, Decimal(15))
    assert offer.base == Decimal("680000.00")
    assert plan.risks[0].likelihood == 4


def test_opening_an_old_file_does_not_rewrite_it_and_saving_upgrades_it(tmp_path: Path) -> None:
    path = tmp_path / "old.hireplan"
    path.write_bytes(V0_FILE.read_bytes())
    plan = load_plan(path)
    assert path.read_bytes() == V0_FILE.read_bytes()
    save_plan(plan, path)
    saved = json.loads(path.read_bytes())
    assert saved["schema_version"] == SCHEMA_VERSION
    assert "checklist" not in saved
    assert load_plan(path) == plan
    assert (tmp_path / "old.hireplan.bak").read_bytes() == V0_FILE.read_bytes(), "the old file is kept"


def test_an_explicit_version_0_is_the_same_as_none() -> None:
    raw = _raw(V0_FILE)
    assert migrate({**raw, "schema_version": 0}) == migrate(raw)


def test_migration_leaves_the_callers_data_alone() -> None:
    raw = _raw(V0_FILE)
    before = copy.deepcopy(raw)
    migrate(raw)
    assert raw == before


def test_a_broken_old_file_is_reported_by_place(tmp_path: Path) -> None:
    raw = json.loads(V0_FILE.read_text(encoding="utf-8"))
    raw["checklist"][0]["items"][1]["done"] = "maybe"
    raw["offers"][0]["bonus_percent"] = -3
    path = tmp_path / "old.hireplan"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    problems = info.value.problems
    assert any(p.startswith("steps[0].items[1].status: must be one of") for p in problems), problems
    assert "offers[0].bonus_value: must not be negative (found -3)" in problems


def test_a_template_holding_a_v0_plan_is_migrated_too(tmp_path: Path) -> None:
    template = {
        "name": "old-template",
        "title": "Old template",
        "plan": json.loads(V0_FILE.read_text(encoding="utf-8")),
    }
    path = tmp_path / "old.hireplan-template"
    path.write_text(json.dumps(template), encoding="utf-8")
    loaded = load_template(path)
    assert loaded.schema_version == SCHEMA_VERSION
    assert loaded.plan.steps[0].items[0].status is Status.DONE


def test_a_template_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.hireplan-template"
    path.write_text(
        json.dumps({"schema_version": SCHEMA_VERSION + 1, "name": "x", "title": "X", "plan": {"title": "x"}})
    )
    with pytest.raises(PlanFileError, match="this template was saved by a newer version of hireplan"):
        load_template(path)


V2_FOLDER = FIXTURES / "v2"


def test_the_v2_golden_file_migrates_to_the_expected_data() -> None:
    """Format 3 only added optional fields: a format-2 plan keeps every value it had."""
    assert migrate(_raw(V2_FOLDER / "plan_v2.hireplan")) == _raw(V2_FOLDER / "plan_v2.migrated.json")
    plan = load_plan(V2_FOLDER / "plan_v2.hireplan")
    assert plan.approval is None and plan.template_origin is None
    assert plan.title == "Format 2 plan (golden file)"


V3_FOLDER = FIXTURES / "v3"


def test_the_v3_golden_file_migrates_to_the_expected_data() -> None:
    """Format 4 keeps a 14-month package's figures: extra months given as the bonus become the
    offer's guaranteed months, with no target bonus beside them (format 3 could not hold one)."""
    assert migrate(_raw(V3_FOLDER / "plan_v3.hireplan")) == _raw(V3_FOLDER / "plan_v3.migrated.json")
    plan = load_plan(V3_FOLDER / "plan_v3.hireplan")
    fourteen = next(offer for offer in plan.offers if offer.id == "offer-hz-research-a")
    assert (fourteen.guaranteed_months, fourteen.bonus_kind, fourteen.bonus_value) == (
        Decimal(2),
        BonusKind.PERCENT,
        Decimal(0),
    )
    percent = next(offer for offer in plan.offers if offer.id == "offer-sv-applied-d")
    assert (percent.guaranteed_months, percent.bonus_kind, percent.bonus_value) == (
        Decimal(0),
        BonusKind.PERCENT,
        Decimal(10),
    )


def test_the_figures_of_a_migrated_14_month_offer_are_unchanged() -> None:
    """What the analysis made of a format-3 offer it makes of the same offer in format 4."""
    from hireplan.analysis.compensation import offer_figures

    plan = load_plan(V3_FOLDER / "plan_v3.hireplan")
    figures = offer_figures(next(offer for offer in plan.offers if offer.id == "offer-hz-research-a"))
    # Base 960,000 a year and two extra months (80,000 each); equity 1,600,000 over four years.
    assert (figures.bonus, figures.extra_months, figures.target_bonus) == (Decimal(160_000), Decimal(2), 0)
    assert figures.annual_total == Decimal(960_000 + 160_000 + 400_000)
