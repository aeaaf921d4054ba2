"""Safety, audit round 65: risk-minimizing claims in fresh wordings.

Comparisons with an everyday food or drink ("safer than a cup of morning coffee", "less addictive than sugar",
"no more habit-forming than your daily latte") and "gentler than" a drug; safety for the people who take a
medicine ("fine for seniors on medication"); "no way to overdose"; a known harm said not to exist ("kratom
withdrawal doesn't exist"); a verbless risk question answered with a denial ("Kratom withdrawal? Doesn't
exist.", "Liver damage? A total myth."). Near misses: hedged, negated, attributed and questioned claims,
comparisons of taste or strength, other subjects, a "no" that goes on to warn, a referral to a professional.

All sentences are written for these tests."""
import pytest

import claimcheck


def _sentence_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    ("Our kratom capsules are safer than a cup of morning coffee.", "safety/absolute-safety"),
    ("Our kratom powder is safer than a cup of coffee, and just as energizing.", "safety/absolute-safety"),
    ("Kratom is less addictive than sugar.", "safety/absolute-safety"),
    ("Honestly, kratom is no more habit-forming than your daily latte.", "safety/no-riskier-than"),
    ("Kratom is less habit-forming than your morning espresso.", "safety/absolute-safety"),
    ("Honestly, this kratom is about as addictive as a bag of potato chips.", "safety/absolute-safety"),
    ("Kratom withdrawal doesn't exist.", "safety/absolute-safety"),
    ("With our kava, liver damage just isn't real.", "safety/absolute-safety"),
    ("This kava blend is gentler than any pharmaceutical on the market.", "safety/safer-than"),
    ("Our kava shells are gentler than prescription sleeping pills.", "safety/safer-than"),
    ("Our valerian is milder and safer than any sleeping pill.", "safety/safer-than"),
    ("Kava tea is fine for seniors on medication.", "safety/safe-combination"),
    ("Kava is safe for people taking antidepressants.", "safety/safe-combination"),
    ("Our CBD gummies are suitable for seniors on multiple medications.", "safety/safe-combination"),
    ("Our ashwagandha is fine for people on blood pressure meds.", "safety/safe-combination"),
    ("There is no way to overdose on our CBD oil.", "safety/no-overdose"),
    ("There's no way you can overdose on kava.", "safety/no-overdose"),
    ("Kratom withdrawal? Doesn't exist.", "safety/risk-question-denied"),
    ("Our kratom is pure. Withdrawal? Doesn't exist.", "safety/risk-question-denied"),
    ("Kava liver damage? A total myth.", "safety/risk-question-denied"),
    ("Overdose? Impossible with kava.", "safety/risk-question-denied"),
    ("Is kratom habit-forming? Not in the least.", "safety/risk-question-denied"),
    ("Addictive? Not at all. Our kratom is pure leaf.", "safety/risk-question-denied"),
    ("Kratom has zero downsides.", "safety/absolute-safety"),
    ("Our kava has no adverse reactions reported, ever.", "safety/no-side-effects"),
    ("Don't worry about mixing kratom with your Xanax.", "safety/safe-combination"),
    ("No need to worry about taking kava with a couple of beers.", "safety/safe-combination"),
    ("St. John's wort is 100% compatible with birth control.", "safety/denies-interaction"),
    ("Kratom is a healthier, safer choice than your nightly glass of wine.", "safety/safer-than"),
    ("Kratom: safer than aspirin.", "safety/safer-than"),
    ("Kratom is one of the safest substances known to man.", "safety/absolute-safety"),
    ("Kava is one of the safest herbs in the world.", "safety/absolute-safety"),
    ("Kratom poses no threat to your health.", "safety/absolute-safety"),
    ("Our valerian tea is safe for seniors.", "safety/vulnerable-groups"),
    ("Kratom can't hurt your elderly parents.", "safety/vulnerable-groups"),
]


