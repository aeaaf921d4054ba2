"""Efficacy, audit round 69 (audit86): measured outcomes, study counts and approved drugs.

A benefit stated as a change in a measured body marker ("raises testosterone", "doubles your sperm count",
"lowers cortisol"), a study count in a passive ("has been shown in over 3,000 studies"), and FDA approval or
registration claimed for a product are findings. Near misses: approval said of a named prescription drug
(Epidiolex, dronabinol) or registration said of a facility, the harmful direction of a marker ("licorice raises
blood pressure"), recipes, other subjects, hedged, negated and questioned claims.

All sentences are written for these tests."""
import pytest

import claimcheck


def _efficacy_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md")
            if f.scope == "sentence" and f.category == "efficacy"}


FLAG = [
    ("Cordyceps increases VO2 max by 50%.", "efficacy/marker-effect"),
    ("Studies show cordyceps increases VO2 max by 50%.", None),
    ("Cordyceps raises testosterone levels.", "efficacy/marker-effect"),
    ("Maca doubles your sperm count.", "efficacy/marker-effect"),
    ("Ginseng boosts nitric oxide.", "efficacy/marker-effect"),
    ("Our rhodiola capsules increase your heart rate variability.", "efficacy/marker-effect"),
    ("Ashwagandha lowers cortisol.", "efficacy/marker-effect"),
    ("Our garlic capsules lower cholesterol in a month.", None),
    ("Turmeric has been shown in over 3,000 studies to benefit health.", "efficacy/study-count"),
    ("Our lion's mane is backed by dozens of clinical trials.", "efficacy/study-count"),
    ("Our CBD gummies are FDA-approved.", "efficacy/regulatory-approval"),
    ("Like Epidiolex, our CBD tincture is approved by the FDA.", "efficacy/regulatory-approval"),
    ("Our CBD is FDA registered.", "efficacy/regulatory-approval"),
    ("Our kava capsules are FDA-registered, so you know they work.", "efficacy/regulatory-approval"),
    ("This kratom extract is registered with the FDA.", "efficacy/regulatory-approval"),
]

PASS = [
    "There is one prescription CBD medicine for certain seizure disorders, Epidiolex, approved by the FDA in 2018.",
    "Epidiolex, a purified CBD oral solution, is FDA-approved for seizures linked to Dravet syndrome.",
    "Dronabinol, a synthetic THC, is FDA-approved for nausea caused by chemotherapy.",
    "The only FDA-approved CBD product is a prescription medicine called Epidiolex.",
    "Our facility is FDA-registered and follows current good manufacturing practices.",
    "Our kava is made in an FDA-registered facility.",
    "The CBD is bottled in an FDA registered, GMP-certified facility.",
    "In one small trial, VO2 max rose slightly in people taking cordyceps.",
    "A pinch of smoked paprika doubles the flavor of the stew.",
    "Exercise raises HDL cholesterol.",
    "Cordyceps does not raise testosterone levels.",
    "There is no evidence that maca doubles sperm count.",
    "Some small studies suggest cordyceps may increase VO2 max slightly.",
    "Can maca raise testosterone levels?",
    "Sleep deprivation raises cortisol levels.",
    "Adding cinnamon doubles the aroma of the latte.",
    "Sellers claim maca doubles sperm count, but no trial supports this.",
    "Our cordyceps sales doubled last year.",
    "Licorice raises blood pressure.",
    "Licorice can lower testosterone in men.",
    "Kava has been studied in a handful of small trials.",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flagged(text, rule):
    rules = _efficacy_rules(text)
    assert rules if rule is None else rule in rules, rules


@pytest.mark.parametrize("text", PASS)
def test_passes(text):
    assert not _efficacy_rules(text)
