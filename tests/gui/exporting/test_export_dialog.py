"""Export from the window: both files written off the GUI thread and valid, Stop leaves nothing
behind, a preview before saving, and problems shown as messages."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import Qt

import hireplan.export.pdf as pdf_module
from helpers.fakes import FakeChooser
from hireplan.export.options import DEFAULT_SECTIONS, SECTIONS
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.exporting.export_dialog import ExportDialog
from hireplan.gui.exporting.export_worker import ExportCancelledError, ExportJob, ExportOutcome, run_export
from hireplan.storage.builtin_templates import sample_plan

WAIT_MS = 60_000


@pytest.fixture
def document() -> Iterator[PlanDocument]:
    doc = PlanDocument(sample_plan())
    yield doc
    doc.deleteLater()


def make_dialog(qtbot: Any, document: PlanDocument, prompter: Any, chooser: FakeChooser) -> ExportDialog:
    opened: list[Path] = []
    dialog = ExportDialog(document, prompter, files=chooser, opener=opened.append)
    dialog.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    return dialog


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_export_writes_a_pdf_and_a_workbook_that_open(
    qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path
) -> None:
    """A person picks both files, presses Export and gets a readable PDF and workbook, opened for them."""
    pdf, xlsx = tmp_path / "brief.pdf", tmp_path / "finance.xlsx"
    dialog = make_dialog(qtbot, document, prompter, FakeChooser(save_paths=[pdf, xlsx]))
    click(qtbot, dialog.targets.pdf_browse)
    click(qtbot, dialog.targets.xlsx_browse)
    dialog.open_when_done.setChecked(True)
    title = document.plan.title

    with qtbot.waitSignal(dialog.exportFinished, timeout=WAIT_MS) as blocker:
        click(qtbot, dialog.export_button)
        assert dialog.is_busy() and not dialog.export_button.isEnabled()
        # the person keeps editing while the export runs: the files show the plan as it was
        document.set_field("plan", "", "title", "Renamed while exporting")

    outcome: ExportOutcome = blocker.args[0]
    assert outcome.written == [xlsx, pdf]
    assert pdf.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == outcome.pdf_pages and len(reader.pages) > 1
    assert reader.metadata is not None and reader.metadata.title == title
    workbook = openpyxl.load_workbook(xlsx)
    assert "Summary" in workbook.sheetnames and "Checklist" in workbook.sheetnames
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf", "finance.xlsx"]
    assert dialog.opened == [xlsx, pdf]  # type: ignore[attr-defined]
    assert prompter.errors == []
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted


def test_options_reach_the_pdf(qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path) -> None:
    """Unticked sections, Letter paper and hidden amounts are what the written brief has."""
    pdf = tmp_path / "brief.pdf"
    dialog = make_dialog(qtbot, document, prompter, FakeChooser(save_paths=[pdf]))
    dialog.targets.xlsx_check.setChecked(False)
    click(qtbot, dialog.targets.pdf_browse)
    assert dialog.pdf_options().sections == DEFAULT_SECTIONS  # the brief, without the full-detail appendices
    dialog.full_detail.setChecked(True)
    assert dialog.pdf_options().sections == tuple(s for s in SECTIONS if s != "changes"), (
        "full detail adds the appendices; the changes since approval stay a choice of their own"
    )
    dialog.section_checks["register"].setChecked(False)  # one appendix off: no longer "full detail"
    assert not dialog.full_detail.isChecked()
    dialog.section_checks["register"].setChecked(True)
    assert dialog.full_detail.isChecked()
    for name in SECTIONS:
        dialog.section_checks[name].setChecked(name in ("summary", "compensation"))
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.redact.setChecked(True)
    options = dialog.pdf_options()
    assert options.sections == ("summary", "compensation") and options.page_size == "letter"

    with qtbot.waitSignal(dialog.exportFinished, timeout=WAIT_MS):
        click(qtbot, dialog.export_button)

    page = pypdf.PdfReader(pdf).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert "redacted" in str(pypdf.PdfReader(pdf).metadata.subject)  # type: ignore[union-attr]
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_no_section_ticked_refuses_with_a_reason(
    qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, document, prompter, FakeChooser())
    dialog.targets.xlsx_check.setChecked(False)
    for check in dialog.section_checks.values():
        check.setChecked(False)
    assert not dialog.export_button.isEnabled() and not dialog.preview_button.isEnabled()
    assert dialog.start_export() is False
    assert prompter.errors and "section" in prompter.errors[0]


@pytest.fixture
def gated_pdf_writer(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Hold the real PDF writer until the test lets it go, so Stop lands mid-export every time."""
    entered, release = threading.Event(), threading.Event()
    real = pdf_module.write_pdf

    def gated(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf_module, "write_pdf", gated)
    yield entered, release
    release.set()


