"""Rules about the packages themselves: below market, returnees in PPP terms, relocation support,
research infrastructure and counteroffer exposure."""

from __future__ import annotations

from collections.abc import Iterator

from hireplan.analysis.bands import flag_severity
from hireplan.analysis.format import format_money, format_percent, format_ratio, format_signed_money
from hireplan.analysis.offers import MOVING, reference_comparison
from hireplan.analysis.results import Flag, OfferAnalysis, Ref, Severity
from hireplan.analysis.rules_base import Facts, RuleInfo, names
from hireplan.i18n import N_, _, join_sentences, ngettext
from hireplan.model import PAY_BASIS_WORDS_BY_VALUE, Offer, Relocation
from hireplan.model.roles import Role

BELOW_MARKET = RuleInfo(
    id="offer-below-market",
    category="compensation",
    title=N_("Offer below the market median"),
    mitigation=N_(
        "Raise the base or the equity towards the market median, or write down why this candidate "
        "accepts less (a stronger research budget, a title, a faster promotion path)."
    ),
    rationale=N_("Guide step 2, offer competitive compensation: packages must match or beat the market."),
)

BELOW_REFERENCE_PPP = RuleInfo(
    id="returnee-below-reference-ppp",
    category="compensation",
    title=N_("Returnee or relocating hire below the reference market in what the pay buys"),
    mitigation=N_(
        "Compare the package with the reference market in PPP terms and close the gap with base, "
        "housing support or equity; tell the candidate what the pay buys locally."
    ),
    rationale=N_(
        "Guide step 2: people returning from Silicon Valley weigh an offer against what they earn "
        "there; purchasing power is how the comparison is fair."
    ),
)

RELOCATION_SUPPORT = RuleInfo(
    id="relocation-support-missing",
    category="relocation",
    title=N_("Relocating hire with no relocation or living support"),
    mitigation=N_("Add one-off relocation help and a housing or living allowance for the first years."),
    rationale=N_("Common mistake: ignoring local living standards in the hub the person moves to."),
)

RESEARCH_INFRA = RuleInfo(
    id="research-infrastructure-missing",
    category="research",
    title=N_("Research role without research budget or compute"),
    mitigation=N_(
        "State a yearly research budget and the compute the person gets (money or a note such as "
        "'64 GPUs shared'); add a checklist item tagged research-budget."
    ),
    rationale=N_(
        "Common mistake: no research infrastructure. Guide step 3, invest in research and development."
    ),
)

COUNTEROFFER = RuleInfo(
    id="counteroffer-exposure",
    category="retention",
    title=N_("Senior offer exposed to a counteroffer"),
    mitigation=N_(
        "Strengthen the equity, make the candidate whole for forfeited equity with a sign-on, and "
        "prepare the answer to a retention grant before the offer goes out."
    ),
    rationale=N_(
        "Guide step 2 and the competition signals: rivals answer with special retention equity and very "
        "large packages for senior people."
    ),
)

RULES = (BELOW_MARKET, BELOW_REFERENCE_PPP, RELOCATION_SUPPORT, RESEARCH_INFRA, COUNTEROFFER)


def describe_offer(offer: Offer, role: Role | None) -> str:
    """How a message names an offer: the role title and the candidate when known."""
    candidate = offer.candidate.strip()
    if role is None:
        return (
            _("the offer for an unknown role to {candidate}").format(candidate=candidate)
            if candidate
            else _("the offer for an unknown role")
        )
    if candidate:
        return _("the offer for '{role}' to {candidate}").format(role=role.title, candidate=candidate)
    return _("the offer for '{role}'").format(role=role.title)


def _capital(text: str) -> str:
    """The first letter upper-case, for a sentence that starts with :func:`describe_offer`."""
    return text[:1].upper() + text[1:]


def _offers(facts: Facts) -> tuple[tuple[Offer, OfferAnalysis, Role | None], ...]:
    return facts.offer_rows


def _refs(offer: Offer, role: Role | None, *more: Ref) -> tuple[Ref, ...]:
    refs = [Ref("offer", offer.id)]
    if role is not None:
        refs.append(Ref("role", role.id))
    refs.extend(more)
    return tuple(refs)


