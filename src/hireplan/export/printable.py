"""Text that will not print: the plan's text fields holding characters neither PDF font can draw.

The brief and the offer statement print with two shipped fonts (:mod:`hireplan.export.fonts`):
WenQuanYi Micro Hei (Latin, Chinese, Japanese kana, Korean) and DejaVu Sans (Arabic, Hebrew, Greek,
Cyrillic and more). A character in neither font (Devanagari, Thai, most emoji) prints as □. This
module finds such characters *before* exporting, field by field, so the Export dialog can name the
fields (``Role “Data scientist”, Title``) and let the person fix them or export anyway, and the CLI
can name them on stderr. The fonts' own character maps decide, the same ones the writer uses, so
the check and the printed page agree.

Only fields the chosen document prints are checked: each entry of :data:`PRINTED` says which
sections of the brief print it (and whether the offer statement does). The workbook is not
checked: a spreadsheet program draws it with the computer's own fonts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from hireplan.analysis.names import PlanNames
from hireplan.analysis.results import Ref
from hireplan.export.fonts import PLACEHOLDER, printable_codes
from hireplan.export.options import SECTIONS
from hireplan.export.text import strip_illegal
from hireplan.i18n import N_, _, ngettext
from hireplan.model import Plan
from hireplan.model.kinds import Kind, objects_of

STATEMENT = "statement"
"""Stands for the offer statement among the brief's section names."""

SHOWN = 5
"""Characters spelled out per field; the rest are counted."""

_ALL = frozenset((*SECTIONS, STATEMENT))
_FLAGS = frozenset({"summary", "risks", "register", "changes"})
"""Sections that quote flags, whose messages name the objects they are about."""


@dataclass(frozen=True, slots=True)
class Printed:
    """One user text field the documents print, and where."""

    kind: Kind
    field: str
    label: str
    """The field's name for a person (English, marked for translation)."""
    sections: frozenset[str]
    """Brief sections that print it; :data:`STATEMENT` when the offer statement does."""
    hidden_when_redacted: bool = False


def _in(*names: str) -> frozenset[str]:
    return frozenset(names) | {"changes"}  # the changes section quotes any changed field


PRINTED: tuple[Printed, ...] = (
    Printed("plan", "title", N_("Title"), _ALL),  # the footer of every page
    Printed("plan", "organisation", N_("Organisation"), _in("summary", STATEMENT)),
    Printed("plan", "owner", N_("Owner"), _in("summary")),
    Printed("plan", "notes", N_("Notes"), _in("appendix")),
    Printed("step", "title", N_("Title"), _in("summary", "checklist") | _FLAGS),
    Printed("item", "text", N_("Item"), _in("exceptions", "checklist") | _FLAGS),
    Printed("item", "owner", N_("Owner"), _in("exceptions", "checklist")),
    Printed("item", "notes", N_("Notes"), _in("checklist")),
    Printed("item", "tags", N_("Tags"), _in("checklist")),
    Printed("role", "title", N_("Title"), _in("summary", "roles", "compensation", STATEMENT) | _FLAGS),
    Printed("role", "domain", N_("Domain"), _in("compensation")),
    Printed(
        "offer",
        "candidate",
        N_("Candidate"),
        _in("summary", "roles", "compensation", STATEMENT) | _FLAGS,
        hidden_when_redacted=True,
    ),
    Printed("offer", "compute_note", N_("Compute note"), _in("compensation", STATEMENT)),
    Printed("offer", "notes", N_("Notes"), _in("compensation")),
    Printed("offer", "competing.employer", N_("Current or rival employer"), _in("compensation")),
    Printed(
        "market", "name", N_("Name"), _in("summary", "roles", "compensation", "appendix", STATEMENT) | _FLAGS
    ),
    Printed("benchmark", "job_family", N_("Job family"), _in("appendix") | _FLAGS),
    Printed("benchmark", "source", N_("Source"), _in("appendix")),
    Printed("rate", "source", N_("Source"), _in("appendix")),
    Printed("ppp", "country", N_("Country"), _in("appendix")),
    Printed("ppp", "source", N_("Source"), _in("appendix")),
    Printed("risk", "title", N_("Title"), _in("risks", "register") | _FLAGS),
    Printed("risk", "category", N_("Category"), _in("risks", "register")),
    Printed("risk", "mitigation", N_("Mitigation"), _in("summary", "risks", "register")),
    Printed("risk", "owner", N_("Owner"), _in("risks", "register")),
    Printed("policy", "jurisdiction", N_("Jurisdiction"), _in("policy")),
    Printed("policy", "topic", N_("Topic"), _in("policy") | _FLAGS),
    Printed("policy", "summary", N_("Summary"), _in("policy")),
    Printed("policy", "owner", N_("Owner"), _in("policy")),
    Printed("policy", "source", N_("Source"), _in("policy")),
)
"""Every user text field the brief or the offer statement prints (a test checks it against the
model's text fields)."""

