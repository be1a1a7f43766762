"""Choices a user makes for the PDF brief: which sections, which paper, whether to hide amounts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

PageSizeName = Literal["a4", "letter"]
PAGE_SIZES: tuple[PageSizeName, ...] = ("a4", "letter")

SECTIONS: tuple[str, ...] = (
    "cover",
    "summary",
    "checklist",
    "compensation",
    "risks",
    "policy",
    "appendix",
)
"""The brief's sections in the order they print; a subset keeps this order."""

SECTION_TITLES: dict[str, str] = {
    "cover": "Cover",
    "summary": "Executive summary",
    "checklist": "Checklist by step",
    "compensation": "Compensation across markets",
    "risks": "Risk register",
    "policy": "Policy watch",
    "appendix": "Appendix: assumptions and glossary",
}


@dataclass(frozen=True)
class PdfOptions:
    """Options for :func:`hireplan.export.pdf.write_pdf`.

    ``redact_offers`` replaces every offer amount (and the budget built from them) with the
    offer's position against its market, e.g. ``P62`` and a compa-ratio band, so the brief can
    go to people who should not see individual pay.
    """

    sections: tuple[str, ...] = SECTIONS
    page_size: PageSizeName = "a4"
    redact_offers: bool = False
    language: str = "en"
    author: str | None = None
    """Metadata author; the plan's owner when None."""

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
    """Turn ``"summary,risks"`` (or a list) into a checked tuple; raise ValueError with the choices."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    names = [part.strip().lower() for part in parts if part.strip()]
    unknown = [name for name in names if name not in SECTIONS]
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if not names:
        raise ValueError(f"choose at least one section from {', '.join(SECTIONS)}")
    return tuple(name for name in SECTIONS if name in names)
