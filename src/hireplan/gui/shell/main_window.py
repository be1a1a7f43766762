"""The main window: an assembly of helpers, each owning one job.

Navigation (``navigation``), the plan header (``plan_header``), the status summary
(``status_bar``), files (``file_actions``), recovery copies (``autosave``), the plan lock
(``shared_plan``), settings (``app_settings``) and menus (``window_menus``) live in their own
modules; this class wires them to one ``PlanDocument`` and decides what happens at start and close.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.busy_cursor import busy_cursor
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.prompts import Prompter, QtPrompter
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.shell import startup
from hireplan.gui.shell.autosave import Autosaver
from hireplan.gui.shell.dialog_actions import DialogActions, choose_template
from hireplan.gui.shell.edit_actions import EditActions
from hireplan.gui.shell.file_actions import FileActions
from hireplan.gui.shell.format_upgrade import FormatNote
from hireplan.gui.shell.navigation import NavigationView
from hireplan.gui.shell.pane_cycle import install_pane_keys
from hireplan.gui.shell.plan_header import PlanHeader
from hireplan.gui.shell.read_only_notice import ReadOnlyNotice
from hireplan.gui.shell.section_panels import (
    FACTORIES,
    SECTION_OF_KIND,
    SectionPanel,
    SectionPanels,
    build_checklist,
    build_overview,
)
from hireplan.gui.shell.status_bar import StatusSummary
from hireplan.gui.shell.team_actions import TeamActions
from hireplan.gui.shell.version_actions import VersionActions, approval_title
from hireplan.gui.shell.window_input import commit_focused_editor, plan_path_from_mime
from hireplan.gui.shell.window_menus import add_checklist_actions, build_menus, fill_go_menu
from hireplan.model import Plan

if TYPE_CHECKING:
    from hireplan.gui.checklist.checklist_panel import ChecklistPanel

STATUS_TIMEOUT_MS = 8000


class MainWindow(Contained, QMainWindow):
    """One plan per window. ``startup()`` decides which plan to show first."""

    firstPainted = Signal()
    figuresShown = Signal()
    """The work after the first paint (the analysis behind the status bar and Overview) has run."""

    def __init__(
        self,
        prompter: Prompter | None = None,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.prompter: Prompter = prompter or QtPrompter(choose_template)
        self.settings = settings or AppSettings()
        untitled = QCoreApplication.translate("MainWindow", "Untitled plan")
        self.document = PlanDocument(Plan(title=untitled), None, self)
        self._pages: dict[str, QWidget] = {}

        self.header = PlanHeader(self.document)
        self.navigation = NavigationView()
        self.stack = QStackedWidget()
        self.overview = build_overview(self.document)
        self.overview.sectionRequested.connect(self.go_to_section)
        self.overview.objectRequested.connect(self.show_object)
        self._add_page(nav.OVERVIEW, self.overview)
        self._checklist: ChecklistPanel | None = None
        self._checklist_page = QWidget()
        QVBoxLayout(self._checklist_page).setContentsMargins(0, 0, 0, 0)
        self._add_page(nav.ALL_STEPS, self._checklist_page)
        self.sections = SectionPanels(self.document, self.prompter, self)
        self.sections.objectRequested.connect(self.show_object)
        for key, page in self.sections.pages.items():
            self._add_page(key, page)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([270, 930])
        self.setCentralWidget(self.splitter)

        self.summary = StatusSummary(self.document)
        self.statusBar().addPermanentWidget(self.summary)
        self.summary.risksRequested.connect(lambda: self.go_to_section(nav.RISKS))

        self.files = FileActions(
            self, self.document, self.prompter, self.settings, before_save=commit_focused_editor
        )
        self.autosaver = Autosaver(self.document, self.settings.autosave_seconds(), self)
        self.dialogs = DialogActions(
            document=self.document,
            prompter=self.prompter,
            settings=self.settings,
            files=self.files,
            autosaver=self.autosaver,
            show_status=self.show_status,
            parent=self,
        )
        self.edit_actions = EditActions(self, show_status=self.show_status)
        self.menus = build_menus(
            self,
            self.files,
            self.document.undo_stack,
            self.dialogs.tools,
            on_find=self.start_find,
            on_about=self.about,
            edit_actions=self.edit_actions,
        )
        self.document.user_name = self.settings.user_name()
        self.versions = VersionActions(
            self,
            document=self.document,
            files=self.files,
            settings=self.settings,
            prompter=self.prompter,
            show_status=self.show_status,
        )
        self.team = TeamActions(
            self,
            document=self.document,
            settings=self.settings,
            prompter=self.prompter,
            show_status=self.show_status,
        )
        if self.menus.file_menu is not None:
            menu, export = self.menus.file_menu, self.dialogs.tools.export
            menu.insertSeparator(export)
            menu.insertActions(export, self.versions.actions)
            menu.insertSeparator(export)
            menu.insertActions(export, self.team.actions)
            menu.insertSeparator(export)
        self._approval_timer = QTimer(self)
        self._approval_timer.setSingleShot(True)
        self._approval_timer.setInterval(400)
        self._approval_timer.timeout.connect(self._update_title)
        self.document.undo_stack.indexChanged.connect(lambda _i: self._approval_timer.start())

        self.navigation.sectionChosen.connect(self._show_section)
        self.header.notice.connect(self.show_status)
        self.files.statusMessage.connect(self.show_status)
        self.autosaver.failed.connect(self.show_status)
        self.document.modifiedChanged.connect(self._update_title)
        self.document.pathChanged.connect(self._update_title)
        self.document.readOnlyChanged.connect(self._update_title)
        self.read_only_notice = ReadOnlyNotice(self, self.document, self.prompter)
        self.format_note = FormatNote(self)
        self.files.olderFormatChanged.connect(self.format_note.show_for)
        self.document.planReset.connect(self._on_plan_reset)
        self.document.objectsChanged.connect(self._on_objects_changed)

        self._painted = False
        self._section_after_paint: str | None = None
        self.installEventFilter(self)
        self._set_tab_order()
        install_pane_keys(self, lambda: (self.navigation, self.header, self.stack.currentWidget()))
        self.setAcceptDrops(True)
        self.resize(1200, 780)
        self._restore_layout()
        self._on_plan_reset()
        self.navigation.select_section(self.settings.last_section() or nav.OVERVIEW)

    # Construction helpers ------------------------------------------------------------------------

    @property
    def checklist(self) -> ChecklistPanel:
        """The checklist editor, built on first use: the first screen may not need it."""
        if self._checklist is None:
            panel = build_checklist(self.document)
            layout = self._checklist_page.layout()
            assert layout is not None
            layout.addWidget(panel)
            add_checklist_actions(self.menus, self, panel.actions())
            self._checklist = panel
        return self._checklist

    def _set_tab_order(self) -> None:
        """Tab goes from the side list to the header fields, then into the section's page."""
        chain: list[QWidget] = [
            self.navigation,
            self.header.title_edit,
            self.header.organisation_edit,
            self.header.owner_edit,
            self.header.currency_combo,
            self.header.start_edit,
            self.header.target_edit,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _add_page(self, key: str, widget: QWidget) -> None:
        self._pages[key] = widget
        self.stack.addWidget(widget)

    def page(self, key: str) -> QWidget | None:
        """The stack page of a section (every step shares the checklist's page)."""
        return self._pages.get(nav.ALL_STEPS if nav.is_checklist_section(key) else key)

    def section_panel(self, key: str) -> QWidget:
        """The screen of Roles and offers, Compensation, Risks or Policy watch, built on first use."""
        return self.sections.panel(key)

    # Start-up ------------------------------------------------------------------------------------

    def startup(self, path: Path | None, *, sample: bool = False, offer_recovery: bool = True) -> bool:
        """Show the first plan (FILE, else the last plan, else the sample), then offer recovery.

        Returns False when FILE was given but could not be opened (the sample is shown instead).
        """
        opened = startup.open_first_plan(self, path, sample=sample)
        if offer_recovery:
            startup.offer_recovery(self)
        return opened

    def open_sample(self) -> None:
        startup.open_sample(self)

    # Sections ------------------------------------------------------------------------------------

    def go_to_section(self, key: str) -> None:
        self.navigation.select_section(key)

    def current_section(self) -> str:
        return self.navigation.current_section()

    def _show_section(self, key: str) -> None:
        page = self.page(key)
        if page is None:
            return
        with busy_cursor(until_idle=True):  # a first build, or a big plan's views, can take a second
            self._switch_to(key, page)

    def _switch_to(self, key: str, page: QWidget) -> None:
        if key in FACTORIES:
            if self._painted:
                self.sections.panel(key)
            else:  # reopening on this screen: build it (and analyse the plan) after the first paint
                self._section_after_paint = key
        self.stack.setCurrentWidget(page)
        if nav.is_checklist_section(key):
            self.checklist.show_step(nav.step_key_of(key))
        self.settings.set_last_section(key)

    def show_object(self, kind: str, obj_id: str) -> bool:
        """Go to the screen that edits one plan object and select it (a flag's "go to cause")."""
        if kind == "plan":
            self.header.title_edit.setFocus()
            self.show_status(
                QCoreApplication.translate(
                    "MainWindow", "This concerns the plan as a whole; its suggested action says what to add."
                )
            )
            return True
        section = SECTION_OF_KIND.get(kind)
        if section is None:
            return False
        if section == nav.ALL_STEPS:
            step_key = self._step_key_holding(kind, obj_id)
            self.go_to_section(nav.step_section(step_key) if step_key else nav.ALL_STEPS)
            found = self.checklist.select_object(kind, obj_id)
            if found:
                self.checklist.tree.setFocus()
        else:
            self.go_to_section(section)
            found = cast(SectionPanel, self.sections.panel(section)).select_object(kind, obj_id)
        if not found:
            self.show_status(QCoreApplication.translate("MainWindow", "That is no longer in the plan."))
        return found

    def _step_key_holding(self, kind: str, obj_id: str) -> str | None:
        for step in self.document.plan.steps:
            if (kind == "step" and step.id == obj_id) or (
                kind == "item" and any(item.id == obj_id for item in step.items)
            ):
                return step.key
        return None

    def start_find(self) -> None:
        if not nav.is_checklist_section(self.current_section()):
            self.go_to_section(nav.ALL_STEPS)
        self.checklist.focus_filter()

    # Plan changes --------------------------------------------------------------------------------

    def _on_plan_reset(self) -> None:
        self.navigation.nav_model.set_steps(self.document.plan.steps)
        fill_go_menu(self.menus, self, self.navigation.nav_model.entries(), self.go_to_section)
        self._update_title()

    def _on_objects_changed(self, kind: str, _ids: list[str]) -> None:
        if kind == "step":
            self._on_plan_reset()
        elif kind == "plan":
            self._update_title()

    def _update_title(self, *_args: object) -> None:
        path = self.document.path
        name = self.files.display_name()
        approval = approval_title(self.document.plan)
        translate = QCoreApplication.translate
        if self.document.read_only and approval:
            title = translate("MainWindow", "{name} (read-only) — {approval}[*] — hireplan")
        elif self.document.read_only:
            title = translate("MainWindow", "{name} (read-only)[*] — hireplan")
        elif approval:
            title = translate("MainWindow", "{name} — {approval}[*] — hireplan")
        else:
            title = translate("MainWindow", "{name}[*] — hireplan")
        self.setWindowTitle(title.format(name=name, approval=approval))
        self.setWindowFilePath(str(path) if path else "")
        self.setWindowModified(self.document.is_modified())

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def about(self) -> None:
        from hireplan.gui.help.about_dialog import show_about  # on first use, like the other dialogs

        show_about(self)

    # First paint ---------------------------------------------------------------------------------

    def has_painted(self) -> bool:
        """Whether the window has been on screen: work kept from start-up is done from then on."""
        return self._painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            # Listeners first, so what they queue (``--smoke``'s report) runs before the work
            # that waited for the first paint.
            self.firstPainted.emit()
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        """Work the first screen does not need: the analysis behind the status bar and overview."""
        self.summary.start()
        self.overview.start()
        if self._section_after_paint is not None:
            self.sections.panel(self._section_after_paint)
            self._section_after_paint = None
        self.figuresShown.emit()
        QTimer.singleShot(0, self._prepare_screens)

    def _prepare_screens(self) -> None:
        """Ready before the person first asks for them: the checklist built, the other screens'
        modules imported (their widgets are built on first show)."""
        _ = self.checklist
        QTimer.singleShot(0, self.sections.import_when_idle)

    # Drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if plan_path_from_mime(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        path = plan_path_from_mime(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop returns, so a question about unsaved changes does not hold the drag.
        QTimer.singleShot(0, lambda: self.files.open_path(path))

    # Settings and close --------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.autosaver.shutdown()
        self.files.shutdown()
        event.accept()
