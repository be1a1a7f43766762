"""What every section of the brief shares: the plan, its analysis, styles, and safe text.

All user text reaches the page through :meth:`Brief.text` or :meth:`Brief.table`: illegal
characters dropped, missing glyphs replaced (and reported), markup escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from hireplan.analysis import PlanAnalysis, Ref
from hireplan.analysis.names import PlanNames
from hireplan.export.fonts import GlyphCheck, register_font
from hireplan.export.options import PdfOptions
from hireplan.export.pdf_bidi import BidiParagraph
from hireplan.export.pdf_fasttable import Content, FastTable, Row, Run, make_row
from hireplan.export.pdf_styles import HEADER_BG, RULE, ZEBRA, Styles, has_cjk, styles
from hireplan.export.redact import Redactor
from hireplan.export.scripts import is_rtl, needs_fallback
from hireplan.export.scripts import markup as script_markup
from hireplan.export.text import pdf_markup, strip_illegal
from hireplan.i18n import _
from hireplan.model import Offer, Plan
from hireplan.model.roles import Role

CELL_PAD = 3.0
CELL_FONT_SIZE = 8.0

Cell = Any
"""A table cell: plain text (user or ours; never markup), a ready Flowable, or None for empty."""


@dataclass
class Brief:
    plan: Plan
    analysis: PlanAnalysis
    options: PdfOptions
    today: date
    width: float
    """Usable frame width in points."""
    height: float
    glyphs: GlyphCheck = field(default_factory=GlyphCheck)
    st: Styles = field(default_factory=styles)
    roles: dict[str, Role] = field(default_factory=dict)
    offers: dict[str, Offer] = field(default_factory=dict)
    index: PlanNames = field(init=False)
    redactor: Redactor = field(init=False)
    part_done: Callable[[float], None] = field(default=lambda _fraction: None)
    """How far the section being built is (0 to 1): long sections say so between their parts, so
    the export's progress bar keeps moving (see :func:`hireplan.export.pdf.write_pdf`)."""

    def __post_init__(self) -> None:
        self.roles = {role.id: role for role in self.plan.roles}
        self.offers = {offer.id: offer for offer in self.plan.offers}
        self.index = PlanNames(self.plan)
        self.redactor = Redactor(self.plan)

    @property
    def redact(self) -> bool:
        return self.options.redact_offers

    def market_name(self, market_id: str) -> str:
        return self.index.market_name(market_id)

    def scrub(self, text: str) -> str:
        """Generated text (flag messages) with names, amounts and exact figures hidden when redacted."""
        return self.redactor.text(text) if self.redact else text

    def describe(self, ref: Ref) -> str:
        """What a flag is about, in a few words (candidates by role and letter when redacted)."""
        return self.scrub(self.index.describe(ref))

    def candidate(self, offer: Offer, *, with_role: bool = True) -> str:
        """The candidate as this edition names them: by role and letter when redacted (or unnamed)."""
        if self.redact or not offer.candidate.strip():
            return self.redactor.alias(offer) if with_role else self.redactor.letter(offer)
        return offer.candidate

    def clean(self, text: str, where: str) -> str:
        """User text with illegal characters dropped and glyphs the font lacks replaced (and candidates
        named by role and letter when redacted)."""
        if self.redact:
            text = self.redactor.names(text)
        return self.glyphs.fix(strip_illegal(text), where)

    def markup(self, text: str, where: str) -> str:
        """User text as Paragraph markup, to embed inside markup of our own."""
        return _markup(self.clean(text, where))

    def text(self, text: str, where: str, style: Any = None) -> Flowable:
        """A paragraph of user text that prints exactly as typed (right-to-left text wrapped and
        ordered line by line, see :mod:`hireplan.export.pdf_bidi`)."""
        clean = self.clean(text, where)
        chosen = style if style is not None else self.st.body
        if has_cjk(clean) and chosen.wordWrap != "CJK":
            chosen = _cjk_variant(chosen)
        return _paragraph(clean, chosen)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        where: str,
        *,
        right: Sequence[int] = (),
        extra: Sequence[tuple[Any, ...]] = (),
        zebra: bool = True,
    ) -> Flowable:
        """A table with a repeating header that may split inside a tall row.

        ``widths`` are fractions of the frame width. A table of plain text (strings and
        :class:`Run` lists) with simple shading becomes a fast :class:`FastTable`; one holding
        Paragraphs or other styling becomes a reportlab Table.
        """
        header = [_(name) for name in header]  # English msgids (marked with N_), shown translated
        col_widths = [fraction * self.width for fraction in widths]
        fast = self._fast_table(header, rows, col_widths, where, right=right, extra=extra, zebra=zebra)
        if fast is not None:
            return fast
        font = register_font()
        right_cols = set(right)
        head_cells = [
            Paragraph(pdf_markup(name), self.st.head_right if col in right_cols else self.st.head)
            for col, name in enumerate(header)
        ]
        body: list[list[Any]] = [head_cells]
        for row in rows:
            out: list[Any] = []
            for col, value in enumerate(row):
                out.append(self._cell(value, col_widths[col] - 2 * CELL_PAD, where, col in right_cols, font))
            body.append(out)
        table = Table(body, colWidths=col_widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_FONT_SIZE * 1.25),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
        ]
        if zebra and len(body) > 2:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]))
        for col in right_cols:
            commands.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
        commands.extend(extra)
        table.setStyle(TableStyle(commands))
        return table

    def _fast_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        col_widths: list[float],
        where: str,
        *,
        right: Sequence[int],
        extra: Sequence[tuple[Any, ...]],
        zebra: bool,
    ) -> FastTable | None:
        """The table as a :class:`FastTable` when it is plain text with simple shading; else None."""
        for row in rows:
            for value in row:
                if value is not None and not isinstance(value, str) and not _is_runs(value):
                    return None
        fills: dict[int, Any] = {}
        cell_fills: dict[tuple[int, int], Any] = {}
        colours: dict[tuple[int, int], Any] = {}
        for command in extra:
            name, (c0, r0), (c1, r1), value = command[0], command[1], command[2], command[3]
            if name not in ("BACKGROUND", "TEXTCOLOR") or r0 < 1 or r1 < r0:
                return None
            last_col = len(col_widths) - 1 if c1 == -1 else c1
            for r in range(r0, r1 + 1):
                if name == "BACKGROUND" and c0 == 0 and c1 == -1:
                    fills[r - 1] = value
                    continue
                for c in range(c0, last_col + 1):
                    (cell_fills if name == "BACKGROUND" else colours)[(r - 1, c)] = value
        head = make_row([self.clean(name, where) for name in header], col_widths, size=7.5)
        body: list[Row] = []
        for index, row in enumerate(rows):
            contents = [self._fast_cell(value, where) for value in row]
            body.append(
                make_row(
                    contents,
                    col_widths,
                    fill=fills.get(index, ZEBRA if zebra and index % 2 else None),
                    cell_fills={c: v for (r, c), v in cell_fills.items() if r == index},
                    cell_colours={c: v for (r, c), v in colours.items() if r == index},
                )
            )
        return FastTable(head, body, col_widths, set(right), self.height)

    def _fast_cell(self, value: Cell, where: str) -> Content:
        if value is None:
            return None
        if isinstance(value, str):
            return self.clean(value, where)
        return [Run(self.clean(run.text, where), run.size, run.colour) for run in value]

    def _cell(self, value: Cell, room: float, where: str, right: bool, font: str) -> Any:
        """Plain text is wrapped here into lines (a string cell draws fast and still splits across
        pages line by line); only Chinese text and words too long for the column need a Paragraph."""
        if value is None:
            return ""
        if not isinstance(value, str):
            return value
        clean = self.clean(value, where)
        if needs_fallback(clean):
            return _paragraph(clean, self.st.cell_right if right else self.st.cell)
        if "\n" not in clean and stringWidth(clean, font, CELL_FONT_SIZE) <= room:
            return clean
        if not has_cjk(clean):
            lines = simpleSplit(clean, font, CELL_FONT_SIZE, room)
            if all(stringWidth(line, font, CELL_FONT_SIZE) <= room for line in lines):
                return "\n".join(lines)
        style = self.st.cell_right if right else self.st.cell_for(clean)
        return Paragraph(_markup(clean), style)


def _paragraph(clean: str, style: ParagraphStyle) -> Flowable:
    """Cleaned user text as a Paragraph; a :class:`BidiParagraph` when it holds right-to-left script."""
    if is_rtl(clean):
        return BidiParagraph(clean.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "), style)
    return Paragraph(_markup(clean), style)


def _markup(text: str) -> str:
    """Cleaned user text as Paragraph markup: escaped, line breaks kept, other scripts in their font."""
    if not needs_fallback(text):
        return pdf_markup(text)
    return script_markup(text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))


def _is_runs(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(part, Run) for part in value)


_CJK_VARIANTS: dict[str, ParagraphStyle] = {}


def _cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    """The same style wrapping at any character, as Chinese text needs."""
    variant = _CJK_VARIANTS.get(style.name)
    if variant is None:
        variant = _CJK_VARIANTS[style.name] = ParagraphStyle(
            f"{style.name}-cjk", parent=style, wordWrap="CJK"
        )
    return variant
