"""Paragraph and table styles of the brief: one embedded font, a few sizes, a quiet palette."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from hireplan.analysis.heat_map import BAND_FILLS as HEAT_FILLS
from hireplan.export.fonts import register_font

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1F4E79")
RULE = colors.HexColor("#C8CED6")
HEADER_BG = colors.HexColor("#E4EAF1")
ZEBRA = colors.HexColor("#F6F8FA")
OVERDUE_BG = colors.HexColor("#FBE3E1")
OVERDUE_INK = colors.HexColor("#B03A2E")
SEVERITY_COLOURS = {
    "high": colors.HexColor("#C0392B"),
    "medium": colors.HexColor("#E67E22"),
    "low": colors.HexColor("#2E86C1"),
}
BAND_FILLS = {band: colors.HexColor(fill) for band, fill in HEAT_FILLS.items()}
"""The heat map's band fills (hireplan.analysis.heat_map), also behind the register's bands."""
NOMINAL_COLOUR = colors.HexColor("#2F6DB5")
PPP_COLOUR = colors.HexColor("#E39B3B")

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_cjk: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    note: ParagraphStyle
    note_cjk: ParagraphStyle
    verdict: ParagraphStyle

    def cell_for(self, text: str) -> ParagraphStyle:
        """Chinese text has no spaces to break at; it needs CJK wrapping or it runs off the page."""
        return self.cell_cjk if has_cjk(text) else self.cell

    def note_for(self, text: str) -> ParagraphStyle:
        return self.note_cjk if has_cjk(text) else self.note


@lru_cache(maxsize=1)
def styles() -> Styles:
    font = register_font()

    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.3)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, **kw)

    cell = style("cell", 8)
    note = style("note", 7, textColor=MUTED)
    return Styles(
        title=style("title", 22, leading=27, textColor=ACCENT, spaceAfter=10, wordWrap="CJK"),
        subtitle=style("subtitle", 13, leading=18, textColor=MUTED, spaceAfter=4, wordWrap="CJK"),
        h1=style("h1", 16, leading=20, textColor=ACCENT, spaceBefore=4, spaceAfter=8),
        h2=style("h2", 12, leading=15, textColor=ACCENT, spaceBefore=10, spaceAfter=4, wordWrap="CJK"),
        h3=style("h3", 9.5, leading=12, textColor=INK, spaceBefore=6, spaceAfter=3, wordWrap="CJK"),
        body=style("body", 9, spaceAfter=4),
        small=style("small", 7.5, textColor=MUTED),
        cell=cell,
        cell_cjk=ParagraphStyle("cell_cjk", parent=cell, wordWrap="CJK"),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        head=style("head", 7.5, textColor=ACCENT),
        head_right=style("head_right", 7.5, textColor=ACCENT, alignment=TA_RIGHT),
        note=note,
        note_cjk=ParagraphStyle("note_cjk", parent=note, wordWrap="CJK"),
        verdict=style("verdict", 13, leading=17, spaceAfter=2),
    )
