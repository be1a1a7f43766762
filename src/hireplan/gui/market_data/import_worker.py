"""Reading a survey file and previewing its rows off the GUI thread, newest request first.

A hostile or merely large file can take tens of seconds to read (a CSV of quotes and commas in
the dialect sniffer, a workbook of empty rows) and the preview is rebuilt on every mapping change,
so none of it may run on the GUI thread. :class:`ImportWorker` runs one job at a time on a pool
of one thread and keeps only the newest request: starting a job cancels the one running (its
result, if it still comes, is dropped) and replaces any job still waiting, so changing the
mapping ten times quickly costs at most one job running and one waiting, never ten.

Each job gets a :class:`JobControl`: its cancel flag, its deadline (:data:`TIME_BUDGET_SECONDS`)
and a progress callback, which the jobs hand to the core's readers; between steps the job checks
them itself. At the deadline the window is told even if a reader does not stop (a watchdog timer).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from hireplan.gui.common.containment import report
from hireplan.i18n import join_sentences

TIME_BUDGET_SECONDS = 20.0
"""How long reading a file, or previewing its rows, may take before it is stopped."""


class JobStoppedError(Exception):
    """The job was cancelled or ran past its deadline; nothing is reported."""


@dataclass
class JobControl:
    """What a running job reads: should it stop, and where to report progress."""

    generation: int
    deadline: float
    cancelled: threading.Event = field(default_factory=threading.Event)
    on_progress: Callable[[int, int], None] = lambda _done, _total: None

    def check(self) -> None:
        """Raise :class:`JobStoppedError` when the job was cancelled or is out of time."""
        if self.cancelled.is_set() or time.monotonic() > self.deadline:
            raise JobStoppedError


class _Signals(QObject):
    """Lives in the GUI thread; signals emitted from the worker thread arrive there queued."""

    finished = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(
        self,
        signals: _Signals,
        control: JobControl,
        work: Callable[[JobControl], object],
        messages: tuple[str, str],
        expected: tuple[type[BaseException], ...],
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._signals = signals  # keeps them alive while the job runs, even if the dialog goes
        self._timeout_message, self._unexpected_message = messages
        self._expected = expected
        self.control = control
        self._work = work

    def run(self) -> None:
        control = self.control
        if control.cancelled.is_set():  # replaced while it waited: nothing to do
            return
        try:
            result = self._work(control)
            control.check()
        except JobStoppedError:
            if not control.cancelled.is_set():  # out of time rather than replaced
                self._emit_failed(control.generation, self._timeout_message)
            return
        except Exception as exc:  # the boundary between the worker and the window
            if isinstance(exc, self._expected):
                message = str(exc)
            else:  # a bug: logged and told like any other, and the dialog says what stopped
                report(exc)
                message = join_sentences(
                    self._unexpected_message,
                    QCoreApplication.translate("ImportDialog", "The details were written to the error log."),
                )
            if not control.cancelled.is_set():
                self._emit_failed(control.generation, message)
            return
        if not control.cancelled.is_set():
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                self._signals.finished.emit(control.generation, result)

    def _emit_failed(self, generation: int, message: str) -> None:
        with contextlib.suppress(RuntimeError):
            self._signals.failed.emit(generation, message)


_pools: list[QThreadPool] = []


def import_pool() -> QThreadPool:
    """One thread for every import in the app: a stuck file cannot start a pile of threads."""
    if not _pools:
        pool = QThreadPool(QCoreApplication.instance())
        pool.setMaxThreadCount(1)
        _pools.append(pool)
    return _pools[0]


class ImportWorker(QObject):
    """Runs import jobs in the background; ``finished``/``failed`` carry the job's generation."""

    finished = Signal(int, object)
    failed = Signal(int, str)
    progress = Signal(int, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signals = _Signals()
        self.signals.finished.connect(self._on_finished)
        self.signals.failed.connect(self._on_failed)
        self.signals.progress.connect(self._on_progress)
        self.generation = 0
        self._timeout_message = ""
        self._current: JobControl | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._out_of_time)

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(
        self,
        work: Callable[[JobControl], object],
        *,
        timeout_message: str,
        unexpected: str,
        expected: tuple[type[BaseException], ...] = (),
        budget: float = TIME_BUDGET_SECONDS,
    ) -> int:
        """Cancel whatever runs or waits, then run ``work(control)``; returns its generation.

        ``expected`` exceptions are refusals whose text is the message; any other is a bug,
        reported to the error handler, and the dialog shows ``unexpected``; past ``budget``
        seconds the job is abandoned with ``timeout_message``.
        """
        self.cancel()
        self.generation += 1
        generation = self.generation
        signals = self.signals
        control = JobControl(generation, time.monotonic() + budget)
        control.on_progress = lambda done, total: signals.progress.emit(generation, done, total)
        self._timeout_message = timeout_message
        self._current = control
        self._watchdog.start(int(budget * 1000))
        import_pool().start(_Job(signals, control, work, (timeout_message, unexpected), expected))
        return generation

    def cancel(self) -> None:
        """Stop the running job (its result is dropped) and any job still waiting."""
        self._watchdog.stop()
        if self._current is not None:
            self._current.cancelled.set()
            self._current = None

    def _out_of_time(self) -> None:
        """Told at the deadline even when the reader cannot be interrupted: the window moves on."""
        if self._current is not None:
            generation = self._current.generation
            self.cancel()
            self.failed.emit(generation, self._timeout_message)

    def _is_current(self, generation: int) -> bool:
        return self._current is not None and generation == self._current.generation

    def _on_finished(self, generation: int, result: object) -> None:
        if self._is_current(generation):
            self._watchdog.stop()
            self._current = None
            self.finished.emit(generation, result)

    def _on_failed(self, generation: int, message: str) -> None:
        if self._is_current(generation):
            self._watchdog.stop()
            self._current = None
            self.failed.emit(generation, message)

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if self._is_current(generation):
            self.progress.emit(generation, done, total)
