"""The roles and policy screens inside the real window: they show
the open plan, follow File > New/Open (plan reset), and the window's undo takes back their edits."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pytestqt.qtbot import QtBot

from hireplan.gui.common import section_keys as nav
from hireplan.gui.policy.policy_panel import PolicyPanel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.storage.builtin_templates import sample_plan


def test_panels_in_the_window_follow_plan_resets_and_share_undo(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = make_window(show=True)
    window.document.replace(sample_plan(), None)
    window.go_to_section(nav.ROLES)
    roles = window.section_panel(nav.ROLES)
    assert isinstance(roles, RolesOffersPanel)
    qtbot.waitUntil(roles.isVisible)
    assert roles.roles_model.rowCount() == len(window.document.plan.roles)
    assert roles.select_object("offer", "offer-sv-applied-d")
    base = roles.offer_form.money["base"]
    base.set_text_and_commit("250000")
    assert window.document.plan.offers[3].base == Decimal(250000)
    assert window.document.is_modified()
    window.document.undo_stack.undo()
    assert window.document.plan.offers[3].base == Decimal(165000)
    # A new plan replaces everything: the tables follow and the form lets go of the old offer.
    smaller = sample_plan()
    smaller.roles = smaller.roles[:1]
    smaller.offers = [o for o in smaller.offers if o.role_id == smaller.roles[0].id]
    window.document.replace(smaller, None)
    assert roles.roles_model.rowCount() == 1
    assert roles.offers_model.rowCount() == len(smaller.offers)
    assert roles.offer_form.offer_id() is None
    window.go_to_section(nav.POLICY)
    policy = window.section_panel(nav.POLICY)
    assert isinstance(policy, PolicyPanel)
    qtbot.waitUntil(policy.isVisible)
    assert policy.model.rowCount() == len(smaller.policy_watch)
