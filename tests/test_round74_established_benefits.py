"""Established-evidence wording for an everyday benefit, audit round 138: "has been shown to", "is known
to" and "it's well established that" + a benefit verb + an everyday outcome (energy, memory, libido,
immunity, stamina) present the benefit as settled (efficacy/shown-to-benefit). Reports with their limits,
negations, questions, attributions, harms, non-botanical subjects and facts that are no benefit pass.

All sentences are written for these tests."""
import pytest

RULE = "efficacy/shown-to-benefit"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    "Rhodiola has been shown to lift energy levels by mid-afternoon.",
    "Rhodiola rosea has been shown to reduce tiredness during exam season.",
    "Lion's mane has been shown to improve recall and concentration.",
    "Maca powder has been shown to increase sex drive.",
    "Reishi is known to strengthen immune defenses.",
    "It's well established that cordyceps boosts endurance on the bike.",
    "It is well-established that ginkgo sharpens attention.",
    "It has been shown that rhodiola fights afternoon fatigue.",
    "Panax ginseng has been demonstrated to enhance mental performance.",
    "Our lion's mane capsules have been shown to boost focus at work.",
    "Chaga is widely known to support immune health.",
    "Holy basil has been repeatedly shown to ease tension after long days.",
    "Turkey tail's been shown to strengthen immunity.",
    "Ashwagandha has been shown to improve sleep quality in stressed adults.",
    "Schisandra is known to boost stamina and resilience.",
    "It's scientifically established that maca improves libido.",
    "Chaga is known to help the immune system.",
    "Everyone agrees that rhodiola has been shown to boost energy.",
]

PASSING = [
    # hedged, negated, questioned, attributed
    "Rhodiola may lift energy levels by mid-afternoon.",
    "Rhodiola has not been shown to lift energy levels.",
    "Lion's mane has never been shown to improve recall in a large trial.",
    "Has maca been shown to increase sex drive?",
    "Sellers say reishi is known to strengthen immune defenses, but the trials are tiny.",
    "It is not well established that cordyceps boosts endurance.",
    "Rhodiola has yet to be shown to reduce fatigue.",
    # the kind or size of study named as its limit, in the sentence or the next
    "Lion's mane has been shown in rats to improve recall.",
    "Reishi has been shown to boost immune cells in mice.",
    "Cordyceps has been shown to boost endurance in one small trial.",
    "Maca has been shown to increase sex drive in a handful of tiny studies.",
    "Ginseng has been shown to sharpen attention, but larger trials are needed.",
    "Schisandra has been shown to boost stamina. The trials were small, and more research is needed.",
    "In one small trial, rhodiola was shown to reduce fatigue.",
    # harms and interactions
    "Kava has been shown to damage the liver in rare cases.",
    "Ginseng is known to raise blood pressure in some people.",
    "St. John's wort is known to lower the effectiveness of birth control.",
    "Ginkgo has been shown to increase the risk of bleeding.",
    # not a botanical, or not a benefit
    "Caffeine has been shown to improve alertness.",
    "Exercise has been shown to lift mood.",
    "Sleep has been shown to improve memory.",
    "Meditation is known to reduce stress.",
    "Reishi has been shown to contain beta-glucans.",
    "Rhodiola has been shown to increase in price this year.",
    "Reishi is known to grow on hardwood logs.",
    "Cordyceps is known as the caterpillar fungus.",
    "Ashwagandha has been found to be well tolerated in most trials.",
    "Maca has been shown to help Andean farmers earn more.",
    "Kratom has been shown to relieve fatigue, according to user surveys.",
    "Critics doubt that rhodiola has been shown to reduce fatigue.",
    # a sports supplement whose benefit is established
    "Creatine has been shown to increase strength.",
    "Beetroot juice has been shown to improve endurance.",
    "Protein powder has been shown to support muscle recovery.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_established_everyday_benefit_is_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert RULE not in _fired(checker, text)
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}, text
