"""Every number a plan holds is bounded where the arithmetic can carry it (stated in the models).

The bounds are what make "a plan that loads can be analysed, shown and exported" true, and they
replace a walk over every loaded number: a field added without them would let ``1e-999999999``
or a thirty-digit figure back in, so this test names any such field.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from hireplan.model import Plan, Template


def _models(root: type[BaseModel]) -> set[type[BaseModel]]:
    found: set[type[BaseModel]] = set()
    stack = [root]
    while stack:
        model = stack.pop()
        if model in found:
            continue
        found.add(model)
        for field in model.model_fields.values():
            stack.extend(_inner_models(field.annotation))
    return found


def _inner_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _inner_models(arg)]


def _flat(metadata: Any) -> list[Any]:
    """Constraints, with those of a nested ``Field(...)`` (as ``Optional[Amount]`` carries) spread out."""
    flat: list[Any] = []
    for item in metadata:
        flat.extend(_flat(item.metadata) if isinstance(item, FieldInfo) else [item])
    return flat


def _typed(annotation: Any, metadata: list[Any]) -> list[tuple[Any, list[Any]]]:
    """``(type, constraints)`` for the field's type, or for each member of an optional/union type."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *extra = typing.get_args(annotation)
        return _typed(base, [*metadata, *_flat(extra)])
    if origin in (typing.Union, types.UnionType):
        return [
            t for arg in typing.get_args(annotation) if arg is not type(None) for t in _typed(arg, metadata)
        ]
    return [(annotation, _flat(metadata))]


def _fields_of(root: type[BaseModel], kind: type) -> list[tuple[str, list[Any]]]:
    found = []
    for model in _models(root):
        for name, field in model.model_fields.items():
            for annotation, metadata in _typed(field.annotation, list(field.metadata)):
                if annotation is kind:
                    found.append((f"{model.__name__}.{name}", metadata))
    return found


def _bounds(metadata: list[Any]) -> tuple[bool, bool, bool]:
    low = any(isinstance(m, annotated_types.Ge | annotated_types.Gt) for m in metadata)
    high = any(isinstance(m, annotated_types.Le | annotated_types.Lt) for m in metadata)
    places = any(getattr(m, "decimal_places", None) is not None for m in metadata)
    return low, high, places


def test_every_decimal_field_has_a_range_and_a_number_of_places() -> None:
    fields = _fields_of(Template, Decimal)
    assert len(fields) >= 30, "the walk must see the optional amounts too (benchmark percentiles)"
    assert [name for name, metadata in fields if _bounds(metadata) != (True, True, True)] == []


def test_every_date_field_lies_between_1900_and_2199() -> None:
    fields = _fields_of(Plan, date)
    assert len(fields) > 8
    assert [name for name, metadata in fields if _bounds(metadata)[:2] != (True, True)] == []
