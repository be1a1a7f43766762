"""Tab-separated text as spreadsheets put on the clipboard and read from it.

Excel, LibreOffice and Google Sheets all copy a range as lines of tab-separated cells, and quote a
cell that holds a tab, a line break or a double quote in double quotes, with each quote inside
doubled (the cell ``say "hi"`` is written ``"say ""hi"" "`` without the last space).
:func:`to_tsv` writes that and :func:`parse_tsv` reads it back, so a cell survives the round trip
whatever it holds. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_NEEDS_QUOTES = ("\t", "\n", "\r", '"')


def _quoted(cell: str) -> str:
    if any(mark in cell for mark in _NEEDS_QUOTES):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def to_tsv(rows: Iterable[Sequence[str]]) -> str:
    """``rows`` as tab-separated lines, each ending in a line break (as spreadsheets copy them)."""
    return "".join("\t".join(_quoted(cell) for cell in row) + "\n" for row in rows)


def parse_tsv(text: str) -> list[list[str]]:
    """The rows of cells in ``text``; quoted cells may hold tabs, line breaks and doubled quotes.

    Line ends may be ``\\n``, ``\\r\\n`` or ``\\r``; a final line break adds no empty row, and rows
    whose cells are all empty are left out (a spreadsheet's blank lines).
    """
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    quoted = False  # inside a quoted cell
    at_start = True  # nothing read yet in this cell
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if quoted:
            if char == '"':
                if index + 1 < length and text[index + 1] == '"':
                    cell.append('"')
                    index += 1
                else:
                    quoted = False
            else:
                cell.append(char)
        elif char == '"' and at_start:
            quoted = True
            at_start = False
        elif char == "\t":
            row.append("".join(cell))
            cell, at_start = [], True
        elif char in "\r\n":
            if char == "\r" and index + 1 < length and text[index + 1] == "\n":
                index += 1
            row.append("".join(cell))
            rows.append(row)
            row, cell, at_start = [], [], True
        else:
            cell.append(char)
            at_start = False
        index += 1
    if cell or row or not at_start:
        row.append("".join(cell))
        rows.append(row)
    return [row for row in rows if any(value.strip() for value in row)]
