"""Saving and reopening a plan gives back exactly what was saved, in a file people and tools can read."""

from __future__ import annotations

import io
import json
import os
import stat
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.full_plans import full_plan, full_template
from hireplan.model import Market, Offer, Plan, Role
from hireplan.storage import (
    backup_path,
    load_plan,
    load_template,
    plan_from_bytes,
    plan_to_bytes,
    sample_plan,
    save_plan,
    template_to_bytes,
)


def test_every_model_survives_a_save_and_reload(tmp_path: Path) -> None:
    """Every field of every object (steps, items, roles, benchmarks, offers, competing packages,
    rates, PPP factors, risks, policy watch, acknowledgements, settings) comes back equal."""
    plan = full_plan()
    path = tmp_path / "plan.hireplan"
    save_plan(plan, path)
    loaded = load_plan(path)
    assert loaded == plan
    assert loaded.model_dump() == plan.model_dump()


def test_a_template_survives_a_save_and_reload(tmp_path: Path) -> None:
    template = full_template()
    path = tmp_path / "full.hireplan-template"
    path.write_bytes(template_to_bytes(template))
    assert load_template(path) == template


def test_saving_a_reloaded_plan_writes_the_same_bytes(tmp_path: Path) -> None:
    """Open-and-save must not rewrite figures: 120000.000 stays 120000.000, 1E+5 stays 1E+5."""
    path = tmp_path / "plan.hireplan"
    save_plan(full_plan(), path)
    first = path.read_bytes()
    save_plan(load_plan(path), path)
    assert path.read_bytes() == first
    loaded = load_plan(path)
    benchmark = loaded.benchmarks[0]
    assert str(benchmark.total_p90) == "120000.000"
    assert str(benchmark.base_p90) == "1E+5"
    assert str(loaded.offers[0].compute_budget) == "999999999999.99"


def test_the_file_is_readable_utf8_json_with_exact_numbers(tmp_path: Path) -> None:
    """Other tools (jq, spreadsheets, scripts) read the file: UTF-8 text, Chinese kept as written,
    two-space indentation, schema_version first, amounts as JSON numbers."""
    path = tmp_path / "plan.hireplan"
    save_plan(full_plan(), path)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert "王磊" in text and "\\u" not in text
    assert text.startswith('{\n  "schema_version": 4,\n  "id": "plan-1",')
    assert text.endswith("}\n")
    data = json.loads(text, parse_float=Decimal)
    assert data["offers"][0]["base"] == Decimal("1234567.89")
    assert '"base": 1234567.89,' in text
    assert data["steps"][0]["items"][0]["status"] == "blocked"
    assert data["created"] == "2026-09-15"
    assert list(data) == list(Plan.model_fields)


def test_negative_zero_is_written_as_plain_zero() -> None:
    offer = Offer(role_id="r", market_id="m", currency="USD", base=Decimal("-0"))
    plan = Plan(
        title="zero",
        markets=[Market(id="m", name="M", currency="USD")],
        roles=[Role(id="r", title="R")],
        offers=[offer],
    )
    text = plan_to_bytes(plan).decode()
    assert '"base": 0,' in text
    assert plan_from_bytes(plan_to_bytes(plan), source="test").offers[0].base == 0


def test_the_sample_plan_round_trips(tmp_path: Path) -> None:
    plan = sample_plan()
    path = tmp_path / "sample.hireplan"
    save_plan(plan, path)
    assert load_plan(path) == plan


def test_a_save_keeps_the_previous_file_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    first = Plan(title="first")
    save_plan(first, path)
    assert not backup_path(path).exists(), "nothing to back up on the first save"
    first_bytes = path.read_bytes()
    save_plan(Plan(title="second"), path)
    assert backup_path(path) == tmp_path / "plan.hireplan.bak"
    assert backup_path(path).read_bytes() == first_bytes
    assert load_plan(path).title == "second"
    save_plan(Plan(title="third"), path)
    assert load_plan(backup_path(path)).title == "second"


def test_keep_backup_false_leaves_no_bak(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    save_plan(Plan(title="first"), path, keep_backup=False)
    save_plan(Plan(title="second"), path, keep_backup=False)
    assert not backup_path(path).exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_saving_keeps_the_files_permissions(tmp_path: Path) -> None:
    """A plan shared with the team (group-readable) must stay so after a save, not become 0600."""
    path = tmp_path / "plan.hireplan"
    save_plan(Plan(title="first"), path)
    os.chmod(path, 0o640)
    save_plan(Plan(title="second"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    os.chmod(path, 0o664)
    save_plan(Plan(title="third"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        save_plan(Plan(title="new"), tmp_path / "new.hireplan")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.hireplan").stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_saving_through_a_symbolic_link_updates_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "plan.hireplan"
    real.parent.mkdir()
    save_plan(Plan(title="first"), real)
    link = tmp_path / "link.hireplan"
    link.symlink_to(real)
    save_plan(Plan(title="second"), link)
    assert link.is_symlink()
    assert load_plan(real).title == "second"


def test_a_plan_file_holding_rmb_reads_as_cny_and_says_so(tmp_path: Path) -> None:
    """People write RMB for the renminbi; the file is read as CNY, and whoever opens it is told."""
    from hireplan.cli.main import main
    from hireplan.storage.plan_file import open_plan

    path = tmp_path / "rmb.hireplan"
    save_plan(full_plan(), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["offers"][0]["currency"] = "RMB"
    path.write_text(json.dumps(raw), encoding="utf-8")
    before = path.read_bytes()

    opened = open_plan(path)
    assert opened.plan.offers[0].currency == "CNY"
    assert opened.notes == ("RMB is read as CNY, its ISO 4217 code.",)
    assert open_plan(tmp_path / "rmb.hireplan").notes, "the note comes every time the file is read"

    stderr = io.StringIO()
    with redirect_stderr(stderr), redirect_stdout(io.StringIO()):
        assert main(["validate", str(path)]) == 0
    assert "hireplan: note: RMB is read as CNY, its ISO 4217 code." in stderr.getvalue()
    assert path.read_bytes() == before, "reading never rewrites the file"


def test_rmb_is_noted_however_the_file_writes_it(tmp_path: Path) -> None:
    """The note does not depend on how a program wrote the text: Chinese text written as UTF-8
    beside a literal RMB, or RMB spelt as JSON escapes, both read as CNY and both are noted."""
    from hireplan.storage.plan_file import open_plan

    path = tmp_path / "rmb.hireplan"
    save_plan(full_plan(), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["title"] = "杭州 offers"
    raw["offers"][0]["currency"] = "RMB"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert open_plan(path).notes == ("RMB is read as CNY, its ISO 4217 code.",)

    raw["title"] = "Hangzhou offers"
    escaped = json.dumps(raw, ensure_ascii=True).replace('"RMB"', '"\\u0052\\u004d\\u0042"')
    assert "RMB" not in escaped
    path.write_text(escaped, encoding="utf-8")
    opened = open_plan(path)
    assert opened.plan.offers[0].currency == "CNY"
    assert opened.notes == ("RMB is read as CNY, its ISO 4217 code.",)

    raw["offers"][0]["currency"] = "CNY"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert open_plan(path).notes == ()
