"""The safety net for unexpected errors: log every one, autosave, tell the person once.

``sys.excepthook`` is where PySide hands exceptions raised in slots and event handlers, and where
:mod:`hireplan.gui.common.containment` reports those caught in item models and delegates. Either
may fire hundreds of times a second (a view repaints, and the same bug raises on every cell), and
from inside a paint or a model call where opening a modal dialog would run a nested event loop
that repaints and raises again. So the handler:

- writes the traceback to the error log (each distinct error in full; repeats as a count);
- writes a recovery copy of every window's unsaved changes the first time an error is seen;
- shows **one** message per distinct error (same exception type raised from the same place), later,
  from the event loop, one dialog at a time; errors that arrive meanwhile join the next message;
- never raises itself: an error inside the handler is printed to stderr with the original.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from hireplan.gui.common.prompts import Prompter
from hireplan.gui.document.read_only import ReadOnlyError
from hireplan.gui.shell.autosave import Autosaver
from hireplan.storage.paths import user_data_dir

Signature = tuple[str, tuple[tuple[str, int], ...]]

FULL_LOGS_PER_PLACE = 20
"""Distinct messages from one place logged in full; after that only the counts go to the log."""

MESSAGE_LIMIT = 600


def error_log_path() -> Path:
    return user_data_dir() / "logs" / "errors.log"


def signature(exc_type: type[BaseException], tb: TracebackType | None) -> Signature:
    """The exception type and where it was raised: what makes two errors 'the same problem'."""
    frames = tuple((frame.filename, frame.lineno or 0) for frame in traceback.extract_tb(tb))
    return f"{exc_type.__module__}.{exc_type.__qualname__}", frames


def describe(exc: BaseException) -> str:
    """The exception's own words (or its type when it has none), cut to a readable length."""
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= MESSAGE_LIMIT else text[: MESSAGE_LIMIT - 1] + "…"


def _is_count_worth_logging(count: int) -> bool:
    """2, 10, 100, 1000...: enough to see a storm in the log without filling the disk."""
    return count == 2 or (count >= 10 and str(count).strip("0") == "1")


class _Notifier(QObject):
    """Lives in the GUI thread; a queued signal brings the message there, outside any model call."""

    due = Signal()


