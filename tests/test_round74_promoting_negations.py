"""Promoting negations, audit round 74: a negated verb that urges the reader not to neglect a product or a claim
("don't forget", "never underestimate", "don't sleep on", "don't miss out on", and "don't ignore / skip / miss"
before a mark) endorses what follows; it is no denial. Real denials of the claim ("don't believe", "never assume",
"don't expect", a negation inside the claim) and safety instructions still pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("And don't forget St. John's wort, the natural antidepressant.", "efficacy/drug-comparison"),
    ("Never forget that turmeric cures arthritis.", "efficacy/cure-claim"),
    ("Don't overlook ashwagandha: it cures insomnia.", "efficacy/cure-claim"),
    ("Don't underestimate turmeric: it cures arthritis.", "efficacy/cure-claim"),
    ("Do not forget that kava cures anxiety.", "efficacy/cure-claim"),
    ("Never forget: reishi cures cancer.", "efficacy/cure-claim"),
    ("Don't overlook the fact that milk thistle reverses liver damage.", "efficacy/cure-claim"),
    ("Don't underestimate the power of echinacea to cure colds.", "efficacy/cure-claim"),
    ("Don't sleep on kava: it cures anxiety.", "efficacy/cure-claim"),
    ("Don't miss out on chaga, the herb that cures cancer.", "efficacy/cure-claim"),
    ("Don't miss out on reishi — it cures cancer.", "efficacy/cure-claim"),
    ("Don't ignore turmeric: it cures arthritis.", "efficacy/cure-claim"),
    ("Don't ignore ginkgo, it reverses memory loss.", "efficacy/cure-claim"),
    ("Don't ignore the fact that kratom is completely safe.", "safety/absolute-safety"),
    ("Don't miss our kratom: it cures anxiety.", "efficacy/cure-claim"),
    ("Never miss your kava — it cures insomnia.", "efficacy/cure-claim"),
    ("I took kava, thinking nothing of it, and it cured my insomnia.", "efficacy/cure-claim"),
    ("Don't miss our new kratom blend: it is totally non-addictive.", "safety/non-addictive"),
    ("Let's not forget that elderberry cures the flu.", "efficacy/cure-claim"),
    ("We must never forget that turmeric cures arthritis.", "efficacy/cure-claim"),
    ("Don't forget: kratom is 100% safe.", "safety/absolute-safety"),
    ("Don't forget, kava cures anxiety.", "efficacy/cure-claim"),
    ("Don't overlook ginkgo, a proven cure for dementia.", "efficacy/cure-claim"),
    ("Never forget that kava is completely harmless.", "safety/absolute-safety"),
    ("And never underestimate chamomile, nature's Xanax.", "efficacy/drug-comparison"),
    ("Don't sleep on elderberry: it prevents the flu completely.", "efficacy/disease-treatment"),
    ("You shouldn't underestimate echinacea; it cures colds overnight.", "efficacy/cure-claim"),
    ("Do not overlook St. John's wort, a natural replacement for Prozac.", "efficacy/drug-equivalence"),
    ("Don't forget that milk thistle detoxes your liver completely.", "efficacy/organ-detox"),
    ("Not to mention that kava cures anxiety.", "efficacy/cure-claim"),
]

PASSING = [
    # the claim itself denied or doubted
    "Don't believe that kava cures anxiety.",
    "Never assume turmeric cures arthritis.",
    "Don't expect kava to cure anxiety.",
    "Don't forget that no herb cures anxiety.",
    "Don't forget: kava does not cure anxiety.",
    "Never forget that no supplement cures cancer.",
    "Don't forget that turmeric does not cure arthritis.",
    "Don't forget: there is no evidence that chaga cures cancer.",
    "Don't forget: it's a myth that kava cures anxiety.",
    "Don't forget that the idea that kava cures anxiety is a myth.",
    "Don't ignore the science: turmeric cures nothing.",
    "Don't miss out on the truth: no herb cures cancer.",
    "Don't skip your doctor's visit: kava is not a cure for anxiety.",
    "Don't forget that St. John's wort is no substitute for antidepressants.",
    # instructions and warnings: safety language
    "Don't forget to tell your doctor you take St. John's wort.",
    "Never forget that kratom can cause dependence.",
    "Don't overlook the risks: kava can damage the liver.",
    "Don't underestimate the risk of kratom addiction.",
    "Don't forget that St. John's wort interacts with birth control.",
    "Don't forget to drink water with your kratom.",
    "Never forget that St. John's wort can make birth control fail.",
    # the negated verb governs something else than the claim, or the claim is someone else's or hedged
    "Don't forget your coupon; kava may help you relax.",
    "Don't forget that turmeric may help with joint pain in some people.",
    "Don't skip your medication because someone says turmeric cures arthritis.",
    "Don't skip chemo thinking turmeric cures cancer.",
    "Don't ignore your symptoms and assume kava cures anxiety.",
    "Never forget that sellers claim kratom is completely safe.",
    "Never underestimate marketers who say reishi cures cancer.",
    "Don't underestimate sellers who claim kratom is completely safe.",
    "Never ignore a label that says kava cures anxiety.",
    "Don't forget to ask whether kava cures anxiety before you buy it.",
    "Don't miss our guide on whether kava cures anxiety.",
    "Never underestimate how little evidence there is that kava cures anxiety.",
    # "don't skip" keeps its negation: it denies the drug substitution after it
    "Don't skip your insulin: cinnamon cannot replace it.",
    "Don't skip your medication, kava won't replace it.",
    "Never skip your antidepressant — St. John's wort is not a substitute.",
    "Don't miss your medication: kava is no substitute.",
    "Don't ignore your doctor: kava is not a replacement for medication.",
    # a belief that motivates the action, after a comma, is not the writer's
    "Don't skip your insulin, believing cinnamon cures diabetes.",
    "Never skip chemotherapy, thinking reishi cures cancer.",
    "Don't skip your checkups, assuming turmeric cures arthritis.",
    "Don't forget your medication, assuming kava cures anxiety.",
    "People skip checkups, assuming turmeric cures arthritis.",
    "Don't ignore your symptoms, hoping turmeric cures your arthritis.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_promoting_negation_keeps_the_claim(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_real_negation_and_safety_language_pass(checker, text):
    assert _fired(checker, text) == set()
