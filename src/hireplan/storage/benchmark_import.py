"""Pay-survey files (CSV or XLSX) into benchmarks, with a preview of what will come in.

Survey exports arrive in every shape, so the import is three steps a person can check:

1. :func:`read_table` (:mod:`hireplan.storage.benchmark_read`) turns the file into a header and
   rows of cells, refusing files we should not open.
2. :func:`guess_mapping` proposes which column holds which benchmark field from the header
   names; the person can change it.
3. :func:`build_preview` turns each row into a :class:`~hireplan.model.market.Benchmark` or a
   :class:`BadRow` saying why not (cells parsed by :mod:`hireplan.storage.benchmark_cells`).

Both long steps take ``cancel``, ``deadline`` (and the preview ``progress``) keyword options
(:mod:`hireplan.storage.import_limits`), so the window runs them in a worker thread with a Stop
button and a time budget, and never waits on a hostile file.

Decisions: a market is matched by name (or id) against the plan's markets, case-insensitively,
and through the place's name in the other language for the hubs :mod:`hireplan.storage.place_names`
lists (a survey's 杭州 or 杭州市 finds the plan's "Hangzhou", and the preview says so); an unknown
market makes the row bad ("add the market first") rather than creating one, because
a market also needs a country and currency that survey files rarely carry, and a typo should not
silently create a new market. Percentile columns that say neither "base" nor "total" are taken
as base pay. A row identical to a benchmark already in the plan is reported, not imported twice.
No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from pydantic import ValidationError

from hireplan.i18n import N_, _
from hireplan.locale_figures import CHINESE_CURRENCY_NAMES
from hireplan.model.currency import alias_note, normalise_currency
from hireplan.model.market import Benchmark, PayBasis
from hireplan.model.plan import Plan
from hireplan.storage.benchmark_cells import (
    RowError,
    cell_text,
    parse_amount,
    parse_date,
    parse_level,
    parse_months_per_year,
    parse_period,
    parse_sample_size,
)
from hireplan.storage.benchmark_read import read_table
from hireplan.storage.benchmark_table import Cell, Table
from hireplan.storage.import_limits import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    BenchmarkImportError,
    CancelFlag,
    ImportBudget,
    ImportStoppedError,
    Progress,
)
from hireplan.storage.place_names import other_language_keys, place_key

__all__ = [
    "FIELDS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "PERCENTILE_FIELDS",
    "BadRow",
    "BenchmarkImportError",
    "CancelFlag",
    "Cell",
    "ImportBudget",
    "ImportStoppedError",
    "Mapping_",
    "Preview",
    "Table",
    "build_preview",
    "guess_mapping",
    "parse_amount",
    "parse_date",
    "parse_level",
    "read_table",
]


# --------------------------------------------------------------------------- column mapping

FIELDS: dict[str, str] = {
    "market": N_("Market"),
    "job_family": N_("Role / job family"),
    "level": N_("Level"),
    "currency": N_("Currency"),
    "period": N_("Pay period"),
    "months_per_year": N_("Months per year"),
    "base_p25": N_("Base P25"),
    "base_p50": N_("Base P50"),
    "base_p75": N_("Base P75"),
    "base_p90": N_("Base P90"),
    "total_p25": N_("Total P25"),
    "total_p50": N_("Total P50"),
    "total_p75": N_("Total P75"),
    "total_p90": N_("Total P90"),
    "source": N_("Source"),
    "as_of": N_("As of (date)"),
    "sample_size": N_("Sample size"),
    "notes": N_("Notes"),
}
"""Benchmark fields a column can feed, with the label the preview shows (English; show ``_(label)``)."""

CHINESE_CURRENCY_CODES = {name: code for code, name in CHINESE_CURRENCY_NAMES.items()} | {"元": "CNY"}
"""A Chinese survey's currency column may name the currency (人民币) rather than give its code."""

PERCENTILE_FIELDS = tuple(f"{kind}_p{p}" for kind in ("base", "total") for p in (25, 50, 75, 90))

