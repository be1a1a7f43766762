"""The templates and the sample plan shipped inside ``hireplan.resources``: read-only, read once.

Built-in templates are written in one language each: ``templates/*.json`` in English and
``templates/<language>/*.json`` in that language (``zh_CN``: Simplified Chinese), under a name of
their own (``ai-talent-attract-retain-zh-cn``). The language belongs to the shipped file, not to the
template format, so a template exported from a Chinese built-in opens in any hireplan that reads
format 3. :meth:`hireplan.storage.templates.TemplateLibrary.list` puts the built-ins in the
window's (or the CLI's) language first; every template stays selectable in every language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from hireplan import i18n
from hireplan.i18n import _
from hireplan.model import Plan, Template
from hireplan.storage.plan_file import plan_from_bytes
from hireplan.storage.template_file import template_from_bytes

RESOURCES_PACKAGE = "hireplan.resources"
SAMPLE_PLAN_RESOURCE = ("sample", "llm-research-team.hireplan")


def _resources() -> Traversable:
    return resources.files(RESOURCES_PACKAGE)


def _as_path(item: Traversable) -> Path | None:
    return item if isinstance(item, Path) else None


@dataclass(frozen=True)
class BuiltinTemplate:
    """A shipped template, its file (None inside a zipped install) and the language it is written in."""

    template: Template
    path: Path | None
    language: str


BUILTIN_LANGUAGE = i18n.ENGLISH
"""The language of the templates directly in ``templates/``; a sub-folder's name is its files' language."""


def _read_builtins(folder: Traversable, language: str, found: dict[str, BuiltinTemplate]) -> None:
    for item in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if not item.name.endswith(".json"):
            continue
        template = template_from_bytes(
            item.read_bytes(), source=_("the built-in template {name}").format(name=item.name)
        )
        found[template.name] = BuiltinTemplate(template, _as_path(item), language)


@cache
def builtin_entries() -> dict[str, BuiltinTemplate]:
    """Every built-in template by name, English first, then each language's folder (read once:
    they are part of the installed package)."""
    folder = _resources() / "templates"
    found: dict[str, BuiltinTemplate] = {}
    if not folder.is_dir():
        return found
    _read_builtins(folder, BUILTIN_LANGUAGE, found)
    for sub in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if sub.is_dir() and i18n.normalise(sub.name) == sub.name:
            _read_builtins(sub, sub.name, found)
    return found


def builtin_templates() -> dict[str, tuple[Template, Path | None]]:
    """Every built-in template by name, with its file."""
    return {name: (entry.template, entry.path) for name, entry in builtin_entries().items()}


def builtin_names() -> tuple[str, ...]:
    """Names of the templates shipped with hireplan (English first, then each other language)."""
    return tuple(builtin_entries())


def localised_builtin(name: str, language: str) -> str:
    """The built-in ``name`` in ``language`` when hireplan ships that version, else ``name``.

    A built-in's version in another language is named ``<name>-<language>`` in lower case with a
    hyphen (``ai-talent-attract-retain-zh-cn``), so each keeps a name of its own in plans
    (``template_origin``) and on the command line.
    """
    candidate = f"{name}-{language.lower().replace('_', '-')}"
    entry = builtin_entries().get(candidate)
    return candidate if entry is not None and entry.language == language else name


def builtin_language(name: str) -> str:
    """The language the built-in template ``name`` is written in; empty when it is not built in."""
    entry = builtin_entries().get(name)
    return entry.language if entry is not None else ""


def sample_plan() -> Plan:
    """The shipped example plan ("LLM research team: Hangzhou and Silicon Valley"), fresh each call."""
    item = _resources().joinpath(*SAMPLE_PLAN_RESOURCE)
    return plan_from_bytes(item.read_bytes(), source=_("the built-in sample plan"))
