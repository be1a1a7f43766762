"""The published JSON Schema of ``.hireplan`` files, generated from the models.

Other tools (and people editing files by hand) validate against
``resources/schema/plan.schema.json``.  It must never drift from the models: a test compares the
committed file with :func:`schema_text`.  Regenerate it with::

    python -m hireplan.storage.schema
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from hireplan.model import SCHEMA_VERSION, Plan
from hireplan.storage.errors import PlanFileError
from hireplan.storage.safe_write import atomic_write_bytes

SCHEMA_RESOURCE = ("schema", "plan.schema.json")
REGENERATE_COMMAND = "python -m hireplan.storage.schema"


def plan_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a plan file in the current format."""
    body = Plan.model_json_schema(mode="validation")
    header: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": f"Generated from hireplan.model; do not edit by hand. Regenerate: {REGENERATE_COMMAND}",
    }
    schema = {**header, **body}
    schema["title"] = f"hireplan plan file, format {SCHEMA_VERSION}"
    return schema


def schema_text() -> str:
    """The exact text of plan.schema.json (stable: same models, same bytes)."""
    return json.dumps(plan_json_schema(), indent=2, ensure_ascii=False) + "\n"


def default_schema_path() -> Path:
    """resources/schema/plan.schema.json of the source tree this package runs from."""
    folder = resources.files("hireplan.resources")
    if not isinstance(folder, Path):
        raise PlanFileError(
            "hireplan is installed as a zip archive; pass the path to write the schema to",
            source="the schema file",
            action="write",
        )
    return folder.joinpath(*SCHEMA_RESOURCE)


def write_schema(path: Path | None = None) -> Path:
    """Write the schema file (atomically) and return where it went."""
    target = path if path is not None else default_schema_path()
    atomic_write_bytes(target, schema_text().encode("utf-8"))
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        target = write_schema(Path(args[0]) if args else None)
    except PlanFileError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