Mapping_ = dict[str, int | None]
"""Field key -> column index (or None when no column feeds it)."""


def _norm(header: str) -> str:
    """Lower-case words of Latin letters, digits and CJK characters (``月薪中位数``, ``base p50``)."""
    return re.sub(r"[^a-z0-9\u3400-\u9fff]+", " ", header.casefold()).strip()


_CHINESE_PERCENTILE = (
    (50, r"中位|中值|50分位|第50百分位"),
    (25, r"25分位|第25百分位|下四分位"),
    (75, r"75分位|第75百分位|上四分位"),
    (90, r"90分位|第90百分位"),
)
"""Chinese survey headers: 中位数/中位值 is P50, 25分位 P25, 上四分位 P75 and so on."""
_CHINESE_TOTAL = r"总现金|总薪酬|总包|年度总|总直接|整体薪酬|全口径"
_CHINESE_FIELDS: tuple[tuple[str, str], ...] = (
    ("currency", r"币种|货币|幣種|貨幣"),
    ("market", r"城市|市场|地区|地點|地点|市場|地區"),
    ("level", r"级别|职级|層級|层级|級別|職級"),
    ("job_family", r"职位|岗位|职族|职能|職位|崗位|職族"),
    ("months_per_year", r"薪资月数|薪資月數|年薪月数|发薪月数|计薪月数|月数|月數|薪数"),
    ("period", r"计薪周期|发薪周期|周期|週期"),
    ("sample_size", r"样本|人数|樣本"),
    ("as_of", r"日期|截止|时间|時間"),
    ("source", r"来源|來源|出处"),
    ("notes", r"备注|说明|備註|說明"),
)
"""Chinese headers (simplified and traditional) for the other fields, in the English checks' order."""


def _guess_chinese(words: str) -> str | None:
    for percentile, pattern in _CHINESE_PERCENTILE:
        if re.search(pattern, words):
            return f"{'total' if re.search(_CHINESE_TOTAL, words) else 'base'}_p{percentile}"
    for key, pattern in _CHINESE_FIELDS:
        if re.search(pattern, words):
            return key
    return None


def _percentile_of(words: str) -> int | None:
    if re.search(r"\bmedian\b|\bmid\b", words):
        return 50
    match = re.search(r"\b(?:p|pct|percentile\s*)?(25|50|75|90)(?:th)?\b", words)
    if match is None:
        match = re.search(r"\bp\s?(25|50|75|90)\b", words)
    return int(match.group(1)) if match else None


def _guess_one(words: str) -> str | None:
    if re.search(r"[\u3400-\u9fff]", words):
        chinese = _guess_chinese(words)
        if chinese is not None:
            return chinese
        words = re.sub(r"[\u3400-\u9fff]+", " ", words).strip()  # "P50（元）" still reads as P50
    padded = f" {words} "
    percentile = _percentile_of(words)
    if percentile is not None:
        kind = "total" if re.search(r"\btotal|\btcc\b|\btdc\b|\bcomp\b|\bpackage\b", words) else "base"
        return f"{kind}_p{percentile}"
    checks: tuple[tuple[str, str], ...] = (
        ("currency", r" (currency|ccy|curr|iso) "),
        ("market", r" (market|city|location|metro|region|labour market|labor market) "),
        ("level", r" (level|grade|seniority|band) "),
        ("job_family", r" (job family|family|role|job|position|title|job title) "),
        (
            "months_per_year",
            r" (months per year|months a year|months paid|paid months|salary months|months) ",
        ),
        ("period", r" (period|pay period|frequency) "),
        ("sample_size", r" (sample|n|count|responses|sample size|incumbents) "),
        ("as_of", r" (as of|date|effective|survey date|year|updated) "),
        ("source", r" (source|provider|survey) "),
        ("notes", r" (notes?|comments?|remarks?) "),
    )
    for key, pattern in checks:
        if re.search(pattern, padded):
            return key
    return None


