"""An offer against the employer's own pay band for its role and market (optional)."""

from __future__ import annotations

from hireplan.analysis.benchmarks import family_key
from hireplan.analysis.compensation import on_basis
from hireplan.analysis.context import Context
from hireplan.analysis.level_fit import level_fit
from hireplan.analysis.results import BandPosition, OfferFigures
from hireplan.model import Offer, PayBand, Role


def find_band(bands: list[PayBand], market_id: str, job_family: str, role: Role) -> PayBand | None:
    """The band for a role in a market: same family (ignoring case), its own level before all levels.

    A band whose maximum is still 0 (just added, not filled in) is no band yet."""
    family = family_key(job_family)
    if not family:
        return None
    found: PayBand | None = None
    for band in bands:
        if band.market_id != market_id or not band.maximum or family_key(band.job_family) != family:
            continue
        if band.level is role.level:
            return band
        if band.level is None and found is None:
            found = band
    return found


def band_position(ctx: Context, offer: Offer, role: Role, figures: OfferFigures) -> BandPosition | None:
    """Where the offer sits in its band, measured on the band's basis in the band's currency."""
    band = find_band(ctx.plan.pay_bands, offer.market_id, role.job_family, role)
    if band is None:
        return None
    basis = band.basis.value
    amount = on_basis(figures, basis, band.months_per_year)  # type: ignore[arg-type]
    return BandPosition(
        band_id=band.id,
        basis=basis,  # type: ignore[arg-type]
        currency=band.currency,
        value=ctx.rates.convert(amount, offer.currency, band.currency),
        minimum=band.minimum,
        midpoint=band.midpoint,
        maximum=band.maximum,
        level_fit=level_fit(band.level, role.level),
    )
