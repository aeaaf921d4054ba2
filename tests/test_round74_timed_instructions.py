"""Timed instructions, audit round 222: a time or manner phrase between an instruction's product and its purpose
("Use kava before bed to relieve anxiety", "Take turmeric after workouts to reduce inflammation", "Use valerian when
you need to treat insomnia") no longer hides the command's claim (`timed_commands` in relation.py).

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Use kava before bed to relieve anxiety.", "efficacy/disease-treatment"),
    ("Take turmeric after workouts to reduce inflammation.", "efficacy/disease-treatment"),
    ("Use valerian when you need to treat insomnia.", "efficacy/disease-treatment"),
    ("Chew ginger after meals to treat acid reflux.", "efficacy/disease-treatment"),
    ("Drink kava after work to relieve anxiety.", "efficacy/disease-treatment"),
    ("Take valerian an hour before bed to treat insomnia.", "efficacy/disease-treatment"),
    ("Take two capsules of turmeric before breakfast to reduce joint pain.", "efficacy/disease-treatment"),
    ("Take kratom until the withdrawal passes to ease opioid withdrawal.", "efficacy/disease-treatment"),
    ("Just take elderberry before flying to prevent colds.", "efficacy/disease-treatment"),
    ("Simply drink a cup of valerian tea before bed to beat insomnia.", "efficacy/disease-treatment"),
    ("Try passionflower before a big meeting to calm your anxiety.", "efficacy/disease-treatment"),
    ("Take rhodiola after lunch to fight chronic fatigue.", "efficacy/disease-treatment"),
    ("Give your child elderberry syrup before school to prevent colds.", "efficacy/disease-treatment"),
    ("Tonight, take valerian before bed to treat your insomnia.", "efficacy/disease-treatment"),
    ("Mix turmeric into warm milk before bedtime to ease joint pain.", "efficacy/disease-treatment"),
    ("- Sip nettle tea upon waking to relieve hay fever.", "efficacy/disease-treatment"),
    ("Try valerian before bedtime to cure insomnia.", "efficacy/cure-claim"),
    ("Take milk thistle after meals to reverse liver damage.", "efficacy/cure-claim"),
    ("Apply tea tree oil after showering to cure athlete's foot.", "efficacy/cure-claim"),
    ("Take kratom after dinner to get off opioids.", "efficacy/addiction-recovery"),
]

PASSING = [
    "Ask your doctor before using turmeric to treat arthritis.",
    "If you take St. John's wort to treat depression, tell your doctor.",
    "Use kava before bed to relax.",
    "Take turmeric with black pepper to absorb it better.",
    "Take turmeric with black pepper after meals to absorb it better.",
    "Don't use kava before bed to treat anxiety without advice.",
    "Never take valerian when you need to treat insomnia without asking a doctor.",
    "Use kava before bed to relieve anxiety? Not a good idea.",
    "Should you take valerian before bed to treat insomnia?",
    "Do you take kava before bed to relieve anxiety?",
    "Taking kava before bed may help relieve anxiety.",
    "Some people use kava before bed to relieve anxiety.",
    "Many users say they take turmeric after workouts to reduce inflammation.",
    "Take kava before bed to relieve anxiety, according to some sellers.",
    "Take your medication before bed to relieve anxiety; kava is not a substitute.",
    "Take an antihistamine before bed to relieve hay fever, not elderberry.",
    "Traditionally, Pacific islanders drank kava after work to relieve tension.",
    "I tried kava before bed to relieve anxiety, but it did nothing.",
    "Take kava before bed to sleep better.",
    "Drink chamomile tea in the evening to unwind.",
    "Stop kava before surgery to reduce bleeding risk.",
    "Avoid turmeric before surgery to reduce bleeding risk.",
    "Take turmeric before seeing your doctor to treat your arthritis.",
    "Take kava before deciding to treat anxiety with medication.",
    "Take kava before asking your doctor to treat your anxiety.",
    "Talk to a doctor before you take valerian at night to treat insomnia.",
    "The FDA warns against using kava before bed to treat anxiety.",
    "Rinse the kava root before grinding to remove dirt.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_timed_instructions_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_timed_near_misses_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}, text
