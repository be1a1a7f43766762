"""Reading and writing ``.hireplan`` files: bytes <-> Plan, with migration and clear errors.

Loading is: safe JSON decoding (:mod:`hireplan.storage.jsonio`), the migration chain
(:mod:`hireplan.storage.migrations`), then one ``Plan.model_validate`` call.  Saving writes
UTF-8 JSON with fields in model order and amounts as exact numbers, atomically, keeping the
previous file as ``FILE.bak``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from hireplan.model import Plan
from hireplan.storage.atomic import atomic_write_bytes
from hireplan.storage.errors import PlanFileError, describe_validation_error, format_location
from hireplan.storage.jsonio import MAX_EXPONENT, decode_json_object, encode_json, read_file
from hireplan.storage.migrations import migrate

PLAN_SUFFIX = ".hireplan"


def suggested_file_name(title: str) -> str:
    """A file name from the plan title: ``AI hiring 2026`` -> ``AI-hiring-2026.hireplan``."""
    stem = re.sub(r"[^\w-]+", "-", title, flags=re.UNICODE).strip("-")[:60]
    return f"{stem or 'plan'}{PLAN_SUFFIX}"


ModelT = TypeVar("ModelT", bound=BaseModel)


def model_to_bytes(model: BaseModel) -> bytes:
    """Any stored model as the bytes of its file (fields in model order, exact amounts)."""
    data: dict[str, Any] = model.model_dump(mode="python")
    return encode_json(data)


def plan_to_bytes(plan: Plan) -> bytes:
    """The bytes of ``plan``'s file: UTF-8 JSON, two-space indent, stable order, exact Decimals."""
    return model_to_bytes(plan)


def _extreme_numbers(model: BaseModel, where: tuple[int | str, ...], problems: list[str]) -> None:
    for name, value in model.__dict__.items():
        if isinstance(value, Decimal):
            if value and abs(value.adjusted()) > MAX_EXPONENT:
                problems.append(
                    f"{format_location((*where, name))}: the number {value} is too large or too small "
                    "to be a real figure"
                )
        elif isinstance(value, BaseModel):
            _extreme_numbers(value, (*where, name), problems)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for index, child in enumerate(value):
                _extreme_numbers(child, (*where, name, index), problems)


def extreme_numbers(model: BaseModel) -> list[str]:
    """Places holding a number with an absurd power of ten, such as a rate of ``"1e-999999999"``.

    JSON numbers like that are stopped while decoding; this catches the same figures written as
    text, which pydantic accepts and which would later overflow in the analysis.
    """
    problems: list[str] = []
    _extreme_numbers(model, (), problems)
    return problems


def validate_model(model_type: type[ModelT], raw: dict[str, Any]) -> ModelT:
    """``model_type`` validated from current-format data, every problem worded for a person."""
    try:
        model = model_type.model_validate(raw)
    except ValidationError as exc:
        raise PlanFileError(describe_validation_error(exc)) from None
    except RecursionError:
        raise PlanFileError("the data is nested far too deeply") from None
    problems = extreme_numbers(model)
    if problems:
        raise PlanFileError(problems)
    return model


def validate_plan_data(raw: dict[str, Any]) -> Plan:
    """A Plan from an already decoded (and possibly old) JSON object; PlanFileError when invalid."""
    return validate_model(Plan, migrate(raw))


def plan_from_bytes(data: bytes, *, source: str) -> Plan:
    """The Plan stored in ``data``; ``source`` names where it came from in error messages."""
    try:
        return validate_plan_data(decode_json_object(data))
    except PlanFileError as exc:
        raise exc.with_source(source=source) from None


def load_plan(path: Path) -> Plan:
    """Open a ``.hireplan`` file (any supported format version).

    Raises :class:`PlanFileError` naming the file and each problem; the file is never changed.
    """
    path = Path(path)
    data = read_file(path)
    try:
        return validate_plan_data(decode_json_object(data))
    except PlanFileError as exc:
        raise exc.with_source(path=path) from None


def save_plan(plan: Plan, path: Path, *, keep_backup: bool = True) -> None:
    """Save ``plan`` to ``path`` atomically; the previous file is kept as ``path.bak`` by default.

    Raises :class:`PlanFileError` (disk full, no permission, folder missing...); the file on disk
    is then exactly as it was.
    """
    path = Path(path)
    try:
        data = plan_to_bytes(plan)
    except (TypeError, ValueError) as exc:  # pragma: no cover - the model forbids such values
        raise PlanFileError(str(exc), path=path, action="save") from None
    atomic_write_bytes(path, data, keep_backup=keep_backup)
