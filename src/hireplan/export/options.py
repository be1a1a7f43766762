"""Choices a user makes for the PDF brief: which sections, which paper, whether to hide amounts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from hireplan.model import Plan

PageSizeName = Literal["a4", "letter"]
PAGE_SIZES: tuple[PageSizeName, ...] = ("a4", "letter")

SECTIONS: tuple[str, ...] = (
    "summary",
    "roles",
    "exceptions",
    "risks",
    "policy",
    "changes",
    "appendix",
    "checklist",
    "compensation",
    "register",
)
"""The brief's sections in the order they print; a subset keeps this order."""

DEFAULT_SECTIONS: tuple[str, ...] = ("summary", "roles", "exceptions", "risks", "policy", "appendix")
"""The brief as leadership reads it; the last three sections are the full detail."""

DETAIL_SECTIONS: tuple[str, ...] = ("checklist", "compensation", "register")
"""Optional appendices that print everything (every item, every offer in every market, every flag)."""

SECTION_CHOICES: dict[str, tuple[str, ...]] = {"default": DEFAULT_SECTIONS, "full": SECTIONS}
"""Names standing for a set of sections: ``--sections full`` keeps every detail."""

SECTION_TITLES: dict[str, str] = {
    "summary": "Summary",
    "roles": "Roles and offers",
    "exceptions": "Checklist exceptions",
    "risks": "Top risks",
    "policy": "Policy watch",
    "changes": "Changes since the approved version",
    "appendix": "Appendix: assumptions and glossary",
    "checklist": "Appendix: the full checklist",
    "compensation": "Appendix: every offer in every market",
    "register": "Appendix: risk register and every flag",
}


@dataclass(frozen=True)
class PdfOptions:
    """Options for :func:`hireplan.export.pdf.write_pdf`.

    ``redact_offers`` leaves out every offer amount, exact position and market figure, names
    candidates by role and letter and gives positions as bands (``P25–P50``), so the brief can go
    to people who should not see individual pay.
    """

    sections: tuple[str, ...] = DEFAULT_SECTIONS
    page_size: PageSizeName = "a4"
    redact_offers: bool = False
    language: str = ""
    """The PDF's language tag (``en``, ``zh-CN``); empty: the language the brief is written in
    (:func:`hireplan.i18n.current_language`, which :func:`~hireplan.i18n.using_language` sets)."""
    author: str | None = None
    """Metadata author; the plan's owner when None."""
    approved: Plan | None = None
    """The approved version the "changes" section compares with (``storage.approvals.approved_copy``)."""

    def __post_init__(self) -> None:
        unknown = [name for name in self.sections if name not in SECTIONS]
        if unknown:
            raise ValueError(f"unknown section(s): {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
        if not self.sections:
            raise ValueError(f"choose at least one section from {', '.join(SECTIONS)}")
        if self.page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}")
        ordered = tuple(name for name in SECTIONS if name in self.sections)
        object.__setattr__(self, "sections", ordered)


def parse_sections(text: str | Iterable[str]) -> tuple[str, ...]:
    """Turn ``"summary,risks"`` (or a list) into a checked tuple; raise ValueError with the choices.

    ``default`` and ``full`` stand for the default brief and every section."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    names: list[str] = []
    for part in (part.strip().lower() for part in parts):
        if part:
            names.extend(SECTION_CHOICES.get(part, (part,)))
    unknown = [name for name in names if name not in SECTIONS]
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if not names:
        raise ValueError(f"choose at least one section from {', '.join(SECTIONS)}")
    return tuple(name for name in SECTIONS if name in names)
