"""Small guarantees the exports rest on: safe text for each format, light imports, atomic output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import BinaryIO

import pytest

from hireplan.export import ExportError
from hireplan.export.pdf_lines import text_width, wrap
from hireplan.export.report import write_export
from hireplan.export.text import EXCEL_CELL_LIMIT, excel_text, pdf_markup, strip_illegal


def test_excel_text_removes_control_characters_and_keeps_word_line_breaks() -> None:
    warnings: list[str] = []
    assert excel_text("a\x00b\x1fc\x0bd", "here", warnings) == "abc\nd"
    assert warnings == []


@pytest.mark.parametrize("length", [EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT + 1, 40_000, 1_000_000])
def test_excel_text_never_exceeds_the_cell_limit_and_says_so(length: int) -> None:
    warnings: list[str] = []
    out = excel_text("y" * length, "Checklist sheet, row 3, column I", warnings)
    assert len(out) <= EXCEL_CELL_LIMIT
    if length <= EXCEL_CELL_LIMIT:
        assert out == "y" * length and warnings == []
    else:
        assert "cut here" in out
        assert len(warnings) == 1 and "row 3, column I" in warnings[0] and f"{length:,}" in warnings[0]


def test_pdf_markup_escapes_everything_a_paragraph_would_obey() -> None:
    assert pdf_markup("R&D <b> x<y") == "R&amp;D &lt;b&gt; x&lt;y"
    assert pdf_markup("<img src='/etc/passwd'/>") == "&lt;img src='/etc/passwd'/&gt;"
    assert pdf_markup("one\ntwo\r\nthree") == "one<br/>two<br/>three"


def test_strip_illegal_drops_lone_surrogates() -> None:
    assert strip_illegal("ok\ud800!") == "ok!"


def test_wrap_fits_every_line_and_breaks_chinese_and_long_words() -> None:
    text = "请与候选人确认住房补贴和家属安置 and a very long word " + "z" * 200
    lines = wrap(text, 90, 8)
    assert all(text_width(line, 8) <= 90 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_importing_the_export_package_loads_neither_openpyxl_nor_reportlab() -> None:
    """The desktop app may import hireplan.export's options at start-up without paying for them."""
    code = (
        "import sys, hireplan.export, hireplan.cli.export_command; "
        "print(sorted(m for m in ('openpyxl', 'reportlab', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old export")

    def half_then_fail(out: BinaryIO) -> None:
        out.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(ExportError, match="is full"):
        write_export(target, half_then_fail)
    assert target.read_bytes() == b"old export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_atomic_write_keeps_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "book.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_export(target, lambda out: out.write(b"new"))
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_atomic_write_to_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_export(tmp_path / "nope" / "x.pdf", lambda out: None)
