"""Text that will not print is found before exporting, field by field.

A person who typed a Hindi role title, a Thai mitigation or an emoji relies on being told which
field will print boxes before the brief goes to leadership, and on not being told about Chinese,
Arabic or Hebrew, which print. The printed brief is read back with pdftotext: every □ on the page
comes from a field the check named.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from helpers.export_plans import TODAY, sample_plan
from hireplan import i18n
from hireplan.analysis import analyse
from hireplan.export.options import DEFAULT_SECTIONS, SECTIONS, PdfOptions
from hireplan.export.pdf import write_pdf
from hireplan.export.printable import (
    PRINTED,
    unprintable_in_brief,
    unprintable_in_statement,
    warning_text,
)
from hireplan.model import Plan, Risk
from hireplan.model.kinds import KINDS

HINDI = "डेटा वैज्ञानिक"
THAI = "ติดต่อผู้สมัครก่อน"
UNICORN = "🦄"


def _plan() -> Plan:
    plan = sample_plan()
    plan.roles[1].title = f"{HINDI} (Training infrastructure)"
    plan.risks.append(
        Risk(id="r-thai", title="Candidate pool in Bangkok is small", likelihood=2, impact=2, mitigation=THAI)
    )
    plan.offers[0].candidate = f"Dr. Wu {UNICORN}"
    plan.offers[1].compute_note = "共享 64 张 GPU · مختبر · מעבדה"  # Chinese, Arabic, Hebrew: all print
    return plan


def test_the_fields_that_will_not_print_are_named() -> None:
    plan = _plan()
    found = {(u.kind, u.field): u for u in unprintable_in_brief(plan, SECTIONS)}
    role = found[("role", "title")]
    assert role.where == f"Role “{plan.roles[1].title}”, Title"
    assert set(role.characters) <= set(HINDI) and "ड" in role.characters and " " not in role.characters
    assert found[("risk", "mitigation")].where == "Risk “Candidate pool in Bangkok is small”, Mitigation"
    assert found[("offer", "candidate")].characters == UNICORN
    assert ("offer", "compute_note") not in found  # Chinese, Arabic and Hebrew print
    assert found[("item", "text")].characters == "🎉"  # the sample's own "Team offsite 🎉"


def test_only_what_the_chosen_document_prints_is_checked() -> None:
    plan = _plan()
    summary_only = {(u.kind, u.field) for u in unprintable_in_brief(plan, ("summary",))}
    assert ("risk", "mitigation") in summary_only  # quoted by the risk's flag on page 1
    policy_only = {(u.kind, u.field) for u in unprintable_in_brief(plan, ("policy",))}
    assert policy_only == set()  # the policy section prints no field holding those characters
    redacted = {(u.kind, u.field) for u in unprintable_in_brief(plan, DEFAULT_SECTIONS, redact=True)}
    assert ("offer", "candidate") not in redacted  # candidates are named by role and letter instead
    statement = unprintable_in_statement(plan, plan.offers[0].id)
    assert [(u.kind, u.object_id, u.field) for u in statement] == [("offer", plan.offers[0].id, "candidate")]
    other = unprintable_in_statement(plan, plan.offers[2].id)
    assert all(u.object_id != plan.offers[0].id for u in other)  # nobody else's fields


def test_every_box_on_the_page_comes_from_a_named_field(tmp_path: Path) -> None:
    plan = _plan()
    out = tmp_path / "brief.pdf"
    report = write_pdf(plan, analyse(plan, today=TODAY), out, PdfOptions(sections=SECTIONS), today=TODAY)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert text.count("□") >= 3
    named = "".join(u.characters for u in report.unprintable)
    assert UNICORN in named and "🎉" in named and any(ch in named for ch in THAI)
    assert not report.warnings  # nothing printed as □ that the field check missed
    assert "Candidatepoolin" in "".join(text.split())


def test_the_warning_names_each_field_in_the_exports_language() -> None:
    plan = _plan()
    message = warning_text(unprintable_in_brief(plan, SECTIONS))
    assert message.startswith("4 text fields hold characters the PDF fonts cannot draw; each prints as □:")
    assert "• Risk “Candidate pool in Bangkok is small”, Mitigation: " in message
    assert "(U+1F984)" in message
    assert "and 10 more" in message  # a long run of Thai is not spelled out character by character
    with i18n.using_language("zh_CN"):
        chinese = warning_text(unprintable_in_brief(plan, SECTIONS))
    assert "风险“Candidate pool in Bangkok is small”，应对措施" in chinese
    assert "□" in chinese


def test_every_text_field_of_the_model_is_either_checked_or_never_printed() -> None:
    """A new text field must be added to PRINTED (or here, saying the documents never print it)."""
    never_printed = {
        ("plan", "id"),
        ("plan", "reporting_currency"),
        ("step", "id"),
        ("step", "key"),
        ("step", "purpose"),
        ("step", "best_practices"),
        ("step", "common_mistakes"),
        ("item", "id"),
        ("role", "id"),
        ("role", "job_family"),  # matched to benchmarks; the benchmark's own job family is printed
        ("role", "market_id"),
        ("role", "growth_path"),
        ("role", "planned_currency"),
        ("role", "notes"),
        ("offer", "id"),
        ("offer", "role_id"),
        ("offer", "market_id"),
        ("offer", "currency"),
        ("benchmark", "id"),
        ("benchmark", "market_id"),
        ("benchmark", "currency"),
        ("benchmark", "notes"),
        ("band", "id"),
        ("band", "market_id"),
        ("band", "job_family"),
        ("band", "currency"),
        ("band", "notes"),
        ("market", "id"),
        ("market", "country"),
        ("market", "currency"),
        ("rate", "id"),
        ("rate", "base"),
        ("rate", "quote"),
        ("ppp", "id"),
        ("ppp", "currency"),
        ("risk", "id"),
        ("policy", "id"),
        ("settings", "reference_market_id"),
    }
    checked = {(entry.kind, entry.field.split(".")[0]) for entry in PRINTED}
    for kind, info in KINDS.items():
        for name, spec in info.model.model_fields.items():
            text = "str" in str(spec.annotation) or "list[typing.Annotated[str" in str(spec.annotation)
            if text and not str(spec.annotation).startswith("list[hireplan"):
                assert (kind, name) in checked | never_printed, f"{kind}.{name}"
