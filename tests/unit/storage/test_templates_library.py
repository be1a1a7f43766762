"""Templates: the built-ins, the user's own library, and plans made from them."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from helpers.full_plans import full_plan
from hireplan.model import Plan, Status, Template
from hireplan.model.template_plans import new_plan_from_template
from hireplan.storage import (
    TEMPLATE_SUFFIX,
    PlanFileError,
    TemplateLibrary,
    load_template,
    sample_plan,
    save_plan,
    slugify,
    template_to_bytes,
    user_data_dir,
)
from hireplan.storage.builtin_templates import builtin_names

BUILT_INS = ("ai-talent-attract-retain", "keep-existing-ai-team")
CHINESE_BUILT_INS = ("ai-talent-attract-retain-zh-cn", "keep-existing-ai-team-zh-cn")
TODAY = date(2026, 11, 23)


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(tmp_path / "templates")


def _all_ids(plan: Plan) -> list[str]:
    ids = [plan.id]
    for step in plan.steps:
        ids += [step.id, *(item.id for item in step.items)]
    for group in (plan.markets, plan.roles, plan.benchmarks, plan.offers, plan.exchange_rates):
        ids += [obj.id for obj in group]
    for other in (plan.ppp_factors, plan.risks, plan.policy_watch):
        ids += [obj.id for obj in other]
    return ids


def _dangling_references(plan: Plan) -> list[str]:
    markets = {m.id for m in plan.markets}
    roles = {r.id for r in plan.roles}
    bad = [f"role {r.title}" for r in plan.roles if r.market_id is not None and r.market_id not in markets]
    bad += [f"benchmark {b.job_family}" for b in plan.benchmarks if b.market_id not in markets]
    bad += [f"offer {o.id}" for o in plan.offers if o.market_id not in markets or o.role_id not in roles]
    reference = plan.settings.reference_market_id
    if reference is not None and reference not in markets:
        bad.append("settings.reference_market_id")
    return bad


def _structure(plan: Plan) -> object:
    """What a template promises to carry over: steps, items, guidance, settings, roles, benchmarks."""
    return (
        [
            (
                s.key,
                s.title,
                s.purpose,
                s.best_practices,
                s.common_mistakes,
                [(i.text, i.priority, i.notes, i.tags) for i in s.items],
            )
            for s in plan.steps
        ],
        plan.settings.model_dump(exclude={"reference_market_id"}),
        [(r.title, r.level, r.job_family, r.headcount) for r in plan.roles],
        [(b.job_family, b.currency, b.base_p50, b.source) for b in plan.benchmarks],
        [(m.name, m.currency) for m in plan.markets],
        plan.reporting_currency,
    )


# --- built-ins -----------------------------------------------------------------------------------


def test_the_built_in_templates_are_listed_first_and_marked_built_in(library: TemplateLibrary) -> None:
    infos = library.list("en")
    assert [i.name for i in infos] == [*BUILT_INS, *CHINESE_BUILT_INS]
    assert all(i.source == "built-in" and i.title and i.version for i in infos)
    assert [i.title for i in infos[:2]] == ["AI talent: attract and retain", "Keep an existing AI team"]
    assert [i.language for i in infos] == ["en", "en", "zh_CN", "zh_CN"]


def test_the_window_language_s_templates_come_first_and_the_others_stay_selectable(
    library: TemplateLibrary, tmp_path: Path
) -> None:
    """Issue 18: a person in a Chinese window sees the Chinese built-ins first, then their own
    templates, then the English built-ins, which stay on the list; English the other way round."""
    library.save_plan_as_template(sample_plan(), name="our-round", title="Our round")
    chinese = [(i.name, i.source) for i in library.list("zh_CN")]
    assert chinese == [
        *((name, "built-in") for name in CHINESE_BUILT_INS),
        ("our-round", "user"),
        *((name, "built-in") for name in BUILT_INS),
    ]
    assert [i.title for i in library.list("zh_CN")[:2]] == ["AI 人才：吸引与保留", "保留现有 AI 团队"]
    english = [i.name for i in library.list("en")]
    assert english == [*BUILT_INS, "our-round", *CHINESE_BUILT_INS]
    assert library.info("keep-existing-ai-team-zh-cn").language == "zh_CN"
    assert library.info("our-round").language == "", "hireplan does not know the language of yours"


def test_the_list_follows_the_process_language_by_default(library: TemplateLibrary) -> None:
    from hireplan import i18n

    with i18n.using_language("zh_CN"):
        assert library.list()[0].name == CHINESE_BUILT_INS[0]
    with i18n.using_language("en"):
        assert library.list()[0].name == BUILT_INS[0]


@pytest.mark.parametrize("name", [*BUILT_INS, *CHINESE_BUILT_INS])
def test_every_built_in_template_gives_a_fresh_consistent_plan(library: TemplateLibrary, name: str) -> None:
    template = library.get(name)
    plan = new_plan_from_template(template, today=TODAY)
    assert len(plan.steps) == 5
    assert _structure(plan) == _structure(template.plan)
    assert set(_all_ids(plan)).isdisjoint(_all_ids(template.plan)), "every object gets a new id"
    assert len(set(_all_ids(plan))) == len(_all_ids(plan))
    assert _dangling_references(plan) == []
    assert plan.created == TODAY
    assert not plan.is_example
    items = [item for step in plan.steps for item in step.items]
    assert all(i.status is Status.TODO and i.owner == "" and i.due is None for i in items)


def test_the_sample_plan_is_labelled_as_example_data() -> None:
    plan = sample_plan()
    assert plan.title == "LLM research team: Hangzhou and Silicon Valley"
    assert plan.is_example
    assert plan.offers and plan.benchmarks and plan.exchange_rates
    assert _dangling_references(plan) == []
    assert sample_plan() is not plan, "each call gives a plan of its own to edit"


def test_get_returns_a_copy_so_edits_do_not_change_the_library(library: TemplateLibrary) -> None:
    template = library.get(BUILT_INS[0])
    template.title = "changed"
    template.plan.steps.clear()
    again = library.get(BUILT_INS[0])
    assert again.title != "changed" and len(again.plan.steps) == 5


# --- plan -> template -> plan --------------------------------------------------------------------


def test_save_as_template_then_new_plan_keeps_the_structure(library: TemplateLibrary) -> None:
    source = full_plan()
    info = library.save_plan_as_template(
        source,
        name="llm-hangzhou",
        title="LLM team, Hangzhou",
        description="Our 2026 round",
        region_tags=["China"],
        version="2.0",
    )
    assert (info.name, info.title, info.source, info.version) == (
        "llm-hangzhou",
        "LLM team, Hangzhou",
        "user",
        "2.0",
    )
    assert info.path == library.user_dir / f"llm-hangzhou{TEMPLATE_SUFFIX}"
    assert info.path.is_file()
    assert [i.name for i in library.list("en")] == [*BUILT_INS, "llm-hangzhou", *CHINESE_BUILT_INS]

    template = library.get("llm-hangzhou")
    assert _structure(template.plan) == _structure(source)
    kept = template.plan
    assert kept.owner == "" and kept.created is None and kept.target_date is None
    assert kept.acknowledgements == []
    assert kept.offers == [], "offers name candidates and stay out of templates by default"
    assert kept.steps[0].items[0].status is Status.TODO
    assert kept.steps[0].items[0].owner == "" and kept.steps[0].items[0].due is None
    assert kept.risks[0].owner == "" and kept.risks[0].review_date is None
    assert kept.policy_watch[0].owner == "" and kept.policy_watch[0].last_checked is None
    assert kept.settings.reference_market_id == source.settings.reference_market_id

    plan = new_plan_from_template(template, today=TODAY)
    assert _structure(plan) == _structure(source)
    assert _dangling_references(plan) == []
    reference = next(m for m in plan.markets if m.id == plan.settings.reference_market_id)
    assert reference.name == "Silicon Valley", "the reference market still points at the same market"


def test_offers_can_be_kept_and_then_point_at_the_new_ids(library: TemplateLibrary) -> None:
    library.save_plan_as_template(full_plan(), name="with-offers", title="With offers", include_offers=True)
    template = library.get("with-offers")
    assert template.plan.offers[0].candidate == "", "the candidate's name is not carried into a template"
    plan = new_plan_from_template(template, today=TODAY)
    offer = plan.offers[0]
    assert offer.role_id == plan.roles[0].id and offer.role_id != "role-llm"
    assert offer.market_id == next(m.id for m in plan.markets if m.name.endswith("Hangzhou"))
    assert _dangling_references(plan) == []


def test_a_built_in_name_cannot_be_overwritten(library: TemplateLibrary) -> None:
    with pytest.raises(PlanFileError, match="built-in template, which cannot be replaced"):
        library.save_plan_as_template(full_plan(), name=BUILT_INS[0], title="Mine")
    assert not library.user_dir.exists() or list(library.user_dir.iterdir()) == []


def test_an_existing_user_template_is_replaced_only_when_asked(library: TemplateLibrary) -> None:
    library.save_plan_as_template(Plan(title="one"), name="mine", title="First")
    with pytest.raises(PlanFileError, match='already have a template called "mine"'):
        library.save_plan_as_template(Plan(title="two"), name="mine", title="Second")
    assert library.get("mine").title == "First"
    library.save_plan_as_template(Plan(title="two"), name="mine", title="Second", replace=True)
    assert library.get("mine").title == "Second"
    assert len(list(library.user_dir.iterdir())) == 1


def test_a_bad_template_name_gets_a_readable_reason(library: TemplateLibrary) -> None:
    with pytest.raises(PlanFileError) as info:
        library.save_plan_as_template(Plan(title="x"), name="My Template!", title="x")
    assert "name: must be lower-case letters, digits and hyphens" in str(info.value)


# --- import, export, rename, delete --------------------------------------------------------------


def test_export_and_import_move_a_template_between_libraries(
    library: TemplateLibrary, tmp_path: Path
) -> None:
    library.save_plan_as_template(full_plan(), name="shared", title="Shared with the Beijing office")
    exported = tmp_path / "shared.hireplan-template"
    library.export("shared", exported)
    other = TemplateLibrary(tmp_path / "colleague")
    info = other.import_file(exported)
    assert (info.name, info.source) == ("shared", "user")
    assert other.get("shared") == library.get("shared")


def test_a_built_in_can_be_exported_and_read_back(library: TemplateLibrary, tmp_path: Path) -> None:
    target = tmp_path / "out.hireplan-template"
    library.export(BUILT_INS[1], target)
    assert load_template(target) == library.get(BUILT_INS[1])


def test_importing_a_broken_file_names_it_and_changes_nothing(
    library: TemplateLibrary, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.hireplan-template"
    template = Template(name="broken", title="Broken", plan=Plan(title="x"))
    broken.write_bytes(template_to_bytes(template).replace(b'"title": "Broken"', b'"title": 7'))
    with pytest.raises(PlanFileError) as info:
        library.import_file(broken)
    assert str(broken) in str(info.value)
    assert "title: must be text (found 7)" in str(info.value)
    assert not library.user_dir.exists() or list(library.user_dir.iterdir()) == []


def test_importing_a_plan_file_as_a_template_explains_the_mix_up(
    library: TemplateLibrary, tmp_path: Path
) -> None:
    plan_path = tmp_path / "plan.hireplan"
    save_plan(full_plan(), plan_path)
    with pytest.raises(PlanFileError, match="this is a plan file, not a template"):
        library.import_file(plan_path)


def test_importing_under_a_built_in_name_is_refused(library: TemplateLibrary, tmp_path: Path) -> None:
    path = tmp_path / "copy.hireplan-template"
    library.export(BUILT_INS[0], path)
    with pytest.raises(PlanFileError, match="built-in template"):
        library.import_file(path)


def test_rename_a_user_template(library: TemplateLibrary) -> None:
    library.save_plan_as_template(Plan(title="x"), name="old-name", title="Old title")
    info = library.rename("old-name", "new-name", new_title="New title")
    assert (info.name, info.title) == ("new-name", "New title")
    names = [i.name for i in library.list()]
    assert "old-name" not in names and "new-name" in names
    assert sorted(p.name for p in library.user_dir.iterdir()) == [f"new-name{TEMPLATE_SUFFIX}"]
    library.rename("new-name", "new-name", new_title="Retitled")
    assert library.get("new-name").title == "Retitled"


def test_rename_refuses_built_ins_taken_names_and_bad_names(library: TemplateLibrary) -> None:
    library.save_plan_as_template(Plan(title="x"), name="a", title="A")
    library.save_plan_as_template(Plan(title="y"), name="b", title="B")
    with pytest.raises(PlanFileError, match="built-in templates cannot be renamed"):
        library.rename(BUILT_INS[0], "mine")
    with pytest.raises(PlanFileError, match='already have a template called "b"'):
        library.rename("a", "b")
    with pytest.raises(PlanFileError, match="lower-case letters"):
        library.rename("a", "Not OK")
    assert library.get("a").title == "A" and library.get("b").title == "B"


def test_delete_a_user_template_but_never_a_built_in(library: TemplateLibrary) -> None:
    library.save_plan_as_template(Plan(title="x"), name="temporary", title="Temporary")
    library.delete("temporary")
    assert "temporary" not in [i.name for i in library.list()]
    with pytest.raises(PlanFileError, match="cannot be deleted"):
        library.delete(BUILT_INS[0])
    assert library.get(BUILT_INS[0]).name == BUILT_INS[0]


def test_an_unknown_name_lists_the_known_ones(library: TemplateLibrary) -> None:
    with pytest.raises(PlanFileError) as info:
        library.get("nope")
    assert str(info.value).startswith('Could not find template "nope": there is no template with that name')
    assert BUILT_INS[0] in str(info.value)


def test_a_broken_file_in_the_user_folder_is_skipped_and_reported(library: TemplateLibrary) -> None:
    library.save_plan_as_template(Plan(title="x"), name="good", title="Good")
    bad = library.user_dir / f"bad{TEMPLATE_SUFFIX}"
    bad.write_bytes(b"{not json")
    assert [i.name for i in library.list("en")] == [*BUILT_INS, "good", *CHINESE_BUILT_INS]
    assert [e.path for e in library.unreadable] == [bad]
    assert bad.read_bytes() == b"{not json", "a broken file is left for the user to fix"


# --- where user templates live -------------------------------------------------------------------


def test_user_templates_live_under_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert TemplateLibrary().user_dir == tmp_path / "xdg" / "hireplan" / "templates"
    assert user_data_dir() == tmp_path / "xdg" / "hireplan"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG applies on Linux")
def test_a_relative_or_missing_xdg_data_home_falls_back_to_local_share(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    expected = tmp_path / ".local" / "share" / "hireplan"
    assert user_data_dir() == expected
    monkeypatch.delenv("XDG_DATA_HOME")
    assert user_data_dir() == expected


def test_built_in_names_match_the_shipped_files(repo_root: Path) -> None:
    folder = repo_root / "resources" / "templates"
    shipped = sorted(p.stem for p in [*folder.glob("*.json"), *folder.glob("zh_CN/*.json")])
    assert sorted(builtin_names()) == shipped


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Keep our LLM team!", "keep-our-llm-team"),
        ("Équipe  R&D", "equipe-r-d"),
        ("  ", None),
        ("人工智能", None),
    ],
)
def test_slugify_makes_a_valid_template_name(title: str, slug: str | None) -> None:
    result = slugify(title)
    if slug is not None:
        assert result == slug
    assert Template(name=result, title="t", plan=Plan(title="t")).name == result
