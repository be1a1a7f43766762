"""Waiting for a signal without disconnecting inside its emission.

pytest-qt's ``waitSignal`` disconnects its slot while the signal is still being emitted; under
PySide6 6.12 that disconnect() once hung for ever (on a signal forwarded through a QTimer). These
helpers record emissions with an ordinary slot and disconnect only after the wait.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def emitted(qtbot: Any, signal: Any, timeout: int = 1000) -> Iterator[list[tuple[Any, ...]]]:
    """Fail unless ``signal`` is emitted during or after the ``with`` body, within ``timeout`` ms."""
    seen: list[tuple[Any, ...]] = []

    def record(*args: Any) -> None:
        seen.append(args)

    signal.connect(record)
    try:
        yield seen
        qtbot.waitUntil(lambda: bool(seen), timeout=timeout)
    finally:
        signal.disconnect(record)
