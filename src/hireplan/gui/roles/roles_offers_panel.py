"""The "Roles and offers" screen: roles table, the offers for the selected role, and the offer form.

A second tab holds the market data (markets, benchmarks, rates, PPP) the offers are compared
with, since there is no separate navigation entry for it. Add, duplicate and delete are one
undo step each (deleting a role takes its offers with it, in the same step); edits in cells go
through the table models, edits of an offer's package through :class:`OfferForm`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.prompts import Prompter
from hireplan.gui.common.row_clipboard import RowSource, attach_row_clipboard
from hireplan.gui.common.style import error_style
from hireplan.gui.common.table_views import (
    bind_delete_key,
    focus_action_button,
    make_table,
    select_ids,
    select_row,
    selected_ids,
    tool_button,
)
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.roles.offer_form import OfferForm
from hireplan.gui.roles.offer_statement_action import OfferStatementAction
from hireplan.gui.roles.offers_model import OffersFilter, OffersModel
from hireplan.gui.roles.roles_model import RolesModel

if TYPE_CHECKING:
    from hireplan.gui.market_data.market_data_panel import MarketDataPanel


class RolesOffersPanel(Contained, QWidget):
    """Roles, offers and the selected offer's package; market data in a second tab."""

    objectRequested = Signal(str, str)

    def __init__(
        self, document: PlanDocument, parent: QWidget | None = None, *, prompter: Prompter | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._prompter = prompter

        self.roles_model = RolesModel(document, self)
        self.roles_view = make_table(
            self.roles_model, "rolesTable", QCoreApplication.translate("RolesOffersPanel", "Roles")
        )
        self.offers_model = OffersModel(document, self)
        self.offers_filter = OffersFilter(self)
        self.offers_filter.setSourceModel(self.offers_model)
        self.offers_view = make_table(
            self.offers_filter,
            "offersTable",
            QCoreApplication.translate("RolesOffersPanel", "Offers of the selected role"),
        )
        self.offer_form = OfferForm(document, self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        for model in (self.roles_model, self.offers_model):
            model.editRefused.connect(self.show_message)
        self.offer_form.refused.connect(self.show_message)

        self.add_role_action = QAction(QCoreApplication.translate("RolesOffersPanel", "&Add role"), self)
        self.add_role_action.triggered.connect(self.add_role)
        self.duplicate_role_action = QAction(
            QCoreApplication.translate("RolesOffersPanel", "D&uplicate"), self
        )
        self.duplicate_role_action.triggered.connect(self.duplicate_roles)
        self.delete_role_action = QAction(QCoreApplication.translate("RolesOffersPanel", "Dele&te"), self)
        self.delete_role_action.setToolTip(
            QCoreApplication.translate("RolesOffersPanel", "Delete the selected roles and their offers")
        )
        self.delete_role_action.triggered.connect(self.delete_roles)
        self.add_offer_action = QAction(QCoreApplication.translate("RolesOffersPanel", "Add &offer"), self)
        self.add_offer_action.triggered.connect(self.add_offer)
        self.duplicate_offer_action = QAction(
            QCoreApplication.translate("RolesOffersPanel", "Dupl&icate"), self
        )
        self.duplicate_offer_action.triggered.connect(self.duplicate_offers)
        self.delete_offer_action = QAction(QCoreApplication.translate("RolesOffersPanel", "De&lete"), self)
        self.delete_offer_action.triggered.connect(self.delete_offers)
        self.statement_action = OfferStatementAction(
            document, self.selected_offer_ids, self, prompter=prompter
        )
        self.undo_action = document.undo_action(self, QCoreApplication.translate("RolesOffersPanel", "U&ndo"))
        self.redo_action = document.redo_action(self, QCoreApplication.translate("RolesOffersPanel", "Re&do"))
        self.all_offers = QCheckBox(QCoreApplication.translate("RolesOffersPanel", "Sho&w all roles"))
        self.all_offers.setToolTip(
            QCoreApplication.translate(
                "RolesOffersPanel", "Show the offers of every role, not only the selected one"
            )
        )
        self.all_offers.toggled.connect(lambda _on: self._follow_role())

        roles_bar = QHBoxLayout()
        roles_title = QLabel("<b>{}</b>".format(QCoreApplication.translate("RolesOffersPanel", "Roles")))
        roles_bar.addWidget(roles_title)
        roles_bar.addStretch(1)
        for action in (self.add_role_action, self.duplicate_role_action, self.delete_role_action):
            roles_bar.addWidget(tool_button(action))
        roles_bar.addSpacing(12)
        roles_bar.addWidget(tool_button(self.undo_action))
        roles_bar.addWidget(tool_button(self.redo_action))
        offers_bar = QHBoxLayout()
        self.offers_title = QLabel(
            "<b>{}</b>".format(QCoreApplication.translate("RolesOffersPanel", "Offers"))
        )
        offers_bar.addWidget(self.offers_title)
        offers_bar.addWidget(self.all_offers)
        offers_bar.addStretch(1)
        for action in (
            self.add_offer_action,
            self.duplicate_offer_action,
            self.delete_offer_action,
            self.statement_action,
        ):
            offers_bar.addWidget(tool_button(action))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(roles_bar)
        left_layout.addWidget(self.roles_view, 1)
        left_layout.addLayout(offers_bar)
        left_layout.addWidget(self.offers_view, 1)
        left_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.offer_form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        roles_page = QWidget()
        page_layout = QVBoxLayout(roles_page)
        page_layout.addWidget(splitter)
        # The Market data tab's panel (five lists with their models) is built the first time the
        # tab is shown or anything asks for it (:attr:`market_data`): most visits to this screen
        # are for roles and offers, and building it was a fifth of the first switch here.
        self._market_data: MarketDataPanel | None = None
        self.market_data_page = QWidget()
        QVBoxLayout(self.market_data_page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(roles_page, QCoreApplication.translate("RolesOffersPanel", "&Roles and offers"))
        self.tabs.addTab(
            self.market_data_page, QCoreApplication.translate("RolesOffersPanel", "&Market data")
        )
        self.tabs.currentChanged.connect(self._on_tab_shown)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        bind_delete_key(self.roles_view, self.delete_role_action)
        bind_delete_key(self.offers_view, self.delete_offer_action)
        attach_row_clipboard(
            self.roles_view,
            document,
            RowSource(
                "role",
                self.selected_role_ids,
                self.show_message,
                delete=self.delete_roles,
                select=lambda ids: select_ids(self.roles_view, ids),
            ),
        )
        attach_row_clipboard(
            self.offers_view,
            document,
            RowSource(
                "offer",
                self.selected_offer_ids,
                self.show_message,
                delete=self.delete_offers,
                select=lambda ids: select_ids(self.offers_view, ids),
                defaults=self._offer_defaults,
            ),
        )
        self.roles_view.selectionModel().selectionChanged.connect(lambda *_: self._follow_role())
        self.offers_view.selectionModel().selectionChanged.connect(lambda *_: self._follow_offer())
        document.planReset.connect(self._on_reset)
        # A market added under Market data (or a role, or undoing either) changes what can be added.
        document.objectsInserted.connect(lambda kind, *_: self._on_list_changed(kind))
        document.objectsRemoved.connect(lambda kind, *_: self._on_list_changed(kind))
        document.objectsChanged.connect(self._on_objects_changed)
        self._follow_role()
        self._sized = False

    # ------------------------------------------------------------------ showing

    @property
    def market_data(self) -> MarketDataPanel:
        """The Market data tab's panel, built on first use (see ``__init__``)."""
        if self._market_data is None:
            from hireplan.gui.market_data.market_data_panel import MarketDataPanel

            self._market_data = MarketDataPanel(
                self._document, self.market_data_page, prompter=self._prompter
            )
            layout = self.market_data_page.layout()
            assert layout is not None
            layout.addWidget(self._market_data)
        return self._market_data

    def _on_tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.market_data_page:
            self.market_data.show()  # built on the tab's first show

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.offers_model.set_live(True)
        self.roles_model.set_live(True)  # planned against offered comes from the analysis
        if not self._sized:
            self._sized = True
            for view in (self.roles_view, self.offers_view):
                header = view.horizontalHeader()
                # The first fit measures the rows on show (precision 0), not the next 40 as well:
                # on a large plan that was most of the first switch to this screen. A longer text
                # further down is elided with its tooltip, and a double-click on a divider still
                # fits the column to the wider sample.
                precision = header.resizeContentsPrecision()
                header.setResizeContentsPrecision(0)
                view.resizeColumnsToContents()
                header.setResizeContentsPrecision(precision)
                for column in range(header.count()):
                    header.resizeSection(column, min(header.sectionSize(column), 200))
            nothing_chosen = not self.selected_role_ids() and not self.selected_offer_ids()
            if nothing_chosen and self.offers_model.rowCount():
                # An empty form on first sight reads as "nothing here": open the first offer.
                self.select_object("offer", self.offers_model.object_at(0).id)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def _on_list_changed(self, kind: str) -> None:
        if kind in ("role", "market"):
            self._update_add_offer()

    def _on_reset(self) -> None:
        self.offer_form.set_offer(None)
        self._follow_role()

    def selected_role_ids(self) -> list[str]:
        return selected_ids(self.roles_view)

    def selected_offer_ids(self) -> list[str]:
        return selected_ids(self.offers_view)

    def _offer_defaults(self) -> dict[str, object]:
        """Pasted offers with no role (or market) take the role whose offers are on screen."""
        role_id = self.offers_filter.role_id()
        role = next((r for r in self._document.plan.roles if r.id == role_id), None)
        if role is None:
            return {}
        return {"role_id": role.id, "market_id": role.market_id}

    def _follow_role(self) -> None:
        roles = self.selected_role_ids()
        role_id = roles[0] if len(roles) == 1 and not self.all_offers.isChecked() else None
        self.offers_filter.set_role(role_id)
        self.offers_view.setColumnHidden(OffersModel.ROLE_COLUMN, role_id is not None)
        self._show_offers_title()
        self.duplicate_role_action.setEnabled(bool(roles))
        self.delete_role_action.setEnabled(bool(roles))
        self._follow_offer()

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        """A renamed role renames the heading of its offers at once."""
        if kind == "role" and self.offers_filter.role_id() in ids:
            self._show_offers_title()

    def _show_offers_title(self) -> None:
        """``Offers for <role>`` over the offers table, for the role (or roles) chosen above."""
        roles = self.selected_role_ids()
        role_id = self.offers_filter.role_id()
        title = QCoreApplication.translate("RolesOffersPanel", "Offers")
        if role_id is not None:
            role = next((r for r in self._document.plan.roles if r.id == role_id), None)
            if role is not None:
                title = QCoreApplication.translate("RolesOffersPanel", "Offers for {role}").format(
                    role=role.title
                )
        elif not self.all_offers.isChecked() and len(roles) > 1:
            title = QCoreApplication.translate("RolesOffersPanel", "Offers (all roles)")
        self.offers_title.setText(f"<b>{html.escape(title)}</b>")

    def _follow_offer(self) -> None:
        offers = self.selected_offer_ids()
        self.duplicate_offer_action.setEnabled(bool(offers))
        self.delete_offer_action.setEnabled(bool(offers))
        self.statement_action.follow()
        self._update_add_offer()
        self.offer_form.set_offer(offers[0] if len(offers) == 1 else None)

    def _update_add_offer(self) -> None:
        """Add offer is possible as soon as the plan has a role and a market, whatever is selected;
        while it is not, its tooltip says what to add first."""
        plan = self._document.plan
        possible = bool(plan.roles) and bool(plan.markets)
        self.add_offer_action.setEnabled(possible)
        self.add_offer_action.setToolTip(
            QCoreApplication.translate("RolesOffersPanel", "Add an offer for the selected role.")
            if possible
            else QCoreApplication.translate(
                "RolesOffersPanel",
                "Add a role, and a market under Market data, first: an offer is for a role in a market.",
            )
        )

    # ------------------------------------------------------------------ actions

    def add_role(self) -> str:
        role_id = self._document.add_new("role")
        self.select_object("role", role_id)
        self.roles_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.roles_view.edit(self.roles_view.currentIndex())
        return role_id

    def duplicate_roles(self) -> list[str]:
        ids = self._document.duplicate_objects("role", self.selected_role_ids())
        if ids:
            self.select_object("role", ids[0])
        return ids

    def delete_roles(self) -> int:
        ids = self.selected_role_ids()
        if not ids:
            return 0
        offers = [offer for offer in self._document.plan.offers if offer.role_id in ids]
        question = QCoreApplication.translate(
            "RolesOffersPanel",
            "The selected roles have %n offer(s); they will be deleted too. You can undo this.",
            None,
            len(offers),
        )
        if (
            offers
            and self._prompter is not None
            and not self._prompter.ask_confirm(
                self,
                QCoreApplication.translate("RolesOffersPanel", "Delete roles"),
                question,
                QCoreApplication.translate("RolesOffersPanel", "Delete"),
            )
        ):
            return 0
        return self._document.remove_objects("role", ids, with_dependents=True)

    def add_offer(self) -> str | None:
        roles = self.selected_role_ids()
        try:
            offer_id = self._document.add_new("offer", role_id=roles[0] if roles else None)
        except ValueError as error:
            self.show_message(str(error))
            return None
        self.select_object("offer", offer_id)
        self.offer_form.focus_first_field()  # the candidate, then Tab to the base
        return offer_id

    def duplicate_offers(self) -> list[str]:
        ids = self._document.duplicate_objects("offer", self.selected_offer_ids())
        if ids:
            self.select_object("offer", ids[0])
        return ids

    def delete_offers(self) -> int:
        return self._document.remove_objects("offer", self.selected_offer_ids())

    # ------------------------------------------------------------------ jump to an object

    def select_object(self, kind: str, obj_id: str) -> bool:
        """Show a role, an offer (selecting its role first) or a market-data object; with
        ``NEW_OBJECT`` the list of that kind with the keyboard on its Add button."""
        if obj_id == nav.NEW_OBJECT and kind in ("role", "offer"):
            plan = self._document.plan
            if kind == "offer" and plan.roles and not plan.markets:
                kind = "market"  # an offer needs a market: that is what to add first
            else:
                self.tabs.setCurrentIndex(0)
                wanted = self.add_offer_action if kind == "offer" and plan.roles else self.add_role_action
                return focus_action_button(self, wanted)
        if kind == "role":
            row = self.roles_model.row_of(obj_id)
            if row < 0:
                return False
            self.tabs.setCurrentIndex(0)
            select_row(self.roles_view, row)
            return True
        if kind == "offer":
            row = self.offers_model.row_of(obj_id)
            if row < 0:
                return False
            self.tabs.setCurrentIndex(0)
            offer = self.offers_model.object_at(row)
            role_row = self.roles_model.row_of(offer.role_id)
            if role_row >= 0:
                select_row(self.roles_view, role_row)
            else:
                self.all_offers.setChecked(True)
            proxy_index = self.offers_filter.mapFromSource(self.offers_model.index(row, 0))
            if not proxy_index.isValid():
                self.all_offers.setChecked(True)
                proxy_index = self.offers_filter.mapFromSource(self.offers_model.index(row, 0))
            select_row(self.offers_view, proxy_index.row())
            return True
        if obj_id == nav.NEW_OBJECT and kind in self.market_data.pages:
            self.tabs.setCurrentWidget(self.market_data_page)  # shown first, so its button can take the focus
            return self.market_data.select_object(kind, obj_id)
        if self.market_data.select_object(kind, obj_id):
            self.tabs.setCurrentWidget(self.market_data_page)
            return True
        return False
