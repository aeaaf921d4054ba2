"""The writer's own doubt denies the claim after it; affirmed doubt ("no doubt", "I don't doubt") does not.
Also the spans and messages of two safety rules: the FDA-exemption claim reads to what is not needed, and a
risk question's answer is described for both kinds of answer the rule reads (a flat no, a risk confined to misuse)."""
import pytest


@pytest.mark.parametrize("text", [
    "I doubt that chaga cures cancer.",
    "I doubt chaga cures cancer.",
    "We seriously doubt that our kava is completely safe for everyone.",
    "It's doubtful that turmeric reverses arthritis.",
    "I highly doubt kratom is non-addictive.",
])
def test_the_writers_doubt_denies_the_claim(rules_fired, text):
    assert not rules_fired(text, "efficacy") and not rules_fired(text, "safety")


@pytest.mark.parametrize("text", [
    "I don't doubt that chaga cures cancer.",
    "I have no doubt that chaga cures cancer.",
    "There's no doubt that chaga cures cancer.",
    "Without a doubt, chaga cures cancer.",
    "Nobody doubts that chaga cures cancer.",
    "I doubt you'll find a better tea, and chaga cures cancer too.",
])
def test_doubt_affirmed_or_about_something_else_leaves_the_claim(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text, span", [
    ("Kratom is a natural product, so it doesn't need FDA approval.",
     "Kratom is a natural product, so it doesn't need FDA approval"),
    ("Kratom is an herb, so it doesn't need any FDA oversight.", "Kratom is an herb, so it doesn't need any FDA oversight"),
    ("Kratom is a plant, so the FDA can't regulate it.", "Kratom is a plant, so the FDA can't regulate it"),
])
def test_the_fda_exemption_claim_spans_what_is_not_needed(checker, text, span):
    [finding] = [f for f in checker.check_text(text) if f.rule == "safety/exempt-from-fda"]
    assert finding.text == span


@pytest.mark.parametrize("answer", ["No, not at all.", "Only if you abuse it."])
def test_a_risk_answer_is_described_for_both_kinds_of_answer(checker, answer):
    [finding] = [f for f in checker.check_text(f"**Is kratom addictive?**\n{answer}\n")
                 if f.rule == "safety/risk-question-denied"]
    assert "waves the risk away" in finding.message
