"""Purpose fragments, audit round 74: product copy with no subject that makes a disease claim through a purpose
infinitive ("Formulated by doctors to end insomnia", "✓ Designed to end joint pain", "Kava Calm — crafted to banish
anxiety"): efficacy/purpose-fragment; and the passive professional endorsement of a named product for a disease ("Our
turmeric is recommended by rheumatologists for joint pain"): efficacy/professional-recommendation.

All sentences are written for these tests."""
import pytest

PURPOSE = "efficacy/purpose-fragment"
PRO = "efficacy/professional-recommendation"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _efficacy(checker, text: str) -> set[str]:
    return {r for r in _fired(checker, text) if r.startswith("efficacy/")}


FRAGMENTS_FLAGGED = [
    "Formulated by doctors to end insomnia.",
    "Designed to stop migraines before they start.",
    "Made to reverse type 2 diabetes.",
    "Crafted to eliminate anxiety.",
    "A blend created to beat depression.",
    "Built to knock out chronic pain.",
    "✓ Designed to end joint pain",
    "- Formulated to cure insomnia",
    "Kava Calm — crafted to banish anxiety.",
    "Sleep Drops: specially formulated to end insomnia.",
    "Specially formulated to treat eczema.",
    "Expertly crafted to heal psoriasis.",
    "Developed to cure acid reflux.",
    "Blended to fight the flu.",
    "Brewed to get rid of headaches.",
    "Designed by herbalists to eliminate panic attacks for good.",
    "Created to heal leaky gut.",
    "A tea brewed to banish migraines.",
    "Developed by a naturopath to fight cancer.",
    "Formulated to prevent Alzheimer's disease.",
    "Made to stop seizures.",
    "Made in small batches specifically to treat arthritis.",
]

FRAGMENTS_PASSING = [
    # structure/function and hedged purposes
    "Formulated to support restful sleep.",
    "Designed to help you unwind.",
    "Made to promote healthy joints.",
    "Crafted to support a calm mood.",
    "Designed to help ease occasional sleeplessness.",
    "Designed by doctors to help you sleep better.",
    # purposes that are no disease
    "Designed to dissolve quickly.",
    "Made to travel.",
    "Built to last.",
    "Designed to stop leaks.",
    "Crafted to beat the heat.",
    "Made to beat the Monday blues.",
    "Formulated to prevent clumping.",
    "Created to cure boredom on long flights.",
    "Made to end the stigma around depression.",
    "Designed to stop the spread of misinformation about addiction.",
    "Designed to end the headache of meal planning.",
    "Built to beat cravings for sugary snacks.",
    "Built to fight the opioid crisis in rural towns.",
    "Formulated to taste great and end your search for a good tea.",
    # negated: the DSHEA disclaimer in its variants
    "Not designed to treat any disease.",
    "This product is not intended to diagnose, treat, cure, or prevent any disease.",
    "This product is not designed to diagnose, treat, cure or prevent any disease.",
    "Not intended to diagnose, treat, cure or prevent any disease.",
    "Crafted to pair well with dinner, not to treat any disease.",
    "It was never made to treat anxiety.",
    # questions and attributed claims
    "Is it designed to cure anxiety?",
    "Designed to cure insomnia? No supplement is.",
    "Created to end your insomnia? We can't promise that.",
    "Designed to cure anxiety, according to the seller; no trial backs this.",
    # a clause with its own subject, a drug, a service, research
    "Antibiotics are designed to kill bacteria.",
    "The trial was designed to test whether kava treats anxiety.",
    "Metformin was developed to treat type 2 diabetes.",
    "Sertraline: developed to treat depression.",
    "Developed to treat anxiety, buspirone is often prescribed.",
    "Designed to prevent relapse, the 12-step program meets weekly.",
    "Created to end the opioid epidemic, our nonprofit trains volunteers.",
    "Made for people with anxiety who want a calm evening ritual.",
]


@pytest.mark.parametrize("text", FRAGMENTS_FLAGGED)
def test_purpose_fragments_are_flagged(checker, text):
    assert PURPOSE in _fired(checker, text)


@pytest.mark.parametrize("text", FRAGMENTS_PASSING)
def test_purpose_near_misses_pass(checker, text):
    assert _efficacy(checker, text) == set()


def test_fragment_under_a_product_heading(checker):
    text = "# Nightfall Sleep Drops\n\nFormulated by doctors to end insomnia.\n\nTwo drops at bedtime.\n"
    assert PURPOSE in _fired(checker, text)


def test_disclaimer_under_a_product_page_passes(checker):
    text = ("# Nightfall Sleep Drops\n\nFormulated to support restful sleep.\n\n*These statements have not been "
            "evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or "
            "prevent any disease.*\n")
    assert _efficacy(checker, text) == set()


RECOMMENDATION_FLAGGED = [
    "Our turmeric is recommended by rheumatologists for joint pain.",
    "Kava is trusted by anxiety specialists for panic attacks.",
    "Our CBD oil is recommended by 9 out of 10 pain specialists for chronic pain.",
]

RECOMMENDATION_PASSING = [
    "Our kava is recommended by our customers for anxiety.",
    "Kava is not recommended by doctors for people with liver disease.",
    "Sertraline is recommended by psychiatrists for depression.",
    "Kratom is not endorsed by doctors for opioid withdrawal.",
    "Ashwagandha is often recommended by herbalists, but the evidence for anxiety is thin.",
    "Is kava recommended by doctors for anxiety?",
    "Our ginger chews are recommended by midwives for morning sickness only under supervision.",
    # where or when a practice is or was, reported
    "Valerian is dispensed by pharmacists in Europe for insomnia.",
    # no product and no disease: an endorsement of nothing named (as "Doctor-recommended." alone)
    "Recommended by thousands of naturopaths.",
    "Trusted by doctors.",
    "Recommended by our customers.",
    "Recommended serving: 2 capsules.",
    "Recommended by the FDA? No.",
    "Not recommended by doctors for pregnancy.",
    "Highly recommended by our regulars.",
]


@pytest.mark.parametrize("text", RECOMMENDATION_FLAGGED)
def test_passive_professional_recommendation_is_flagged(checker, text):
    assert PRO in _fired(checker, text)


@pytest.mark.parametrize("text", RECOMMENDATION_PASSING)
def test_recommendation_near_misses_pass(checker, text):
    assert _efficacy(checker, text) == set()
