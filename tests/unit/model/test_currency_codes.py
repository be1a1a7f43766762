"""Currency codes: ISO 4217 as Babel lists it, with a shortcut for the codes plans use most."""

from __future__ import annotations

import pytest

from hireplan.model.currency import (
    COMMON_CODES,
    alias_notes,
    iso_codes,
    may_name_an_alias,
    normalise_currency,
)


def test_common_currency_codes_are_all_iso_codes_in_babels_list() -> None:
    """The codes accepted without reading Babel's list are all in it: the shortcut changes when
    the list is read, never which codes a plan may hold."""
    assert iso_codes() >= COMMON_CODES
    assert {normalise_currency(code) for code in COMMON_CODES} == COMMON_CODES


def test_a_code_outside_the_shortcut_is_still_checked_against_babels_list() -> None:
    assert normalise_currency("NZD") == "NZD" and "NZD" not in COMMON_CODES
    assert normalise_currency("RMB") == "CNY"
    with pytest.raises(ValueError, match="ISO 4217"):
        normalise_currency("XYZ")


def test_a_file_is_walked_for_currency_aliases_only_when_its_bytes_can_hold_one() -> None:
    """Skipping the walk must never skip a note: any spelling of RMB, or escaped text, is walked."""
    assert not may_name_an_alias(b'{"currency": "CNY", "title": "Hangzhou"}')
    assert may_name_an_alias(b'{"currency": "rmb"}')
    assert may_name_an_alias(b'{"currency": "\\u0052MB"}')  # "RMB" written with an escape
    assert alias_notes({"offers": [{"currency": "RMB"}]})
