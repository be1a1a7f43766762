"""Reading pay-survey files (CSV or XLSX) into benchmarks, with a preview of what will come in.

Survey exports arrive in every shape, so the import is three steps a person can check:

1. :func:`read_table` turns the file into a header and rows of cell values, refusing files
   we should not open: too large, old ``.xls`` or password-protected workbooks (OLE files),
   zip bombs, zips that are not workbooks, text that is not UTF-8.
2. :func:`guess_mapping` proposes which column holds which benchmark field from the header
   names; the person can change it.
3. :func:`build_preview` turns each row into a :class:`~hireplan.model.market.Benchmark` or a
   :class:`BadRow` saying why not.

Decisions: a market is matched by name (or id) against the plan's markets, case-insensitively;
an unknown market makes the row bad ("add the market first") rather than creating one, because
a market also needs a country and currency that survey files rarely carry, and a typo should not
silently create a new market. Percentile columns that say neither "base" nor "total" are taken
as base pay. A row identical to a benchmark already in the plan is reported, not imported twice.
No Qt here.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hireplan.model.base import MAX_AMOUNT
from hireplan.model.currency import alias_note, normalise_currency
from hireplan.model.market import Benchmark, PayBasis, PayPeriod
from hireplan.model.plan import Plan
from hireplan.model.roles import Level

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Survey exports are a few hundred kilobytes; anything past 20 MB is not one."""
MAX_ROWS = 20_000
"""More rows than any survey extract a person would review in a preview."""
MAX_COLUMNS = 200
MAX_ZIP_ENTRIES = 2_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
"""What the workbook may unpack to, summed over its parts (checked before opening it)."""
MAX_COMPRESSION_RATIO = 200
"""Spreadsheet XML packs well, but not a thousand to one as a zip bomb does."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

Cell = str | Decimal | int | float | date | datetime | bool | None


class BenchmarkImportError(Exception):
    """The file cannot be imported; ``str(error)`` is the message for the person."""


@dataclass(frozen=True, slots=True)
class Table:
    """A file's cells: the header row and the data rows, each row with its number in the file."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    description: str = ""
    """E.g. ``"CSV, semicolon-separated"`` or ``"sheet 'Pay' (first of 3)"``."""


