"""Leftovers of earlier rounds, audit 133 (theme: leftovers two).

1. A label line that names its product for whom or what it is ("CBD for dogs: relieves arthritis pain") still takes
   the product as the subject of an inflected verb after the colon; a topic line after it ("CBD for dogs: what
   owners should know", "Kava for beginners: how to prepare it") is no claim.
2. Professional endorsement: part of a profession is no consensus ("some vets recommend …"); one patient's own doctor,
   pharmacist or naturopath who recommended something is no seal ("my doctor recommended we stop …"); every
   profession's seal counts with or without the hyphen ("pediatrician approved", "physician recommended").
   "Dermatologist tested" is a skin-irritation test, no claim of benefit.
3. The substance as the object of its own stopping ("stop kratom slowly to ease withdrawal") is no subject of the
   purpose or result after it.
4. A hedge, attribution or rebuttal after the product an imperative names governs the imperative ("Fight the flu with
   elderberry, or so the label says").
5. A name after "and" with a finite verb of its own opens a new clause and is no subject of the imperative before it
   ("Beat insomnia, and valerian tea tastes nice too").
6. A reflexive object after an enabling verb and a body part stands for the body part ("Sea moss lets your thyroid
   heal itself").

All texts are written for these tests."""
import pytest

import claimcheck


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "sentence"}


FLAGGED = [
    # 1. label lines named for an audience or a use
    ("CBD for dogs: relieves arthritis pain and stops seizures.", "efficacy/disease-treatment"),
    ("CBD for anxiety: calms nerves and ends panic attacks.", "efficacy/disease-treatment"),
    ("Kava for sleep: cures insomnia in one night.", "efficacy/cure-claim"),
    ("Turmeric for joints: reverses arthritis damage.", "efficacy/cure-claim"),
    ("Turmeric for dogs: cures arthritis naturally.", "efficacy/cure-claim"),
    ("Elderberry syrup for kids: shortens colds by days.", "efficacy/disease-treatment"),
    ("CBD: relieves arthritis pain.", "efficacy/disease-treatment"),
    # 2. professional seals, either spelling
    ("Our CBD chews are pediatrician approved.", "efficacy/evidence-overstatement"),
    ("This turmeric blend is doctor approved.", "efficacy/evidence-overstatement"),
    ("Our kava tincture is physician recommended.", "efficacy/evidence-overstatement"),
    ("A pharmacist-formulated elderberry syrup for the family.", "efficacy/evidence-overstatement"),
    ("This is our doctor approved formula.", "efficacy/evidence-overstatement"),
    ("Vets recommend CBD for arthritis.", "efficacy/expert-endorsement"),
    ("Pediatricians recommend elderberry syrup for colds.", "efficacy/expert-endorsement"),
    # 3. using the substance stays a claim
    ("You can use kratom to ease withdrawal.", "efficacy/disease-treatment"),
    ("Take kratom to ease withdrawal.", "efficacy/disease-treatment"),
    ("Switch to kratom to ease withdrawal.", "efficacy/disease-treatment"),
    ("Stop suffering: kratom eases withdrawal.", "efficacy/disease-treatment"),
    # 4. imperatives without a cue after them
    ("Fight the flu with elderberry.", "efficacy/disease-treatment"),
    ("Fight the flu with elderberry, and rest well.", "efficacy/disease-treatment"),
    ("Beat anxiety with kava, as thousands of customers can confirm.", "efficacy/disease-treatment"),
    ("Beat anxiety with kava, no pills needed.", "efficacy/disease-treatment"),
    ("Kava eases anxiety, but it won't help everyone.", "efficacy/disease-treatment"),
    ("Kratom eases withdrawal, but it won't cure addiction.", "efficacy/disease-treatment"),
    # 5. the product in the imperative's own clause
    ("Beat insomnia with valerian tea.", "efficacy/disease-treatment"),
    ("Fight the flu with rest and elderberry syrup.", "efficacy/disease-treatment"),
    ("Beat anxiety with kava and chamomile.", "efficacy/disease-treatment"),
    ("Beat insomnia, and our valerian tea makes it easy.", "efficacy/disease-treatment"),
    ("Beat the flu with zinc and elderberry gummies.", "efficacy/disease-treatment"),
    # 6. reflexive objects
    ("Sea moss lets your thyroid heal itself.", "efficacy/cure-claim"),
    ("Turmeric lets your joints heal themselves.", "efficacy/cure-claim"),
    ("Lion's mane allows your brain to repair itself.", "efficacy/cure-claim"),
    ("Chaga enables your liver to regenerate itself.", "efficacy/cure-claim"),
]

