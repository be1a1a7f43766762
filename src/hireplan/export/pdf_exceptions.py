"""Checklist exceptions: the items that need someone to act (overdue, blocked, critical with no
owner), most urgent first and a few of each; the whole checklist is an optional appendix."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, PageBreak, Paragraph

from hireplan.analysis.results import StepItems
from hireplan.export import fmt, words
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_styles import OVERDUE_INK
from hireplan.i18n import N_, _, ngettext
from hireplan.model import ChecklistItem, Priority

SHOWN = 15
"""Items listed per kind of exception; the rest are counted."""

_PRIORITY_RANK = {Priority.CRITICAL: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}

Entry = tuple[int, ChecklistItem]
"""(step number, item)."""


def _gather(
    steps: tuple[StepItems, ...], pick: Callable[[StepItems], tuple[ChecklistItem, ...]]
) -> list[Entry]:
    return [(number, item) for number, step in enumerate(steps, start=1) for item in pick(step)]


def _rows(brief: Brief, entries: list[Entry], why: Callable[[ChecklistItem], str]) -> list[list[object]]:
    return [
        [
            f"{number}",
            item.text,
            item.owner or "—",
            fmt.day(item.due),
            words.priority(item.priority),
            why(item),
        ]
        for number, item in entries[:SHOWN]
    ]


def exceptions(brief: Brief) -> list[Flowable]:
    st, today = brief.st, brief.today
    out: list[Flowable] = [
        Bookmark("exceptions", _("Checklist exceptions")),
        Paragraph(_("Checklist exceptions"), st.h1),
        Paragraph(
            _(
                "Only the items that need someone to act: overdue, blocked, and critical items nobody owns. "
                "The most urgent {count} of each kind are listed; every item is in the full checklist "
                "(an optional appendix) and in the workbook."
            ).format(count=SHOWN),
            st.small,
        ),
    ]
    steps = brief.analysis.step_items
    overdue = sorted(
        _gather(steps, lambda s: s.overdue),
        key=lambda e: (_PRIORITY_RANK.get(e[1].priority, 9), e[1].due or today),
    )
    blocked = sorted(_gather(steps, lambda s: s.blocked), key=lambda e: _PRIORITY_RANK.get(e[1].priority, 9))
    unowned = [e for e in _gather(steps, lambda s: s.unassigned) if e[1].priority is Priority.CRITICAL]

    def late(item: ChecklistItem) -> str:
        days = (today - item.due).days if item.due else 0
        return ngettext("{count} day late", "{count} days late", days).format(count=days)

    kinds = [
        (_("Overdue ({count})"), overdue, late, "overdue items"),
        (_("Blocked ({count})"), blocked, lambda item: words.status(item.status), "blocked items"),
        (
            _("Critical items without an owner ({count})"),
            unowned,
            lambda item: _("no owner"),
            "critical items without an owner",
        ),
    ]
    more_text = {
        "overdue items": lambda n: ngettext(
            "{count} more overdue item is in the full checklist and the workbook.",
            "{count} more overdue items are in the full checklist and the workbook.",
            n,
        ),
        "blocked items": lambda n: ngettext(
            "{count} more blocked item is in the full checklist and the workbook.",
            "{count} more blocked items are in the full checklist and the workbook.",
            n,
        ),
        "critical items without an owner": lambda n: ngettext(
            "{count} more critical item without an owner is in the full checklist and the workbook.",
            "{count} more critical items without an owner are in the full checklist and the workbook.",
            n,
        ),
    }
    any_shown = False
    for title, entries, why, noun in kinds:
        if not entries:
            continue
        any_shown = True
        out.append(Paragraph(title.format(count=len(entries)), st.h2))
        extra = [("TEXTCOLOR", (5, r), (5, r), OVERDUE_INK) for r in range(1, min(len(entries), SHOWN) + 1)]
        out.append(
            brief.table(
                [N_("Step"), N_("Item"), N_("Owner"), N_("Due"), N_("Priority"), N_("Why")],
                _rows(brief, entries, why),
                [0.06, 0.5, 0.13, 0.1, 0.09, 0.12],
                f"exceptions {noun}",
                extra=extra,
            )
        )
        if len(entries) > SHOWN:
            more = len(entries) - SHOWN
            out.append(Paragraph(more_text[noun](more).format(count=more), st.small))
    if not any_shown:
        out.append(
            Paragraph(_("No item is overdue or blocked, and every critical item has an owner."), st.body)
        )
    out.append(PageBreak())
    return out
