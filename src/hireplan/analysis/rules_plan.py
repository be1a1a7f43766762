"""Rules about what the plan covers: career paths, culture, policy watch, engagement after relocation."""

from __future__ import annotations

from collections.abc import Iterator

from hireplan.analysis.results import Flag, Ref, Severity
from hireplan.analysis.rules_base import Facts, RuleInfo, names
from hireplan.i18n import N_, _, ngettext
from hireplan.model import Relocation

CAREER_PATH = RuleInfo(
    id="career-path-missing",
    category="career",
    title=N_("No long-term career path"),
    mitigation=N_(
        "Add a checklist item tagged career-path (promotion criteria, a technical ladder, mentoring) "
        "and write each role's growth path."
    ),
    rationale=N_("Common mistake: no long-term career path. Guide step 4, foster a supportive environment."),
)

CULTURE = RuleInfo(
    id="culture-not-addressed",
    category="culture",
    title=N_("Cultural and regional differences not addressed"),
    mitigation=N_(
        "Add an item tagged culture to step 1 or step 4: onboarding across languages and working styles, "
        "team norms, support for families moving between regions."
    ),
    rationale=N_("Common mistake: ignoring cultural and regional differences (guide steps 1 and 4)."),
)

POLICY = RuleInfo(
    id="policy-watch",
    category="policy",
    title=N_("Nobody watching policy changes"),
    mitigation=N_(
        "Give someone a checklist item tagged policy and keep the policy watch current: travel approval "
        "for senior AI staff, export controls on chips and models, visa fees and rules."
    ),
    rationale=N_("Common mistake: not monitoring geopolitical and policy shifts."),
)

ENGAGEMENT = RuleInfo(
    id="relocation-engagement-missing",
    category="relocation",
    title=N_("No engagement or follow-up for relocated hires"),
    mitigation=N_(
        "Add items tagged engagement or follow-up: check-ins at 30, 90 and 180 days, a buddy, help for "
        "the family, and a way to raise problems early."
    ),
    rationale=N_("Common mistake: weak engagement with hires after they relocate."),
)

RULES = (CAREER_PATH, CULTURE, POLICY, ENGAGEMENT)

CAREER_TAGS = ("career-path",)
CULTURE_TAGS = ("culture",)
CULTURE_STEPS = ("motivations", "environment")
POLICY_TAGS = ("policy",)
ENGAGEMENT_TAGS = ("engagement", "follow-up")


def _plan_ref(facts: Facts) -> Ref:
    return Ref("plan", facts.ctx.plan.id)


def career_path_missing(facts: Facts) -> Iterator[Flag]:
    """Rule 5: no career-path item in the plan; roles with no stated growth path."""
    plan = facts.ctx.plan
    if not facts.ctx.has_tag(*CAREER_TAGS):
        yield CAREER_PATH.flag(
            Severity.MEDIUM,
            _(
                "No checklist item is tagged career-path. Strong researchers look years ahead; without a "
                "visible path to grow they leave once the signing package has vested."
            ),
            [_plan_ref(facts)],
        )
    without = [role for role in plan.roles if not role.growth_path.strip()]
    if without:
        yield CAREER_PATH.flag(
            Severity.LOW,
            ngettext(
                "{count} role ({names}) states no growth path, so candidates cannot see where the job leads.",
                "{count} roles ({names}) state no growth path, so candidates cannot see where the job leads.",
                len(without),
            ).format(count=len(without), names=names(role.title for role in without)),
            [Ref("role", role.id) for role in without],
            mitigation=N_("Write a growth path for each role: next level, scope, and what it takes."),
            title=N_("Roles without a growth path"),
        )


def culture_not_addressed(facts: Facts) -> Iterator[Flag]:
    """Rule 6: no culture item in step 1 (motivations) or step 4 (environment)."""
    if facts.ctx.has_tag(*CULTURE_TAGS, step_keys=CULTURE_STEPS):
        return
    steps = [step for step in facts.ctx.plan.steps if step.key in CULTURE_STEPS]
    refs = [Ref("step", step.id) for step in steps] or [_plan_ref(facts)]
    yield CULTURE.flag(
        Severity.MEDIUM,
        _(
            "Neither step 1 nor step 4 has an item tagged culture. People moving between Silicon Valley "
            "and the Chinese hubs meet different working styles, languages and expectations; left alone, "
            "this is where early departures start."
        ),
        refs,
    )


def policy_watch(facts: Facts) -> Iterator[Flag]:
    """Rule 7: no policy item, or policy-watch entries not checked for ``policy_check_days``."""
    plan = facts.ctx.plan
    today = facts.ctx.today
    limit = plan.settings.policy_check_days
    has_item = facts.ctx.has_tag(*POLICY_TAGS)
    if not has_item and not plan.policy_watch:
        yield POLICY.flag(
            Severity.HIGH,
            _(
                "The plan has no item tagged policy and an empty policy watch. Rules such as travel "
                "approval for senior AI staff, export controls and visa fees change quickly and can stop "
                "a hire late in the process."
            ),
            [_plan_ref(facts)],
        )
        return
    if not has_item:
        yield POLICY.flag(
            Severity.MEDIUM,
            _(
                "No checklist item tagged policy gives anyone the job of watching policy changes, so the "
                "policy watch entries may go unread."
            ),
            [_plan_ref(facts)],
            title=N_("Policy watch has no owner in the checklist"),
        )
    stale = [
        entry
        for entry in plan.policy_watch
        if entry.last_checked is None or (today - entry.last_checked).days > limit
    ]
    if stale:
        yield POLICY.flag(
            Severity.MEDIUM,
            ngettext(
                "{count} policy-watch entry ({names}) has not been checked in the last {days} days. "
                "A rule that changed since could affect offers in flight.",
                "{count} policy-watch entries ({names}) have not been checked in the last {days} days. "
                "A rule that changed since could affect offers in flight.",
                len(stale),
            ).format(count=len(stale), names=names(entry.topic for entry in stale), days=limit),
            [Ref("policy", entry.id) for entry in stale],
            mitigation=N_("Check each entry against its source, note what changed, and set today's date."),
            title=N_("Policy watch out of date"),
        )


def relocation_engagement_missing(facts: Facts) -> Iterator[Flag]:
    """Rule 9: relocated or returning hires and no engagement or follow-up items."""
    moving = [role for role in facts.ctx.plan.roles if role.relocation is not Relocation.NONE]
    if not moving or facts.ctx.has_tag(*ENGAGEMENT_TAGS):
        return
    yield ENGAGEMENT.flag(
        Severity.MEDIUM,
        ngettext(
            "{count} role ({names}) brings someone from another city or country, and no checklist item "
            "is tagged engagement or follow-up. The first months after a move decide whether people stay.",
            "{count} roles ({names}) bring someone from another city or country, and no checklist item "
            "is tagged engagement or follow-up. The first months after a move decide whether people stay.",
            len(moving),
        ).format(count=len(moving), names=names(role.title for role in moving)),
        [Ref("role", role.id) for role in moving],
    )
