"""A comparison set off between the product and its claim, audit round 223: "Kratom, unlike opioids, cures chronic
pain", "Kratom (unlike oxycodone) won't slow your breathing". The claim is about the name before the aside; a name
inside a contrastive aside ("Opioids, unlike kratom, …") is not the claim's subject.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    ("Kratom, unlike opioids, cures chronic pain.", "efficacy/cure-claim"),
    ("St. John's wort, unlike Prozac, cures depression.", "efficacy/cure-claim"),
    ("Reishi, unlike statins, reverses heart disease.", "efficacy/cure-claim"),
    ("Elderberry, unlike Tamiflu, cures the flu.", "efficacy/cure-claim"),
    ("Our kratom capsules, unlike opioids, cure chronic pain.", "efficacy/cure-claim"),
    ("Kratom, rather than methadone, heals addiction.", "efficacy/cure-claim"),
    ("Kava, much like valerian, cures insomnia.", "efficacy/cure-claim"),
    ("Kratom, unlike fentanyl, can't kill you.", "safety/lethality-denied"),
    ("Kratom (unlike oxycodone) won't slow your breathing.", "safety/lethality-denied"),
    ("Kratom, unlike opioids, will never kill you.", "safety/lethality-denied"),
    ("Kratom, unlike heroin, won't kill anyone.", "safety/lethality-denied"),
    ("Kava, unlike alcohol, is not deadly.", "safety/lethality-denied"),
    ("Kratom, in contrast to oxycodone, will not slow your breathing.", "safety/lethality-denied"),
    ("Kratom, unlike fentanyl, won't cause respiratory depression.", "safety/lethality-denied"),
    ("Kratom — as opposed to morphine — cannot kill you.", "safety/lethality-denied"),
]

PASSING = [
    "Opioids, unlike kratom, cure nothing.",
    "Opioids, unlike kratom, cure pain.",
    "Xanax, unlike kava, treats anxiety.",
    "Alcohol, unlike kava, isn't deadly.",
    "Opioids, unlike kratom, won't slow your breathing.",
    "Xanax, unlike kava, can't kill you.",
    "Kratom, unlike opioids, may ease pain.",
    "Kratom, unlike opioids, does not cure pain.",
    "Vendors say kratom, unlike opioids, cures pain, but no trial shows it.",
    "Kratom, unlike what sellers say, cures nothing.",
    "Is kratom, unlike opioids, a cure for pain?",
    "Can kratom, unlike fentanyl, kill you?",
    "Kratom, like opioids, can be addictive.",
    "Kratom, like fentanyl, can kill you.",
    "Kratom, unlike fentanyl, can kill you if mixed with alcohol.",
    "Fans insist kratom, unlike fentanyl, can't kill you, but deaths have been reported.",
    "Kratom, unlike opioids, might not kill you.",
    "It is false that kratom, unlike opioids, cures pain.",
    "Kratom, unlike opioids, was traditionally used to treat pain.",
    "Doctors, unlike kratom vendors, treat pain responsibly.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_claim_behind_a_comparison_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_compared_hedged_or_negated_passes(checker, text):
    assert not _fired(checker, text)


def test_subject_is_the_product_before_the_comparison(checker):
    findings = [f for f in checker.check_text("Kava, just like chamomile, cures anxiety.", path="page.md")
                if f.rule == "efficacy/cure-claim"]
    assert [f.subject for f in findings] == ["kava"]
