"""One table of kinds: every kind the code may name has every entry, and every table keyed by kind
elsewhere follows it, so adding a kind cannot leave a screen, an export or an undo text behind."""

from __future__ import annotations

import typing

import pytest

from hireplan.analysis.names import PlanNames
from hireplan.analysis.parts import PARTS, parts_touched
from hireplan.analysis.results import Flag, Ref, Severity
from hireplan.i18n import CHINESE, _, using_language
from hireplan.model import HireplanModel, Plan
from hireplan.model.kinds import KIND_LISTS, KINDS, REF_KINDS, Kind, counted, kind_info, objects_of
from hireplan.storage.builtin_templates import sample_plan

ALL = typing.get_args(Kind)


def test_every_kind_has_one_complete_row() -> None:
    assert set(KINDS) == set(ALL)
    for kind, info in KINDS.items():
        assert info.kind == kind
        assert issubclass(info.model, HireplanModel)
        for text in (info.noun, info.nouns, info.label, info.heading):
            assert text.strip() == text and text, f"{kind}: empty or padded text"
        assert info.label[0].isupper() and info.heading[0].isupper()
        assert info.noun != info.nouns, f"{kind}: the plural must be written out"
    ranks = [info.jump_rank for info in KINDS.values()]
    assert len(set(ranks)) == len(ranks), "one jump rank for two kinds: a flag's target would depend on order"


def test_each_plan_list_holds_objects_of_its_kind() -> None:
    for kind, attr in KIND_LISTS.items():
        annotation = Plan.model_fields[attr].annotation
        assert typing.get_origin(annotation) is list
        assert typing.get_args(annotation) == (KINDS[kind].model,)
    listed = {info.model for info in KINDS.values() if info.list_attr}
    lists = {
        typing.get_args(field.annotation)[0]
        for name, field in Plan.model_fields.items()
        if typing.get_origin(field.annotation) is list and name != "acknowledgements"
    }
    assert lists - listed == {KINDS["step"].model}, "every plan list but the checklist is a kind's"


def test_objects_of_finds_every_object_of_a_plan() -> None:
    plan = sample_plan()
    for kind in ALL:
        found = list(objects_of(plan, kind))
        assert found, f"the sample plan has no {KINDS[kind].noun}: the tests below would prove nothing"
        assert all(isinstance(obj, KINDS[kind].model) for obj in found)
    assert len(list(objects_of(plan, "item"))) == sum(len(step.items) for step in plan.steps)


def test_counts_read_as_words_with_the_right_plural() -> None:
    assert counted("policy", 1) == "1 policy entry"
    assert counted("policy", 3) == "3 policy entries"
    assert counted("rate", 0) == "0 exchange rates"
    with pytest.raises(ValueError, match="Unknown kind"):
        kind_info("rates")


def test_every_kind_a_flag_may_name_has_a_name_a_label_and_a_target_rank() -> None:
    plan = sample_plan()
    names = PlanNames(plan)
    for kind in REF_KINDS:
        obj = next(iter(objects_of(plan, kind)))
        ref = Ref(kind, str(getattr(obj, "id", "")))
        assert names.name(ref) != ref.id, f"{kind}: named by its id"
        assert names.describe(ref).startswith("the plan" if kind == "plan" else KINDS[kind].noun)
        assert names.refers_to([ref]).startswith(KINDS[kind].label + ": ")
    # A flag about an item and its step jumps to the item; about an offer and its role, to the offer.
    flag = Flag("r", Severity.LOW, "c", "t", "m", "x", "y", (Ref("step", "s"), Ref("item", "i")))
    assert flag.target == Ref("item", "i")
    flag = Flag("r", Severity.LOW, "c", "t", "m", "x", "y", (Ref("role", "r"), Ref("offer", "o")))
    assert flag.target == Ref("offer", "o")


def test_what_a_flag_refers_to_reads_in_chinese_with_every_kind_translated() -> None:
    """Risks' "Refers to" column and the brief name objects by kind: in Chinese, 录用方案：…, never Offer:."""
    plan = sample_plan()
    names = PlanNames(plan)
    with using_language(CHINESE):
        labels = {kind: _(KINDS[kind].label) for kind in KINDS}
        offer = plan.offers[0]
        text = names.refers_to([Ref("offer", offer.id), Ref("role", offer.role_id)])
    assert all(label != KINDS[kind].label for kind, label in labels.items()), labels
    assert text.startswith(f"录用方案：{offer.candidate}") and "；职位：" in text


def test_the_analysis_says_for_every_kind_what_an_edit_touches() -> None:
    for kind in ALL:
        parts = parts_touched(kind, "notes")
        assert parts is None or parts <= PARTS
    assert parts_touched("offer", "base") == {"offers"}
    assert parts_touched("item", "status") == {"checklist"}
    assert parts_touched("plan", "title") == frozenset(), "no figure reads the title"
    assert parts_touched("plan", "reporting_currency") is None, "every converted figure reads it"
    assert parts_touched("market", "name") is None
