"""Safety, audit round 199: a botanical ranked the safest of its kind.

"Kratom is the safest painkiller you can buy", "kava: the safest way to relax after work", "among the safest
supplements ever studied", "the least addictive painkiller", "The safest natural sedative on the market is kava"
(safety/ranked-safest). Policy as for safety/safer-than and safety/absolute-safety: any botanical, a low-risk herb
included. Near misses: a superlative of a course of action ("the safest way to use kava is …", "with kava, the
safest bet is …"), of a dose, a form, a time, a place, packaging or a checkout; negated, hedged, attributed,
questioned and conditional superlatives; other superlatives (tastiest, cheapest); a drug's own ranking. Also the
evidence rule's bare "None is proven." answering a question.

All sentences are written for these tests."""
import pytest

import claimcheck


def _sentence_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    ("Kratom is the safest painkiller you can buy.", "safety/ranked-safest"),
    ("Our valerian is the safest natural sleep aid on the market.", "safety/ranked-safest"),
    ("Kava: the safest way to relax after work.", "safety/ranked-safest"),
    ("Wholesale kratom: the safest painkiller on the market.", "safety/ranked-safest"),
    ("Kratom is among the safest supplements ever studied.", "safety/ranked-safest"),
    ("Our kanna extract is the safest mood booster available.", "safety/ranked-safest"),
    ("Blue lotus is the safest legal high around.", "safety/ranked-safest"),
    ("Amanita gummies are the safest way to unwind tonight.", "safety/ranked-safest"),
    ("Psilocybin is the safest drug known to science.", "safety/ranked-safest"),
    ("Kratom remains the safest option for chronic pain.", "safety/ranked-safest"),
    ("Kava is by far the safest relaxant out there.", "safety/ranked-safest"),
    ("Kratom is hands down the safest pain reliever on the planet.", "safety/ranked-safest"),
    ("Kratom is the safest of all painkillers.", "safety/ranked-safest"),
    ("Kratom ranks among the safest substances on the planet.", "safety/ranked-safest"),
    ("Kava, the safest way to wind down, is now in stock.", "safety/ranked-safest"),
    ("Kratom is the least addictive painkiller you can buy.", "safety/ranked-safest"),
    ("Kava is the least habit-forming relaxant available.", "safety/ranked-safest"),
    ("Kratom is the gentlest painkiller on the market.", "safety/ranked-safest"),
    ("For sleep, valerian is the safest bet.", "safety/ranked-safest"),
    ("The safest natural sedative on the market is kava.", "safety/ranked-safest"),
    ("St. John's wort is the safest antidepressant there is.", "safety/ranked-safest"),
    ("Kanna is easily one of the safest mood boosters out there.", "safety/ranked-safest"),
    ("Our kratom capsules: the safest pain relief option on the market!", "safety/ranked-safest"),
    ("Kratom's the safest painkiller out there.", "safety/ranked-safest"),
    ("Chamomile is the safest sleep aid there is.", "safety/ranked-safest"),
    ("Kratom is the safest and most effective painkiller.", "safety/ranked-safest"),
    # the shapes other rules already report keep their rule
    ("Kava is one of the safest herbs in the world.", "safety/absolute-safety"),
    ("Kratom is the safest way to get off opioids.", "safety/safe-alternative"),
]

PASSING = [
    "The safest way to use kava is to buy noble root from a reputable vendor and skip alcohol.",
    "The safest choice is not to combine kratom with opioids.",
    "What is the safest dose of kratom? None is proven.",
    "Kava may be one of the safer options for occasional stress.",
    "Is kava the safest option for anxiety?",
    "Is kratom the safest painkiller on the market?",
    "Kratom is not the safest painkiller.",
    "Kratom isn't the safest painkiller on the market.",
    "Kratom is far from the safest painkiller on the market.",
    "Kratom is hardly the safest choice for chronic pain.",
    "Kratom is not one of the safest herbs; it can cause dependence.",
    "Kava might be the safest relaxant for some people.",
    "Our kratom comes in the safest packaging on the market.",
    "Our kava shop has the safest checkout on the web.",
    "Our kava bar is the safest place in town for a night out.",
    "Vendors call kratom the safest painkiller on the market, but the FDA disagrees.",
    "Marketers call kava the safest relaxant, but liver injury has been reported.",
    "Kratom vendors claim it is the safest painkiller; the FDA does not agree.",
    "With kava, the safest bet is to skip alcohol entirely.",
    "For kava drinkers, the safest option is to avoid alcohol.",
    "When buying kratom, the safest bet is a lab-tested vendor.",
    "If you must use kava, the safest route is water-based noble root.",
    "The safest approach with kratom is not to start.",
    "The safest form of kava is a water extract of noble root.",
    "The safest time to drink kava is after a meal.",
    "The safest kratom dose is the lowest one that works.",
    "The safest way to store kratom is in an airtight jar.",
    "The safest kratom is no kratom.",
    "Which is the safest kava for beginners?",
    "Kava is the tastiest relaxant you can buy.",
    "Kratom is the cheapest painkiller on the market.",
    "Kratom is among the riskiest herbs on the market.",
    "Tylenol is often called the safest painkiller on the market.",
    "Ibuprofen is the safest painkiller for most adults.",
    "Kava was once called the safest herb in the Pacific, but liver cases changed that view.",
    "There is no evidence that kava is the safest relaxant.",
    "If kava were the safest relaxant, doctors would prescribe it.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _sentence_rules(text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    rules = _sentence_rules(text)
    assert not {r for r in rules if r.startswith("safety/")} and "efficacy/evidence-overstatement" not in rules, rules


def test_no_double_report():
    """A superlative another safety rule already reports is not reported twice."""
    for text in ("Kava is one of the safest herbs in the world.", "Kratom is the safest way to get off opioids."):
        assert "safety/ranked-safest" not in _sentence_rules(text)