@pytest.mark.parametrize(("text", "rule"), FLAGGED)
def test_risk_minimizing_claim_is_flagged(text, rule):
    assert rule in _sentence_rules(text)


PASSING = [
    # hedged, negated, attributed, questioned
    "Kratom may be safer than some opioids, but it carries its own risks.",
    "Kava may be gentler than some sedatives, though liver risks remain.",
    "Kratom is not less addictive than coffee; it can cause real dependence.",
    "Kratom isn't safer than coffee.",
    "Whether kratom is safer than coffee is unknown.",
    "Some vendors say kratom is safer than coffee; the FDA disagrees.",
    "Sellers say kratom is safer than a cup of coffee, but kratom can cause dependence.",
    "Is kava less addictive than sugar? Nobody has studied it.",
    "Is kratom safer than coffee?",
    "Kratom can be more habit-forming than coffee.",
    # taste, strength, popularity, other subjects
    "Kratom is stronger than a cup of coffee, so start with a small dose.",
    "Our kava is less bitter than the stuff sold at gas stations.",
    "Kratom leaf is less bitter than coffee grounds.",
    "Kratom is less popular than coffee in the US.",
    "Kava tastes gentler than most people expect.",
    "Kava's flavor is gentler than green tea's.",
    "Our coffee is safer than ever thanks to mold testing.",
    "Our kava mugs are safer than glass cups for kids.",
    # people on medication: negated, questioned, referred, no medicine named
    "Kava is not fine for people on medication without a doctor's approval.",
    "Ashwagandha is not safe for people taking thyroid medication.",
    "St. John's wort is unsafe for people on birth control.",
    "Is ashwagandha safe for people on thyroid medication? Ask your doctor.",
    "Our kava tea is fine for people on a budget.",
    "Our ashwagandha is safe for people on a gluten-free diet.",
    "Valerian is safe to take with your meds, but check with your pharmacist first.",
    # overdose
    "There is no way to know how much mitragynine is in a given batch of kratom.",
    "Is it possible to overdose on kratom? Yes, especially when mixed with other drugs.",
    # a harm said to exist
    "Kratom withdrawal does exist, and it can be severe.",
    "It is not true that kratom withdrawal doesn't exist.",
    "Kratom withdrawal? It exists, and it is real.",
    # risk questions answered with a warning, a doubt, or a "no" that affirms the risk
    "Is kratom withdrawal a myth? No, it is real.",
    "Is kava dangerous? No, but it can hurt your liver.",
    "Is kratom addictive? No, say sellers, but doctors disagree.",
    "Is kava dangerous? Impossible to say without more studies.",
    "Kava dependence? Not really documented, but liver injury is.",
    "Kava liver damage? It's rare but real.",
    "Side effects? Yes, some people get headaches.",
    "Don't worry about mixing kratom into your smoothies.",
    "Don't worry about taking kava with food.",
    "St. John's wort is not compatible with birth control.",
    "Water is a safer choice than your nightly glass of wine.",
    "Kratom has downsides, including dependence.",
    "Kratom is one of the most studied herbs on earth.",
    "Chamomile is one of the safest herbs in the cabinet, but kava is not.",
    "Is kratom one of the safest herbs on earth?",
    "Kratom poses a real threat to people with liver disease.",
    "Aspirin is safer than many people think.",
    "Kava is not safe for the elderly.",
    "Is valerian safe for seniors? Ask your doctor.",
    # safety of other things
    "Our packaging is BPA-free.",
    "Every bottle of kava tincture ships with a child-resistant cap.",
    "Our ashwagandha is made in an allergen-free facility.",
    "Our kratom brand is cruelty-free and vegan.",
    "Our kava cups are dishwasher-safe.",
    "Decaf has no caffeine.",
]


@pytest.mark.parametrize("text", PASSING)
def test_near_miss_passes(text):
    assert not {r for r in _sentence_rules(text) if r.startswith("safety/")}
