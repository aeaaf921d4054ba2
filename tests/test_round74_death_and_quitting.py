"""Round 74: deaths blamed wholly on other drugs, dependence dismissed by the ease of stopping, risks reduced to one trivial item."""

import pytest

from claimcheck.engine import Checker


@pytest.fixture(scope="module")
def checker():
    return Checker()


def _rules(checker, text):
    return {f.rule for f in checker.check_text(text) if f.scope == "sentence"}


FLAG = [
    ("Kratom deaths are always due to other drugs.", "safety/harm-blamed-elsewhere"),
    ("Every so-called kratom death involved other drugs.", "safety/harm-blamed-elsewhere"),
    ("The reported kratom deaths were really caused by fentanyl, not kratom.", "safety/harm-blamed-elsewhere"),
    ("All of the kratom deaths came from mixing it with opioids.", "safety/harm-blamed-elsewhere"),
    ("Each kratom death on record was due to fentanyl.", "safety/harm-blamed-elsewhere"),
    ("Those deaths had nothing to do with kratom.", "safety/harm-blamed-elsewhere"),
    ("It was the fentanyl, not the kratom.", "safety/harm-blamed-elsewhere"),
    ("Every death linked to kava was caused by other drugs.", "safety/harm-blamed-elsewhere"),
    ("The liver failures were caused by acetone extracts, not kava.", "safety/harm-blamed-elsewhere"),
    ("CBD deaths are always due to other drugs.", "safety/harm-blamed-elsewhere"),
    ("Kratom had nothing to do with those deaths.", "safety/harm-blamed-elsewhere"),
    ("Fentanyl, not kratom, killed him.", "safety/harm-blamed-elsewhere"),
    ("It was the heroin, not the kratom, that killed him.", "safety/harm-blamed-elsewhere"),
    ("It was the alcohol, not the kava, that hurt his liver.", "safety/harm-blamed-elsewhere"),
    ("Kratom overdoses are always caused by adulterants.", "safety/harm-blamed-elsewhere"),
    ("The overdoses were caused by heroin, not kratom.", "safety/harm-blamed-elsewhere"),
    ("You can quit kava anytime with no rebound anxiety.", "safety/non-addictive"),
    ("You can stop kratom whenever you want.", "safety/non-addictive"),
    ("Kratom is easy to walk away from.", "safety/non-addictive"),
    ("You can quit kratom any time you like.", "safety/non-addictive"),
    ("Walking away from kratom is easy.", "safety/non-addictive"),
    ("Kratom is something you can quit at any time.", "safety/non-addictive"),
    ("Users can always drop kratom at will.", "safety/non-addictive"),
    ("Giving up kava is a breeze.", "safety/non-addictive"),
    ("Kava is simple to give up.", "safety/non-addictive"),
    ("Kratom is a habit you can stop taking whenever you like.", "safety/non-addictive"),
    ("Kratom is great. You can put it down any time.", "safety/non-addictive"),
    ("At worst, kratom might upset your stomach.", "safety/only-side-effect"),
    ("Kava hangovers are the only downside.", "safety/only-side-effect"),
    ("At worst, kava leaves you a little drowsy.", "safety/only-side-effect"),
    ("A numb tongue is the only side effect of kava.", "safety/only-side-effect"),
    ("Constipation is kratom's only real risk.", "safety/only-side-effect"),
]

PASS = [
    "Most kratom-related deaths involved other substances.",
    "Many deaths involved other drugs, but kratom was a cause in most of them.",
    "Kratom deaths often involve fentanyl; never mix them.",
    "The CDC found that most decedents had also taken fentanyl.",
    "Not all kratom deaths involved other drugs.",
    "Were all kratom deaths due to other drugs?",
    "Vendors say every kratom death involved other drugs, but the CDC disagrees.",
    "It is false that every kratom death involved other drugs.",
    "Almost all kratom deaths involved other drugs, and kratom was a cause in most.",
    "All the hospitalizations were caused by contaminated kratom.",
    "It was the kratom, not the fentanyl.",
    "Every kratom death is a tragedy, and many involved other drugs.",
    "The deaths were caused by kratom, not other drugs.",
    "All of the deaths involved kratom and other drugs, the CDC found.",
    "It was the alcohol, not the kava, that made the party fun.",
    "Alcohol, not kava, is the drink of choice here.",
    "All the kava cups came from Fiji, not Vanuatu.",
    "Kratom deaths almost always involve other drugs.",
    "Every kratom vendor involved in the recall was contacted.",
    "You can stop taking it if you notice side effects.",
    "Stop using kava if you notice yellowing skin.",
    "Talk to your doctor before you stop.",
    "Some people find it hard to stop.",
    "You can cancel your subscription anytime.",
    "Kratom subscribers can quit anytime.",
    "You can stop taking kava at any time if you notice side effects.",
    "You can stop kratom whenever you want, but taper slowly to avoid withdrawal.",
    "You can't just stop kratom whenever you want.",
    "Can you stop kratom whenever you want?",
    "Kratom is not easy to walk away from.",
    "Kratom powder is easy to get off your clothes.",
    "Our kratom capsules are easy to give away as gifts.",
    "It's easy to get off track with kava dosing.",
    "Kava drinkers can stop at any time to rest.",
    "You can drop off your kava bowl at any time.",
    "You can quit the kava circle whenever you like.",
    "You can put the kava bowl down any time.",
    "The only downside is the taste.",
    "At worst, you wasted $20.",
    "At worst, the shipping takes a week.",
    "Nausea is not the only side effect of kratom; it can cause dependence.",
    "Is a numb tongue the only side effect of kava?",
    "Headaches are the only downside I noticed with kava.",
    "The price is the only downside of this kratom.",
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(checker, text, rule):
    assert rule in _rules(checker, text)


@pytest.mark.parametrize("text", PASS)
def test_passes(checker, text):
    assert _rules(checker, text) == set()
