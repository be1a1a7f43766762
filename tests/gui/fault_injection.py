"""Run the window with a fault injected into every model, proxy, delegate and custom widget kind.

Run as a script (``python fault_injection.py PLAN SETTINGS CSV``) by ``test_containment.py``: a
crash here is a segfault the parent process sees as the exit status, which no in-process test can
survive to report. Each guarded override raises the first time Qt (or the app) calls it in each
class; each widget event handler the app overrides raises the first time too, and so does a slot.
Prints ``RAISED <class>.<method>`` per fault, ``MESSAGE <title>|<text>`` per message shown, and
``SURVIVED`` at the end.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QPointF, QSettings, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFileOpenEvent, QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QDialog,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

import hireplan.gui
from hireplan.gui.app import make_application
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.containment import SAFE_RESULTS, Contained, safe_result
from hireplan.gui.common.prompts import QuietPrompter
from hireplan.gui.shell.error_handler import install_error_handler

_raised: set[str] = set()
ARMED: set[str] = set()
"""Method names that raise now (``...Event`` stands for every event handler)."""
STRUCTURE = {"rowCount", "columnCount", "index", "parent", "hasChildren"}


class FaultError(RuntimeError):
    """The injected fault (a bug the app does not expect)."""


def fault(where: str, name: str) -> None:
    """Raise once per ``where`` while ``name`` is armed; all from one line, so it is one problem."""
    armed = name in ARMED or (name.endswith("Event") and "...Event" in ARMED)
    if armed and where not in _raised:
        _raised.add(where)
        print(f"RAISED {where}", flush=True)
        raise FaultError(f"injected fault in {where}")


class PrintingPrompter(QuietPrompter):
    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        print(f"MESSAGE {title}|{message.replace(chr(10), ' ')}", flush=True)


def app_classes() -> list[type]:
    for info in pkgutil.walk_packages(hireplan.gui.__path__, "hireplan.gui."):
        importlib.import_module(info.name)
    found: dict[str, type] = {}
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("hireplan."):
            continue
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__.startswith("hireplan."):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def _faulty_method(name: str) -> Any:
    def faulty(self: Any, *args: Any, **kwargs: Any) -> Any:
        fault(f"{type(self).__name__}.{name}", name)
        return getattr(super(type(self), self), name)(*args, **kwargs)

    return faulty


def python_overrides(cls: type) -> set[str]:
    """The guarded names the app overrides somewhere in ``cls``'s Python bases."""
    return {
        name
        for base in cls.__mro__
        if base.__module__.startswith("hireplan.")
        for name in vars(base)
        if safe_result(name) is not None
    }


def inject_faults(classes: list[type]) -> list[str]:
    """Replace each model, proxy, delegate and widget class by a subclass whose overrides raise once.

    The subclass is wrapped by ``Contained.__init_subclass__`` like any class the app adds, and it
    replaces the original in every module that names it, so the window builds the faulty ones.
    """
    names = []
    for cls in classes:
        if not issubclass(cls, Contained) or cls is Contained:
            continue
        methods = {name: _faulty_method(name) for name in python_overrides(cls)}
        faulty = type(cls.__name__, (cls,), {**methods, "__module__": cls.__module__})
        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith("hireplan."):
                for attr, value in list(vars(module).items()):
                    if value is cls:
                        setattr(module, attr, faulty)
        names.append(cls.__name__)
    return names


