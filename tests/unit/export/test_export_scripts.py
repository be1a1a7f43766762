"""Text in every script prints: Arabic and Hebrew in a plan come out shaped, in reading order and in
an embedded font, beside Chinese and Latin; read back with pdftotext and pdffonts."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from helpers.export_plans import TODAY, sample_plan
from hireplan.analysis import analyse
from hireplan.export import SECTIONS, PdfOptions
from hireplan.export.pdf import write_pdf
from hireplan.export.scripts import runs, visual

ARABIC = "تواصل مع المرشحين في دبي حول الحزمة"
HEBREW = "שיחה עם המועמד בתל אביב"
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _readable(text: str) -> str:
    """pdftotext's output as a reader sees it: Arabic presentation forms folded back to letters."""
    return _BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text))


def test_right_to_left_text_is_shaped_ordered_and_printed(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.title = f"{ARABIC} — 杭州 plan"
    plan.steps[0].items[0].text = f"{ARABIC} — Dubai follow-up"
    plan.steps[0].items[1].notes = HEBREW
    plan.roles[0].title = "باحث ذكاء اصطناعي"
    out = tmp_path / "rtl.pdf"
    report = write_pdf(plan, analyse(plan, today=TODAY), out, PdfOptions(sections=SECTIONS), today=TODAY)
    assert not any("U+06" in w or "U+05" in w for w in report.warnings), report.warnings  # nothing missing
    text = _readable(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    )
    assert HEBREW in text and ARABIC in text and "杭州" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert any("DejaVuSans" in row for row in rows) and any("WenQuanYi" in row for row in rows)
    assert all(row.split()[-5] == "yes" for row in rows)
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True, check=False).returncode == 0


def test_visual_order_and_shaping() -> None:
    assert visual("plain text, 中文") == "plain text, 中文"
    assert visual("שלום") == "םולש"  # display order: right to left
    shaped = visual("سلام")
    assert all("\ufe70" <= ch <= "\ufeff" for ch in shaped)  # contextual forms, not isolated letters
    assert [font for _, font in runs("R&D سلام 中文")] == ["HireplanSans", "HireplanSansRTL", "HireplanSans"]


_HEBREW_LETTERS = "אבגדהוזחטיכלמנסעפקרשת"
_ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _words(letters: str, count: int) -> list[str]:
    """Distinct words of three letters (no digits, which the bidirectional algorithm treats apart)."""
    n = len(letters)
    return [letters[i % n] + letters[(i // n + 3) % n] + letters[(i * 7 + 5) % n] for i in range(count)]


def _pdf_lines(pdf: Path, page: int) -> list[list[tuple[float, float, str]]]:
    """The words of one page as pdftotext places them: lines top to bottom, each (xMin, xMax, word),
    the word's glyphs in the order they sit on the page (left to right)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out
    )
    lines: dict[float, list[tuple[float, float, str]]] = {}
    for x0, y0, x1, word in found:
        lines.setdefault(round(float(y0)), []).append((float(x0), float(x1), word))
    return [sorted(lines[y]) for y in sorted(lines)]


def _reading(pdf: Path, page: int, words: list[str]) -> tuple[list[str], list[float]]:
    """The test words of a right-to-left paragraph in reading order (lines top to bottom, each line
    right to left, each word's glyphs reversed back to typed order, Arabic forms folded back), and
    the right edge of each line that holds them."""
    wanted = set(words)
    order: list[str] = []
    right_edges: list[float] = []
    for line in _pdf_lines(pdf, page):
        found = [(x1, _readable(word[::-1])) for _x0, x1, word in reversed(line)]
        found = [(x1, word) for x1, word in found if word in wanted]
        if found:
            order.extend(word for _x1, word in found)
            right_edges.append(max(x1 for x1, _word in found))
    return order, right_edges


def _page_with(pdf: Path, text: str) -> int:
    pages = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout,
        ).group(1)
    )  # type: ignore[union-attr]
    for page in range(1, pages + 1):
        shown = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if text in shown:
            return page
    raise AssertionError(f"{text!r} is on no page")


def test_a_wrapped_right_to_left_paragraph_reads_in_order_right_aligned(tmp_path: Path) -> None:
    """A long Hebrew plan note and a long Arabic mitigation wrap onto several lines: read right to
    left and top to bottom, every word comes back in the order it was typed, and the lines of each
    paragraph end at the same right edge (right-aligned), in a paragraph and in a table cell."""
    hebrew = _words(_HEBREW_LETTERS, 70)
    arabic = _words(_ARABIC_LETTERS, 50)
    plan = sample_plan()
    plan.notes = " ".join(hebrew)
    plan.risks[0].title = "Visa delays"
    plan.risks[0].mitigation = " ".join(arabic)
    out = tmp_path / "rtl-wrapped.pdf"
    write_pdf(plan, analyse(plan, today=TODAY), out, PdfOptions(sections=SECTIONS), today=TODAY)

    order, edges = _reading(out, _page_with(out, "Plan notes"), hebrew)
    assert order == hebrew and len(edges) >= 3  # wrapped, lines in reading order, words in order
    assert max(edges) - min(edges) < 1.0  # every line ends at the right margin

    order, edges = _reading(out, _page_with(out, "L×I"), arabic)
    assert order == arabic and len(edges) >= 3
    assert max(edges) - min(edges) < 1.0  # right-aligned in its column


def test_mixed_text_keeps_its_paragraph_direction() -> None:
    """A Hebrew paragraph with an English name reads right to left; an English one quoting Hebrew
    reads left to right: each wrapped line is ordered with its paragraph's direction."""
    from hireplan.export.pdf_lines import visual_lines

    rtl = visual_lines("שלום Sam Carter שלום", 1000, 8)
    assert rtl == [("םולש Sam Carter םולש", True)]
    ltr = visual_lines("Call Sam about שלום עולם today", 1000, 8)
    assert ltr == [("Call Sam about םלוע םולש today", False)]
