"""What a sentence is about, audit round 69 (helper a87): mentions and subjects.

* A name written as what a product lacks ("kava-free", "kratom-free", "non-kava") is no mention of it
  (annotate._named_absent); "kava-based", "kratom-infused", "caffeine-free kava tea" and "free kava samples" are.
* A sentence whose subject is a substance the knowledge base does not hold (rules/context.yaml
  other_substance_lexicons: "melatonin", "berberine", "magnesium glycinate") is not about the substance named
  before it (kinds/common.subject_near, topic_before); compounds and strains of a known substance ("hypericin",
  "red vein") are listed in other_substance_exceptions and change nothing.
* A substance set aside ("Unlike kratom, it …") is not the subject of its own sentence's claim either, and a
  sentence that names substances only to tell them apart ("kratom and kava are NOT the same thing", contrast_phrases)
  is passed over when a later pronoun looks for its antecedent, unless nothing came before it.
* After ", and" a fronted phrase may come before a new clause's subject (", and unlike opioids it won't get you
  hooked"): the clause ends the hedges and negations before it (new_clause_fronted).

All sentences are written for these tests."""
import pytest

import claimcheck


def _findings(text):
    return [f for f in claimcheck.check_text(text, path="post.txt")]


def _subjects(text, rule):
    return [f.subject for f in _findings(text) if f.rule == rule]


ABSENT = [
    ("Our kava-free mocktail is completely safe for kids.", "kava"),
    ("This alcohol-free, kratom-free tonic has no side effects.", "kratom"),
    ("Try our new non-kava relaxation drink. It is totally safe for everyone.", "kava"),
    ("A CBD-free gummy with no side effects at all.", "cbd"),
    ("Our kratom-free energy blend is gentle and has no side effects.", "kratom"),
]


@pytest.mark.parametrize("text, substance", ABSENT)
def test_a_name_written_as_absent_is_no_mention(text, substance):
    findings = _findings(text)
    assert all(f.subject != substance for f in findings), findings
    assert not [f for f in findings if f.rule == f"safety/{substance}-missing-safety-language"]


PRESENT = [
    ("Our kava-based mocktail is completely safe for kids.", "safety/absolute-safety", "kava"),
    ("This kratom-infused tonic has no side effects.", "safety/no-side-effects", "kratom"),
    ("Enjoy a caffeine-free kava tea. It is completely safe for kids.", "safety/absolute-safety", "kava"),
    ("Stop by for free kava samples. It is completely safe with no side effects.", "safety/absolute-safety", "kava"),
    ("Kava-free? No way. Our kava is completely safe for kids.", "safety/absolute-safety", "kava"),
]


@pytest.mark.parametrize("text, rule, substance", PRESENT)
def test_a_name_that_is_present_stays_a_mention(text, rule, substance):
    assert _subjects(text, rule) == [substance]


OTHER_SUBJECT = [
    ("Kava calms the mind. Melatonin is a safe alternative to sleeping pills.", "safety/safe-alternative"),
    ("Kava cured my panic attacks. Berberine is nature's Ozempic.", "efficacy/drug-likeness"),
    ("I have used kava for years. Magnesium glycinate has no side effects at all.", "safety/no-side-effects"),
    ("Ashwagandha is calming. Our melatonin gummies are completely safe for kids.", "safety/absolute-safety"),
    ("Kava calms the mind. Magnesium helps too. It is a safe alternative to sleeping pills.",
     "safety/safe-alternative"),
]


@pytest.mark.parametrize("text, rule", OTHER_SUBJECT)
def test_a_substance_outside_the_knowledge_base_is_the_subject(text, rule):
    assert _subjects(text, rule) == [None]


SAME_SUBJECT = [
    ("Kava calms the mind. It is a safe alternative to sleeping pills.", "safety/safe-alternative", "kava"),
    ("Kava calms the mind. Our kava is a safe alternative to sleeping pills.", "safety/safe-alternative", "kava"),
    ("I have used kava for years. Pair it with magnesium; it has no side effects at all.",
     "safety/no-side-effects", "kava"),
    ("We blend kava with magnesium. It is completely safe for kids.", "safety/absolute-safety", "kava"),
    ("St. John's wort lifts mood. Its compounds, hypericin and hyperforin, act on serotonin. "
     "It is completely safe for everyone.", "safety/absolute-safety", "st-johns-wort"),
    ("Kratom eases pain. Red vein is the calmest. It has no side effects.", "safety/no-side-effects", "kratom"),
    ("Berberine may lower blood sugar. Kava is nature's Xanax.", "efficacy/drug-comparison", "kava"),
]


