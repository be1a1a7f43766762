"""The published JSON Schema (resources/schema/plan.schema.json) matches the models and accepts real files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers.full_plans import full_plan
from hireplan.storage import plan_to_bytes
from hireplan.storage.schema import REGENERATE_COMMAND, plan_json_schema, schema_text


def test_the_committed_schema_is_up_to_date(repo_root: Path) -> None:
    committed = repo_root / "resources" / "schema" / "plan.schema.json"
    assert committed.is_file(), f"resources/schema/plan.schema.json is missing; run: {REGENERATE_COMMAND}"
    assert committed.read_text(encoding="utf-8") == schema_text(), (
        f"plan.schema.json is stale: the models changed since it was generated; run: {REGENERATE_COMMAND}"
    )


def test_the_schema_describes_the_current_format() -> None:
    schema = plan_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False, "unknown fields are refused, as the app does"
    assert "title" in schema["required"]
    assert {"offers", "steps", "schema_version"} <= set(schema["properties"])
    offer = schema["$defs"]["Offer"]
    assert offer["additionalProperties"] is False


def _problems(data: Any, schema: dict[str, Any], defs: dict[str, Any], where: str) -> list[str]:
    """A small structural check: declared keys only, required keys present, through $ref/anyOf."""
    if "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in schema:
        options = [_problems(data, option, defs, where) for option in schema["anyOf"]]
        return [] if any(not found for found in options) else min(options, key=len)
    kind = schema.get("type")
    if kind == "object" and isinstance(data, dict):
        found = [f"{where}.{key}: not in schema" for key in data if key not in schema.get("properties", {})]
        found += [f"{where}.{key}: required" for key in schema.get("required", []) if key not in data]
        for key, value in data.items():
            if key in schema.get("properties", {}):
                found += _problems(value, schema["properties"][key], defs, f"{where}.{key}")
        return found
    if kind == "array" and isinstance(data, list):
        return [
            p
            for i, item in enumerate(data)
            for p in _problems(item, schema.get("items", {}), defs, f"{where}[{i}]")
        ]
    if kind == "null":
        return [] if data is None else [f"{where}: expected null"]
    if kind == "string":
        return [] if isinstance(data, str) else [f"{where}: expected text"]
    if kind in ("number", "integer"):
        return (
            []
            if isinstance(data, int | float) and not isinstance(data, bool)
            else [f"{where}: expected number"]
        )
    if kind == "boolean":
        return [] if isinstance(data, bool) else [f"{where}: expected true/false"]
    return []


def test_a_saved_plan_matches_the_published_schema() -> None:
    """Other tools validate files against the schema: what the app writes must pass, field by field."""
    schema = plan_json_schema()
    data = json.loads(plan_to_bytes(full_plan()))
    assert _problems(data, schema, schema["$defs"], "plan") == []


def test_the_structural_check_above_does_catch_a_stray_field() -> None:
    schema = plan_json_schema()
    data = json.loads(plan_to_bytes(full_plan()))
    data["offers"][0]["stock"] = 1
    assert _problems(data, schema, schema["$defs"], "plan") == ["plan.offers[0].stock: not in schema"]
