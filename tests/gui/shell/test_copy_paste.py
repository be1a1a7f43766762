"""Edit › Cut/Copy/Paste/Select All in the real window, by their standard keys, with the real clipboard.

What a person relies on: selected rows of the checklist, roles, offers, benchmarks and risks land on
the clipboard as a spreadsheet's tab-separated rows with a header; rows copied from a spreadsheet
(or another plan) paste in as one undo step; a sheet with bad cells adds nothing and says which
row and column are wrong; text fields keep their own Ctrl+C.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.table_views import select_ids
from hireplan.gui.risks.risks_model import RiskIdRole
from hireplan.gui.risks.risks_panel import RisksPanel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.storage.builtin_templates import sample_plan
from hireplan.storage.tsv import parse_tsv

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _shown(window: Any, qtbot: QtBot, key: str) -> Any:
    window.go_to_section(key)
    panel = window.checklist if nav.is_checklist_section(key) else window.section_panel(key)
    qtbot.waitUntil(panel.isVisible)
    return panel


def _focus(qtbot: QtBot, window: Any, widget: QWidget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _press(qtbot: QtBot, sequence: QKeySequence.StandardKey) -> None:
    """The platform's key for ``sequence`` (Ctrl+C here), sent to whatever has the focus."""
    combo = QKeySequence(sequence)[0]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def _clipboard_rows() -> list[list[str]]:
    return parse_tsv(QApplication.clipboard().text())


def _select(view: QAbstractItemView, ids: Sequence[str], role: int | None = None) -> None:
    if role is None:
        select_ids(view, ids)
    else:
        select_ids(view, ids, role)


