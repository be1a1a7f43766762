"""A team template library on the share: explicit publishes with rising versions, and upgrading a
running plan to a newer version while keeping the work already done."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hireplan.model import ChecklistItem, Status
from hireplan.model.template_plans import new_plan_from_template
from hireplan.model.template_upgrade import apply_upgrade, plan_upgrade
from hireplan.storage.errors import PlanFileError
from hireplan.storage.team_library import VERSIONS_DIR, TeamLibrary
from hireplan.storage.templates import TemplateLibrary


@pytest.fixture
def library(tmp_path: Path) -> TeamLibrary:
    return TeamLibrary(tmp_path / "share" / "templates")


def test_every_publish_raises_the_version_and_names_the_publisher(library: TeamLibrary) -> None:
    template = TemplateLibrary().get("ai-talent-attract-retain")
    first = library.publish(template, by="Zhao Min")
    second = library.publish(template, by="Li Na")
    assert (first.version, second.version) == ("1", "2")
    (entry,) = library.list()
    assert (entry.name, entry.version, entry.published_by, entry.source) == (
        template.name,
        "2",
        "Li Na",
        "team library",
    )
    assert library.get(template.name, 1) is not None, "each published version is kept"
    assert (library.folder / VERSIONS_DIR).is_dir()


def test_a_hostile_name_never_writes_outside_the_library(library: TeamLibrary, tmp_path: Path) -> None:
    with pytest.raises(PlanFileError):
        library.path_for("../../etc/passwd")
    with pytest.raises(PlanFileError):
        library.path_for("..")
    library.folder.mkdir(parents=True)
    (library.folder / "evil.hireplan-template").symlink_to(tmp_path / "elsewhere")
    assert library.list() == []


def test_a_plan_started_from_v1_upgrades_to_v2_keeping_done_items(library: TeamLibrary) -> None:
    v1 = library.publish(TemplateLibrary().get("ai-talent-attract-retain"), by="Zhao Min")
    plan = new_plan_from_template(v1, today=date(2026, 12, 1))
    assert plan.template_origin is not None and plan.template_origin.version == "1"
    step0 = plan.steps[0]
    done, started, untouched = step0.items[0], step0.items[1], step0.items[2]
    done.status, done.owner = Status.DONE, "Wang Lei"
    started.status = Status.IN_PROGRESS

    edited = v1.model_copy(deep=True)
    t_step = edited.plan.steps[0]
    removed_ids = {t_step.items[0].id, t_step.items[1].id, t_step.items[2].id}
    t_step.items = [i for i in t_step.items if i.id not in removed_ids]
    t_step.items[0].text = t_step.items[0].text + " (revised)"
    t_step.items.append(ChecklistItem(text="Brief the hiring managers on the new bands"))
    t_step.best_practices = [*t_step.best_practices, "Share the pay philosophy in writing"]
    v2 = library.publish(edited, by="Li Na")
    assert v2.version == "2"

    upgrade = plan_upgrade(plan, library.get(v2.name) or v2, library.get(v2.name, 1))
    areas = {(c.area, c.change) for c in upgrade.changes}
    assert areas == {
        ("item", "kept"),
        ("item", "removed"),
        ("item", "changed"),
        ("item", "added"),
        ("guidance", "changed"),
    }
    kept = [c.sentence for c in upgrade.changes if c.change == "kept"]
    assert len(kept) == 2 and all("is kept" in sentence for sentence in kept)

    apply_upgrade(plan, upgrade)
    texts = [item.text for item in plan.steps[0].items]
    assert done.id in {i.id for i in plan.steps[0].items} and started.id in {
        i.id for i in plan.steps[0].items
    }
    assert untouched.id not in {i.id for i in plan.steps[0].items}, "an item still to do follows the template"
    assert plan.steps[0].items[0].owner == "Wang Lei" and plan.steps[0].items[0].status is Status.DONE
    assert "Brief the hiring managers on the new bands" in texts
    assert any(text.endswith("(revised)") for text in texts)
    assert plan.steps[0].best_practices[-1] == "Share the pay philosophy in writing"
    assert plan.template_origin is not None and plan.template_origin.version == "2"
    assert plan_upgrade(plan, v2, library.get(v2.name, 1)).empty, "upgrading twice changes nothing more"


def test_settings_follow_the_template_only_where_the_team_kept_the_old_value(library: TeamLibrary) -> None:
    from decimal import Decimal

    v1 = library.publish(TemplateLibrary().get("ai-talent-attract-retain"), by="Zhao Min")
    plan = new_plan_from_template(v1, today=date(2026, 12, 1))
    plan.settings.stale_data_days = 90  # the team's own choice
    edited = v1.model_copy(deep=True)
    edited.plan.settings.stale_data_days = 120
    edited.plan.settings.below_market_threshold = Decimal("0.85")
    v2 = library.publish(edited, by="Li Na")
    upgrade = plan_upgrade(plan, v2, library.get(v2.name, 1))
    assert [c.sentence for c in upgrade.changes if c.area == "settings"] == [
        "The setting “Below-market threshold” will go from 0.90 to 0.85."
    ]
    apply_upgrade(plan, upgrade)
    assert plan.settings.below_market_threshold == Decimal("0.85")
    assert plan.settings.stale_data_days == 90
