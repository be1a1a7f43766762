"""The team template library: a folder on the team's share holding published templates.

Publishing is explicit and raises the template's version by one each time (``1``, ``2``, …);
the publisher and the time are recorded in the template.  Every published version is also kept
in ``.versions/`` inside the library, so a plan started from version 1 can be upgraded to
version 3 knowing what version 1 held.  File names come only from the template's slug (checked
by the model: ``[a-z0-9-]``), and every path is checked to stay inside the library folder, so a
hostile name or entry never writes elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hireplan.atomic import write_bytes as atomic_write_bytes
from hireplan.i18n import _
from hireplan.model import Template
from hireplan.storage.errors import PlanFileError
from hireplan.storage.template_file import (
    TEMPLATE_SUFFIX,
    load_template,
    read_template_folder,
    template_to_bytes,
)

VERSIONS_DIR = ".versions"
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def version_number(version: str) -> int:
    """``"3"`` -> 3, ``"1.0"`` -> 1, anything else -> 0 (a template never published)."""
    match = re.match(r"^\s*(\d{1,6})", version)
    return int(match.group(1)) if match else 0


@dataclass(frozen=True)
class TeamTemplate:
    """One entry of the team library as the list shows it."""

    name: str
    title: str
    version: str
    published_by: str
    published_on: datetime | None
    path: Path
    source: str = "team library"


class TeamLibrary:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def _inside(self, path: Path) -> Path:
        resolved = path.resolve()
        if resolved.parent not in (self.folder.resolve(), (self.folder / VERSIONS_DIR).resolve()):
            outside = _("{file} is not inside the team library folder {folder}.")
            raise PlanFileError(outside.format(file=path.name, folder=self.folder))
        return path

    def path_for(self, name: str, version: int | None = None) -> Path:
        if not _SLUG.fullmatch(name):
            raise PlanFileError(
                _("“{name}” cannot be a template file name (use a-z, 0-9 and -).").format(name=name)
            )
        if version is None:
            return self._inside(self.folder / f"{name}{TEMPLATE_SUFFIX}")
        return self._inside(self.folder / VERSIONS_DIR / f"{name}.v{version}{TEMPLATE_SUFFIX}")

    def list(self) -> list[TeamTemplate]:
        """Readable templates in the library, by title; files that cannot be read are left out."""
        found = [
            TeamTemplate(t.name, t.title, t.version, t.published_by, t.published_on, path)
            for t, path in read_template_folder(self.folder).values()
        ]
        return sorted(found, key=lambda entry: entry.title.casefold())

    def get(self, name: str, version: int | None = None) -> Template | None:
        path = self.path_for(name, version)
        if not path.is_file():
            return None
        return load_template(path)

    def publish(self, template: Template, *, by: str, now: datetime | None = None) -> Template:
        """Write ``template`` to the library as the next version; returns what was published."""
        current = self.get(template.name)
        number = version_number(current.version) + 1 if current is not None else 1
        published = template.model_copy(
            update={
                "version": str(number),
                "published_by": by,
                "published_on": (now or datetime.now(UTC)).replace(microsecond=0),
            }
        )
        data = template_to_bytes(published)
        try:
            (self.folder / VERSIONS_DIR).mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path_for(template.name, number), data)
            atomic_write_bytes(self.path_for(template.name), data)
        except OSError as exc:
            raise PlanFileError(
                _("The template could not be published to {folder}: {reason}.").format(
                    folder=self.folder, reason=exc.strerror or exc
                )
            ) from None
        return published
