"""Exceptions stop at the Qt boundary: every override Qt calls into is guarded.

Why: under PySide6 6.12 an exception raised inside a ``QAbstractItemModel`` override (``rowCount``,
``data``...) can end the whole process, often by SIGSEGV, before any error handler runs; and one
raised in a widget's event handler (``resizeEvent``, ``eventFilter``...) while Python code called
into Qt comes back out of that call (``widget.show()`` raises), aborting whatever the caller was
doing. So no exception may leave an override. :class:`Contained` wraps each override a class
defines (models, proxies, delegates: by name from :data:`SAFE_RESULTS`; any ``...Event`` handler,
``event`` and ``eventFilter``) so that an exception is reported and a harmless value ("no data",
"no rows", "not editable", "nothing dropped", "event not handled") goes back to Qt instead.

**How a new model, delegate or widget opts in:** list ``Contained`` first among its bases::

    class MyModel(Contained, QAbstractTableModel): ...
    class MyChart(Contained, QWidget): ...   # when it overrides paintEvent, eventFilter...

A class derived from one that already is ``Contained`` (``ListTableModel``, ``ModeModel``...) is
covered with nothing to do: the wrapping happens in ``__init_subclass__``. A model or delegate
override whose name is not yet in :data:`SAFE_RESULTS` must be added there with its safe value;
``tests/gui/test_containment.py`` walks every class of the app and fails on an unguarded override
or a class that overrides one without ``Contained``.

Reporting goes to ``sys.excepthook``: in the app that is the error handler (it logs the traceback
to the error log and shows one message, later, outside the model call); under pytest-qt it is
pytest-qt's capture, so a bug in a model still fails the test that meets it.

Slots need no wrapper: PySide catches a slot's exception at the signal's boundary, hands it to
``sys.excepthook`` and the emitter carries on.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections.abc import Callable
from types import FunctionType
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt


def _none(*_args: Any) -> None:
    return None


def _false(*_args: Any) -> bool:
    return False


def _true(*_args: Any) -> bool:
    return True


def _zero(*_args: Any) -> int:
    return 0


def _invalid_index(*_args: Any) -> QModelIndex:
    return QModelIndex()


def _parent(*args: Any) -> QModelIndex | None:
    """``parent(index)`` is the model's; ``parent()`` with no argument is ``QObject.parent``."""
    return QModelIndex() if args else None


SAFE_RESULTS: dict[str, Callable[..., Any]] = {
    # item models and proxies
    "data": _none,
    "headerData": _none,
    "setData": _false,
    "setHeaderData": _false,
    "rowCount": _zero,
    "columnCount": _zero,
    "index": _invalid_index,
    "parent": _parent,
    "sibling": _invalid_index,
    "hasChildren": _false,
    "canFetchMore": _false,
    "fetchMore": _none,
    "flags": lambda *_a: Qt.ItemFlag.NoItemFlags,
    "mimeTypes": lambda *_a: [],
    "mimeData": _none,
    "canDropMimeData": _false,
    "dropMimeData": _false,
    "supportedDropActions": lambda *_a: Qt.DropAction.IgnoreAction,
    "supportedDragActions": lambda *_a: Qt.DropAction.IgnoreAction,
    "insertRows": _false,
    "removeRows": _false,
    "moveRows": _false,
    "sort": _none,
    "filterAcceptsRow": _true,  # better a row too many than a row silently hidden
    "filterAcceptsColumn": _true,
    "lessThan": _false,
    "mapToSource": _invalid_index,
    "mapFromSource": _invalid_index,
    # delegates
    "paint": _none,
    "sizeHint": lambda *_a: QSize(),
    "createEditor": _none,  # Qt then simply does not edit the cell
    "setEditorData": _none,
    "setModelData": _none,
    "updateEditorGeometry": _none,
    "editorEvent": _false,
    "helpEvent": _false,
    "displayText": lambda *_a: "",
    "initStyleOption": _none,
    "destroyEditor": _none,
    # item views
    "moveCursor": _invalid_index,  # the cursor stays where it is
    "sizeHintForColumn": lambda *_a: -1,  # "no hint": the header keeps the column's width
    "dataChanged": _none,  # a view's own slots for its model's changes (Qt's part then is skipped)
    "rowsInserted": _none,
    "rowsAboutToBeRemoved": _none,
    "reset": _none,
    # any QObject or widget
    "eventFilter": _false,  # "not filtered": the event goes on to its receiver
    "event": _false,
    "accept": _none,  # dialogs: the dialog stays open
    "reject": _none,
    "done": _none,
    "stepBy": _none,  # spin boxes and date edits: the value stays
    "splitPath": lambda *_a: [],  # completers: no completion
    "pathFromIndex": lambda *_a: "",
}
"""Override name -> what Qt gets back when the override raised (called with the same arguments).

Every event handler (a name ending in ``Event``: ``paintEvent``, ``closeEvent``...) returns None.
"""


def safe_result(name: str) -> Callable[..., Any] | None:
    """The fallback for an override of this name, or None when the name is not guarded."""
    if name in SAFE_RESULTS:
        return SAFE_RESULTS[name]
    if name.endswith("Event") and name[:1].islower():
        return _none
    return None


GUARD_MARK = "__contained__"


def report(exc: BaseException) -> None:
    """Hand an exception caught at the boundary to ``sys.excepthook``; never raise from here."""
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    except BaseException:
        try:
            traceback.print_exception(exc)
            traceback.print_exc()
        except BaseException:
            pass


def guard(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    """``method`` with any exception reported and :func:`safe_result` of ``name`` returned instead."""
    if getattr(method, GUARD_MARK, False):
        return method
    fallback = safe_result(name) or _none

    @functools.wraps(method)
    def contained(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:
            report(exc)
            return fallback(*args)

    setattr(contained, GUARD_MARK, True)
    return contained


class Contained:
    """Mixin that guards every override its subclasses define that :func:`safe_result` knows."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if isinstance(value, FunctionType) and safe_result(name) is not None:
                setattr(cls, name, guard(name, value))
