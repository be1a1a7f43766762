"""Help › About hireplan: the version, and every licence hireplan ships under, readable by keyboard.

The licences are a legal duty as much as a courtesy: the MIT licence, the fonts embedded in every
PDF, Qt's LGPL and the libraries' own. Their texts are read from what is installed, so the test
compares them with the installed files rather than with a copy.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import metadata
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers.paths import REPO
from hireplan import __version__
from hireplan.gui.help.about_dialog import AboutDialog, all_licences


def test_the_licences_cover_hireplan_its_fonts_and_every_library_it_runs_on() -> None:
    licences = {licence.name: licence for licence in all_licences()}
    assert licences["hireplan"].licence == "MIT"
    assert (REPO / "LICENSE").read_text(encoding="utf-8").strip() in licences["hireplan"].text
    assert (REPO / "resources/licenses/LICENSE-wqy-microhei.txt").read_text(encoding="utf-8") == licences[
        "WenQuanYi Micro Hei (font)"
    ].text
    assert "Bitstream" in licences["DejaVu Sans (font)"].text
    expected = {
        "PySide6-Essentials": "LGPL-3.0",
        "shiboken6": "LGPL-3.0",
        "pydantic": "MIT",
        "openpyxl": "MIT",
        "reportlab": "BSD",
        "babel": "BSD",
        "python-bidi": "LGPL",
        "arabic-reshaper": "MIT",
        "charset-normalizer": "MIT",
        "defusedxml": "PSF",
    }
    by_key = {name.lower().replace("_", "-"): licence for name, licence in licences.items()}
    for name, licence in expected.items():
        assert licence in by_key[name.lower()].licence, name
    for name in ("pydantic", "openpyxl", "reportlab", "babel", "python-bidi"):
        dist = metadata.distribution(name)
        files = [f for f in dist.files or [] if ".dist-info" in str(f) and "LICEN" in f.name.upper()]
        assert files, name
        assert files[0].read_text(encoding="utf-8").strip() in by_key[name].text, name
    # Qt installs no licence text of its own: the entry says what the licence is and where to read it.
    assert "About Qt" in by_key["pyside6-essentials"].text
    assert all(licence.text.strip() for licence in licences.values())


@pytest.mark.qt_log_ignore(  # offscreen platform noise; every other warning still fails
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_about_lists_the_licences_and_their_texts_are_reached_by_keyboard(
    qtbot: Any, make_window: Callable[..., Any]
) -> None:
    window = make_window(show=True)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    entries = [a for a in help_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in entries] == [
        "&User Guide",
        "&Keyboard Shortcuts",
        "&About hireplan",
        "About &Qt",
    ]
    assert entries[3].menuRole() == entries[3].MenuRole.AboutQtRole
    about = entries[2]
    about.trigger()
    (dialog,) = window.findChildren(AboutDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About hireplan"
    labels = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
    assert labels[0] == f"hireplan {__version__} — MIT"
    assert any(label.startswith("PySide6") and "LGPL-3.0" in label for label in labels)
    assert dialog.list.accessibleName() and dialog.text.accessibleName()

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    assert "MIT License" in dialog.text.toPlainText()
    pydantic_row = next(row for row, label in enumerate(labels) if label.startswith("pydantic "))
    for _ in range(pydantic_row):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.text.toPlainText() == dialog.licences[pydantic_row].text
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.text
    qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert dialog.text.textCursor().selectedText().startswith("LICENSE")

    seen: list[str] = []

    def close_about_qt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, close_about_qt)
            return
        seen.append(box.windowTitle())
        box.accept()

    QTimer.singleShot(20, close_about_qt)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # About &Qt
    qtbot.waitUntil(lambda: bool(seen))
    assert "Qt" in seen[0]
    about.trigger()  # About again brings this one forward rather than opening a second
    assert window.findChildren(AboutDialog) == [dialog]
    dialog.reject()
