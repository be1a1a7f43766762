"""The PDF brief read back as a reader and a PDF checker would: all the content, exactly the text
typed, fonts embedded, metadata, bookmarks and page numbers, amounts gone when redacted."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.export_plans import CHINESE_NOTE, TODAY, sample_plan
from helpers.paths import REPO
from hireplan.analysis import analyse
from hireplan.analysis.verdict import plan_verdict
from hireplan.export import SECTIONS, ExportError, PdfOptions, parse_sections
from hireplan.export.pdf import write_pdf
from hireplan.export.report import ExportReport
from hireplan.model import ChecklistItem, Plan, Risk

FULL = PdfOptions(sections=SECTIONS)


def _write(plan: Plan, path: Path, options: PdfOptions | None = None) -> ExportReport:
    return write_pdf(plan, analyse(plan, today=TODAY), path, options, today=TODAY)


def _compact(text: str) -> str:
    """Text without any whitespace: wrapping a line must not make a phrase look missing."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, Path, ExportReport, str]:
    plan = sample_plan()
    out = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    report = _write(plan, out, FULL)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return plan, out, report, text


def test_every_item_every_flag_and_chinese_text_is_in_the_brief(
    brief: tuple[Plan, Path, ExportReport, str],
) -> None:
    plan, _, _, text = brief
    compact = _compact(text)
    for step in plan.steps:
        for item in step.items:
            expected = item.text.replace("\x0b", "\n").replace("🎉", "□")
            assert _compact(expected) in compact, item.text
    analysis = analyse(plan, today=TODAY)
    assert analysis.flags
    for flag in analysis.flags:
        assert _compact(flag.title) in compact, flag.title
        assert _compact(flag.message.replace("🎉", "□")) in compact, flag.message
    assert _compact(CHINESE_NOTE) in compact
    assert "王磊" in text  # the owner, in the header of page 1


def test_markup_in_user_text_prints_literally(brief: tuple[Plan, Path, ExportReport, str]) -> None:
    """`R&D <b> x<y` prints exactly, and an <img> tag prints as text instead of opening a file."""
    _, _, _, text = brief
    assert "R&D <b> x<y" in text
    assert "<img src='/etc/passwd'/>" in text
    assert "R&D <Labs> Ltd" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_missing_glyphs_are_reported(brief: tuple[Plan, Path, ExportReport, str]) -> None:
    """The fonts have no 🎉: the user is told which field holds it, instead of it silently vanishing."""
    _, _, report, text = brief
    assert [(u.kind, u.field, u.characters) for u in report.unprintable] == [("item", "text", "🎉")]
    assert "Team offsite" in report.unprintable[0].where
    assert not report.warnings  # the character is named once, with its field
    assert "□" in text


def test_every_font_is_embedded_and_the_file_is_valid(brief: tuple[Plan, Path, ExportReport, str]) -> None:
    _, out, _, _ = brief
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows, fonts
    for row in rows:
        emb = row.split()[-5]
        assert emb == "yes", row
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr


def test_metadata_outline_and_page_numbers(brief: tuple[Plan, Path, ExportReport, str]) -> None:
    plan, out, report, _ = brief
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == plan.title
    assert meta.author == plan.owner
    assert meta.subject and "Hiring plan brief" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en"
    outline = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert outline == [
        "Summary",
        "Roles and offers",
        "Checklist exceptions",
        "Top risks",
        "Policy watch",
        "Changes since the approved version",
        "Appendix: assumptions and glossary",
        "Appendix: the full checklist",
        "Appendix: every offer in every market",
        "Appendix: risk register and every flag",
    ]
    pages = len(reader.pages)
    assert report.pages == pages
    first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    assert f"Page 1 of {pages}" in first
    assert f"Page {pages} of {pages}" in last
    assert TODAY.isoformat() in last


def test_outline_entries_point_at_their_pages(brief: tuple[Plan, Path, ExportReport, str]) -> None:
    """Each section's bookmark opens the page whose text starts that section."""
    _, out, _, _ = brief
    reader = PdfReader(out)
    first_words = {"Summary": "Hiring plan brief"}
    for entry in reader.outline:
        if isinstance(entry, list):
            continue
        page = reader.get_destination_page_number(entry)
        expected = first_words.get(entry.title, entry.title)
        assert expected in reader.pages[page].extract_text(), entry.title


