"""Praised alternatives, audit round 181: a botanical praised as a great, perfect, ideal, better or go-to alternative,
substitute, replacement, swap or stand-in for a drug ("Kava is a great alternative to Xanax") offers it in place of a
therapy (21 CFR 101.93(g)(2)(vi)), as "a natural alternative to" does. An alternative to a non-drug (alcohol, coffee,
sugar), a negated, hedged or asked one, one said of a drug or a practice, and a safe one (safety/safe-alternative's)
are no finding of these rules.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


OUR_RULES = {"efficacy/drug-equivalence", "efficacy/drug-substitute"}

EQ = "efficacy/drug-equivalence"

FLAGGED = [
    ("Kava is an excellent alternative to benzodiazepines.", EQ),
    ("Kava is a great alternative to Xanax.", EQ),
    ("Ashwagandha: the perfect alternative to antidepressants.", EQ),
    ("Valerian root is an ideal alternative to sleeping pills.", EQ),
    ("Our kratom capsules are a better alternative to prescription painkillers.", EQ),
    ("Turmeric is a superior alternative to ibuprofen for joint pain.", EQ),
    ("Passionflower tea is a healthier alternative to Ambien.", EQ),
    ("Lemon balm is a wonderful substitute for anti-anxiety medication.", EQ),
    ("Kanna is an amazing replacement for SSRIs.", EQ),
    ("St. John's wort, a fantastic alternative to Prozac, is in our blend.", EQ),
    ("Kratom is a viable alternative to opioids.", EQ),
    ("Rhodiola is a real alternative to antidepressants.", EQ),
    ("Kratom is a legit alternative to oxycodone.", EQ),
    ("Kava is my go-to alternative to Xanax.", EQ),
    ("The ultimate alternative to sleeping pills: our valerian gummies.", EQ),
    ("Ashwagandha is the best alternative to Zoloft.", EQ),
    ("Our chamomile tea is a smarter swap for your sleeping pills.", EQ),
    ("Skullcap is a great stand-in for benzos.", EQ),
    ("Our valerian is the perfect substitute for Ambien.", EQ),
    ("Kratom: the top alternative to opioid painkillers.", EQ),
    ("Our CBD gummies are a good alternative to Tylenol PM.", EQ),
    ("Kratom is the best substitute for pain pills.", EQ),
    ("The best alternative to Xanax is our kava tincture.", EQ),
    ("The perfect alternative to sleeping pills is valerian root.", EQ),
    ("Kratom is a great alternative to Suboxone.", EQ),
    # the headline compound: a drug word, then the alternative
    ("Kava: the best benzo alternative.", "efficacy/drug-substitute"),
    ("Valerian is a great Ambien substitute.", "efficacy/drug-substitute"),
]

PASSING = [
    # no drug: kava-bar and café copy
    "Kava is a great alternative to alcohol.",
    "Kava is the perfect alternative to a glass of wine.",
    "Our mushroom coffee is a great alternative to energy drinks.",
    "Stevia is a great alternative to sugar.",
    "Rooibos is an excellent alternative to coffee.",
    "Kava is the perfect swap for your evening beer.",
    "Our ashwagandha gummies are a great alternative to bulky capsules.",
    "Our moringa powder is an excellent replacement for spinach in smoothies.",
    "Peppermint oil is a great alternative to chemical mosquito repellents.",
    "Kava is a great substitute for alcohol, but never mix it with Xanax.",
    # an alternative for people, not for their drug
    "Kava is a great alternative for those taking antidepressants.",
    # hedged, negated, asked, referred to a doctor
    "Kava may be an alternative for some people; ask your doctor.",
    "Kava is not a great alternative to benzodiazepines.",
    "Kava isn't a great alternative to benzos.",
    "Kava is never a good substitute for Xanax.",
    "No herb is a substitute for antidepressants.",
    "Our kava is no substitute for your anxiety medication.",
    "Is kava a good alternative to Xanax?",
    "Is ashwagandha a good substitute for SSRIs? No.",
    "Ask your doctor about alternatives to Xanax.",
    "If you can't take NSAIDs, ask your doctor whether turmeric is a good alternative.",
    "Ashwagandha is not the perfect alternative to antidepressants that some sellers claim.",
    "Some sellers call kava a great alternative to Xanax, but no trial supports that.",
    "Ashwagandha is a great addition to, not a replacement for, your antidepressant.",
    # said of a drug or a practice
    "Buspirone is a good alternative to benzodiazepines.",
    "Cognitive behavioral therapy is an excellent alternative to sleeping pills.",
    "A better alternative to opioids for chronic pain is physical therapy, not kratom.",
    "The best alternative to antibiotics for a cold is rest; our elderberry syrup is a tasty treat.",
]

# a safe or gentle alternative is safety/safe-alternative's sentence, not these rules'
SAFETY_OWNED = [
    "Kratom is a safe alternative to opioids.",
    "Willow bark is a gentler alternative to aspirin.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_praised_alternatives_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not (_fired(checker, text) & OUR_RULES)


@pytest.mark.parametrize("text", SAFETY_OWNED)
def test_safe_alternatives_stay_with_safety(checker, text):
    fired = _fired(checker, text)
    assert "safety/safe-alternative" in fired
    assert not (fired & OUR_RULES)