def offer_below_market(facts: Facts) -> Iterator[Flag]:
    """Rule 1: compa-ratio under the threshold is high, under 1.0 (below P50) medium; a benchmark
    for another level or for all levels gives an indicative comparison, one step milder."""
    settings = facts.ctx.plan.settings
    for offer, analysis, role in _offers(facts):
        own = analysis.own_market
        if own is None or own.nominal is None:
            continue
        nominal = own.nominal
        severity = flag_severity(nominal.compa_ratio, settings, own.level_fit)
        if severity is None:
            continue
        what = describe_offer(offer, role)
        message = _(
            "{offer} is {ratio} of the {market} median on {basis} ({position}, {gap}, {gap_pct}). Below the "
            "median the candidate is likely to decline or to be tempted away by the next offer."
        ).format(
            offer=_capital(what),
            ratio=format_ratio(nominal.compa_ratio),
            market=own.market_name,
            basis=_(PAY_BASIS_WORDS_BY_VALUE[own.basis]),
            position=nominal.label,
            gap=format_signed_money(nominal.gap_to_p50, own.currency),
            gap_pct=format_percent(nominal.gap_pct),
        )
        if own.indicative:
            message = join_sentences(message, own.fit_reason)
        yield BELOW_MARKET.flag(
            severity,
            message,
            _refs(offer, role, Ref("benchmark", own.benchmark_id)),
            figure=nominal.compa_ratio,
        )


def _moving(facts: Facts) -> list[tuple[Offer, OfferAnalysis, Role]]:
    return [
        (offer, analysis, role)
        for offer, analysis, role in _offers(facts)
        if role is not None and role.relocation in MOVING
    ]


def returnees_without_reference(facts: Facts) -> Iterator[Flag]:
    """Rule 2, plan-wide: returnee or relocation offers but no reference market to compare with."""
    moving = _moving(facts)
    if moving and facts.ctx.plan.settings.reference_market_id is None:
        yield BELOW_REFERENCE_PPP.flag(
            Severity.LOW,
            ngettext(
                "The plan has {count} offer for returnees or relocating hires but no reference market, so "
                "they cannot be compared with what the candidates earn abroad.",
                "The plan has {count} offers for returnees or relocating hires but no reference market, so "
                "they cannot be compared with what the candidates earn abroad.",
                len(moving),
            ).format(count=len(moving)),
            [Ref("plan", facts.ctx.plan.id)],
            mitigation=N_("Choose the reference market (usually Silicon Valley) in the plan settings."),
            title=N_("No reference market to compare returnees with"),
        )


def returnee_below_reference(facts: Facts) -> Iterator[Flag]:
    """Rule 2: a returnee or relocating hire paid below the reference market in PPP terms."""
    settings = facts.ctx.plan.settings
    reference = settings.reference_market_id
    if reference is None:
        return
    moving = _moving(facts)
    market_name = facts.ctx.market_name(reference)
    for offer, analysis, role in moving:
        if offer.market_id == reference:
            continue
        comparison = reference_comparison(analysis, reference)
        if comparison is None or comparison.ppp is None:
            continue
        ppp = comparison.ppp
        severity = flag_severity(ppp.compa_ratio, settings, comparison.level_fit)
        if severity is None:
            continue
        what = describe_offer(offer, role)
        template = (
            _(
                "For this returnee, {offer} buys {ratio} of what the {market} median buys ({position} there "
                "in "
                "purchasing-power terms, {gap_pct}). Someone who can stay abroad will compare exactly this."
            )
            if role.relocation is Relocation.RETURNEE
            else _(
                "For this relocating hire, {offer} buys {ratio} of what the {market} median buys ({position} "
                "there in purchasing-power terms, {gap_pct}). Someone who can stay abroad will compare "
                "exactly "
                "this."
            )
        )
        message = template.format(
            offer=what,
            ratio=format_ratio(ppp.compa_ratio),
            market=market_name,
            position=ppp.label,
            gap_pct=format_percent(ppp.gap_pct),
        )
        if comparison.indicative:
            message = join_sentences(message, comparison.fit_reason)
        yield BELOW_REFERENCE_PPP.flag(
            severity,
            message,
            _refs(offer, role, Ref("benchmark", comparison.benchmark_id), Ref("market", reference)),
            figure=ppp.compa_ratio,
        )


def relocation_support_missing(facts: Facts) -> Iterator[Flag]:
    """Rule 3: someone moving hubs with no relocation, housing or living support."""
    for offer, _analysis, role in _offers(facts):
        if role is None or role.relocation not in MOVING:
            continue
        if offer.relocation or offer.housing_allowance or offer.living_allowance:
            continue
        what = describe_offer(offer, role)
        yield RELOCATION_SUPPORT.flag(
            Severity.MEDIUM,
            _(
                "{offer} moves the person to {market} but pays no relocation, housing or living allowance. "
                "Housing costs in the big hubs eat into a package quickly and are a common reason to turn an "
                "offer down."
            ).format(offer=_capital(what), market=facts.ctx.market_name(offer.market_id)),
            _refs(offer, role),
        )


