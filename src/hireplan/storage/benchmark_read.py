"""Reading a pay-survey file (CSV or XLSX) into a header and rows of cells, refusing what we should not.

Refused before anything is parsed: devices, pipes and folders; files over the size cap; old
``.xls`` and password-protected workbooks (OLE files); zips that are not workbooks, zip bombs,
workbooks whose sheets unpack to too much or hold too many rows (counted on the raw XML, in
:mod:`hireplan.storage.benchmark_workbook`, which reads XLSX; CSV is read here).  While parsing,
the :class:`ImportBudget` is checked, rows (empty ones included) are capped, and the XML
protections of ``defusedxml`` are explained in words.  The CSV delimiter is guessed from a
bounded sample by counting fields (``csv.Sniffer`` took 30 s on 60 KB of quotes and commas).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path

from hireplan.i18n import N_, _
from hireplan.storage.benchmark_table import NumberedRow, Table, header_and_rows
from hireplan.storage.benchmark_workbook import read_workbook
from hireplan.storage.import_limits import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
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
        return read_workbook(name, data, budget, sheet)
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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def lines() -> Iterator[NumberedRow]:
        for number, raw in enumerate(reader, start=1):
            budget.rows(number)
            yield number, tuple(cell.strip() for cell in raw[:MAX_COLUMNS])

    try:
        headers, rows = header_and_rows(name, lines())
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
