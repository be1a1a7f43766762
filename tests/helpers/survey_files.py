"""Benchmark survey files for the import tests: good and bad rows written as CSV or XLSX, and a wait."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from pytestqt.qtbot import QtBot

from hireplan.gui.market_data.import_dialog import ImportDialog

HEADER = ["City", "Job family", "Level", "Currency", "P25", "Median", "P75", "Source", "Date"]
GOOD = [
    [
        "Hangzhou",
        "Research scientist",
        "Senior",
        "CNY",
        "700000",
        "850000",
        "1000000",
        "Survey 2026",
        "2026-03-01",
    ],
    [
        "Beijing",
        "Research scientist",
        "Senior",
        "CNY",
        "720000",
        "880000",
        "1050000",
        "Survey 2026",
        "2026-03-01",
    ],
]
BAD = [
    ["Gotham", "Research scientist", "Senior", "USD", "1", "2", "3", "Survey 2026", "2026-03-01"],
    ["Beijing", "Research scientist", "Senior", "CNY", "900000", "800000", "", "Survey 2026", "2026-03-01"],
]


def settled(qtbot: QtBot, dialog: ImportDialog) -> ImportDialog:
    """Wait for the background read or preview to be shown."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    return dialog


def write_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *GOOD, *BAD])
    return path


def write_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in [*GOOD, *BAD]:
        sheet.append([int(c) if c.isdigit() else c for c in row])
    book.save(path)
    return path
