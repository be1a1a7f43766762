"""argparse's own words (``usage:``, ``options``, its error messages) in hireplan's language.

argparse translates through the stdlib ``gettext`` with its own domain, which ships no catalogue; the
messages it shows are listed here so extraction puts them in hireplan's catalogue, and
:func:`speak_argparse` points argparse's lookup at :func:`hireplan.i18n._`, so ``hireplan --help`` and
a usage error read in the language ``--lang`` or the environment chose. The texts are argparse's
exactly (Python 3.11-3.13 share them); one argparse changes is simply left in English.
"""

from __future__ import annotations

import argparse

from hireplan import i18n
from hireplan.i18n import N_

ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
"""What argparse may say to a person using hireplan's commands."""


def speak_argparse() -> None:
    """Let argparse look its words up in hireplan's catalogue (it reads ``_`` when it speaks)."""
    argparse._ = i18n._  # type: ignore[attr-defined]
