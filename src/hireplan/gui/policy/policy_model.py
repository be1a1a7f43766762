"""The policy-watch table: jurisdiction, topic, summary, owner, last checked and source.

Whether an entry is overdue for a check is the analysis's call (the policy-watch rule's
flag lists the entries), so the red date here and the flag on the Risks screen agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from hireplan.gui.common.list_table_model import Col, ListTableModel, parse_date, parse_text, show_date
from hireplan.gui.common.style import AMBER_TINT
from hireplan.gui.document.document import PlanDocument

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis

POLICY_RULE = "policy-watch"
JURISDICTION = str(QT_TRANSLATE_NOOP("PolicyModel", "Jurisdiction"))
TOPIC = str(QT_TRANSLATE_NOOP("PolicyModel", "Topic"))
SUMMARY = str(QT_TRANSLATE_NOOP("PolicyModel", "Summary"))
OWNER = str(QT_TRANSLATE_NOOP("PolicyModel", "Owner"))
LAST_CHECKED = str(QT_TRANSLATE_NOOP("PolicyModel", "Last checked"))
SOURCE = str(QT_TRANSLATE_NOOP("PolicyModel", "Source"))
OVERDUE_TINT = AMBER_TINT


def overdue_ids(analysis: PlanAnalysis) -> set[str]:
    """Policy entries the analysis says are due for a check."""
    return {
        ref.id
        for flag in analysis.flags
        if flag.rule == POLICY_RULE
        for ref in flag.refs
        if ref.kind == "policy"
    }


class PolicyModel(ListTableModel):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        cache: dict[int, set[str]] = {}

        def overdue(entry: Any, analysis: PlanAnalysis) -> bool:
            key = id(analysis)
            if key not in cache:
                cache.clear()
                cache[key] = overdue_ids(analysis)
            return entry.id in cache[key]

        def checked_text(entry: Any, analysis: PlanAnalysis) -> str:
            if entry.last_checked is None:
                if overdue(entry, analysis):
                    return QCoreApplication.translate("PolicyModel", "⚠ never: due")
                return QCoreApplication.translate("PolicyModel", "never")
            text = show_date(entry.last_checked)
            if overdue(entry, analysis):
                return QCoreApplication.translate("PolicyModel", "⚠ {date}: due").format(date=text)
            return text

        def checked_tip(entry: Any, analysis: PlanAnalysis) -> str:
            days = document.plan.settings.policy_check_days
            if overdue(entry, analysis):
                return QCoreApplication.translate(
                    "PolicyModel",
                    "Not checked in the last %n day(s): check the source and mark it checked today.",
                    None,
                    days,
                )
            return QCoreApplication.translate("PolicyModel", "Checked within the last %n day(s)", None, days)

        def title(text: str) -> str:
            return QCoreApplication.translate("PolicyModel", text)

        columns = [
            Col(title(JURISDICTION), lambda p: p.jurisdiction, "jurisdiction", parse=parse_text),
            Col(title(TOPIC), lambda p: p.topic, "topic", parse=parse_text),
            Col(
                title(SUMMARY),
                lambda p: " ".join(p.summary.split()),
                "summary",
                edit=lambda p: p.summary,
                parse=parse_text,
                tooltip=lambda p: p.summary,
            ),
            Col(title(OWNER), lambda p: p.owner, "owner", parse=parse_text),
            Col(
                title(LAST_CHECKED),
                lambda p: show_date(p.last_checked),
                "last_checked",
                parse=parse_date,
                uses_analysis=True,
                analysis_display=checked_text,
                analysis_colour=lambda p, a: OVERDUE_TINT if overdue(p, a) else None,
                analysis_tooltip=checked_tip,
            ),
            Col(
                title(SOURCE),
                lambda p: " ".join(p.source.split()),
                "source",
                edit=lambda p: p.source,
                parse=parse_text,
                tooltip=lambda p: p.source,
            ),
        ]
        super().__init__(document, "policy", columns, parent)
