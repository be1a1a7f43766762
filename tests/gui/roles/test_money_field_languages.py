"""Money in the offer form and the offers table reads and shows the way each language writes it.

A recruiter in Hangzhou types ``30万`` into a base salary in CNY and the plan holds 300,000 exactly;
the field names the currency as the window's language does; a symbol of another currency, or words,
are refused with a sentence and the plan is left alone (docs/calculations.md, section 13).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.signals import emitted
from hireplan.gui.common.money_edit import MoneyEdit
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.roles.offers_model import OffersModel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.i18n import using_language
from hireplan.storage.builtin_templates import sample_plan

OFFER = "offer-hz-research-a"  # a Hangzhou offer, in CNY


@pytest.fixture
def chinese() -> Iterator[None]:
    with using_language("zh_CN"):
        yield


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(sample_plan())


@pytest.fixture
def panel(qtbot: QtBot, doc: PlanDocument) -> RolesOffersPanel:
    widget = RolesOffersPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def base_field(panel: RolesOffersPanel) -> MoneyEdit:
    assert panel.select_object("offer", OFFER)
    editor = panel.offer_form.editor_for("base")
    assert isinstance(editor, MoneyEdit)
    return editor


def offer_base(doc: PlanDocument) -> Decimal:
    return next(o.base for o in doc.plan.offers if o.id == OFFER)


def test_a_chinese_amount_typed_in_wan_is_stored_exactly(
    chinese: None, panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    field = base_field(panel)
    assert field.unit() == "CNY" and field.unit_label.text() == "人民币"
    field.set_text_and_commit("30万")
    assert offer_base(doc) == Decimal(300000)
    assert field.text() == "300,000"
    field.set_text_and_commit("¥1.5万元")
    assert offer_base(doc) == Decimal(15000)


def test_another_currency_or_words_are_refused_with_a_chinese_sentence(
    chinese: None, panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    field = base_field(panel)
    before = offer_base(doc)
    with emitted(qtbot, field.refused) as refusals:
        field.set_text_and_commit("$300,000")
    assert refusals == [("“$300,000”用的是 $，但此金额的币种是人民币。",)]
    with emitted(qtbot, field.refused) as refusals:
        field.set_text_and_commit("三十万")
    assert refusals[0][0].startswith("“三十万”不是金额；请填写数字")
    assert offer_base(doc) == before


def test_english_fields_read_the_same_amounts(panel: RolesOffersPanel, doc: PlanDocument) -> None:
    field = base_field(panel)
    assert field.unit_label.text() == "CNY"
    field.set_text_and_commit("CNY 450k")
    assert offer_base(doc) == Decimal(450000)


def test_the_offers_table_shows_money_as_each_language_writes_it(doc: PlanDocument, qtbot: QtBot) -> None:
    model = OffersModel(doc)
    model.set_live()
    row = next(r for r, o in enumerate(doc.plan.offers) if o.id == OFFER)
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    annual = next(c for c, header in enumerate(headers) if "Annual" in header)
    english = model.data(model.index(row, annual))
    assert str(english).startswith("CNY ")
    with using_language("zh_CN"):
        chinese = model.data(model.index(row, annual))
    assert str(chinese).endswith(" 人民币")