def poke(widget: QWidget) -> None:
    """Send the events a person's use would: paint, focus, keys, a click, resize, close."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    events: list[QEvent] = [
        QFocusEvent(QEvent.Type.FocusIn),
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),  # completers
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            centre,
            centre,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        ),
        QFocusEvent(QEvent.Type.FocusOut),
    ]
    for event in events:
        QApplication.sendEvent(widget, event)
    widget.grab()
    widget.sizeHint()


def app_widgets(root: QWidget) -> list[QWidget]:
    return [w for w in [root, *root.findChildren(QWidget)] if type(w).__module__.startswith("hireplan.")]


_done: set[tuple[str, int]] = set()
"""Widgets and views already exercised in this phase (each once keeps the run short)."""


def once(what: str, obj: object) -> bool:
    """True the first time ``what`` is done to ``obj`` in this phase."""
    if (what, id(obj)) in _done:
        return False
    _done.add((what, id(obj)))
    return True


def exercise(root: QWidget, app: QApplication) -> None:
    """Every tab of every tab widget in turn, then :func:`exercise_tab`."""
    exercise_tab(root, app)
    for tabs in root.findChildren(QTabWidget):
        for number in range(tabs.count()):
            tabs.setCurrentIndex(number)
            app.processEvents()
            exercise_tab(root, app)


def exercise_tab(root: QWidget, app: QApplication) -> None:
    """Poke every app widget, then show, size, sort, edit and drag in every item view."""
    for widget in app_widgets(root):
        if once("poke", widget):
            poke(widget)
    for proxy in root.findChildren(QSortFilterProxyModel):
        if once("sort", proxy):
            proxy.invalidate()
            proxy.sort(0, Qt.SortOrder.DescendingOrder)
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible() or not once("edit", view):
            continue
        view.viewport().update()
        if hasattr(view, "resizeColumnsToContents"):
            view.resizeColumnsToContents()
        if isinstance(view, QTreeView):
            columns = view.header().count()
        elif isinstance(view, QTableView):
            columns = view.horizontalHeader().count()
        else:
            columns = 1
        if model.rowCount() and columns:
            first = model.index(0, 0)
            parent = first if model.rowCount(first) else QModelIndex()  # a tree: its first leaf row
            model.mimeData([first])
            for column in range(columns):
                index = model.index(0, column, parent)
                view.setCurrentIndex(index)
                QAbstractItemView.edit(view, index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
                app.processEvents()
                for editor in view.viewport().findChildren(QWidget):  # the editor and what it holds
                    if shiboken6.isValid(editor):  # an editor poked shut takes its parts with it
                        poke(editor)
                for completer in view.viewport().findChildren(QCompleter):
                    completer.setCompletionPrefix("a")  # Qt asks the completer to split the text
                view.setCurrentIndex(first)  # moving on closes the editor
            model.sort(0, Qt.SortOrder.DescendingOrder)
        app.processEvents()


def _retitled(plan: Any) -> Any:
    """A copy of ``plan`` with another title, so a comparison has something to list."""
    copy = plan.model_copy(deep=True)
    copy.title = f"{plan.title} (retitled)"
    return copy


def tour(window: Any, app: QApplication, csv: Path, pdf: Path) -> None:
    """Every section of the window, then every dialog the app has."""
    from hireplan.gui.exporting.pdf_preview import PdfPreviewDialog
    from hireplan.gui.risks.ack_dialog import AckDialog
    from hireplan.gui.template_library.template_picker import TemplatePickerDialog
    from hireplan.storage.templates import TemplateLibrary

    for entry in window.navigation.model().entries():
        if entry.key:
            window.go_to_section(entry.key)
            app.processEvents()
            exercise(window, app)
    dialogs: list[QWidget] = [
        window.dialogs.show_templates(),
        window.dialogs.show_settings(),
        window.dialogs.show_export(),
        TemplatePickerDialog(TemplateLibrary().list()),
        PdfPreviewDialog(pdf, save=lambda _path: False),
        AckDialog(window.document.analysis().flags[:1]),
        window.versions.compare(window.document.plan, _retitled(window.document.plan), "before", "after"),
    ]
    for widget in window.findChildren(QWidget):
        if hasattr(widget, "import_benchmarks"):
            dialogs.append(widget.import_benchmarks(csv, show=False))
    for dialog in dialogs:
        dialog.show()
        app.processEvents()
        exercise(dialog, app)
        QApplication.sendEvent(dialog, QCloseEvent())
        if "accept" in python_overrides(type(dialog)):
            dialog.accept()  # its first call raises before the dialog does anything
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()
        app.processEvents()


def revisit(window: Any, app: QApplication) -> None:
    _done.clear()
    for entry in window.navigation.model().entries():
        if entry.key:
            window.go_to_section(entry.key)
            app.processEvents()
            for tabs in window.findChildren(QTabWidget):
                for number in range(tabs.count()):
                    tabs.setCurrentIndex(number)
                    app.processEvents()
            for proxy in window.findChildren(QSortFilterProxyModel):
                if once("sort", proxy):
                    proxy.invalidate()
                    proxy.sort(0, Qt.SortOrder.DescendingOrder)


def write_pdf(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "A page to preview.")
    canvas.save()
    return path


def main() -> int:
    plan, settings_file, csv = (Path(arg) for arg in sys.argv[1:4])
    pdf = write_pdf(settings_file.with_name("preview.pdf"))
    app = make_application()
    handler = install_error_handler(PrintingPrompter())
    classes = app_classes()
    injected = inject_faults(classes)
    bases = {base.__name__ for cls in classes for base in cls.__mro__[1:] if base.__name__ in injected}
    print("CLASSES " + " ".join(sorted(injected)), flush=True)
    print("LEAVES " + " ".join(sorted(set(injected) - bases)), flush=True)

    from hireplan.gui.shell.main_window import MainWindow

    # first what the app calls most (data, paint, events), then the structure (rows, parents)
    ARMED.update(set(SAFE_RESULTS) - STRUCTURE | {"...Event"})
    window = MainWindow(
        PrintingPrompter(), AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    )
    window.resize(1400, 900)
    window.show()
    assert window.files.load(plan)
    app.processEvents()
    # The macOS document hand-over (installed by run_gui on macOS only): a plan opened by event.
    from hireplan.gui.shell import file_open_events

    file_events = file_open_events.FileOpenEvents(app)
    file_events.set_opener(window.files.open_path)
    QApplication.sendEvent(app, QFileOpenEvent(str(plan)))
    app.processEvents()
    tour(window, app, csv, pdf)
    revisit(window, app)  # screens whose first showing failed fill now: filter and sort their rows
    ARMED.clear()
    ARMED.update(STRUCTURE)
    _done.clear()
    assert window.files.load(plan)
    tour(window, app, csv, pdf)
    QTimer.singleShot(0, lambda: fault("a slot", "slot"))
    ARMED.add("slot")
    for _ in range(20):
        app.processEvents()
    # still usable: an edit goes through and the screens show it
    window.document.set_field("plan", window.document.plan.id, "title", "Still working")
    app.processEvents()
    print(f"TITLE {window.header.title_edit.text()}", flush=True)
    window.document.undo_stack.setClean()
    window.autosaver.shutdown()
    window.files.shutdown()
    print(f"SHOWN {handler.shown}", flush=True)
    print("SURVIVED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
