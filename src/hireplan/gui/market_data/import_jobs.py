"""The two jobs the import dialog runs in the background: read the file, preview its rows.

No Qt here: each job is a function of its inputs and a :class:`JobControl` (stop, progress), run
by :class:`~hireplan.gui.market_data.import_worker.ImportWorker`; the control's cancel flag,
deadline and progress callback go to the core's readers (:mod:`hireplan.storage.import_limits`),
which stop between rows. The preview job also formats
the rows the dialog lists, so even twenty thousand rows cost the GUI thread nothing but a reset.

One safety net: if the core's preview fails on some row in a way it did not expect (a bug, not a
bad cell it recognises), the rows are checked again in halves until the rows that fail are found;
each is listed as a bad row with the reason, and the rest are previewed as usual. The preview
then names a row rather than failing as a whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from hireplan.gui.market_data.import_worker import JobControl, JobStoppedError
from hireplan.i18n import _
from hireplan.model.market import MONTHS_IN_A_YEAR, Benchmark, PayPeriod
from hireplan.model.plan import Plan
from hireplan.storage.benchmark_import import (
    BadRow,
    Mapping_,
    Preview,
    Table,
    build_preview,
    guess_mapping,
    read_table,
)
from hireplan.storage.import_limits import ImportStoppedError
from hireplan.storage.sheet_columns import PERIOD_WORDS

GoodRow = tuple[str, str, str, str, str, str, str, str, str, str]
"""Row, market, job family, level, currency, per (year or month), base P50, total P50, as of, source."""


@dataclass(frozen=True)
class ReadResult:
    table: Table
    guessed: Mapping_


@dataclass(frozen=True)
class PreviewResult:
    preview: Preview
    good_rows: tuple[GoodRow, ...]
    bad_rows: tuple[tuple[str, str], ...]


def read_job(path: Path, control: JobControl, sheet: str | None = None) -> ReadResult:
    """Read ``path`` (the workbook's ``sheet``, else its first) and guess which column holds what."""
    try:
        table = read_table(path, sheet=sheet, cancel=control.cancelled, deadline=control.deadline)
    except ImportStoppedError:
        raise JobStoppedError from None  # the worker says why: stopped, or out of time
    control.check()
    return ReadResult(table, guess_mapping(table.headers))


def plan_snapshot(plan: Plan) -> Plan:
    """What the preview reads of the plan (markets, benchmarks), copied so edits cannot race it."""
    return plan.model_copy(update={"markets": list(plan.markets), "benchmarks": list(plan.benchmarks)})


def preview_job(
    table: Table, mapping: Mapping_, plan: Plan, market_names: Mapping[str, str], control: JobControl
) -> PreviewResult:
    try:
        preview = build_preview(
            table,
            mapping,
            plan,
            cancel=control.cancelled,
            deadline=control.deadline,
            progress=control.on_progress,
        )
    except ImportStoppedError:
        raise JobStoppedError from None
    except Exception:  # a bug on some row: find the rows, name them, preview the rest
        control.check()
        preview = _preview_isolating_failures(table, mapping, plan, control)
    control.check()
    good: list[GoodRow] = []
    for position, (number, bench) in enumerate(zip(preview.good_rows, preview.good, strict=True)):
        if position % 1000 == 999:
            control.check()
        good.append(
            (
                str(number),
                market_names.get(bench.market_id, bench.market_id),
                bench.job_family,
                bench.level.label
                if bench.level
                else QCoreApplication.translate("ImportDialog", "All levels"),
                bench.currency,
                _per(bench),  # a monthly 98,000 must not read as a year's pay
                "" if bench.base_p50 is None else f"{bench.base_p50:,}",
                "" if bench.total_p50 is None else f"{bench.total_p50:,}",
                bench.as_of.isoformat() if bench.as_of else "",
                bench.source,
            )
        )
    bad = tuple((str(row.row), row.reason) for row in preview.bad)
    return PreviewResult(preview, tuple(good), bad)


def _per(bench: Benchmark) -> str:
    """The preview's Per column: "Month", or with the months a year when they are not twelve:
    "Month, 14 a year" (annualised over 14), "Year, 14 months" (the yearly base covers 14)."""
    period = _(PERIOD_WORDS[bench.period])
    if bench.months_per_year == MONTHS_IN_A_YEAR:
        return period
    months = format(bench.months_per_year.normalize(), "f")
    text = (
        QCoreApplication.translate("ImportDialog", "{period}, {months} a year")
        if bench.period is PayPeriod.MONTH
        else QCoreApplication.translate("ImportDialog", "{period}, {months} months")
    )
    return text.format(period=period, months=months)


def _preview_isolating_failures(table: Table, mapping: Mapping_, plan: Plan, control: JobControl) -> Preview:
    no_benchmarks = plan.model_copy(update={"benchmarks": []})  # duplicates are checked at the end
    failed: list[BadRow] = []

    def search(rows: tuple[tuple[int, tuple[object, ...]], ...]) -> None:
        control.check()
        try:
            build_preview(Table(table.headers, rows), mapping, no_benchmarks)  # type: ignore[arg-type]
        except Exception as exc:
            if len(rows) == 1:
                failed.append(BadRow(rows[0][0], _unexpected_reason(exc)))
                return
            middle = len(rows) // 2
            search(rows[:middle])
            search(rows[middle:])

    search(table.rows)
    failed_numbers = {row.row for row in failed}
    rest = Table(table.headers, tuple(r for r in table.rows if r[0] not in failed_numbers), table.description)
    preview = build_preview(rest, mapping, plan)
    bad = tuple(sorted((*preview.bad, *failed), key=lambda row: row.row))
    return Preview(preview.good, preview.good_rows, bad, preview.problems)


def _unexpected_reason(exc: BaseException) -> str:
    detail = str(exc).strip() or type(exc).__name__
    return QCoreApplication.translate(
        "ImportDialog", "This row could not be read ({detail}); check its numbers and dates."
    ).format(detail=detail[:200])
