"""The English finder every Chinese-screen test relies on (helpers.visible_text): it must see what a
person sees (menus, headers, tips, placeholders) and excuse only plan data, codes, figures and names."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helpers.visible_text import Allowed, english_texts, in_chinese, report, shown_texts
from hireplan.model import Plan
from hireplan.storage.builtin_templates import sample_plan


def _window(qtbot) -> tuple[QMainWindow, dict[str, QWidget]]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    window.setWindowTitle("Team plan — hireplan")
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction("Open…")
    file_menu.addAction("打开最近的计划")
    central = QWidget()
    layout = QVBoxLayout(central)
    label = QLabel("<b>Silicon Valley</b> 的 P50：USD 250,000")
    label.setToolTip("按 Ctrl+S 保存到 ~/plans/team.hireplan")
    button = QPushButton("&Save")
    typed = QLineEdit()
    typed.setText("whatever the person typed")
    typed.setPlaceholderText("Type a name")
    combo = QComboBox()
    combo.addItems(["USD", "CNY", "Follow the system"])
    table = QTableView()
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels(["Name", "城市"])
    table.setModel(model)
    hidden_box = QGroupBox("Hidden options")
    hidden_box.setVisible(False)
    for widget in (label, button, typed, combo, table, hidden_box):
        layout.addWidget(widget)
    window.setCentralWidget(central)
    window.statusBar().showMessage("Saved the plan.")
    window.show()
    qtbot.waitExposed(window)
    return window, {"table": table, "label": label}


def test_it_finds_every_kind_of_english_text_a_person_sees(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _ = _window(qtbot)
    found = {
        (shown.kind, shown.text)
        for shown in english_texts(window, Allowed().plus(phrases=["Silicon Valley"]))
    }
    assert found == {
        ("window title", "Team plan — hireplan"),
        ("menu", "&File"),
        ("action", "&File"),
        ("action", "Open…"),
        ("button", "&Save"),
        ("placeholder", "Type a name"),
        ("combo item", "Follow the system"),
        ("header", "Name"),
        ("status bar", "Saved the plan."),
    }, report(english_texts(window))


def test_typed_text_hidden_widgets_and_skipped_parts_are_not_walked(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, parts = _window(qtbot)
    texts = [shown.text for shown in shown_texts(window)]
    assert "whatever the person typed" not in texts
    assert "Hidden options" not in texts
    skipped = [shown.text for shown in shown_texts(window, skip=lambda w: w is parts["table"])]
    assert "Name" in texts and "Name" not in skipped


def test_cells_of_views_are_read_and_plan_data_in_them_is_excused(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel(["Priya Nair", "High", "高"], view))
    view.show()
    allowed = Allowed.for_plan(Plan(title="t", owner="Priya Nair"))
    assert [shown.text for shown in english_texts(view, allowed)] == ["High"]
    assert [shown.text for shown in english_texts(view, allowed, cells=False)] == []


def test_only_names_codes_figures_keys_urls_files_and_plan_data_are_excused() -> None:
    allowed = Allowed.for_plan(sample_plan())
    for fine in (
        "按 Ctrl+Shift+S 另存为 /tmp/pytest-1/sample.hireplan",
        "副本保留在旁边的 .hireplan-backups 文件夹中",
        "见 https://example.com/survey 与 hr@example.com",
        "USD 250,000 · P25 / P50 · PPP 系数 4.2 · L5",
        "用 Excel、LibreOffice 或 WPS 打开",
        "按 Tab 离开表格，按 Esc 取消",
        "Priya Nair 负责：Interview five to ten target candidates…",
        "LLM research team: Hangzhou and Silicon Valley — hireplan",
    ):
        assert allowed.english_words(fine) == [], fine
    assert allowed.english_words("Delete 2 roles") == ["Delete", "roles"]
    assert allowed.english_words("删除 roles/offers") == ["roles", "offers"]
    # Enum values, ids and keys are the program's words: the step key "motivations" excuses nothing.
    assert allowed.english_words("motivations") == ["motivations"]
    assert allowed.english_words("&Undo") == ["Undo"]


def test_in_chinese_installs_the_catalogues_and_gives_the_language_back(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from hireplan import i18n

    before = i18n.current_language()
    with in_chinese(qapp):
        assert i18n.current_language() == i18n.CHINESE
        assert QCoreApplication.translate("WindowMenus", "&File") != "&File"
    assert i18n.current_language() == before
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


def test_plan_data_naming_sites_or_holding_shorter_phrases_is_excused_whole_and_cut() -> None:
    """A benchmark source naming Levels.fyi, and a description cut short with an ellipsis that
    holds a market's name, are plan data like any other; the English around them is still found."""
    source = (
        "Median total pay in the SF Bay Area, Levels.fyi end-of-year report 2025, as quoted by landed.jobs."
    )
    description = "A hiring plan for AI researchers when Silicon Valley and the Chinese hubs compete."
    allowed = Allowed().plus(phrases=[source, description, "Silicon Valley"])
    assert allowed.english_words(source) == []
    assert allowed.english_words(description[:60] + "…") == []
    assert allowed.english_words(f"来源：{source} Refresh it.") == ["Refresh"]
