"""Safety claims whose subject or comparison object the checker did not know, audit round 74 (theme: safety subjects).

A substance with no knowledge-base entry (berberine, ibogaine, red yeast rice, willow bark, licorice in its remedy
forms) is the subject of a safer-than or no-riskier-than comparison, and the drug a "natural alternative" is sold
against (metformin, statins, Prozac, tramadol, Ozempic, antibiotics …) is its object. Licorice, red yeast rice and
willow bark are named in their remedy forms only: bare "licorice" is the candy, bare "willow" the tree, "rice" food.

Must pass: a drug compared with something else ("Metformin is safer than untreated diabetes"), questions, negations,
hedges, attributions, and the candy, the tree and the grain.

All texts are written for these tests."""
import pytest

import claimcheck


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "sentence"}


FLAGGED = [
    ("Berberine is safer than metformin.", "safety/safer-than"),
    ("Our berberine capsules are far safer than metformin.", "safety/safer-than"),
    ("Berberine is ten times safer than Ozempic.", "safety/safer-than"),
    ("Ibogaine is safer than methadone.", "safety/safer-than"),
    ("Our red yeast rice is safer than statins.", "safety/safer-than"),
    ("Red yeast rice is much safer than prescription statins.", "safety/safer-than"),
    ("White willow bark is gentler than aspirin.", "safety/safer-than"),
    ("Our willow bark extract is safer than aspirin.", "safety/safer-than"),
    ("Kratom is safer than tramadol.", "safety/safer-than"),
    ("Valerian root is gentler than zolpidem.", "safety/safer-than"),
    ("Our St. John's wort is safer than Prozac.", "safety/safer-than"),
    ("Ashwagandha is safer than sertraline.", "safety/safer-than"),
    ("Oregano oil is far safer than antibiotics.", "safety/safer-than"),
    ("Graviola is safer than chemotherapy.", "safety/safer-than"),
    ("Red yeast rice is no more dangerous than a statin.", "safety/no-riskier-than"),
    ("Berberine is no riskier than metformin.", "safety/no-riskier-than"),
    ("Our licorice tea is suitable for people with high blood pressure.", "safety/vulnerable-groups"),
    ("Our licorice tea is safe for people with high blood pressure.", "safety/vulnerable-groups"),
    ("This licorice root tea is safe for people with heart disease.", "safety/vulnerable-groups"),
    ("Our licorice extract is safe during pregnancy.", "safety/vulnerable-groups"),
    ("Our willow bark tea is safe for kids.", "safety/vulnerable-groups"),
    ("Our red yeast rice is safe for people with liver disease.", "safety/vulnerable-groups"),
]

PASSED = [
    "Metformin is safer than untreated diabetes.",
    "Metformin is safer than insulin for most people.",
    "Statins are safer than people think.",
    "Aspirin is safer than ibuprofen for some patients.",
    "Walking is safer than driving.",
    "Is berberine safer than metformin?",
    "Berberine is not safer than metformin.",
    "Berberine may be gentler than metformin for some people, but evidence is thin.",
    "Some sellers claim berberine is safer than metformin; the evidence does not support this.",
    "Is red yeast rice safer than statins?",
    "Red yeast rice is not safer than statins; it contains the same compound as lovastatin.",
    "Ibogaine is not safer than methadone; it can stop the heart.",
    "Is ibogaine safer than methadone?",
    "Licorice candy is a treat for kids.",
    "Licorice candy is safe for people with celiac disease.",
    "Our licorice-flavored gum is safe for kids.",
    "Is licorice tea safe for people with high blood pressure?",
    "Licorice tea is not safe for people with high blood pressure.",
    "Our licorice tea is not suitable for people with high blood pressure.",
    "Doctors say licorice is unsafe for people with high blood pressure.",
    "We ate rice and beans.",
    "Rice is safe for kids.",
    "The rice paper wraps are safe for kids.",
    "We sat under the willow tree by the river.",
    "The willow tree by the river is safe for kids to climb.",
    "Is white willow bark as effective as aspirin?",
    "Willow bark does not work like aspirin for everyone.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text", PASSED)
def test_passed(text):
    assert not {r for r in _rules(text) if r.startswith("safety/")}
