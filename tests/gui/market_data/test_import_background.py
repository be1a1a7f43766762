"""No survey file can freeze the window: reading and previewing run in the background with a
progress bar, a Stop button and a time budget; remapping stops the old preview instead of
queueing another; a row the core cannot read is named as a bad row, not the whole preview lost."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from helpers.survey_files import GOOD, HEADER, settled, write_csv
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data import import_jobs
from hireplan.gui.market_data.import_dialog import ImportDialog
from hireplan.storage import benchmark_import
from hireplan.storage.builtin_templates import sample_plan


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(sample_plan())


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Holds a fake reader until released; always released, so the import thread never stays stuck."""
    event = threading.Event()
    yield event
    event.set()


def test_a_slow_file_leaves_the_window_responsive_and_stop_stops_it(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    def stuck_read_table(path: Path, **_options: Any) -> Any:  # a reader that ignores Stop
        gate.wait(30)
        return benchmark_import.read_table(path)

    monkeypatch.setattr(import_jobs, "read_table", stuck_read_table)
    dialog = ImportDialog(doc, write_csv(tmp_path / "survey.csv"))  # returns at once
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.busy and dialog.progress_row.isVisible()
    assert dialog.progress_label.text() == "Reading survey.csv…"
    assert not dialog.import_button.isEnabled() and not dialog.mapping_box.isEnabled()
    qtbot.wait(50)  # the event loop runs meanwhile: the window repaints and answers
    dialog.stop_button.click()
    assert not dialog.busy and not dialog.progress_row.isVisible()
    assert dialog.error == "Reading survey.csv was stopped; nothing was imported."
    gate.set()  # the reader finishes later: its result is dropped
    qtbot.wait(200)
    assert dialog.table is None and not dialog.import_button.isEnabled()


def test_a_file_that_takes_longer_than_the_budget_is_stopped_with_a_message(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_jobs, "read_table", lambda path, **_options: gate.wait(30))
    monkeypatch.setattr(ImportDialog, "budget_seconds", 0.3)
    dialog = ImportDialog(doc, write_csv(tmp_path / "survey.csv"))
    qtbot.addWidget(dialog)
    refused: list[str] = []
    dialog.refused.connect(refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=10_000)
    assert refused == [
        "Reading survey.csv took longer than 0.3 seconds, so it was stopped. "
        "Export only the rows and columns you need and import that file."
    ]
    assert dialog.error_label.isVisibleTo(dialog) and not dialog.busy


def test_remapping_stops_the_running_preview_instead_of_queueing_more(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = settled(qtbot, ImportDialog(doc, write_csv(tmp_path / "survey.csv")))
    qtbot.addWidget(dialog)
    started: list[dict[str, Any]] = []
    running: list[int] = [0, 0]  # now, most at once
    cancels: list[Any] = []
    real_build_preview = benchmark_import.build_preview

    def slow_build_preview(table: Any, mapping: Any, plan: Any, **options: Any) -> Any:  # ignores Stop
        started.append(dict(mapping))
        cancels.append(options["cancel"])
        running[0] += 1
        running[1] = max(running)
        gate.wait(30)
        running[0] -= 1
        return real_build_preview(table, mapping, plan)

    monkeypatch.setattr(import_jobs, "build_preview", slow_build_preview)
    dialog.set_column("base_p50", None)
    qtbot.waitUntil(lambda: len(started) == 1)
    for header in ("P25", "P75", "Median", "P25", "P75"):
        dialog.set_column("total_p50", header)  # five more changes while the first is stuck
        qtbot.wait(10)
    dialog.set_column("total_p50", "Median")
    assert cancels[0].is_set(), "the core was handed the flag that tells the old preview to stop"
    assert dialog.busy and dialog.progress_label.text() == "Checking 4 rows…"
    gate.set()
    settled(qtbot, dialog)
    # the stuck preview finished (its result dropped), then only the newest mapping was checked:
    # the five in between were replaced while they waited, and never more than one ran at once
    assert [mapping["total_p50"] for mapping in started] == [None, HEADER.index("Median")]
    assert running[1] == 1
    assert dialog.good_model.index(0, 6).data() == ""
    assert dialog.good_model.index(0, 7).data() == "850,000"


def write_rows(path: Path, extra_header: str, extras: tuple[str, str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, extra_header])
        writer.writerow([*GOOD[0], extras[0]])
        writer.writerow([*GOOD[1], extras[1]])
    return path


def rows_of(model: Any) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_an_impossible_sample_size_is_a_bad_row_with_its_reason(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path
) -> None:
    for value in ("Infinity", "1e999999"):
        path = write_rows(tmp_path / "survey.csv", "Sample size", ("120", value))
        dialog = settled(qtbot, ImportDialog(doc, path))
        qtbot.addWidget(dialog)
        assert rows_of(dialog.good_model) == ["2"]
        assert rows_of(dialog.bad_model) == ["3"]
        assert "Sample size" in dialog.bad_model.index(0, 1).data()
        assert dialog.import_button.text() == "&Import 1 row"


def test_a_row_the_core_fails_on_is_named_and_the_rest_previewed(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in the core on one row (not a bad cell it recognises) costs that row, not the preview."""
    real_build_preview = benchmark_import.build_preview

    def buggy_build_preview(table: Any, mapping: Any, plan: Any, **options: Any) -> Any:
        if any("boom" in str(cell) for _number, cells in table.rows for cell in cells):
            raise ArithmeticError("boom")
        return real_build_preview(table, mapping, plan, **options)

    monkeypatch.setattr(import_jobs, "build_preview", buggy_build_preview)
    path = write_rows(tmp_path / "survey.csv", "Notes", ("fine", "boom"))
    dialog = settled(qtbot, ImportDialog(doc, path))
    qtbot.addWidget(dialog)
    assert rows_of(dialog.good_model) == ["2"]
    assert rows_of(dialog.bad_model) == ["3"]
    assert (
        dialog.bad_model.index(0, 1).data()
        == "This row could not be read (boom); check its numbers and dates."
    )


def test_the_real_reader_stops_at_the_budget_on_a_large_file(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "survey.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows([GOOD[0]] * 5000)
    monkeypatch.setattr(ImportDialog, "budget_seconds", 0.001)
    dialog = settled(qtbot, ImportDialog(doc, path))
    qtbot.addWidget(dialog)
    assert dialog.error.startswith("Reading survey.csv took longer than 0.001 seconds, so it was stopped.")
    assert dialog.table is None and not dialog.import_button.isEnabled()
