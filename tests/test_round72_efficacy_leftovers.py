"""Efficacy leftovers, audit round 104: a product ranked best for an effect ("the best strain for pain"),
ageing fought or reversed routed to life-extension (ageing is no disease), a trailing "guaranteed" after an
effect on the body ("for your brain, guaranteed") and a dose said to be the clinically backed one
("clinically dosed for results").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # a product ranked best for an effect
    ("Red Bali kratom is the best strain for pain.", "efficacy/superlative"),
    ("Red Bali is the best strain for pain, hands down.", "efficacy/superlative"),
    ("Maeng Da is the best strain for energy and focus.", "efficacy/superlative"),
    ("Our Calm Nights blend is the best blend for anxiety.", "efficacy/superlative"),
    ("Chamomile is the best tea for sleep.", "efficacy/superlative"),
    ("Ashwagandha is the best supplement for stress.", "efficacy/superlative"),
    ("Reishi is the single best mushroom for immunity.", "efficacy/superlative"),
    ("This is the best kava for anxiety on the market.", "efficacy/superlative"),
    ("Green Malay is truly the best strain for chronic pain.", "efficacy/superlative"),
    ("Valerian root is the best herb for insomnia.", "efficacy/superlative"),
    # ageing fought, reversed or stopped: life-extension, not a disease treated or cured
    ("Chaga fights aging.", "efficacy/life-extension"),
    ("Chaga reverses aging.", "efficacy/life-extension"),
    ("Our reishi tincture stops aging in its tracks.", "efficacy/life-extension"),
    ("Ashwagandha turns back the aging process.", "efficacy/life-extension"),
    ("Cordyceps combats aging.", "efficacy/life-extension"),
    ("Ginseng prevents ageing.", "efficacy/life-extension"),
    ("This chaga blend is an anti-aging miracle.", "efficacy/certainty"),
    # diseases stay disease claims
    ("Chaga fights cancer.", "efficacy/disease-treatment"),
    ("Turmeric reverses arthritis.", "efficacy/cure-claim"),
    # a trailing "guaranteed" after an effect on the body
    ("Kava is calming. It's the smartest thing you can do for your brain, guaranteed.", "efficacy/certainty"),
    ("Kava relaxes you. This is the best thing for your nerves, guaranteed!", "efficacy/certainty"),
    ("Reishi supports immunity, guaranteed.", "efficacy/certainty"),
    # a dose said to be the clinically backed one
    ("Each cup delivers 500 mg of mushrooms, clinically dosed for results.", "efficacy/evidence-overstatement"),
    ("Our ashwagandha is clinically dosed.", "efficacy/evidence-overstatement"),
    ("Lion's mane gummies with a clinically studied dose of 1,000 mg.", "efficacy/evidence-overstatement"),
    ("Each scoop has clinically effective doses of reishi and cordyceps.", "efficacy/evidence-overstatement"),
]

PASSING = [
    "Red Bali is the best strain for beginners.",
    "Chamomile is the best tea for a cold evening.",
    "This blend is best for taste.",
    "Red Bali may be the best strain for pain, but no trial has compared strains.",
    "This is the best kratom I've tried.",
    "Is Red Bali the best strain for pain?",
    "Some users say Red Bali is the best strain for pain.",
    "Red Bali is not the best strain for pain.",
    "The best tea for iced drinks is hibiscus.",
    "Lion's mane is the best mushroom for cooking.",
    "Maeng Da is the best strain for the price.",
    "Chaga may help with some signs of aging, but human data are lacking.",
    "There is no evidence that chaga reverses aging.",
    "Can reishi fight aging? Nobody knows.",
    "Aging whiskey in oak barrels takes years.",
    "Kava is calming. Delivery within three days, guaranteed.",
    "Our kava ships fresh. It's the best price online, guaranteed.",
    "Reishi tea is earthy. Satisfaction guaranteed or your money back.",
    "Kava is calming. It's a fun night out, guaranteed.",
    "Is it guaranteed to work? No, kava affects people differently.",
    "The dose used in clinical trials was 300 mg of ashwagandha.",
    "Clinical trials of ashwagandha used doses of 250 to 600 mg.",
    "Researchers tested a clinical dose of kava extract in a small trial.",
]


@pytest.mark.parametrize(("text", "rule"), FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}
