"""Settings: plan thresholds change the flags as one undo step; app preferences come back typed."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from hireplan.analysis import PlanAnalysis, Severity
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.plan_settings.settings_dialog import SettingsDialog
from hireplan.model import Level
from hireplan.storage.builtin_templates import sample_plan


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "hireplan.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def document() -> PlanDocument:
    plan = sample_plan()
    # Silicon Valley's benchmark for the applied ML engineer's own level: a verdict, not a pointer.
    next(b for b in plan.benchmarks if b.id == "bm-sv-ml").level = Level.SENIOR
    return PlanDocument(plan)


def make(qtbot: Any, document: PlanDocument, app_settings: AppSettings) -> SettingsDialog:
    dialog = SettingsDialog(document, app_settings)
    qtbot.addWidget(dialog)
    return dialog


def ok(qtbot: Any, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def below_market(analysis: PlanAnalysis, severity: Severity) -> set[str]:
    """Offers with a below-market flag of ``severity``."""
    return {
        ref.id
        for flag in analysis.flags
        if flag.rule == "offer-below-market" and flag.severity is severity
        for ref in flag.refs
        if ref.kind == "offer"
    }


def offers_between(analysis: PlanAnalysis, low: Decimal, high: Decimal) -> set[str]:
    """Offers whose compa-ratio against their own market is in [low, high)."""
    found = set()
    for offer_id, result in analysis.offers.items():
        position = result.own_market.nominal if result.own_market else None
        if position is not None and low <= position.compa_ratio < high:
            found.add(offer_id)
    return found


def test_a_threshold_change_moves_the_flags_and_undoes_in_one_step(
    qtbot: Any, document: PlanDocument, app_settings: AppSettings
) -> None:
    """Lowering the below-market threshold turns a high flag into a medium one; one undo puts it all back."""
    before = document.analysis()
    assert before.offers, "the sample has offers"
    between = offers_between(before, Decimal("0.80"), Decimal("0.90"))
    assert between, "the sample has an offer at 80-90 % of its market median"
    assert between <= below_market(before, Severity.HIGH)
    steps_before = document.undo_stack.count()

    dialog = make(qtbot, document, app_settings)
    dialog.below_market.setValue(0.80)
    dialog.stale_days.setValue(dialog.stale_days.value() + 30)
    dialog.currency.setCurrentText("CNY")
    with qtbot.waitSignal(document.analysisChanged):
        ok(qtbot, dialog)

    assert document.undo_stack.count() == steps_before + 1
    assert document.plan.settings.below_market_threshold == Decimal("0.80")
    assert document.plan.settings.stale_data_days == sample_plan().settings.stale_data_days + 30
    assert document.plan.reporting_currency == "CNY"
    after = document.analysis()
    assert after.reporting_currency == "CNY"
    assert not between & below_market(after, Severity.HIGH)
    assert between <= below_market(after, Severity.MEDIUM)
    assert document.is_modified()

    document.undo_stack.undo()

    assert document.plan.settings == sample_plan().settings
    assert document.plan.reporting_currency == "USD"
    assert below_market(document.analysis(), Severity.HIGH) == below_market(before, Severity.HIGH)
    assert not document.is_modified()


def test_ok_without_changes_adds_no_undo_step(
    qtbot: Any, document: PlanDocument, app_settings: AppSettings
) -> None:
    dialog = make(qtbot, document, app_settings)
    with qtbot.waitSignal(dialog.planSettingsChanged) as blocker:
        ok(qtbot, dialog)
    assert blocker.args == [0]
    assert document.undo_stack.count() == 0 and not document.is_modified()


def test_values_that_make_no_sense_are_refused_with_the_reason(
    qtbot: Any, document: PlanDocument, app_settings: AppSettings
) -> None:
    dialog = make(qtbot, document, app_settings)
    dialog.risk_medium.setValue(16)
    dialog.risk_high.setValue(12)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "medium" in dialog.problem.text()
    dialog.risk_high.setValue(20)
    dialog.currency.setCurrentText("us")
    assert "three-letter" in dialog.problem.text()
    dialog.accept()
    assert dialog.isVisible() is False and dialog.result() != dialog.DialogCode.Accepted
    assert document.undo_stack.count() == 0, "nothing applied while a value is refused"


def test_reference_market_is_chosen_by_name_and_stored_as_id(
    qtbot: Any, document: PlanDocument, app_settings: AppSettings
) -> None:
    dialog = make(qtbot, document, app_settings)
    hangzhou = next(m for m in document.plan.markets if m.name == "Hangzhou")
    dialog.reference_market.setCurrentIndex(dialog.reference_market.findText("Hangzhou"))
    ok(qtbot, dialog)
    assert document.plan.settings.reference_market_id == hangzhou.id


READ = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings
    from hireplan.gui.common.app_settings import AppSettings

    s = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    values = {
        "autosave": s.autosave_seconds(),
        "page_size": s.default_page_size(),
        "owner": s.default_owner(),
        "open": s.open_exports_when_done(),
    }
    print(json.dumps({k: [v, type(v).__name__] for k, v in values.items()}))
    """
)


