"""Botanical identity, audit round 19: counted kind compounds before a list ("our 4-mushroom
blend: …"), a product modifier between a name and its part ("Herbal Root Extract"), genus
claims, "comes from the same plant as", "the source of", a correct part named in a contrast
clause, and binomials of look-alike species outside the knowledge base. Each table carries its
near misses.

All sentences are written for these tests."""
import pytest
from botanical_support import _shown


# A counted kind word ("4-mushroom", "five-mushroom", "3 mushroom") before a colon list or an
# "of" list calls every item that kind; a list after a colon may run on commas alone to the end.
# Near misses: every item fits, the odd item joined by "with" or "plus", an uncounted "mushroom
# blend", a clause after the list.
COUNTED_LIST = [
    ("Our 4-mushroom blend: reishi, chaga, cordyceps and maca.", "maca"),
    ("Inside: a five-mushroom blend of reishi, chaga, lion's mane, turkey tail and kava.", "kava"),
    ("Our 3 mushroom stack: chaga, reishi and rhodiola.", "rhodiola"),
    ("Mushrooms: chaga, reishi, ashwagandha.", "ashwagandha"),
    ("Our two-herb tea: valerian and chaga.", "chaga"),
]

COUNTED_LIST_PASSING = [
    "Our 4-mushroom blend: reishi, chaga, cordyceps and turkey tail.",
    "A five-mushroom blend of reishi, chaga, lion's mane, cordyceps and shiitake.",
    "Our 3-mushroom latte with ashwagandha and maca.",
    "Our 3-mushroom cocoa: reishi, chaga and lion's mane, plus a little ashwagandha.",
    "Mushroom blend: reishi, lion's mane and ashwagandha.",
    "Mushrooms: reishi, chaga, cordyceps.",
    "Mushrooms: reishi, chaga, kava is a root.",
    "Our two-herb tea: valerian and chamomile.",
]


@pytest.mark.parametrize("text,subject", COUNTED_LIST, ids=[t[0][:40] for t in COUNTED_LIST])
def test_round19_counted_kind_list_flags(check, text, subject):
    found = check(text)
    assert any(f.rule == "botanical/wrong-kind" and f.subject == subject for f in found), _shown(found)


@pytest.mark.parametrize("text", COUNTED_LIST_PASSING, ids=[t[:40] for t in COUNTED_LIST_PASSING])
def test_round19_counted_kind_list_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# One product modifier ("herbal", "organic", "wild" …) between a name and a part word keeps the
# compound: a plant part said of a fungus is a wrong kind, a wrong part of a plant a wrong part.
# Near misses: the right part, no part word, the modifier belonging to another noun phrase.
MODIFIED_PART = [
    ("Chaga Herbal Root Powder, 4 oz", "botanical/wrong-kind", "chaga"),
    ("Turkey Tail Organic Leaf Tea, 20 bags", "botanical/wrong-kind", "turkey-tail"),
    ("Kava Wild Leaf Powder, 1 lb", "botanical/wrong-part", "kava"),
    ("Maca Organic Leaf Powder, gelatinized", "botanical/wrong-part", "maca"),
]

MODIFIED_PART_PASSING = [
    "Kava Organic Root Powder, 1 lb",
    "Maca Organic Root Powder, 8 oz",
    "Chaga herbal extract, 60 capsules",
    "Reishi and organic root vegetables simmer in the broth.",
    "Lion's mane pairs well with wild root vegetables.",
    "Chaga, wild root tea and honey sat on the table.",
    "Ginger Organic Root Tea, 16 bags",
]


@pytest.mark.parametrize("text,rule,subject", MODIFIED_PART, ids=[t[0][:40] for t in MODIFIED_PART])
def test_round19_modified_part_flags(check, text, rule, subject):
    found = check(text)
    assert any(f.rule == rule and f.subject == subject for f in found), _shown(found)


@pytest.mark.parametrize("text", MODIFIED_PART_PASSING, ids=[t[:40] for t in MODIFIED_PART_PASSING])
def test_round19_modified_part_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# A genus places a plant in the genus's family: "the Piper genus", "the genus Mitragyna".
# Near misses: the right genus, a negation, a genus said of something else, "the same genus".
GENUS = [
    ("Kratom belongs to the genus Piper.", "kratom"),
    ("Like its cousin black pepper, kratom is a member of the Piper genus.", "kratom"),
    ("Kava, in the genus Mitragyna, is poured at weddings.", "kava"),
    ("Ashwagandha is part of the genus Panax.", "ashwagandha"),
]

GENUS_PASSING = [
    "Kava belongs to the genus Piper.",
    "Kratom, in the Mitragyna genus, is a tropical tree.",
    "Turmeric, of the genus Curcuma, is a rhizome.",
    "Kratom is not in the Piper genus.",
    "The Piper genus includes black pepper and kava.",
    "Siberian ginseng does not belong to the genus Panax.",
]


@pytest.mark.parametrize("text,subject", GENUS, ids=[t[0][:40] for t in GENUS])
def test_round19_genus_flags(check, text, subject):
    found = check(text)
    assert any(f.rule == "botanical/wrong-family" and f.subject == subject for f in found), _shown(found)


@pytest.mark.parametrize("text", GENUS_PASSING, ids=[t[:40] for t in GENUS_PASSING])
def test_round19_genus_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


def test_round19_genus_fix_names_the_right_genus(check):
    text = "Kratom belongs to the genus Piper."
    found = [f for f in check(text) if f.rule == "botanical/wrong-family"]
    assert found and found[0].fix is not None
    assert text[found[0].fix.start:found[0].fix.end] == "genus Piper"
    assert found[0].fix.replacement == "genus Mitragyna"


