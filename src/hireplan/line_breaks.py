"""Where text may break into lines, in every script a plan holds: one rule for the PDF and the CLI.

Chinese (and Japanese and Korean) may break between any two characters, Latin text between words;
and a closing mark such as ，。）never starts a line, nor an opening mark such as （ ends one (the
character before it moves down with it). The PDF brief measures lines in points
(:mod:`hireplan.export.pdf_lines`), ``--help`` in terminal columns (:mod:`hireplan.cli.help_width`);
both take where they may break from here.
"""

from __future__ import annotations

WIDE_CHARS = r"\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
"""East Asian characters, as a regular-expression class body: each may stand on a line of its own."""

NO_LINE_START = frozenset("，。、：；！？）》」』】〉〕…—％·,.:;!?)]}%”’")
"""Marks a Chinese reader never sees at the start of a line (Latin ones count when alone)."""
NO_LINE_END = frozenset("（《「『【〈〔“‘([{")
"""Opening marks that never end a line."""
