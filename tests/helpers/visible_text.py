"""Every text a person sees in a window, and which of it is still English (issue 18).

A screen translated into Chinese still shows Latin letters a person does not read as English: plan
data (王磊's colleague Priya Nair, Silicon Valley, the sample's English checklist), codes (USD, CNY,
P50, PPP), figures, file names, URLs, keyboard keys and a few proper names (hireplan, Qt, Excel).
Anything else made of Latin words of three letters or more is an English string nobody wrapped or
translated. Use it for any screen or dialog::

    from helpers.visible_text import Allowed, english_texts, in_chinese, report

    with in_chinese(qapp):              # catalogues installed *before* the widgets are built
        panel = build_the_screen(document)
        panel.show()
        found = english_texts(panel, Allowed.for_plan(document.plan))
    assert not found, report(found)

What counts as shown (``shown_texts``): for every visible widget its window title, tool tip, status
tip, What's This, accessible name and description; QLabel text (rich text read as plain), button
texts (and their drop-down menus), group box titles, tab texts and tips, tool box pages, combo items,
placeholders of line edits and text fields, the text of read-only text views, spin box prefixes,
suffixes and special values, a visible progress bar's text, the status bar's message, header data
(display and tool tip) of every visible section of every visible header, the display and tool-tip
data of a view's cells (first ``max_rows`` rows, nested rows included), menus (the menu bar's, a
button's, a widget's actions context menu) with every action's text, tool tip and status tip.
Not shown, so not walked: what a person typed into a field (line edits, editable text), hidden
widgets and pages, the closed popup of a combo or completer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStatusBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBar,
    QToolBox,
    QToolButton,
    QTreeView,
    QWidget,
)

from helpers.english_text import (
    Allowed,
    plan_strings,  # noqa: F401  (screens import it from here too)
    strip_mnemonic,
)

ROLES = ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tool tip"))


@dataclass(frozen=True)
class Shown:
    """One text on screen: what kind of text it is, where (a short widget path) and the text."""

    kind: str
    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.kind} @ {self.where}: {self.text!r}"


# --- walking a window ---------------------------------------------------------------------------


def shown_texts(
    top: QWidget,
    *,
    skip: Callable[[QWidget], bool] | None = None,
    cells: bool = True,
    max_rows: int = 60,
) -> list[Shown]:
    """Every user-facing text of ``top`` and its visible descendants (see the module's list).

    ``skip(widget)`` true leaves that widget and everything inside it out (e.g. another folder's
    screen, or a menu: menus are asked too); ``cells`` False walks headers but not the cells of
    item views.
    """
    walker = _Walker(top, skip or (lambda _w: False), cells, max_rows)
    walker.walk()
    return walker.found


class _Walker:
    def __init__(self, top: QWidget, skip: Callable[[QWidget], bool], cells: bool, max_rows: int) -> None:
        self.top = top
        self.skip = skip
        self.cells = cells
        self.max_rows = max_rows
        self.found: list[Shown] = []
        self._seen_menus: set[int] = set()

    def add(self, kind: str, where: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            self.found.append(Shown(kind, where, text))

    def walk(self) -> None:
        for widget in self._visible_widgets():
            where = widget_path(widget, self.top)
            self._common(widget, where)
            self._specific(widget, where)

    def _visible_widgets(self) -> Iterator[QWidget]:
        shown = self.top.isVisible()

        def visible(widget: QWidget) -> bool:
            return widget.isVisible() if shown else widget.isVisibleTo(self.top) or widget is self.top

        def descend(widget: QWidget) -> Iterator[QWidget]:
            if self.skip(widget) or not visible(widget):
                return
            yield widget
            for child in widget.children():
                if isinstance(child, QWidget) and not isinstance(child, QMenu):
                    yield from descend(child)

        yield from descend(self.top)

    def _common(self, widget: QWidget, where: str) -> None:
        if widget.isWindow() or widget is self.top:
            self.add("window title", where, widget.windowTitle())
        self.add("tool tip", where, widget.toolTip())
        self.add("status tip", where, widget.statusTip())
        self.add("what's this", where, widget.whatsThis())
        self.add("accessible name", where, widget.accessibleName())
        self.add("accessible description", where, widget.accessibleDescription())
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            self._actions(widget.actions(), f"{where} › context menu")

    def _specific(self, widget: QWidget, where: str) -> None:
        if isinstance(widget, QLabel):
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(widget.text())
            )
            self.add("label", where, plain(widget.text()) if rich else widget.text())
        elif isinstance(widget, QAbstractButton):
            self.add("button", where, widget.text())
            menu = widget.menu() if isinstance(widget, (QPushButton, QToolButton)) else None
            if menu is not None:
                self._menu(menu, f"{where} › menu")
        elif isinstance(widget, QGroupBox):
            self.add("group box", where, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    self.add("tab", where, widget.tabText(index))
                    self.add("tab tool tip", where, widget.tabToolTip(index))
        elif isinstance(widget, QToolBox):
            for index in range(widget.count()):
                self.add("tool box page", where, widget.itemText(index))
                self.add("tool box tool tip", where, widget.itemToolTip(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                self.add("combo item", where, widget.itemText(index))
        elif isinstance(widget, QLineEdit):
            self.add("placeholder", where, widget.placeholderText())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            self.add("placeholder", where, widget.placeholderText())
            if widget.isReadOnly():
                self.add("read-only text", where, widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            self.add("spin box special value", where, widget.specialValueText())
            if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                self.add("spin box prefix", where, widget.prefix())
                self.add("spin box suffix", where, widget.suffix())
        elif isinstance(widget, QProgressBar):
            if widget.isTextVisible():
                self.add("progress text", where, widget.text())
        elif isinstance(widget, QStatusBar):
            self.add("status bar", where, widget.currentMessage())
        elif isinstance(widget, QMenuBar):
            self._actions(widget.actions(), where)
        elif isinstance(widget, QToolBar):
            self.add("toolbar name", where, widget.windowTitle())
        elif isinstance(widget, QHeaderView):
            self._header(widget, where)
        elif isinstance(widget, QAbstractItemView) and self.cells:
            self._cells(widget, where)

    def _actions(self, actions: Iterable[QAction], where: str) -> None:
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            self.add("action", where, action.text())
            default_tip = strip_mnemonic(action.text()).replace("…", "").replace("...", "").strip()
            if action.toolTip() != default_tip:  # Qt's default tip is the text
                self.add("action tool tip", where, action.toolTip())
            self.add("action status tip", where, action.statusTip())
            menu = action.menu()
            if isinstance(menu, QMenu):
                self._menu(menu, f"{where} › {strip_mnemonic(action.text())}")

    def _menu(self, menu: QMenu, where: str) -> None:
        if id(menu) in self._seen_menus or self.skip(menu):
            return
        self._seen_menus.add(id(menu))
        self.add("menu", where, menu.title())
        menu.aboutToShow.emit()  # menus filled on show (e.g. Recent files) fill now
        self._actions(menu.actions(), where)

    def _header(self, header: QHeaderView, where: str) -> None:
        model = header.model()
        if model is None:
            return
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            self.add("header", where, model.headerData(section, header.orientation()))
            self.add(
                "header tool tip",
                where,
                model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole),
            )

    def _cells(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None:
            return
        flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))  # their counts take no parent
        count = 1 if isinstance(model, QAbstractListModel) else model.columnCount(view.rootIndex())
        columns = [
            column
            for column in range(count)
            if not (isinstance(view, (QTableView, QTreeView)) and view.isColumnHidden(column))
        ]
        budget = [self.max_rows]
        self._rows(model, view.rootIndex(), columns, where, budget, nested=not flat)

    def _rows(
        self,
        model: QAbstractItemModel,
        parent: QModelIndex,
        columns: list[int],
        where: str,
        budget: list[int],
        *,
        nested: bool,
    ) -> None:
        for row in range(model.rowCount(parent)):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            for column in columns:
                index = model.index(row, column, parent)
                for role, kind in ROLES:
                    self.add(kind, where, model.data(index, role))
            first = model.index(row, 0, parent)
            if nested and model.hasChildren(first):
                self._rows(model, first, columns, where, budget, nested=True)


def widget_path(widget: QWidget, top: QWidget) -> str:
    """``PlanHeader/QLabel#titleLabel``: the widget's last three ancestors up to ``top``, by object
    name when it has one, else by class, enough to find it in the code."""
    parts: list[str] = []
    current: QObject | None = widget
    while current is not None and len(parts) < 3:
        name = current.objectName()
        cls = type(current).__name__
        parts.append(f"{cls}#{name}" if name else cls)
        if current is top:
            break
        current = current.parent()
    return "/".join(reversed(parts))


def plain(text: str) -> str:
    """Rich text as read: without its tags and entities."""
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


# --- judging what is English (the judge itself, Qt-free, is helpers.english_text) ----------------


def english_texts(top: QWidget, allowed: Allowed | None = None, **walk: Any) -> list[Shown]:
    """The texts of ``top`` (``shown_texts(top, **walk)``) that still read as English, once each."""
    judge = allowed or Allowed()
    seen: set[tuple[str, str, str]] = set()
    english: list[Shown] = []
    for shown in shown_texts(top, **walk):
        key = (shown.kind, shown.where, shown.text)
        if key not in seen and judge.english_words(shown.text):
            seen.add(key)
            english.append(shown)
    return english


def report(found: Iterable[Shown], allowed: Allowed | None = None) -> str:
    """One line per English text, with the words that gave it away: an assertion message."""
    judge = allowed or Allowed()
    lines = [f"{shown}  <- {', '.join(judge.english_words(shown.text))}" for shown in found]
    return f"{len(lines)} English text(s) shown:\n" + "\n".join(lines)


# --- speaking Chinese for a test ------------------------------------------------------------------


@contextmanager
def in_chinese(app: QApplication | None = None) -> Iterator[None]:
    """The window's language as ``hireplan --lang zh_CN`` sets it: the core's catalogue (flag texts,
    headings) and Qt's ``qtbase_zh_CN`` plus ``hireplan_zh_CN.qm``. Build widgets inside the block:
    a widget reads its texts when it is made."""
    from hireplan import i18n
    from hireplan.gui.common.language import install_translators

    qapp = app or QApplication.instance()
    assert isinstance(qapp, QApplication)
    before = (i18n.current_language(), i18n.language_source())
    i18n.set_language(i18n.CHINESE, source="option")
    translators = install_translators(qapp, i18n.CHINESE)
    try:
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.set_language(before[0], source=before[1])
