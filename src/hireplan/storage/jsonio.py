"""Turning file bytes into a JSON object safely, and a plan's data back into exact JSON text.

Files come from e-mail, shared drives and other tools, so decoding refuses, with a message a
person understands, everything that would otherwise crash, hang or silently change a figure:
oversized files, non-UTF-8 text, broken JSON, absurd nesting, numbers too long to be real
and ``NaN``.  Amounts are read as :class:`~decimal.Decimal` so nothing passes through a float.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import Any

import pydantic_core

from hireplan.atomic import TargetRefusedError, not_a_file
from hireplan.i18n import N_, _
from hireplan.storage.errors import PlanFileError, format_location

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Largest plan or template file accepted; a real plan with thousands of items is a few MB."""

MAX_DEPTH = 64
"""Deepest nesting of objects and lists accepted; a plan needs about eight levels."""

MAX_NUMBER_CHARS = 100
"""Longest number accepted, in characters; amounts are capped at 10^12 anyway."""

MAX_EXPONENT = 100
"""Largest power of ten accepted in a number such as 1e100; bigger ones would make checks slow."""

_BOM = b"\xef\xbb\xbf"


class _RefusedError(Exception):
    """Raised from inside the JSON parser's hooks; caught by :func:`decode_json_object`.

    ``text`` is the offending source text, used to point at its line; None when unknown.
    """

    def __init__(self, text: str | None, reason: str) -> None:
        super().__init__(reason)
        self.text = text
        self.reason = reason


