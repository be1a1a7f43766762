"""The screens: the Overview, the checklist, Roles and offers, Compensation, Risks and Policy watch.

The one place the shell builds a screen (tool windows are built by ``dialog_actions``). The
Overview is built with the window; every other screen the first time its section is shown, inside
a page the window's stack already holds, and the import of its module is inside its factory for
the same reason. Once the window has shown its figures, :meth:`SectionPanels.import_when_idle`
imports those modules one per turn of the event loop, so a person's first visit to a screen waits
for its widgets only. ``SECTION_OF_KIND`` says which section owns each kind of plan object, so a "show
me this" from a flag, the overview or the compensation table lands on the right screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hireplan.gui.common import section_keys as nav
from hireplan.gui.overview.overview_page import OverviewPage

if TYPE_CHECKING:
    from hireplan.gui.checklist.checklist_panel import ChecklistPanel
    from hireplan.gui.common.prompts import Prompter
    from hireplan.gui.compensation.compensation_panel import CompensationPanel
    from hireplan.gui.document.document import PlanDocument
    from hireplan.gui.policy.policy_panel import PolicyPanel
    from hireplan.gui.risks.risks_panel import RisksPanel
    from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel

SECTION_OF_KIND: dict[str, str] = {
    "step": nav.ALL_STEPS,
    "item": nav.ALL_STEPS,
    "role": nav.ROLES,
    "offer": nav.ROLES,
    "benchmark": nav.ROLES,
    "band": nav.ROLES,
    "market": nav.ROLES,
    "rate": nav.ROLES,
    "ppp": nav.ROLES,
    "risk": nav.RISKS,
    "policy": nav.POLICY,
}
"""Where each kind of object is edited (market data is a tab of Roles and offers)."""


class SectionPanel(Protocol):
    """What a section screen offers the window: show one object, and ask for another."""

    objectRequested: SignalInstance

    def select_object(self, kind: str, obj_id: str) -> bool: ...


def _roles_class() -> type[RolesOffersPanel]:
    from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel

    return RolesOffersPanel


def _compensation_class() -> type[CompensationPanel]:
    from hireplan.gui.compensation.compensation_panel import CompensationPanel

    return CompensationPanel


def _risks_class() -> type[RisksPanel]:
    from hireplan.gui.risks.risks_panel import RisksPanel

    return RisksPanel


def _policy_class() -> type[PolicyPanel]:
    from hireplan.gui.policy.policy_panel import PolicyPanel

    return PolicyPanel


def _roles(document: PlanDocument, prompter: Prompter) -> QWidget:
    return _roles_class()(document, prompter=prompter)


def _compensation(document: PlanDocument, _prompter: Prompter) -> QWidget:
    return _compensation_class()(document)


def _risks(document: PlanDocument, _prompter: Prompter) -> QWidget:
    return _risks_class()(document)


def _policy(document: PlanDocument, _prompter: Prompter) -> QWidget:
    return _policy_class()(document)


def build_overview(document: PlanDocument) -> OverviewPage:
    """The first screen, built with the window (it shows placeholders until the first analysis)."""
    return OverviewPage(document)


def build_checklist(document: PlanDocument) -> ChecklistPanel:
    """The checklist editor (every step's page), built the first time a step is shown."""
    from hireplan.gui.checklist.checklist_panel import ChecklistPanel

    return ChecklistPanel(document)


FACTORIES: dict[str, Callable[[PlanDocument, Prompter], QWidget]] = {
    nav.ROLES: _roles,
    nav.COMPENSATION: _compensation,
    nav.RISKS: _risks,
    nav.POLICY: _policy,
}

SCREEN_IMPORTS: tuple[Callable[[], type[QWidget]], ...] = (
    _roles_class,
    _compensation_class,
    _risks_class,
    _policy_class,
)
"""Import each lazily built screen's module (and return its class), in the navigation's order."""


class SectionPanels(QObject):
    """Holds one empty page per lazily built section and fills it on first use; passes on every
    screen's "show me this object" as one ``objectRequested`` signal."""

    objectRequested = Signal(str, str)

    def __init__(self, document: PlanDocument, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._prompter = prompter
        self.pages: dict[str, QWidget] = {}
        self._panels: dict[str, QWidget] = {}
        for key in FACTORIES:
            page = QWidget()
            page.setObjectName(f"{key}Page")
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self.pages[key] = page

    def import_when_idle(self, imports: Sequence[Callable[[], object]] | None = None) -> None:
        """Import the screens' modules (:data:`SCREEN_IMPORTS`), one per turn of the event loop so
        a click or a key pressed meanwhile waits for one module at most; nothing is built."""
        pending = SCREEN_IMPORTS if imports is None else imports
        if pending:
            pending[0]()
            QTimer.singleShot(0, self, lambda: self.import_when_idle(pending[1:]))

    def built(self, key: str) -> QWidget | None:
        """The section's screen if it has been built, else None (nothing is built by asking)."""
        return self._panels.get(key)

    def panel(self, key: str) -> QWidget:
        """The section's screen, built now if this is the first time it is needed."""
        panel = self._panels.get(key)
        if panel is None:
            panel = FACTORIES[key](self._document, self._prompter)
            layout = self.pages[key].layout()
            assert layout is not None
            layout.addWidget(panel)
            signal: SignalInstance = panel.objectRequested  # type: ignore[attr-defined]
            signal.connect(self.objectRequested)
            self._panels[key] = panel
        return panel
