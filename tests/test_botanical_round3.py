"""Botanical identity, round 3: name variants, kind words inside wrong forms and names,
"=" as a headline copula, and parts named before their plant ("the leaves of the kava
plant …", "kava, whose leaves …"). Each table has its near misses beside it.

All sentences are written for these tests."""
import pytest

from claimcheck.engine import Checker


@pytest.fixture(scope="module")
def checker():
    return Checker()


@pytest.fixture(scope="module")
def check(checker):
    def run(text: str):
        return [f for f in checker.check_text(text) if f.category == "botanical"]

    return run


# Misspellings of cannabidiol (botanicals.yaml, cbd) and "leafs" as a part word.
NAME_FLAGGED = [
    ("Our canabidiol tincture is pressed from hemp seeds.", "botanical/conflation", "cbd"),
    ("Cannabidoil, a mushroom extract, settles the mind.", "botanical/wrong-kind", "cbd"),
    ("Canabidoil is cold-pressed from hemp seed.", "botanical/conflation", "cbd"),
    ("Steep a spoon of dried kava leafs for an evening tea.", "botanical/wrong-part", "kava"),
    ("These maca leafs are milled into our breakfast powder.", "botanical/wrong-part", "maca"),
    ("Our turmeric leafs are ground into a golden spice blend.", "botanical/wrong-part", "turmeric"),
]

NAME_PASSING = [
    # "cava" (a Spanish sparkling wine) is deliberately not a kava misspelling
    "Raise a glass of cava to the happy couple.",
    "Cava and mushroom croquettes were served at the reception.",
    "The cava in our cellar is made from Macabeo grapes.",
    # "Leafs" as a team name, and correct parts
    "Maple Leafs fans ordered mushroom pizza after the game.",
    "Canabidiol is extracted from the flowers of the hemp plant.",
    "Kava leafs are never used in the drink; only the root is.",
]


