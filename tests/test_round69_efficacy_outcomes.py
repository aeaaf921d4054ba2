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
    # evidence labels on a named botanical
    ("Evidence-based kava for everyday calm.", "efficacy/evidence-label"),
    ("Research-backed reishi to support immunity.", "efficacy/evidence-label"),
    # an emphatic fragment belongs to the claim before it
    ("Turmeric works. Period.", "efficacy/certainty"),
    ("Ashwagandha works. End of story.", "efficacy/certainty"),
    ("Our maca works! Full stop.", "efficacy/certainty"),
    # opioid and cure-all red flags
    ("Our kratom helps you kick the habit.", "efficacy/addiction-recovery"),
    ("Kratom helped me quit my addiction.", "efficacy/addiction-recovery"),
    ("Kratom is the best opioid substitute.", "efficacy/drug-substitute"),
    ("Try our kava, the natural Xanax alternative.", None),
    ("One capsule of our moringa does it all: energy, immunity, digestion and detox.", "efficacy/certainty"),
    # a benefits label naming the substance heads its list
    ("Benefits of kava:\n\n1. eliminates anxiety\n2. cures insomnia\n", "efficacy/cure-claim"),
    ("Key benefits of our ashwagandha: cures insomnia and ends anxiety.", "efficacy/cure-claim"),
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
    "Evidence-based guidance on kratom is scarce.",
    "Evidence-based kava education for bar owners.",
    "We take an evidence-based approach to kava safety.",
    "Evidence-based reviews of ashwagandha find modest effects.",
    "Turmeric may help some people. Period.",
    "She took kava during her period.",
    "Kava is not a cure. Period.",
    "This grinder works. Period.",
    "Kava before bed. Period cramps eased for some women in one small survey, but evidence is thin.",
    "Kratom is not a safe opioid substitute.",
    "Stevia is a sugar substitute, and our kava blend uses it.",
    "Methadone is an opioid substitute, and kratom is not one.",
    "Kratom itself can be a hard habit to kick.",
    "Some users report that kratom helped them kick the habit, but no trial has tested this.",
    "Our kava is a coffee alternative for the evening.",
    "This blender does it all: smoothies, soups and nut butters.",
    "Our kava bar does it all: food, music, drinks.",
    "Benefits of exercise:\n\n1. eliminates anxiety\n2. cures insomnia\n",
    "Possible benefits of kava:\n\n1. may ease anxiety\n2. may help sleep\n",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flagged(text, rule):
    rules = _efficacy_rules(text)
    assert rules if rule is None else rule in rules, rules


@pytest.mark.parametrize("text", PASS)
def test_passes(text):
    assert not _efficacy_rules(text)
