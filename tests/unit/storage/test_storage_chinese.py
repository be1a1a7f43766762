"""What storage tells a person (a file it cannot open, a lock, an import problem) reads in Chinese."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from hireplan.i18n import using_language
from hireplan.storage.benchmark_cells import RowError, parse_amount, parse_date, parse_level, parse_period
from hireplan.storage.benchmark_import import BenchmarkImportError, read_table
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_file import load_plan
from hireplan.storage.plan_lock import LockInfo


def test_a_plan_file_that_cannot_be_opened_is_explained_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    path.write_text('{"schema_version": 99}', encoding="utf-8")
    with using_language("zh_CN"), pytest.raises(PlanFileError) as info:
        load_plan(path)
    assert str(info.value).startswith(f"无法读取 {path}：此计划由更新版本的 hireplan 保存（文件格式 99；")
    assert str(info.value).endswith("请升级 hireplan 后再打开；文件未被改动。")


def test_many_problems_are_counted_in_either_language(tmp_path: Path) -> None:
    error = PlanFileError(["a", "b", "c"], path=tmp_path / "p.hireplan")
    assert str(error).splitlines()[0] == f"Could not read {tmp_path / 'p.hireplan'}: 3 problems"
    with using_language("zh_CN"):
        error = PlanFileError(["a", "b", "c"], path=tmp_path / "p.hireplan")
        assert str(error).splitlines()[0] == f"无法读取 {tmp_path / 'p.hireplan'}：共 3 个问题"
    assert str(PlanFileError("x")).startswith("Could not read the data: x")


def test_a_validation_problem_names_its_place_and_what_is_wrong_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    path.write_text('{"schema_version": 3, "title": "T", "offers": "none"}', encoding="utf-8")
    with using_language("zh_CN"), pytest.raises(PlanFileError) as info:
        load_plan(path)
    assert str(info.value).endswith("offers：必须是列表")


def test_a_lock_names_its_holder_with_a_prose_date() -> None:
    moment = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    info = LockInfo("李娜", "hz-laptop", 1, moment, moment, "t")
    local = moment.astimezone()
    assert info.describe() == (
        f"李娜 has had this plan open on hz-laptop since {local.day} Dec 2026 at {local:%H:%M}."
    )
    with using_language("zh_CN"):
        assert (
            info.describe()
            == f"李娜 自 2026年12月{local.day}日 {local:%H:%M} 起在 hz-laptop 上打开了此计划。"
        )


def test_survey_cells_are_refused_in_chinese_and_chinese_words_are_read() -> None:
    with using_language("zh_CN"):
        with pytest.raises(RowError, match="基本工资 P50为负数（-5）；薪酬数据不能小于零。"):
            parse_amount("-5", "基本工资 P50")
        with pytest.raises(RowError, match="无法识别日期“明年”"):
            parse_date("明年")
    assert parse_period("月薪").value == "month"
    assert parse_period("年").value == "year"
    assert parse_level("高级") is not None and parse_level("高级").value == "senior"  # type: ignore[union-attr]
    assert parse_level("不限") is None


def test_an_unreadable_survey_file_is_explained_in_chinese(tmp_path: Path) -> None:
    old = tmp_path / "调研.xls"
    old.write_bytes(b"whatever")
    with using_language("zh_CN"), pytest.raises(BenchmarkImportError) as info:
        read_table(old)
    assert str(info.value).startswith("调研.xls 是旧版 Excel 文件（.xls），暂不支持。")