@pytest.mark.parametrize("text,rule,subject", NAME_FLAGGED, ids=[t[0][:40] for t in NAME_FLAGGED])
def test_flags_name_variants(check, text, rule, subject):
    findings = check(text)
    assert rule in {f.rule for f in findings}, [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


@pytest.mark.parametrize("text", NAME_PASSING, ids=[t[:40] for t in NAME_PASSING])
def test_passes_name_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text", ["Canabidiol cures seizures in every child.", "Cannabidoil cures insomnia for good."])
def test_misspelled_cannabidiol_is_a_substance_for_efficacy_rules(checker, text):
    findings = [f for f in checker.check_text(text) if f.category == "efficacy"]
    assert findings and {f.subject for f in findings} == {"cbd"}


# Kind and part words at the head of a wrong form of another substance ("flowering plant" is
# wrong for ginkgo; "tree bark" for chaga) and "shrooms", a name that is also a kind word.
KIND_FLAGGED = [
    ("Turkey tail is a flowering plant that loves damp woods.", "botanical/wrong-kind", "turkey-tail"),
    ("Reishi is a flowering plant brewed for tea.", "botanical/wrong-kind", "reishi"),
    ("Chaga, a flowering plant of the far north, is simmered for hours.", "botanical/wrong-kind", "chaga"),
    ("Reishi is a tree bark sold in slices.", "botanical/wrong-kind", "reishi"),
    ("Lion's mane, a tree bark from Japan, is sliced thin.", "botanical/wrong-kind", "lions-mane"),
    ("Kava is a flowering tree of the islands.", "botanical/wrong-kind", "kava"),
    ("Our new kratom shrooms come in three flavours.", "botanical/wrong-kind", "kratom"),
    ("Kava shrooms are back on the shelf.", "botanical/wrong-kind", "kava"),
    ("Ashwagandha shrooms for a calmer week.", "botanical/wrong-kind", "ashwagandha"),
    ("Kava is shrooms for people who hate shrooms.", "botanical/wrong-kind", "kava"),
]

KIND_PASSING = [
    "Reishi grows on tree bark in humid forests.",
    "Turkey tail grows on dead logs and stumps.",
    "Chaga is harvested from birch tree bark.",
    "Chaga is harvested from tree bark in the boreal forest.",
    "Magic shrooms contain psilocybin.",
    "Psilocybin shrooms remain illegal in most states.",
    "Shrooms are fungi, not plants.",
    "Kava and shrooms should never be mixed.",
    "We stock kava, shrooms and kratom.",
    "Kava is a flowering plant in the pepper family.",
    "Kratom is a flowering tree in the coffee family.",
    "Ginkgo is a gymnosperm, not a flowering plant.",
    "Turkey tail is a fungus on fallen logs, not a flowering plant.",
    "Reishi is not a tree bark; it is a fungus.",
    "Cinnamon is a tree bark; reishi is a mushroom.",
    "Our kava pairs well with passion fruit juice.",
]


@pytest.mark.parametrize("text,rule,subject", KIND_FLAGGED, ids=[t[0][:40] for t in KIND_FLAGGED])
def test_flags_kind_words_in_wrong_forms_and_names(check, text, rule, subject):
    findings = check(text)
    assert rule in {f.rule for f in findings}, [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


@pytest.mark.parametrize("text", KIND_PASSING, ids=[t[:40] for t in KIND_PASSING])
def test_passes_kind_word_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


# "=" as a copula in headlines; its left side must be one name alone.
EQUALS_FLAGGED = [
    ("KAVA = THE ISLANDS' FAVOURITE MUSHROOM", "botanical/wrong-kind", "kava"),
    ("kava = a mellow mushroom", "botanical/wrong-kind", "kava"),
    ("Kratom == the mushroom of Thailand", "botanical/wrong-kind", "kratom"),
    ("Our maca powder = an ancient Andean mushroom.", "botanical/wrong-kind", "maca"),
    ("🌱 Reishi = a leafy herb for busy days", "botanical/wrong-kind", "reishi"),
    ("Kratom = a pepper-family shrub.", "botanical/wrong-family", "kratom"),
    ("Ashwagandha = a psilocybin mushroom, basically.", "botanical/conflation", "ashwagandha"),
]

EQUALS_PASSING = [
    "Kava + mushroom coffee = my ideal Sunday",
    "Kava + lion's mane = the ultimate mushroom stack",
    "Kava & reishi = a root and a mushroom.",
    "Kava with reishi = the dream mushroom combo.",
    "2 shells of kava = 1 mushroom latte, caffeine-wise.",
    "Kava = calm. Mushrooms = focus.",
    "Kratom = leaf. Reishi = mushroom. Kava = root.",
    "Kava = root, not mushroom.",
    "Kava != a mushroom",
    "Kava ≠ mushroom",
    "Reishi = the mushroom of immortality.",
    "Kava = a root drink from Vanuatu.",
    # arrows mark sequence or replacement, not identity
    "Swap your kava → mushroom coffee this month.",
    "Kava → mushroom tea → matcha: our tasting flight.",
]


@pytest.mark.parametrize("text,rule,subject", EQUALS_FLAGGED, ids=[t[0][:40] for t in EQUALS_FLAGGED])
def test_flags_equals_as_a_copula(check, text, rule, subject):
    findings = check(text)
    assert rule in {f.rule for f in findings}, [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


@pytest.mark.parametrize("text", EQUALS_PASSING, ids=[t[:40] for t in EQUALS_PASSING])
def test_passes_equals_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


def test_equals_finding_spans_from_the_name(check):
    text = "KAVA = NATURE'S FAVOURITE MUSHROOM"
    (finding,) = check(text)
    assert finding.text == text


# A part named before its plant ("the leaves of the kava plant", "kava, whose leaves …"),
# in a clause that makes a product of it.
PART_FLAGGED = [
    ("The leaves of the kava plant are pounded and strained into the drink.", "kava"),
    ("We brew the leaves of the kava shrub into a relaxing drink.", "kava"),
    ("Our maca blend uses the leaves of the Andean maca plant.", "maca"),
    ("The flowers of the turmeric plant are ground into our golden spice.", "turmeric"),
    ("The seeds of the ginkgo tree are milled into our memory supplement.", "ginkgo"),
    ("Kava, whose leaves are steeped into a calming brew, grows in Fiji.", "kava"),
    ("Turmeric, whose leaves are dried and ground, colours the curry.", "turmeric"),
]

PART_PASSING = [
    "The leaves of the kava plant are heart-shaped.",
    "The leaves of the kava plant shade our porch.",
    "The leaves of the kava plant are linked to liver injury.",
    "The leaves of the kava plant are heart-shaped, and our drink is made from the root.",
    "The leaves of the kava plant are glossy; the drink is made from its root.",
    "The leaves of the kava plant are not used in the drink.",
    "The roots of the kava plant are pounded into the drink.",
    "Kava, whose roots are ground into a drink, has heart-shaped leaves.",
    "Maca, whose leaves are cooked like greens, is sold as root powder.",
    "Ginkgo, whose seeds are toxic, is sold as a leaf extract.",
    "The leaves of the turmeric plant are used to wrap fish.",
    "The leaves of the moringa tree are dried into our powder.",
    "The flowers of the chamomile plant are dried for tea.",
    "We discard the leaves of the kava plant and brew only the root.",
    "In the shade of the kava plant, we brewed a drink.",
]


@pytest.mark.parametrize("text,subject", PART_FLAGGED, ids=[t[0][:40] for t in PART_FLAGGED])
def test_flags_parts_named_before_their_plant(check, text, subject):
    findings = [f for f in check(text) if f.rule == "botanical/wrong-part"]
    assert findings and {f.subject for f in findings} == {subject}, [(f.rule, f.text) for f in check(text)]


@pytest.mark.parametrize("text", PART_PASSING, ids=[t[:40] for t in PART_PASSING])
def test_passes_parts_named_before_their_plant_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


def test_part_before_its_plant_spans_to_the_plant_and_offers_the_right_part(check):
    (finding,) = check("The leaves of the kava plant are pounded into the drink.")
    assert finding.text == "leaves of the kava plant"
    assert finding.fix is not None and finding.fix.replacement == "roots" and not finding.fix.safe
