"""The template library: the built-in templates, the user's own and the team's, by name.

Built-in templates (:mod:`hireplan.storage.builtin_templates`) can be read but never changed; user
templates live in :func:`hireplan.storage.paths.user_templates_dir` and can be imported, exported,
renamed and deleted; the team library's folder (Settings) is listed after them, read-only here.
Each is a template file (:mod:`hireplan.storage.template_file`). Turning a template into a fresh
plan (or a plan into a template) is a pure edit and lives in :mod:`hireplan.model.template_plans`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from hireplan import i18n
from hireplan.atomic import describe_write_error
from hireplan.i18n import _
from hireplan.model import Plan, Template, new_id
from hireplan.model.template_plans import plan_skeleton
from hireplan.storage.builtin_templates import builtin_entries, builtin_language, builtin_templates
from hireplan.storage.errors import PlanFileError, describe_validation_error
from hireplan.storage.paths import user_templates_dir
from hireplan.storage.safe_write import atomic_write_bytes
from hireplan.storage.template_file import (
    TEMPLATE_SUFFIX,
    load_template,
    read_template_folder,
    template_to_bytes,
)

TemplateSource = Literal["built-in", "user", "team"]


@dataclass(frozen=True)
class TemplateInfo:
    """What a template list shows; ``path`` is None for a built-in inside a zipped install."""

    name: str
    title: str
    description: str
    region_tags: tuple[str, ...]
    version: str
    source: TemplateSource
    path: Path | None
    published_by: str = ""
    """Who last published it to the team library (team templates only)."""
    language: str = ""
    """The language a built-in template is written in (``en``, ``zh_CN``); empty for the user's
    and the team's own, whose language hireplan does not know."""

    @classmethod
    def of(
        cls, template: Template, source: TemplateSource, path: Path | None, language: str = ""
    ) -> TemplateInfo:
        return cls(
            language=language,
            name=template.name,
            title=template.title,
            description=template.description,
            region_tags=tuple(template.region_tags),
            version=template.version,
            source=source,
            path=path,
            published_by=template.published_by,
        )


