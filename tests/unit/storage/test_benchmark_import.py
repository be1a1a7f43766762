"""Importing survey files: a person relies on good rows coming in exactly, bad rows being named
with their reason, and hostile or unsupported files being refused with a message."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from hireplan.model.roles import Level
from hireplan.storage.benchmark_import import (
    MAX_ROWS,
    BenchmarkImportError,
    build_preview,
    guess_mapping,
    read_table,
)
from hireplan.storage.builtin_templates import sample_plan

HEADER = [
    "Market",
    "Job family",
    "Level",
    "Currency",
    "Base P25",
    "Base median",
    "Base P75",
    "Source",
    "As of",
    "Sample",
]
ROWS = [
    [
        "Hangzhou",
        "Research scientist",
        "senior",
        "CNY",
        "700,000",
        "850000",
        "1000000",
        "Survey A",
        "2026-03",
        "42",
    ],
    ["silicon valley", "Research scientist", "", "", "$210,000", "250k", "", "Survey A", "2026-01-15", ""],
    ["Atlantis", "Research scientist", "senior", "USD", "1", "2", "3", "Survey A", "2026", ""],
    ["Beijing", "ML engineer", "guru", "CNY", "1", "2", "3", "Survey A", "2026", ""],
    ["Beijing", "ML engineer", "mid", "CNY", "-5", "2", "3", "Survey A", "2026", ""],
    ["Beijing", "ML engineer", "mid", "CNY", "900", "800", "", "Survey A", "2026", ""],
    ["Beijing", "ML engineer", "mid", "CNY", "100", "200", "300", "Survey A", "31/03/2026", ""],
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows([HEADER, *rows])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_header_names_map_to_fields() -> None:
    mapping = guess_mapping(
        ["City", "Role", "Job level", "CCY", "P25", "Median", "75th", "Total P90", "Provider", "Date", "n"]
    )
    assert mapping["market"] == 0
    assert mapping["job_family"] == 1
    assert mapping["level"] == 2
    assert mapping["currency"] == 3
    assert mapping["base_p25"] == 4
    assert mapping["base_p50"] == 5
    assert mapping["base_p75"] == 6
    assert mapping["total_p90"] == 7
    assert mapping["source"] == 8
    assert mapping["as_of"] == 9
    assert mapping["sample_size"] == 10


def test_csv_preview_has_good_rows_exactly_and_bad_rows_with_reasons(tmp_path: Path) -> None:
    plan = sample_plan()
    table = read_table(write_csv(tmp_path / "survey.csv", ROWS))
    preview = build_preview(table, guess_mapping(table.headers), plan)
    assert preview.good_rows == (2, 3)
    first, second = preview.good
    hangzhou = next(m for m in plan.markets if m.name == "Hangzhou")
    assert first.market_id == hangzhou.id
    assert (first.base_p25, first.base_p50, first.base_p75) == (
        Decimal(700000),
        Decimal(850000),
        Decimal(1000000),
    )
    assert first.level is Level.SENIOR and first.sample_size == 42 and first.as_of == date(2026, 3, 1)
    assert second.currency == "USD"  # blank currency = the market's
    assert second.base_p25 == Decimal(210000) and second.base_p50 == Decimal(250000) and second.level is None
    reasons = {bad.row: bad.reason for bad in preview.bad}
    assert set(reasons) == {4, 5, 6, 7, 8}
    assert "Atlantis" in reasons[4] and "not in this plan" in reasons[4]
    assert "guru" in reasons[5]
    assert "negative" in reasons[6]
    assert "above" in reasons[7]  # percentiles out of order
    assert "31/03/2026" in reasons[8]


def test_semicolon_csv_with_bom_reads(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", ROWS[:1], delimiter=";", encoding="utf-8-sig")
    table = read_table(path)
    assert table.headers[0] == "Market" and "semicolon" in table.description
    assert len(build_preview(table, guess_mapping(table.headers), sample_plan()).good) == 1


def test_importing_the_same_rows_twice_reports_duplicates(tmp_path: Path) -> None:
    plan = sample_plan()
    table = read_table(write_csv(tmp_path / "survey.csv", ROWS[:2]))
    preview = build_preview(table, guess_mapping(table.headers), plan)
    plan.benchmarks.extend(preview.good)
    again = build_preview(table, guess_mapping(table.headers), plan)
    assert not again.good and all("already" in bad.reason for bad in again.bad)


def test_mapping_without_market_column_says_so(tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "survey.csv", ROWS))
    mapping = guess_mapping(table.headers)
    mapping["market"] = None
    preview = build_preview(table, mapping, sample_plan())
    assert not preview.good and any("market" in p for p in preview.problems)


def test_xlsx_preview_reads_numbers_and_dates(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(
        [
            "Hangzhou",
            "Research scientist",
            "Senior",
            "CNY",
            700000,
            850000.5,
            None,
            "Survey B",
            datetime(2026, 2, 1),
            12,
        ]
    )
    sheet.append(["Nowhere", "Research scientist", "Senior", "CNY", 1, 2, 3, "Survey B", None, None])
    path = tmp_path / "survey.xlsx"
    book.save(path)
    table = read_table(path)
    preview = build_preview(table, guess_mapping(table.headers), sample_plan())
    assert len(preview.good) == 1
    bench = preview.good[0]
    assert (
        bench.base_p50 == Decimal("850000.5") and bench.as_of == date(2026, 2, 1) and bench.sample_size == 12
    )
    assert [bad.row for bad in preview.bad] == [3]


def test_a_csv_in_no_encoding_we_know_is_refused(tmp_path: Path) -> None:
    """GBK, Big5 and Windows-1252 are detected (test_benchmark_import_chinese.py); bytes that are
    text in none of them are refused with a way out, not guessed at."""
    path = tmp_path / "noise.csv"
    path.write_bytes(bytes(range(128, 256)) * 20)
    with pytest.raises(BenchmarkImportError, match="CSV UTF-8"):
        read_table(path)


def test_xls_and_ole_files_are_refused(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    xls = tmp_path / "old.xls"
    xls.write_bytes(ole)
    with pytest.raises(BenchmarkImportError, match=r"\.xls"):
        read_table(xls)
    encrypted = tmp_path / "locked.xlsx"
    encrypted.write_bytes(ole)
    with pytest.raises(BenchmarkImportError, match="password"):
        read_table(encrypted)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(BenchmarkImportError, match="MB"):
        read_table(path)


def test_too_many_rows_are_refused(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "many.csv", [["Beijing", "x", "", "", "1", "2", "3", "s", "2026", ""]] * (MAX_ROWS + 1)
    )
    with pytest.raises(BenchmarkImportError, match="rows"):
        read_table(path)


def test_zip_bomb_and_plain_zip_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (40 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(BenchmarkImportError, match="zip bomb"):
        read_table(bomb)
    plain = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("a.txt", "hello")
    with pytest.raises(BenchmarkImportError, match="not an Excel workbook"):
        read_table(plain)


def test_damaged_workbook_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<not-closed")
    with pytest.raises(BenchmarkImportError, match=r"broken\.xlsx"):
        read_table(path)


def _rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts[member] = change(parts[member])
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def _workbook(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for n in range(rows):
        sheet.append(["Hangzhou", f"Family {n}", "", "CNY", 1, 2, 3, "S", "2026", ""])
    book.save(path)
    return path


def test_xlsx_with_a_lying_dimension_still_reads_every_row(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "dim.xlsx", 30)
    _rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda data: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:A1"', data),
    )
    table = read_table(path)
    assert len(table.rows) == 30


def test_xml_entity_bomb_in_a_workbook_is_refused(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "laughs.xlsx", 1)
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]>'
    )
    _rewrite_member(
        path,
        "xl/workbook.xml",
        lambda data: bomb + data.split(b"?>", 1)[-1].replace(b"<sheets>", b"<sheets>&lol3;"),
    )
    with pytest.raises(BenchmarkImportError, match=r"laughs\.xlsx"):
        read_table(path)
