"""The window's Export…, Templates… and Settings… actions open their dialogs and act on the window."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from hireplan.gui.exporting.export_dialog import ExportDialog
from hireplan.gui.plan_settings.settings_dialog import SettingsDialog
from hireplan.gui.template_library.template_library_dialog import TemplateLibraryDialog

HEAVY = ("openpyxl", "reportlab", "PySide6.QtPdf")


def test_menus_hold_the_actions_and_nothing_heavy_loads_until_used(make_window: Any) -> None:
    loaded_before = {name for name in HEAVY if name in sys.modules}
    window = make_window()
    dialogs = window.dialogs
    titles = {
        top.text().replace("&", ""): [a.text().replace("&", "") for a in top.menu().actions()]
        for top in window.menuBar().actions()
        if isinstance(top.menu(), QMenu)
    }
    assert {"Export…", "Templates…"} <= set(titles["File"])
    assert titles["File"].index("Export…") < titles["File"].index("Close Window")
    assert "Settings…" in titles["Edit"]
    assert {name for name in HEAVY if name in sys.modules} == loaded_before
    assert dialogs.export_action.shortcut().toString() == "Ctrl+E"


def test_settings_action_changes_the_autosave_interval(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    dialogs = window.dialogs
    dialogs.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.autosave.setValue(120)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.autosaver.interval_ms() == 120_000
    assert window.settings.autosave_seconds() == 120


def test_export_and_templates_open_on_the_window_document(make_window: Any) -> None:
    window = make_window()
    dialogs = window.dialogs
    export = dialogs.show_export()
    assert isinstance(export, ExportDialog) and export.document is window.document and export.isVisible()
    export.reject()
    templates = dialogs.show_templates()
    assert isinstance(templates, TemplateLibraryDialog) and templates.model.rowCount() > 0
    templates.reject()


@pytest.mark.qt_log_ignore(  # offscreen platform noise; every other warning still fails
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_export_is_one_modeless_window_so_the_plan_stays_editable(make_window: Any) -> None:
    window = make_window()
    dialogs = window.dialogs
    first = dialogs.show_export()
    assert not first.isModal(), "the person can keep editing while an export runs"
    assert dialogs.show_export() is first, "a second Export… brings the open one forward"
    window.document.set_field("plan", "", "title", "Renamed plan")
    assert "Renamed plan" in first.heading.text()
    first.reject()
    assert dialogs.show_export() is not first