PASSED = [
    # 1. topic lines
    "CBD for dogs: what owners should know",
    "Kava for beginners: how to prepare it",
    "Dosage for dogs: 1 mg per kg",
    "CBD for dogs: may ease arthritis pain, though evidence is thin.",
    "Kava for sleep: does it work?",
    "CBD for cats: not proven to stop seizures.",
    "Turmeric for joints: what the research says",
    "Kratom for pain: what the FDA says",
    "Ashwagandha for women: benefits and risks",
    "Treatments for anxiety: kava relieves it, some users say.",
    "Living with anxiety: treats and snacks that help",
    # 2. part of a profession, one patient's doctor, a skin test
    "Some vets recommend CBD for arthritis, though evidence is limited.",
    "Some pediatricians recommend elderberry syrup for colds.",
    "Few vets recommend kava for dogs.",
    "Not all vets recommend CBD for seizures.",
    "My doctor recommended we stop the turmeric capsules.",
    "Our doctor approved the ashwagandha.",
    "Our naturopath recommended elderberry for my son.",
    "Her pharmacist recommended a lower dose of the valerian.",
    "This face cream is dermatologist tested.",
    "Is this CBD oil pediatrician approved?",
    "Our CBD chews are not pediatrician approved.",
    # 3. stopping the substance
    "You can stop kratom gradually to ease withdrawal.",
    "Stop kratom slowly to ease withdrawal.",
    "Cutting back on kava gradually reduces rebound anxiety.",
    "Tapering kratom over two weeks eases withdrawal.",
    "Tapering off kratom eases withdrawal.",
    "Weaning off your kratom slowly reduces withdrawal symptoms.",
    # 4. a cue after the imperative's product
    "Fight the flu with elderberry, or so the label says.",
    "Fight the flu with elderberry syrup, or so the label says.",
    "Fight the flu with elderberry, allegedly.",
    "Beat anxiety with kava, some users say.",
    "Treat a cold with echinacea, though the evidence is thin.",
    "Cure your insomnia with valerian, at least according to the seller.",
    "Treat a cold with echinacea, but it won't make it any shorter.",
    "Echinacea treats a cold, but it won't make it any shorter.",
    "Kava calms nerves, though it doesn't actually work.",
    "Beat the flu with elderberry, but it won't help.",
    # 5. a new clause after "and"
    "Beat insomnia, and valerian tea tastes nice too.",
    "Manage anxiety with breathing exercises and kava is not needed.",
    "Beat stress with exercise, and ashwagandha smells earthy.",
    "Treat headaches with rest, and turmeric is a spice.",
    # 6. reflexives hedged, asked, negated, attributed, or of no substance
    "Sea moss may help your thyroid heal itself.",
    "Rest lets your body heal itself.",
    "Does sea moss let your thyroid heal itself?",
    "Sea moss does not let your thyroid heal itself.",
    "Some claim sea moss lets your thyroid heal itself, but there is no evidence.",
    "Quitting kratom lets your brain heal itself.",
    "The thyroid can heal itself after you stop taking sea moss.",
    "Turmeric heals itself.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text", PASSED)
def test_passed(text):
    assert not {r for r in _rules(text) if r.startswith("efficacy/")}, text
