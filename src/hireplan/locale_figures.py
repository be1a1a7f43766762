"""Figures as each language writes and types them: grouped numbers, money with its currency, and
the amounts a person types into a field or a survey cell (``250,000``, ``$250k``, ``30万``).

Qt-free and plan-free, beside :mod:`hireplan.i18n` at the bottom of the package, so the analysis'
formatting (the exports, the CLI, the window's tables) and every place that reads a typed amount
(the window's money field, pasted rows, survey imports) follow one set of rules. See
docs/calculations.md, "Figures in each language".

The rules, per language:

* **Grouping**: both languages group thousands with a comma and use a point for decimals
  (``1,250,000.50``). Chinese compensation surveys, offer letters and finance workbooks write figures
  this way; ``万`` is how people *say* and *type* large amounts, not how a table lines them up.
* **Money**: English puts the ISO code first, ``USD 250,000`` (a symbol would be ambiguous: CNY and JPY
  share ``¥``). Chinese puts the figure first and names the currency after it, as a Chinese analyst
  writes it in a report: ``250,000 美元``, ``1,200,000 人民币``; a currency without a common Chinese name
  keeps its code (``250,000 CHF``), and PPP international dollars are ``国际元``.
* **Typing**: a field reads digits with any grouping commas or spaces (full-width ones too), one
  decimal point, an optional currency symbol, ISO code or Chinese currency name that matches the
  field's currency, and a unit: ``k`` (thousand), ``万`` (ten thousand) or ``亿`` (hundred million), in
  either language: ``30万`` is 300,000 and ``1.5万`` is 15,000. Anything else is refused with a
  sentence that says what to type.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from hireplan.i18n import CHINESE, _, current_language

NOT_A_NUMBER = "n/a"
"""Shown for a figure that is not a finite number; display never raises."""

ZERO_DECIMAL_CURRENCIES = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "IDR"})
"""Currencies with no minor unit in use: always shown in whole units."""

CHINESE_CURRENCY_NAMES: dict[str, str] = {
    "CNY": "人民币",
    "USD": "美元",
    "HKD": "港元",
    "TWD": "新台币",
    "SGD": "新加坡元",
    "JPY": "日元",
    "KRW": "韩元",
    "GBP": "英镑",
    "EUR": "欧元",
    "CHF": "瑞士法郎",
    "CAD": "加元",
    "AUD": "澳元",
    "INR": "印度卢比",
    "INT$": "国际元",
}
"""The names a Chinese compensation report puts after a figure (those of the People's Bank of China's
published rates); other currencies keep their ISO code."""

_SYMBOLS: dict[str, frozenset[str]] = {
    "$": frozenset({"USD", "SGD", "HKD", "TWD", "CAD", "AUD", "INT$"}),
    "US$": frozenset({"USD"}),
    "S$": frozenset({"SGD"}),
    "HK$": frozenset({"HKD"}),
    "NT$": frozenset({"TWD"}),
    "¥": frozenset({"CNY", "JPY"}),
    "元": frozenset({"CNY"}),
    "块": frozenset({"CNY"}),
    "RMB": frozenset({"CNY"}),
    "£": frozenset({"GBP"}),
    "€": frozenset({"EUR"}),
    "₩": frozenset({"KRW"}),
    "₹": frozenset({"INR"}),
}
"""Symbols and everyday words that stand for a currency, each with the codes it can mean."""

UNITS: dict[str, Decimal] = {
    "k": Decimal(1000),
    "千": Decimal(1000),
    "万": Decimal(10_000),
    "亿": Decimal(10) ** 8,
}
"""Units a person may type after the digits; ``万`` is ten thousand, so ``30万`` is 300,000."""

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_MAX_TYPED_CHARS = 60


# --------------------------------------------------------------------------- showing


def quantize(value: Decimal, places: int) -> Decimal:
    """Round half away from zero, as people expect on a pay slip (not banker's rounding).

    Works at whatever precision the figure needs (``quantize`` would raise past the context's 28
    digits), and returns a value that is not finite as it is, so display never fails.
    """
    if not value.is_finite():
        return value
    exponent = Decimal(1).scaleb(-places)
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + places + 3)
        return value.quantize(exponent, rounding=ROUND_HALF_UP)


def format_number(value: Decimal, places: int = 0) -> str:
    """``1234567.891`` -> ``1,234,567`` (places=0) or ``1,234,567.89`` (places=2), in both languages."""
    if not value.is_finite():
        return NOT_A_NUMBER
    rounded = quantize(value, places)
    if rounded == 0:
        rounded = abs(rounded)  # never show "-0"
    return f"{rounded:,.{places}f}"


def currency_name(currency: str) -> str:
    """How the current language names ``currency`` beside a figure: ``USD`` / ``美元``."""
    if current_language() == CHINESE:
        return CHINESE_CURRENCY_NAMES.get(currency, currency)
    return currency


def format_money(amount: Decimal, currency: str, places: int | None = None) -> str:
    """``USD 250,000`` in English, ``250,000 美元`` in Chinese; whole units unless ``places`` says.

    Pay is planned in whole units, and currencies without a minor unit (JPY, KRW...) never show one.
    """
    places = 0 if places is None or currency in ZERO_DECIMAL_CURRENCIES else places
    number = format_number(amount, places)
    if current_language() == CHINESE:
        return f"{number} {currency_name(currency)}"
    return f"{currency} {number}"


def format_signed_money(amount: Decimal, currency: str, places: int | None = None) -> str:
    """``+USD 12,000`` / ``-3,500 美元``: for gaps, where the sign is the point."""
    text = format_money(abs(amount), currency, places)
    if not amount.is_finite() or quantize(amount, places or 0) == 0:
        return text
    return ("+" if amount > 0 else "-") + text


# --------------------------------------------------------------------------- reading what was typed


class AmountError(ValueError):
    """What was typed is not an amount this field takes; the message says what to type instead."""


def _currency_words(currency: str) -> dict[str, frozenset[str]]:
    """Every word or symbol that may stand beside a figure, longest first, with the codes it means."""
    words: dict[str, frozenset[str]] = dict(_SYMBOLS)
    for code, name in CHINESE_CURRENCY_NAMES.items():
        words[name] = frozenset({code})
    for code in {currency, "USD", "CNY", "RMB", "EUR", "GBP", "SGD", "HKD", "JPY"} - {""}:
        words.setdefault(code, frozenset({"CNY" if code == "RMB" else code}))
    return dict(sorted(words.items(), key=lambda item: -len(item[0])))


def _strip_currency(text: str, currency: str, shown: str) -> tuple[str, str | None]:
    """``text`` without the currency word at its start or end, and the word found (None if none)."""
    upper = text.upper()
    for word, codes in _currency_words(currency).items():
        key = word.upper()
        if upper.startswith(key):
            rest = text[len(word) :]
        elif upper.endswith(key):
            rest = text[: -len(word)]
        else:
            continue
        if currency and currency not in codes:
            raise AmountError(
                _("'{text}' is written in {found}, but this amount is in {currency}.").format(
                    text=shown, found=word, currency=currency_name(currency)
                )
            )
        return rest.strip(), word
    return text, None


def parse_amount(text: str, *, currency: str = "", allow_empty: bool = False) -> Decimal | None:
    """The amount a person typed, as an exact Decimal; :class:`AmountError` with the reason otherwise.

    ``"1,250,000.50"``, ``"$250,000"``, ``"USD 250k"``, ``"30万"``, ``"1.5万元"``, ``"￥３０万"`` are all
    read (a currency word must match ``currency`` when one is given). Empty is None when
    ``allow_empty``, else zero. Negative amounts are refused: pay is never below zero.
    """
    shown = text.strip()
    cleaned = unicodedata.normalize("NFKC", shown)  # full-width digits, commas and points
    cleaned = re.sub(r"[\s\u00a0\u202f,'_]", "", cleaned)
    if not cleaned:
        if allow_empty:
            return None
        return Decimal(0)
    if len(cleaned) > _MAX_TYPED_CHARS:
        raise AmountError(_("This is far longer than any amount; write digits such as 250,000."))
    cleaned, _word = _strip_currency(cleaned, currency, shown)
    for word in ("元", "块"):  # 30万元: the unit sits before the currency word
        cleaned = cleaned.removesuffix(word)
    multiplier = Decimal(1)
    for unit, factor in UNITS.items():
        if cleaned.lower().endswith(unit):
            cleaned, multiplier = cleaned[: -len(unit)], factor
            break
    cleaned, _word = _strip_currency(cleaned, currency, shown)  # $30万, ¥1.5万
    if not _NUMBER.match(cleaned):
        raise AmountError(_not_an_amount(shown))
    try:
        value = Decimal(cleaned) * multiplier
    except InvalidOperation:  # pragma: no cover - the pattern only lets plain decimals through
        raise AmountError(_not_an_amount(shown)) from None
    if value < 0:
        raise AmountError(_("An amount cannot be negative ({text}).").format(text=shown))
    if multiplier != 1 and value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # 1.5万 is 15000, not 15000.0
    return value


def _not_an_amount(text: str) -> str:
    return _("'{text}' is not an amount; write digits such as 250,000, 250k or 30万 (300,000).").format(
        text=text[:40]
    )
