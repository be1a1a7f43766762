"""Survey imports that cannot freeze the window: bounded reads, numbers checked before conversion,
a budget (deadline and Cancel) the worker thread passes, and refusals explained in words.

Each case below froze or crashed the import before: a sample size of ``1e999999`` (31 s per row),
``Infinity`` (the whole preview crashed), ``csv.Sniffer`` on 60 KB of quotes and commas (30 s), a
workbook of a million empty rows (40 s), an XML entity bomb refused as "(ValueError)".
"""

from __future__ import annotations

import csv
import io
import os
import threading
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from hireplan.storage.benchmark_import import (
    BenchmarkImportError,
    ImportStoppedError,
    Preview,
    build_preview,
    guess_mapping,
    read_table,
)
from hireplan.storage.builtin_templates import sample_plan
from hireplan.storage.import_limits import MAX_SHEET_ROWS

HEADER = ["Market", "Job family", "Currency", "Base median", "Sample"]


def _csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows([HEADER, *rows])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _preview(path: Path) -> Preview:
    table = read_table(path)
    return build_preview(table, guess_mapping(table.headers), sample_plan())


def test_absurd_numbers_are_bad_rows_with_reasons_and_the_rest_imports(tmp_path: Path) -> None:
    good = ["Hangzhou", "Research", "CNY", "850000", "42"]
    rows = [
        good,
        ["Hangzhou", "A", "CNY", "850000", "1e999999"],
        ["Hangzhou", "B", "CNY", "850000", "Infinity"],
        ["Hangzhou", "C", "CNY", "9" * 5000, "10"],
        ["Hangzhou", "D", "CNY", "NaN", "10"],
        ["Hangzhou", "E", "CNY", "850000", "12.5"],
        ["Hangzhou", "F", "CNY", "1e-999999", ""],
    ]
    preview = _preview(_csv(tmp_path / "absurd.csv", rows))
    assert preview.good_rows == (2,)
    reasons = {bad.row: bad.reason for bad in preview.bad}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8]
    assert "Sample size" in reasons[3] and "Sample size" in reasons[4]
    assert "5,000-character" in reasons[5] or "far longer" in reasons[5]
    assert "not a number" in reasons[6] or "finite" in reasons[6]
    assert "whole number" in reasons[7]
    assert all(reason.endswith(".") for reason in reasons.values())


def test_the_csv_delimiter_is_guessed_without_the_sniffer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """csv.Sniffer's regular expressions took 30 s on a 60 KB file of quotes and commas."""

    def no_sniffer(*args: object, **kwargs: object) -> None:
        raise AssertionError("csv.Sniffer must not run on imported files")

    monkeypatch.setattr(csv, "Sniffer", no_sniffer)
    row = ["Hangzhou", "Research", "CNY", "850000", "42"]
    for delimiter, name in ((",", "comma"), (";", "semicolon"), ("\t", "tab"), ("|", "bar")):
        table = read_table(_csv(tmp_path / f"d{len(name)}.csv", [row, row], delimiter))
        assert table.headers == tuple(HEADER) and name in table.description
    hostile = tmp_path / "quotes.csv"
    hostile.write_text("Market,Job family\n" + '"",' * 20_000 + "\n", encoding="utf-8")
    assert read_table(hostile).headers == ("Market", "Job family")


def test_a_workbook_of_endless_empty_rows_is_refused_by_its_row_count(tmp_path: Path) -> None:
    """Empty rows count too: a sheet of a million ``<row/>`` elements took 40 s to skip through."""
    path = tmp_path / "empty-rows.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    empty = b"".join(b'<row r="%d"/>' % number for number in range(2, MAX_SHEET_ROWS + 20))
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</row>", b"</row>" + empty, 1
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, part in parts.items():
            target.writestr(name, part)
    with pytest.raises(BenchmarkImportError, match=f"sheet with more than {MAX_SHEET_ROWS:,} rows"):
        read_table(path)


def _workbook_with(path: Path, prologue: bytes, body_change: bytes) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    data = parts["xl/workbook.xml"]
    parts["xl/workbook.xml"] = prologue + data.split(b"?>", 1)[-1].replace(
        b"<sheets>", b"<sheets>" + body_change
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, part in parts.items():
            target.writestr(name, part)
    return path


def test_an_entity_bomb_is_refused_in_words(tmp_path: Path) -> None:
    path = _workbook_with(
        tmp_path / "laughs.xlsx",
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
        b"&lol2;",
    )
    with pytest.raises(BenchmarkImportError) as info:
        read_table(path)
    assert "contains an XML entity expansion" in str(info.value) and "was refused" in str(info.value)
    assert "Error)" not in str(info.value)


def test_an_external_entity_is_refused_in_words(tmp_path: Path) -> None:
    path = _workbook_with(
        tmp_path / "xxe.xlsx",
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        b"&x;",
    )
    with pytest.raises(BenchmarkImportError) as info:
        read_table(path)
    message = str(info.value)
    assert "was refused" in message and "Error)" not in message


def test_cancel_stops_reading_and_previewing_and_progress_is_reported(tmp_path: Path) -> None:
    """What the window's worker passes: its Stop button's event, a deadline, a progress callback."""
    rows = [["Hangzhou", f"Family {n}", "CNY", "850000", "42"] for n in range(2000)]
    path = _csv(tmp_path / "many.csv", rows)
    stop = threading.Event()
    stop.set()
    with pytest.raises(ImportStoppedError) as info:
        read_table(path, cancel=stop)
    assert info.value.cancelled and "cancelled" in str(info.value)
    table = read_table(path, cancel=threading.Event(), deadline=time.monotonic() + 600)
    seen: list[tuple[int, int]] = []
    stop_later = threading.Event()

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 1000:
            stop_later.set()

    with pytest.raises(ImportStoppedError):
        build_preview(
            table, guess_mapping(table.headers), sample_plan(), cancel=stop_later, progress=progress
        )
    assert seen and all(total == 2000 for _, total in seen) and seen[-1][0] < 2000


def test_a_passed_deadline_stops_with_a_sentence(tmp_path: Path) -> None:
    path = _csv(tmp_path / "rows.csv", [["Hangzhou", "R", "CNY", "1", "1"]] * 600)
    with pytest.raises(ImportStoppedError) as info:
        read_table(path, deadline=time.monotonic() - 1)
    assert not info.value.cancelled and "took too long" in str(info.value)


@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_a_device_or_a_pipe_is_refused_before_reading(tmp_path: Path, kind: str) -> None:
    if kind == "device":
        path = tmp_path / "zero.csv"
        path.symlink_to("/dev/zero")
    else:
        path = tmp_path / "pipe.csv"
        os.mkfifo(path)
    with pytest.raises(BenchmarkImportError, match="not a file"):
        read_table(path)