@pytest.mark.parametrize("text, rule, substance", SAME_SUBJECT)
def test_the_named_substance_stays_the_subject(text, rule, substance):
    assert _subjects(text, rule) == [substance]


ANTECEDENT = [
    # a contrast sentence is passed over
    ("I love kava. First off, kratom and kava are NOT the same thing. Anyway, it's cured my insomnia too.",
     "efficacy/cures-anything", "kava"),
    ("Kava got me through a rough year. People mix up kratom and kava all the time. It cured my insomnia.",
     "efficacy/cure-claim", "kava"),
    # with nothing before it, the contrast sentence's own subject
    ("Kava is different from kratom. It is completely safe for kids.", "safety/absolute-safety", "kava"),
    # the nearest mention is still right
    ("Kava helps me relax. I also tried kratom last year. It cured my back pain.", "efficacy/cure-claim", "kratom"),
    ("Kratom is not the same as kava. Kratom cured my back pain.", "efficacy/cure-claim", "kratom"),
    # a mention set aside in the claim's own sentence
    ("I drink kava every night. Unlike kratom, it is not addictive.", "safety/non-addictive", "kava"),
]


@pytest.mark.parametrize("text, rule, substance", ANTECEDENT)
def test_the_antecedent_of_a_pronoun(text, rule, substance):
    assert _subjects(text, rule) == [substance]


NEW_CLAUSE_FLAG = [
    ("Kratom is popular. Many use it as a gentle alternative to prescription painkillers, and unlike opioids it "
     "won't get you hooked.", "safety/non-addictive"),
    ("Some people find kava relaxing, and after a week it cured my insomnia.", "efficacy/cure-claim"),
    ("Kava may help with sleep, and in my experience it is completely safe.", "safety/absolute-safety"),
    ("People take kratom for pain, and unlike opioids, it is not addictive.", "safety/non-addictive"),
]


@pytest.mark.parametrize("text, rule", NEW_CLAUSE_FLAG)
def test_a_clause_after_a_fronted_phrase_is_the_writers(text, rule):
    assert rule in {f.rule for f in _findings(text)}


NEW_CLAUSE_PASS = [
    ("Some people may find kava helps, and with time they report it has no side effects.", "safety/no-side-effects"),
    ("People use kratom to ease pain, and like it because it is not addictive.", "safety/non-addictive"),
    ("Studies suggest kava may ease anxiety, and in one trial it was well tolerated.", "safety/absolute-safety"),
]


@pytest.mark.parametrize("text, rule", NEW_CLAUSE_PASS)
def test_the_hedged_clause_goes_on(text, rule):
    assert rule not in {f.rule for f in _findings(text)}


RED_FLAG_PASS = [
    ("Guaranteed results are a red flag for supplement fraud.", "efficacy/certainty"),
    ("A miracle cure is a classic sign of supplement fraud.", "efficacy/certainty"),
    ("Promises of guaranteed results are a big red flag.", "efficacy/certainty"),
]


@pytest.mark.parametrize("text, rule", RED_FLAG_PASS)
def test_a_claim_named_as_a_mark_of_fraud_passes(text, rule):
    assert rule not in {f.rule for f in _findings(text)}


RED_FLAG_FLAG = [
    ("Kava is guaranteed to work, and fake reviews are a red flag.", "efficacy/certainty"),
    ("Our kava is guaranteed to work; a lack of reviews is a red flag.", "efficacy/certainty"),
    ("Kratom is a miracle cure for pain. Dark urine is a warning sign of liver damage.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text, rule", RED_FLAG_FLAG)
def test_a_claim_beside_a_red_flag_still_flags(text, rule):
    assert rule in {f.rule for f in _findings(text)}