def research_infrastructure_missing(facts: Facts) -> Iterator[Flag]:
    """Rule 4: an offer for a research role needs a research budget or compute."""
    for offer, _analysis, role in _offers(facts):
        if role is None or not role.research:
            continue
        if offer.research_budget or offer.compute_budget or offer.compute_note.strip():
            continue
        what = describe_offer(offer, role)
        yield RESEARCH_INFRA.flag(
            Severity.HIGH,
            _(
                "{offer} is a research role but names no research budget or compute. Researchers choose "
                "where "
                "they can do their best work; without the means to run experiments pay alone rarely wins "
                "them."
            ).format(offer=_capital(what)),
            _refs(offer, role),
        )


def research_infrastructure_unplanned(facts: Facts) -> Iterator[Flag]:
    """Rule 4, plan-wide: research roles with no offer yet and nobody owning their infrastructure."""
    offered = {role.id for _offer, _analysis, role in _offers(facts) if role is not None}
    pending = [role for role in facts.ctx.plan.roles if role.research and role.id not in offered]
    if pending and not facts.ctx.has_tag("research-budget", "compute"):
        yield RESEARCH_INFRA.flag(
            Severity.MEDIUM,
            ngettext(
                "The plan has {count} research role ({names}) and no checklist item tagged research-budget "
                "or "
                "compute, so nobody owns the research infrastructure these hires will ask about.",
                "The plan has {count} research roles ({names}) and no checklist item tagged research-budget "
                "or "
                "compute, so nobody owns the research infrastructure these hires will ask about.",
                len(pending),
            ).format(count=len(pending), names=names(r.title for r in pending)),
            [Ref("role", role.id) for role in pending],
            title=N_("Research infrastructure not planned"),
        )


def counteroffer_exposure(facts: Facts) -> Iterator[Flag]:
    """Rule 8, at most one flag per offer: a senior offer not beating the competing package after
    forfeits (high), else one below P75 of an own-level benchmark (medium)."""
    for offer, analysis, role in _offers(facts):
        if role is None or not role.level.is_senior:
            continue
        what = describe_offer(offer, role)
        competing = analysis.competing
        if (
            competing is not None
            and competing.first_year_gap is not None
            and competing.hurdle is not None
            and competing.first_year_gap <= 0
        ):
            currency = competing.currency
            parts = []
            if competing.forfeited_equity:
                parts.append(
                    _("{amount} of forfeited equity").format(
                        amount=format_money(competing.forfeited_equity, currency)
                    )
                )
            if competing.retention_grant:
                grant = format_money(competing.retention_grant, currency)
                parts.append(
                    _("a {amount} retention grant (assumed)").format(amount=grant)
                    if competing.retention_assumed
                    else _("a {amount} retention grant").format(amount=grant)
                )
            values = {
                "offer": what,
                "value": format_money(analysis.figures.first_year_value, currency),
                "short": format_money(-competing.first_year_gap, currency),
                "hurdle": format_money(competing.hurdle, currency),
                "counted": _(" and ").join(parts),
            }
            rival = competing.kind == "rival_offer"
            if parts:
                template = (
                    _(
                        "In its first year {offer} is worth {value}, {short} short of the {hurdle} the "
                        "rival offer "
                        "is worth (counting {counted}). A senior candidate in this position usually stays or "
                        "takes the other offer."
                    )
                    if rival
                    else _(
                        "In its first year {offer} is worth {value}, {short} short of the {hurdle} the "
                        "current "
                        "package is worth (counting {counted}). A senior candidate in this position usually "
                        "stays or takes the other offer."
                    )
                )
            else:
                template = (
                    _(
                        "In its first year {offer} is worth {value}, {short} short of the {hurdle} the "
                        "rival offer "
                        "is worth. A senior candidate in this position usually stays or takes the other "
                        "offer."
                    )
                    if rival
                    else _(
                        "In its first year {offer} is worth {value}, {short} short of the {hurdle} the "
                        "current "
                        "package is worth. A senior candidate in this position usually stays or takes the "
                        "other "
                        "offer."
                    )
                )
            yield COUNTEROFFER.flag(
                Severity.HIGH,
                template.format(**values),
                _refs(offer, role),
                figure=analysis.figures.first_year_value / competing.hurdle if competing.hurdle else None,
            )
            continue
        own = analysis.own_market
        if own is None or own.nominal is None or own.indicative:
            continue
        if 75 not in own.known_percentiles:
            continue
        nominal = own.nominal
        below = (nominal.percentile is not None and nominal.percentile < 75) or nominal.outside.startswith(
            "below"
        )
        if not below:
            continue
        yield COUNTEROFFER.flag(
            Severity.MEDIUM,
            _(
                "{offer} is a senior offer at {position} of the {market} market, under P75. Senior people "
                "get "
                "counteroffers; a package below the upper quartile, usually for want of equity, leaves "
                "little "
                "room when the current employer answers."
            ).format(offer=_capital(what), position=nominal.label, market=own.market_name),
            _refs(offer, role),
            title=N_("Senior offer below the upper quartile"),
            figure=nominal.compa_ratio,
        )
