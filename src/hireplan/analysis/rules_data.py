"""Rules about the data the comparisons stand on: stale or missing benchmarks and rates,
references to objects that are gone, and example figures still in use."""

from __future__ import annotations

from collections.abc import Iterator

from hireplan.analysis.results import Conversion, Converted, Flag, MissingRate, Ref, Severity
from hireplan.analysis.rules_base import Facts, RuleInfo
from hireplan.i18n import N_, _, ngettext, prose_date
from hireplan.model.kinds import Kind

STALE = RuleInfo(
    id="stale-data",
    category="data",
    title=N_("Market data out of date"),
    mitigation=N_("Refresh the figures from their source (or a newer survey) and update their as-of dates."),
    rationale=N_("Pay and exchange rates move; comparisons on old figures mislead offers (guide step 2)."),
)

MISSING_BENCHMARK = RuleInfo(
    id="missing-benchmark",
    category="data",
    title=N_("Offer with no market benchmark"),
    mitigation=N_(
        "Add a benchmark for the role's job family in the offer's market, or set the role's job family "
        "so it matches an existing benchmark."
    ),
    rationale=N_("Guide step 2: an offer can only be called competitive against market data."),
)

MISSING_RATE = RuleInfo(
    id="missing-rate",
    category="data",
    title=N_("Missing exchange rate or PPP factor"),
    mitigation=N_("Add the exchange rate or PPP factor, with its source and date."),
    rationale=N_("Comparing markets needs a stated rate; the app never assumes one."),
)

DANGLING = RuleInfo(
    id="broken-reference",
    category="data",
    title=N_("Reference to something not in the plan"),
    mitigation=N_("Point the object at an existing role or market, or add the missing one."),
    rationale=N_("An offer cut off from its role or market drops out of every comparison."),
)

EXAMPLE = RuleInfo(
    id="example-data",
    category="data",
    title=N_("Example figures still in use"),
    mitigation=N_("Replace the example benchmarks with your own survey data and clear the example mark."),
    rationale=N_("The sample figures are public examples, not a survey of your market."),
)

RULES = (STALE, MISSING_BENCHMARK, MISSING_RATE, DANGLING, EXAMPLE)

_STALE_KINDS: tuple[Kind, ...] = ("benchmark", "rate", "ppp")
"""The kinds :func:`hireplan.analysis.stale.find_stale` looks at, one flag each, in this order."""


def stale_data(facts: Facts) -> Iterator[Flag]:
    """Rule 11a: benchmarks, rates and PPP factors past their age limit or undated, one flag per kind."""
    limit = facts.ctx.plan.settings.stale_data_days
    for kind in _STALE_KINDS:
        entries = [entry for entry in facts.stale if entry.ref.kind == kind]
        if not entries:
            continue
        old = [entry for entry in entries if entry.as_of is not None]
        undated = len(entries) - len(old)
        words = _STALE_WORDS[kind]
        parts = []
        if old:
            oldest = min(entry.as_of for entry in old if entry.as_of is not None)
            parts.append(_aged(kind, len(old)).format(count=len(old), limit=limit, oldest=prose_date(oldest)))
        if undated:
            parts.append(_undated(kind, undated).format(count=undated))
        yield STALE.flag(
            Severity.MEDIUM,
            _("{heading}: {parts}. Comparisons built on them may no longer match the market.").format(
                heading=_(words[0]), parts=_(" and ").join(parts)
            ),
            [entry.ref for entry in entries],
            title=_(words[1]),
        )


_STALE_WORDS: dict[str, tuple[str, str]] = {
    "benchmark": (N_("Pay benchmarks"), N_("Pay benchmarks out of date")),
    "rate": (N_("Exchange rates"), N_("Exchange rates out of date")),
    "ppp": (N_("PPP factors"), N_("PPP factors out of date")),
}
"""Per kind: the heading of its message and the flag's title."""


def _aged(kind: str, count: int) -> str:
    if kind == "benchmark":
        return ngettext(
            "{count} benchmark older than the {limit}-day limit (oldest {oldest})",
            "{count} benchmarks older than the {limit}-day limit (oldest {oldest})",
            count,
        )
    if kind == "rate":
        return ngettext(
            "{count} exchange rate older than the {limit}-day limit (oldest {oldest})",
            "{count} exchange rates older than the {limit}-day limit (oldest {oldest})",
            count,
        )
    return ngettext(
        "{count} PPP factor older than the {limit}-day limit (oldest {oldest})",
        "{count} PPP factors older than the {limit}-day limit (oldest {oldest})",
        count,
    )


def _undated(kind: str, count: int) -> str:
    if kind == "benchmark":
        return ngettext(
            "{count} benchmark with no as-of date", "{count} benchmarks with no as-of date", count
        )
    if kind == "rate":
        return ngettext(
            "{count} exchange rate with no as-of date", "{count} exchange rates with no as-of date", count
        )
    return ngettext("{count} PPP factor with no as-of date", "{count} PPP factors with no as-of date", count)


