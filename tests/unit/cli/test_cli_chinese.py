"""The command line speaks the person's language from end to end: help, usage errors, every message.

Run as a person runs it, in a fresh process under ``LANG=zh_CN.UTF-8`` (or ``--lang``), so argparse's
own words and hireplan's are both looked up in the Chinese catalogue.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers.paths import REPO

SAMPLE = REPO / "resources" / "sample" / "llm-research-team.hireplan"


def run(lang: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LANG", "LC_"))}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "hireplan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_help_reads_in_chinese_under_a_chinese_locale() -> None:
    result = run("zh_CN.UTF-8", "--help")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("用法：hireplan")
    assert "规划如何吸引并留住 AI 研究员和工程师。" in out
    assert "显示计划的进度和风险提示" in out  # the check command's one-line help
    assert "退出码：" in out and "3  check：计划中有无人确认的高风险提示" in out
    assert "usage:" not in out and "show this help message" not in out


def test_a_command_help_names_its_arguments_in_chinese() -> None:
    out = run("zh_CN.UTF-8", "export", "--help").stdout
    assert "用法：hireplan export" in out
    assert "将 PDF 简报写入输出文件" in out
    assert "\n选项:\n" in out and "\n位置参数:\n" in out


def test_a_usage_error_is_one_chinese_line_and_exit_2() -> None:
    result = run("zh_CN.UTF-8", "check")
    assert result.returncode == 2
    assert "hireplan：错误：缺少以下必需参数：文件" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_date_option_is_explained_in_chinese() -> None:
    result = run("zh_CN.UTF-8", "check", str(SAMPLE), "--today", "1/12/2026")
    assert result.returncode == 2
    assert "“1/12/2026”不是 YYYY-MM-DD 格式的日期。" in result.stderr


def test_a_bad_lang_value_is_refused_in_the_environment_language() -> None:
    result = run("zh_CN.UTF-8", "--lang", "fr", "check", str(SAMPLE))
    assert result.returncode == 2
    assert "--lang 只接受 en, zh_CN 之一，不接受“fr”。" in result.stderr


def test_validate_counts_with_chinese_words_and_english_plurals() -> None:
    chinese = run("zh_CN.UTF-8", "validate", str(SAMPLE))
    assert chinese.returncode == 0
    assert (
        "有效的计划“" in chinese.stdout and "个步骤、" in chinese.stdout and "个录用方案）" in chinese.stdout
    )
    english = run("en_US.UTF-8", "validate", str(SAMPLE)).stdout
    assert ": valid plan \u201c" in english and " steps, " in english and " offers)" in english


def test_a_file_that_cannot_be_read_is_explained_in_chinese(tmp_path: Path) -> None:
    missing = tmp_path / "不存在.hireplan"
    result = run("zh_CN.UTF-8", "check", str(missing))
    assert result.returncode == 2
    assert f"hireplan：无法读取 {missing}：文件不存在（是否已被移动、重命名或删除？）" in result.stderr
    broken = tmp_path / "broken.hireplan"
    broken.write_text('{"title": "x", "steps": [', encoding="utf-8")
    result = run("zh_CN.UTF-8", "validate", str(broken))
    assert "第 1 行第 26 列：文件提前结束" in result.stderr


def test_export_messages_speak_chinese(tmp_path: Path) -> None:
    result = run("zh_CN.UTF-8", "export", str(SAMPLE))
    assert result.returncode == 2
    assert "导出：请用 --pdf 输出文件" in result.stderr
    out = tmp_path / "计划.xlsx"
    result = run("zh_CN.UTF-8", "export", str(SAMPLE), "--xlsx", str(out), "--today", "2026-12-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"已生成 {out}。"


def test_new_refuses_to_overwrite_in_chinese(tmp_path: Path) -> None:
    target = tmp_path / "plan.hireplan"
    assert run("zh_CN.UTF-8", "new", "-o", str(target), "--sample").stdout.strip() == (
        f"已根据示例计划生成 {target}。"
    )
    result = run("zh_CN.UTF-8", "new", "-o", str(target), "--sample")
    assert result.returncode == 2
    assert "已存在；请另选名称，或加上 --force 予以替换。" in result.stderr


def test_chinese_help_lines_up_and_fits_an_80_column_terminal() -> None:
    """A Chinese character takes two columns: every command's help keeps its text in one column and
    within 80 columns, as the English help does."""
    from hireplan.cli.help_width import display_width

    for command in ("new", "validate", "templates", "check", "export", "diff"):
        env_lang = "zh_CN.UTF-8"
        result = subprocess.run(
            [sys.executable, "-m", "hireplan", command, "--help"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={
                **{k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))},
                "LANG": env_lang,
                "COLUMNS": "80",
            },
            timeout=120,
            check=False,
        )
        lines = result.stdout.splitlines()
        assert lines and all(display_width(line) <= 80 for line in lines), [
            line for line in lines if display_width(line) > 80
        ]
        entries = [line for line in lines if line.startswith("  -") and "  " in line.strip()]
        columns = {
            display_width(line) - display_width(line.strip().split("  ", 1)[1].strip()) for line in entries
        }
        assert len(columns) == 1, (command, entries)
