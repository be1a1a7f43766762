"""Redaction that cannot be undone by arithmetic: what a redacted brief may say about an offer.

A redacted brief names no candidate (each offer is "<role>, candidate A/B/…"), prints no offer
amount, no exact compa-ratio, percentile or gap, and no market figure (the benchmarks' percentiles)
from which an offer could be worked back out of a band. Positions are given as percentile bands
(``below P25``, ``P25–P50``…) and compa-ratios as bands of 0.10. Text the analysis wrote (flag
messages) goes through :meth:`Redactor.text`, which drops names, amounts, ratios and percentiles.
"""

from __future__ import annotations

import re
import string

from hireplan.analysis import Position
from hireplan.i18n import _
from hireplan.model import Offer, Plan

BAND_EDGES: tuple[int, ...] = (25, 50, 75, 90)

_AMOUNT = re.compile(
    r"(?:\b[A-Z]{3}\$?\s?|INT\$\s?|[$¥£€]\s?)-?\d(?:[\d,.]*\d)?(?:\s?(?:k|m|million|bn)\b)?"
    r"|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b"
    r"|(?<![\d\-.])\d{4,}(?:\.\d+)?(?![\d\-])"
)
_FIGURE = re.compile(r"[-+−]?\d+(?:\.\d+)?\s?%|\b\d+\.\d+\b")
_PERCENTILE = re.compile(r"\bP(\d{1,2})\b")


def letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: a letter for the n-th offer of a role."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = string.ascii_uppercase[rest] + out
    return out


_OUTSIDE = re.compile(r"(below|above) P(\d+)")


def outside_words(outside: str) -> str:
    """``below P25`` / ``above P90`` (the analysis' words) in the document's language."""
    match = _OUTSIDE.fullmatch(outside)
    if match is None:
        return outside or _("no percentiles")
    below = match.group(1) == "below"
    words = _("below P{percentile}") if below else _("above P{percentile}")
    return words.format(percentile=match.group(2))


def position_label(position: Position) -> str:
    """``P62``, ``below P25`` or ``above P90``, in the document's language."""
    return outside_words(position.outside) if position.percentile is None else position.label


def position_band(position: Position) -> str:
    """``below P25``, ``P25–P50``, ``P50–P75``, ``P75–P90`` or ``above P90``: never the exact percentile."""
    value = position.percentile
    if value is None:
        return outside_words(position.outside)
    lower = [edge for edge in BAND_EDGES if edge <= value]
    upper = [edge for edge in BAND_EDGES if edge > value]
    if not lower:
        return _("below P{percentile}").format(percentile=BAND_EDGES[0])
    if not upper:
        words = _("above P{percentile}") if value > BAND_EDGES[-1] else _("at P{percentile}")
        return words.format(percentile=BAND_EDGES[-1])
    return _("P{lower}–P{upper}").format(lower=lower[-1], upper=upper[0])


def _band_percentile(match: re.Match[str]) -> str:
    return match.group(0) if int(match.group(1)) in BAND_EDGES else "[position]"


class Redactor:
    """Names offers by role and letter, and strips figures from generated text."""

    def __init__(self, plan: Plan) -> None:
        titles = {role.id: role.title for role in plan.roles}
        counts: dict[str, int] = {}
        self.aliases: dict[str, str] = {}
        self.letters: dict[str, str] = {}
        for offer in plan.offers:
            number = counts.get(offer.role_id, 0)
            counts[offer.role_id] = number + 1
            title = titles.get(offer.role_id) or _("Unlisted role")
            self.letters[offer.id] = _("Candidate {letter}").format(letter=letters(number))
            self.aliases[offer.id] = _("{role}, candidate {letter}").format(
                role=title, letter=letters(number)
            )
        self._alias_of_name = {
            offer.candidate.strip(): self.aliases[offer.id]
            for offer in plan.offers
            if offer.candidate.strip()
        }
        names = sorted(self._alias_of_name, key=len, reverse=True)
        self._names = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
        )

    def alias(self, offer: Offer) -> str:
        """``Applied ML engineer, candidate A``."""
        return self.aliases.get(offer.id) or _("a candidate")

    def letter(self, offer: Offer) -> str:
        """``Candidate A``, for a table cell or heading that already names the role."""
        return self.letters.get(offer.id) or _("a candidate")

    def names(self, text: str) -> str:
        """Any text (user text included) with each candidate's name replaced by their role and letter."""
        if self._names is None:
            return text
        return self._names.sub(lambda match: self._alias_of_name[match.group(0)], text)

    def text(self, text: str) -> str:
        """Generated text with names, amounts, ratios, percentages and exact percentiles replaced."""
        text = _AMOUNT.sub("[amount]", self.names(text))
        text = _FIGURE.sub("[figure]", text)
        return _PERCENTILE.sub(_band_percentile, text)
