"""The language hireplan speaks outside Qt: the CLI, flag texts and the exports, through gettext.

Qt-free on purpose, so ``hireplan check`` and the exports work headless in English or Simplified
Chinese. The catalogue is ``resources/locale/<lang>/LC_MESSAGES/hireplan.po``, compiled to the ``.mo``
committed beside it (``make translations``; a test checks the two agree).

One language for the process (``--lang``, else ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``, else
English), and :func:`using_language` to speak another for one job, such as a Chinese brief exported
from an English window; the override is a context variable, so a worker thread does not leak it.
"""

from __future__ import annotations

import gettext
import importlib.resources
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import cache

DOMAIN = "hireplan"
ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
"""The languages hireplan ships; English is the source language and needs no catalogue."""
LANGUAGE_NAMES = {ENGLISH: "English", CHINESE: "简体中文"}
"""Each language by its own name, as language lists show them whatever language the rest is in
(a person looks for the language they read, written the way they read it)."""

_ENV_ORDER = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""gettext's own order: LANGUAGE (a colon-separated list) wins, LANG is the last resort."""

_process: dict[str, str] = {"language": ENGLISH, "source": "default"}
_override: ContextVar[str | None] = ContextVar("hireplan_language", default=None)


def normalise(tag: str) -> str | None:
    """``zh_CN.UTF-8``, ``zh-CN``, ``zh_SG``, ``zh`` -> ``zh_CN``; ``en_US`` -> ``en``; else None.

    Any Chinese locale gets Simplified Chinese: it is the only Chinese hireplan has, and a reader of
    Traditional Chinese reads it more easily than English.
    """
    base = tag.split(".", 1)[0].split("@", 1)[0].replace("-", "_").strip().lower()
    if base.startswith("zh"):
        return CHINESE
    if base.startswith("en") or base in ("c", "posix"):
        return ENGLISH
    return None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, the way gettext reads it; English when none we ship."""
    env = os.environ if environ is None else environ
    for name in _ENV_ORDER:
        value = env.get(name, "")
        if not value:
            continue
        for tag in value.split(":"):
            found = normalise(tag)
            if found is not None:
                return found
        if name != "LANGUAGE":
            return ENGLISH  # a set LC_ALL/LANG in a language we lack means English, not the next variable
    return ENGLISH


def set_language(language: str, *, source: str = "settings") -> None:
    """Make ``language`` (one of :data:`LANGUAGES`) the process' language; ``source`` says who chose
    it (``option`` for ``--lang``, ``environment``, ``settings``), so ``--lang`` beats a stored choice."""
    _process["language"] = _checked(language)
    _process["source"] = source


def language_source() -> str:
    return _process["source"]


def current_language() -> str:
    return _override.get() or _process["language"]


@contextmanager
def using_language(language: str) -> Iterator[None]:
    """Speak ``language`` inside the block (this thread or task only)."""
    token = _override.set(_checked(language))
    try:
        yield
    finally:
        _override.reset(token)


def _checked(language: str) -> str:
    found = normalise(language)
    if found is None:
        raise ValueError(f"hireplan speaks {', '.join(LANGUAGES)}, not {language!r}")
    return found


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    if language == ENGLISH:
        return gettext.NullTranslations()
    resource = importlib.resources.files("hireplan.resources") / "locale" / language / "LC_MESSAGES"
    mo = resource / f"{DOMAIN}.mo"
    with mo.open("rb") as stream:
        return gettext.GNUTranslations(stream)


def _(message: str) -> str:
    """``message`` in the current language (the English itself when there is no translation)."""
    if not message:
        return message  # gettext's "" is the catalogue's header, never a translation
    return _catalogue(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form for ``count``: English has two, Chinese one; format ``{count}`` in afterwards."""
    return _catalogue(current_language()).ngettext(singular, plural, count)


def join_sentences(*sentences: str) -> str:
    """The non-empty ``sentences`` one after the other, as the current language writes them: English
    puts a space between sentences, Chinese writes them back to back (``{sentence} {next}`` in the
    catalogue), so no screen or document shows a stray space after 。."""
    text = ""
    for sentence in sentences:
        if not sentence:
            continue
        text = _("{sentence} {next}").format(sentence=text, next=sentence) if text else sentence
    return text


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def prose_date(day: date) -> str:
    """A date in a sentence, one style per language: ``1 Dec 2026`` / ``2026年12月1日`` (tables keep ISO).

    Written out rather than through Babel: two fixed patterns need no locale data at start-up.
    """
    if current_language() == CHINESE:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def N_(message: str) -> str:
    """Mark a constant for extraction; it is translated where it is shown, with :func:`_`."""
    return message