def slugify(title: str) -> str:
    """A template name derived from a title: ``"Keep our LLM team!"`` -> ``keep-our-llm-team``."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64].strip("-")
    return slug or f"template-{new_id()[:6]}"


# --- the library ---------------------------------------------------------------------------------


class TemplateLibrary:
    """Built-in templates plus the user's own, by name.

    ``user_dir`` defaults to the platform's per-user folder; tests pass a temporary one.
    Every failure raises :class:`PlanFileError` with a message for a person.
    """

    def __init__(self, user_dir: Path | None = None, team_dir: Path | None = None) -> None:
        self.user_dir = Path(user_dir) if user_dir is not None else user_templates_dir()
        self.team_dir = Path(team_dir) if team_dir is not None else None
        """The team library folder (Settings), listed after the user's own; read-only here."""
        self.unreadable: list[PlanFileError] = []
        """User template files the last :meth:`list` skipped, with the reason for each."""

    # reading

    def _user_entries(self) -> dict[str, tuple[Template, Path]]:
        self.unreadable = []
        found: dict[str, tuple[Template, Path]] = {}
        if not self.user_dir.is_dir():
            return found
        for path in sorted(self.user_dir.glob(f"*{TEMPLATE_SUFFIX}")):
            try:
                template = load_template(path)
            except PlanFileError as exc:
                self.unreadable.append(exc)
                continue
            if template.name in builtin_templates():
                self.unreadable.append(
                    PlanFileError(
                        _(
                            'its name "{name}" belongs to a built-in template; import it under another name'
                        ).format(name=template.name),
                        path=path,
                    )
                )
                continue
            found.setdefault(template.name, (template, path))
        return found

    def _team_entries(self) -> dict[str, tuple[Template, Path]]:
        taken = set(builtin_templates()) | set(self._user_entries())
        found = read_template_folder(self.team_dir) if self.team_dir is not None else {}
        return {name: entry for name, entry in found.items() if name not in taken}

    def list(self, language: str | None = None) -> list[TemplateInfo]:
        """The built-in templates written in ``language`` (default: the process language, which is
        the window's or the CLI's), then the user's and the team library's (by title), then the
        built-ins in other languages: a person sees the templates they can read first, and every
        template stays on the list."""
        wanted = language or i18n.current_language()
        builtins = [
            TemplateInfo.of(entry.template, "built-in", entry.path, entry.language)
            for entry in builtin_entries().values()
        ]
        user = [TemplateInfo.of(t, "user", p) for t, p in self._user_entries().values()]
        team = [TemplateInfo.of(t, "team", p) for t, p in self._team_entries().values()]
        by_title = lambda info: (info.title.casefold(), info.name)  # noqa: E731
        first = [info for info in builtins if info.language == wanted]
        last = [info for info in builtins if info.language != wanted]
        return first + sorted(user, key=by_title) + sorted(team, key=by_title) + last

    def info(self, name: str) -> TemplateInfo:
        """The list entry for ``name``."""
        template, source, path = self._find(name)
        return TemplateInfo.of(template, source, path, builtin_language(name) if source == "built-in" else "")

    def get(self, name: str) -> Template:
        """A copy of the template called ``name`` (changing it changes nothing in the library)."""
        template, _source, _path = self._find(name)
        return template.model_copy(deep=True)

    def _find(self, name: str) -> tuple[Template, TemplateSource, Path | None]:
        builtin = builtin_templates().get(name)
        if builtin is not None:
            return builtin[0], "built-in", builtin[1]
        user = self._user_entries().get(name)
        if user is not None:
            return user[0], "user", user[1]
        team = self._team_entries().get(name)
        if team is not None:
            return team[0], "team", team[1]
        known = _(", ").join(info.name for info in self.list())
        raise PlanFileError(
            _("there is no template with that name (known templates: {known})").format(known=known)
            if known
            else _("there is no template with that name, and there are no templates"),
            source=_template_source(name),
            action="find",
        )

    # writing

    def _check_writable_name(self, name: str, *, replace: bool, action: str) -> None:
        if name in builtin_templates():
            raise PlanFileError(
                _(
                    '"{name}" is the name of a built-in template, which cannot be replaced; '
                    "choose another name"
                ).format(name=name),
                source=_template_source(name),
                action=action,
            )
        if not replace and name in self._user_entries():
            raise PlanFileError(
                _('you already have a template called "{name}"; choose another name or replace it').format(
                    name=name
                ),
                source=_template_source(name),
                action=action,
            )

    def _write(self, template: Template, *, action: str) -> TemplateInfo:
        existing = self._user_entries().get(template.name)
        path = existing[1] if existing else self.user_dir / f"{template.name}{TEMPLATE_SUFFIX}"
        try:
            self.user_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PlanFileError(describe_write_error(exc, path), path=path, action=action) from None
        atomic_write_bytes(path, template_to_bytes(template))
        return TemplateInfo.of(template, "user", path)

    def save_plan_as_template(
        self,
        plan: Plan,
        *,
        name: str,
        title: str,
        description: str = "",
        region_tags: Iterable[str] = (),
        version: str = "1.0",
        include_offers: bool = False,
        replace: bool = False,
    ) -> TemplateInfo:
        """Store ``plan`` as a user template (see :func:`plan_skeleton` for what is kept).

        A built-in name is refused; an existing user template is replaced only when ``replace``.
        """
        self._check_writable_name(name, replace=replace, action="save")
        try:
            template = Template(
                name=name,
                title=title,
                description=description,
                region_tags=list(region_tags),
                version=version,
                plan=plan_skeleton(plan, include_offers=include_offers),
            )
        except ValidationError as exc:
            raise PlanFileError(
                describe_validation_error(exc), source=_template_source(name), action="save"
            ) from None
        return self._write(template, action="save")

    def import_file(self, path: Path, *, replace: bool = False) -> TemplateInfo:
        """Copy a template file into the user library after checking it completely."""
        template = load_template(Path(path))
        self._check_writable_name(template.name, replace=replace, action="import")
        return self._write(template, action="import")

    def export(self, name: str, path: Path) -> None:
        """Write the template ``name`` (built-in or user) to ``path`` for sharing."""
        template, _source, _path = self._find(name)
        atomic_write_bytes(Path(path), template_to_bytes(template))

    def rename(self, name: str, new_name: str, new_title: str | None = None) -> TemplateInfo:
        """Give a user template a new name (and optionally title); built-ins are refused."""
        template, source, path = self._find(name)
        if source == "built-in":
            raise PlanFileError(
                _("built-in templates cannot be renamed; save a copy under a new name instead"),
                source=_template_source(name),
                action="rename",
            )
        if new_name != name:
            self._check_writable_name(new_name, replace=False, action="rename")
        try:
            renamed = template.model_copy(deep=True)
            renamed.name = new_name
            if new_title is not None:
                renamed.title = new_title
        except ValidationError as exc:
            raise PlanFileError(
                describe_validation_error(exc), source=_template_source(name), action="rename"
            ) from None
        assert path is not None
        target = self.user_dir / f"{new_name}{TEMPLATE_SUFFIX}"
        if new_name == name:
            target = path
        atomic_write_bytes(target, template_to_bytes(renamed))
        if target != path:
            self._remove(path, name)
        return TemplateInfo.of(renamed, "user", target)

    def delete(self, name: str) -> None:
        """Remove a user template; built-ins are refused."""
        _template, source, path = self._find(name)
        if source == "built-in":
            raise PlanFileError(
                _("built-in templates are part of hireplan and cannot be deleted"),
                source=_template_source(name),
                action="delete",
            )
        assert path is not None
        self._remove(path, name)

    def _remove(self, path: Path, name: str) -> None:
        try:
            path.unlink()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise PlanFileError(describe_write_error(exc, path), path=path, action="delete") from None


def _template_source(name: str) -> str:
    """How an error names a template: ``template "my-round"``."""
    return _('template "{name}"').format(name=name)
