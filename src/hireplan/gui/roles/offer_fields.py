"""What the offer form edits: the bonus units, the money fields, and values worth a second look.

The labels are English constants marked with ``QT_TRANSLATE_NOOP`` in the ``OfferForm`` context
(the form translates them where it shows them); :func:`soft_warning` says, in the same context,
when an allowed value is unusual enough for an amber note under its field.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hireplan.model.roles import BonusKind, Offer

BONUS_LABELS = {
    BonusKind.PERCENT: str(QT_TRANSLATE_NOOP("OfferForm", "% of base")),
    BonusKind.AMOUNT: str(QT_TRANSLATE_NOOP("OfferForm", "Yearly amount")),
}
"""The bonus units in English, short enough for the form's pane; translated where they are shown."""
BONUS_TIPS = {
    BonusKind.PERCENT: str(
        QT_TRANSLATE_NOOP("OfferForm", "A target bonus as a percentage of the base salary.")
    ),
    BonusKind.AMOUNT: str(
        QT_TRANSLATE_NOOP("OfferForm", "A target bonus as a yearly amount in the offer's currency.")
    ),
}
"""What each unit means in full, as each item's tip."""
GUARANTEED_MONTHS_TIP = str(
    QT_TRANSLATE_NOOP(
        "OfferForm",
        "Guaranteed extra months of base salary, paid every year whatever the target bonus pays: "
        "1 for a 13th month, 2 for a 14-month package, 0 for none.",
    )
)
OFFER_MONEY = (
    (
        "base",
        str(QT_TRANSLATE_NOOP("OfferForm", "Base salary (yearly)")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Base salary")),
    ),
    (
        "equity_grant",
        str(QT_TRANSLATE_NOOP("OfferForm", "Equity grant (total)")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Equity grant")),
    ),
    (
        "sign_on",
        str(QT_TRANSLATE_NOOP("OfferForm", "Sign-on bonus")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Sign-on bonus")),
    ),
    (
        "relocation",
        str(QT_TRANSLATE_NOOP("OfferForm", "Relocation (one-off)")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Relocation")),
    ),
    (
        "housing_allowance",
        str(QT_TRANSLATE_NOOP("OfferForm", "Housing allowance (yearly)")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Housing allowance")),
    ),
    (
        "living_allowance",
        str(QT_TRANSLATE_NOOP("OfferForm", "Living allowance (yearly)")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Living allowance")),
    ),
    (
        "research_budget",
        str(QT_TRANSLATE_NOOP("OfferForm", "Research budget (yearly)")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Research budget")),
    ),
    (
        "compute_budget",
        str(QT_TRANSLATE_NOOP("OfferForm", "Compute budget (yearly)")),
        str(QT_TRANSLATE_NOOP("OfferForm", "Compute budget")),
    ),
)
"""Each money field, its label and how a message names it (in English; translated where shown)."""


def soft_warning(field: str, value: Decimal, offer: Offer) -> str:
    """Allowed but unusual values, worth a second look; empty when nothing to say."""
    if field == "base" and value == 0:
        return QCoreApplication.translate(
            "OfferForm", "No base salary: every comparison will read this offer as far below market."
        )
    if field == "bonus_value" and offer.bonus_kind is BonusKind.PERCENT and value > 100:
        return QCoreApplication.translate(
            "OfferForm", "A target bonus above 100% of base is rare; check it is not an amount."
        )
    if field == "guaranteed_months" and value > 6:
        return QCoreApplication.translate("OfferForm", "More than six extra months of salary is unusual.")
    if field == "vesting_years" and value > 6:
        return QCoreApplication.translate(
            "OfferForm", "Vesting over more than six years is unusual and weakens the grant's pull."
        )
    if field == "vesting_years" and value < 1:
        return QCoreApplication.translate("OfferForm", "Vesting in under a year gives little reason to stay.")
    if field == "sign_on_amortisation_years" and value > 5:
        return QCoreApplication.translate("OfferForm", "Sign-on is usually spread over one to three years.")
    return ""
