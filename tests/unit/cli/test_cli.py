"""The command line a user or a script relies on: exit codes and clear messages (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hireplan import __version__
from hireplan.cli.main import main


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hireplan", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"hireplan {__version__}"


def test_help_documents_every_command_and_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    for command in ("new", "templates", "validate", "check", "export"):
        assert command in text
    assert "0  success" in text
    assert "2  usage error" in text
    assert "3  check" in text


def test_unknown_option_is_a_usage_error_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["validate"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "the following arguments are required: FILE" in err
    assert "Traceback" not in err


def test_new_from_the_default_template_writes_a_valid_plan(tmp_path: Path) -> None:
    target = tmp_path / "plan.hireplan"
    created = run_cli("new", "-o", str(target))
    assert created.returncode == 0, created.stderr
    assert "AI talent: attract and retain" in created.stdout
    validated = run_cli("validate", str(target))
    assert validated.returncode == 0, validated.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [step["key"] for step in data["steps"]] == [
        "motivations",
        "compensation",
        "research",
        "environment",
        "hubs",
    ]
    assert all(not item["owner"] for step in data["steps"] for item in step["items"])


def test_new_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.hireplan"
    target.write_text("keep me", encoding="utf-8")
    result = run_cli("new", "-o", str(target))
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"


def test_new_with_an_unknown_template_names_it(tmp_path: Path) -> None:
    result = run_cli("new", "-o", str(tmp_path / "x.hireplan"), "--template", "no-such-template")
    assert result.returncode == 2
    assert "no-such-template" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.hireplan").exists()


def test_new_sample_keeps_the_sample_data(tmp_path: Path) -> None:
    target = tmp_path / "sample.hireplan"
    result = run_cli("new", "--sample", "-o", str(target))
    assert result.returncode == 0, result.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["title"] == "LLM research team: Hangzhou and Silicon Valley"
    assert data["offers"] and data["benchmarks"]


def test_validate_reports_a_bad_file_on_stderr_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.hireplan"
    bad.write_bytes(b'{"schema_version": 1, "title": "x", "offers": [')
    before = bad.read_bytes()
    result = run_cli("validate", str(bad))
    assert result.returncode == 2
    assert "bad.hireplan" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == before


def test_validate_a_missing_file(tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "nowhere.hireplan"))
    assert result.returncode == 2
    assert "nowhere.hireplan" in result.stderr
    assert "Traceback" not in result.stderr


def test_templates_lists_both_built_ins_as_json() -> None:
    result = run_cli("templates", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    built_in = {row["name"]: row for row in rows if row["source"] == "built-in"}
    assert set(built_in) >= {"ai-talent-attract-retain", "keep-existing-ai-team"}
    for row in rows:
        assert {"name", "title", "source", "version"} <= set(row)


def test_templates_in_chinese_list_the_chinese_built_ins_first_and_start_a_chinese_plan(
    tmp_path: Path,
) -> None:
    """Issue 18: `hireplan --lang zh_CN templates` lists the Chinese versions first (the English ones
    still listed) and `new --template NAME-zh-cn` writes a plan in Chinese that validates."""
    result = run_cli("--lang", "zh_CN", "templates", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = [row for row in json.loads(result.stdout) if row["source"] == "built-in"]
    assert [(row["name"], row["language"]) for row in rows] == [
        ("ai-talent-attract-retain-zh-cn", "zh_CN"),
        ("keep-existing-ai-team-zh-cn", "zh_CN"),
        ("ai-talent-attract-retain", "en"),
        ("keep-existing-ai-team", "en"),
    ]
    english = json.loads(run_cli("--lang", "en", "templates", "--format", "json").stdout)
    assert english[0]["name"] == "ai-talent-attract-retain"
    target = tmp_path / "中文计划.hireplan"
    created = run_cli("new", "-o", str(target), "--template", "keep-existing-ai-team-zh-cn")
    assert created.returncode == 0, created.stderr
    plan = json.loads(target.read_text(encoding="utf-8"))
    assert plan["title"] == "保留现有 AI 团队" and plan["steps"][0]["title"] == "了解员工为何留下、为何离开"
    assert run_cli("validate", str(target)).returncode == 0
    default = tmp_path / "默认.hireplan"
    assert run_cli("--lang", "zh_CN", "new", "-o", str(default)).returncode == 0
    assert json.loads(default.read_text(encoding="utf-8"))["title"] == "AI 人才：吸引与保留"


def test_templates_export_then_import_round_trip(tmp_path: Path) -> None:
    exported = tmp_path / "shared.hireplan-template"
    result = run_cli("templates", "export", "keep-existing-ai-team", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["name"] = "our-retention-playbook"
    data["title"] = "Our retention playbook"
    exported.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    imported = run_cli("templates", "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    listed = json.loads(run_cli("templates", "--format", "json").stdout)
    user = [row for row in listed if row["source"] == "user"]
    assert [row["name"] for row in user] == ["our-retention-playbook"]

    created = run_cli("new", "-o", str(tmp_path / "p.hireplan"), "--template", "our-retention-playbook")
    assert created.returncode == 0, created.stderr


def test_templates_import_refuses_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.hireplan-template"
    broken.write_text('{"name": "x"}', encoding="utf-8")
    result = run_cli("templates", "import", str(broken))
    assert result.returncode == 2
    assert "broken.hireplan-template" in result.stderr
    assert "Traceback" not in result.stderr
