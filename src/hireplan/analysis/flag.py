"""Flags the analysis raises: severity, the objects they point at, and the key acknowledgements use.

No Qt, no I/O. :mod:`hireplan.analysis.results` re-exports these for callers that read results.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from hireplan.i18n import N_, _
from hireplan.model import Acknowledgement
from hireplan.model.kinds import KINDS, REF_KINDS, Kind


class Severity(StrEnum):
    """How urgently a flag needs attention; ``rank`` orders high before medium before low."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @property
    def label(self) -> str:
        """The severity as a heading shows it (High, Medium, Low), in the current language."""
        return _(_SEVERITY_LABELS[self])


_SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
_SEVERITY_LABELS = {Severity.HIGH: N_("High"), Severity.MEDIUM: N_("Medium"), Severity.LOW: N_("Low")}


@dataclass(frozen=True, slots=True, order=True)
class Ref:
    """A pointer to a plan object a flag is about, so the app can jump to it."""

    kind: Kind
    id: str


_TARGET_RANK: dict[str, int] = {kind: KINDS[kind].jump_rank for kind in REF_KINDS}
"""Which object a jump from a flag shows first: the one a person would edit to clear it
(:attr:`hireplan.model.kinds.KindInfo.jump_rank`)."""

MAX_FLAG_KEY = 200
"""Keys longer than this are shortened with a hash so they fit ``Acknowledgement.flag_key``."""


def flag_key(rule: str, refs: tuple[Ref, ...], subject: str = "") -> str:
    """The key an acknowledgement stores: rule id and the sorted ids of the objects involved,
    plus the subject when one rule can say two things about the same objects."""
    key = f"{rule}:{','.join(sorted(ref.id for ref in refs))}"
    if subject:
        key = f"{key}|{subject}"
    if len(key) <= MAX_FLAG_KEY:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{rule}:#{digest}"


@dataclass(frozen=True, slots=True)
class Flag:
    """A problem the plan raises by itself, with what to do about it and where it comes from."""

    rule: str
    """Stable rule id such as ``offer-below-market``."""
    severity: Severity
    category: str
    title: str
    message: str
    """What is wrong and why it matters."""
    mitigation: str
    rationale: str
    """The guide step or common mistake the rule comes from."""
    refs: tuple[Ref, ...] = ()
    acknowledged: bool = False
    acknowledgement: Acknowledgement | None = None
    subject: str = ""
    """Tells apart flags of one rule about the same objects (e.g. which rate is missing)."""
    figure: Decimal | None = None
    """The flag's measure (a compa-ratio, offered / planned...), recorded when it is acknowledged."""
    lower_is_worse: bool = True
    """Which way ``figure`` gets worse: a compa-ratio falling, an overspend rising."""
    reopened: str = ""
    """Why an acknowledgement no longer holds, e.g. "Acknowledged at 0.89, now 0.60."; else empty."""
    _key: str | None = field(default=None, init=False, repr=False, compare=False)
    """:attr:`key`, worked out on first use: a re-analysis hands the same flag objects on, and the
    Risks screen matches every row by key after each edit."""

    @property
    def key(self) -> str:
        key = self._key
        if key is None:
            key = flag_key(self.rule, self.refs, self.subject)
            # A cache of fields that never change, so writing it does not break the freeze.
            object.__setattr__(self, "_key", key)
        return key

    @property
    def target(self) -> Ref | None:
        """The object a "go to" should show: the most specific one (an item before its step, an
        offer before its role or market), the earliest of equals, or the plan itself."""
        if not self.refs:
            return None
        return min(self.refs, key=lambda ref: _TARGET_RANK.get(ref.kind, len(_TARGET_RANK)))

    @property
    def sort_key(self) -> tuple[int, str]:
        """Severity (high first), then rule id.

        Flags of one rule keep the order the rule made them in, which follows the plan (steps,
        offers, roles in their plan order), so the order is the same on every run and reads
        like the plan.
        """
        return (_SEVERITY_RANK[self.severity], self.rule)