def test_page_one_answers_the_three_questions(brief: tuple[Plan, Path, ExportReport, str]) -> None:
    """Page 1 says whether the plan is on pace, what the offers cost, what is at risk by kind, which
    offers are below market and what leadership is asked to decide; page 2 holds the rest."""
    plan, out, _, _ = brief
    reader = PdfReader(out)
    first = reader.pages[0].extract_text()
    analysis = analyse(plan, today=TODAY)
    verdict = plan_verdict(analysis.progress, plan.start_date, plan.target_date, TODAY)
    assert _compact(verdict.sentence) in _compact(first)
    for heading in (
        "What it costs: planned against offered",
        "Risks that need a decision, by kind",
        "Offers below market",
        "Leadership is asked to decide",
    ):
        assert heading in first
    assert plan.title.split()[0] in first and "Hiring plan brief" in first  # the cover's facts, folded in
    risks = first[first.index("Risks that need a decision") : first.index("Offers below market")]
    assert any(f.rule == "items-overdue" for f in analysis.flags)
    assert "Overdue checklist items" not in risks  # routine upkeep is in the verdict box, not among the risks
    assert "Summary, continued" in reader.pages[1].extract_text()
    assert "Roles and offers" in reader.pages[2].extract_text()


def test_sections_and_letter_paper(tmp_path: Path) -> None:
    plan = sample_plan()
    out = tmp_path / "short.pdf"
    _write(plan, out, PdfOptions(sections=parse_sections("risks,summary"), page_size="letter"))
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Summary, continued" in text and "Top risks" in text
    assert "Checklist exceptions" not in text and "Glossary" not in text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert [entry.title for entry in reader.outline if not isinstance(entry, list)] == [
        "Summary",
        "Top risks",
    ]
    assert parse_sections("full") == SECTIONS
    assert parse_sections("default") == PdfOptions().sections


def test_bad_options_are_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="choose from"):
        parse_sections("summary,everything")
    with pytest.raises(ValueError, match="page size"):
        PdfOptions(page_size="a3")  # type: ignore[arg-type]


@pytest.mark.slow  # 4-7 s: a plan of thousands of items laid out in full
def test_huge_plan_and_note_longer_than_a_page(tmp_path: Path) -> None:
    """10,000 items, a note of several pages, a 40,000-character word and a page of Chinese without
    spaces: the brief is written, long text split across pages, nothing lost."""
    plan = sample_plan()
    long_note = "\n".join(f"Paragraph {n}: the relocation package needs another review." for n in range(400))
    plan.steps[1].items.append(
        ChecklistItem(id="long-note", text="Item with a very long note", notes=long_note)
    )
    plan.steps[0].items.extend(ChecklistItem(id=f"bulk{n}", text=f"Bulk item {n}") for n in range(10_000))
    plan.risks.append(Risk(id="k-long", title="Unbroken mitigation", mitigation="m" * 40_000))
    plan.notes = "长" * 20_000
    out = tmp_path / "huge.pdf"
    report = _write(plan, out, FULL)
    reader = PdfReader(out)
    assert report.pages == len(reader.pages) > 200
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Paragraph 0:" in text and "Paragraph 399:" in text
    assert "Bulk item 0" in text and "Bulk item 9999" in text
    assert _compact(text).count("m" * 40) >= 40_000 // 40 - 10
    assert text.count("长") >= 20_000


