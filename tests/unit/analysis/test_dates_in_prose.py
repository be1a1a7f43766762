"""Dates inside sentences take one style per language (1 Dec 2026 / 2026年12月1日); tables keep ISO.

Checked where the core writes a date into a sentence: the stale-data flag, the plan verdict, the
approval line and a held lock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hireplan.analysis import analyse
from hireplan.analysis.verdict import plan_verdict
from hireplan.i18n import using_language
from hireplan.storage.approvals import approval_summary, approve
from hireplan.storage.builtin_templates import sample_plan

TODAY = date(2026, 12, 1)


def test_the_stale_data_flag_names_the_oldest_date_in_prose() -> None:
    plan = sample_plan()
    for benchmark in plan.benchmarks:
        benchmark.as_of = date(2025, 3, 31)
    stale = [flag for flag in analyse(plan, today=TODAY).flags if flag.rule == "stale-data"]
    assert any("31 Mar 2025" in flag.message for flag in stale)
    assert not any("2025-03-31" in flag.message for flag in stale)
    with using_language("zh_CN"):
        stale = [flag for flag in analyse(plan, today=TODAY).flags if flag.rule == "stale-data"]
    assert any("2025年3月31日" in flag.message for flag in stale)
    assert any(flag.title == "薪酬对标数据已过时" for flag in stale)


def test_the_verdict_names_its_dates_in_prose() -> None:
    progress = analyse(sample_plan(), today=TODAY).progress
    start, target = TODAY + timedelta(days=30), TODAY + timedelta(days=200)
    assert "the plan starts on 31 Dec 2026" in plan_verdict(progress, start, target, TODAY).sentence
    with using_language("zh_CN"):
        sentence = plan_verdict(progress, start, target, TODAY).sentence
    assert sentence.startswith("尚未开始：计划于 2026年12月31日 开始")


def test_the_approval_line_names_its_date_in_prose() -> None:
    signed = approve(sample_plan(), by="Li Na", role="CHRO", now=datetime(2026, 12, 1, 9, tzinfo=UTC))
    assert approval_summary(signed) == "Approved on 1 Dec 2026 by Li Na (CHRO)."
    with using_language("zh_CN"):
        assert approval_summary(signed) == "已于 2026年12月1日 由Li Na（CHRO）批准。"
