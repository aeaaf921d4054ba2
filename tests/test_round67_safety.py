"""Safety, audit round 67: a risk stated and then denied by the writer.

A writer who states a risk and then takes it back ("Kava causes liver damage. That's a myth.", "Kratom is
addictive, which is false.", "The idea that kava harms the liver is a myth.") denies the risk: a sentence-level
safety finding (safety/risk-denied; the risk noun called fake is safety/risk-minimized, a risk question answered
"overblown" safety/risk-question-denied). Near misses: the same verdict on a benefit (a debunking), a verdict
that is itself denied or affirms the risk ("That's no myth.", "Sadly, that's true."), a myth about something
else, "which is why …" after a risk, hedged dismissals ("That may be overstated."), and a denial of a safety
claim ("Claims that kratom is non-addictive are false."). A denied risk is still a missing warning for the
document-level requirements.

All sentences are written for these tests."""
import pytest

import claimcheck


def _sentence_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "sentence"}


def _document_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "document"}


DENIED = [
    ("Kava causes liver damage. That's a myth.", "safety/risk-denied"),
    ("Kratom is addictive, which is false.", "safety/risk-denied"),
    ("Kava can harm the liver — that is simply false.", "safety/risk-denied"),
    ("Kratom is highly addictive. That is completely untrue.", "safety/risk-denied"),
    ("Kava damages your liver, which is a myth.", "safety/risk-denied"),
    ("Kratom causes dependence. This is false.", "safety/risk-denied"),
    ("Kratom can lead to addiction — that's a total myth.", "safety/risk-denied"),
    ("People say kava harms the liver. That's a myth.", "safety/risk-denied"),
    ("My doctor told me kava harms the liver. That's a myth.", "safety/risk-denied"),
    ("Kava is toxic to the liver. It's a myth.", "safety/risk-denied"),
    ("Kava damages the liver. It’s a myth.", "safety/risk-denied"),
    ("Kratom interacts with antidepressants, which is simply untrue.", "safety/risk-denied"),
    ("Kratom is habit-forming, which is a myth.", "safety/risk-denied"),
    ("Kratom can cause serious withdrawal. Not true.", "safety/risk-denied"),
    ("Kava is hepatotoxic, which is wrong.", "safety/risk-denied"),
    ("The idea that kava harms the liver is a myth.", "safety/risk-denied"),
    ("Claims that kratom is addictive are overblown.", "safety/risk-denied"),
    ("The notion that kratom causes withdrawal is nonsense.", "safety/risk-denied"),
    ("The belief that kava damages the liver is false.", "safety/risk-denied"),
    ("Rumors that kratom is habit-forming are exaggerated.", "safety/risk-denied"),
    ("Stories that kava ruins the liver are a myth.", "safety/risk-denied"),
    ("Kratom withdrawal? It's fake.", "safety/risk-question-denied"),
    ("Forget what you've heard about kratom withdrawal: it's fake.", "safety/risk-minimized"),
    ("Kratom addiction is a myth.", "safety/risk-minimized"),
    ("Kava liver damage? That's overblown.", "safety/risk-question-denied"),
]

NOT_DENIED = [
    # the same verdict on a benefit debunks it
    "Kratom cures addiction. That's a myth.",
    "Kratom cures addiction, which is a myth.",
    "Kratom eases withdrawal, which is false.",
    "Kratom helps with opioid withdrawal, which is a myth.",
    "Kratom reduces opioid withdrawal, which is a myth.",
    "Kava protects the liver — that is simply false.",
    "Kava protects your liver. That's a myth: it has been linked to liver injury.",
    "Claims that kratom cures anxiety are overblown.",
    # a denied safety claim affirms the risk
    "Claims that kratom is non-addictive are false.",
    "Claims that kava is safe for the liver are a myth.",
    "The idea that kratom is not addictive is a myth.",
    "Sellers say kava is harmless, which is false; it can harm the liver.",
    "Kratom is not addictive, which is false: it causes dependence.",
    # the warning affirmed
    "Kava causes liver damage. That's no myth.",
    "Kava causes liver damage. That's not a myth.",
    "Turmeric causes liver damage in rare cases. That's no myth.",
    "Kratom is addictive. Sadly, that's true.",
    "Kratom is addictive, and that is not a myth.",
    "Kratom is addictive. That's a fact, not a myth.",
    "Kratom is addictive. Claims otherwise are a myth.",
    "Kava can harm the liver. That is the truth.",
    "Kava causes liver damage in rare cases. That much is true.",
    "Claims that kratom is addictive are well founded.",
    "The fear that kava harms the liver is justified.",
    "Kratom can cause withdrawal, which is not fake.",
    "Kratom withdrawal is real. Anyone who calls it fake is wrong.",
    "Kratom withdrawal is real, and fake kratom products make it worse.",
    "Kava harms the liver? That is a real concern.",
    "Kava liver damage? Overblown, but real.",
    "Kratom can cause withdrawal. Sellers say that's a myth, but it isn't.",
    "We were told kratom was addictive. That turned out to be true.",
    # "which is why …" after a risk is no verdict
    "Kratom is addictive, which is why the FDA has warned against it.",
    "Kava can harm the liver, which is why we test every batch.",
    "Kratom causes dependence. This is why you should talk to your doctor.",
    # a myth about something else
    "The idea that kava is a mushroom is a myth.",
    "Kava is a mushroom, which is false.",
    "The myth that kava is a mushroom persists, but kava can harm the liver.",
    "Kava can harm the liver. The claim that it cures anxiety is a myth.",
    # hedged dismissals, a condition, a question left open
    "Kava damages the liver. That may be overstated.",
    "Kratom is addictive. That's probably overstated.",
    "If kava harmed the liver, that would be a myth worth busting.",
    "Kratom is addictive. Is that a myth? No.",
]

SAFETY_DENIALS = {"safety/risk-denied", "safety/risk-minimized", "safety/risk-question-denied"}


@pytest.mark.parametrize("text,rule", DENIED)
def test_denied_risk_is_flagged(text, rule):
    assert rule in _sentence_rules(text)


@pytest.mark.parametrize("text", NOT_DENIED)
def test_not_a_denied_risk(text):
    assert not _sentence_rules(text) & SAFETY_DENIALS


@pytest.mark.parametrize("text,missing", [
    ("Kava causes liver damage. That's a myth.", "safety/kava-missing-safety-language"),
    ("Kava can harm the liver — that is simply false.", "safety/kava-missing-safety-language"),
    ("The idea that kava harms the liver is a myth.", "safety/kava-missing-safety-language"),
])
def test_denied_risk_is_still_a_missing_warning(text, missing):
    assert missing in _document_rules(text)


def test_affirmed_warning_satisfies_the_requirement():
    assert "safety/kava-missing-safety-language" not in _document_rules("Kava causes liver damage. That's no myth.")
