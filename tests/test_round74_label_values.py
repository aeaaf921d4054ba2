"""Label-and-value lines, audit round 217: a spec sheet or product card that sets a known risk out as a label with a
bare denying value ("Risk of dependence: None", "Addictive: Never", "Liver damage: none", "Seizures: none") denies the
risk; a combination question answered yes ("Mix with alcohol? Yes.") affirms it. A study's result written as a label
line ("Kava vs placebo (n=60). Adverse events: none") reports a finding; a negative label answered no ("Non-habit
forming? No.") says the product IS habit-forming; a harm denied is no condition a product ends (efficacy).

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Kratom. Risk of dependence: None.", "safety/non-addictive"),
    ("Kava — Addictive: Never.", "safety/non-addictive"),
    ("Kratom gummies — Dependence: never.", "safety/non-addictive"),
    ("Kratom. Habit forming: not at all.", "safety/non-addictive"),
    ("Kava root powder. Habit forming: never.", "safety/non-addictive"),
    ("Our kratom leaf. Addiction potential — none.", "safety/non-addictive"),
    ("Kratom. Addictive: no.", "safety/non-addictive"),
    ("Kratom capsules. Habit-forming: No.", "safety/non-addictive"),
    ("Kava. Liver damage: none.", "safety/named-harm-denied"),
    ("Kava shots. Hepatotoxicity: none.", "safety/named-harm-denied"),
    ("Noble kava. Kidney damage: none.", "safety/named-harm-denied"),
    ("Kava extract. Liver injury — never.", "safety/named-harm-denied"),
    ("Our CBD oil: zero liver damage", "safety/named-harm-denied"),
    ("Kratom. Mix with alcohol? Yes.", "safety/risk-question-affirmed"),
    ("Kava. Combine with benzodiazepines? Absolutely.", "safety/risk-question-affirmed"),
    ("Kratom. Combine with opioids? Sure.", "safety/risk-question-affirmed"),
    ("Kava — mix with alcohol? Sure.", "safety/risk-question-affirmed"),
    ("Kratom. Take with your antidepressants? Yes.", "safety/risk-question-affirmed"),
    ("Kratom: no seizures, no breathing problems", "safety/substance-harm-denied"),
    ("Amanita gummies: no poisoning", "safety/substance-harm-denied"),
    ("Amanita chocolates — zero poisoning.", "safety/substance-harm-denied"),
    ("Kratom capsules: no convulsions, no trouble breathing.", "safety/substance-harm-denied"),
    ("Our kratom capsules, with zero risk of respiratory depression.", "safety/substance-harm-denied"),
    ("Kratom tea | Respiratory depression: none", "safety/substance-harm-denied"),
    ("Kratom capsules. Side effects: none.", "safety/no-side-effects"),
    ("Kava. Adverse events: none.", "safety/no-side-effects"),
]

PASSING = [
    # a study's result as a label line
    "Serious adverse events: 0",
    "Adverse events: none in either group",
    "Withdrawal symptoms: none observed in the 8-week trial",
    "In a 12-week kratom trial with 80 participants. Serious adverse events: 0.",
    "Kratom trial (n=40). Serious adverse events: none reported.",
    "Kava extract vs placebo (n=120). Adverse events: none in either group.",
    "Placebo-controlled kava trial. Liver damage: none.",
    "Kava (n=30, 4 weeks). Adverse events: 0.",
    "Kratom vs placebo (n=40). Seizures: none.",
    # a negative label answered no
    "Non-habit forming? No.",
    "Kratom. Non-habit forming? No.",
    "Kratom. Non-habit forming: No.",
    "Kratom. Non-addictive: no.",
    "Kratom. Non habit-forming — No.",
    "Kratom. Non-addictive? No.",
    # values that warn, and labels that name no risk
    "Side effects: mild nausea, headache.",
    "Dependence: possible with daily use.",
    "Alcohol: never mix.",
    "Liver damage: rare but reported.",
    "Kava extract. Liver injury: reported in rare cases.",
    "Kratom. Addiction potential — real.",
    "Kava root powder. Habit forming: sometimes, with daily use.",
    "Returns: none",
    "Sugar: 0 g",
    "Shipping: none. Returns: none.",
    "Kratom. Risk of dependence: may be low.",
    "Kratom. Dependence risk: unknown.",
    # questions answered with a warning
    "Is kratom habit-forming? Yes.",
    "Kratom. Is it habit-forming? Yes.",
    "Kratom. Mix with alcohol? Never.",
    "Kratom. Mix with alcohol? No.",
    "Kratom. Mix with alcohol? Not recommended.",
    "Kratom. Mix with alcohol? Yes, but ask your doctor.",
    "Kava. Take with Xanax? No, ask your doctor.",
    "Kava. Mix with juice? Yes.",
    "Kava. Mix with alcohol?",
    # named harms said of something else, found in a study, or warned of
    "CBD oil: no seizures since March.",
    "Kratom: no seizures were reported in this small study.",
    "Kratom capsules: can cause seizures at high doses.",
    "Amanita chocolates — poisoning possible.",
    "Kratom may cause no seizures at low doses.",
    "Our kratom is sold only to adults with no seizure history.",
    "Kava: no seizures",
    "Some vendors claim kratom has no withdrawal.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_label_values_flag(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_label_values_pass(checker, text):
    assert not _fired(checker, text)


def test_harm_denied_is_no_condition_farewell(checker):
    fired = _fired(checker, "Our CBD oil: zero liver damage")
    assert "efficacy/condition-farewell" not in fired
    assert "efficacy/condition-farewell" in _fired(checker, "Tried our valerian drops. Zero insomnia.")
