"""Reading a pay-survey file (CSV or XLSX) into a header and rows of cells, refusing what we should not.

Refused before anything is parsed: devices, pipes and folders; files over the size cap; old
``.xls`` and password-protected workbooks (OLE files); zips that are not workbooks, zip bombs,
workbooks whose sheets unpack to too much or hold too many rows (counted on the raw XML).  While
parsing, the :class:`ImportBudget` is checked, rows (empty ones included) are capped, and the XML
protections of ``defusedxml`` are explained in words.  The CSV delimiter is guessed from a
bounded sample by counting fields (``csv.Sniffer`` took 30 s on 60 KB of quotes and commas).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from hireplan.i18n import N_, _
from hireplan.storage.import_limits import (
    MAX_COLUMNS,
    MAX_COMPRESSION_RATIO,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_SHEET_BYTES,
    MAX_SHEET_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
    BenchmarkImportError,
    CancelFlag,
    ImportBudget,
)
from hireplan.storage.jsonio import FileTooLargeError, read_limited

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
SNIFF_LINES = 20
SNIFF_CHARS = 16 * 1024
"""The delimiter is guessed from at most this many lines and characters of the file's start."""

Cell = str | Decimal | int | float | date | datetime | bool | None


@dataclass(frozen=True, slots=True)
class Table:
    """A file's cells: the header row and the data rows, each row with its number in the file."""

    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    description: str = ""
    """E.g. ``"CSV, semicolon-separated, read as GB18030/GBK"`` or ``"sheet 'Pay' (first of 3)"``."""
    sheets: tuple[str, ...] = ()
    """A workbook's sheet names, in order (empty for CSV): what the import can read instead."""
    encoding: str = ""
    """The text encoding a CSV was read in (``UTF-8``, ``GB18030/GBK``, ``Big5``...); empty for XLSX."""


