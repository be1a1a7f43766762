"""ISO 4217 currency codes, from Babel's CLDR data rather than a hand-kept list.

Babel is imported the first time a code outside :data:`COMMON_CODES` is checked, not when the
model is imported: reading its currency list costs about 15 ms, which a plan in the currencies
most plans use (dollars, yuan, pounds...) never pays before the window's first paint.
"""

from __future__ import annotations

from functools import cache

from hireplan.i18n import _

ALIASES: dict[str, str] = {"RMB": "CNY"}
"""Everyday names that are not ISO codes, read as the ISO code they mean (renminbi -> yuan)."""


COMMON_CODES = frozenset(
    {"USD", "CNY", "HKD", "TWD", "SGD", "JPY", "KRW", "INR", "EUR", "GBP", "CHF", "CAD", "AUD"}
)
"""The codes plans use most: accepted without reading Babel's list. A test checks that Babel's list
holds each of them, so this is a shortcut, never a second opinion on what ISO 4217 allows."""


@cache
def iso_codes() -> frozenset[str]:
    """Every ISO 4217 code Babel knows (current and historical), upper case."""
    from babel.numbers import list_currencies

    return frozenset(code.upper() for code in list_currencies())


def alias_note(text: str) -> str:
    """A sentence saying how ``text`` is read when it is an alias (``RMB``), else empty."""
    code = text.strip().upper()
    if code in ALIASES:
        return _("{code} is read as {iso}, its ISO 4217 code.").format(code=code, iso=ALIASES[code])
    return ""


def alias_notes(data: object) -> tuple[str, ...]:
    """One :func:`alias_note` per alias found as a currency in raw plan data (a file's JSON), so
    whoever reads the file can say how it was read: validation resolves aliases silently."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if isinstance(key, str) and key.endswith("currency") and isinstance(inner, str):
                    if inner.strip().upper() in ALIASES:
                        found.add(inner.strip().upper())
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(data)
    return tuple(alias_note(code) for code in sorted(found))


def may_name_an_alias(data: bytes) -> bool:
    """False only when no string in ``data`` can be a currency alias (``RMB``, any case): walking
    a large plan's every field for one took a fifth of the time opening it took.

    hireplan writes text as UTF-8, never as ``\\u`` escapes, so in its files an alias shows as its
    own letters; a file with escapes is walked in full.
    """
    if b"\\u" in data:
        return True
    lowered = data.lower()
    return any(alias.lower().encode("ascii") in lowered for alias in ALIASES)


def normalise_currency(value: object) -> object:
    """``value`` as an ISO 4217 code, aliases resolved (``RMB`` -> ``CNY``); ValueError if unknown.

    Codes are upper case in files, as ISO writes them; a field that takes typing upper-cases first.
    Non-strings are returned unchanged for pydantic to refuse with its own message.
    """
    if not isinstance(value, str):
        return value
    code = ALIASES.get(value, value)
    if len(code) != 3 or not code.isascii() or not code.isalpha() or not code.isupper():
        raise ValueError(
            _("'{value}' is not a three-letter currency code in capitals, such as USD or CNY").format(
                value=value
            )
        )
    if code not in COMMON_CODES and code not in iso_codes():
        raise ValueError(
            _("'{value}' is not an ISO 4217 currency code (for example USD, CNY, GBP, SGD)").format(
                value=value
            )
        )
    return code
