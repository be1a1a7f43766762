"""What Undo and Redo call each step (issue 18): a whole sentence a person reads, in both languages.

"Change the market's name", "Delete 2 roles": never a field's code name ("Edit market id") nor a
glued plural ("Delete 2 role(s)"), for every field of every kind of object the plan holds.
"""

from __future__ import annotations

import re

from helpers.plans import make_plan
from helpers.visible_text import in_chinese
from hireplan.gui.document import edit_names
from hireplan.gui.document.document import PlanDocument
from hireplan.model.kinds import KINDS

_STRUCTURE = {"id", "key", "schema_version", "created", "settings", "steps", "items"}
"""Fields no edit sets one at a time: ids, the format version, and the lists the plan is made of."""


def _every_field() -> list[tuple[str, str]]:
    return [
        (kind, field)
        for kind, info in KINDS.items()
        for field in info.model.model_fields
        if field not in _STRUCTURE and not (kind == "plan" and field.endswith("s") and field != "notes")
    ]


def test_every_field_edit_is_named_by_a_sentence_without_code_names() -> None:
    for kind, field in _every_field():
        name = edit_names.field_edit(kind, field)
        assert name.startswith(("Change ", "Record ")), (kind, field, name)
        assert "_" not in name and " id" not in name and "(s)" not in name, (kind, field, name)
    # Each field of an object has its own sentence: the person sees what the step would undo.
    offer_fields = [edit_names.field_edit("offer", f) for f in KINDS["offer"].model.model_fields if f != "id"]
    assert len(set(offer_fields)) == len(offer_fields)


def test_counts_take_the_plural_of_the_language() -> None:
    assert edit_names.deleted("role", 1) == "Delete 1 role"
    assert edit_names.deleted("role", 2) == "Delete 2 roles"
    assert edit_names.added("policy", 3) == "Add 3 policy entries"
    assert edit_names.fields_edit("item", "status", 4) == "Change the status of 4 checklist items"
    for kind in ("item", "role", "offer", "benchmark", "band", "market", "rate", "ppp", "risk", "policy"):
        for count in (1, 2):
            for name in (edit_names.added(kind, count), edit_names.deleted(kind, count)):
                assert not re.search(r"\(\w+\)", name), name


def test_the_undo_stack_shows_the_sentence_and_chinese_reads_it_in_chinese(qapp) -> None:  # type: ignore[no-untyped-def]
    document = PlanDocument(make_plan())
    market = document.plan.markets[0]
    document.set_field("market", market.id, "name", "Bay Area")
    assert document.undo_stack.undoText() == "Change the market's name"
    roles = [role.id for role in document.plan.roles]
    document.remove_objects("role", roles[:1])
    assert document.undo_stack.undoText() == "Delete 1 role"
    with in_chinese(qapp):
        assert edit_names.field_edit("market", "name") == "修改市场的名称"
        assert edit_names.deleted("role", 2) == "删除 2 个职位"
        assert edit_names.fields_edit("item", "owner", 3) == "修改 3 个清单事项的负责人"
