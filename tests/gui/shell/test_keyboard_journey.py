"""The job by keyboard alone: every step is a key sent to whichever widget has the focus.

A person who cannot (or would rather not) use a mouse starts a plan from the built-in template,
adds a market with its exchange rate, a benchmark, a role and an offer below the market, finds
the flag that offer raises on Risks, acknowledges it with a reason, undoes and redoes that, saves
the plan through the Save As dialog and exports the PDF through the Export dialog; on the way Tab
leaves every table, F6 moves between panes and Ctrl+number reaches every screen. No method of the
window is called and no widget is clicked: if a step needs the mouse, or the focus gets stuck or
lands on something out of sight, this test fails.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QTableView, QWidget

from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.date_edit import NO_DATE, OptionalDateEdit
from hireplan.gui.common.prompts import QtPrompter
from hireplan.gui.shell.dialog_actions import choose_template
from hireplan.gui.shell.main_window import MainWindow
from hireplan.storage.plan_file import load_plan

Key = Qt.Key
Mod = Qt.KeyboardModifier
Step = str | Key | tuple[Key, Qt.KeyboardModifier]
CTRL, ALT, SHIFT = Mod.ControlModifier, Mod.AltModifier, Mod.ShiftModifier


def focused() -> QWidget:
    """The widget the next key goes to; it must be on screen, where the person can see it."""
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus was lost: nothing would receive the next key"
    assert widget.isVisible() and not widget.visibleRegion().isEmpty(), (
        f"the focus is on {type(widget).__name__} {widget.accessibleName()!r}, which is out of sight"
    )
    return widget


def press(qtbot: Any, *steps: Step) -> None:
    """Send each key (or typed text) to the widget that has the focus at that moment."""
    for step in steps:
        widget = focused()
        if isinstance(step, str):
            qtbot.keyClicks(widget, step)
        elif isinstance(step, tuple):
            qtbot.keyClick(widget, step[0], step[1])
            if step[1] == Mod.AltModifier:
                qtbot.wait(150)  # a button's Alt+letter "animates" its click for 100 ms first
        else:
            qtbot.keyClick(widget, step)


def type_row(qtbot: Any, *cells: str) -> None:
    """Type a table row across: each cell's text, then Tab to the next cell that can be typed in
    (an empty string leaves a cell as it is). In a drop-down the first letters choose."""
    for text in cells:
        if text:
            press(qtbot, text)
        press(qtbot, Key.Key_Tab)


def back_in(qtbot: Any, window: QWidget) -> None:
    """After a dialog closes the window manager gives the window the focus back (offscreen
    has no window manager, so the test does what it would)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and window.isActiveWindow())


