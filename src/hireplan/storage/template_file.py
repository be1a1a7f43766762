"""Template files (``.hireplan-template``): the JSON of :class:`hireplan.model.Template`.

A template file follows a plan file's JSON conventions and is migrated from older formats the same
way; this module reads and writes one file, or every readable one in a folder. Which templates a
person can choose from is :mod:`hireplan.storage.templates`' business.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hireplan.i18n import _
from hireplan.model import Template
from hireplan.storage.errors import PlanFileError
from hireplan.storage.jsonio import decode_json_object, read_file
from hireplan.storage.migrations import migrate_template
from hireplan.storage.plan_file import model_to_bytes, validate_model

TEMPLATE_SUFFIX = ".hireplan-template"


def template_to_bytes(template: Template) -> bytes:
    """The bytes of a template file (same JSON conventions as a plan file)."""
    return model_to_bytes(template)


def validate_template_data(raw: dict[str, Any]) -> Template:
    """A Template from a decoded JSON object (older formats migrated); PlanFileError when invalid."""
    if "plan" not in raw and ("steps" in raw or "checklist" in raw):
        raise PlanFileError(
            _("this is a plan file, not a template; open it as a plan and use 'Save as template'")
        )
    return validate_model(Template, migrate_template(raw))


def template_from_bytes(data: bytes, *, source: str) -> Template:
    """The Template stored in ``data``; ``source`` names where it came from in error messages."""
    try:
        return validate_template_data(decode_json_object(data))
    except PlanFileError as exc:
        raise exc.with_source(source=source) from None


def load_template(path: Path) -> Template:
    """Read and validate a template file; PlanFileError naming the file and each problem."""
    path = Path(path)
    data = read_file(path)
    try:
        return validate_template_data(decode_json_object(data))
    except PlanFileError as exc:
        raise exc.with_source(path=path) from None


def read_template_folder(folder: Path) -> dict[str, tuple[Template, Path]]:
    """Readable templates in ``folder`` by name: regular files whose name matches their content
    (a link, or a file renamed by hand, is left out so nothing points outside the folder)."""
    found: dict[str, tuple[Template, Path]] = {}
    try:
        paths = sorted(Path(folder).glob(f"*{TEMPLATE_SUFFIX}"))
    except OSError:
        return found
    for path in paths:
        if path.is_symlink() or not path.is_file():
            continue
        try:
            template = load_template(path)
        except PlanFileError:
            continue
        if path.name == f"{template.name}{TEMPLATE_SUFFIX}":
            found.setdefault(template.name, (template, path))
    return found