def read_table(
    path: Path, *, sheet: str | None = None, cancel: CancelFlag | None = None, deadline: float | None = None
) -> Table:
    """Read a CSV or XLSX file; raises :class:`BenchmarkImportError` with a message on refusal.

    ``sheet`` names the workbook's sheet to read (default: the first); the table lists them all in
    :attr:`Table.sheets`, so the person can pick another.

    ``cancel`` (e.g. a ``threading.Event``) and ``deadline`` (a ``time.monotonic()`` value) are
    checked while rows are read: :class:`ImportStoppedError` when either says stop.
    """
    budget = ImportBudget(cancel=cancel, deadline=deadline)
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise BenchmarkImportError(
            _(
                "{name} is an old-style Excel file (.xls), which is not supported. "
                "Open it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8)."
            ).format(name=name)
        )
    try:
        data = read_limited(path, MAX_FILE_BYTES)
    except FileTooLargeError as error:
        raise BenchmarkImportError(
            _(
                "{name} is {size} MB; survey files to import must be under "
                "{limit} MB. Export only the rows you need."
            ).format(name=name, size=f"{error.size / 1024 / 1024:.1f}", limit=MAX_FILE_BYTES // 1024 // 1024)
        ) from None
    except OSError as error:
        reason = str(error) if error.errno is None or not error.strerror else error.strerror
        raise BenchmarkImportError(
            _("{name} cannot be read: {reason}.").format(name=name, reason=reason)
        ) from None
    if data.startswith(OLE_MAGIC):
        raise BenchmarkImportError(
            _(
                "{name} is either password-protected or an old-style Excel file. Remove the password "
                "(or open and re-save it) as an .xlsx workbook or a CSV file, then import that."
            ).format(name=name)
        )
    if data.startswith(ZIP_MAGIC) or suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(name, data, budget, sheet)
    return _read_csv(name, data, budget)


# --------------------------------------------------------------------------- CSV


LEGACY_ENCODINGS: dict[str, str] = {"gb18030": "GB18030/GBK", "big5": "Big5", "cp1252": "Windows-1252"}
"""What Excel writes a CSV in when not told UTF-8: simplified Chinese Windows (GBK, of which GB18030
is the superset), traditional Chinese Windows (Big5), Western Windows. The detector only weighs these,
so a short Western file is not taken for Central European (cp1250) or the like."""


def _decode(name: str, data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in, by BOM, then strict UTF-8, then detection."""
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig"), "UTF-8 (with BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise BenchmarkImportError(
                _("{name} starts as UTF-16 text but is not valid UTF-16.").format(name=name)
            ) from None
    if b"\x00" in data[:65536]:
        raise BenchmarkImportError(_("{name} does not look like a text (CSV) file.").format(name=name))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # loaded only for a file that is not UTF-8

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.encoding not in LEGACY_ENCODINGS:
        raise BenchmarkImportError(
            _(
                "{name} is not UTF-8 text, and not GBK, Big5 or Windows-1252 either. "
                "Save it again as 'CSV UTF-8' and import that."
            ).format(name=name)
        )
    return str(best), LEGACY_ENCODINGS[best.encoding]


DELIMITER_NAMES = {
    ",": N_("CSV, comma-separated, read as {encoding}"),
    ";": N_("CSV, semicolon-separated, read as {encoding}"),
    "\t": N_("CSV, tab-separated, read as {encoding}"),
    "|": N_("CSV, bar-separated, read as {encoding}"),
}
"""The delimiters a CSV may use, each with how the import describes such a file."""

ENCODING_LABELS: dict[str, str] = {
    "UTF-8": N_("UTF-8"),
    "UTF-8 (with BOM)": N_("UTF-8 (with BOM)"),
    "UTF-16": N_("UTF-16"),
    "GB18030/GBK": N_("GBK (Simplified Chinese)"),
    "Big5": N_("Big5 (Traditional Chinese)"),
    "Windows-1252": N_("Windows-1252 (Western European)"),
}
"""How a person is told which encoding a CSV was read in: the name Excel's Save As shows, and the
script it is for, since "GB18030/GBK" alone means little to most readers."""


def encoding_label(encoding: str) -> str:
    """``GB18030/GBK`` -> ``GBK (Simplified Chinese)``, in the current language."""
    label = ENCODING_LABELS.get(encoding)
    return _(label) if label else encoding


def guess_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of fields (most fields wins).

    Linear in a bounded sample: the first :data:`SNIFF_LINES` lines within :data:`SNIFF_CHARS`.
    Comma when nothing splits the lines consistently.
    """
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rfind("\n")]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITER_NAMES:
        try:
            lines = [row for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if row]
        except csv.Error:
            continue
        lines = lines[:SNIFF_LINES]
        if not lines:
            continue
        width = len(lines[0])
        agreeing = sum(1 for row in lines if len(row) == width)
        score = (agreeing, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(name: str, data: bytes, budget: ImportBudget) -> Table:
    text, encoding = _decode(name, data)
    delimiter = guess_delimiter(text)
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    headers: tuple[str, ...] | None = None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, raw in enumerate(reader, start=1):
            budget.rows(number)
            cells = tuple(cell.strip() for cell in raw[:MAX_COLUMNS])
            if not any(cells):
                continue
            if headers is None:
                headers = header_names(cells)
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise BenchmarkImportError(_too_many_rows(name))
    except csv.Error as error:
        raise BenchmarkImportError(
            _("{name} could not be read as CSV: {problem}.").format(name=name, problem=error)
        ) from None
    if headers is None:
        raise BenchmarkImportError(_("{name} is empty: there is no header row to map.").format(name=name))
    separated = DELIMITER_NAMES.get(delimiter)
    if separated is None:
        description = _("CSV, read as {encoding}").format(encoding=encoding_label(encoding))
    else:
        description = _(separated).format(encoding=encoding_label(encoding))
    return Table(headers, tuple(rows), description, encoding=encoding)


def _too_many_rows(name: str) -> str:
    return _("{name} has more than {limit} rows; split it or export only the rows you need.").format(
        name=name, limit=f"{MAX_ROWS:,}"
    )


def header_names(cells: Sequence[Cell]) -> tuple[str, ...]:
    """The header row's names, ``Column 3`` for a blank one inside it; blank cells after the last
    heading are no columns (a sheet's rows are read padded to a fixed width)."""
    texts = ["" if cell is None else str(cell).strip() for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    cells = texts
    names = []
    for position, cell in enumerate(cells, start=1):
        text = "" if cell is None else str(cell).strip()
        names.append(text or _("Column {number}").format(number=position))
    return tuple(names)


# --------------------------------------------------------------------------- XLSX


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


def _read_xlsx(name: str, data: bytes, budget: ImportBudget, wanted: str | None = None) -> Table:
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
) -> tuple[tuple[str, ...] | None, list[tuple[int, tuple[Cell, ...]]]]:
    headers: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        iterate = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)  # type: ignore[attr-defined]
        for number, values in enumerate(iterate, start=1):
            budget.rows(number)
            if number > MAX_SHEET_ROWS:
                raise BenchmarkImportError(_too_many_sheet_rows(name))
            cells: tuple[Cell, ...] = tuple(v.strip() if isinstance(v, str) else v for v in values)
            if not any(c not in (None, "") for c in cells):
                continue
            if headers is None:
                headers = header_names(cells)
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise BenchmarkImportError(_too_many_rows(name))
    return headers, rows
