"""A value refused in the window, or in a pasted row, is explained in Chinese when hireplan speaks it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from hireplan.i18n import using_language
from hireplan.model import edits, field_wording, lookup, operations
from hireplan.model.kinds import _TABLE
from hireplan.storage.builtin_templates import sample_plan


def refused(obj: BaseModel, field: str, value: Any) -> str:
    with pytest.raises(ValueError) as info:
        edits.set_field(obj, field, value)
    return str(info.value)


def test_a_refused_value_names_the_field_as_a_chinese_reader_knows_it() -> None:
    plan = sample_plan()
    offer, item = plan.offers[0], plan.steps[0].items[0]
    with using_language("zh_CN"):
        assert refused(offer, "base", Decimal(-1)) == "基本工资不能小于 0。"
        assert refused(offer, "bonus_value", Decimal(400)).endswith("几乎可以肯定是输入错误。")
        assert refused(item, "tags", [""]) == "标签不能为空。"
        assert (
            refused(plan.roles[0], "planned_currency", "usd")
            == "“usd”不是由三个大写字母组成的币种代码（例如 USD 或 CNY）。"
        )
        with pytest.raises(lookup.NotFoundError, match="本计划中没有编号为 'nope' 的录用方案。"):
            lookup.find_object(plan, "offer", "nope")
    assert refused(offer, "base", Decimal(-1)) == "Base must be at least 0."


def test_an_edit_that_needs_something_first_says_so_in_chinese() -> None:
    plan = sample_plan()
    plan.markets.clear()
    with (
        using_language("zh_CN"),
        pytest.raises(ValueError, match="请先添加市场：每条对标数据都属于一个市场。"),
    ):
        operations.new_object(plan, "benchmark")


#: Fields a person never types (lists of objects, the file's bookkeeping): they need no label.
UNTYPED = {
    "id",
    "schema_version",
    "approval",
    "template_origin",
    "settings",
    "steps",
    "items",
    "acknowledgements",
    "benchmarks",
    "exchange_rates",
    "markets",
    "offers",
    "pay_bands",
    "policy_watch",
    "ppp_factors",
    "risks",
    "roles",
}


def test_every_field_a_person_edits_has_a_label_in_both_languages() -> None:
    fields = {name for info in _TABLE for name in info.model.model_fields} - UNTYPED
    assert fields - field_wording.FIELD_LABELS.keys() == set()
    with using_language("zh_CN"):
        untranslated = [
            name for name in fields if field_wording.field_label(name) == field_wording.FIELD_LABELS[name]
        ]
    assert untranslated == []
