"""Rules about what the plan covers: career paths, culture, policy watch, engagement after relocation."""

from __future__ import annotations

from collections.abc import Iterator

from hireplan.analysis.results import Flag, Ref, Severity
from hireplan.analysis.rules_base import Facts, RuleInfo, names, plural
from hireplan.model import Relocation

CAREER_PATH = RuleInfo(
    id="career-path-missing",
    category="career",
    title="No long-term career path",
    mitigation=(
        "Add a checklist item tagged career-path (promotion criteria, a technical ladder, mentoring) "
        "and write each role's growth path."
    ),
    rationale="Common mistake: no long-term career path. Guide step 4, foster a supportive environment.",
)

CULTURE = RuleInfo(
    id="culture-not-addressed",
    category="culture",
    title="Cultural and regional differences not addressed",
    mitigation=(
        "Add an item tagged culture to step 1 or step 4: onboarding across languages and working styles, "
        "team norms, support for families moving between regions."
    ),
    rationale="Common mistake: ignoring cultural and regional differences (guide steps 1 and 4).",
)

POLICY = RuleInfo(
    id="policy-watch",
    category="policy",
    title="Nobody watching policy changes",
    mitigation=(
        "Give someone a checklist item tagged policy and keep the policy watch current: travel approval "
        "for senior AI staff, export controls on chips and models, visa fees and rules."
    ),
    rationale="Common mistake: not monitoring geopolitical and policy shifts.",
)

ENGAGEMENT = RuleInfo(
    id="relocation-engagement-missing",
    category="relocation",
    title="No engagement or follow-up for relocated hires",
    mitigation=(
        "Add items tagged engagement or follow-up: check-ins at 30, 90 and 180 days, a buddy, help for "
        "the family, and a way to raise problems early."
    ),
    rationale="Common mistake: weak engagement with hires after they relocate.",
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
            "No checklist item is tagged career-path. Strong researchers look years ahead; without a "
            "visible path to grow they leave once the signing package has vested.",
            [_plan_ref(facts)],
        )
    without = [role for role in plan.roles if not role.growth_path.strip()]
    if without:
        yield CAREER_PATH.flag(
            Severity.LOW,
            f"{plural(len(without), 'role')} ({names(role.title for role in without)}) "
            f"{'states' if len(without) == 1 else 'state'} no growth path, so candidates cannot see "
            f"where the job leads.",
            [Ref("role", role.id) for role in without],
            mitigation="Write a growth path for each role: next level, scope, and what it takes.",
            title="Roles without a growth path",
        )


def culture_not_addressed(facts: Facts) -> Iterator[Flag]:
    """Rule 6: no culture item in step 1 (motivations) or step 4 (environment)."""
    if facts.ctx.has_tag(*CULTURE_TAGS, step_keys=CULTURE_STEPS):
        return
    steps = [step for step in facts.ctx.plan.steps if step.key in CULTURE_STEPS]
    refs = [Ref("step", step.id) for step in steps] or [_plan_ref(facts)]
    yield CULTURE.flag(
        Severity.MEDIUM,
        "Neither step 1 nor step 4 has an item tagged culture. People moving between Silicon Valley and "
        "the Chinese hubs meet different working styles, languages and expectations; left alone, this "
        "is where early departures start.",
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
            "The plan has no item tagged policy and an empty policy watch. Rules such as travel approval "
            "for senior AI staff, export controls and visa fees change quickly and can stop a hire late "
            "in the process.",
            [_plan_ref(facts)],
        )
        return
    if not has_item:
        yield POLICY.flag(
            Severity.MEDIUM,
            "No checklist item tagged policy gives anyone the job of watching policy changes, so the "
            "policy watch entries may go unread.",
            [_plan_ref(facts)],
            title="Policy watch has no owner in the checklist",
        )
    stale = [
        entry
        for entry in plan.policy_watch
        if entry.last_checked is None or (today - entry.last_checked).days > limit
    ]
    if stale:
        yield POLICY.flag(
            Severity.MEDIUM,
            f"{plural(len(stale), 'policy-watch entry', 'policy-watch entries')} "
            f"({names(entry.topic for entry in stale)}) {'has' if len(stale) == 1 else 'have'} not been "
            f"checked in the last {limit} days. A rule that changed since could affect offers in flight.",
            [Ref("policy", entry.id) for entry in stale],
            mitigation="Check each entry against its source, note what changed, and set today's date.",
            title="Policy watch out of date",
        )


def relocation_engagement_missing(facts: Facts) -> Iterator[Flag]:
    """Rule 9: relocated or returning hires and no engagement or follow-up items."""
    moving = [role for role in facts.ctx.plan.roles if role.relocation is not Relocation.NONE]
    if not moving or facts.ctx.has_tag(*ENGAGEMENT_TAGS):
        return
    yield ENGAGEMENT.flag(
        Severity.MEDIUM,
        f"{plural(len(moving), 'role')} ({names(role.title for role in moving)}) "
        f"{'brings' if len(moving) == 1 else 'bring'} someone from another city or country, and no "
        f"checklist item is tagged engagement or follow-up. The first months after a move decide "
        f"whether people stay.",
        [Ref("role", role.id) for role in moving],
    )