def _line_col(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return _("line {line}, column {column}").format(line=line, column=column)


@dataclass(frozen=True, slots=True)
class _Refused:
    """Stands in for a number the decoder refused, so the refusal can name its place in the plan."""

    text: str
    reason: str


def _number_problem(text: str) -> str | None:
    """Why the JSON number ``text`` is refused before any conversion, or None when it is fine."""
    if len(text) > MAX_NUMBER_CHARS:
        digits = sum(ch.isdigit() for ch in text)
        return _("a number with {count} digits is far larger than any figure a plan can hold").format(
            count=f"{digits:,}"
        )
    return None


class _NumberHooks:
    """The JSON parser's number hooks for one decode: refused numbers are collected, not raised,
    so each can be reported with its place (``roles[0].headcount: ...``)."""

    def __init__(self) -> None:
        self.refused: list[_Refused] = []

    def _refuse(self, text: str, reason: str) -> _Refused:
        marker = _Refused(text, reason)
        self.refused.append(marker)
        return marker

    def parse_int(self, text: str) -> int | _Refused:
        problem = _number_problem(text)
        return self._refuse(text, problem) if problem else int(text)

    def parse_float(self, text: str) -> Decimal | _Refused:
        problem = _number_problem(text)
        if problem:
            return self._refuse(text, problem)
        try:
            number = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the JSON scanner only passes valid numbers
            return self._refuse(text, _("{text} is not a number").format(text=text))
        if number and abs(number.adjusted()) > MAX_EXPONENT:
            reason = _("the number {text} is too large or too small to be a real figure").format(text=text)
            return self._refuse(text, reason)
        return number

    def parse_constant(self, name: str) -> _Refused:
        return self._refuse(
            name,
            _("{name} is not a number hireplan accepts; write a real figure or leave it out").format(
                name=name
            ),
        )


def _refused_places(value: Any) -> list[tuple[tuple[int | str, ...], _Refused]]:
    """Where the refused numbers sit in the decoded data, in document order."""
    found: list[tuple[tuple[int | str, ...], _Refused]] = []
    stack: list[tuple[tuple[int | str, ...], Any]] = [((), value)]
    while stack:
        where, current = stack.pop()
        if isinstance(current, _Refused):
            found.append((where, current))
        elif isinstance(current, dict):
            stack.extend(((*where, key), child) for key, child in reversed(current.items()))
        elif isinstance(current, list):
            stack.extend(((*where, index), child) for index, child in reversed(list(enumerate(current))))
    return found


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build each JSON object, refusing repeated keys (json.loads would silently keep the last)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _RefusedError(
                    None, _('the field "{key}" appears twice in the same object').format(key=key)
                )
            seen.add(key)
    return result


def _depth_exceeds(value: Any, limit: int) -> bool:
    """True when ``value`` nests deeper than ``limit``; iterative, so no recursion limit applies.

    Level by level (the containers at one depth, then those inside them): a third quicker than a
    stack of (container, depth) pairs on a large plan's 5,000 containers, read before every open.
    """
    level: list[Any] = [value] if isinstance(value, (dict, list)) else []
    depth = 1
    while level:
        if depth > limit:
            return True
        inside: list[Any] = []
        for current in level:
            children = current.values() if isinstance(current, dict) else current
            inside.extend([child for child in children if isinstance(child, (dict, list))])
        level = inside
        depth += 1
    return False


def decode_text(data: bytes) -> str:
    """UTF-8 text of ``data`` (a byte-order mark is dropped); refuses empty, huge or non-UTF-8 data."""
    if len(data) > MAX_FILE_BYTES:
        raise PlanFileError(_too_large(len(data)))
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    if not data.strip():
        raise PlanFileError(_("the file is empty"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PlanFileError(
            _(
                "the file is not UTF-8 text (unreadable bytes on line {line}); it may have been saved "
                "in another encoding such as GBK, or it is not a hireplan file"
            ).format(line=line)
        ) from None


def decode_json_object(data: bytes) -> dict[str, Any]:
    """The JSON object stored in ``data``, with every hostile case turned into a PlanFileError."""
    text = decode_text(data)
    hooks = _NumberHooks()
    try:
        value = json.loads(
            text,
            parse_int=hooks.parse_int,
            parse_float=hooks.parse_float,
            parse_constant=hooks.parse_constant,
            object_pairs_hook=_refuse_duplicates,
        )
    except _RefusedError as exc:
        pos = text.find(exc.text) if exc.text else -1
        if pos < 0:
            raise PlanFileError(exc.reason) from None
        raise PlanFileError(_at(_line_col(text, pos), exc.reason)) from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()):
            reason = _("the file ends too early (it may have been cut off while copying or saving)")
        else:
            reason = _("this is not valid JSON: {detail}").format(detail=exc.msg.lower())
        raise PlanFileError(_at(_line_col(text, exc.pos), reason)) from None
    except RecursionError:
        raise PlanFileError(
            _(
                "the data is nested far too deeply (hireplan accepts {count} levels); "
                "this is not a hireplan file"
            ).format(count=MAX_DEPTH)
        ) from None
    except ValueError as exc:  # e.g. Python's own integer-size limit
        raise PlanFileError(_("a value could not be read: {detail}").format(detail=exc)) from None
    if hooks.refused:
        places = _refused_places(value)
        if places and places[0][0]:
            raise PlanFileError([_at(format_location(where), marker.reason) for where, marker in places])
        first = hooks.refused[0]
        raise PlanFileError(_at(_line_col(text, max(text.find(first.text), 0)), first.reason))
    if not isinstance(value, dict):
        if value is None:
            kind = N_("the file holds null, not a hireplan object with named fields")
        elif isinstance(value, bool):
            kind = N_("the file holds true or false, not a hireplan object with named fields")
        elif isinstance(value, int | Decimal):
            kind = N_("the file holds a number, not a hireplan object with named fields")
        elif isinstance(value, list):
            kind = N_("the file holds a list, not a hireplan object with named fields")
        elif isinstance(value, str):
            kind = N_("the file holds a piece of text, not a hireplan object with named fields")
        else:
            kind = N_("the file holds a value, not a hireplan object with named fields")
        raise PlanFileError(_(kind))
    if _depth_exceeds(value, MAX_DEPTH):
        raise PlanFileError(_too_deep())
    return value


def _at(place: str, reason: str) -> str:
    """``line 3, column 5: reason`` (or a place in the plan)."""
    return _("{place}: {problem}").format(place=place, problem=reason)


def _too_deep() -> str:
    return _(
        "the data is nested too deeply (hireplan accepts {count} levels); this is not a hireplan file"
    ).format(count=MAX_DEPTH)


def _too_large(size: int) -> str:
    return _("the file is {size} MB; hireplan opens files up to {limit} MB").format(
        size=f"{size / 1024 / 1024:,.1f}", limit=MAX_FILE_BYTES // 1024 // 1024
    )


# --- writing -------------------------------------------------------------------------------------


def decimal_text(value: Decimal) -> str:
    """A Decimal as a JSON number that reads back as the same Decimal, digits and exponent included."""
    if not value.is_finite():
        raise ValueError(f"{value} cannot be stored in a plan file")
    if value.is_zero() and value.is_signed():
        value = value.copy_abs()
    return str(value)


def _encode(value: Any, indent: str, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, Decimal):
        out.append(decimal_text(value))
    elif isinstance(value, int):
        out.append(str(int(value)))
    elif isinstance(value, Enum):
        _encode(value.value, indent, out)
    elif isinstance(value, date | datetime):
        out.append(f'"{value.isoformat()}"')
    elif isinstance(value, Mapping):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        out.append("{")
        first = True
        for key, child in value.items():
            out.append(f"\n{inner}" if first else f",\n{inner}")
            first = False
            out.append(json.dumps(str(key), ensure_ascii=False))
            out.append(": ")
            _encode(child, inner, out)
        out.append(f"\n{indent}}}")
    elif isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        out.append("[")
        for index, child in enumerate(value):
            out.append(f"\n{inner}" if index == 0 else f",\n{inner}")
            _encode(child, inner, out)
        out.append(f"\n{indent}]")
    elif isinstance(value, float):
        raise TypeError("floats are not stored in plan files; use Decimal")
    else:
        raise TypeError(f"cannot store a {type(value).__name__} in a plan file")


def encode_json_reference(value: Mapping[str, Any]) -> bytes:
    """UTF-8 JSON, indented by two spaces, keys in the order given, Decimals as exact numbers.

    Plain-Python and easy to check, but slow on large plans; :func:`encode_json` gives the same
    bytes about three times faster and falls back to this.
    """
    out: list[str] = []
    _encode(value, "", out)
    out.append("\n")
    return "".join(out).encode("utf-8")


def _tag_decimals(value: Any, tag: str, counter: list[int]) -> Any:
    """A copy of ``value`` with each Decimal turned into the string ``tag + digits``."""
    if isinstance(value, dict):
        return {key: _tag_decimals(child, tag, counter) for key, child in value.items()}
    if isinstance(value, list | tuple):
        return [_tag_decimals(child, tag, counter) for child in value]
    if isinstance(value, Decimal):
        counter[0] += 1
        return tag + decimal_text(value)
    if isinstance(value, float):
        raise TypeError("floats are not stored in plan files; use Decimal")
    return value


def encode_json(value: Mapping[str, Any]) -> bytes:
    """UTF-8 JSON, indented by two spaces, keys in the order given, Decimals as exact numbers.

    pydantic-core's fast serializer writes Decimals as strings, so each Decimal is first replaced
    by a string carrying a random per-call tag, and the tagged strings are then unquoted.  The tag
    cannot occur in user text by chance; if the count of replacements differs anyway, the plain
    encoder is used instead.
    """
    tag = "\x1f" + secrets.token_hex(12) + ":"
    counter = [0]
    tagged = _tag_decimals(value, tag, counter)
    text = pydantic_core.to_json(tagged, indent=2)
    escaped_tag = json.dumps(tag)[1:-1].encode("ascii")
    result, replaced = re.subn(b'"' + re.escape(escaped_tag) + b'([-+.0-9Ee]+)"', rb"\1", text)
    if replaced != counter[0]:  # pragma: no cover - would need user text to contain the random tag
        return encode_json_reference(value)
    return result + b"\n"


# --- reading from disk ---------------------------------------------------------------------------


class FileTooLargeError(OSError):
    """The file is bigger than the reader accepts; ``size`` is what it holds (or at least holds)."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, "file too large")
        self.size = size


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them, or an ``OSError``.

    Refused by type before reading (:class:`hireplan.atomic.TargetRefusedError`): folders, devices such
    as ``/dev/zero`` (which never ends) and named pipes (which block for ever; opened without
    blocking, so a pipe nobody writes to cannot hang the caller).  A file over ``limit`` raises
    :class:`FileTooLargeError`, also when it grows while being read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        reason = not_a_file(path, info.st_mode)
        if reason is not None:
            raise TargetRefusedError(errno.EINVAL, reason)
        if info.st_size > limit:
            raise FileTooLargeError(info.st_size)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileTooLargeError(total)
        return b"".join(chunks)
    finally:
        os.close(fd)


def explain_read_error(exc: OSError, path: Path) -> str:
    """Why ``path`` could not be read, in words a person can act on."""
    if isinstance(exc, TargetRefusedError):
        return _("{reason}; hireplan opens only ordinary files").format(reason=exc.reason)
    if isinstance(exc, FileTooLargeError):
        return _too_large(exc.size)
    if isinstance(exc, FileNotFoundError):
        return _("the file does not exist (was it moved, renamed or deleted?)")
    if isinstance(exc, IsADirectoryError):
        return _("this is a folder, not a file")
    if isinstance(exc, PermissionError):
        return _("permission denied: you are not allowed to read this file")
    if exc.errno == errno.ELOOP:
        return _("this is a symbolic link that loops back on itself")
    reason = exc.strerror or str(exc)
    return _("the system could not read the file ({reason})").format(reason=reason)


def read_file(path: Path) -> bytes:
    """The bytes of ``path``; special files and files over :data:`MAX_FILE_BYTES` refused before reading."""
    try:
        return read_limited(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise PlanFileError(explain_read_error(exc, path), path=path) from None
