"""Reading and writing ``.hireplan`` files: bytes <-> Plan, with migration and clear errors.

Loading is: safe JSON decoding (:mod:`hireplan.storage.jsonio`), the migration chain
(:mod:`hireplan.storage.migrations`), then one ``Plan.model_validate`` call.  Saving writes
UTF-8 JSON with fields in model order and amounts as exact numbers, atomically, keeping the
previous file as ``FILE.bak``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from hireplan import atomic
from hireplan.i18n import _
from hireplan.model import SCHEMA_VERSION, Plan
from hireplan.model.currency import alias_notes, may_name_an_alias
from hireplan.model.integrity import integrity_problems
from hireplan.storage.backups import content_hash
from hireplan.storage.errors import PlanFileError, describe_validation_error
from hireplan.storage.jsonio import (
    MAX_FILE_BYTES,
    decode_json_object,
    encode_json,
    read_file,
    read_limited,
)
from hireplan.storage.migrations import file_version, migrate
from hireplan.storage.safe_write import atomic_write_bytes

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


def validate_model(model_type: type[ModelT], raw: dict[str, Any]) -> ModelT:
    """``model_type`` validated from current-format data, every problem worded for a person.

    A plan (or a template's plan) must also hold together: unique ids, every reference resolved
    (:mod:`hireplan.model.integrity`), so a plan that loads can be analysed, shown and exported.
    """
    try:
        model = model_type.model_validate(raw)
    except ValidationError as exc:
        raise PlanFileError(describe_validation_error(exc)) from None
    except RecursionError:
        raise PlanFileError(_("the data is nested far too deeply")) from None
    problems: list[str] = []
    if isinstance(model, Plan):
        problems = integrity_problems(model)
    elif isinstance(getattr(model, "plan", None), Plan):  # a template: its plan must hold together too
        problems += [f"plan.{problem}" for problem in integrity_problems(model.plan)]  # type: ignore[attr-defined]
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


@dataclass(frozen=True, slots=True)
class OpenedPlan:
    """A plan read from a file, with the file format it was written in."""

    plan: Plan
    format_version: int
    """The file's ``schema_version``; an older format was migrated in memory, the file untouched."""
    content_hash: str | None = None
    """SHA-256 of the bytes read, so a later save can tell whether the file changed on disk."""
    notes: tuple[str, ...] = ()
    """Sentences on how the file was read (``RMB is read as CNY…``), for the person who opened it."""

    @property
    def older(self) -> bool:
        """True when saving writes a newer format than the file holds: say so and ask first."""
        return self.format_version < SCHEMA_VERSION


def open_plan(path: Path) -> OpenedPlan:
    """Read a ``.hireplan`` file of any supported format, and say which format it was in.

    Nothing is written: an older format is migrated in memory only.  Before the first save over
    an older file, tell the person (:func:`upgrade_notice`) and keep the original
    (:func:`keep_original`, or ``save_plan(..., upgrading_from=format_version)``).  Raises
    :class:`PlanFileError` naming the file and each problem.  Temporary files an interrupted save
    left in the folder are removed (see :mod:`hireplan.atomic`).
    """
    path = Path(path)
    data = read_file(path)
    atomic.remove_stale_temps(path.parent)
    try:
        raw = decode_json_object(data)
        version = file_version(raw)
        notes = alias_notes(raw) if may_name_an_alias(data) else ()
        return OpenedPlan(validate_plan_data(raw), version, content_hash(data), notes)
    except PlanFileError as exc:
        raise exc.with_source(path=path) from None


def load_plan(path: Path) -> Plan:
    """The plan in a ``.hireplan`` file of any supported format; see :func:`open_plan`."""
    return open_plan(path).plan


def original_copy_path(path: Path, version: int) -> Path:
    """Where an older file's original is kept: ``team.hireplan`` in format 0 -> ``team.format-0.hireplan``.

    Numbered (``team.format-0 (2).hireplan``) when that name is taken, so no copy is ever replaced;
    it keeps the plan suffix, so the original opens in hireplan like any plan.
    """
    stem, suffix = path.stem, path.suffix
    candidate = path.with_name(f"{stem}.format-{version}{suffix}")
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{stem}.format-{version} ({number}){suffix}")
        number += 1
    return candidate


def upgrade_notice(path: Path, version: int) -> str:
    """What to tell the person about a file in an older format that was only read."""
    return _(
        "{file} is in file format {version}, written by an older hireplan; it was read as format "
        "{current} and the file was not changed. Saving it writes format {current}, which older "
        "versions cannot open, and first keeps the original as {copy}."
    ).format(
        file=path.name, version=version, current=SCHEMA_VERSION, copy=original_copy_path(path, version).name
    )


def keep_original(path: Path, version: int) -> Path:
    """Copy the file at ``path`` (through a link, beside its target) before it is saved in a newer format.

    Returns the copy.  Raises :class:`PlanFileError` when the copy cannot be made; the caller must
    then not save over the original.
    """
    path = Path(path)
    try:
        source = atomic.resolve_target(path)
        copy = original_copy_path(source, version)
        atomic.write_bytes(copy, read_limited(source, MAX_FILE_BYTES))
    except OSError as exc:
        reason = atomic.describe_write_error(exc, path)
        raise PlanFileError(
            _(
                "the original (file format {version}) could not be kept, so nothing was saved: {reason}"
            ).format(version=version, reason=reason),
            path=path,
            action="save",
        ) from exc
    return copy


def save_plan(
    plan: Plan,
    path: Path,
    *,
    keep_backup: bool = True,
    force: bool = False,
    upgrading_from: int | None = None,
) -> None:
    """Save ``plan`` to ``path`` atomically; the previous file is kept as ``path.bak`` by default.

    A read-only file is not replaced unless ``force``.  ``upgrading_from`` is the format the plan
    was read in (:attr:`OpenedPlan.format_version`): when it is older and the file is still in
    that format, the original is first kept (:func:`keep_original`).  Raises :class:`PlanFileError`
    (read-only, disk full, no permission, folder missing...); the file on disk is then as it was.
    """
    path = Path(path)
    try:
        data = plan_to_bytes(plan)
    except (TypeError, ValueError) as exc:  # pragma: no cover - the model forbids such values
        raise PlanFileError(str(exc), path=path, action="save") from None
    if (
        upgrading_from is not None
        and upgrading_from < SCHEMA_VERSION
        and _still_in_format(path, upgrading_from)
    ):
        keep_original(path, upgrading_from)
    atomic_write_bytes(path, data, keep_backup=keep_backup, force=force)


def _still_in_format(path: Path, version: int) -> bool:
    """True when the file at ``path`` exists and still declares format ``version`` (not yet upgraded)."""
    try:
        return file_version(decode_json_object(read_limited(path, MAX_FILE_BYTES))) == version
    except (OSError, PlanFileError):
        return False
