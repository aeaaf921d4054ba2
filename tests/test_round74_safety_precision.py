"""Safety precision, audit round 74 (a146): sentence-level safety rules that fired on what is no product-safety
claim: a reassurance conditioned on stopping the product ("kava won't hurt you if you stop in time"), the side
effects of a software update on an app or a device, the "risk" of an event that is no harm (a price rising, a
sale selling out, a late delivery, spoiling in storage), and a study's result reported with its scope (a low
dose, one small study). The claims themselves keep flagging.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Kava won't hurt your liver.", "safety/absolute-safety"),
    ("kratom is 100% SAFE", "safety/absolute-safety"),
    ("No side effects, just calm with our kava.", "safety/no-side-effects"),
    ("There is no risk of addiction with kratom.", "safety/non-addictive"),
    ("Kratom has no risk.", "safety/absolute-safety"),
    ("Your liver will be fine with kava, trust me.", "safety/absolute-safety"),
    ("Kava has no effect on driving.", "safety/impairment-denied"),
    # the risk of a harm after "no risk of"
    ("There is no risk of liver damage with our kava.", "safety/absolute-safety"),
    ("There's no risk of liver damage late in life with kava.", "safety/absolute-safety"),
    ("Kratom has no risk of serious side effects.", "safety/absolute-safety"),
    ("Kava has no risk of causing liver problems.", "safety/absolute-safety"),
    ("Our kratom carries zero risk of harm at any dose.", "safety/absolute-safety"),
    ("No risk of overdose with kratom.", "safety/no-overdose"),
    # a condition that is not stopping the product, or a dose limit
    ("Kava won't hurt you if you stop worrying and just drink it.", "safety/absolute-safety"),
    ("If you stop worrying, kava won't hurt you.", "safety/absolute-safety"),
    ("Kava won't hurt you if you stop at two shells.", "safety/absolute-safety"),
    ("Kava won't hurt you even if you take it daily.", "safety/absolute-safety"),
    ("Kava won't hurt you unless you stop eating.", "safety/absolute-safety"),
    ("If you stop stressing, kava is totally safe.", "safety/absolute-safety"),
    # side effects denied of the body, the sleep or the family, not of a device
    ("Kava has no side effects for your body.", "safety/no-side-effects"),
    ("Our kratom has no side effects on sleep.", "safety/no-side-effects"),
    ("No side effects for the whole family with our kava.", "safety/no-side-effects"),
    # impairment denied without a study, without a scope, or by someone who is no study
    ("Kava has no effect on driving at low doses.", "safety/impairment-denied"),
    ("Studies show kava has no effect on driving.", "safety/impairment-denied"),
    ("Our founder found kava had no effect on driving at low doses.", "safety/impairment-denied"),
    ("A study found kava had no effect on driving, so drink up before your commute.", "safety/impairment-denied"),
    ("Kava will not impair your driving at a low dose, trust me.", "safety/impairment-denied"),
    ("Kava has no effect on driving, according to our founder.", "safety/impairment-denied"),
]

PASSING = [
    # a reassurance conditioned on stopping, with or without the warning after it
    "If you stop now, your liver will be fine, but kava can damage it.",
    "kava wont hurt u if u stop\n",  # a line of a file (the stop verb must end the clause: see the rule)
    "Kava won't hurt you if you stop taking it before the damage starts.",
    "Kratom won't harm you as long as you stop before dependence sets in.",
    "If you stop taking it, kava won't hurt you.",
    "Kava won't hurt you if you quit.",
    # side effects of an update on an app or a device
    "no side effects on my sleep app after the update",
    "Kava helps me unwind. The firmware patch had no side effects on older phones.",
    # the risk of an event that is no harm
    "Kratom prices have no risk of going up this month.",
    "There's no risk of our kava selling out this week.",
    "No risk of late delivery when you order kava before noon.",
    "Kratom has no risk of going bad in the freezer.",
    "No risk of the kava going stale in our sealed tins.",
    "There is no chance of our kava selling out.",
    # a study's result reported with its scope
    "The study found that kava had no effect on driving performance at low doses.",
    "A 2019 trial reported that kava had no effect on reaction time at a single low dose.",
    "Researchers found kava had no measurable effect on driving in one small study.",
    "The trial found that kava did not impair reaction time at a single dose.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_safety_claims_still_flag(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_no_product_safety_claim_passes(checker, text):
    assert not {r for r in _fired(checker, text)
                if r in {"safety/absolute-safety", "safety/no-side-effects", "safety/impairment-denied"}}
