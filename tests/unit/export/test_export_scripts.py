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
