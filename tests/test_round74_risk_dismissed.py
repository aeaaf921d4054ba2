"""A known risk dismissed as a scare, hype, a myth or a debunked claim (GUIDELINES: risk-minimizing claims are
safety findings), and the near misses that must pass: a myth corrected in the safe direction, a benefit debunked,
a different and false risk called a myth, a seller's dismissal quoted and rejected."""

import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text) if f.scope == "sentence"}


FLAG = [
    ("Tune out the fearmongering about kava and liver damage.", "safety/risk-dismissed"),
    ("Don't fall for the scare stories about kratom dependence.", "safety/risk-dismissed"),
    ("Don't believe the hype about kava liver toxicity.", "safety/risk-dismissed"),
    ("Forget the headlines about kratom withdrawal.", "safety/risk-dismissed"),
    ("Ignore the warnings about kratom dependence.", "safety/risk-dismissed"),
    ("Disregard the horror stories you've read about kratom withdrawal.", "safety/risk-dismissed"),
    ("Ignore claims that kratom is addictive.", "safety/risk-dismissed"),
    ("Never listen to people who say kava is toxic.", "safety/risk-dismissed"),
    ("Don't listen to anyone who says kava hurts your liver.", "safety/risk-dismissed"),
    ("Don't buy into the kratom withdrawal hype.", "safety/risk-dismissed"),
    ("Pay no attention to the kava liver scare.", "safety/risk-dismissed"),
    ("Forget anything you have read about kratom dependence.", "safety/risk-dismissed"),
    ("Don't get spooked by the headlines about kratom overdose.", "safety/risk-dismissed"),
    ("Kava liver damage is a total lie.", "safety/risk-minimized"),
    ("Claims that kava damages the liver have been disproven.", "safety/risk-warnings-debunked"),
    ("The so-called liver damage from kava was refuted years ago.", "safety/risk-warnings-debunked"),
    ("The kratom addiction panic has been put to rest.", "safety/risk-minimized"),
    ("Kratom dependence is just hype.", "safety/risk-minimized"),
    ("Does kratom cause withdrawal? That's an old wives' tale.", "safety/risk-question-denied"),
    ("Is kava hard on the liver? Pure propaganda.", "safety/risk-question-denied"),
    ("Nervous about kava side effects? Don't be.", "safety/risk-question-denied"),
    ("Scared of getting hooked on kratom? Relax, it's just a leaf.", "safety/risk-question-denied"),
]

PASS = [
    "The idea that kava is harmless is a myth.",
    "Don't believe anyone who says kratom is safe.",
    "Ignore claims that kratom is non-addictive.",
    "Ignore claims that kava is not toxic to the liver.",
    "Don't let anyone tell you kratom is harmless.",
    "The claim that kava cures anxiety has been debunked.",
    "The rumour that kava contains alcohol is a myth.",
    "Sellers call the liver risk a myth; it is not.",
    "Don't ignore the scare stories about kava and your liver.",
    "Do not ignore claims that kratom is addictive.",
    "Ignore the hype about kratom for opioid withdrawal.",
    "Don't buy into the kava hype.",
    "Don't believe the hype about kava curing anxiety.",
    "Ignore the hype about kratom helping with addiction.",
    "Don't fall for marketing that says kratom is risk-free.",
    "Forget the hype: kava can harm your liver.",
    "Don't listen to anyone who says kava is safe for your liver.",
    "Ignore the scare tactics of sellers who promise kratom cures everything.",
    "Worried about kava and your liver? Don't be shy about asking your doctor.",
    "Worried about kava and your liver? Talk to your doctor first.",
    "Is kava bad for your liver? It can be; that's no myth.",
    "Serious liver injury from kava is rare, and most cases involved poor-quality extracts or heavy use.",
    "Pay attention to the warnings about kava and your liver.",
    "Forget what you've read about kava and sleep.",
    "Forget everything you've heard about kratom for opioid withdrawal.",
    "Don't let the bitter taste of kava scare you off.",
    "Vendors say you should ignore the warnings about kratom dependence, but the FDA disagrees.",
    "Some sellers claim the liver toxicity claims against kava have been debunked, but they have not.",
    "The liver toxicity claims against kava have not been debunked.",
]


@pytest.mark.parametrize("text, rule", FLAG)
def test_dismissed_risk_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASS)
def test_near_miss_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("safety/risk")}, text