def guess_mapping(headers: Sequence[str]) -> Mapping_:
    """Which column feeds which field, guessed from header names; the first match wins."""
    mapping: Mapping_ = dict.fromkeys(FIELDS)
    for column, header in enumerate(headers):
        key = _guess_one(_norm(header))
        if key is not None and mapping.get(key) is None:
            mapping[key] = column
    return mapping


# --------------------------------------------------------------------------- building benchmarks


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row left out, with its number in the file and why."""

    row: int
    reason: str


@dataclass(frozen=True, slots=True)
class Preview:
    """What an import would add: good rows as benchmarks (with their row numbers) and bad rows."""

    good: tuple[Benchmark, ...] = ()
    good_rows: tuple[int, ...] = ()
    bad: tuple[BadRow, ...] = ()
    problems: tuple[str, ...] = field(default=())
    """Problems with the mapping itself (e.g. no market column): nothing can be imported."""
    notes: tuple[str, ...] = field(default=())
    """How some cells were read (e.g. RMB as CNY), to show beside the rows that import."""


class _MarketMatch(NamedTuple):
    """The plan's market a survey's market text names."""

    market_id: str
    currency: str
    name: str
    """The plan's name for it."""
    translated: bool
    """Found through the place's name in the other language (杭州 for the plan's "Hangzhou")."""


def _market_index(plan: Plan) -> dict[str, _MarketMatch]:
    """Market text (:func:`place_key`) -> market; names and ids first, so a market the plan names
    杭州 is found as itself before any other market is found through a translation."""
    index: dict[str, _MarketMatch] = {}
    for market in plan.markets:
        match = _MarketMatch(market.id, market.currency, market.name.strip(), translated=False)
        index.setdefault(place_key(market.name), match)
        index.setdefault(place_key(market.id), match)
    for market in plan.markets:
        for key in other_language_keys(market.name):
            index.setdefault(
                key, _MarketMatch(market.id, market.currency, market.name.strip(), translated=True)
            )
    return index


def _fingerprint(benchmark: Benchmark) -> tuple[Any, ...]:
    names = ("market_id", "level", "currency", "period", "months_per_year", "as_of", *PERCENTILE_FIELDS)
    return (benchmark.job_family.strip().casefold(), *(getattr(benchmark, name) for name in names))


def _validation_reason(error: ValidationError) -> str:
    messages = []
    for problem in error.errors(include_url=False):
        where = ".".join(str(part) for part in problem.get("loc", ()))
        message = str(problem.get("ctx", {}).get("error") or problem.get("msg", _("not accepted")))
        label = _(FIELDS[where]) if where in FIELDS else where
        messages.append(_("{field}: {problem}").format(field=label, problem=message) if where else message)
    text = _("; ").join(messages)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def build_preview(
    table: Table,
    mapping: Mapping_,
    plan: Plan,
    *,
    default_source: str = "",
    cancel: CancelFlag | None = None,
    deadline: float | None = None,
    progress: Progress | None = None,
) -> Preview:
    """Each row of ``table`` as a benchmark or a bad row, with columns taken from ``mapping``.

    ``cancel`` and ``deadline`` are checked as rows go by (:class:`ImportStoppedError` when the
    person cancelled or the time is up); ``progress(done, total)`` hears how far it got.
    """
    budget = ImportBudget(cancel=cancel, deadline=deadline, progress=progress)
    problems = []
    if mapping.get("market") is None:
        problems.append(_("Choose the column that names the market."))
    if mapping.get("job_family") is None:
        problems.append(_("Choose the column that names the role or job family."))
    if not any(mapping.get(key) is not None for key in PERCENTILE_FIELDS):
        problems.append(_("Choose at least one percentile column (for example Base P50)."))
    if problems:
        return Preview(problems=tuple(problems))
    markets = _market_index(plan)
    existing = {_fingerprint(b) for b in plan.benchmarks}
    good: list[Benchmark] = []
    good_rows: list[int] = []
    bad: list[BadRow] = []

    def cell_of(cells: tuple[Cell, ...], key: str) -> Cell:
        column = mapping.get(key)
        if column is None or column >= len(cells):
            return None
        return cells[column]

    total_basis = _total_basis(table, mapping)
    notes: list[str] = []
    for count, (number, cells) in enumerate(table.rows, start=1):
        budget.rows(count, len(table.rows))
        row_notes = [alias_note(cell_text(cell_of(cells, "currency")))]
        market_text = cell_text(cell_of(cells, "market"))
        try:
            match = _market_of(market_text, markets)
            benchmark = _row_benchmark(cells, cell_of, match, default_source, total_basis)
        except RowError as error:
            bad.append(BadRow(number, str(error)))
            continue
        except ValidationError as error:
            bad.append(BadRow(number, _validation_reason(error)))
            continue
        print_ = _fingerprint(benchmark)
        if print_ in existing:
            already = _("The same benchmark is already in the plan (or earlier in this file).")
            bad.append(BadRow(number, already))
            continue
        existing.add(print_)
        good.append(benchmark)
        good_rows.append(number)
        if match.translated:
            row_notes.append(
                _("'{text}' is read as the plan's market '{market}'.").format(
                    text=market_text, market=match.name
                )
            )
        notes.extend(_("Row {row}: {message}").format(row=number, message=note) for note in row_notes if note)
    return Preview(tuple(good), tuple(good_rows), tuple(bad), notes=tuple(notes))