def test_two_offers_copy_with_a_header_and_paste_into_another_plan_as_one_undo_step(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    roles = _shown(window, qtbot, nav.ROLES)
    assert isinstance(roles, RolesOffersPanel)
    roles.all_offers.setChecked(True)
    offers = window.document.plan.offers[:2]
    _select(roles.offers_view, [offer.id for offer in offers])
    _focus(qtbot, window, roles.offers_view)
    _press(qtbot, QKeySequence.StandardKey.Copy)

    rows = _clipboard_rows()
    assert rows[0][:5] == ["Role", "Market", "Candidate", "Currency", "Base"]
    assert len(rows) == 3
    assert [row[2] for row in rows[1:]] == [offer.candidate for offer in offers]
    assert [Decimal(row[4]) for row in rows[1:]] == [offer.base for offer in offers]

    other = sample_plan()
    other.title = "Another plan"
    other.offers = []
    window.document.replace(other, None)
    roles.all_offers.setChecked(True)
    _focus(qtbot, window, roles.offers_view)
    _press(qtbot, QKeySequence.StandardKey.Paste)

    pasted = window.document.plan.offers
    assert [(o.candidate, o.role_id, o.market_id, o.base, o.equity_grant) for o in pasted] == [
        (o.candidate, o.role_id, o.market_id, o.base, o.equity_grant) for o in offers
    ]
    assert {o.id for o in pasted}.isdisjoint({o.id for o in offers})  # new objects, not the old ones
    assert roles.selected_offer_ids() == [o.id for o in pasted]  # the person sees what came in
    assert "Paste" in window.document.undo_stack.undoText()
    window.document.undo_stack.undo()
    assert window.document.plan.offers == []


def test_a_sheet_with_a_bad_amount_and_a_bad_date_adds_nothing_and_names_row_and_column(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    roles = _shown(window, qtbot, nav.ROLES)
    page = roles.market_data.benchmarks
    roles.tabs.setCurrentWidget(roles.market_data)
    before = list(window.document.plan.benchmarks)
    market = window.document.plan.markets[0].name
    QApplication.clipboard().setText(
        "Market\tJob family\tBase P50\tAs of\n"
        f"{market}\tData engineer\t180000\t2026-03-31\n"
        f"{market}\tML engineer\t18O,000\t2026-03-31\n"
        f"{market}\tResearch scientist\t200000\t31/31/2026\n"
    )
    _focus(qtbot, window, page.view)
    depth = window.document.undo_stack.count()
    _press(qtbot, QKeySequence.StandardKey.Paste)

    assert window.document.plan.benchmarks == before
    assert window.document.undo_stack.count() == depth
    message = roles.market_data.message.text()
    assert "Nothing was pasted" in message
    assert "Row 2, Base P50: '18O,000' is not an amount" in message
    assert "Row 3, As of: '31/31/2026' is not a date" in message


def test_checklist_roles_benchmarks_and_risks_copy_their_selected_rows(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    plan = window.document.plan

    checklist = _shown(window, qtbot, nav.ALL_STEPS)
    items = plan.steps[1].items[:2]
    checklist.select_object("item", items[0].id)
    checklist._select_ids([item.id for item in items])
    _focus(qtbot, window, checklist.tree)
    _press(qtbot, QKeySequence.StandardKey.Copy)
    rows = _clipboard_rows()
    assert rows[0][:3] == ["Step", "Item", "Status"]
    assert [row[1] for row in rows[1:]] == [item.text for item in items]
    assert {row[0] for row in rows[1:]} == {plan.steps[1].title}

    roles = _shown(window, qtbot, nav.ROLES)
    _select(roles.roles_view, [plan.roles[0].id])
    _focus(qtbot, window, roles.roles_view)
    _press(qtbot, QKeySequence.StandardKey.Copy)
    rows = _clipboard_rows()
    assert rows[0][0] == "Title"
    assert rows[1:] and rows[1][0] == plan.roles[0].title and len(rows) == 2

    roles.tabs.setCurrentWidget(roles.market_data)
    view = roles.market_data.benchmarks.view
    _focus(qtbot, window, view)
    _press(qtbot, QKeySequence.StandardKey.SelectAll)
    _press(qtbot, QKeySequence.StandardKey.Copy)
    rows = _clipboard_rows()
    assert rows[0][:2] == ["Market", "Job family"]
    assert [row[1] for row in rows[1:]] == [b.job_family for b in plan.benchmarks]

    risks = _shown(window, qtbot, nav.RISKS)
    assert isinstance(risks, RisksPanel)
    risk_ids = [risk.id for risk in plan.risks[:2]]
    _select(risks.register.risks_view, risk_ids, RiskIdRole)
    _focus(qtbot, window, risks.register.risks_view)
    _press(qtbot, QKeySequence.StandardKey.Cut)  # copy, then delete: one undo step
    rows = _clipboard_rows()
    assert rows[0][:4] == ["Title", "Category", "Likelihood", "Impact"]
    assert [row[0] for row in rows[1:]] == [r.title for r in sample_plan().risks[:2]]
    assert not {risk.id for risk in plan.risks} & set(risk_ids)
    window.document.undo_stack.undo()
    assert [risk.id for risk in window.document.plan.risks[:2]] == risk_ids


def test_pasted_checklist_items_go_below_the_current_item_as_one_step(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    checklist = _shown(window, qtbot, nav.ALL_STEPS)
    step = window.document.plan.steps[0]
    first = step.items[0]
    QApplication.clipboard().setText("事项\t状态\n核对候选人的期望\t进行中\nCall the references\tDone\n")
    checklist.select_object("item", first.id)
    _focus(qtbot, window, checklist.tree)
    _press(qtbot, QKeySequence.StandardKey.Paste)
    texts = [(item.text, item.status.value) for item in window.document.plan.steps[0].items[1:3]]
    assert texts == [("核对候选人的期望", "in_progress"), ("Call the references", "done")]
    window.document.undo_stack.undo()
    assert [item.id for item in window.document.plan.steps[0].items] == [item.id for item in step.items]


def test_ctrl_c_in_a_line_edit_still_copies_its_text(make_window: Callable[..., Any], qtbot: QtBot) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    roles = _shown(window, qtbot, nav.ROLES)
    roles.select_object("offer", window.document.plan.offers[0].id)
    field = roles.offer_form.findChild(QLineEdit)
    assert field is not None
    field.setText("Candidate Z")
    _focus(qtbot, window, field)
    QApplication.clipboard().setText("before")
    field.selectAll()
    _press(qtbot, QKeySequence.StandardKey.Copy)
    assert QApplication.clipboard().text() == "Candidate Z"
    assert window.edit_actions.copy_action.isEnabled()


def test_a_read_only_plan_copies_but_neither_cut_nor_paste_changes_it(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    window.document.set_read_only("The file cannot be written.")
    risks = _shown(window, qtbot, nav.RISKS)
    before = window.document.plan.model_dump()
    _select(risks.register.risks_view, [window.document.plan.risks[0].id], RiskIdRole)
    _focus(qtbot, window, risks.register.risks_view)
    _press(qtbot, QKeySequence.StandardKey.Cut)
    assert _clipboard_rows()[1][0] == window.document.plan.risks[0].title  # copied all the same
    _press(qtbot, QKeySequence.StandardKey.Paste)
    assert window.document.plan.model_dump() == before
    assert "read-only" in risks.register.message_label.text()


def test_the_edit_menu_offers_the_four_actions_by_standard_keys_enabled_for_the_focus(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    edit = window.edit_actions
    menu = window.findChild(QMenu, "editMenu")
    assert menu is not None
    standard = QKeySequence.StandardKey
    assert [(a.text(), a.shortcut()) for a in edit.actions] == [
        ("Cu&t", QKeySequence(standard.Cut)),
        ("&Copy", QKeySequence(standard.Copy)),
        ("&Paste", QKeySequence(standard.Paste)),
        ("Select &All", QKeySequence(standard.SelectAll)),
    ]
    assert all(action in menu.actions() for action in edit.actions)

    risks = _shown(window, qtbot, nav.RISKS)
    _focus(qtbot, window, risks.flags_view)  # a table with no rows to copy (flags are the analysis')
    assert [a.isEnabled() for a in edit.actions] == [False, False, False, True]
    _focus(qtbot, window, risks.register.risks_view)
    risks.register.risks_view.clearSelection()
    assert [a.isEnabled() for a in edit.actions] == [True, True, True, True]  # a selection may come
    edit.update_enabled(precise=True)  # as the open menu shows it: nothing selected, nothing to cut
    assert not edit.copy_action.isEnabled()
    assert not edit.cut_action.isEnabled()
    edit.update_enabled()  # the menu closed: Ctrl+C works on a selection made later
    assert edit.copy_action.isEnabled()


def test_rows_pasted_into_one_roles_offers_take_that_role_and_its_market(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    roles = _shown(window, qtbot, nav.ROLES)
    role = next(r for r in window.document.plan.roles if r.market_id)
    roles.select_object("role", role.id)
    QApplication.clipboard().setText("候选人\t基本工资\n李伟\t800,000\n")
    _focus(qtbot, window, roles.offers_view)
    _press(qtbot, QKeySequence.StandardKey.Paste)
    offer = window.document.plan.offers[-1]
    market = next(m for m in window.document.plan.markets if m.id == role.market_id)
    assert (offer.candidate, offer.base, offer.role_id, offer.market_id, offer.currency) == (
        "李伟",
        Decimal(800_000),
        role.id,
        market.id,
        market.currency,
    )
    assert roles.selected_offer_ids() == [offer.id]
