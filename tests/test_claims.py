"""Efficacy and sentence-level safety rules, with the context cues that exempt a claim.

Each case is a sentence written for these tests; near misses sit beside the hits."""
import pytest

FLAGGED_EFFICACY = [
    ("Our rhodiola capsules are clinically proven to lift energy.", "efficacy/evidence-overstatement"),
    ("Research confirms that valerian deepens sleep.", "efficacy/evidence-overstatement"),
    ("Trials have demonstrated that echinacea shortens colds.", "efficacy/evidence-overstatement"),
    ("This maca tonic is backed by science.", "efficacy/evidence-overstatement"),
    ("Doctors agree: ginger is the smartest pantry staple.", "efficacy/evidence-overstatement"),
    ("Ginkgo reverses memory loss in older adults.", "efficacy/cure-claim"),
    ("Chaga heals your gut from within.", "efficacy/cure-claim"),
    ("Our valerian tincture treats insomnia.", "efficacy/disease-treatment"),
    ("Kratom eliminates opioid cravings.", "efficacy/disease-treatment"),
    ("Elderberry prevents the flu.", "efficacy/disease-treatment"),
    ("This formula knocks out colds overnight.", "efficacy/disease-treatment"),
    ("Moringa: the natural cure for diabetes.", "efficacy/cure-noun"),
    ("Lion's mane works for everyone.", "efficacy/certainty"),
    ("Passionflower calms you every single time.", "efficacy/certainty"),
    ("Results guaranteed or your money back.", "efficacy/certainty"),
    ("Spirulina significantly improves stamina.", "efficacy/certainty"),
    ("Turmeric, the miracle root, is back in stock.", "efficacy/certainty"),
    ("Rhodiola amplifies ashwagandha's calming effect.", "efficacy/combination-synergy"),
    ("The synergy of reishi and chaga powers our blend.", "efficacy/synergy"),
    ("Kanna is as effective as Zoloft for low mood.", "efficacy/drug-comparison"),
]

PASSING_EFFICACY = [
    "Rhodiola has not been clinically proven to lift energy.",
    "Preliminary research suggests valerian may deepen sleep.",
    "There is no good evidence that ginkgo reverses memory loss.",
    "Can elderberry prevent the flu? The trials so far are small.",
    "If a label says it treats insomnia, be skeptical.",
    "Sellers claim chaga heals the gut, but no trial supports that.",
    "Echinacea has been studied for colds, with mixed results.",
    "Some people report that passionflower helps them unwind.",
    "Kratom is being studied as a possible aid for opioid withdrawal.",
    "No supplement works for everyone.",
    "Nobody knows whether rhodiola amplifies ashwagandha's effects.",
    "Turmeric may help with joint comfort.",
    "We will not tell you that moringa cures diabetes.",
    "Higher intake was associated with lower rates of depression in this cohort.",
]

FLAGGED_SAFETY = [
    ("Our valerian drops have zero side effects.", "safety/no-side-effects"),
    ("Unlike sleeping pills, passionflower is non-habit-forming.", "safety/non-addictive"),
    ("All of the relief, without the risk of addiction.", "safety/non-addictive"),
    ("Kratom is completely safe.", "safety/absolute-safety"),
    ("Blue lotus is harmless, so steep away.", "safety/absolute-safety"),
    ("Ginkgo plays nice with blood thinners.", "safety/safe-combination"),
    ("Valerian is safe to take with your sleeping pills.", "safety/safe-combination"),
    ("You can't overdose on chamomile.", "safety/no-overdose"),
    ("It's 100% natural, so it's safe.", "safety/natural-means-safe"),
    ("Kratom is a safe alternative to opioids.", "safety/safe-alternative"),
    ("Is valerian habit-forming? Nope.", "safety/risk-question-denied"),
]

PASSING_SAFETY = [
    "Kava is not risk-free.",
    "Natural doesn't mean safe.",
    "It isn't safe to combine kava with alcohol.",
    "Kratom is often marketed as a 'safe alternative to opioids', a claim the FDA rejects.",
    "Anyone promising 'no side effects' is selling something.",
    "Kratom is not 'non-addictive': regular use can lead to dependence.",
    "Is valerian habit-forming? It can be, with long use.",
    "Kava has been linked to liver injury.",
]


@pytest.mark.parametrize("text, rule", FLAGGED_EFFICACY + FLAGGED_SAFETY)
def test_claim_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", PASSING_EFFICACY)
def test_responsible_efficacy_language_passes(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", PASSING_SAFETY)
def test_responsible_safety_language_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


def test_question_answered_yes_is_a_claim(rules_fired):
    assert "efficacy/cure-claim" in rules_fired("Can turmeric cure arthritis? Absolutely.")
    assert not rules_fired("Can turmeric cure arthritis? Nobody knows yet.", "efficacy")


def test_finding_names_subject_and_carries_correction(checker):
    [finding] = [f for f in checker.check_text("Echinacea knocks out colds.") if f.category == "efficacy"]
    assert finding.subject == "echinacea"
    assert finding.text == "Echinacea knocks out colds"  # the claim with its subject
    assert "echinacea" in finding.message.lower()
    assert finding.correction


def test_safe_fix_for_evidence_overstatement(checker):
    text = "Our maca is clinically proven to boost stamina."
    [finding] = [f for f in checker.check_text(text) if f.rule == "efficacy/evidence-overstatement"]
    assert finding.fix is not None
    fixed = text[: finding.fix.start] + finding.fix.replacement + text[finding.fix.end:]
    assert "proven" not in fixed
