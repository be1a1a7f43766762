"""Figures read and typed the way each language writes them (docs/calculations.md, section 13).

The page's ``figures-example`` block is the contract: every figure it shows and every amount it says
a field reads (or refuses) is checked here, in English and in Chinese.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import pytest

from helpers.paths import REPO
from hireplan.analysis.format import format_money, format_signed_money
from hireplan.i18n import using_language
from hireplan.locale_figures import AmountError, currency_name, parse_amount
from hireplan.storage.benchmark_cells import parse_amount as parse_survey_amount

DOC = REPO / "docs" / "calculations.md"


def _example() -> Any:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"```json figures-example\n(.*?)```", text, re.DOTALL)
    assert match, "docs/calculations.md has no ```json figures-example block"
    return json.loads(match.group(1))


EXAMPLE = _example()


@pytest.mark.parametrize("row", EXAMPLE["shown"], ids=lambda row: row["en"])
def test_money_is_shown_as_each_language_writes_it(row: dict[str, str]) -> None:
    amount = Decimal(row["amount"])
    assert format_money(amount, row["currency"]) == row["en"]
    with using_language("zh_CN"):
        assert format_money(amount, row["currency"]) == row["zh_CN"]


@pytest.mark.parametrize("row", EXAMPLE["typed"], ids=lambda row: row["text"])
def test_what_a_person_types_is_read_exactly_in_either_language(row: dict[str, str]) -> None:
    for language in ("en", "zh_CN"):
        with using_language(language):
            assert parse_amount(row["text"], currency=row["currency"]) == Decimal(row["amount"])
    # A survey cell or a pasted row reads the same amounts.
    assert parse_survey_amount(row["text"], "Base P50") == Decimal(row["amount"])


@pytest.mark.parametrize("row", EXAMPLE["refused"], ids=lambda row: row["text"])
def test_anything_else_is_refused_with_a_sentence(row: dict[str, str]) -> None:
    with pytest.raises(AmountError) as english:
        parse_amount(row["text"], currency=row["currency"])
    with using_language("zh_CN"), pytest.raises(AmountError) as chinese:
        parse_amount(row["text"], currency=row["currency"])
    assert str(english.value).endswith(".") and str(chinese.value).endswith("。")
    assert re.search(r"[\u4e00-\u9fff]", str(chinese.value))


def test_the_refusals_say_what_to_do() -> None:
    with pytest.raises(AmountError, match=r"'\$250,000' is written in \$, but this amount is in CNY\."):
        parse_amount("$250,000", currency="CNY")
    with (
        using_language("zh_CN"),
        pytest.raises(AmountError, match="“约30”不是金额；请填写数字，例如 250,000、250k 或 30万"),
    ):
        parse_amount("约30", currency="CNY")
    assert parse_amount("", allow_empty=True) is None
    assert parse_amount("") == Decimal(0)


def test_signed_gaps_keep_the_sign_in_front_in_both_languages() -> None:
    assert format_signed_money(Decimal(-3500), "USD") == "-USD 3,500"
    with using_language("zh_CN"):
        assert format_signed_money(Decimal(12000), "USD") == "+12,000 美元"
        assert currency_name("CNY") == "人民币" and currency_name("XYZ") == "XYZ"
    assert currency_name("CNY") == "CNY"
