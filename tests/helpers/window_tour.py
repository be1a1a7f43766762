"""A tour of everything a person can look at: the window on every screen and sub-view, then every
dialog and tool window the app has, each shown for real with its parent window.

``tour`` calls ``look(scope, root)`` once per state: ``scope`` names what is on screen ("Risks",
"Roles tab 1", "dialog ExportDialog"), ``root`` is the window or dialog the person is in (checks
walk its visible children). The accessibility tests (names, mnemonics) share it, so a new screen
or dialog added here is checked by both; :func:`app_dialog_classes` lets a test fail when a dialog
class exists that the tour never opened.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import hireplan.gui
from helpers.survey_files import write_csv
from hireplan.gui.common import section_keys as nav

Look = Callable[[str, QWidget], None]


def settle(qtbot: QtBot) -> None:
    """Let queued analysis and repaints run, as they would before the person looks."""
    QApplication.processEvents()
    qtbot.wait(20)


def app_dialog_classes() -> set[type]:
    """Every QDialog subclass, and every top-level tool window, that hireplan's GUI defines."""
    for module in pkgutil.walk_packages(hireplan.gui.__path__, "hireplan.gui."):
        importlib.import_module(module.name)
    from hireplan.gui.help.guide_window import GuideWindow

    found: set[type] = {GuideWindow}
    pending: list[type] = [QDialog]
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("hireplan."):
                found.add(sub)
    return found


def _each_tab(root: QWidget, qtbot: QtBot, scope: str, look: Look, done: set[int] | None = None) -> None:
    """``root`` as it is, then with each tab of each visible tab widget current in turn (tabs
    inside tabs too)."""
    done = set() if done is None else done
    look(scope, root)
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in done or not tabs.isVisible():
            continue
        done.add(id(tabs))
        for number in range(tabs.count()):
            tabs.setCurrentIndex(number)
            settle(qtbot)
            _each_tab(root, qtbot, f"{scope}, tab {tabs.tabText(number).replace('&', '')}", look, done)
        tabs.setCurrentIndex(0)
        settle(qtbot)


def screens(window: Any, qtbot: QtBot, look: Look) -> None:
    """Every section of the navigation list, each with its tabs and modes."""
    from hireplan.gui.compensation.compensation_panel import CompensationPanel

    for entry in window.navigation.model().entries():
        if not entry.key:
            continue
        window.go_to_section(entry.key)
        settle(qtbot)
        _each_tab(window, qtbot, f"screen {entry.key}", look)
        if entry.key == nav.COMPENSATION:
            panel = window.sections.built(nav.COMPENSATION)
            assert isinstance(panel, CompensationPanel)
            panel.ppp_button.click()
            settle(qtbot)
            look("screen compensation, PPP", window)
            panel.nominal_button.click()
            settle(qtbot)


def _show(dialog: QWidget, qtbot: QtBot, look: Look, seen: set[type]) -> None:
    dialog.show()
    settle(qtbot)
    if getattr(dialog, "busy", False):  # the import reads its file first: look at what it then shows
        qtbot.waitUntil(lambda: not getattr(dialog, "busy", False), timeout=15_000)
    seen.add(type(dialog))
    _each_tab(dialog, qtbot, f"dialog {type(dialog).__name__}", look)


def _close(dialog: QWidget, qtbot: QtBot) -> None:
    if isinstance(dialog, QDialog):
        dialog.reject()
    dialog.close()
    settle(qtbot)


def dialogs(window: Any, qtbot: QtBot, look: Look, folder: Path) -> set[type]:
    """Open every dialog and tool window as the app does (or as its action would), look, close.

    Returns the classes opened, for the completeness check.
    """
    from hireplan.export.pdf import write_pdf
    from hireplan.gui.exporting.pdf_preview import PdfPreviewDialog
    from hireplan.gui.help.about_dialog import show_about
    from hireplan.gui.help.guide_window import show_guide
    from hireplan.gui.help.shortcuts_window import show_shortcuts
    from hireplan.gui.risks.ack_dialog import AckDialog
    from hireplan.gui.template_library.template_forms import RenameTemplateDialog, SaveTemplateDialog
    from hireplan.gui.template_library.template_picker import TemplatePickerDialog
    from hireplan.gui.template_library.upgrade_dialog import UpgradeDialog
    from hireplan.gui.versions.approve_dialog import ApproveDialog
    from hireplan.gui.versions.restore_dialog import RestoreDialog
    from hireplan.model.template import Template
    from hireplan.model.template_plans import plan_skeleton
    from hireplan.model.template_upgrade import plan_upgrade
    from hireplan.storage.backups import keep_backup
    from hireplan.storage.plan_file import save_plan
    from hireplan.storage.templates import TemplateLibrary

    seen: set[type] = set()
    plan = window.document.plan
    retitled = plan.model_copy(deep=True)
    retitled.title = f"{plan.title} (retitled)"
    saved = folder / "tour.hireplan"
    save_plan(plan, saved)  # a plan on disk with an earlier version kept, for Restore to list
    keep_backup(saved)
    save_plan(plan, saved)
    pdf = folder / "tour.pdf"
    write_pdf(plan, window.document.analysis(), pdf, today=date.today())
    templates = TemplateLibrary().list()
    template = Template(name="tour", title="Tour", version="2.0", plan=plan_skeleton(retitled))
    panel_import = None
    for widget in window.findChildren(QWidget):
        if hasattr(widget, "import_benchmarks"):
            panel_import = widget
    assert panel_import is not None, "the market data panel is built on the Roles screen"

    openers: list[Callable[[], QWidget]] = [
        window.dialogs.show_export,
        window.dialogs.show_settings,
        window.dialogs.show_templates,
        lambda: SaveTemplateDialog(plan, (), window),
        lambda: RenameTemplateDialog(templates[0], window),
        lambda: TemplatePickerDialog(templates, window),
        lambda: UpgradeDialog(plan_upgrade(plan, template), "1.0", window),
        lambda: AckDialog(window.document.analysis().flags[:1], window),
        lambda: panel_import.import_benchmarks(write_csv(folder / "survey.csv"), show=False),
        lambda: window.versions.compare(plan, retitled, "before", "after"),
        lambda: RestoreDialog(saved, window),
        lambda: ApproveDialog(plan.title, "Ana", window),
        lambda: PdfPreviewDialog(pdf, save=lambda _path: False, parent=window),
        lambda: show_guide(window),
        lambda: show_shortcuts(window),
        lambda: show_about(window),
    ]
    for open_dialog in openers:
        dialog = open_dialog()
        _show(dialog, qtbot, look, seen)
        _close(dialog, qtbot)
    return seen


def tour(window: Any, qtbot: QtBot, look: Look, folder: Path) -> set[type]:
    """The window on every screen, then every dialog; returns the dialog classes opened."""
    screens(window, qtbot, look)
    window.go_to_section(nav.ROLES)  # builds the market data panel the import opens from
    settle(qtbot)
    return dialogs(window, qtbot, look, folder)