def test_app_settings_are_saved_and_read_back_typed_in_a_new_process(
    qtbot: Any, document: PlanDocument, tmp_path: Path
) -> None:
    ini = tmp_path / "hireplan.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    settings.set_open_exports_when_done(True)
    dialog = make(qtbot, document, settings)
    dialog.autosave.setValue(120)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.default_owner.setText("  Mei Lin ")
    with qtbot.waitSignal(dialog.autosaveIntervalChanged) as blocker:
        ok(qtbot, dialog)
    assert blocker.args == [120]
    assert document.undo_stack.count() == 0, "app preferences are not plan edits"
    del dialog, settings

    script = tmp_path / "read.py"
    script.write_text(READ)
    result = subprocess.run(
        [sys.executable, str(script), str(ini)], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(result.stdout) == {
        "autosave": [120, "int"],
        "page_size": ["letter", "str"],
        "owner": ["Mei Lin", "str"],
        "open": [True, "bool"],
    }


def test_export_dialog_starts_with_the_default_page_size(
    qtbot: Any, document: PlanDocument, app_settings: AppSettings, prompter: Any
) -> None:
    from hireplan.gui.exporting.export_dialog import ExportDialog

    app_settings.set_default_page_size("letter")
    dialog = ExportDialog(document, prompter, settings=app_settings)
    qtbot.addWidget(dialog)
    assert dialog.pdf_options().page_size == "letter"


def test_user_name_backups_and_team_library_are_kept_and_acknowledgements_name_the_user(
    qtbot: Any, document: PlanDocument, app_settings: AppSettings, tmp_path: Path
) -> None:
    assert app_settings.user_name(), "defaults to the account's name"
    assert app_settings.backups_kept() == 5
    dialog = make(qtbot, document, app_settings)
    dialog.user_name.setText(" Zhao Min ")
    dialog.backups_kept.setValue(8)
    dialog.team_library.setText(str(tmp_path / "share" / "templates"))
    ok(qtbot, dialog)
    assert app_settings.user_name() == "Zhao Min"
    assert app_settings.backups_kept() == 8
    assert app_settings.team_library() == tmp_path / "share" / "templates"
    flag = next(f for f in document.analysis().flags if not f.acknowledged)
    assert document.acknowledge_flags([flag.key], "Accepted for now", date(2027, 1, 31))
    assert document.plan.acknowledgements[-1].acknowledged_by == "Zhao Min"


def test_dark_colours_chosen_in_settings_colour_the_next_start(
    qtbot: Any, document: PlanDocument, app_settings: AppSettings
) -> None:
    from PySide6.QtWidgets import QApplication

    from hireplan.gui.common import colour_scheme
    from hireplan.gui.common.style import DARK_TONES, LIGHT_TONES, is_dark, tones

    dialog = make(qtbot, document, app_settings)
    assert dialog.colour_scheme.currentData() == colour_scheme.FOLLOW_SYSTEM
    dialog.colour_scheme.setCurrentIndex(dialog.colour_scheme.findData(colour_scheme.DARK))
    ok(qtbot, dialog)
    assert colour_scheme.stored_choice(app_settings.qsettings) == colour_scheme.DARK

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:  # what the next start does with the stored choice, before any window is built
        colour_scheme.apply_colour_scheme(app, colour_scheme.stored_choice(app_settings.qsettings))
        assert is_dark() and tones() is DARK_TONES
    finally:
        app.setPalette(before)
    assert not is_dark() and tones() is LIGHT_TONES
