"""The Excel workbook read back the way finance would open it: every sheet, every figure equal to
the analysis, user text kept as text, and the Scenario formulas agreeing with hireplan."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from helpers.export_plans import HOSTILE, LONG_TEXT, TODAY, sample_plan
from hireplan.analysis import Converted, analyse
from hireplan.analysis.verdict import plan_verdict
from hireplan.export.text import EXCEL_CELL_LIMIT
from hireplan.export.xlsx import SHEETS, write_workbook
from hireplan.export.xlsx_comp import comp_header
from hireplan.export.xlsx_risks import RISK_HEADER
from hireplan.export.xlsx_scenario import SCENARIO_HEADER
from hireplan.export.xlsx_summary import CHECKLIST_HEADER
from hireplan.model import ChecklistItem, Plan
from hireplan.storage.sheet_columns import BONUS_WORDS


def _write(plan: Plan, tmp_path: Path) -> tuple[Path, list[str]]:
    out = tmp_path / "plan.xlsx"
    report = write_workbook(plan, analyse(plan, today=TODAY), out, today=TODAY)
    return out, report.warnings


def _rows(ws: object) -> list[tuple[object, ...]]:
    return [tuple(row) for row in ws.iter_rows(values_only=True)]  # type: ignore[attr-defined]


@pytest.fixture
def workbook(tmp_path: Path) -> tuple[Plan, openpyxl.Workbook, list[str]]:
    plan = sample_plan()
    out, warnings = _write(plan, tmp_path)
    return plan, openpyxl.load_workbook(out), warnings


def test_every_sheet_is_there_in_order(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    """Finance finds the seven sheets the docs promise, with valid names."""
    _, wb, _ = workbook
    assert wb.sheetnames == [name for name, _ in SHEETS]
    assert wb.sheetnames == [
        "Summary",
        "Checklist",
        "Compensation",
        "Scenario",
        "Assumptions",
        "Risks",
        "Policy watch",
    ]


def test_hostile_text_stays_literal_text_in_every_cell(tmp_path: Path) -> None:
    """A note starting with = + - @ is never a formula; control characters are gone; Chinese and
    emoji survive; a 40,000-character note is cut visibly with a warning."""
    plan = sample_plan()
    plan.steps[0].items.append(ChecklistItem(id="long", text="long note", notes=LONG_TEXT))
    out, warnings = _write(plan, tmp_path)
    ws = openpyxl.load_workbook(out)["Checklist"]
    header = [c.value for c in ws[1]]
    text_col = header.index("Item") + 1
    notes_col = header.index("Notes") + 1
    items = {ws.cell(row, text_col).value: ws.cell(row, text_col) for row in range(2, ws.max_row + 1)}
    for hostile in HOSTILE:
        expected = hostile.replace("\x0b", "\n")
        assert expected in items, f"{hostile!r} not written literally"
        cell = items[expected]
        assert cell.data_type == "s", f"{hostile!r} became {cell.data_type}"
    long_cells = [
        ws.cell(row, notes_col)
        for row in range(2, ws.max_row + 1)
        if ws.cell(row, text_col).value == "long note"
    ]
    assert len(long_cells) == 1
    long_value = long_cells[0].value
    assert isinstance(long_value, str)
    assert len(long_value) <= EXCEL_CELL_LIMIT
    assert long_value.startswith("x" * 1000) and "cut here" in long_value
    assert any("40,000 characters" in w and "Checklist" in w for w in warnings)
    # the plan itself keeps the whole note
    assert plan.steps[0].items[-1].notes == LONG_TEXT


def test_formula_like_text_is_not_a_formula_anywhere(
    workbook: tuple[Plan, openpyxl.Workbook, list[str]],
) -> None:
    """Every formula in the workbook is one of ours (Scenario sheet only): user text never becomes one."""
    _, wb, _ = workbook
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert ws.title == "Scenario", f"formula in {ws.title}!{cell.coordinate}: {cell.value}"
    risks = _rows(wb["Risks"])
    titles = [row[RISK_HEADER.index("Title")] for row in risks]
    assert "@SUM(A1)" in titles
    owners = [row[RISK_HEADER.index("Owner")] for row in risks]
    assert "-1" in owners


def test_checklist_has_every_item_dates_dropdown_filter_and_frozen_header(
    workbook: tuple[Plan, openpyxl.Workbook, list[str]],
) -> None:
    plan, wb, _ = workbook
    ws = wb["Checklist"]
    rows = _rows(ws)
    assert list(rows[0]) == CHECKLIST_HEADER
    ids = [row[CHECKLIST_HEADER.index("Id")] for row in rows[1:]]
    assert ids == [item.id for step in plan.steps for item in step.items]
    due_col = CHECKLIST_HEADER.index("Due")
    first = plan.steps[0].items[0]
    assert isinstance(rows[1][due_col], datetime) and rows[1][due_col].date() == first.due
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(CHECKLIST_HEADER))}{len(rows)}"
    validations = ws.data_validations.dataValidation
    assert len(validations) == 1
    assert "Not applicable" in validations[0].formula1
    status_letter = openpyxl.utils.get_column_letter(CHECKLIST_HEADER.index("Status") + 1)
    assert str(validations[0].sqref) == f"{status_letter}2:{status_letter}{len(rows)}"


def test_overdue_rows_are_highlighted(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    """An open item past its due date is shaded; a done one with an old date is not."""
    from hireplan.analysis.progress import is_overdue

    plan, wb, _ = workbook
    ws = wb["Checklist"]
    items = [item for step in plan.steps for item in step.items]
    overdue_seen = on_time_seen = False
    for row, item in enumerate(items, start=2):
        fill = ws.cell(row, CHECKLIST_HEADER.index("Item") + 1).fill.fgColor.rgb
        shaded = isinstance(fill, str) and fill.endswith("FBE3E1")
        assert shaded == is_overdue(item, TODAY), item.text
        overdue_seen |= shaded
        on_time_seen |= not shaded
    assert overdue_seen and on_time_seen


def test_compensation_rows_equal_analysis(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    """One row per offer and market compared, every figure the analysis computed."""
    plan, wb, _ = workbook
    analysis = analyse(plan, today=TODAY)
    header = comp_header(plan.reporting_currency)
    rows = [row for row in _rows(wb["Compensation"])[1:] if row and row[-1] in analysis.offers]
    expected_rows = sum(max(1, len(a.cross_market)) for a in analysis.offers.values())
    assert len(rows) == expected_rows
    col = {name: i for i, name in enumerate(header)}
    checked = 0
    for row in rows:
        result = analysis.offers[row[col["Offer id"]]]
        f = result.figures
        assert row[col["Annual total"]] == pytest.approx(float(f.annual_total))
        assert row[col["First-year value"]] == pytest.approx(float(f.first_year_value))
        assert row[col["Bonus and extra months"]] == pytest.approx(float(f.bonus))
        if isinstance(result.annual_reporting, Converted):
            assert row[col[f"Annual total ({plan.reporting_currency})"]] == pytest.approx(
                float(result.annual_reporting.amount)
            )
        if isinstance(result.annual_ppp, Converted):
            assert row[col["Annual total (PPP, INT$)"]] == pytest.approx(float(result.annual_ppp.amount))
        market = str(row[col["Market compared"]]).replace(" (own market)", "")
        comp = next(c for c in result.cross_market if c.market_name == market)
        assert row[col["Market P50 (its currency)"]] == pytest.approx(float(comp.p50))
        if comp.nominal is not None:
            assert row[col["Compa-ratio"]] == pytest.approx(float(comp.nominal.compa_ratio))
            assert row[col["Position"]] == comp.nominal.label
            assert row[col["Gap to P50"]] == pytest.approx(float(comp.nominal.gap_to_p50))
            assert row[col["Gap to P50 %"]] == pytest.approx(float(comp.nominal.gap_pct) / 100)
            checked += 1
    assert checked >= 6
    assert len(wb["Compensation"]._charts) == 1


def test_numbers_carry_formats(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    """Amounts read as currency, ratios as decimals, gaps as percentages."""
    plan, wb, _ = workbook
    ws = wb["Compensation"]
    header = comp_header(plan.reporting_currency)
    row = 2
    base = ws.cell(row, header.index("Base") + 1)
    assert isinstance(base.value, (int, float)) and base.number_format == '"CNY "#,##0'
    assert ws.cell(row, header.index("Gap to P50 %") + 1).number_format == "0.0%"
    assert ws.cell(row, header.index("Compa-ratio") + 1).number_format == "0.00"
    assert ws.column_dimensions["A"].width > 10


def test_summary_and_risks_equal_analysis(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    plan, wb, _ = workbook
    analysis = analyse(plan, today=TODAY)
    summary = _rows(wb["Summary"])
    step_rows = {
        row[0]: row for row in summary if row and row[0] in {s.title for s in analysis.progress.steps}
    }
    for step in analysis.progress.steps:
        assert step_rows[step.title][1:4] == (step.done, step.applicable, pytest.approx(step.ratio))
    total_row = next(row for row in summary if row[0] == "Total")
    assert total_row[2] == pytest.approx(float(analysis.budget.planned_total))  # planned
    assert total_row[3] == pytest.approx(float(analysis.budget.total))  # offered
    verdict = plan_verdict(analysis.progress, plan.start_date, plan.target_date, TODAY)
    assert any(row and row[0] == verdict.sentence for row in summary)
    risks = _rows(wb["Risks"])[1:]
    title = RISK_HEADER.index("Title")
    by_title = {row[title]: row for row in risks if row[0] == "Team risk"}
    for assessment in analysis.risks:
        risk = next(r for r in plan.risks if r.id == assessment.risk_id)
        row = by_title[risk.title]
        assert row[2:5] == (assessment.likelihood, assessment.impact, assessment.score)
        assert row[1] == assessment.band.label
    flags = [row for row in risks if row[0] == "Flag"]
    assert len(flags) == len(analysis.flags)
    assert {row[title] for row in flags} == {flag.title for flag in analysis.flags}


def test_heat_map_is_coloured_by_band(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    """The 5x5 matrix sits over the register's left end: the top-right cell (5x5) is the high colour, the
    bottom-left (1x1) the low colour, and open risks are counted in their cell."""
    _, wb, _ = workbook
    ws = wb["Risks"]
    label_cells = [c for row in ws.iter_rows() for c in row if c.value == "Likelihood 5"]
    assert len(label_cells) == 1
    top = label_cells[0]
    high = ws.cell(top.row, top.column + 5)
    low = ws.cell(top.row + 4, top.column + 1)
    assert high.fill.fgColor.rgb.endswith("E8837A")
    assert low.fill.fgColor.rgb.endswith("A9D8A0")
    # k1: likelihood 4, impact 4 -> row of likelihood 4, column of impact 4
    assert ws.cell(top.row + 1, top.column + 4).value == 1


def test_assumptions_and_policy_watch(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    plan, wb, _ = workbook
    rows = _rows(wb["Assumptions"])
    flat = [value for row in rows for value in row]
    for rate in plan.exchange_rates:
        assert float(rate.rate) in flat and rate.source in flat
    for factor in plan.ppp_factors:
        assert float(factor.factor) in flat
    for benchmark in plan.benchmarks:
        assert benchmark.source in flat
    assert 347 in flat  # sample size of the London benchmark
    policy = _rows(wb["Policy watch"])
    assert [row[1] for row in policy[1:]] == [entry.topic for entry in plan.policy_watch]
    check_due = {row[1]: row[5] for row in policy[1:]}
    assert check_due["Travel approval for senior AI staff"] == "Yes"  # last checked 45 days ago
    assert check_due["H-1B petition fee"] is None


def test_scenario_inputs_and_exported_results(workbook: tuple[Plan, openpyxl.Workbook, list[str]]) -> None:
    """Scenario holds each offer's inputs and, for comparison, hireplan's own results."""
    plan, wb, _ = workbook
    analysis = analyse(plan, today=TODAY)
    rows = _rows(wb["Scenario"])
    assert list(rows[0]) == SCENARIO_HEADER
    col = {name: i for i, name in enumerate(SCENARIO_HEADER)}
    assert rows[0][0] == "Role" and rows[0][1] == "Candidate"  # leads with who, not an internal id
    offer_rows = [row for row in rows[1:] if row[col["Offer id"]]]
    assert len(offer_rows) == len(plan.offers)
    assert any(str(row[0]).startswith("Total of the offers in") for row in rows[1:])
    for row in offer_rows:
        offer = next(o for o in plan.offers if o.id == row[col["Offer id"]])
        assert row[col["Candidate"]] == (offer.candidate or None)
        assert row[col["Base"]] == pytest.approx(float(offer.base))
        assert row[col["Bonus kind"]] == BONUS_WORDS[offer.bonus_kind]  # as the drop-down offers it
        assert row[col["Annual total as exported"]] == pytest.approx(
            float(analysis.offers[offer.id].figures.annual_total)
        )
        assert str(row[col["Annual total"]]).startswith("=")


def test_control_characters_in_title_and_owner(tmp_path: Path) -> None:
    """Document properties are XML too: a pasted control character must not break the file."""
    plan = sample_plan()
    plan.title = "Plan\x0bwith a Word line break\x07"
    plan.owner = "Li\x01 Na"
    out, _ = _write(plan, tmp_path)
    wb = openpyxl.load_workbook(out)
    assert wb.properties.title == "Plan\nwith a Word line break"
    assert wb["Summary"]["A1"].value == "Plan\nwith a Word line break"


def test_empty_plan_exports(tmp_path: Path) -> None:
    """A brand-new plan with nothing in it still gives a workbook with every sheet."""
    out, warnings = _write(Plan(title="Empty"), tmp_path)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [name for name, _ in SHEETS]
    assert warnings == []


def test_ten_thousand_items_export(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.steps[0].items.extend(ChecklistItem(id=f"bulk{n}", text=f"Bulk item {n}") for n in range(10_000))
    out, _ = _write(plan, tmp_path)
    book = openpyxl.load_workbook(out, read_only=True)  # read-only keeps the file open until close()
    try:
        ws = book["Checklist"]
        ws.reset_dimensions()
        count = sum(1 for _ in ws.iter_rows(min_row=2, values_only=True))
    finally:
        book.close()
    assert count == sum(len(step.items) for step in plan.steps)


def test_failed_export_leaves_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If writing fails half-way, the old workbook at OUT is untouched and no temp file is left."""
    from hireplan.export import xlsx

    plan = sample_plan()
    out, _ = _write(plan, tmp_path)
    before = out.read_bytes()

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx.Workbook, "save", explode)
    from hireplan.export import ExportError

    with pytest.raises(ExportError, match="is full"):
        write_workbook(plan, analyse(plan, today=TODAY), out, today=TODAY)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]
