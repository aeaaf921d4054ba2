"""Appended rebuttals, audit round 74: a claim followed by its own rebuttal as a non-restrictive relative clause
or an appositive that ends its sentence ("…, which is simply false.", "…, a claim regulators reject.", "… — a claim
the FTC calls deceptive.", "…, something no study has shown.") is held at a distance, with or without a leading
attribution; an appended clause that endorses the claim or is about something else still flags.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


REBUTTED_PASSING = [
    # a relative clause judging the claim
    "According to the label, this tea cures insomnia, which is an illegal claim.",
    "The label says this tea cures insomnia, which is an unlawful claim.",
    "Kava has no side effects, which is an illegal claim.",
    "Kratom cures anxiety, which is simply false.",
    "The ad claims ashwagandha cures depression, which is untrue.",
    "Sellers say elderberry cures the flu, which is misleading.",
    "According to the brochure, reishi cures cancer, which is not true.",
    "Echinacea cures colds, which is a myth.",
    "The box says maca cures infertility, which is not supported by evidence.",
    "Ginkgo cures dementia, which is nonsense.",
    "Kava is totally safe, which is not backed by evidence.",
    "Kava is totally safe, which is simply not the case.",
    "Kava is totally safe, which is deceptive.",
    "Kava is totally safe, which is an exaggeration.",
    "The brand claims kratom cures opioid withdrawal, which is illegal.",
    "Kava cures anxiety — which is false.",
    "Kava cures anxiety (which is untrue).",
    "Kratom cures anxiety, which it doesn't.",
    "Sellers claim kava cures insomnia, which of course it doesn't.",
    # an appositive verdict
    "Ashwagandha cures depression, a false claim.",
    "Chamomile cures insomnia, an illegal claim.",
    "Kratom is non-addictive, a dangerous myth.",
    "Kava cures anxiety, which is, sadly, untrue.",
    "Reishi cures cancer, a claim the FDA has repeatedly rejected.",
    "Reishi cures cancer, claims that no clinical trial has ever supported.",
    "Kava is safe with alcohol, which the FDA calls dangerous.",
    # a claim noun with a named judge
    "The seller's website says kava has no side effects, a claim regulators reject.",
    "Kava has no side effects, a claim regulators reject.",
    "Turmeric cures arthritis, claims that regulators reject.",
    "Elderberry cures the flu, a claim scientists dispute.",
    "The ad says elderberry cures the flu — a claim the FTC calls deceptive.",
    "The ad says elderberry cures the flu, a claim the FTC called deceptive.",
    "Kava is completely safe, a claim doctors call dangerous.",
    "Sellers say reishi cures cancer, a claim science has debunked.",
    # no evidence behind it
    "Kratom is completely safe, a claim no trial supports.",
    "Turmeric cures arthritis, a claim without any evidence.",
    "Turmeric cures arthritis, something no study has shown.",
    "Turmeric cures arthritis, something no trial has ever shown.",
    "Kava is totally safe, which no study has shown.",
    # the theme's sentence-level rebuttals, unchanged
    "Marketers claim turmeric cures arthritis. The evidence says otherwise.",
    "Vendors insist kratom is non-addictive; the FDA disagrees.",
]

ENDORSED_FLAGGED = [
    ("This tea cures insomnia, which is why we love it.", "efficacy/cure-claim"),
    ("Kava has no side effects, which is great news.", "safety/no-side-effects"),
    ("Turmeric cures arthritis, a claim backed by science.", "efficacy/cure-claim"),
    ("Elderberry cures the flu, which research confirms.", "efficacy/cure-claim"),
    ("Ashwagandha cures depression, which is true.", "efficacy/cure-claim"),
    ("Kratom is completely safe, a claim we stand behind.", "safety/absolute-safety"),
    # about the sale, not the claim
    ("Kratom cures anxiety, which is illegal in some states to sell.", "efficacy/cure-claim"),
    ("Kava cures anxiety, which is illegal to sell in Poland.", "efficacy/cure-claim"),
    ("Chaga cures diabetes, which is amazing.", "efficacy/cure-claim"),
    ("Reishi cures cancer, a claim our customers confirm.", "efficacy/cure-claim"),
    # a negated verdict endorses
    ("Maca cures infertility, which is not a myth.", "efficacy/cure-claim"),
    ("Kava has no side effects, which is not false.", "safety/no-side-effects"),
    ("Kava is completely safe, which the FDA does not dispute.", "safety/absolute-safety"),
    ("Kava is completely safe, a claim regulators do not reject.", "safety/absolute-safety"),
    ("Kava is completely safe, a claim no doctor disputes.", "safety/absolute-safety"),
    ("Kratom cures anxiety, a claim no one can refute.", "efficacy/cure-claim"),
    ("Chaga cures diabetes, which no doctor would deny.", "efficacy/cure-claim"),
    ("Echinacea cures colds, something every study has shown.", "efficacy/cure-claim"),
    ("Turmeric cures arthritis, a claim every study supports.", "efficacy/cure-claim"),
    ("Chaga cures diabetes, a claim that has strong evidence behind it.", "efficacy/cure-claim"),
    ("Kava is totally safe, a claim we proudly make.", "safety/absolute-safety"),
    ("Reishi cures cancer, a claim the FDA has never rejected.", "efficacy/cure-claim"),
    ("Kava cures anxiety, a common belief.", "efficacy/cure-claim"),
    ("Kava has no side effects, a popular choice.", "safety/no-side-effects"),
    ("Ashwagandha cures depression, which is not the case for everyone but works for most.", "efficacy/cure-claim"),
    # another subject, or not the sentence's last words
    ("Reishi cures cancer, which alcohol does not.", "efficacy/cure-claim"),
    ("Kava has no side effects, which explains its popularity.", "safety/no-side-effects"),
    ("This tea cures insomnia, which is wrong to doubt.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", REBUTTED_PASSING)
def test_appended_rebuttal_distances_the_claim(checker, text):
    assert _fired(checker, text) == set()


@pytest.mark.parametrize("text,rule", ENDORSED_FLAGGED)
def test_appended_endorsement_or_unrelated_clause_still_flags(checker, text, rule):
    assert rule in _fired(checker, text)
