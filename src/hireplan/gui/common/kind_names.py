"""What each kind of object is called on screen (``Benchmark: Hangzhou``), in the window's language.

The labels live once, in the core's table of kinds (:data:`hireplan.model.kinds.KINDS`), marked for
gettext; the window's language and the core's are set together (:mod:`hireplan.gui.common.language`),
so a Chinese window says 对标数据, not Benchmark, with the same words the core's own texts use.
"""

from __future__ import annotations

from hireplan.i18n import _
from hireplan.model.kinds import KINDS


def kind_label(kind: str) -> str:
    """``Benchmark``, ``Exchange rate``… for ``kind``, in the window's language."""
    return _(KINDS[kind].label) if kind in KINDS else kind
