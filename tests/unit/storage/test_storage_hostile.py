"""Files that are broken, foreign or hostile are refused with a short reason a person understands,
naming the file and the place in the plan, and the file on disk is left exactly as it was."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.full_plans import full_plan
from hireplan.model import SCHEMA_VERSION
from hireplan.storage import PlanFileError, load_plan, plan_from_bytes, plan_to_bytes
from hireplan.storage.errors import MAX_PROBLEMS_SHOWN
from hireplan.storage.jsonio import MAX_FILE_BYTES


def _valid_bytes() -> bytes:
    return plan_to_bytes(full_plan())


def _with(**changes: object) -> bytes:
    """A valid plan file with top-level fields replaced (values already JSON-ready)."""
    data = json.loads(_valid_bytes(), parse_float=Decimal)
    data.update(changes)
    return json.dumps(data, default=str).encode()


def _offer_with(**changes: object) -> bytes:
    data = json.loads(_valid_bytes(), parse_float=Decimal)
    data["offers"][0].update(changes)
    return json.dumps(data, default=str).encode()


def _refused(path: Path) -> PlanFileError:
    """Load ``path`` expecting a refusal; checks the file was not touched and returns the error."""
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    with pytest.raises(PlanFileError) as info:
        load_plan(path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime
    assert list(path.parent.iterdir()) == [path], "a failed load must not create files"
    error = info.value
    assert error.path == path
    assert str(path) in str(error)
    assert "Traceback" not in str(error)
    return error


NESTED = b'{"title": "x", "notes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

HOSTILE: dict[str, tuple[bytes, str]] = {
    "not JSON": (b"This is a Word document, honest", "line 1, column 1: this is not valid JSON"),
    "truncated": (_valid_bytes()[:500], "ends too early"),
    "empty": (b"", "the file is empty"),
    "only whitespace": (b"  \n\t\n", "the file is empty"),
    "GBK text": ('{"title": "人工智能招聘计划"}'.encode("gbk"), "not UTF-8"),
    "Latin-1 text": ('{"title": "Équipe"}'.encode("latin-1"), "not UTF-8"),
    "100,000 levels of nesting": (NESTED, "nested far too deeply"),
    "100 levels of nesting": (
        b'{"title": "x", "notes": ' + b"[" * 100 + b"]" * 100 + b"}",
        "nested too deeply",
    ),
    "5,000-digit integer": (b'{"title": "x", "notes": 1' + b"0" * 4999 + b"}", "5,000 digits"),
    "5,000-digit decimal": (b'{"title": "x", "notes": 1' + b"0" * 4999 + b".5}", "5,001 digits"),
    "absurd exponent in an amount": (
        _with(
            notes="",
            roles=[],
            offers=[{"role_id": "r", "market_id": "m", "currency": "USD", "base": "1e-999999999"}],
        ),
        "offers[0].base: has more decimal places than hireplan keeps (at most 6)",
    ),
    "huge exponent": (b'{"title": "x", "roles": [{"title": "r", "headcount": 1e99999999}]}', "too large"),
    "absurd exponent written as text": (
        _with(exchange_rates=[{"base": "USD", "quote": "CNY", "rate": "1e-999999999"}]),
        "exchange_rates[0].rate: has more decimal places than hireplan keeps (at most 12)",
    ),
    "NaN": (_offer_with(base="NaN").replace(b'"NaN"', b"NaN"), "NaN is not a number"),
    "Infinity": (b'{"title": "x", "notes": Infinity}', "Infinity is not a number"),
    "-Infinity": (b'{"title": "x", "notes": -Infinity}', "-Infinity is not a number"),
    "a list, not an object": (b"[1, 2, 3]", "holds a list"),
    "a bare string": (b'"plan"', "holds a piece of text"),
    "duplicate field": (b'{"title": "a", "title": "b"}', 'the field "title" appears twice'),
    "wrong type: text": (_with(title=5), "title: must be text (found 5)"),
    "wrong type: amount": (_offer_with(base="lots"), "offers[0].base: must be a number (found 'lots')"),
    "wrong type: list": (_with(steps={"a": 1}), "steps: must be a list"),
    "wrong type: date": (_with(created="next Tuesday"), "created: must be a date written as YYYY-MM-DD"),
    "wrong type: enum": (_offer_with(bonus_kind="shares"), "offers[0].bonus_kind: must be one of"),
    "unknown field": (_with(colour="blue"), "colour: is not a field hireplan knows"),
    "unknown nested field": (
        _offer_with(stock_options=5),
        "offers[0].stock_options: is not a field hireplan knows",
    ),
    "missing field": (b'{"offers": []}', "title: is required"),
    "newer schema_version": (
        _with(schema_version=SCHEMA_VERSION + 1),
        "saved by a newer version of hireplan",
    ),
    "schema_version not a number": (_with(schema_version="one"), "schema_version: must be a whole number"),
    "negative amount": (_offer_with(base=-5), "offers[0].base: must not be negative (found -5)"),
    "currency code": (_offer_with(currency="rmb"), "three-letter currency code"),
    "unknown currency code": (_offer_with(currency="XYZ"), "not an ISO 4217 currency code"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE), ids=sorted(HOSTILE))
def test_hostile_file_is_refused_with_a_short_reason_and_left_untouched(tmp_path: Path, case: str) -> None:
    data, reason = HOSTILE[case]
    path = tmp_path / "plan.hireplan"
    path.write_bytes(data)
    error = _refused(path)
    assert reason in str(error)
    first_line = str(error).splitlines()[0]
    assert len(first_line) < 300, first_line


def test_the_error_names_the_place_in_the_plan_as_the_issue_describes(tmp_path: Path) -> None:
    data = json.loads(_valid_bytes(), parse_float=Decimal)
    offer = data["offers"][0]
    data["offers"] = [dict(offer, id=f"o{i}") for i in range(3)]
    data["offers"][2]["base"] = -1
    path = tmp_path / "plan.hireplan"
    path.write_text(json.dumps(data, default=str))
    error = _refused(path)
    assert error.problems == ["offers[2].base: must not be negative (found -1)"]
    assert str(error) == f"Could not read {path}: offers[2].base: must not be negative (found -1)"


def test_a_rule_across_fields_is_reported_in_its_own_words(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    path.write_bytes(_offer_with(bonus_kind="percent", bonus_value=900))
    error = _refused(path)
    assert error.problems == [
        "offers[0]: a target bonus above 300% of base is almost certainly a typing error"
    ]


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    with open(path, "wb") as handle:  # sparse: takes no disk space
        handle.truncate(MAX_FILE_BYTES + 1)
    error = _refused(path)
    assert "hireplan opens files up to 50 MB" in str(error)


def test_bytes_over_the_size_cap_are_refused() -> None:
    with pytest.raises(PlanFileError, match="up to 50 MB"):
        plan_from_bytes(b" " * (MAX_FILE_BYTES + 1), source="clipboard")


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Notepad on Windows adds a BOM when saving UTF-8; such a file must still open."""
    path = tmp_path / "plan.hireplan"
    path.write_bytes(b"\xef\xbb\xbf" + _valid_bytes())
    assert load_plan(path) == full_plan()


