"""A survey saved by Excel on Chinese Windows imports: its encoding detected, its headers and dates read."""

from __future__ import annotations

import codecs
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from hireplan.i18n import using_language
from hireplan.storage.benchmark_cells import parse_date
from hireplan.storage.benchmark_import import build_preview, guess_mapping, read_table
from hireplan.storage.benchmark_read import encoding_label
from hireplan.storage.builtin_templates import sample_plan

SIMPLIFIED = (
    "城市,职位,级别,币种,计薪周期,月薪25分位,月薪中位数,月薪75分位,总现金中位数,数据来源,数据日期\n"
    "Hangzhou,ML research,senior,CNY,month,52000,61000,73000,68000,某薪酬调研 2026,2026/3/31\n"
    "Beijing,ML research,senior,CNY,month,55000,64000,76000,71000,某薪酬调研 2026,2026年3月\n"
)
TRADITIONAL = (
    "城市,職位,級別,幣種,計薪週期,月薪25分位,月薪中位數,月薪75分位,總現金中位數,來源,日期\n"
    "Taipei,ML research,senior,TWD,month,152000,181000,215000,201000,某薪資調查 2026,2026/3/31\n"
)


@pytest.mark.parametrize(
    ("text", "encode", "expected"),
    [
        (SIMPLIFIED, lambda t: t.encode("gbk"), "GB18030/GBK"),
        (SIMPLIFIED, lambda t: t.encode("gb18030"), "GB18030/GBK"),
        (TRADITIONAL, lambda t: t.encode("big5"), "Big5"),
        (SIMPLIFIED, lambda t: t.encode("utf-16"), "UTF-16"),
        (SIMPLIFIED, lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "UTF-8 (with BOM)"),
        (SIMPLIFIED, lambda t: t.encode("utf-8"), "UTF-8"),
    ],
)
def test_the_encoding_is_detected_and_reported(tmp_path: Path, text: str, encode, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "survey.csv"
    path.write_bytes(encode(text))
    table = read_table(path)
    assert table.encoding == expected
    assert encoding_label(expected) in table.description
    if expected == "GB18030/GBK":  # what the import dialog shows, in either language
        assert table.description.endswith("read as GBK (Simplified Chinese)")
        with using_language("zh_CN"):
            assert "GBK（简体中文）" in read_table(path).description
    assert table.headers[0] == "城市"
    assert table.rows[0][1][-2].startswith("某薪")


def test_chinese_headers_map_to_the_right_fields_and_the_rows_import(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping["market"] == 0
    assert mapping["job_family"] == 1
    assert mapping["level"] == 2
    assert mapping["currency"] == 3
    assert mapping["period"] == 4
    assert (mapping["base_p25"], mapping["base_p50"], mapping["base_p75"]) == (5, 6, 7)
    assert mapping["total_p50"] == 8
    assert mapping["source"] == 9
    assert mapping["as_of"] == 10
    preview = build_preview(table, mapping, sample_plan())
    assert preview.bad == () and preview.problems == ()
    assert [b.base_p50 for b in preview.good] == [Decimal(61000), Decimal(64000)]
    assert [b.as_of for b in preview.good] == [date(2026, 3, 31), date(2026, 3, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026/3/31", date(2026, 3, 31)),
        ("2026年3月31日", date(2026, 3, 31)),
        ("2026年3月", date(2026, 3, 1)),
        ("2026-03", date(2026, 3, 1)),
        ("2026/03", date(2026, 3, 1)),
        ("2026 年 12 月", date(2026, 12, 1)),
    ],
)
def test_chinese_and_slashed_dates_are_read(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_the_person_picks_the_sheet_of_a_workbook_with_several(tmp_path: Path) -> None:
    from openpyxl import Workbook

    from hireplan.storage.benchmark_import import BenchmarkImportError

    book = Workbook()
    book.active.title = "说明"
    book.active.append(["本文件为示例薪酬调研"])
    data = book.create_sheet("薪酬数据")
    data.append(["城市", "职位", "币种", "年薪中位数"])
    data.append(["Hangzhou", "ML research", "CNY", 780000])
    path = tmp_path / "survey.xlsx"
    book.save(path)
    first = read_table(path)
    assert first.sheets == ("说明", "薪酬数据")
    chosen = read_table(path, sheet="薪酬数据")
    assert chosen.headers[:4] == ("城市", "职位", "币种", "年薪中位数")
    assert "2 of 2" in chosen.description
    mapping = guess_mapping(chosen.headers)
    assert [b.base_p50 for b in build_preview(chosen, mapping, sample_plan()).good] == [Decimal(780000)]
    with pytest.raises(BenchmarkImportError, match="no sheet called"):
        read_table(path, sheet="Pay")


def test_a_survey_naming_the_city_in_chinese_finds_the_plans_english_market_and_says_so(
    tmp_path: Path,
) -> None:
    """A survey bought from a Chinese vendor writes 杭州 or 北京市 where the plan says Hangzhou and
    Beijing: the rows import into those markets, and the preview names each reading."""
    path = tmp_path / "survey.csv"
    path.write_bytes(
        SIMPLIFIED.replace("\nHangzhou,", "\n杭州,").replace("\nBeijing,", "\n北京市,").encode("gbk")
    )
    table = read_table(path)
    plan = sample_plan()
    preview = build_preview(table, guess_mapping(table.headers), plan)
    assert preview.bad == ()
    names = {market.id: market.name for market in plan.markets}
    assert [names[b.market_id] for b in preview.good] == ["Hangzhou", "Beijing"]
    assert preview.notes == (
        "Row 2: '杭州' is read as the plan's market 'Hangzhou'.",
        "Row 3: '北京市' is read as the plan's market 'Beijing'.",
    )


def test_a_market_the_plan_names_in_chinese_is_found_from_an_english_survey_and_by_its_own_name(
    tmp_path: Path,
) -> None:
    plan = sample_plan()
    hangzhou = next(market for market in plan.markets if market.name == "Hangzhou")
    hangzhou.name = "杭州"
    path = tmp_path / "survey.csv"
    path.write_bytes(SIMPLIFIED.encode("utf-8"))
    table = read_table(path)
    preview = build_preview(table, guess_mapping(table.headers), plan)
    assert preview.good[0].market_id == hangzhou.id
    assert preview.notes[0] == "Row 2: 'Hangzhou' is read as the plan's market '杭州'."
    # A place the plan holds under both names is two markets: each name finds its own, no note.
    plan.markets.append(hangzhou.model_copy(update={"id": "mkt-hz-en", "name": "Hangzhou"}))
    preview = build_preview(table, guess_mapping(table.headers), plan)
    assert preview.good[0].market_id == "mkt-hz-en" and preview.notes == ()


def test_a_city_the_plan_does_not_hold_is_still_left_out_whatever_its_language(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes(SIMPLIFIED.replace("\nHangzhou,", "\n成都,").encode("gbk"))
    table = read_table(path)
    preview = build_preview(table, guess_mapping(table.headers), sample_plan())
    assert [(row.row, row.reason) for row in preview.bad] == [
        (2, "Market '成都' is not in this plan; add it under Market data first.")
    ]


def test_a_months_per_year_column_is_read_so_monthly_figures_are_annualised_right(tmp_path: Path) -> None:
    """A Chinese survey gives monthly pay and how many months a year are paid (14薪): read as 12
    months, every market figure would be a seventh too low against a 14-month offer."""
    text = SIMPLIFIED.replace("计薪周期,", "计薪周期,薪资月数,").replace(",month,", ",month,14薪,", 1)
    text = text.replace(
        "\nBeijing,ML research,senior,CNY,month,", "\nBeijing,ML research,senior,CNY,month,13,"
    )
    path = tmp_path / "survey.csv"
    path.write_bytes(text.encode("gbk"))
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping["months_per_year"] == 5 and mapping["period"] == 4
    preview = build_preview(table, mapping, sample_plan())
    assert preview.bad == ()
    assert [b.months_per_year for b in preview.good] == [Decimal(14), Decimal(13)]
    from hireplan.analysis.benchmarks import annual

    assert [annual(b, b.base_p50) for b in preview.good if b.base_p50] == [61000 * 14, 64000 * 13]


@pytest.mark.parametrize("header", ["Months per year", "Salary months", "months"])
def test_english_months_headers_map_to_months_per_year(header: str) -> None:
    assert guess_mapping(["City", "Job family", header, "Median"])["months_per_year"] == 2


@pytest.mark.parametrize("value", ["30", "0", "14.555", "many"])
def test_a_months_value_out_of_range_leaves_the_row_out_with_the_reason(tmp_path: Path, value: str) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(f"City,Job family,Period,Months per year,Median\nHangzhou,ML,month,{value},61000\n")
    table = read_table(path)
    preview = build_preview(table, guess_mapping(table.headers), sample_plan())
    assert preview.good == () and len(preview.bad) == 1
    assert "Months per year" in preview.bad[0].reason


def test_a_traditional_chinese_survey_finds_the_plans_market_too(tmp_path: Path) -> None:
    """A Big5 survey from Hong Kong or Taiwan writes 倫敦 where the plan says London."""
    path = tmp_path / "survey.csv"
    path.write_bytes(TRADITIONAL.replace("\nTaipei,", "\n倫敦,").replace(",TWD,", ",GBP,").encode("big5"))
    table = read_table(path)
    plan = sample_plan()
    preview = build_preview(table, guess_mapping(table.headers), plan)
    london = next(market for market in plan.markets if market.name == "London")
    assert [b.market_id for b in preview.good] == [london.id]
    assert preview.notes == ("Row 2: '倫敦' is read as the plan's market 'London'.",)
