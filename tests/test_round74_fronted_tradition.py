"""A fronted tradition or usage modifier, audit round 156.

A participial phrase that opens the sentence and ends at a comma before the main clause's subject ("Used for
centuries in Ayurveda, ashwagandha …", "Traditionally used for pain, kratom …", "Long used in Chinese medicine,
reishi …") describes that subject; the main clause is the writer's own statement. The tradition hedge it holds
reaches its comma only (annotate._fronted_modifier_end, `tradition_fronted_*` in rules/context.yaml), so a cure,
evidence or safety claim in the main clause is a finding.

Still passing: a tradition that frames the whole clause ("Traditionally, kava is used to treat anxiety",
"In Ayurveda, …", "According to tradition, …"), a claim inside the modifier itself ("Used for centuries to cure
anxiety, kava is popular in Fiji"), and main clauses that are hedged, negated, questions, attributed and distanced,
or plain descriptions.

All texts are written for these tests."""
import pytest

import claimcheck

CURE = "efficacy/cure-claim"
TREAT = "efficacy/disease-treatment"
DRUG = "efficacy/drug-comparison"
PROVEN = "efficacy/evidence-overstatement"
SAFE_ALTERNATIVE = "safety/safe-alternative"
ABSOLUTE_SAFETY = "safety/absolute-safety"
SAFETY_RECORD = "safety/tradition-safety-record"


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "sentence"}


FLAGGED = [
    ("Used for centuries in Ayurveda, ashwagandha cures anxiety.", CURE),
    ("Traditionally used for pain, kratom eliminates withdrawal symptoms.", TREAT),
    ("Long used in Chinese medicine, reishi reverses diabetes.", CURE),
    ("Used for thousands of years to treat diabetes, bitter melon is nature's insulin.", DRUG),
    ("Used for generations in Fiji, kava heals insomnia.", CURE),
    ("Historically used in folk medicine, St. John's wort cures depression.", CURE),
    ("Used since ancient times, this herb reverses diabetes.", CURE),
    ("Traditionally used in Ayurveda, organic ashwagandha cures anxiety.", CURE),
    ("Prescribed in TCM for centuries, reishi reverses diabetes.", CURE),
    ("Used for millennia in TCM, reishi is clinically proven to boost immunity.", PROVEN),
    ("Used for hundreds of years in Southeast Asia, kratom is a safe alternative to opioids.", SAFE_ALTERNATIVE),
    ("Used for centuries in Fiji, kava is completely safe.", ABSOLUTE_SAFETY),
    ("Used safely for centuries, kava has no side effects.", SAFETY_RECORD),
    # already flagged before: a fronted modifier that is no tradition hedge
    ("Prized by ancient healers, turmeric heals arthritis.", CURE),
    ("Revered by Pacific islanders for generations, kava is completely safe.", ABSOLUTE_SAFETY),
]

PASSING = [
    # the tradition framing the whole clause
    "Traditionally, kava is used to treat anxiety.",
    "In Ayurveda, ashwagandha is used to calm the mind.",
    "Kava has been used for centuries to treat anxiety.",
    "Ashwagandha was used to treat anxiety in ancient India.",
    # the claim inside the modifier, which stays hedged
    "Used for centuries to cure anxiety, kava is popular in Fiji.",
    # the main clause about the evidence or the tradition itself
    "Used for centuries to calm the mind, ashwagandha is now being studied for stress.",
    "Traditionally used to treat diabetes, bitter melon has limited evidence.",
    "Traditionally used to treat pain, kratom has not been approved by the FDA.",
    # hedged, negated, questions, attributed and distanced
    "Used for centuries in Ayurveda, ashwagandha may help with stress.",
    "Used for generations in Fiji, kava might ease anxiety, though evidence is limited.",
    "Used for centuries in Ayurveda, ashwagandha reportedly eases stress.",
    "Used for centuries to treat pain, kratom does not cure withdrawal.",
    "Long used in Chinese medicine, reishi has not been shown to reverse diabetes.",
    "Used for centuries in Ayurveda, does ashwagandha cure anxiety?",
    "Traditionally used for pain, kratom is said to ease withdrawal, but no trial supports this.",
    # plain descriptions
    "Used for thousands of years in Pacific ceremonies, kava is a social drink.",
    "Used for centuries in Ayurveda, ashwagandha is an adaptogen.",
    "Used for centuries in TCM, reishi is a mushroom.",
    "Used for thousands of years in Fiji, kava is now widely sold in the US.",
    "Used for centuries to treat colds, elderberry is still popular.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    assert _rules(text) == set()