# --------------------------------------------------------------------------- reading files


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; raises :class:`BenchmarkImportError` with a message on refusal."""
    name = path.name
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BenchmarkImportError(f"{name} cannot be read: {error.strerror or error}.") from None
    if size > MAX_FILE_BYTES:
        raise BenchmarkImportError(
            f"{name} is {size / 1024 / 1024:.1f} MB; survey files to import must be under "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB. Export only the rows you need."
        )
    if suffix == ".xls":
        raise BenchmarkImportError(
            f"{name} is an old-style Excel file (.xls), which is not supported. "
            "Open it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8)."
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BenchmarkImportError(f"{name} cannot be read: {error.strerror or error}.") from None
    if data.startswith(OLE_MAGIC):
        raise BenchmarkImportError(
            f"{name} is either password-protected or an old-style Excel file. Remove the password "
            "(or open and re-save it) as an .xlsx workbook or a CSV file, then import that."
        )
    if data.startswith(ZIP_MAGIC) or suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(name, data)
    return _read_csv(name, data)


def _decode(name: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BenchmarkImportError(
            f"{name} is saved as UTF-16 text. Save it again as 'CSV UTF-8' and import that."
        )
    if b"\x00" in data[:65536]:
        raise BenchmarkImportError(f"{name} does not look like a text (CSV) file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BenchmarkImportError(
            f"{name} is not UTF-8 text (it may be in a legacy encoding such as GBK or Windows-1252). "
            "Save it again as 'CSV UTF-8' and import that."
        ) from None


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


def _read_csv(name: str, data: bytes) -> Table:
    text = _decode(name, data)
    sample = text[:65536]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    headers: tuple[str, ...] | None = None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, raw in enumerate(reader, start=1):
            cells = tuple(cell.strip() for cell in raw[:MAX_COLUMNS])
            if not any(cells):
                continue
            if headers is None:
                headers = _header_names(cells)
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise BenchmarkImportError(_too_many_rows(name))
    except csv.Error as error:
        raise BenchmarkImportError(f"{name} could not be read as CSV: {error}.") from None
    if headers is None:
        raise BenchmarkImportError(f"{name} is empty: there is no header row to map.")
    return Table(headers, tuple(rows), f"CSV, {_DELIMITER_NAMES.get(delimiter, delimiter)}-separated")


def _too_many_rows(name: str) -> str:
    return f"{name} has more than {MAX_ROWS:,} rows; split it or export only the rows you need."


def _header_names(cells: Sequence[Cell]) -> tuple[str, ...]:
    names = []
    for position, cell in enumerate(cells, start=1):
        text = "" if cell is None else str(cell).strip()
        names.append(text or f"Column {position}")
    return tuple(names)


def _check_zip(name: str, archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise BenchmarkImportError(f"{name} holds {len(entries):,} parts; a workbook has far fewer.")
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        if "EncryptionInfo" in names or "EncryptedPackage" in names:
            raise BenchmarkImportError(f"{name} is password-protected. Remove the password and try again.")
        raise BenchmarkImportError(f"{name} is a zip archive but not an Excel workbook (.xlsx).")
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise BenchmarkImportError(f"{name} is password-protected. Remove the password and try again.")
        total += entry.file_size
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_COMPRESSION_RATIO * max(
            entry.compress_size, 1
        ):
            raise BenchmarkImportError(
                f"{name} unpacks to far more data than it holds (a 'zip bomb'); it was not opened."
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise BenchmarkImportError(
            f"{name} would unpack to {total / 1024 / 1024:.0f} MB, more than a survey workbook needs; "
            "it was not opened."
        )


def _read_xlsx(name: str, data: bytes) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_zip(name, archive)
    except zipfile.BadZipFile:
        raise BenchmarkImportError(f"{name} is damaged or not an Excel workbook.") from None
    from openpyxl import load_workbook  # only the import needs openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise BenchmarkImportError(
            f"{name} could not be opened as a workbook ({type(error).__name__})."
        ) from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise BenchmarkImportError(f"{name} has no worksheets.")
        sheet = sheets[0]
        # read_only trusts the file's <dimension>, which other tools often write as A1:A1;
        # forget it so every row is read (the row cap below still applies).
        reset = getattr(sheet, "reset_dimensions", None)
        if reset is not None:
            reset()
        headers: tuple[str, ...] | None = None
        rows: list[tuple[int, tuple[Cell, ...]]] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells: tuple[Cell, ...] = tuple(
                    v.strip() if isinstance(v, str) else v for v in values[:MAX_COLUMNS]
                )
                if not any(c not in (None, "") for c in cells):
                    continue
                if headers is None:
                    headers = _header_names(cells)
                    continue
                rows.append((number, cells))
                if len(rows) > MAX_ROWS:
                    raise BenchmarkImportError(_too_many_rows(name))
    except BenchmarkImportError:
        raise
    except Exception as error:
        raise BenchmarkImportError(f"{name} could not be read ({type(error).__name__}).") from None
    finally:
        workbook.close()
    if headers is None:
        raise BenchmarkImportError(f"{name}: the first sheet is empty; there is no header row to map.")
    title = str(sheet.title)
    where = f"sheet '{title}'" + (f" (first of {len(sheets)})" if len(sheets) > 1 else "")
    return Table(headers, tuple(rows), f"Excel workbook, {where}")


# --------------------------------------------------------------------------- column mapping

FIELDS: dict[str, str] = {
    "market": "Market",
    "job_family": "Role / job family",
    "level": "Level",
    "currency": "Currency",
    "period": "Pay period",
    "base_p25": "Base P25",
    "base_p50": "Base P50",
    "base_p75": "Base P75",
    "base_p90": "Base P90",
    "total_p25": "Total P25",
    "total_p50": "Total P50",
    "total_p75": "Total P75",
    "total_p90": "Total P90",
    "source": "Source",
    "as_of": "As of (date)",
    "sample_size": "Sample size",
    "notes": "Notes",
}
"""Benchmark fields a column can feed, with the label the preview shows."""

PERCENTILE_FIELDS = tuple(f"{kind}_p{p}" for kind in ("base", "total") for p in (25, 50, 75, 90))

Mapping_ = dict[str, int | None]
"""Field key -> column index (or None when no column feeds it)."""


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", header.casefold()).strip()


def _percentile_of(words: str) -> int | None:
    if re.search(r"\bmedian\b|\bmid\b", words):
        return 50
    match = re.search(r"\b(?:p|pct|percentile\s*)?(25|50|75|90)(?:th)?\b", words)
    if match is None:
        match = re.search(r"\bp\s?(25|50|75|90)\b", words)
    return int(match.group(1)) if match else None


def _guess_one(words: str) -> str | None:
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


class _RowError(ValueError):
    pass


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$")


def parse_amount(cell: Cell, label: str) -> Decimal | None:
    """A money amount as Decimal: ``250000``, ``"250,000"``, ``"$250,000"``, ``"250k"``; empty = None."""
    if cell is None or isinstance(cell, bool):
        if isinstance(cell, bool):
            raise _RowError(f"{label} is not a number ({cell}).")
        return None
    if isinstance(cell, int):
        value = Decimal(cell)
    elif isinstance(cell, float):
        value = Decimal(repr(cell))
    elif isinstance(cell, Decimal):
        value = cell
    else:
        text = _text(cell)
        if text in ("", "-", "—", "n/a", "N/A", "na", "NA"):
            return None
        cleaned = re.sub(r"[\s,_'\u00a0$¥£€]|(?i:usd|cny|rmb|gbp|sgd|eur)", "", text)
        multiplier = Decimal(1)
        if cleaned[-1:] in ("k", "K"):
            multiplier, cleaned = Decimal(1000), cleaned[:-1]
        if not _NUMBER.match(cleaned):
            raise _RowError(f"{label} '{text}' is not a number.")
        value = Decimal(cleaned) * multiplier
    if not value.is_finite():
        raise _RowError(f"{label} is not a number.")
    if value < 0:
        raise _RowError(f"{label} is negative ({value}); pay figures cannot be below zero.")
    if value > MAX_AMOUNT:
        raise _RowError(f"{label} ({value}) is larger than any pay figure could be.")
    return value


def parse_date(cell: Cell) -> date | None:
    """``2026-03-31``, ``2026-03`` or ``2026`` (taken as the start of that month or year), or a date cell."""
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = _text(cell)
    if not text:
        return None
    for pattern in (r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$", r"^(\d{4})-(\d{1,2})$", r"^(\d{4})$"):
        match = re.match(pattern, text)
        if match:
            parts = [int(part) for part in match.groups()] + [1, 1]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError:
                break
    raise _RowError(f"Date '{text}' is not understood; write it as 2026-03-31 (or 2026-03, or 2026).")


_LEVEL_WORDS = {level.value: level for level in Level} | {
    "mid-level": Level.MID,
    "intermediate": Level.MID,
    "entry": Level.JUNIOR,
    "lead": Level.STAFF,
    "director": Level.EXECUTIVE,
}


def parse_level(cell: Cell) -> Level | None:
    text = _text(cell).casefold()
    if text in ("", "all", "all levels", "any"):
        return None
    level = _LEVEL_WORDS.get(text)
    if level is None:
        choices = ", ".join(level.value for level in Level)
        raise _RowError(f"Level '{_text(cell)}' is not one of: {choices} (or empty for all levels).")
    return level


def _parse_period(cell: Cell) -> PayPeriod:
    text = _text(cell).casefold()
    if text in ("", "year", "yearly", "annual", "annually", "per year", "y"):
        return PayPeriod.YEAR
    if text in ("month", "monthly", "per month", "m"):
        return PayPeriod.MONTH
    raise _RowError(f"Pay period '{_text(cell)}' should be 'year' or 'month'.")


def _market_index(plan: Plan) -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for market in plan.markets:
        index.setdefault(market.name.strip().casefold(), (market.id, market.currency))
        index.setdefault(market.id.casefold(), (market.id, market.currency))
    return index


def _fingerprint(benchmark: Benchmark) -> tuple[Any, ...]:
    names = ("market_id", "level", "currency", "period", "as_of", *PERCENTILE_FIELDS)
    return (benchmark.job_family.strip().casefold(), *(getattr(benchmark, name) for name in names))


def _validation_reason(error: ValidationError) -> str:
    messages = []
    for problem in error.errors(include_url=False):
        where = ".".join(str(part) for part in problem.get("loc", ()))
        message = str(problem.get("ctx", {}).get("error") or problem.get("msg", "not accepted"))
        messages.append(f"{FIELDS.get(where, where)}: {message}" if where else message)
    text = "; ".join(messages)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def build_preview(table: Table, mapping: Mapping_, plan: Plan, *, default_source: str = "") -> Preview:
    """Each row of ``table`` as a benchmark or a bad row, with columns taken from ``mapping``."""
    problems = []
    if mapping.get("market") is None:
        problems.append("Choose the column that names the market.")
    if mapping.get("job_family") is None:
        problems.append("Choose the column that names the role or job family.")
    if not any(mapping.get(key) is not None for key in PERCENTILE_FIELDS):
        problems.append("Choose at least one percentile column (for example Base P50).")
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
    for number, cells in table.rows:
        note = alias_note(_text(cell_of(cells, "currency")))
        try:
            benchmark = _row_benchmark(cells, cell_of, markets, default_source, total_basis)
        except _RowError as error:
            bad.append(BadRow(number, str(error)))
            continue
        except ValidationError as error:
            bad.append(BadRow(number, _validation_reason(error)))
            continue
        print_ = _fingerprint(benchmark)
        if print_ in existing:
            bad.append(BadRow(number, "The same benchmark is already in the plan (or earlier in this file)."))
            continue
        existing.add(print_)
        good.append(benchmark)
        good_rows.append(number)
        if note:
            notes.append(f"Row {number}: {note}")
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


def _row_benchmark(
    cells: tuple[Cell, ...],
    cell_of: Any,
    markets: dict[str, tuple[str, str]],
    default_source: str,
    total_basis: PayBasis = PayBasis.TOTAL_DIRECT,
) -> Benchmark:
    market_text = _text(cell_of(cells, "market"))
    if not market_text:
        raise _RowError("The market is empty.")
    found = markets.get(market_text.casefold())
    if found is None:
        raise _RowError(f"Market '{market_text}' is not in this plan; add it under Market data first.")
    market_id, market_currency = found
    job_family = _text(cell_of(cells, "job_family"))
    if not job_family:
        raise _RowError("The role / job family is empty.")
    currency_text = _text(cell_of(cells, "currency")).upper() or market_currency
    try:
        currency = str(normalise_currency(currency_text))
    except ValueError:
        raise _RowError(
            f"Currency '{currency_text}' is not an ISO 4217 currency code such as USD or CNY."
        ) from None
    figures = {key: parse_amount(cell_of(cells, key), FIELDS[key]) for key in PERCENTILE_FIELDS}
    if all(value is None for value in figures.values()):
        raise _RowError("The row has no pay figures in the percentile columns.")
    sample_text = _text(cell_of(cells, "sample_size"))
    sample: int | None = None
    if sample_text:
        try:
            sample = int(Decimal(sample_text.replace(",", "")))
        except (InvalidOperation, ValueError):
            raise _RowError(f"Sample size '{sample_text}' is not a whole number.") from None
        if sample < 1:
            raise _RowError(f"Sample size '{sample_text}' must be at least 1.")
    return Benchmark(
        market_id=market_id,
        job_family=job_family[:500],
        level=parse_level(cell_of(cells, "level")),
        currency=currency,
        period=_parse_period(cell_of(cells, "period")),
        source=_text(cell_of(cells, "source")) or default_source,
        as_of=parse_date(cell_of(cells, "as_of")),
        sample_size=sample,
        notes=_text(cell_of(cells, "notes")),
        total_basis=total_basis,
        **figures,
    )
