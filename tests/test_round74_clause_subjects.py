"""Clause subjects, audit round 137: the subject of a main clause is not looked for inside the introductory
subordinate clause before it ("If you use it daily, taper slowly … to reduce withdrawal", "When you stop kratom,
drink water and rest to ease withdrawal"), while a subject after the comma ("If you have insomnia, valerian cures
it") and an imperative's product ("If you're in pain, reach for kratom to relieve it") still make a claim.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("If you have insomnia, valerian cures it.", "efficacy/cure-claim"),
    ("When anxiety strikes, kava calms it within minutes.", "efficacy/disease-treatment"),
    ("If you suffer from arthritis, our turmeric relieves the pain.", "efficacy/disease-treatment"),
    ("If you take kratom daily, it eases withdrawal.", "efficacy/disease-treatment"),
    ("If you want to quit opioids, try kratom to ease withdrawal.", "efficacy/disease-treatment"),
    ("If your joints ache, turmeric eliminates inflammation.", "efficacy/disease-treatment"),
    ("Since I started kava, it has cured my anxiety.", "efficacy/cure-claim"),
    ("If you struggle with cravings, kratom eliminates withdrawal.", "efficacy/disease-treatment"),
    ("When the flu hits, take elderberry to cure it.", "efficacy/cure-claim"),
    ("Once you start ashwagandha, it cures anxiety for good.", "efficacy/cure-claim"),
    ("If nothing else works, kratom cures opioid withdrawal.", "efficacy/cure-claim"),
    ("If you're in pain, reach for kratom to relieve it.", "efficacy/disease-treatment"),
    ("Whenever stress builds up, ashwagandha eliminates anxiety.", "efficacy/disease-treatment"),
    ("Honestly, if you have insomnia, valerian cures it.", "efficacy/cure-claim"),
    ("Since kratom eases withdrawal, I take it every day.", "efficacy/disease-treatment"),
    # the subject named before a mid-sentence condition is still the subject
    ("Kava, if you take it nightly, cures insomnia.", "efficacy/cure-claim"),
    ("Our tincture, if you take it nightly, cures insomnia.", "efficacy/cure-claim"),
    ("Kava is a root. If you need sleep, it cures insomnia.", "efficacy/cure-claim"),
    # a condition set between commas after the subject is an aside
    ("Kava, when taken nightly, cures insomnia.", "efficacy/cure-claim"),
    ("Kratom, if used daily, will ease withdrawal.", "efficacy/disease-treatment"),
    ("Our tincture, once you get used to the taste, relieves anxiety.", "efficacy/disease-treatment"),
    # one medicine switched for the product
    ("Switching from your antidepressant to St. John's wort is the smart move.", "efficacy/drug-substitution"),
    ("I switched over from my statin to red yeast rice and feel great.", "efficacy/drug-substitution"),
]

PASSING = [
    "Kratom is a leaf. If you use it daily, taper slowly instead of stopping all at once to reduce withdrawal symptoms.",
    "When you stop kratom, drink water and rest to ease withdrawal.",
    "If you drink kava, eat first to avoid nausea.",
    "Since I quit kratom, exercise helps my cravings.",
    "After stopping kava, sleep improved on its own.",
    "If you rely on kratom every day, cut down gradually to lessen withdrawal.",
    "When you take kava at night, avoid alcohol to protect your liver.",
    "Once you stop using kratom, walking and hot showers ease the withdrawal aches.",
    "Before you try ashwagandha, talk to your doctor to treat anxiety properly.",
    "Whenever I drink kava, meditation calms my anxiety even more.",
    "Because I take valerian, my doctor treats my insomnia differently.",
    "If you have been on St. John's wort, your doctor can treat depression with other drugs.",
    "While you take turmeric, keep using ice to relieve the pain.",
    "When I gave up kava, yoga cured my insomnia.",
    "Kratom is a leaf. If you take it nightly, stretch first to relieve back pain.",
    "Kava is a root. When you drink it, eat first to ease nausea.",
    "Kava is a root. Even if you love it, meditation calms anxiety better.",
    "For most people, if they take kratom, exercise eases withdrawal.",
    "- When you quit kava, rest helps relieve the headaches.",
    "\"If you quit kratom, ibuprofen eases the aches,\" she said.",
    "If kratom cures withdrawal, why do people relapse?",
    "Kava, when you stop it, leaves some people anxious, and meditation relieves that.",
    "I drink kava, and when I'm anxious, meditation calms me.",
    "People on kava, when they feel anxious, should ask a doctor who treats anxiety.",
    "Never try switching from your antidepressant to St. John's wort on your own.",
    "Switching from coffee to kava tea helped my sleep.",
    "My doctor switched me from my antidepressant to another one, and I still drink kava.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_main_clause_subject_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_subject_inside_introductory_clause_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}, text
