"""A survey saved by Excel on Chinese Windows goes through the import dialog as a person sees it: the
dialog says which encoding it read (GBK), its Chinese headers feed the right fields, and a workbook
with several sheets lets the person choose the sheet to import from."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.paths import REPO
from helpers.survey_files import settled
from hireplan import i18n
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.import_dialog import ImportDialog
from hireplan.model.market import PayPeriod
from hireplan.storage.builtin_templates import sample_plan

SURVEY = (
    "城市,职位,级别,币种,计薪周期,月薪25分位,月薪中位数,月薪75分位,总现金中位数,数据来源,数据日期\n"
    "Hangzhou,ML research,高级,CNY,月,52000,61000,73000,68000,某薪酬调研 2026,2026/3/31\n"
    "Beijing,ML research,高级,人民币,月薪,55000,64000,76000,71000,某薪酬调研 2026,2026年3月\n"
)


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(sample_plan())


@pytest.fixture
def chinese_window(qapp: QApplication) -> Iterator[None]:
    """The window's language as ``--lang zh_CN`` sets it: Qt's catalogue and the core's, for the whole
    process (the file is read on a worker thread)."""
    translator = QTranslator()
    assert translator.load(str(REPO / "resources" / "translations" / "hireplan_zh_CN.qm"))
    qapp.installTranslator(translator)
    before, source = i18n.current_language(), i18n.language_source()
    i18n.set_language("zh_CN", source="option")
    try:
        yield
    finally:
        i18n.set_language(before, source=source)
        qapp.removeTranslator(translator)


def gbk_survey(tmp_path: Path) -> Path:
    path = tmp_path / "薪酬调研.csv"
    path.write_bytes(SURVEY.encode("gbk"))
    return path


def test_a_gbk_survey_with_chinese_headers_imports_with_the_right_mapping(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path
) -> None:
    dialog = settled(qtbot, ImportDialog(doc, gbk_survey(tmp_path)))
    qtbot.addWidget(dialog)
    assert not dialog.error
    # How the file was read is said once, in the line about the file.
    assert "CSV, comma-separated, read as GBK (Simplified Chinese), 2 data rows." in dialog.file_label.text()
    assert dialog.file_label.text().count("GBK") == 1
    assert not dialog.source.isVisibleTo(dialog)  # a CSV has no sheets to choose
    # Monthly figures say so beside the amount, so 61,000 is not read as a year's pay.
    headers = [dialog.good_model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    per, base = headers.index("Per"), headers.index("Base P50")
    assert [dialog.good_model.index(0, c).data() for c in (per, base)] == ["Month", "61,000"]
    alignment = dialog.good_model.index(0, base).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)  # figures line up by their digits
    chosen = {key: combo.currentText() for key, combo in dialog.combos.items()}
    assert chosen["market"] == "城市"
    assert chosen["job_family"] == "职位"
    assert chosen["level"] == "级别"
    assert chosen["currency"] == "币种"
    assert chosen["period"] == "计薪周期"
    assert (chosen["base_p25"], chosen["base_p50"], chosen["base_p75"]) == (
        "月薪25分位",
        "月薪中位数",
        "月薪75分位",
    )
    assert chosen["total_p50"] == "总现金中位数"
    assert chosen["as_of"] == "数据日期"
    assert dialog.bad_model.rowCount() == 0
    count = len(doc.plan.benchmarks)
    dialog.import_button.click()
    assert dialog.imported == 2
    added = doc.plan.benchmarks[count:]
    assert [b.base_p50 for b in added] == [Decimal(61000), Decimal(64000)]
    assert {b.period for b in added} == {PayPeriod.MONTH}
    assert {b.currency for b in added} == {"CNY"}  # 人民币 read as CNY
    assert added[0].level is not None and added[0].level.value == "senior"  # 高级


def test_in_a_chinese_window_the_dialog_says_how_it_read_the_file_in_chinese(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path, chinese_window: None
) -> None:
    dialog = settled(qtbot, ImportDialog(doc, gbk_survey(tmp_path)))
    qtbot.addWidget(dialog)
    assert "CSV，逗号分隔，按 GBK（简体中文） 读取" in dialog.file_label.text()
    assert dialog.file_label.text().count("GBK") == 1


def two_sheet_workbook(tmp_path: Path) -> Path:
    book = Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["本文件为示例薪酬调研，数据在第二个工作表"])
    data = book.create_sheet("薪酬数据")
    data.append(["城市", "职位", "币种", "年薪中位数", "数据日期"])
    data.append(["Hangzhou", "ML research", "CNY", 780000, "2026年3月"])
    data.append(["Beijing", "ML research", "CNY", 820000, "2026年3月"])
    path = tmp_path / "survey.xlsx"
    book.save(path)
    return path


def test_the_person_chooses_the_sheet_of_a_workbook_with_several(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path
) -> None:
    dialog = settled(qtbot, ImportDialog(doc, two_sheet_workbook(tmp_path)))
    qtbot.addWidget(dialog)
    combo = dialog.source.sheet_combo
    assert combo.isVisibleTo(dialog) and dialog.source.sheet_label.isVisibleTo(dialog)
    assert [combo.itemText(i) for i in range(combo.count())] == ["说明", "薪酬数据"]
    assert combo.currentText() == "说明"
    assert dialog.source.sheet_label.buddy() is combo  # Alt+S reaches it
    assert not dialog.import_button.isEnabled()  # the notes sheet holds no benchmark
    # Its one heading is its one column: no blank "Column 25" to be taken for a percentile.
    assert dialog.table is not None and len(dialog.table.headers) == 1
    assert dialog.combos["base_p25"].currentText() == "(not in file)"
    dialog.source.choose_sheet("薪酬数据")
    settled(qtbot, dialog)
    assert dialog.sheet == "薪酬数据" and combo.currentText() == "薪酬数据"
    assert "sheet '薪酬数据' (2 of 2)" in dialog.file_label.text()
    assert dialog.combos["market"].currentText() == "城市"
    assert dialog.combos["base_p50"].currentText() == "年薪中位数"
    assert dialog.good_model.rowCount() == 2
    count = len(doc.plan.benchmarks)
    dialog.import_button.click()
    assert [b.base_p50 for b in doc.plan.benchmarks[count:]] == [Decimal(780000), Decimal(820000)]


def test_the_months_a_year_show_beside_the_pay_period(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Path
) -> None:
    """A 14薪 survey: the months column is found, and the preview says each row's figures are
    paid over 14 months, not 12, before anything is imported."""
    path = tmp_path / "薪酬调研.csv"
    path.write_bytes(
        SURVEY.replace("计薪周期,", "计薪周期,薪资月数,")
        .replace(",月,", ",月,14薪,")
        .replace(",月薪,", ",月薪,14,")
        .encode("gbk")
    )
    dialog = settled(qtbot, ImportDialog(doc, path))
    qtbot.addWidget(dialog)
    assert dialog.combos["months_per_year"].currentText() == "薪资月数"
    headers = [dialog.good_model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    per = headers.index("Per")
    assert [dialog.good_model.index(r, per).data() for r in range(2)] == ["Month, 14 a year"] * 2
    dialog.import_button.click()
    assert {b.months_per_year for b in doc.plan.benchmarks[-2:]} == {Decimal(14)}