def _total_basis(table: Table, mapping: Mapping_) -> PayBasis:
    """Total columns whose headers say cash (``total cash``, ``TCC``) measure total cash; any other
    total is read as total direct pay (salary, bonus and equity), what "total pay" usually means."""
    for key in PERCENTILE_FIELDS:
        column = mapping.get(key)
        if (
            key.startswith("total")
            and column is not None
            and column < len(table.headers)
            and re.search(r"\bcash\b|\btcc\b", _norm(table.headers[column]))
        ):
            return PayBasis.TOTAL_CASH
    return PayBasis.TOTAL_DIRECT


def _market_of(market_text: str, markets: dict[str, _MarketMatch]) -> _MarketMatch:
    """The plan's market a row names, or a RowError saying why there is none."""
    if not market_text:
        raise RowError(_("The market is empty."))
    found = markets.get(place_key(market_text))
    if found is None:
        not_here = _("Market '{market}' is not in this plan; add it under Market data first.")
        raise RowError(not_here.format(market=market_text))
    return found


def _row_benchmark(
    cells: tuple[Cell, ...],
    cell_of: Any,
    market: _MarketMatch,
    default_source: str,
    total_basis: PayBasis = PayBasis.TOTAL_DIRECT,
) -> Benchmark:
    market_id, market_currency = market.market_id, market.currency
    job_family = cell_text(cell_of(cells, "job_family"))
    if not job_family:
        raise RowError(_("The role / job family is empty."))
    currency_text = cell_text(cell_of(cells, "currency")).upper() or market_currency
    currency_text = CHINESE_CURRENCY_CODES.get(currency_text, currency_text)  # 人民币, 美元
    try:
        currency = str(normalise_currency(currency_text))
    except ValueError:
        not_code = _("Currency '{currency}' is not an ISO 4217 currency code such as USD or CNY.")
        raise RowError(not_code.format(currency=currency_text)) from None
    figures = {key: parse_amount(cell_of(cells, key), _(FIELDS[key])) for key in PERCENTILE_FIELDS}
    if all(value is None for value in figures.values()):
        raise RowError(_("The row has no pay figures in the percentile columns."))
    sample = parse_sample_size(cell_of(cells, "sample_size"))
    months = parse_months_per_year(cell_of(cells, "months_per_year"))
    return Benchmark(
        **({} if months is None else {"months_per_year": months}),
        market_id=market_id,
        job_family=job_family[:500],
        level=parse_level(cell_of(cells, "level")),
        currency=currency,
        period=parse_period(cell_of(cells, "period")),
        source=cell_text(cell_of(cells, "source")) or default_source,
        as_of=parse_date(cell_of(cells, "as_of")),
        sample_size=sample,
        notes=cell_text(cell_of(cells, "notes")),
        total_basis=total_basis,
        **figures,
    )