def test_stop_leaves_nothing_behind(
    qtbot: Any,
    document: PlanDocument,
    prompter: Any,
    tmp_path: Path,
    gated_pdf_writer: tuple[threading.Event, threading.Event],
) -> None:
    """Stop after the workbook is written: no new file, no temp file, the old PDF untouched."""
    entered, release = gated_pdf_writer
    pdf, xlsx = tmp_path / "brief.pdf", tmp_path / "finance.xlsx"
    pdf.write_bytes(b"the brief from last week")
    dialog = make_dialog(qtbot, document, prompter, FakeChooser())
    dialog.targets.pdf_path.setText(str(pdf))
    dialog.targets.xlsx_path.setText(str(xlsx))

    assert dialog.start_export()
    assert prompter.asked("ask_confirm"), "replacing last week's brief is asked first"
    assert entered.wait(WAIT_MS / 1000), "the workbook was written and the PDF writer started"
    assert dialog.cancel_button.text() == "&Stop"
    assert not gc.isenabled(), (
        "no cyclic GC in the export thread: it could destroy widgets off the GUI thread"
    )
    with qtbot.waitSignal(dialog.exportCancelled, timeout=WAIT_MS):
        click(qtbot, dialog.cancel_button)
        release.set()

    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]
    assert pdf.read_bytes() == b"the brief from last week"
    assert gc.isenabled(), "collection resumes in the GUI thread once the export has ended"
    assert not dialog.is_busy() and dialog.export_button.isEnabled(), "Stop keeps the dialog open"
    assert "nothing was saved" in dialog.status.text()
    assert prompter.errors == []


def test_closing_while_exporting_stops_first(
    qtbot: Any,
    document: PlanDocument,
    prompter: Any,
    tmp_path: Path,
    gated_pdf_writer: tuple[threading.Event, threading.Event],
) -> None:
    """Escape during an export stops it, removes its files, and only then closes the dialog."""
    entered, release = gated_pdf_writer
    dialog = make_dialog(qtbot, document, prompter, FakeChooser())
    dialog.show()
    dialog.targets.pdf_path.setText(str(tmp_path / "brief.pdf"))
    dialog.targets.xlsx_check.setChecked(False)
    assert dialog.start_export() and entered.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.reject()
        assert dialog.isVisible(), "still open until the export has stopped"
        release.set()
    assert list(tmp_path.iterdir()) == []


def test_cancel_between_stages_cleans_up_without_threads(tmp_path: Path) -> None:
    """The staging rules themselves: a stop after the first stage removes what was written."""
    document = PlanDocument(sample_plan())
    job = ExportJob.of(document, pdf_path=tmp_path / "b.pdf", xlsx_path=tmp_path / "w.xlsx")
    seen: list[str] = []
    calls = iter([False, False, True])
    with pytest.raises(ExportCancelledError):
        run_export(job, lambda _p, text: seen.append(text), lambda: next(calls))
    assert any("workbook" in text for text in seen)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_destination_is_a_message_not_a_file(
    qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, document, prompter, FakeChooser())
    dialog.targets.pdf_path.setText(str(tmp_path / "no such folder" / "brief.pdf"))
    dialog.targets.xlsx_path.setText(str(tmp_path / "finance.xlsx"))
    with qtbot.waitSignal(dialog.exportFailed, timeout=WAIT_MS) as blocker:
        assert dialog.start_export()
    assert "does not exist" in blocker.args[0]
    assert prompter.errors and "does not exist" in prompter.errors[0]
    assert list(tmp_path.iterdir()) == []
    assert dialog.export_button.isEnabled(), "the person can correct the path and try again"


