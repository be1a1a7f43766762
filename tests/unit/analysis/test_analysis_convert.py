"""Currency conversion: the rate used is the plan's own, stated, and never guessed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hireplan.analysis import Converted, MissingRate
from hireplan.analysis.convert import PPP_UNIT, PppTable, RateTable
from hireplan.model import ExchangeRate, PppFactor

USD_CNY = ExchangeRate(
    id="usd-cny",
    base="USD",
    quote="CNY",
    rate=Decimal("6.7758"),
    as_of=date(2026, 6, 30),
    source="Fed, June 2026",
)
USD_GBP = ExchangeRate(
    id="usd-gbp",
    base="USD",
    quote="GBP",
    rate=Decimal("0.7497"),
    as_of=date(2026, 5, 31),
    source="Fed, May 2026",
)


def test_direct_rate_multiplies_and_carries_its_provenance() -> None:
    result = RateTable([USD_CNY]).convert(Decimal(100), "USD", "CNY")
    assert isinstance(result, Converted)
    assert result.amount == Decimal("677.58")
    assert (result.rate, result.as_of, result.source) == (
        Decimal("6.7758"),
        date(2026, 6, 30),
        "Fed, June 2026",
    )
    assert (result.from_amount, result.from_currency, result.kind) == (Decimal(100), "USD", "nominal")


def test_inverse_rate_divides() -> None:
    result = RateTable([USD_CNY]).convert(Decimal("677.58"), "CNY", "USD")
    assert isinstance(result, Converted)
    assert result.amount == Decimal(100)


def test_cross_rate_goes_through_the_shared_currency_and_keeps_the_oldest_date() -> None:
    result = RateTable([USD_CNY, USD_GBP]).convert(Decimal("6.7758"), "CNY", "GBP")
    assert isinstance(result, Converted)
    assert result.amount == Decimal("0.7497")
    assert result.as_of == date(2026, 5, 31)
    assert "CNY -> USD -> GBP" in result.source and "Fed, June 2026" in result.source


def test_missing_rate_is_reported_not_replaced_by_one() -> None:
    """A user must see that a figure cannot be converted, never a number made with rate 1."""
    result = RateTable([USD_CNY]).convert(Decimal(100), "USD", "SGD")
    assert isinstance(result, MissingRate)
    assert "USD" in result.message and "SGD" in result.message


def test_no_rates_at_all_is_missing_too() -> None:
    assert isinstance(RateTable([]).convert(Decimal(1), "CNY", "USD"), MissingRate)


def test_same_currency_needs_no_rate() -> None:
    result = RateTable([]).convert(Decimal(5), "CNY", "CNY")
    assert isinstance(result, Converted) and result.amount == 5 and result.rate == 1


def test_newest_rate_for_a_pair_wins_whichever_way_it_is_written() -> None:
    older = ExchangeRate(base="CNY", quote="USD", rate=Decimal("0.1"), as_of=date(2025, 1, 1))
    table = RateTable([older, USD_CNY])
    assert table.factor("USD", "CNY") == Decimal("6.7758")
    undated = ExchangeRate(base="USD", quote="CNY", rate=Decimal(7))
    assert RateTable([USD_CNY, undated]).factor("USD", "CNY") == Decimal("6.7758")


def test_ppp_divides_by_the_factor_and_prefers_the_market_country() -> None:
    table = PppTable(
        [
            PppFactor(
                currency="CNY", country="CN", factor=Decimal("3.5325"), as_of=date(2024, 12, 31), source="WB"
            ),
            PppFactor(currency="USD", country="US", factor=Decimal(1)),
            PppFactor(currency="USD", country="PR", factor=Decimal("0.9")),
        ]
    )
    result = table.to_international(Decimal("3.5325"), "CNY", "CN")
    assert isinstance(result, Converted)
    assert (result.amount, result.currency, result.kind, result.source) == (Decimal(1), PPP_UNIT, "ppp", "WB")
    found = table.find("USD", "PR")
    assert found is not None and found.factor == Decimal("0.9")
    assert isinstance(table.to_international(Decimal(1), "GBP"), MissingRate)
