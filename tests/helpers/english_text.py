"""Which words of a text read as English, for a Chinese screen or document (issue 18).

A text translated into Chinese still holds Latin letters a person does not read as English: plan
data (王磊's colleague Priya Nair, Silicon Valley, the sample's English checklist), codes (USD, CNY,
P50, PPP), figures, file names, URLs, paths, keyboard keys and a few proper names (hireplan, Qt,
Excel). Anything else made of Latin words of three letters or more is an English string nobody
wrapped or translated. No Qt here: the windows' walker (``helpers.visible_text``) and the documents'
tests (``tests/unit/export``) judge with the same :class:`Allowed`::

    allowed = Allowed.for_plan(plan)
    assert allowed.english_words("风险：Rival lab counters…") == []
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


def strip_mnemonic(text: str) -> str:
    """``&File`` -> ``File``; ``R&&D`` -> ``R&D``."""
    return re.sub(r"&(.)", r"\1", text)


PROPER_NAMES = frozenset(
    {
        "hireplan",
        "English",
        "Qt",
        "PySide",
        "Python",
        "WenQuanYi",
        "Micro",
        "Hei",
        "Excel",
        "LibreOffice",
        "Calc",
        "Numbers",
        "Google",
        "Sheets",
        "Windows",
        "Linux",
        "macOS",
        "WPS",
        "GitHub",
    }
)
"""Names of products, fonts and of the English language (the language picker names each language in
its own words), written as they are in any language (case-sensitive)."""
KEY_NAMES = frozenset(
    {
        "Ctrl",
        "Shift",
        "Alt",
        "Meta",
        "Cmd",
        "Tab",
        "Enter",
        "Esc",
        "Escape",
        "Backspace",
        "Space",
        "Ins",
        "Del",
        "Home",
        "End",
        "PgUp",
        "PgDown",
        "PgDn",
    }
)
"""Key caps a Chinese sentence names as they are printed on the keyboard (case-sensitive)."""
_KEY_COMBO = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta|Cmd)(?:\+[A-Za-z0-9/,.;\[\]=-]+)+")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_PATH = re.compile(
    r"(?<![\w.~-])(?:[A-Za-z]:|~|\.{1,2})?[\\/][\w.~-]+(?:[\\/][\w.~-]*)*|(?:[\w.~-]+[\\/]){2,}[\w.~-]*"
)
"""A path: from a root, home or drive (``/tmp/x``, ``~/plans``, ``C:\\plans``) or with two separators,
so "and/or" stays a pair of words."""
_FILE_NAME = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z][a-z0-9]{1,7}\b|(?<![\w.])\.[a-z][\w-]+")
"""A file name (``plan.hireplan``) or a dot-name (``.hireplan``, the ``.hireplan-backups`` folder)."""
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_ELLIPSIS = "…"


@dataclass(frozen=True)
class Allowed:
    """What Latin text a Chinese window may show: proper names and key caps (``words``), plan data
    (``phrases``, matched whole and case-sensitively, so the tag ``compensation`` does not excuse an
    untranslated ``Compensation`` heading); codes, figures, URLs, paths and file names always."""

    words: frozenset[str] = PROPER_NAMES | KEY_NAMES
    phrases: tuple[str, ...] = ()
    _pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def for_plan(cls, plan: Any, *, words: Iterable[str] = (), phrases: Iterable[str] = ()) -> Allowed:
        """Everything the plan holds as text (titles, names, notes, markets, tags...)."""
        return cls().plus(words=words, phrases=[*plan_strings(plan), *phrases])

    def plus(self, *, words: Iterable[str] = (), phrases: Iterable[str] = ()) -> Allowed:
        """A copy that also allows ``words`` and ``phrases``."""
        merged = sorted({*self.phrases, *(p for p in phrases if p.strip())}, key=lambda p: (-len(p), p))
        return Allowed(self.words | frozenset(words), tuple(merged))

    def english_words(self, text: str) -> list[str]:
        """The words of ``text`` that read as English once allowed text is taken out."""
        shown = strip_mnemonic(text) if "&" in text else text
        # Whole phrases first, or cut ones first: a cut description may hold a shorter phrase (a
        # market's name) that breaks its prefix, while a whole phrase may itself hold an ellipsis.
        orders = (False, True) if _ELLIPSIS in shown else (False,)
        return min((self._words(self._without_allowed(shown, cut_first=order)) for order in orders), key=len)

    def _words(self, rest: str) -> list[str]:
        words: list[str] = []
        for token in _TOKEN.findall(rest):
            if len(token) < 3 or any(ch.isdigit() for ch in token):
                continue  # short words, figures and codes such as P50 or L5
            if token.isupper() or token in self.words:
                continue  # codes and acronyms (USD, CNY, PPP, PDF) and names
            words.append(token)
        return words

    def _without_allowed(self, text: str, *, cut_first: bool = False) -> str:
        # Plan data before URLs and file names: a source naming a site ("Levels.fyi") is whole then.
        if self.phrases:
            if cut_first:
                text = self._without_cut_phrases(text)
            text = self._phrase_pattern().sub(" ", text)
            if not cut_first and _ELLIPSIS in text:
                text = self._without_cut_phrases(text)
        for pattern in (_URL, _KEY_COMBO, _PATH, _FILE_NAME):
            text = pattern.sub(" ", text)
        return text

    def _phrase_pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            alternatives = "|".join(re.escape(p) for p in self.phrases)
            object.__setattr__(self, "_pattern", re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?![A-Za-z])"))
        assert self._pattern is not None
        return self._pattern

    def _without_cut_phrases(self, text: str) -> str:
        """A long plan text shortened with an ellipsis ("Interview five to ten…") is plan data too."""
        pieces = text.split(_ELLIPSIS)
        for number, piece in enumerate(pieces[:-1]):
            stripped = piece.rstrip()
            for phrase in self.phrases:
                for start in range(len(stripped)):
                    tail = stripped[start:]
                    if len(tail) >= 8 and phrase.startswith(tail):
                        pieces[number] = stripped[:start]
                        break
                else:
                    continue
                break
        return " ".join(pieces)


def plan_strings(value: Any) -> set[str]:
    """Every text a plan (or any model) holds, except ids, keys and enum values: those are the
    program's words, which a screen must translate rather than show."""
    found: set[str] = set()
    _collect(value, found)
    return found


def _collect(value: Any, found: set[str]) -> None:
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        found.add(value)
        found.update(line for line in value.splitlines() if line.strip())
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _collect(item, found)
    elif hasattr(type(value), "model_fields"):
        for name in type(value).model_fields:
            if name in {"id", "key"} or name.endswith(("_id", "_ids")):
                continue
            _collect(getattr(value, name), found)