class ErrorHandler:
    """``sys.excepthook`` for the GUI (see the module docstring for what it does and why)."""

    def __init__(self, prompter: Prompter, windows: Sequence[QWidget] | None = None) -> None:
        self.prompter = prompter
        self._windows = windows
        self._lock = threading.RLock()
        self._busy = threading.local()
        self._counts: dict[Signature, int] = {}
        self._logged: dict[Signature, set[str]] = {}
        self._pending: list[tuple[BaseException, Path | None, bool]] = []
        self._scheduled = False
        self._showing = False
        self.shown = 0
        """How many messages were shown (tests and the status bar read it)."""
        self._notifier: _Notifier | None = None
        if QCoreApplication.instance() is not None:
            self._make_notifier()

    def _make_notifier(self) -> None:
        self._notifier = _Notifier()
        app = QCoreApplication.instance()
        if app is not None:
            self._notifier.moveToThread(app.thread())
        self._notifier.due.connect(self._show_pending, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ the hook

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        try:
            self._handle(exc_type, exc, tb)
        except BaseException:
            _print(exc_type, exc, tb)
            _print(*sys.exc_info())

    def _handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, ReadOnlyError):  # an edit refused on purpose; the window said so
            return
        if getattr(self._busy, "on", False):  # raised by the handler's own work (autosave...): print only
            _print(exc_type, exc, tb)
            return
        self._busy.on = True
        try:
            with self._lock:
                key = signature(exc_type, tb)
                count = self._counts.get(key, 0) + 1
                self._counts[key] = count
                seen = self._logged.setdefault(key, set())
                full = describe(exc) not in seen and len(seen) < FULL_LOGS_PER_PLACE
                seen.add(describe(exc))
            if full:
                log_path = self.log(exc_type, exc, tb)
            elif _is_count_worth_logging(count):
                log_path = self.log_line(
                    f"The same error happened again ({count} times so far): {describe(exc)}"
                )
            else:
                log_path = error_log_path()
            if count == 1:
                saved = self.autosave_all() > 0
                with self._lock:
                    self._pending.append((exc, log_path, saved))
                self._schedule()
        finally:
            self._busy.on = False

    # ------------------------------------------------------------------ log and autosave

    def log(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        print(text, file=sys.stderr)
        return self.log_line(text)

    def log_line(self, text: str) -> Path | None:
        try:
            path = error_log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as handle:
                handle.write(f"--- {datetime.now().astimezone().isoformat(timespec='seconds')} ---\n{text}\n")
        except OSError:
            return None
        return path

    def windows(self) -> list[QMainWindow]:
        """Every open plan window: a main window with an autosaver (none while one is being built)."""
        widgets = self._windows if self._windows is not None else QApplication.topLevelWidgets()
        return [w for w in widgets if isinstance(w, QMainWindow) and _autosaver_of(w) is not None]

    def autosave_all(self) -> int:
        saved = 0
        for window in self.windows():
            autosaver = _autosaver_of(window)
            if autosaver is None:
                continue
            try:
                if autosaver.save_now():
                    saved += 1
            except Exception as exc:  # keep going: another window may still be saved
                print(f"autosave after error failed: {exc}", file=sys.stderr)
        return saved

    # ------------------------------------------------------------------ the message

    def _schedule(self) -> None:
        if QCoreApplication.instance() is None:  # no event loop to come back to: tell now
            self._show_pending()
            return
        with self._lock:
            if self._scheduled:
                return
            self._scheduled = True
        if self._notifier is None:
            self._make_notifier()
        assert self._notifier is not None
        self._notifier.due.emit()

    def _show_pending(self) -> None:
        with self._lock:
            self._scheduled = False
            if self._showing or not self._pending:
                return
            batch, self._pending = self._pending, []
            self._showing = True
        try:
            exc, log_path, _saved = batch[0]
            self.tell(exc, log_path, any(saved for _e, _p, saved in batch), others=len(batch) - 1)
            self.shown += 1
        except Exception:
            traceback.print_exc()
        finally:
            with self._lock:
                self._showing = False
                more = bool(self._pending)
            if more:  # errors that came while the dialog was open: one more message
                self._schedule()

    def tell(self, exc: BaseException, log_path: Path | None, saved: bool, others: int = 0) -> None:
        translate = QCoreApplication.translate
        where = (
            translate("ErrorHandler", "Details were written to {path}.").format(path=log_path)
            if log_path
            else translate("ErrorHandler", "Details could not be written to a log.")
        )
        kept = (
            translate(
                "ErrorHandler", "A recovery copy of your unsaved changes was written; save your plan soon."
            )
            if saved
            else translate("ErrorHandler", "No unsaved changes were at risk.")
        )
        also = (
            translate(
                "ErrorHandler",
                "%n more unexpected problem(s) happened at the same time; they are in the log too.",
                None,
                others,
            )
            + "\n"
            if others
            else ""
        )
        windows = self.windows()
        self.prompter.show_error(
            windows[0] if windows else None,
            translate("ErrorHandler", "Something went wrong"),
            translate(
                "ErrorHandler",
                "hireplan ran into an unexpected problem and stopped what it was doing:\n\n{problem}\n\n"
                "The window keeps working. If the same problem happens again, it is only written to the log.",
            ).format(problem=describe(exc))
            + f"\n{also}{kept}\n{where}",
        )


def _autosaver_of(window: QWidget) -> Autosaver | None:
    autosaver = getattr(window, "autosaver", None)
    return autosaver if isinstance(autosaver, Autosaver) else None


def _print(exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
    try:
        if exc_type is not None and exc is not None:
            traceback.print_exception(exc_type, exc, tb)
    except BaseException:
        pass


def install_error_handler(prompter: Prompter) -> ErrorHandler:
    handler = ErrorHandler(prompter)
    sys.excepthook = handler
    return handler
