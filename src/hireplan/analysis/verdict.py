"""Is the plan on track? Checklist progress set against the share of the plan's time that has gone.

The brief's first line and anything else that judges a plan's pace read :func:`plan_verdict`, so
the threshold lives here once. No Qt.

Worked example (also in docs/calculations.md, section 12): a plan running 2026-10-01 to
2027-03-31 (181 days), judged on 2026-12-01 (61 days in), has 34% of its time gone; with 7 of
34 applicable items done (21%) it is more than ``BEHIND_MARGIN`` (10 points) short of 34%, so
the verdict is "Behind plan: 21% done with 34% of the time gone."
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hireplan.analysis.format import format_progress
from hireplan.analysis.results import Progress
from hireplan.i18n import _, prose_date

BEHIND_MARGIN = 0.10
"""A plan is behind when its done share trails the elapsed share of its time by more than this."""


class Pace(StrEnum):
    ON_TRACK = "on_track"
    BEHIND = "behind"
    PAST_TARGET = "past_target"
    COMPLETE = "complete"
    NOT_STARTED = "not_started"
    NO_DATES = "no_dates"

    @property
    def needs_attention(self) -> bool:
        """Behind plan or past its target date with work left."""
        return self in (Pace.BEHIND, Pace.PAST_TARGET)


@dataclass(frozen=True, slots=True)
class Verdict:
    pace: Pace
    done: float
    """Done / applicable items, 0..1."""
    elapsed: float | None
    """Share of the plan period gone, 0..1 (capped); None without both dates."""
    sentence: str
    """One whole sentence for the reader, e.g. ``Behind plan: 21% done with 34% of the time gone.``"""


def plan_verdict(progress: Progress, start: date | None, target: date | None, today: date) -> Verdict:
    """Judge the plan's pace: behind when ``done < elapsed - BEHIND_MARGIN``.

    ``elapsed = (today - start) / (target - start)``, capped to 0..1. Without a start and a later
    target date the pace cannot be judged (``NO_DATES``); before the start it is ``NOT_STARTED``;
    after the target with open items ``PAST_TARGET``; with every applicable item done ``COMPLETE``.
    """
    done = progress.overall
    done_text = format_progress(done)
    if progress.applicable and progress.done == progress.applicable:
        return Verdict(Pace.COMPLETE, 1.0, None, _("Complete: every applicable checklist item is done."))
    if start is None or target is None or target <= start:
        return Verdict(
            Pace.NO_DATES,
            done,
            None,
            _(
                "{done} of the checklist is done; the plan has no start and target date to judge its pace "
                "against."
            ).format(done=done_text),
        )
    if today < start:
        return Verdict(
            Pace.NOT_STARTED,
            done,
            0.0,
            _("Not started yet: the plan starts on {start}, with {done} already done.").format(
                start=prose_date(start), done=done_text
            ),
        )
    if today > target:
        return Verdict(
            Pace.PAST_TARGET,
            done,
            1.0,
            _("Past the target date of {target}: only {done} of the checklist is done.").format(
                target=prose_date(target), done=done_text
            ),
        )
    elapsed = (today - start).days / (target - start).days
    gone = format_progress(elapsed)
    if done < elapsed - BEHIND_MARGIN:
        sentence = _("Behind plan: {done} done with {gone} of the time gone.")
        return Verdict(Pace.BEHIND, done, elapsed, sentence.format(done=done_text, gone=gone))
    sentence = _("On track: {done} done with {gone} of the time gone.")
    return Verdict(Pace.ON_TRACK, done, elapsed, sentence.format(done=done_text, gone=gone))
