"""Drug likeness through an effect verb, and a health benefit backed by a bare guarantee, audit round 171.

1. A botanical likened to a drug through the effect it has ("calms the mind like Xanax", "lifts your mood like an
   SSRI", "mimics morphine", "imitates the effects of opioids") is efficacy/drug-likeness, as "works like Xanax" is.
   A likeness of taste or look, a pharmacology fact ("mimics morphine at the mu-opioid receptor"), a likeness that
   explains a risk or warns against a use, and hedged, negated, attributed or asked ones pass.
2. A benefit followed by a bare "Guaranteed." or a refund promised on it ("or your money back") is
   efficacy/benefit-guarantee; a guarantee of satisfaction, freshness, purity, shipping or a refund on its own passes.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


LIKENESS_FLAGGED = [
    "Our kava tincture calms the mind like a prescription benzodiazepine.",
    "Kava calms the mind like Xanax.",
    "Kratom mimics morphine.",
    "This valerian blend relaxes you like Valium.",
    "Saffron capsules lift your mood like an SSRI.",
    "Red Bali kratom kills pain like oxy!",
    "Our passionflower drops soothe your nerves just like Ativan.",
    "Valerian root knocks you out like Ambien.",
    "Rhodiola sharpens focus like Adderall, minus the crash.",
    "Our valerian drops knock you out like a sleeping pill.",
    "Our kanna extract imitates the effects of an SSRI.",
    "Kratom replicates the high of oxycodone.",
    "Our kratom mimics the action of opioid painkillers.",
    "Ginger chews settle nausea like Dramamine.",
    "Kava lulls you to sleep like Ambien.",
    "Kratom hits like oxy without the risk of addiction.",
]

LIKENESS_PASSING = [
    "Kratom's alkaloids bind the same receptors as morphine.",
    "Kratom's alkaloids mimic morphine at the mu-opioid receptor.",
    "Kratom tastes like bitter coffee.",
    "This kava capsule looks like a pill from the pharmacy.",
    "Kratom can cause dependence like opioids do.",
    "Kava can sedate you like alcohol, so don't drive.",
    "Kava does not calm you like Xanax does.",
    "Does kava calm the mind like Xanax?",
    "Some sellers claim kava calms the mind like Xanax, but there is no evidence.",
    "Kratom withdrawal can mimic opioid withdrawal.",
    "Lion's mane doesn't mimic Adderall.",
    "Kava relaxes you more than drugs like Xanax, some users say.",
    "Mixing kava with drugs like Valium is dangerous.",
    "Kava relaxes your muscles like Valium, so never combine the two.",
    "Because kratom mimics opioids, it can cause dependence and withdrawal.",
    "Kratom mimics morphine, so it can be addictive.",
    "Kratom mimics opioids, which is why the FDA warns against it.",
    "Kratom numbs pain like an opioid and carries the same risk of addiction.",
    "Chamomile tea calms the nerves like a warm bath.",
    "Ashwagandha relieves stress like a good workout.",
    "Kava is popular. Meditation calms the mind like Xanax, some say.",
]


@pytest.mark.parametrize("text", LIKENESS_FLAGGED)
def test_effect_likened_to_a_drug_is_flagged(checker, text):
    assert "efficacy/drug-likeness" in _fired(checker, text)


@pytest.mark.parametrize("text", LIKENESS_PASSING)
def test_likeness_near_misses_are_not_drug_likeness(checker, text):
    assert "efficacy/drug-likeness" not in _fired(checker, text)


GUARANTEE_RULES = {"efficacy/benefit-guarantee", "efficacy/benefit-refund-next", "efficacy/certainty"}

GUARANTEE_FLAGGED = [
    "Reishi before bed = the best sleep of your life. Guaranteed.",
    "Ashwagandha melts stress away. Guaranteed.",
    "Our lemon balm tea calms your nerves. 100% guaranteed!",
    "Better sleep in 7 nights with our valerian or your money back!",
    "Turmeric soothes sore joints. Or your money back.",
    "Fall asleep faster with our chamomile blend, or we'll refund every penny.",
    "Lion's mane boosts focus in 2 weeks - or a full refund.",
    "Our maca boosts your energy by Friday. 100% guaranteed.",
    "Lion's mane sharpens your memory in two weeks. Guaranteed or your money back.",
]

GUARANTEE_PASSING = [
    "Satisfaction guaranteed.",
    "Our reishi tea. Satisfaction guaranteed.",
    "Free shipping guaranteed on all kava orders.",
    "Our kava root powder: freshness guaranteed.",
    "30-day money-back guarantee on all maca powders.",
    "Every batch of ashwagandha is lab tested. Purity guaranteed.",
    "Try our chamomile tea risk-free with a 30-day money-back guarantee.",
    "Try our valerian tea for better sleep; love it or your money back.",
    "Beware of ads promising better sleep or your money back.",
    "Our kava powder is stone-ground in Vanuatu. Guaranteed.",
    "Fresh kava, delivered fast, or your money back.",
    "Kava may help you relax. No guarantees.",
    "Ashwagandha helps some people sleep, but results vary and nothing is guaranteed.",
    "Yoga melts stress away. Guaranteed.",
    "Our maca eases stress for some people. Satisfaction guaranteed.",
    "Our kava powder is stone-ground. Or your money back.",
]


def test_a_guarantee_sentence_of_its_own_is_said_once(checker):
    findings = [f for f in checker.check_text("Echinacea knocks out a cold in 24 hours. GUARANTEED.", path="page.md")
                if f.scope == "sentence"]
    assert {f.rule for f in findings} == {"efficacy/disease-treatment", "efficacy/certainty"}
    assert not any("guarantee" in f.message and "Also:" in f.message for f in findings)


@pytest.mark.parametrize("text", GUARANTEE_FLAGGED)
def test_benefit_with_a_guarantee_is_flagged(checker, text):
    assert _fired(checker, text) & GUARANTEE_RULES


@pytest.mark.parametrize("text", GUARANTEE_PASSING)
def test_sales_guarantees_pass(checker, text):
    assert not _fired(checker, text) & GUARANTEE_RULES


def test_a_refund_on_results_stays_certainty(checker):
    assert "efficacy/certainty" in _fired(checker, "Rhodiola for focus — results in 24 hours or your money back.")
