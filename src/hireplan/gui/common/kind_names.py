"""What each kind of object is called on screen (``Benchmark: Hangzhou``), in the window's language.

The core names kinds in English for its own texts (:data:`hireplan.model.kinds.KINDS`); a screen that
labels an object by its kind takes the label from here, so Chinese windows say 薪酬基准, not Benchmark.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hireplan.model.kinds import KINDS

KIND_LABELS = {
    "plan": str(QT_TRANSLATE_NOOP("KindNames", "Plan")),
    "settings": str(QT_TRANSLATE_NOOP("KindNames", "Settings")),
    "step": str(QT_TRANSLATE_NOOP("KindNames", "Step")),
    "item": str(QT_TRANSLATE_NOOP("KindNames", "Item")),
    "role": str(QT_TRANSLATE_NOOP("KindNames", "Role")),
    "offer": str(QT_TRANSLATE_NOOP("KindNames", "Offer")),
    "benchmark": str(QT_TRANSLATE_NOOP("KindNames", "Benchmark")),
    "band": str(QT_TRANSLATE_NOOP("KindNames", "Pay band")),
    "market": str(QT_TRANSLATE_NOOP("KindNames", "Market")),
    "rate": str(QT_TRANSLATE_NOOP("KindNames", "Exchange rate")),
    "ppp": str(QT_TRANSLATE_NOOP("KindNames", "PPP factor")),
    "risk": str(QT_TRANSLATE_NOOP("KindNames", "Risk")),
    "policy": str(QT_TRANSLATE_NOOP("KindNames", "Policy entry")),
}
"""The core's singular labels (``KINDS[kind].label``), marked for translation."""


def kind_label(kind: str) -> str:
    """``Benchmark``, ``Exchange rate``… for ``kind``, in the window's language."""
    label = KIND_LABELS.get(kind)
    if label is None:
        return KINDS[kind].label if kind in KINDS else kind
    return QCoreApplication.translate("KindNames", label)
