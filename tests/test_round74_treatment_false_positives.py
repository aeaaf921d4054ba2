"""efficacy/disease-treatment false positives: a use told in a clause of advice or condition ("Ask your doctor
before using turmeric to treat arthritis"), an interaction whose object is a drug named by its condition ("Kratom
reduces the effect of your anxiety medication"), and a substance that names the trade of the subject ("Kratom
vendors treat people with chronic pain"). The claims these shapes resemble still flag."""
import pytest

RULE = "efficacy/disease-treatment"


@pytest.mark.parametrize("text", [
    # advice or a condition about using it for a condition
    "Ask your doctor before using turmeric to treat arthritis.",
    "Talk to your pharmacist before taking kava to relieve anxiety.",
    "Check with a doctor before you use valerian to treat insomnia.",
    "When using ginger to relieve nausea, start with a small dose.",
    "Speak with your doctor about taking ashwagandha to manage anxiety.",
    "Consult a healthcare provider before using feverfew to prevent migraines.",
    "When taking valerian to treat insomnia, avoid driving.",
    "Before taking echinacea to fight a cold, check with your pharmacist.",
    "Before giving elderberry to your kids to fight the flu, check the sugar content.",
    "Always talk to a doctor before you start taking kratom to manage pain.",
    "Ask your pediatrician about using chamomile to ease colic.",
    "While taking St. John's wort to treat depression, avoid tanning beds.",
    "After using turmeric to reduce inflammation for a month, get your liver checked.",
    "If you are using kratom to manage chronic pain, tell your doctor.",
    "Anyone taking St. John's wort to treat depression should check for drug interactions.",
    "Anyone using kratom to quit opioids needs medical support.",
    "Those taking feverfew to prevent migraines should not stop suddenly.",
    # interactions: the object is a drug named by the condition it treats
    "Kratom reduces the effect of your anxiety medication.",
    "Goldenseal lowers the effectiveness of some blood pressure drugs.",
    "Kratom blocks the action of your pain medication.",
    "St. John's wort lowers the levels of your HIV medicine.",
    "Kratom blunts the effects of your depression meds.",
    "Ginseng reduces the action of your diabetes medication.",
    "Grapefruit juice blocks your blood pressure pills.",
    # a person or business is the subject
    "Kratom vendors treat people with chronic pain.",
    "Kratom sellers treat customers with anxiety like family.",
    "Kava bars treat regulars with social anxiety kindly.",
    "Kava shops treat customers with anxiety well.",
    "Kratom advocates fight addiction stigma.",
    "Kratom researchers treat patients with opioid use disorder.",
    "Kava bar owners treat their regulars with social anxiety like family.",
    "Kava lounges ease anxiety with live music, not just kava.",
    "Our clinic treats people with insomnia.",
    "Our practice treats people with chronic pain.",
])
def test_advice_interactions_and_agents_pass(rules_fired, text):
    assert RULE not in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Turmeric treats arthritis.",
    "Use turmeric to treat arthritis.",
    "Take kava to relieve anxiety.",
    "Kratom reduces anxiety and pain.",
    "Our kratom treats chronic pain.",
    "Try valerian to treat insomnia.",
    "Take ashwagandha daily to manage anxiety.",
    "Start taking ashwagandha to reduce anxiety.",
    "Before bed, take valerian to treat insomnia.",
    "Before a big meeting, use kava to calm anxiety.",
    "Give your kids elderberry to fight the flu.",
    "Kratom reduces the effects of withdrawal.",
    "Kava reduces the effects of anxiety.",
    "Kratom reduces the need for pain medication.",
    "Kratom cuts pain medication use in half.",
    "Kava reduces anxiety without medication.",
    "Kratom treats people with chronic pain.",
    "Our kratom capsules ease chronic pain.",
    "Kratom shots relieve back pain.",
    "Kava tea relieves anxiety.",
    "Our vendors' kratom treats chronic pain.",
    "Kratom from trusted vendors relieves pain.",
    "When you take our kava to relieve anxiety, you'll feel calm.",
    "When you use kava to treat anxiety, it works every time.",
])
def test_claims_still_flag(rules_fired, text):
    assert RULE in rules_fired(text)


@pytest.mark.parametrize("text, rule", [
    # the advice's clause ends at its comma: the main clause still claims
    ("Before using turmeric to treat arthritis, know that it cures arthritis permanently.", "efficacy/cures-anything"),
    ("When taking kava to relax, remember it is non-addictive.", "safety/non-addictive"),
    ("About using CBD to cure anxiety: it works.", "efficacy/cure-claim"),
    ("If you're taking kratom to manage pain, it is clinically proven to work.", "efficacy/evidence-overstatement"),
])
def test_claims_after_the_advice_clause_still_flag(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Before using kratom to get off opioids, talk to a doctor.",
    "When using kratom to quit heroin, taper slowly.",
])
def test_advice_about_quitting_with_kratom_passes(rules_fired, text):
    assert "efficacy/addiction-recovery" not in rules_fired(text)
