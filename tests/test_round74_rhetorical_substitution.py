"""Rhetorical drug substitution, audit round 116: a botanical offered in place of a medicine through rhetoric
rather than a plain statement — a rhetorical question ("Why take Xanax when you can drink kava?", "Who needs
Prozac with our St. John's wort?"), a farewell ("say goodbye to sleeping pills with …"), the pharmacy dropped
("Ditch the pharmacy."), a benefit "without pills", a likeness with a twist ("like Adderall, but natural") and
"the Xanax of nature". Genuine questions, warnings, attributed, negated and hedged versions, sales facts
("without a prescription") and likenesses to no drug pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


SUB = "efficacy/drug-substitution"
LIKE = "efficacy/drug-likeness"

FLAGGED = [
    # rhetorical questions whose when-clause asserts the product
    ("Why swallow Xanax every evening when a shell of kava does it?", SUB),
    ("Why would you take Zoloft when saffron is sitting in your spice rack?", SUB),
    ("So why reach for Advil when our turmeric capsules are right there?", SUB),
    ("Why keep popping sleeping pills when valerian tea is cheaper?", SUB),
    ("Why depend on painkillers when kratom grows in the wild?", SUB),
    ("Why suffer the side effects of Lexapro when St. John's wort works?", SUB),
    ("Who needs Klonopin when you have our kava tincture?", SUB),
    ("Who wants antidepressants when there's saffron?", SUB),
    ("Honestly, who needs a pharmacy when you have our herbal remedies?", SUB),
    ("Who needs Ritalin with our lion's mane coffee?", SUB),
    ("Who needs melatonin with chamomile in the cupboard?", SUB),
    # farewells, dropping and setting aside
    ("Say goodbye to Ambien with our passionflower drops.", SUB),
    ("Bid farewell to your statins thanks to our red yeast rice and garlic blend.", SUB),
    ("Kiss your painkillers goodbye: our turmeric gummies are here.", SUB),
    ("Sleeping pills goodbye, valerian hello!", SUB),
    ("Put down the antidepressants and pick up our saffron capsules.", SUB),
    ("Leave your anxiety meds behind with our ashwagandha.", SUB),
    ("Skip the pharmacy: our elderberry syrup keeps the whole family well.", SUB),
    ("Ditch the drugstore and brew our ginger tea instead.", SUB),
    # a benefit without the drug
    ("Our kava shots melt stress away without Xanax.", SUB),
    ("Sleep through the night without sleeping pills, thanks to our valerian gummies.", SUB),
    ("Our turmeric balm soothes sore joints without the need for painkillers.", SUB),
    # likeness with a twist, and the drug of nature
    ("Our kanna extract is like Lexapro, but natural.", LIKE),
    ("Kratom is like Vicodin, only plant-based.", LIKE),
    ("Ashwagandha is like Valium without the prescription.", LIKE),
    ("Lion's mane is like Ritalin minus the crash.", LIKE),
    ("Kava is the Klonopin of nature.", LIKE),
    ("Ginger is the Advil of the kitchen.", LIKE),
    ("Feverfew is nature's Tylenol.", LIKE),
]

PASSING = [
    # genuine questions
    "Why do so many people drink kava instead of taking Xanax?",
    "Is it safe to drink kava if I take Xanax?",
    "Why take Xanax at all?",
    "Who needs a prescription to buy valerian?",
    "Who needs sleeping pills? Not everyone with insomnia does.",
    "Who needs painkillers with kratom? Nobody should combine them.",
    "Why would you mix kratom with oxycodone when the overdose risk is so high?",
    "Why did my doctor take me off Zoloft when I started St. John's wort?",
    "Why take naproxen with ginger when both can upset the stomach?",
    "Why take Xanax and kava together when the mix is so sedating?",
    # warnings, negations, attributions
    "Never say goodbye to your antidepressants because you started saffron.",
    "Do not put down your blood pressure meds for garlic capsules.",
    "Don't ditch the pharmacy for kava.",
    "Kava is not the Klonopin of nature.",
    "Some shops call kava the Xanax of nature, but no trial supports that.",
    "Sellers claim turmeric soothes joints without painkillers, but no trial supports this.",
    "Our valerian may help some people sleep without sleeping pills, early studies suggest.",
    "Without medication, bipolar disorder often gets worse; no herb replaces it.",
    # sales facts and things made without
    "Our valerian tea is available without a prescription.",
    "You can buy kava without a prescription in most states.",
    "Our gummies are made without drugs, dyes or fillers.",
    # the same words for other things
    "Say goodbye to your pharmacy receipts: our kava is cheaper than ever.",
    "Say goodbye to bitter kava with our new noble root blend.",
    "Kiss the afternoon slump goodbye with our matcha.",
    "Put down the phone and brew a cup of chamomile.",
    "Skip the pharmacy line and order your valerian online.",
    "Why pay more when you can buy kava in bulk?",
    "Who needs dessert with our cacao kava blend?",
    "Matcha is like coffee, but calmer.",
    "Lion's mane tastes like crab, but it is a mushroom.",
    "Kratom withdrawal is like opioid withdrawal, but milder.",
    "Kava is like Xanax, but that does not make it safe to combine them.",
    "Turmeric is the star of the kitchen.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_rhetorical_substitution_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    fired = _fired(checker, text)
    assert not fired & {SUB, LIKE, "efficacy/drug-comparison", "efficacy/drug-equivalence", "efficacy/drug-substitute"}, fired
