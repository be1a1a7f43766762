"""Work-arounds for bugs in the Qt binding, applied once when the application starts.

Kept out of the modules they protect so that importing a module never patches the interpreter:
``hireplan.gui.app`` calls :func:`apply_workarounds` before the first window, and the test and
benchmark set-ups call it before they build documents and widgets without the app.
"""

from __future__ import annotations

import sys


def apply_workarounds() -> None:
    """Every work-around this Qt binding needs; safe to call more than once."""
    guard_singleton_refcounts()


def guard_singleton_refcounts() -> None:
    """Keep ``None``, ``True`` and ``False`` alive however often PySide hands them to Python.

    PySide6 6.12.0 returns these singletons to Python without taking a reference in at least two
    common places: ``SignalInstance.emit()`` (returns ``True``) and every invalid ``QVariant``
    turned into ``None`` (``index.data(role)`` with no value, ``QObject.property`` of an unknown
    name...). Each such call drops one reference; on CPython 3.11, where the singletons are not
    yet immortal, a bulk edit of a large checklist reaches zero and the interpreter aborts with
    "none_dealloc: deallocating None" (or ``bool_dealloc``). Adding a large count that is never
    given back keeps them alive; an extra reference to an object that is never freed costs
    nothing, so this stays harmless once PySide is fixed. From 3.12 on they are immortal.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes  # noqa: PLC0415 - loaded only where the work-around applies (CPython < 3.12)

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < 1 << 40:
            refcount.value += 1 << 40