def test_many_problems_are_listed_one_per_line_and_capped(tmp_path: Path) -> None:
    data = json.loads(_valid_bytes(), parse_float=Decimal)
    offer = data["offers"][0]
    data["offers"] = [dict(offer, id=f"o{i}", base=-1) for i in range(25)]
    path = tmp_path / "plan.hireplan"
    path.write_text(json.dumps(data, default=str))
    error = _refused(path)
    lines = str(error).splitlines()
    assert lines[0] == f"Could not read {path}: 25 problems"
    assert lines[1] == "  - offers[0].base: must not be negative (found -1)"
    assert len(lines) == 1 + MAX_PROBLEMS_SHOWN + 1
    assert lines[-1] == f"  ... and {25 - MAX_PROBLEMS_SHOWN} more"
    assert len(error.problems) == 25


def test_a_missing_file_and_a_folder_get_plain_reasons(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="does not exist"):
        load_plan(tmp_path / "nowhere.hireplan")
    with pytest.raises(PlanFileError, match="is a folder"):
        load_plan(tmp_path)


def test_an_unreadable_file_says_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, because the tests may run as root, whom file permissions do not stop."""
    path = tmp_path / "plan.hireplan"
    path.write_bytes(_valid_bytes())

    real_open = os.open

    def denied(name: object, *args: object, **kwargs: object) -> int:
        if Path(str(name)) == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(PlanFileError, match="permission denied: you are not allowed to read this file"):
        load_plan(path)


def test_bytes_from_elsewhere_are_named_by_their_source() -> None:
    with pytest.raises(PlanFileError) as info:
        plan_from_bytes(b"{", source="the pasted text")
    assert str(info.value).startswith("Could not read the pasted text: line 1, column 2:")
    assert info.value.path is None


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("1e999999", "roles[0].headcount: the number 1e999999 is too large or too small"),
        ("9" * 5000, "roles[0].headcount: a number with 5,000 digits is far larger"),
        ("NaN", "roles[0].headcount: NaN is not a number hireplan accepts"),
        ("-Infinity", "roles[0].headcount: -Infinity is not a number hireplan accepts"),
    ],
)
def test_a_refused_number_is_named_by_its_place_before_any_conversion(number: str, reason: str) -> None:
    """``int()`` of a 5,000-digit number or of ``1e999999`` is slow or fails: refuse while decoding."""
    data = b'{"title": "x", "roles": [{"title": "r", "headcount": ' + number.encode() + b"}]}"
    with pytest.raises(PlanFileError) as info:
        plan_from_bytes(data, source="the pasted text")
    assert len(info.value.problems) == 1 and info.value.problems[0].startswith(reason)
    assert str(info.value).startswith(f"Could not read the pasted text: {reason}")