# "X <comes/is derived/is made> from the same <plant/species/tree> as Y": a conflation when X and
# Y are different species. Two products of one species (CBD, hemp seed oil) truly come from the
# same plant, in this frame and in "X and Y come from the same plant". Near misses: shops,
# regions and farms in common, negations, questions, reported belief.
SAME_AS = [
    "Kratom is harvested from the same tree as kava.",
    "Honestly, kava comes from the same plant as kratom.",
    "Our kratom is derived from the same species as kava.",
]

SAME_AS_PASSING = [
    "CBD comes from the same plant as hemp seed oil.",
    "CBD and hemp seed oil come from the same plant.",
    "Kratom is sold in the same shops as kava.",
    "Kratom comes from the same region as durian.",
    "Our kratom comes from the same farm as our kava.",
    "Kratom does not come from the same plant as kava.",
    "Does kratom come from the same plant as kava?",
    "Kratom ships in the same packaging as kava.",
]


@pytest.mark.parametrize("text", SAME_AS, ids=[t[:40] for t in SAME_AS])
def test_round19_same_plant_as_flags(check, text):
    found = check(text)
    assert any(f.rule == "botanical/conflation" for f in found), _shown(found)


@pytest.mark.parametrize("text", SAME_AS_PASSING, ids=[t[:40] for t in SAME_AS_PASSING])
def test_round19_same_plant_as_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# "<A> is the (main) source of <B>", "<A>, the natural source of <B>": A named as where B comes
# from. Near misses: a negation, a source of something else, a Latin name as the source, the
# same substance twice.
SOURCE_OF = [
    "Hemp seed oil is the main source of cannabidiol.",
    "Our drops blend MCT with hemp seed oil, the purest source of CBD.",
    "Kava is the traditional source of kratom.",
    "Hempseed oil is the only source of CBD we trust.",
]

SOURCE_OF_PASSING = [
    "Hemp seed oil is not a source of CBD.",
    "Hemp seed oil is a good source of omega-3 fats, unlike CBD.",
    "Hemp extract is the source of CBD in our gummies.",
    "Cannabis sativa is the source of both CBD and hemp seed oil.",
    "Hemp seed oil, the source of much confusion about CBD, is a salad oil.",
    "Ginger is a great source of turmeric-like warmth in this curry.",
    "Hemp seed oil is the main source of CBD-free omega fats.",
]


@pytest.mark.parametrize("text", SOURCE_OF, ids=[t[:40] for t in SOURCE_OF])
def test_round19_source_of_flags(check, text):
    found = check(text)
    assert any(f.rule == "botanical/conflation" for f in found), _shown(found)


@pytest.mark.parametrize("text", SOURCE_OF_PASSING, ids=[t[:40] for t in SOURCE_OF_PASSING])
def test_round19_source_of_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# A part compound whose own clause says nothing of the product, while a contrast clause names
# the part truly used ("…, but the spice comes from the rhizome"), is not a wrong-part claim.
# Flagged: the part's own clause makes the product of it, whatever the other clause says.
CONTRAST_PART = [
    ("Turmeric leaves are pretty, but the spice is ground from the rhizome.", False),
    ("Kava leaves are glossy and heart-shaped, while the drink is brewed from the root.", False),
    ("Maca leaves wilt quickly; the powder is milled from the root.", False),
    ("Turmeric leaves make a golden spice, but the rhizome works too.", True),
    ("Dry the turmeric leaves and grind them into spice; keep the rhizome for planting.", True),
    ("Turmeric leaf powder is the spice that gives curry its color.", True),
]


@pytest.mark.parametrize("text,flagged", CONTRAST_PART, ids=[t[0][:40] for t in CONTRAST_PART])
def test_round19_right_part_in_contrast_clause(check, text, flagged):
    found = check(text)
    assert any(f.rule == "botanical/wrong-part" for f in found) == flagged, _shown(found)


# Binomials of look-alike species outside the knowledge base (botanical-other-binomials): given to
# a substance through a Latin link they are a wrong Latin name. Near misses: the look-alike's own
# name, a negation, a list, a correction naming both.
OTHER_BINOMIAL = [
    ("Kalonji (Cuminum cyminum) seeds top the naan.", "black-seed"),
    ("Our blue lotus, or Nelumbo nucifera, is steeped at dusk.", "blue-lotus"),
    ("Maypop (Passiflora edulis) tea, 20 bags", "passionflower"),
    ("Nigella (Carum carvi) oil, cold-pressed", "black-seed"),
]

OTHER_BINOMIAL_PASSING = [
    "Passion fruit (Passiflora edulis) is tart and sweet.",
    "Black seed is unrelated to cumin (Cuminum cyminum).",
    "Kalonji, not cumin (Cuminum cyminum), is baked into this bread.",
    "Blue lotus (Nymphaea caerulea) is not the sacred lotus, Nelumbo nucifera.",
    "Black seed, cumin (Cuminum cyminum) and caraway fill the spice jar.",
    "Blue lotus is not Nelumbo nucifera.",
]


@pytest.mark.parametrize("text,subject", OTHER_BINOMIAL, ids=[t[0][:40] for t in OTHER_BINOMIAL])
def test_round19_other_binomial_flags(check, text, subject):
    found = check(text)
    assert any(f.rule == "botanical/wrong-latin-name" and f.subject == subject for f in found), _shown(found)


@pytest.mark.parametrize("text", OTHER_BINOMIAL_PASSING, ids=[t[:40] for t in OTHER_BINOMIAL_PASSING])
def test_round19_other_binomial_near_misses(check, text):
    assert check(text) == [], _shown(check(text))
