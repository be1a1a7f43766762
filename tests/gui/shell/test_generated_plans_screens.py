"""Every screen can show any plan the model accepts: plans generated across the whole accepted space
(every bound at its limit included, the same plans the export property test walks) open in the real
window, and every table and list on every screen answers every question Qt asks it — each cell's
text, tooltip, edit value, colours, icon, accessible text and the app's own roles, and each header —
without an exception, and the window still edits and undoes afterwards.

The app's models are ``Contained``: an exception inside ``data()`` goes to ``sys.excepthook`` and Qt
gets "no data". So the test captures what reaches the hook for each generated plan and fails on it
(pytest-qt's own capture, on for the whole suite, would also fail the test, but without shrinking).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from traceback import format_exception
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from helpers.limit_plans import limit_plans
from helpers.plan_repair import make_whole
from helpers.plan_strategies import risks, steps
from hireplan.gui.common import section_keys as nav
from hireplan.gui.compensation.compensation_panel import CompensationPanel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.gui.shell.main_window import MainWindow
from hireplan.model import Plan, PolicyWatchEntry

_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.SizeHintRole,
    # The app's own roles (ids, kinds, sort keys) start at UserRole; none goes past +40.
    *(Qt.ItemDataRole(Qt.ItemDataRole.UserRole + n) for n in range(41)),
]
_HEADER_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.AccessibleTextRole,
]


# The limits' plans, with checklist steps, risks and policy entries too so those screens have rows.
_screen_plans = st.builds(
    lambda plan, plan_steps, plan_risks, watch: make_whole(
        plan.model_copy(update={"steps": plan_steps, "risks": plan_risks, "policy_watch": watch})
    ),
    limit_plans,
    st.lists(steps, min_size=1, max_size=2),
    st.lists(risks, max_size=2),
    st.lists(st.builds(PolicyWatchEntry, id=st.sampled_from(["p", "q"])), max_size=2),
)


def _models(root: QWidget) -> Iterator[QAbstractItemModel]:
    """Every item model a view under ``root`` shows, and every model a proxy among them wraps."""
    seen: set[int] = set()
    for view in root.findChildren(QAbstractItemView):
        model: QAbstractItemModel | None = view.model()
        while model is not None and id(model) not in seen:
            seen.add(id(model))
            yield model
            model = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None


def _indexes(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    for row in range(model.rowCount(parent)):
        for column in range(max(model.columnCount(parent), 1)):
            index = model.index(row, column, parent)
            if index.isValid():
                yield index
                if column == 0 and model.rowCount(index) > 0:  # a tree's children hang off column 0
                    yield from _indexes(model, index)


def _read_everything(root: QWidget) -> int:
    """Ask each model on the screen for every cell in every role and every header; how many cells."""
    cells = 0
    for model in _models(root):
        for orientation, count in (
            (Qt.Orientation.Horizontal, model.columnCount()),
            (Qt.Orientation.Vertical, model.rowCount()),
        ):
            for section in range(count):
                for role in _HEADER_ROLES:
                    model.headerData(section, orientation, role)
        for index in _indexes(model, QModelIndex()):
            model.flags(index)
            for role in _ROLES:
                model.data(index, role)
            cells += 1
    return cells


def _settle(qtbot: QtBot) -> None:
    """Let queued analysis and repaints run, as they would before the person looks."""
    QApplication.processEvents()
    qtbot.wait(20)


def _visit(window: MainWindow, qtbot: QtBot, section: str) -> QWidget:
    window.go_to_section(section)
    _settle(qtbot)
    assert window.current_section() == section
    page = window.page(section)
    assert page is not None and page.isVisible(), section
    return page


def _screens(window: MainWindow, qtbot: QtBot, plan: Plan) -> Iterator[tuple[str, QWidget]]:
    """Each screen in turn, shown, with every sub-view the person can switch to."""
    yield "Overview", _visit(window, qtbot, nav.OVERVIEW)
    yield "All steps", _visit(window, qtbot, nav.ALL_STEPS)
    for step in plan.steps:
        yield f"step {step.key}", _visit(window, qtbot, nav.step_section(step.key))
    yield "Roles and offers", _visit(window, qtbot, nav.ROLES)
    roles = window.sections.built(nav.ROLES)
    assert isinstance(roles, RolesOffersPanel)
    for tab in range(roles.tabs.count()):
        roles.tabs.setCurrentIndex(tab)
        _settle(qtbot)
        yield f"Roles tab {tab}", roles
    for tab in range(roles.market_data.tabs.count()):
        roles.market_data.tabs.setCurrentIndex(tab)
        _settle(qtbot)
        yield f"Market data tab {tab}", roles
    yield "Compensation", _visit(window, qtbot, nav.COMPENSATION)
    compensation = window.sections.built(nav.COMPENSATION)
    assert isinstance(compensation, CompensationPanel)
    for row in range(max(compensation.role_combo.count(), 1)):
        compensation.role_combo.setCurrentIndex(row)
        for button in (compensation.nominal_button, compensation.ppp_button):
            button.click()
            _settle(qtbot)
            yield f"Compensation role {row} {button.text()}", compensation
    yield "Risks", _visit(window, qtbot, nav.RISKS)
    yield "Policy watch", _visit(window, qtbot, nav.POLICY)


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(plan=_screen_plans)
def test_every_screen_reads_every_cell_of_a_plan_at_the_limits(
    plan: Plan, make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window: MainWindow = make_window(show=True)
    # Qt swallows what a model raises (the app reports it to sys.excepthook): catch it per plan, so
    # hypothesis sees the failing example and shrinks it.
    with qtbot.capture_exceptions() as caught:
        window.files.show_untitled(plan)
        _settle(qtbot)
        visited, cells = [], 0
        for name, panel in _screens(window, qtbot, plan):
            cells += _read_everything(panel)
            panel.grab()  # paint it too: delegates ask the models what they draw
            visited.append(name)
    assert not caught, "".join(format_exception(*caught[0]))
    assert cells > 0  # the plan's role at least is listed
    assert "Policy watch" in visited and any(name.startswith("Market data") for name in visited)

    # The window still answers: the title edits through the header and undoes back.
    before = window.document.plan.title
    window.header.title_edit.setFocus()
    window.header.title_edit.selectAll()
    qtbot.keyClicks(window.header.title_edit, "Still here")
    qtbot.keyClick(window.header.title_edit, Qt.Key.Key_Tab)
    _settle(qtbot)
    assert window.document.plan.title == "Still here"
    window.document.undo_stack.undo()
    _settle(qtbot)
    assert window.document.plan.title == before
    assert window.header.title_edit.text() == before