def test_empty_plan(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    report = _write(Plan(title="Empty plan"), out, FULL)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "The plan has no offers yet." in text and "The plan has no roles yet." in text
    assert report.warnings == []


def test_failed_export_leaves_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hireplan.export import pdf

    plan = sample_plan()
    out = tmp_path / "brief.pdf"
    _write(plan, out)
    before = out.read_bytes()

    def broken(brief: object) -> list[object]:
        raise ExportError("layout failed on purpose")

    monkeypatch.setitem(pdf.SECTION_BUILDERS, "appendix", broken)
    with pytest.raises(ExportError):
        _write(plan, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_plan_without_rates_and_with_a_dangling_offer_still_exports(tmp_path: Path) -> None:
    """Missing exchange rates and PPP factors are shown as gaps, never filled with 1.0 or a crash."""
    from hireplan.export.xlsx import write_workbook
    from hireplan.model import Offer

    plan = sample_plan()
    plan.exchange_rates = []
    plan.ppp_factors = []
    plan.offers.append(Offer(id="orphan", role_id="gone", market_id="nowhere", currency="EUR", base=100))
    analysis = analyse(plan, today=TODAY)
    out = tmp_path / "brief.pdf"
    write_pdf(plan, analysis, out, FULL, today=TODAY)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "no rate" in text
    assert "Offers for a role not in the plan (gone)" in text
    book = tmp_path / "book.xlsx"
    write_workbook(plan, analysis, book, today=TODAY)
    import openpyxl

    rows = list(openpyxl.load_workbook(book)["Compensation"].iter_rows(values_only=True))
    orphan = [row for row in rows if row and row[-1] == "orphan"]
    assert len(orphan) == 1 and orphan[0][13] is None  # no USD figure without a rate


def test_the_large_plans_default_brief_stays_a_brief(tmp_path: Path) -> None:
    """2,000 items and 300 offers: at most 20 pages, one row per role, each kind of flag once."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from generate_large_plan import make_large_plan

    plan = make_large_plan()
    out = tmp_path / "large.pdf"
    report = _write(plan, out)
    assert report.pages is not None and report.pages <= 20
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    for role in plan.roles:
        assert re.search(rf"^\s*{re.escape(role.title)}\s", text, re.MULTILINE), role.title
    risks = text[
        text.index("Flags the plan raises, one line per kind") : text.index("The team's highest risks")
    ]
    kinds = re.findall(r"^\s*(High|Medium|Low)\s+(\S.*?)\s{2,}\d+\s", risks, re.MULTILINE)
    assert kinds and len(kinds) == len(set(kinds)), kinds  # one line per kind and severity


def test_page_one_sets_offers_against_the_plan_and_the_pay_band(tmp_path: Path) -> None:
    """A planned budget shows planned against offered; an offer under its internal band is listed
    with "below band", and the redacted edition says so without the band's figures."""
    from decimal import Decimal

    from hireplan.analysis.format import format_money
    from hireplan.model import PayBand

    plan = sample_plan()
    infra = next(role for role in plan.roles if role.id == "r-infra")
    infra.planned_cost_per_hire = Decimal(300_000)
    infra.planned_currency = "CNY"
    plan.pay_bands.append(
        PayBand(
            id="band-bj",
            market_id="bj",
            job_family="ML engineer",
            level=infra.level,
            currency="CNY",
            minimum=Decimal(450_000),
            midpoint=Decimal(520_000),
            maximum=Decimal(600_000),
        )
    )
    analysis = analyse(plan, today=TODAY)
    assert analysis.offers["o-infra"].pay_band is not None
    assert analysis.offers["o-infra"].pay_band.outside == "below"
    out = tmp_path / "brief.pdf"
    _write(plan, out)
    first = _compact(PdfReader(out).pages[0].extract_text())
    assert _compact(format_money(analysis.budget.planned_total, analysis.budget.currency)) in first
    assert _compact(format_money(analysis.budget.total, analysis.budget.currency)) in first
    assert "belowband" in first and "outsidetheirinternalpayband" in first.replace(
        "itsinternal", "theirinternal"
    )
    redacted = tmp_path / "redacted.pdf"
    _write(plan, redacted, PdfOptions(redact_offers=True))
    first = _compact(PdfReader(redacted).pages[0].extract_text())
    assert "belowband" in first and "withheld" in first
    assert "450,000" not in first and "600,000" not in first


def test_roles_whose_benchmark_has_no_median_say_so_on_the_roles_page(tmp_path: Path) -> None:
    """The shipped sample's Hangzhou benchmark is a job-ad ceiling: its roles read 'no median', so a
    director does not ask for a benchmark the plan already holds."""
    from hireplan.storage.builtin_templates import sample_plan as shipped_sample

    plan = shipped_sample()
    out = tmp_path / "brief.pdf"
    _write(plan, out, PdfOptions(sections=parse_sections("roles")))
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    hangzhou_roles = [
        line for line in text.splitlines() if "Senior Hangzhou" in line or "Mid Hangzhou" in line
    ]
    assert hangzhou_roles and all("no median" in line for line in hangzhou_roles)
    assert "no benchmark" not in text


def test_a_role_whose_offers_lack_a_rate_names_the_rate_and_mixed_reasons_claim_no_benchmark(
    tmp_path: Path,
) -> None:
    """Each reason asks for a different fix, so the roles page never says "no benchmark" for a
    market that has one: one reason is named, two different ones read "not comparable"."""
    from hireplan.storage.builtin_templates import sample_plan as shipped_sample

    plan = shipped_sample()
    offer = next(o for o in plan.offers if o.market_id == "mkt-silicon-valley")
    role = next(r for r in plan.roles if r.id == offer.role_id)
    assert [o.id for o in plan.offers if o.role_id == role.id] == [offer.id]
    offer.currency = "CHF"  # the sample holds no CHF rate; the Silicon Valley benchmark is in USD

    def roles_page(plan: Plan) -> str:
        out = tmp_path / "brief.pdf"
        _write(plan, out, PdfOptions(sections=parse_sections("roles")))
        return _compact("".join(page.extract_text() for page in PdfReader(out).pages))

    assert "noCHF-to-USDrate" in roles_page(plan)  # the cell wraps: compared without spaces
    plan.offers.append(offer.model_copy(update={"id": "offer-unpriced", "base": 0}))
    text = roles_page(plan)
    assert "notcomparable" in text and "noCHF-to-USDrate" not in text and "nobenchmark" not in text
