"""The built-in templates and the sample plan: valid, shaped like the guide, sourced and consistent.

These files are what a new user sees first. A broken one stops ``hireplan new`` for everybody, and
a mistyped tag silently switches a risk rule off, so the content itself is under test.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.paths import REPO
from hireplan.model import (
    SCHEMA_VERSION,
    STEP_KEYS,
    Benchmark,
    ExchangeRate,
    Plan,
    PppFactor,
    Status,
    Template,
)

ROOT = REPO
TEMPLATE_DIR = ROOT / "resources" / "templates"
SAMPLE = ROOT / "resources" / "sample" / "llm-research-team.hireplan"
DOCS = ROOT / "docs" / "templates.md"

ENGLISH_FILES = sorted(TEMPLATE_DIR.glob("*.json"))
CHINESE_FILES = sorted((TEMPLATE_DIR / "zh_CN").glob("*.json"))
TEMPLATE_FILES = ENGLISH_FILES + CHINESE_FILES
EXPECTED_TEMPLATES = {
    "ai-talent-attract-retain": "AI talent: attract and retain",
    "keep-existing-ai-team": "Keep an existing AI team",
    "ai-talent-attract-retain-zh-cn": "AI 人才：吸引与保留",
    "keep-existing-ai-team-zh-cn": "保留现有 AI 团队",
}
CHINESE_OF = {
    "ai-talent-attract-retain": "ai-talent-attract-retain-zh-cn",
    "keep-existing-ai-team": "keep-existing-ai-team-zh-cn",
}
"""Each English built-in and its Simplified Chinese version (resources/templates/zh_CN/)."""
REGIONS = {"en": ("China", "Silicon Valley"), "zh_CN": ("中国", "硅谷")}
REPLACE_IT = {
    "en": "replace it with your own survey figures",
    "zh_CN": "请换成贵司自己的薪酬调研数据",
}
"""What every template figure's text says, in the template's language."""
REFERENCE_MARKET = {"en": "Silicon Valley", "zh_CN": "硅谷"}
TAG_VOCABULARY = {
    "culture",
    "living-standards",
    "research-budget",
    "compute",
    "career-path",
    "policy",
    "engagement",
    "relocation",
    "compensation",
    "benchmark",
    "transparency",
    "success-stories",
    "hubs",
}
RULE_TAGS = {"career-path", "policy", "research-budget", "engagement", "living-standards"}
"""Tags the risk rules look for anywhere in the plan; ``culture`` is checked per step below."""

CJK = re.compile(r"[\u4e00-\u9fff]")


def load_template(path: Path) -> Template:
    return Template.model_validate_json(path.read_bytes())


def load_sample() -> Plan:
    return Plan.model_validate_json(SAMPLE.read_bytes())


def all_plans() -> list[tuple[str, Plan]]:
    plans = [(path.name, load_template(path).plan) for path in TEMPLATE_FILES]
    plans.append((SAMPLE.name, load_sample()))
    return plans


def language_of(path: Path) -> str:
    """A built-in's language is its folder's: ``templates/*.json`` English, ``templates/zh_CN/`` Chinese."""
    return "en" if path.parent == TEMPLATE_DIR else path.parent.name


def test_both_builtin_templates_ship() -> None:
    """`hireplan templates` lists exactly these two, each in English and in Simplified Chinese; a
    missing or renamed file would drop one."""
    found = {}
    for path in TEMPLATE_FILES:
        template = load_template(path)
        assert path.stem == template.name, f"{path.name} holds template {template.name!r}"
        found[template.name] = template.title
    assert found == EXPECTED_TEMPLATES


@pytest.mark.parametrize("path", [*TEMPLATE_FILES, SAMPLE], ids=lambda p: p.name)
def test_file_is_utf8_json_of_the_current_schema(path: Path) -> None:
    """Every shipped file is plain UTF-8 JSON of the current format, so no migration runs on it."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION
    if path.suffix == ".json":
        assert raw["plan"]["schema_version"] == SCHEMA_VERSION
        assert load_template(path).version
    else:
        assert load_sample().schema_version == SCHEMA_VERSION


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_has_metadata_a_user_can_choose_by(path: Path) -> None:
    template = load_template(path)
    assert template.description.strip()
    for region in REGIONS[language_of(path)]:
        assert region in template.region_tags


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_follows_the_five_steps_with_guidance(path: Path) -> None:
    """The guide's five steps in order, each with a purpose, advice, warnings and 5-10 items."""
    steps = load_template(path).plan.steps
    assert tuple(step.key for step in steps) == STEP_KEYS
    for step in steps:
        assert step.title.strip(), step.key
        assert step.purpose.strip(), step.key
        assert step.best_practices and all(text.strip() for text in step.best_practices), step.key
        assert step.common_mistakes and all(text.strip() for text in step.common_mistakes), step.key
        assert 5 <= len(step.items) <= 10, f"{step.key} has {len(step.items)} items"
        for item in step.items:
            assert item.text.strip(), f"empty item in {step.key}"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_items_start_blank(path: Path) -> None:
    """A plan made from a template starts with nothing done and nobody assigned."""
    plan = load_template(path).plan
    for step in plan.steps:
        for item in step.items:
            assert item.status is Status.TODO, item.id
            assert item.owner == "", item.id
            assert item.due is None, item.id
    for entry in plan.policy_watch:
        assert entry.owner == "" and entry.last_checked is None, entry.id
        assert entry.summary.strip() and entry.source.strip(), entry.id
    assert not plan.offers, "offers are the company's own inputs, not template content"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_tags_feed_the_risk_rules(path: Path) -> None:
    """Rules look items up by tag; a template lacking one would raise a flag on every new plan."""
    steps = {step.key: step for step in load_template(path).plan.steps}
    tags = {tag for step in steps.values() for item in step.items for tag in item.tags}
    assert tags >= RULE_TAGS, f"missing {sorted(RULE_TAGS - tags)}"
    culture_steps = [
        key for key in ("motivations", "environment") if any("culture" in i.tags for i in steps[key].items)
    ]
    assert culture_steps, "no culture item in step 1 or step 4"


@pytest.mark.parametrize(("name", "plan"), all_plans(), ids=lambda v: v if isinstance(v, str) else "")
def test_tags_come_from_the_shared_vocabulary(name: str, plan: Plan) -> None:
    """A typo such as `career_path` would quietly switch a rule off."""
    for step in plan.steps:
        for item in step.items:
            unknown = set(item.tags) - TAG_VOCABULARY
            assert not unknown, f"{name}: item {item.id} has unknown tags {sorted(unknown)}"


@pytest.mark.parametrize(("name", "plan"), all_plans(), ids=lambda v: v if isinstance(v, str) else "")
def test_ids_are_unique(name: str, plan: Plan) -> None:
    """References and undo rely on ids; a duplicate would make an edit land on the wrong object."""
    ids: list[str] = [plan.id]
    for step in plan.steps:
        ids.append(step.id)
        ids.extend(item.id for item in step.items)
    for group in (
        plan.markets,
        plan.roles,
        plan.benchmarks,
        plan.offers,
        plan.exchange_rates,
        plan.ppp_factors,
        plan.risks,
        plan.policy_watch,
    ):
        ids.extend(obj.id for obj in group)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"{name}: duplicate ids {duplicates}"


def test_sample_is_labelled_as_example_data() -> None:
    plan = load_sample()
    assert plan.title == "LLM research team: Hangzhou and Silicon Valley"
    assert plan.is_example
    assert "example" in plan.organisation.lower()
    assert plan.reporting_currency == "USD"
    assert plan.benchmarks and all(b.is_example for b in plan.benchmarks)
    for offer in plan.offers:
        assert "example offer" in offer.notes.lower(), f"{offer.id} does not say it is an example"


def test_sample_uses_the_attract_and_retain_checklist() -> None:
    """The sample shows the built-in template filled in, so its steps and items are the template's."""
    template = load_template(TEMPLATE_DIR / "ai-talent-attract-retain.json").plan
    sample = load_sample()
    assert [(s.key, [i.text for i in s.items]) for s in sample.steps] == [
        (s.key, [i.text for i in s.items]) for s in template.steps
    ]


def reference_plans() -> list[tuple[str, Plan]]:
    """Plans that ship market data: the sample and every built-in template (a new plan from a
    template can compare pay at once, so the template carries the same sourced reference figures)."""
    return [(path.name, load_template(path).plan) for path in TEMPLATE_FILES] + [(SAMPLE.name, load_sample())]


REFERENCE_MARKET_NAMES = {path.name: REFERENCE_MARKET[language_of(path)] for path in TEMPLATE_FILES} | {
    SAMPLE.name: "Silicon Valley"
}


REFERENCE_PLANS = reference_plans()
_plan_ids = [name for name, _plan in REFERENCE_PLANS]


@pytest.mark.parametrize(("name", "plan"), REFERENCE_PLANS, ids=_plan_ids)
def test_figures_carry_source_and_date(name: str, plan: Plan) -> None:
    """Every market figure says where it comes from and how old it is, so stale data can be flagged."""
    sourced: list[Benchmark | ExchangeRate | PppFactor] = [
        *plan.benchmarks,
        *plan.exchange_rates,
        *plan.ppp_factors,
    ]
    assert plan.exchange_rates and plan.ppp_factors
    for obj in sourced:
        assert obj.source.strip(), f"{obj.id} has no source"
        assert obj.as_of is not None, f"{obj.id} has no as-of date"


@pytest.mark.parametrize(("name", "plan"), REFERENCE_PLANS, ids=_plan_ids)
def test_references_resolve(name: str, plan: Plan) -> None:
    """Offers, roles and benchmarks point at objects that exist, in the currency of their market."""
    markets = {m.id: m for m in plan.markets}
    roles = {r.id for r in plan.roles}
    assert plan.settings.reference_market_id in markets
    assert markets[plan.settings.reference_market_id].name == REFERENCE_MARKET_NAMES[name]
    for role in plan.roles:
        assert role.market_id in markets, role.id
    for bench in plan.benchmarks:
        assert bench.market_id in markets, bench.id
        assert bench.currency == markets[bench.market_id].currency, bench.id
    assert 3 <= len(plan.offers) <= 5 or name != SAMPLE.name
    for offer in plan.offers:
        assert offer.role_id in roles, offer.id
        assert offer.market_id in markets, offer.id
        assert offer.currency == markets[offer.market_id].currency, offer.id


@pytest.mark.parametrize(("name", "plan"), REFERENCE_PLANS, ids=_plan_ids)
def test_can_convert_every_market(name: str, plan: Plan) -> None:
    """Each market's currency has a rate to the reporting currency and each country a PPP factor."""
    rated = {plan.reporting_currency} | {
        r.quote for r in plan.exchange_rates if r.base == plan.reporting_currency
    }
    ppp_countries = {p.country for p in plan.ppp_factors}
    for market in plan.markets:
        assert market.currency in rated, f"no {plan.reporting_currency}->{market.currency} rate"
        assert market.country in ppp_countries, f"no PPP factor for {market.country}"


def test_sample_exercises_the_views_and_rules() -> None:
    """The sample shows work in every state, owners and dates, a role with no growth path, a research
    role, a competing package, and policy entries checked far enough apart that one is overdue while
    another is fresh."""
    plan = load_sample()
    items = [item for step in plan.steps for item in step.items]
    statuses = {item.status for item in items}
    assert {Status.DONE, Status.IN_PROGRESS, Status.BLOCKED, Status.TODO} <= statuses
    assert any(item.owner for item in items) and any(not item.owner for item in items)
    assert any(item.due for item in items)
    assert any(not role.growth_path.strip() for role in plan.roles)
    assert any(role.research for role in plan.roles)
    assert any(offer.competing is not None for offer in plan.offers)
    assert plan.risks and all(risk.owner and risk.review_date for risk in plan.risks)
    checked = [entry.last_checked for entry in plan.policy_watch if entry.last_checked]
    assert len(checked) == len(plan.policy_watch) >= 3
    assert (max(checked) - min(checked)).days > plan.settings.policy_check_days


def test_sample_contains_chinese_text() -> None:
    """Exports are checked against the sample; it must hold Chinese owners and notes to prove CJK output."""
    plan = load_sample()
    items = [item for step in plan.steps for item in step.items]
    assert any(CJK.search(item.owner) for item in items)
    assert any(CJK.search(item.notes) for item in items)
    assert CJK.search(SAMPLE.read_text(encoding="utf-8")), "Chinese must be stored as UTF-8, not escaped"


def _documented_figures() -> set[Decimal]:
    """Numbers in the figure table of docs/templates.md, commas removed (250,000 == 250000)."""
    text = DOCS.read_text(encoding="utf-8")
    start, end = "<!-- sample-figures:start -->", "<!-- sample-figures:end -->"
    assert start in text and end in text, "docs/templates.md lost its sample-figures table markers"
    table = text.split(start, 1)[1].split(end, 1)[0]
    return {Decimal(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", table)}


@pytest.mark.parametrize(("name", "plan"), REFERENCE_PLANS, ids=_plan_ids)
def test_figures_are_the_documented_reference_figures(name: str, plan: Plan) -> None:
    """No figure in the sample or a template is invented: each benchmark number, sample size, rate
    and PPP factor appears in the documented table of sourced figures."""
    documented = _documented_figures()
    figures: list[tuple[str, Decimal]] = []
    for bench in plan.benchmarks:
        for kind in ("base", "total"):
            for pct in ("p25", "p50", "p75", "p90"):
                value = getattr(bench, f"{kind}_{pct}")
                if value is not None:
                    figures.append((f"{bench.id}.{kind}_{pct}", value))
        if bench.sample_size is not None:
            figures.append((f"{bench.id}.sample_size", Decimal(bench.sample_size)))
    figures += [(rate.id, rate.rate) for rate in plan.exchange_rates]
    figures += [(ppp.id, ppp.factor) for ppp in plan.ppp_factors]
    assert len(figures) >= 15
    missing = [f"{where}={value}" for where, value in figures if value not in documented]
    assert not missing, f"figures not in docs/templates.md: {missing}"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda p: p.name)
def test_template_reference_data_says_to_replace_it(path: Path) -> None:
    """A template's market figures are reference data, not the team's own: every benchmark is
    marked as example data (the app labels it) and every figure's text says to replace it."""
    plan = load_template(path).plan
    replace_it = REPLACE_IT[language_of(path)]
    assert plan.benchmarks and plan.exchange_rates and plan.ppp_factors
    for bench in plan.benchmarks:
        assert bench.is_example, bench.id
        assert replace_it in bench.notes, bench.id
    for obj in (*plan.exchange_rates, *plan.ppp_factors):
        assert replace_it in obj.source, obj.id
    assert plan.settings.reference_market_id in {m.id for m in plan.markets}


def _texts(template: Template) -> list[tuple[str, str]]:
    """Every sentence a person reads in a template, with where it is."""
    plan = template.plan
    found = [("title", template.title), ("description", template.description), ("plan.title", plan.title)]
    found += [("notes", plan.notes)] if plan.notes else []
    found += [(f"region {n}", tag) for n, tag in enumerate(template.region_tags)]
    for step in plan.steps:
        found += [(f"{step.key}.title", step.title), (f"{step.key}.purpose", step.purpose)]
        found += [(f"{step.key}.best_practice {n}", text) for n, text in enumerate(step.best_practices)]
        found += [(f"{step.key}.mistake {n}", text) for n, text in enumerate(step.common_mistakes)]
        found += [(item.id, item.text) for item in step.items]
    found += [(market.id, market.name) for market in plan.markets]
    for bench in plan.benchmarks:
        found += [(f"{bench.id}.family", bench.job_family), (f"{bench.id}.source", bench.source)]
        found += [(f"{bench.id}.notes", bench.notes)]
    found += [(obj.id, obj.source) for obj in (*plan.exchange_rates, *plan.ppp_factors)]
    for entry in plan.policy_watch:
        found += [
            (f"{entry.id}.{field}", getattr(entry, field))
            for field in ("jurisdiction", "topic", "summary", "source")
        ]
    return found


def _structure(template: Template) -> object:
    """Everything but the words: steps, items (ids, priorities, tags), settings, market ids and
    currencies, every benchmark figure, rate and PPP factor with its date, policy-watch ids."""
    plan = template.plan
    words = {
        "title",
        "purpose",
        "best_practices",
        "common_mistakes",
        "text",
        "name",
        "job_family",
        "source",
        "notes",
    }
    return (
        template.version,
        plan.reporting_currency,
        plan.settings.model_dump(),
        [
            (
                step.key,
                step.id,
                len(step.best_practices),
                len(step.common_mistakes),
                [item.model_dump(exclude={"text"}) for item in step.items],
            )
            for step in plan.steps
        ],
        [market.model_dump(exclude={"name"}) for market in plan.markets],
        [bench.model_dump(exclude=words) for bench in plan.benchmarks],
        [rate.model_dump(exclude={"source"}) for rate in plan.exchange_rates],
        [ppp.model_dump(exclude={"source"}) for ppp in plan.ppp_factors],
        [entry.id for entry in plan.policy_watch],
        (plan.roles, plan.offers, plan.risks, plan.pay_bands),
    )


@pytest.mark.parametrize("english", sorted(CHINESE_OF))
def test_each_template_has_a_chinese_version_of_the_same_shape_and_figures(english: str) -> None:
    """Issue 18: a Chinese version of each built-in template, selectable, with the same steps, the
    same number of items with the same ids, priorities and tags (so the risk rules read it alike),
    the same references and the same sourced market figures (so a test of one is a test of both)."""
    en = load_template(TEMPLATE_DIR / f"{english}.json")
    zh = load_template(TEMPLATE_DIR / "zh_CN" / f"{CHINESE_OF[english]}.json")
    assert _structure(zh) == _structure(en)
    assert [where for where, _text in _texts(zh)] == [where for where, _text in _texts(en)]


@pytest.mark.parametrize("path", CHINESE_FILES, ids=lambda p: p.name)
def test_a_chinese_template_is_written_in_chinese(path: Path) -> None:
    """Every sentence a person reads is in Chinese (proper names, codes and figures aside), none is
    left in English, and the file stores Chinese as UTF-8 rather than escapes."""
    template = load_template(path)
    english = dict(_texts(load_template(TEMPLATE_DIR / f"{template.name.removesuffix('-zh-cn')}.json")))
    for where, text in _texts(template):
        assert CJK.search(text), f"{path.name}: {where} has no Chinese: {text!r}"
        assert text != english[where], f"{path.name}: {where} is the English text"
    assert CJK.search(path.read_text(encoding="utf-8")), "Chinese must be stored as UTF-8, not escaped"