_WHERE: dict[Kind, str] = {
    "plan": N_("Plan “{name}”, {field}"),
    "step": N_("Step “{name}”, {field}"),
    "item": N_("Checklist item “{name}”, {field}"),
    "role": N_("Role “{name}”, {field}"),
    "offer": N_("Offer “{name}”, {field}"),
    "market": N_("Market “{name}”, {field}"),
    "benchmark": N_("Benchmark “{name}”, {field}"),
    "rate": N_("Exchange rate “{name}”, {field}"),
    "ppp": N_("PPP factor “{name}”, {field}"),
    "risk": N_("Risk “{name}”, {field}"),
    "policy": N_("Policy entry “{name}”, {field}"),
}


@dataclass(frozen=True, slots=True)
class Unprintable:
    """A field holding characters that will print as □."""

    kind: Kind
    object_id: str
    field: str
    where: str
    """The object and field in words, in the current language: ``Role “数据科学家”, Title``."""
    characters: str
    """The characters that will not print, each once, in the order they first appear."""

    def describe(self) -> str:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in self.characters[:SHOWN])
        more = len(self.characters) - SHOWN
        if more > 0:
            shown = _("{shown} and {count} more").format(shown=shown, count=more)
        return _("{where}: {characters}").format(where=self.where, characters=shown)


def missing_characters(text: str) -> str:
    """The characters of ``text`` neither font can draw, each once (control characters the
    export drops are not counted)."""
    known = printable_codes()
    if text.isascii() or known.issuperset(map(ord, text)):
        return ""
    return "".join(dict.fromkeys(ch for ch in strip_illegal(text) if ord(ch) not in known))


def unprintable_in_brief(
    plan: Plan, sections: Iterable[str] = SECTIONS, *, redact: bool = False
) -> list[Unprintable]:
    """The fields the brief with ``sections`` prints that hold characters it cannot draw."""
    chosen = set(sections)
    fields = [
        entry for entry in PRINTED if entry.sections & chosen and not (redact and entry.hidden_when_redacted)
    ]
    return list(_find(plan, fields, lambda _kind, _obj: True))


def unprintable_in_statement(plan: Plan, offer_id: str) -> list[Unprintable]:
    """The fields the offer statement of ``offer_id`` prints that hold characters it cannot draw:
    the plan's, that offer's, its role's and its market's, nobody else's."""
    offer = next((o for o in plan.offers if o.id == offer_id), None)
    if offer is None:
        return []
    own = {"plan": plan.id, "offer": offer.id, "role": offer.role_id, "market": offer.market_id}
    fields = [entry for entry in PRINTED if STATEMENT in entry.sections]
    return list(_find(plan, fields, lambda kind, obj: getattr(obj, "id", None) == own.get(kind)))


def _find(plan: Plan, fields: list[Printed], wanted: Any) -> Iterator[Unprintable]:
    names = PlanNames(plan)
    for kind in dict.fromkeys(entry.kind for entry in fields):
        own = [entry for entry in fields if entry.kind == kind]
        for obj in objects_of(plan, kind):
            if not wanted(kind, obj):
                continue
            for entry in own:
                missing = missing_characters(_value(obj, entry.field))
                if missing:
                    obj_id = str(getattr(obj, "id", ""))
                    name = names.name(Ref(kind, obj_id))
                    where = _(_WHERE[kind]).format(name=name, field=_(entry.label))
                    yield Unprintable(kind, obj_id, entry.field, where, missing)


def _value(obj: object, path: str) -> str:
    value: Any = obj
    for part in path.split("."):
        value = getattr(value, part, None)
        if value is None:
            return ""
    if isinstance(value, list):
        return " ".join(str(part) for part in value)
    return str(value)


def warning_text(found: list[Unprintable]) -> str:
    """What the person is told: how many fields, each named with its characters, and what happens."""
    head = ngettext(
        "{count} text field holds characters the PDF fonts cannot draw; each prints as {mark}:",
        "{count} text fields hold characters the PDF fonts cannot draw; each prints as {mark}:",
        len(found),
    ).format(count=len(found), mark=PLACEHOLDER)
    return "\n".join([head, *(f"• {item.describe()}" for item in found)])
