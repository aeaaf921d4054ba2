"""Myth-busting and fact-check formats, audit round 140: a claim filed under a myth label ("Myth #3 — …",
"Myth 5) …", "Myth No. 4: …", "Top 5 kratom myths: 1) …, 2) …", "Fake news: …", "Busted: …", "❌ …") is set
out to be corrected, not made; a label that is no distancing frame ("Myth-busting fact: …", "Myths and facts:
…", "Mythic results: …", "Fact: …", "✅ …") leaves the claim standing. See annotate._myth_label_cues.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


def _all_rules(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path)}


FLAGGED = [
    ("Myth-busting fact: kava cures anxiety.", "efficacy/cure-claim"),
    ("The biggest myth is that kava is unsafe — it's completely safe.", "safety/absolute-safety"),
    ("Mythic results: kava cures anxiety.", "efficacy/cure-claim"),
    ("Fact: kava cures anxiety.", "efficacy/cure-claim"),
    ("✅ Kava is completely safe.", "safety/absolute-safety"),
    ("✔ Kratom cures opioid addiction.", "efficacy/cure-claim"),
    ("Truth: kratom is completely harmless.", "safety/absolute-safety"),
    ("Myth or not, kratom cures addiction.", "efficacy/cure-claim"),
    ("Believe it or not, kava cures anxiety.", "efficacy/cure-claim"),
    ("Busting myths since 2010: our kava cures anxiety.", "efficacy/cure-claim"),
    ("Myths aside, ashwagandha cures insomnia.", "efficacy/cure-claim"),
    ("Fact #3: CBD has no side effects.", "safety/no-side-effects"),
    ("Not a myth: kava is completely safe.", "safety/absolute-safety"),
    ("Myths and facts: kava is completely safe.", "safety/absolute-safety"),
    ("Myth vs fact: kava cures anxiety.", "efficacy/cure-claim"),
    ("Our myth-free promise: kava cures anxiety.", "efficacy/cure-claim"),
    ("Rumors aside, kava is completely safe.", "safety/absolute-safety"),
    ("Myth busters agree: kava cures anxiety.", "efficacy/cure-claim"),
    ("Kava cures anxiety — true!", "efficacy/cure-claim"),
    ("Kava is completely safe. Verdict: true.", "safety/absolute-safety"),
    # a myth heading over a paragraph that is no list item under it
    ("# Kava\n\n## Myths and facts\n\nKava is completely safe for everyone.\n", "safety/absolute-safety"),
    ("## Kava myths\n\nMyth 1 — kava is a mushroom. It's a root drink.\n\nKava cures anxiety.\n", "efficacy/cure-claim"),
]

PASSING = [
    'MYTH #3 — "Kava cures anxiety." The truth: small trials suggest a modest effect at best.',
    'Myth 5) "Kava is completely safe."',
    "Top 5 kratom myths: 1) it's harmless, 2) it cures addiction, 3) it's an opioid.",
    "Fake news: kava cures anxiety.",
    "Myth #4: Kratom is non-addictive.",
    "5. MYTH: CBD has no side effects.",
    'Debunked: "Reishi cures cancer."',
    "Claim: CBD has no side effects. Verdict: False.",
    "Myth: Kratom is completely safe. Fact: it can cause dependence.",
    "Myth 2 — kratom cures opioid addiction.",
    "MYTH 2 — Kava has no side effects.",
    "Myth No. 4: CBD cures epilepsy in everyone.",
    "Myth no. 7: ashwagandha cures insomnia.",
    "Myth #12: chaga cures cancer.",
    "Myth 3. Kratom is harmless.",
    "Myth (3): kava is completely safe.",
    "Myth number 6: kava is completely safe.",
    "Hoax: chaga cures cancer.",
    "False claim: kratom is non-addictive.",
    "Rumor: CBD has no side effects.",
    "Urban legend: kratom is harmless.",
    "Misinformation: kratom is completely safe.",
    "Busted: kratom cures opioid addiction.",
    "Fake: reishi cures cancer.",
    "Not true: CBD has no side effects.",
    "False: chaga cures cancer.",
    "❌ Kava is completely safe.",
    "❌ Kratom cures addiction.",
    "Kava cures anxiety — FALSE.",
    '"Kratom is harmless" (Busted)',
    "Kava cures anxiety. Verdict: myth.",
    "Kratom is non-addictive — MYTH.",
    "Kava has no side effects (False).",
    "Another common myth: kratom is non-addictive.",
    "The biggest kava myth — it has no side effects.",
    "Kratom myth #2: it's completely harmless.",
    "1) Myth: kava has no side effects.",
    "- Myth 4 — ashwagandha cures anxiety.",
    "Four kava myths: it's completely safe, it cures anxiety, it tastes bad.",
    "Common CBD myths: CBD has no side effects; CBD cures epilepsy.",
    "# Kratom facts\n\n## Common myths\n\n- Kratom is completely harmless.\n- Kratom cures opioid addiction.\n",
    "Top 5 kratom myths:\n\n1. It's harmless.\n2. It cures addiction.\n3. It's not addictive.\n",
    "MYTH 3 — Kava cures anxiety.\nFACT — Small trials suggest kava may ease mild anxiety for some people.\n",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_claims_outside_a_myth_frame_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_claims_filed_as_myths_pass(checker, text):
    assert _fired(checker, text) == set()


# A myth list does not supply the warning a document needs: the warning filed as a myth is denied.
def test_a_warning_filed_as_a_myth_does_not_satisfy_the_requirement(checker):
    text = ("Myth #1: Kratom can cause dependence and withdrawal symptoms.\n"
            "Myth #2: The FDA has not approved kratom for any medical use and has warned against it.\n")
    assert "safety/kratom-missing-safety-language" in _all_rules(checker, text)


def test_a_myth_list_with_the_real_warning_satisfies_it(checker):
    text = ("Top kratom myths:\n\n- Kratom is harmless.\n- Kratom cures addiction.\n\n"
            "Kratom can cause dependence, and people who stop after regular use can have withdrawal symptoms. "
            "The FDA has not approved kratom for any medical use and has warned consumers not to use it.\n")
    rules = _all_rules(checker, text)
    assert "safety/kratom-missing-safety-language" not in rules
    assert _fired(checker, text) == set()
