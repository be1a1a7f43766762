"""What the Risks screen says about its flags: the counts beside the heading, the text under the list.

Plain functions of the flags, so the panel only puts the words where they go. The messages keep
the ``RisksPanel`` context they were translated under.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from hireplan.analysis.format import format_date
from hireplan.analysis.names import PlanNames
from hireplan.analysis.results import Flag, Severity


def flags_heading(flags: Sequence[Flag]) -> str:
    """``<h3>Flags <small>(2 high, 1 medium, 0 low)</small></h3>``: open flags by severity, and how
    many are acknowledged when any are."""
    counts = {severity: 0 for severity in Severity}
    acknowledged = 0
    for flag in flags:
        if flag.acknowledged:
            acknowledged += 1
        else:
            counts[flag.severity] += 1
    values = {
        "high": counts[Severity.HIGH],
        "medium": counts[Severity.MEDIUM],
        "low": counts[Severity.LOW],
    }
    if acknowledged:
        counted = QCoreApplication.translate(
            "RisksPanel", "{high} high, {medium} medium, {low} low, {acknowledged} acknowledged"
        ).format(acknowledged=acknowledged, **values)
    else:
        counted = QCoreApplication.translate("RisksPanel", "{high} high, {medium} medium, {low} low").format(
            **values
        )
    title = QCoreApplication.translate("RisksPanel", "Flags")
    return f"<h3>{title} <small>({counted})</small></h3>"


def flag_detail(flags: Sequence[Flag], names: PlanNames) -> str:
    """Rich text under the list: one selected flag in full (and its acknowledgement), a count of
    several, or what to do when none is selected."""
    if len(flags) == 1:
        flag = flags[0]
        ack = ""
        if flag.acknowledgement is not None:
            a = flag.acknowledgement
            ack = "<p>{}</p>".format(
                QCoreApplication.translate(
                    "RisksPanel", "<b>Acknowledged</b> on {date} until {review}: {reason}"
                ).format(
                    date=format_date(a.acknowledged_on),
                    review=format_date(a.review_date),
                    reason=html.escape(a.reason),
                )
            )
        refs = names.refers_to(flag.refs)
        return (
            QCoreApplication.translate(
                "RisksPanel",
                "<b>{title}</b> — {message}<br><i>What to do:</i> {mitigation}<br><i>About:</i> {refs}",
            ).format(
                title=html.escape(flag.title),
                message=html.escape(flag.message),
                mitigation=html.escape(flag.mitigation),
                refs=html.escape(refs),
            )
            + ack
        )
    if flags:
        return QCoreApplication.translate("RisksPanel", "%n flag(s) selected.", None, len(flags))
    return "<span style='color:palette(mid)'>{}</span>".format(
        QCoreApplication.translate(
            "RisksPanel",
            "Select a flag to read it in full; double-click to go to what it is about.",
        )
    )
