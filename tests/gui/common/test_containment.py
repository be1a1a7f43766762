"""An exception inside the window never ends the process: it is logged and told once.

The walk over the app's classes keeps the guard complete as screens are added; the fault-injection
run proves, in a process of its own (a crash would be a segfault), that faults in every kind of
model, proxy, delegate, widget event handler and slot leave the window running.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import FunctionType
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCompleter,
    QDateEdit,
    QDialog,
    QStyledItemDelegate,
    QTableView,
)

import hireplan.gui
from helpers.fakes import FakePrompter
from helpers.paths import REPO, TESTS
from hireplan.gui.common.containment import GUARD_MARK, SAFE_RESULTS, Contained, safe_result
from hireplan.gui.shell.error_handler import ErrorHandler, error_log_path
from hireplan.storage import sample_plan, save_plan

FAULT_SCRIPT = TESTS / "gui" / "fault_injection.py"


def app_qobject_classes() -> list[type]:
    for info in pkgutil.walk_packages(hireplan.gui.__path__, "hireplan.gui."):
        importlib.import_module(info.name)
    found: dict[str, type] = {}
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("hireplan.gui"):
            for value in vars(module).values():
                if (
                    isinstance(value, type)
                    and value.__module__.startswith("hireplan.")
                    and issubclass(value, QObject)
                ):
                    found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def qt_names(cls: type) -> set[str]:
    """Every attribute of the Qt classes ``cls`` derives from: what an override can override."""
    return {name for base in cls.__mro__ if base.__module__.startswith("PySide6") for name in dir(base)}


CALLED_ONLY_FROM_PYTHON = {
    "push": "the refusing undo stack: the app calls it, Qt does not",
    "beginMacro": "the same",
    "endMacro": "the same",
    "setModel": "views are given their model by the app",
    "actions": "the checklist panel's list of its actions",
    "run": "the export thread's run catches every exception itself and reports it",
}
"""Qt names the app overrides that are not a boundary: Qt never calls them on its own."""


def test_every_override_qt_calls_in_the_app_is_guarded() -> None:
    classes = app_qobject_classes()
    item_classes = [c for c in classes if issubclass(c, (QAbstractItemModel, QAbstractItemDelegate))]
    assert len(item_classes) >= 20, "the walk must find the app's models and delegates"
    problems = []
    for cls in classes:
        qt = qt_names(cls)
        for name, value in vars(cls).items():
            if not isinstance(value, FunctionType) or name not in qt:
                continue
            if safe_result(name) is None:
                if name not in CALLED_ONLY_FROM_PYTHON and not name.startswith("_"):
                    problems.append(f"{cls.__qualname__}.{name}: add a safe result to SAFE_RESULTS")
                continue
            if not issubclass(cls, Contained):
                problems.append(f"{cls.__qualname__}.{name}: the class needs Contained among its bases")
            elif not getattr(value, GUARD_MARK, False):
                problems.append(f"{cls.__qualname__}.{name}: not wrapped")
    assert problems == []


def test_a_guarded_model_returns_safe_values_and_reports_once(qtbot: Any, tmp_path: Path) -> None:
    """An exception in rowCount/data/flags gives Qt 'no rows', 'no data', 'not editable'; the
    person sees one message, and the log holds the traceback."""
    prompter = FakePrompter()
    handler = ErrorHandler(prompter, windows=[])

    class Broken(Contained, QAbstractItemModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            raise ZeroDivisionError("rows cannot be counted")

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 1

        def index(self, row: int, column: int, parent: Any = QModelIndex()) -> QModelIndex:  # noqa: B008
            return self.createIndex(row, column)

        def parent(self, *args: Any) -> Any:
            raise LookupError("no parent")

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> object:
            raise ValueError("no data here")

        def flags(self, index: Any) -> Qt.ItemFlag:
            raise ValueError("no flags here")

    model = Broken()
    view = QTableView()
    qtbot.addWidget(view)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "excepthook", handler)
        assert model.rowCount() == 0
        assert model.data(model.index(0, 0)) is None
        assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
        assert model.parent(model.index(0, 0)) == QModelIndex()
        view.setModel(model)
        view.show()
        for _ in range(3):
            model.rowCount()  # a storm of the same error
        qtbot.waitUntil(lambda: handler.shown >= 1)
        qtbot.wait(50)
    # four different problems, the first of them many times: one message, not a storm of dialogs
    assert handler.shown == 1
    [(title, message)] = prompter.asked("show_error")
    assert title == "Something went wrong"
    assert "rows cannot be counted" in message
    assert "3 more unexpected problems happened at the same time" in message
    log = error_log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError: rows cannot be counted" in log
    assert "The same error happened again (2 times so far)" in log


def test_the_error_handler_survives_an_error_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    class FailingPrompter(FakePrompter):
        def show_error(self, parent: Any, title: str, message: str) -> None:
            raise OSError("the display went away")

    handler = ErrorHandler(FailingPrompter(), windows=[])
    handler._notifier = None  # tell at once, as before the event loop exists

    def hook_raising(*_args: Any) -> None:
        raise RuntimeError("hook broken")

    try:
        raise KeyError("original")
    except KeyError as exc:
        handler(type(exc), exc, exc.__traceback__)  # must not raise
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(handler, "_handle", hook_raising)
            handler(type(exc), exc, exc.__traceback__)  # must not raise either
    err = capsys.readouterr().err
    assert "KeyError: 'original'" in err and "hook broken" in err


def test_every_safe_result_names_a_qt_override() -> None:
    qt = qt_names(QSortFilterProxyModel) | qt_names(QStyledItemDelegate) | qt_names(QDialog)
    qt |= qt_names(QCompleter) | qt_names(QDateEdit) | qt_names(QTableView)
    assert set(SAFE_RESULTS) - qt == set()


def test_faults_in_every_model_delegate_widget_and_slot_leave_the_window_running(
    tmp_path: Path, settings_file: Path
) -> None:
    plan = tmp_path / "sample.hireplan"
    save_plan(sample_plan(), plan)
    csv = tmp_path / "survey.csv"
    csv.write_text("Market,Job family,Level,Currency,Base P50\nsv,Research,L5,USD,200000\n", encoding="utf-8")
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, str(FAULT_SCRIPT), str(plan), str(settings_file), str(csv)],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, f"exit status {result.returncode}\n{result.stderr[-3000:]}"
    lines = result.stdout.splitlines()
    assert lines[-1] == "SURVIVED"
    assert "TITLE Still working" in lines, "after all that, an edit still goes through and shows"
    raised = {line.split()[1] for line in lines if line.startswith("RAISED ")}
    [leaves] = [line.split()[1:] for line in lines if line.startswith("LEAVES ")]
    assert len(leaves) >= 35, "every model, proxy, delegate and widget class the app has"
    reached = {where.split(".")[0] for where in raised}
    assert set(leaves) - reached == set(), "a fault reached every class the window builds"
    # one of each kind, including the overrides that crash PySide 6.12 outright
    for where in (
        "ChecklistModel.rowCount",  # tree model
        "ChecklistModel.parent",
        "ChecklistModel.index",
        "RolesModel.data",  # the shared table model of every plan list
        "MarketComparisonModel.rowCount",  # the compensation tables
        "NavigationModel.data",  # list model
        "TemplateListModel.rowCount",
        "ChecklistFilterProxy.filterAcceptsRow",  # proxies
        "RiskCellFilter.filterAcceptsRow",
        "ChecklistModel.mimeData",  # drag
        "ChecklistDelegate.paint",  # delegates
        "ChoiceDelegate.createEditor",
        "RisksDelegate.setEditorData",
        "RiskHeatMap.paintEvent",  # painted widgets and their input
        "RiskHeatMap.mousePressEvent",
        "OptionalDateEdit.keyPressEvent",
        "PlanHeader.eventFilter",  # raised while the window is being built
        "RolesOffersPanel.showEvent",
        "PdfPreviewDialog.closeEvent",  # dialogs
        "TextRowsModel.data",  # the import preview
        "a",  # "a slot"
    ):
        assert where in raised, f"no fault reached {where}"
    messages = [line for line in lines if line.startswith("MESSAGE ")]
    # every guarded fault comes from one line of the script: one problem, one message; the slot's
    # fault reaches the handler by another path, so it is a second problem with its own message
    assert len(messages) == 2, messages
    assert all(m.startswith("MESSAGE Something went wrong|") for m in messages)
    assert "injected fault in" in messages[0] and "The window keeps working" in messages[0]
    log = error_log_path().read_text(encoding="utf-8")
    assert log.count("FaultError: injected fault in") >= 20


def test_a_contained_exception_still_reaches_sys_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    """Containment must not hide bugs: what it catches goes to ``sys.excepthook``, which is the
    app's error handler in the app and pytest-qt's capture in tests (a bug fails its test)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: seen.append(exc))

    class Buggy(Contained, QAbstractItemModel):
        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            raise KeyError("a real bug")

    assert Buggy().rowCount() == 0
    assert [repr(exc) for exc in seen] == ["KeyError('a real bug')"]
