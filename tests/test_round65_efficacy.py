"""Round 65, efficacy: universality and certainty without the usual keywords, and context reading
(a reason clause is the writer's own statement, a proven cause of disease is no benefit)."""
import pytest

import claimcheck

FLAG = [
    ("Gotu kola works, period.", "efficacy/certainty"),
    ("Our moringa powder just works, full stop.", "efficacy/certainty"),
    ("Skullcap works for every sleeper.", "efficacy/certainty"),
    ("Bacopa is effective for every mind.", "efficacy/certainty"),
    ("No matter who you are, cordyceps will boost your stamina.", "efficacy/certainty"),
    ("Whoever you are, lemon balm will help you unwind.", "efficacy/certainty"),
    ("No matter what you've tried, shatavari will ease your cramps.", "efficacy/certainty"),
    ("Every single study on bacopa has shown positive results.", "efficacy/study-shows-benefit"),
    ("All the trials of cordyceps have shown impressive results.", "efficacy/study-shows-benefit"),
    ("Sip passionflower tea and insomnia simply vanishes.", "efficacy/symptom-gone|efficacy/certainty"),
    ("The evidence is overwhelming that moringa cures fatigue.", "efficacy/evidence-overstatement"),
    ("It doesn't matter who you are: moringa will boost your energy.", "efficacy/certainty"),
    ("Take bacopa each morning, so stress simply disappears.", "efficacy/certainty"),
    ("With lemon balm, worry just evaporates.", "efficacy/certainty"),
    ("Experts agree that moringa sharpens focus.", "efficacy/evidence-overstatement"),
]

PASS = [
    "This food processor works for every kitchen.",
    "We stock moringa in sizes for every budget.",
    "The bread recipe works, period.",
    "Our skullcap tea has earned overwhelmingly positive reviews.",
    "Not every study on bacopa has shown positive results.",
    "Every study on cordyceps so far has been small, and the results are mixed.",
    "No matter who you are, shipping on our moringa is free.",
    "No matter who you are, you will love the taste of this lemon balm tea.",
    "What matters most here: rest and balance.",
    "Does gotu kola work for everyone? No.",
    "Sellers say skullcap works for every sleeper, but no trial supports this.",
    "Lemon balm may help some people unwind.",
    "The evidence is overwhelming that smoking causes cancer.",
    "Experts agree that kava should be bought from a vendor who tests every batch.",
    "Herbalists agree moringa powder must be stored away from light.",
    "Doctors agree that skullcap should not be mixed with sedatives.",
    "Let the tea cool until the steam simply disappears.",
    "It doesn't matter how you brew it: our bacopa tea tastes great.",
    "Decades of research show that heavy drinking causes liver disease and can cause cancer.",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(text, rule):
    rules = [f.rule for f in claimcheck.check_text(text)]
    assert set(rule.split("|")) & set(rules), rules  # "a|b": one finding per sentence, either rule may hold it


@pytest.mark.parametrize("text", PASS)
def test_passes(text):
    findings = [f for f in claimcheck.check_text(text) if f.scope == "sentence"]
    assert not findings, [(f.rule, f.text) for f in findings]


# A reason clause ("because …", "since it …") states its content: a cue before it ("is sold as", "marketed as")
# does not hold it at a distance, so the FDA sentence counts as the document's safety language.
@pytest.mark.parametrize("reason", [
    "Kratom is sold as a novelty because it is not approved by the FDA for any medical use.",
    "Kratom is sold as a novelty since it is not approved by the FDA for any medical use.",
    "Kratom is marketed as incense because the FDA has not approved it for any medical use.",
])
def test_reason_clause_is_stated(reason):
    text = f"Kratom can cause dependence and withdrawal.\n\n{reason}\n"
    missing = [f for f in claimcheck.check_text(text) if f.rule == "safety/kratom-missing-safety-language"]
    assert not missing, [f.message for f in missing]


@pytest.mark.parametrize("text", [
    "Kratom has been sold as a novelty since 2015, though it is not approved by the FDA for any medical use.",
])
def test_temporal_since_changes_nothing(text):
    text = f"Kratom can cause dependence and withdrawal.\n\n{text}\n"
    assert not [f for f in claimcheck.check_text(text) if f.rule == "safety/kratom-missing-safety-language"]


# A modal hedge does not reach into the reason it gives; an attribution of a whole clause reports its reason too.
@pytest.mark.parametrize("text,flagged", [
    ("Bacopa may sharpen your memory because it cures dementia.", True),
    ("Some people find bacopa calming because it cures anxiety.", False),
    ("Sellers claim moringa is harmless because it is non-addictive.", False),
    ("Some users say kratom helped them because it eases withdrawal.", False),
])
def test_reason_clause_after_hedge_or_report(text, flagged):
    findings = [f for f in claimcheck.check_text(text) if f.scope == "sentence"]
    assert bool(findings) is flagged, [(f.rule, f.text) for f in findings]
