"""Reading a pay-survey workbook (XLSX) into a :class:`~hireplan.storage.benchmark_table.Table`,
refusing what we should not: zips that are not workbooks, zip bombs, sheets that unpack to too much
or hold too many rows (counted on the raw XML), and XML that ``defusedxml`` protects against,
explained in words.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator

from hireplan.i18n import _
from hireplan.storage.benchmark_table import Cell, NumberedRow, Table, header_and_rows
from hireplan.storage.import_limits import (
    MAX_COLUMNS,
    MAX_COMPRESSION_RATIO,
    MAX_SHEET_BYTES,
    MAX_SHEET_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
    BenchmarkImportError,
    ImportBudget,
)


def _check_zip(name: str, archive: zipfile.ZipFile) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise BenchmarkImportError(
            _("{name} holds {count} parts; a workbook has far fewer.").format(
                name=name, count=f"{len(entries):,}"
            )
        )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        if "EncryptionInfo" in names or "EncryptedPackage" in names:
            raise BenchmarkImportError(
                _("{name} is password-protected. Remove the password and try again.").format(name=name)
            )
        raise BenchmarkImportError(
            _("{name} is a zip archive but not an Excel workbook (.xlsx).").format(name=name)
        )
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise BenchmarkImportError(
                _("{name} is password-protected. Remove the password and try again.").format(name=name)
            )
        total += entry.file_size
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_COMPRESSION_RATIO * max(
            entry.compress_size, 1
        ):
            raise BenchmarkImportError(
                _("{name} unpacks to far more data than it holds (a 'zip bomb'); it was not opened.").format(
                    name=name
                )
            )
        if entry.file_size > MAX_SHEET_BYTES and entry.filename.startswith("xl/"):
            raise BenchmarkImportError(
                _(
                    "{name} has a part that unpacks to {size} MB, more than a "
                    "survey sheet needs; it was not opened. Export only the rows you need."
                ).format(name=name, size=f"{entry.file_size / 1024 / 1024:.0f}")
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise BenchmarkImportError(
            _(
                "{name} would unpack to {size} MB, more than a survey workbook needs; it was not opened."
            ).format(name=name, size=f"{total / 1024 / 1024:.0f}")
        )
    sheets = [e for e in entries if e.filename.startswith("xl/worksheets/") and e.filename.endswith(".xml")]
    if any(_row_count(archive, entry) > MAX_SHEET_ROWS for entry in sheets):
        raise BenchmarkImportError(_too_many_sheet_rows(name))


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")


def _row_count(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> int:
    """Rows (empty ones included) a worksheet part holds, counted on its XML before any parsing."""
    count = 0
    carry = b""
    with archive.open(entry) as part:
        while chunk := part.read(1024 * 1024):
            text = carry + chunk
            count += sum(1 for match in _ROW_TAG.finditer(text) if match.end() > len(carry))
            carry = text[-64:]
            if count > MAX_SHEET_ROWS:
                break
    return count


def _too_many_sheet_rows(name: str) -> str:
    return _(
        "{name} has a sheet with more than {limit} rows (empty ones included); copy the "
        "rows you need into a new workbook or a CSV file and import that."
    ).format(name=name, limit=f"{MAX_SHEET_ROWS:,}")


def _causes(error: BaseException) -> list[str]:
    """The class names along ``error``'s chain of causes (openpyxl wraps defusedxml's refusals)."""
    names: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        names.append(type(current).__name__)
        current = current.__cause__ or current.__context__
    return names


def _refusal(name: str, error: Exception) -> str:
    """Why openpyxl (guarded by defusedxml) refused the workbook, in words."""
    causes = _causes(error)
    kind = next((cause for cause in causes if cause.endswith("Forbidden")), causes[0])
    if kind == "EntitiesForbidden":
        return _(
            "{name} contains an XML entity expansion (a way to make a program run out of memory) "
            "and was refused. Open it in Excel or LibreOffice, save it again, and import that copy."
        ).format(name=name)
    if kind == "ExternalReferenceForbidden":
        return _(
            "{name} contains a reference to an outside file or address (an XML external entity) "
            "and was refused. Open it in Excel or LibreOffice, save it again, and import that copy."
        ).format(name=name)
    if kind == "DTDForbidden":
        return _(
            "{name} contains an XML document type declaration, which real workbooks do not, and "
            "was refused. Open it in Excel or LibreOffice, save it again, and import that copy."
        ).format(name=name)
    if isinstance(error, (zipfile.BadZipFile, KeyError, EOFError)):
        return _("{name} is damaged: a part of the workbook is missing or cut short.").format(name=name)
    if isinstance(error, ValueError) and "digits" in str(error):
        return _(
            "{name} holds a number with thousands of digits, which no survey figure has; it was refused."
        ).format(name=name)
    if isinstance(error, MemoryError):
        return _("{name} is too large to read; export only the rows you need.").format(name=name)
    return _(
        "{name} could not be read as a workbook: it may be damaged or made by an unusual program."
    ).format(name=name)


def read_workbook(name: str, data: bytes, budget: ImportBudget, wanted: str | None = None) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_zip(name, archive)
    except zipfile.BadZipFile:
        raise BenchmarkImportError(
            _("{name} is damaged or not an Excel workbook.").format(name=name)
        ) from None
    from openpyxl import load_workbook  # only the import needs openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged or hostile file
        raise BenchmarkImportError(_refusal(name, error)) from None
    try:
        sheets = workbook.worksheets
        if not sheets:
            raise BenchmarkImportError(_("{name} has no worksheets.").format(name=name))
        names = tuple(str(each.title) for each in sheets)
        if wanted is not None and wanted not in names:
            raise BenchmarkImportError(
                _("{name} has no sheet called '{sheet}' (its sheets: {sheets}).").format(
                    name=name, sheet=wanted, sheets=_(", ").join(names)
                )
            )
        sheet = sheets[names.index(wanted)] if wanted is not None else sheets[0]
        # read_only trusts the file's <dimension>, which other tools often write as A1:A1;
        # forget it so every row is read (the row caps below still apply).
        reset = getattr(sheet, "reset_dimensions", None)
        if reset is not None:
            reset()
        headers, rows = _sheet_rows(name, sheet, budget)
    except BenchmarkImportError:
        raise
    except Exception as error:
        raise BenchmarkImportError(_refusal(name, error)) from None
    finally:
        workbook.close()
    if headers is None:
        raise BenchmarkImportError(
            _("{name}: the sheet '{sheet}' is empty; there is no header row to map.").format(
                name=name, sheet=sheet.title
            )
        )
    title = str(sheet.title)
    if len(names) > 1:
        description = _("Excel workbook, sheet '{sheet}' ({number} of {count})").format(
            sheet=title, number=names.index(title) + 1, count=len(names)
        )
    else:
        description = _("Excel workbook, sheet '{sheet}'").format(sheet=title)
    return Table(headers, tuple(rows), description, sheets=names)


def _sheet_rows(
    name: str, sheet: object, budget: ImportBudget
) -> tuple[tuple[str, ...] | None, list[NumberedRow]]:
    def lines() -> Iterator[NumberedRow]:
        iterate = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)  # type: ignore[attr-defined]
        for number, values in enumerate(iterate, start=1):
            budget.rows(number)
            if number > MAX_SHEET_ROWS:
                raise BenchmarkImportError(_too_many_sheet_rows(name))
            cells: tuple[Cell, ...] = tuple(v.strip() if isinstance(v, str) else v for v in values)
            yield number, cells

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return header_and_rows(name, lines())