def in_next_dialog(qtbot: Any, steps: Sequence[Step], seen: list[str]) -> None:
    """Once a modal dialog opens (the next key will block on it), type ``steps`` into it."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, QDialog) or focus is None or not dialog.isAncestorOf(focus):
            QTimer.singleShot(20, attempt)
            return
        seen.append(dialog.windowTitle())
        press(qtbot, *steps)

    QTimer.singleShot(20, attempt)


@pytest.fixture
def keyboard_window(qtbot: Any, settings_file: Path) -> Iterator[MainWindow]:
    """The real window with the real dialogs (template picker, Save As, acknowledgement), shown
    and active. Closed here rather than by qtbot: qtbot closes its widgets before any finalizer
    runs, and a window with unsaved edits (a test that failed half-way) would then wait on the
    real "Save changes?" box forever."""
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.set_user_name("Keyboard User")
    window = MainWindow(prompter=QtPrompter(choose_template), settings=settings)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.has_painted)
    back_in(qtbot, window)
    yield window
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()
    window.document.undo_stack.setClean()
    window.autosaver.shutdown()
    window.files.shutdown()
    window.close()
    window.deleteLater()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"
)  # dialogs, drop-downs
def test_the_whole_job_by_keyboard_alone(qtbot: Any, tmp_path: Path, keyboard_window: MainWindow) -> None:
    window = keyboard_window
    dialogs: list[str] = []

    # New plan from the built-in template: Ctrl+N, Enter picks the highlighted template.
    in_next_dialog(qtbot, [Key.Key_Return], dialogs)
    press(qtbot, (Key.Key_N, CTRL))
    assert dialogs == ["New plan from a template"]
    back_in(qtbot, window)
    assert window.document.plan.title == "AI talent: attract and retain" and not window.document.plan.offers

    # Roles and offers (Ctrl+3), its Market data tab (Alt+M), Markets (Alt+K), Add market (Alt+A):
    # the new row opens for typing; Tab commits a cell and moves to the next one.
    press(qtbot, (Key.Key_3, CTRL), (Key.Key_M, ALT), (Key.Key_K, ALT), (Key.Key_A, ALT))
    type_row(qtbot, "Suzhou", "CN", "CNY")
    market = window.document.plan.markets[-1]
    assert (market.name, market.country, market.currency) == ("Suzhou", "CN", "CNY")

    # Tab leaves the table (no trap), and F6 cycles side list, header and screen.
    assert isinstance(focused(), QTableView)
    press(qtbot, Key.Key_Tab)
    assert not isinstance(focused(), QTableView)
    press(qtbot, Key.Key_F6)
    assert window.header.isAncestorOf(focused()) or focused() is window.navigation
    before = focused()
    press(qtbot, Key.Key_F6, (Key.Key_F6, SHIFT))
    assert focused() is before  # F6 then Shift+F6 comes back to the same pane
    press(qtbot, Key.Key_F6, Key.Key_F6, Key.Key_F6)
    assert focused() is before  # three panes: three F6 go round once

    # Its exchange rate (Alt+X, Alt+A): the US Federal Reserve's 2025 yearly mean. Tab passes over
    # the Age column the analysis fills in.
    press(qtbot, (Key.Key_3, CTRL), (Key.Key_X, ALT), (Key.Key_A, ALT))
    type_row(qtbot, "USD", "CNY", "7.1875", "US Federal Reserve, yearly mean 2025", "2025-12-31")
    rate = window.document.plan.exchange_rates[-1]
    assert (rate.base, rate.quote, rate.rate, rate.as_of) == (
        "USD",
        "CNY",
        Decimal("7.1875"),
        date(2025, 12, 31),
    )
    assert isinstance(focused(), QTableView)  # Tab out of the last cell ends the row on the table

    # A benchmark for Suzhou (Alt+B, Alt+A): market, family, all levels, currency, a year, months
    # per year as it is, as of, base P25 empty, base P50 typed (a test figure, not market data).
    press(qtbot, (Key.Key_B, ALT), (Key.Key_A, ALT))
    type_row(qtbot, "Su", "Research scientist", "A", "CNY", "Y", "", "2026-06-30", "", "300000")
    press(qtbot, Key.Key_Escape)
    benchmark = window.document.plan.benchmarks[-1]
    assert benchmark.market_id == market.id and benchmark.job_family == "Research scientist"
    assert (benchmark.level, benchmark.currency, benchmark.base_p50) == (None, "CNY", Decimal(300000))

    # A role in Suzhou (Alt+R back to Roles and offers, Alt+A adds a role).
    press(qtbot, (Key.Key_R, ALT), (Key.Key_A, ALT))
    type_row(qtbot, "Research scientist", "Research scientist", "S", "LLM", "Y", "1", "Su")
    role = window.document.plan.roles[-1]
    assert (role.title, role.market_id, role.headcount) == ("Research scientist", market.id, 1)

    # An offer (Alt+O): the candidate's name, Tab past the currency, a base below the market.
    press(qtbot, (Key.Key_O, ALT), "Candidate A", Key.Key_Tab, Key.Key_Tab, "250000", Key.Key_Tab)
    offer = window.document.plan.offers[-1]
    assert (offer.role_id, offer.market_id, offer.currency, offer.base) == (
        role.id,
        market.id,
        "CNY",
        Decimal(250000),
    )

    # Risks (Ctrl+5): Tab to the search, find the flag, Tab into the list (which selects it).
    press(qtbot, (Key.Key_5, CTRL), Key.Key_Tab, Key.Key_Tab, "below the market", Key.Key_Tab)
    flag = next(f for f in window.document.analysis().flags if f.rule == "offer-below-market")
    assert offer.id in {ref.id for ref in flag.refs} and not flag.acknowledged
    flags_view = focused()
    assert isinstance(flags_view, QTableView)
    assert [i.data() for i in flags_view.selectionModel().selectedRows(1)] == [flag.title]

    # Acknowledge it (Alt+K): a reason, Tab past the review date and the name, Enter.
    reason = "Agreed with the hiring manager: the base rises after the first review."
    in_next_dialog(qtbot, [reason, Key.Key_Tab, Key.Key_Tab, Key.Key_Return], dialogs)
    press(qtbot, (Key.Key_K, ALT))
    assert dialogs[-1] == "Acknowledge flag"
    back_in(qtbot, window)
    acks = window.document.plan.acknowledgements
    assert [(a.flag_key, a.reason, a.acknowledged_by) for a in acks] == [(flag.key, reason, "Keyboard User")]

    # Undo takes the acknowledgement away and the flag is open again; redo brings it back.
    press(qtbot, (Key.Key_Z, CTRL))
    assert window.document.plan.acknowledgements == []
    assert not next(f for f in window.document.analysis().flags if f.key == flag.key).acknowledged
    press(qtbot, (Key.Key_Z, CTRL | SHIFT))
    assert [a.reason for a in window.document.plan.acknowledgements] == [reason]

    # Save (Ctrl+S): the Save As dialog takes a typed path and Enter.
    target = tmp_path / "keyboard plan.hireplan"
    in_next_dialog(qtbot, [str(target), Key.Key_Return], dialogs)
    press(qtbot, (Key.Key_S, CTRL))
    assert dialogs[-1] == "Save plan as"
    back_in(qtbot, window)
    saved = load_plan(target)
    assert [a.reason for a in saved.acknowledgements] == [reason]
    assert saved.offers[-1].base == Decimal(250000) and saved.markets[-1].name == "Suzhou"
    assert window.document.undo_stack.isClean()

    # Export (Ctrl+E): the dialog opens beside the window with the focus in it; Enter exports.
    press(qtbot, (Key.Key_E, CTRL))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not window)
    assert focused().window().windowTitle() == "Export"
    press(qtbot, Key.Key_Return)
    pdf = tmp_path / "keyboard plan.pdf"
    qtbot.waitUntil(pdf.exists, timeout=60000)
    text = _pdf_text(pdf)
    assert "Candidate A" in text and "Suzhou" in text  # the offer, in the brief's tables

    # Every screen has its Ctrl+number, Risks and Policy watch included.
    back_in(qtbot, window)
    for number, section in ((5, "risks"), (6, "policy"), (4, "compensation"), (1, "overview")):
        press(qtbot, (getattr(Key, f"Key_{number}"), CTRL))
        assert window.current_section() == section


def test_tab_leaves_every_list_and_table_in_the_window(make_window: Any, qtbot: Any) -> None:
    """Tab must never cycle the cells of a table: arrows move in it, Tab goes on to the next control."""
    window = make_window(show=True)
    for number in range(1, 7):
        qtbot.keyClick(window, getattr(Key, f"Key_{number}"), CTRL)
    views = window.findChildren(QAbstractItemView)
    assert len(views) >= 10
    trapping = [
        v.objectName() or v.accessibleName() or type(v).__name__ for v in views if v.tabKeyNavigation()
    ]
    assert trapping == []


@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|propagateSizeHints)"
)  # the tooltip on bad text
def test_a_date_field_reads_typed_dates_and_never_gives_1900(qtbot: Any) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    changes: list[QDate] = []
    field.dateChanged.connect(changes.append)
    qtbot.keyClick(field, Key.Key_Up)  # empty: Up starts from today, not from 2 Jan 1900
    assert field.value() == date.today()
    field.selectAll()
    qtbot.keyClicks(field, "2027-03-15")
    qtbot.keyClick(field, Key.Key_Return)
    assert field.value() == date(2027, 3, 15)
    short = QLocale().toString(QDate(2028, 4, 9), QLocale.FormatType.ShortFormat)
    field.selectAll()
    qtbot.keyClicks(field, short)  # the locale's own short format
    qtbot.keyClick(field, Key.Key_Return)
    assert field.value() == date(2028, 4, 9)
    field.selectAll()
    qtbot.keyClick(field, Key.Key_Delete)
    assert field.value() is None and changes[-1] == NO_DATE
    field.selectAll()
    qtbot.keyClicks(field, "soon")
    qtbot.keyClick(field, Key.Key_Return)
    assert field.value() is None and field.text() == ""  # unreadable: back to empty, not 1900


def test_enter_in_the_export_dialog_exports_and_never_opens_a_picker(make_window: Any) -> None:
    window = make_window()
    dialog = window.dialogs.show_export()
    assert dialog.export_button.isDefault()
    for button in (
        dialog.targets.pdf_browse,
        dialog.targets.xlsx_browse,
        dialog.preview_button,
        dialog.cancel_button,
    ):
        assert not button.autoDefault()
    dialog.close()
