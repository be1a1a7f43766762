"""Rows to and from a spreadsheet's tab-separated text, without Qt.

What a person relies on: whatever a cell holds (tabs, line breaks, quotes, Chinese) comes back as it
went out; copied rows paste back as the same objects; a sheet with or without its header row, in
English or Chinese, with money and dates as a spreadsheet writes them, is read; a bad cell is
named by row and column in words.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from helpers.plans import make_plan
from hireplan.i18n import CHINESE, using_language
from hireplan.model import Level, Status
from hireplan.model.risk import RiskStatus
from hireplan.storage.sheet_columns import COPYABLE_KINDS
from hireplan.storage.sheet_rows import copy_rows, describe_problems, read_rows
from hireplan.storage.tsv import parse_tsv, to_tsv

AWKWARD = [
    ["plain", "tab\there", "two\nlines", 'say "hi"', ""],
    ["招聘计划：杭州", "windows\r\nline end", '"quoted"', "trailing space ", "\t"],
]


def test_cells_with_tabs_line_breaks_quotes_and_chinese_round_trip() -> None:
    text = to_tsv(AWKWARD)
    assert text.splitlines()[0] == 'plain\t"tab\there"\t"two'  # quoted as spreadsheets do
    assert '"say ""hi"""' in text
    assert parse_tsv(text) == AWKWARD


def test_a_spreadsheets_text_reads_with_any_line_end_and_no_blank_rows() -> None:
    assert parse_tsv("a\tb\r\nc\td\r\n\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_tsv("a\tb\rc\td") == [["a", "b"], ["c", "d"]]
    assert parse_tsv('x\t"multi\r\nline"\ty\n') == [["x", "multi\r\nline", "y"]]
    assert parse_tsv("") == []


@pytest.mark.parametrize("kind", COPYABLE_KINDS)
def test_copied_rows_paste_back_as_the_same_objects_with_new_ids(kind: str) -> None:
    plan = make_plan()
    objects = {
        "item": plan.steps[0].items,
        "role": plan.roles,
        "offer": plan.offers,
        "benchmark": plan.benchmarks,
        "risk": plan.risks,
    }[kind]
    assert objects
    pasted = read_rows(plan, kind, copy_rows(plan, kind, objects))
    assert pasted.problems == ()
    assert pasted.had_header
    skip = {"id", "competing"}  # an offer's competing package stays behind (documented)
    assert [obj.model_dump(exclude=skip) for obj in pasted.objects] == [
        obj.model_dump(exclude=skip) for obj in objects
    ]
    new_ids = {getattr(obj, "id", None) for obj in pasted.objects}
    assert new_ids.isdisjoint({getattr(obj, "id", None) for obj in objects})


def test_chinese_headers_and_chinese_text_paste_and_copy_in_chinese() -> None:
    plan = make_plan()
    text = "标题\t可能性\t影响\t复核日期\t状态\n供应商停止合作\t4\t5\t2026年3月31日\t缓解中\n"
    pasted = read_rows(plan, "risk", text)
    assert pasted.problems == ()
    risk = pasted.objects[0]
    assert (risk.title, risk.likelihood, risk.impact, risk.review_date, risk.status) == (  # type: ignore[attr-defined]
        "供应商停止合作",
        4,
        5,
        date(2026, 3, 31),
        RiskStatus.MITIGATING,
    )
    with using_language(CHINESE):
        copied = parse_tsv(copy_rows(plan, "risk", [risk]))
    assert copied[0][:3] == ["标题", "类别", "可能性"]
    assert copied[1][0] == "供应商停止合作"


def test_without_a_header_columns_are_read_in_the_copied_order_and_money_as_a_sheet_writes_it() -> None:
    plan = make_plan()
    market = plan.markets[0]
    text = f'{market.name}\tData engineer\tsenior\t\tyear\t\t\t"¥1,200,000"\t\t\t250k\n'
    pasted = read_rows(plan, "benchmark", text)
    assert pasted.problems == ()
    assert not pasted.had_header
    benchmark = pasted.objects[0]
    assert benchmark.market_id == market.id  # type: ignore[attr-defined]
    assert benchmark.currency == market.currency  # type: ignore[attr-defined]  # the market's, when empty
    assert benchmark.level is Level.SENIOR  # type: ignore[attr-defined]
    assert benchmark.base_p50 == Decimal(1_200_000)  # type: ignore[attr-defined]
    assert benchmark.total_p25 == Decimal(250_000)  # type: ignore[attr-defined]


def test_bad_cells_are_named_by_row_and_column_and_no_row_of_them_is_kept() -> None:
    plan = make_plan()
    text = (
        "Item\tStatus\tDue date\n"
        "Call references\tDone\t2026-03-31\n"
        "Book the room\tmaybe\t2026-02-30\n"
        "\tDone\t\n"
    )
    pasted = read_rows(plan, "item", text)
    assert [o.text for o in pasted.objects] == ["Call references"]  # type: ignore[attr-defined]
    assert pasted.objects[0].status is Status.DONE  # type: ignore[attr-defined]
    described = describe_problems(pasted.problems)
    assert "Row 2, Status: 'maybe' is not one of: To do, In progress, Done" in described
    assert "Row 2, Due date: '2026-02-30' is not a date" in described
    assert pasted.problems[-1].row == 3


def test_an_offer_for_a_role_the_plan_lacks_says_so_and_the_models_checks_name_the_column() -> None:
    plan = make_plan()
    market = plan.markets[0].name
    role = plan.roles[0].title
    text = (
        "Role\tMarket\tBase\tBonus as\tBonus\n"
        f"Nobody\t{market}\t100\t\t\n"
        f"{role}\t{market}\t\t% of base\t10\n"
        f"{role}\t{market}\t1000\t% of base\t400\n"
    )
    pasted = read_rows(plan, "offer", text)
    described = describe_problems(pasted.problems)
    assert "Row 1, Role: 'Nobody' is not a role in this plan; add the role first." in described
    assert "Row 2, Base: A value is needed." in described
    assert "Row 3: A target bonus above 300% of base is almost certainly a typing error." in described
    assert pasted.objects == ()


def test_problems_in_chinese() -> None:
    plan = make_plan()
    with using_language(CHINESE):
        pasted = read_rows(plan, "risk", "标题\t复核日期\n延误\t明天\n")
        described = describe_problems(pasted.problems)
    assert described == "第 1 行“复核日期”列：“明天”不是日期，请写成 2026-03-31 的格式。"


def test_defaults_fill_what_a_row_leaves_empty_and_a_filled_cell_wins() -> None:
    plan = make_plan()
    role, market = plan.roles[0], plan.markets[0]
    text = f"Candidate\tBase\tMarket\nA\t100\t\nB\t200\t{plan.markets[-1].name}\n"
    pasted = read_rows(plan, "offer", text, defaults={"role_id": role.id, "market_id": market.id})
    assert pasted.problems == ()
    assert [(o.role_id, o.market_id, o.currency) for o in pasted.objects] == [  # type: ignore[attr-defined]
        (role.id, market.id, market.currency),
        (role.id, plan.markets[-1].id, plan.markets[-1].currency),
    ]


def test_a_paste_far_larger_than_any_plan_is_refused_before_it_is_read() -> None:
    plan = make_plan()
    with pytest.raises(ValueError, match="paste fewer rows at a time"):
        read_rows(plan, "risk", "Title\n" + "x" * 6_000_000)
    with pytest.raises(ValueError, match="paste at most 10000 at a time"):
        read_rows(plan, "risk", "Title\n" + "r\n" * 10_001)
