"""Benchmark import from the Market data screen: preview with good and bad rows, mapping by drop-down,
one undo step for the whole import, hostile files refused with a message and nothing changed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.survey_files import settled, write_csv, write_xlsx
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.import_dialog import ImportDialog
from hireplan.gui.market_data.market_data_panel import MarketDataPanel
from hireplan.storage.builtin_templates import sample_plan


class FakeChooser:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.asked: list[str] = []

    def open_file(self, parent: object, title: str, start: Path | None, name_filter: str) -> Path | None:
        self.asked.append(name_filter)
        return self.path

    def save_file(
        self, parent: object, title: str, suggested: Path, name_filter: str, suffix: str
    ) -> Path | None:
        return None


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(sample_plan())


@pytest.mark.parametrize("writer", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_preview_lists_good_and_bad_rows_and_imports_in_one_undo_step(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, writer: object
) -> None:
    path = writer(tmp_path / ("survey.csv" if writer is write_csv else "survey.xlsx"))  # type: ignore[operator]
    dialog = ImportDialog(doc, path)
    qtbot.addWidget(dialog)
    settled(qtbot, dialog)
    assert not dialog.error
    assert dialog.combos["market"].currentText() == "City"
    assert dialog.combos["base_p50"].currentText() == "Median"
    assert dialog.good_model.rowCount() == 2
    assert [dialog.good_model.index(r, 1).data() for r in range(2)] == ["Hangzhou", "Beijing"]
    assert dialog.bad_model.rowCount() == 2
    assert dialog.bad_model.index(0, 0).data() == "4"
    assert "Gotham" in dialog.bad_model.index(0, 1).data()
    assert dialog.bad_model.index(1, 0).data() == "5"
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Import 2 rows"
    before = doc.plan.model_dump()
    count = len(doc.plan.benchmarks)
    dialog.import_button.click()
    assert dialog.imported == 2
    assert len(doc.plan.benchmarks) == count + 2
    assert doc.plan.benchmarks[-1].base_p50 == 880000
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_remapping_a_column_changes_the_preview(qtbot: QtBot, doc: PlanDocument, tmp_path: Path) -> None:
    dialog = settled(qtbot, ImportDialog(doc, write_csv(tmp_path / "survey.csv")))
    qtbot.addWidget(dialog)
    dialog.set_column("base_p50", None)
    dialog.set_column("total_p50", "Median")
    settled(qtbot, dialog)
    assert dialog.good_model.index(0, 6).data() == ""
    assert dialog.good_model.index(0, 7).data() == "850,000"
    dialog.set_column("market", None)
    settled(qtbot, dialog)
    assert dialog.good_model.rowCount() == 0
    assert "market" in dialog.summary.text() and not dialog.import_button.isEnabled()


def hostile_files(tmp_path: Path) -> dict[str, Path]:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
    files = {}
    files["xls"] = tmp_path / "old.xls"
    files["xls"].write_bytes(ole)
    files["encrypted"] = tmp_path / "locked.xlsx"
    files["encrypted"].write_bytes(ole)
    files["oversized"] = tmp_path / "huge.csv"
    with files["oversized"].open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    files["bomb"] = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(files["bomb"], "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (30 * 1024 * 1024))
    return files


@pytest.mark.parametrize(
    ("name", "words"),
    [("xls", ".xls"), ("encrypted", "password"), ("oversized", "MB"), ("bomb", "zip bomb")],
)
def test_hostile_files_are_refused_with_a_message_and_nothing_changes(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, name: str, words: str
) -> None:
    path = hostile_files(tmp_path)[name]
    chooser = FakeChooser(path)
    panel = MarketDataPanel(doc, chooser=chooser)
    qtbot.addWidget(panel)
    before = doc.plan.model_dump()
    dialog = panel.import_benchmarks(show=False)
    assert chooser.asked and "*.xlsx" in chooser.asked[0]
    assert dialog is not None
    settled(qtbot, dialog)
    assert words in dialog.error
    assert words in panel.message.text()
    assert not dialog.import_button.isEnabled()
    assert doc.plan.model_dump() == before and doc.undo_stack.count() == 0


def test_cancelling_the_file_choice_does_nothing(qtbot: QtBot, doc: PlanDocument) -> None:
    panel = MarketDataPanel(doc, chooser=FakeChooser(None))
    qtbot.addWidget(panel)
    assert panel.import_benchmarks() is None
    assert doc.undo_stack.count() == 0


def test_preview_models_pass_the_model_tester(
    qtmodeltester: object, qtbot: QtBot, doc: PlanDocument, tmp_path: Path
) -> None:
    dialog = settled(qtbot, ImportDialog(doc, write_csv(tmp_path / "survey.csv")))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.good_model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.bad_model)  # type: ignore[attr-defined]