def test_preview_shows_the_pdf_then_saves_it(
    qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path
) -> None:
    """Preview renders into a temporary file QtPdf can read; Save moves it and removes the temp folder."""
    target = tmp_path / "previewed.pdf"
    dialog = make_dialog(qtbot, document, prompter, FakeChooser(save_paths=[target]))
    with qtbot.waitSignal(dialog.previewReady, timeout=WAIT_MS) as blocker:
        click(qtbot, dialog.preview_button)
    preview = blocker.args[0]
    from PySide6.QtPdf import QPdfDocument

    assert preview.pdf.status() == QPdfDocument.Status.Ready
    assert preview.pdf.pageCount() > 0
    assert preview.view.document() is preview.pdf
    pages = preview.pdf.pageCount()
    temp_dir = preview.temp_dir
    assert temp_dir is not None and temp_dir.is_dir() and not temp_dir.is_relative_to(tmp_path)
    assert list(tmp_path.iterdir()) == [], "nothing is written at the destination before Save"

    click(qtbot, preview.save_button)

    assert target.read_bytes().startswith(b"%PDF")
    assert len(pypdf.PdfReader(target).pages) == pages
    assert preview.saved and not temp_dir.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["previewed.pdf"]


def test_closing_the_preview_without_saving_keeps_no_file(
    qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, document, prompter, FakeChooser())
    with qtbot.waitSignal(dialog.previewReady, timeout=WAIT_MS) as blocker:
        assert dialog.start_preview()
    preview = blocker.args[0]
    temp_dir = preview.temp_dir
    preview.reject()
    assert temp_dir is not None and not temp_dir.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_bare_file_name_goes_to_the_last_folder(
    qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path
) -> None:
    """Typing just a name (no folder, no suffix) saves next to the last export, not in the app's folder."""
    from PySide6.QtCore import QSettings

    from hireplan.gui.common.app_settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    out = tmp_path / "exports"
    out.mkdir()
    settings.set_last_folder(out)
    dialog = ExportDialog(document, prompter, settings=settings, files=FakeChooser(), opener=lambda _p: None)
    qtbot.addWidget(dialog)
    dialog.targets.pdf_check.setChecked(False)
    dialog.targets.xlsx_path.setText("numbers for finance")
    with qtbot.waitSignal(dialog.exportFinished, timeout=WAIT_MS):
        assert dialog.start_export()
    assert [p.name for p in out.iterdir()] == ["numbers for finance.xlsx"]
    assert settings.last_folder() == out


def test_quitting_during_an_export_stops_it_and_cleans_up(
    qtbot: Any,
    document: PlanDocument,
    prompter: Any,
    tmp_path: Path,
    gated_pdf_writer: tuple[threading.Event, threading.Event],
) -> None:
    """The app quitting mid-export (aboutToQuit) waits for the export to stop and remove its files."""
    entered, release = gated_pdf_writer
    dialog = make_dialog(qtbot, document, prompter, FakeChooser())
    dialog.targets.pdf_path.setText(str(tmp_path / "brief.pdf"))
    dialog.targets.xlsx_path.setText(str(tmp_path / "finance.xlsx"))
    assert dialog.start_export() and entered.wait(WAIT_MS / 1000)
    threading.Timer(0.2, release.set).start()  # the writer finishes its stage while quit waits

    dialog.runner.stop_all()  # what the application's aboutToQuit calls

    assert all(thread.isFinished() for thread in dialog.runner.running())
    assert list(tmp_path.iterdir()) == []
    with qtbot.waitSignal(dialog.exportCancelled, timeout=WAIT_MS):
        pass