def missing_benchmark(facts: Facts) -> Iterator[Flag]:
    """Rule 11b: a priced offer in a market where no benchmark matches its role, or where the one that
    matches gives no median to compare with (a job-ad ceiling, say): each said as what it is."""
    for offer, analysis, role in facts.offer_rows:
        if role is None or analysis.own_market is not None:
            continue
        market = facts.ctx.market_name(offer.market_id)
        family = role.job_family.strip()
        no_median = bool(analysis.own_benchmark_without_median)
        if no_median:
            message = _(
                "The offer for '{role}' in {market} cannot be compared with the market: the {market} "
                "benchmark for '{family}' gives no median (P50) for base or total pay, only what its "
                "source states. Nobody can tell whether the offer is competitive."
            )
        elif family:
            message = _(
                "The offer for '{role}' in {market} cannot be compared with the market: no benchmark "
                "for '{family}' at the {level} level or for all levels. Nobody can tell whether it is "
                "competitive."
            )
        else:
            message = _(
                "The offer for '{role}' in {market} cannot be compared with the market: the role has no job "
                "family to match a benchmark with. Nobody can tell whether it is competitive."
            )
        yield MISSING_BENCHMARK.flag(
            Severity.MEDIUM,
            message.format(role=role.title, market=market, family=family, level=role.level.label.lower()),
            # The same objects whether the benchmark is missing or gives no median, so the flag's key
            # (and any acknowledgement the team recorded) stays when a benchmark without one is entered.
            [Ref("offer", offer.id), Ref("role", role.id), Ref("market", offer.market_id)],
            title=N_("Offer whose market benchmark gives no median") if no_median else None,
            mitigation=(
                N_(
                    "Enter at least the median (P50) for this benchmark from a survey or a trustworthy "
                    "source, or add a benchmark that has one."
                )
                if no_median
                else None
            ),
        )


def missing_rate(facts: Facts) -> Iterator[Flag]:
    """Rule 11c: conversions that could not be made, one flag per missing currency link."""
    missing: dict[tuple[str, str, str], tuple[MissingRate, list[str]]] = {}

    def note(conversion: Conversion | None, offer_id: str) -> None:
        if conversion is None or isinstance(conversion, Converted):
            return
        key = (conversion.kind, conversion.from_currency, conversion.to_currency)
        entry = missing.setdefault(key, (conversion, []))
        if offer_id not in entry[1]:
            entry[1].append(offer_id)

    for offer, analysis, _role in facts.offer_rows:
        offer_id = offer.id
        note(analysis.annual_reporting, offer_id)
        note(analysis.annual_ppp, offer_id)
        if analysis.competing is not None:
            note(analysis.competing.conversion, offer_id)
        for conversion in analysis.missing_market_rates:
            note(conversion, offer_id)
    for _key, (conversion, offer_ids) in sorted(missing.items()):
        if conversion.kind == "ppp":
            message = ngettext(
                "No PPP factor for {source}: {count} offer cannot be shown or compared in those terms. The "
                "app will not guess a rate.",
                "No PPP factor for {source}: {count} offers cannot be shown or compared in those terms. The "
                "app will not guess a rate.",
                len(offer_ids),
            )
        else:
            message = ngettext(
                "No exchange rate for {source} to {target}: {count} offer cannot be shown or compared in "
                "those terms. The app will not guess a rate.",
                "No exchange rate for {source} to {target}: {count} offers cannot be shown or compared in "
                "those terms. The app will not guess a rate.",
                len(offer_ids),
            )
        yield MISSING_RATE.flag(
            Severity.MEDIUM,
            message.format(
                source=conversion.from_currency, target=conversion.to_currency, count=len(offer_ids)
            ),
            [Ref("offer", offer_id) for offer_id in offer_ids],
            subject=f"{conversion.kind}:{conversion.from_currency}-{conversion.to_currency}",
        )


def broken_references(facts: Facts) -> Iterator[Flag]:
    """Offers pointing to a role or market that is not in the plan, and a reference market that is gone."""
    ctx = facts.ctx
    known_markets = set(ctx.markets) | set(ctx.benchmarks.market_ids)
    for offer in ctx.plan.offers:
        if offer.role_id not in ctx.roles:
            yield DANGLING.flag(
                Severity.MEDIUM,
                (
                    _(
                        "An offer for {candidate} points to a role that is not in the plan ({role}); it is "
                        "left out of the budget and the rules."
                    )
                    if offer.candidate.strip()
                    else _(
                        "An offer points to a role that is not in the plan ({role}); it is left out of the "
                        "budget and the rules."
                    )
                ).format(candidate=offer.candidate, role=offer.role_id),
                [Ref("offer", offer.id)],
            )
        if offer.market_id not in known_markets:
            yield DANGLING.flag(
                Severity.MEDIUM,
                _("An offer points to a market that is not in the plan ({market}).").format(
                    market=offer.market_id
                ),
                [Ref("offer", offer.id), Ref("market", offer.market_id)],
            )
    reference = ctx.plan.settings.reference_market_id
    if reference is not None and reference not in known_markets:
        yield DANGLING.flag(
            Severity.MEDIUM,
            _(
                "The reference market in the settings ({market}) is not in the plan, so returnee offers "
                "cannot "
                "be compared with it."
            ).format(market=reference),
            [Ref("plan", ctx.plan.id), Ref("market", reference)],
        )


def example_data(facts: Facts) -> Iterator[Flag]:
    """Example benchmarks shipped with the sample plan that nobody has replaced yet."""
    plan = facts.ctx.plan
    examples = [b for b in plan.benchmarks if b.is_example or plan.is_example]
    if not examples:
        return
    yield EXAMPLE.flag(
        Severity.LOW,
        ngettext(
            "{count} benchmark is example data from public sources, not a survey of your market; decisions "
            "on it need checking.",
            "{count} benchmarks are example data from public sources, not a survey of your market; decisions "
            "on them need checking.",
            len(examples),
        ).format(count=len(examples)),
        [Ref("benchmark", b.id) for b in examples],
    )
