"""Botanical identity, audit round 65: errors in narrative, history and travel prose.

Every name of a list an origin phrase is said of ("Kratom and kava, both native to the South
Pacific, …", "kava and kratom are both native to …"), a family after a name's possessive
("chamomile, a member of kava's coffee family"; "kava's in the coffee family"), a kind word
that opens a quoted nickname ("kava, the 'mushroom of the Pacific'") as a metaphor, and garden
species and cultivars of the genus Hypericum, which are no mention of St. John's wort. Each
table carries its near misses: correct facts in the same syntax, negations, places where a
product is sold or popular, and other subjects.

All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown


# Shape 1. An origin phrase after a list of names is said of every name of the list, not only the last.
LISTED_ORIGIN = [
    ("Kratom and kava, both native to the South Pacific, have long histories.", "kratom"),
    ("Kava and kratom, both native to Southeast Asia, are sold side by side.", "kava"),
    ("Kava and kratom are both native to Southeast Asia.", "kava"),
    ("Both kava and kratom are native to Thailand.", "kava"),
    ("Kava and kratom are native to Indonesia.", "kava"),
    ("Kava and kratom both come from Southeast Asia.", "kava"),
    ("Kratom and kava, both from the South Pacific, were traded by sailors.", "kratom"),
    ("Kratom, kava and maca, all native to Asia, line our shelves.", "maca"),
    ("Kratom, kava, and maca, all native to Asia, line our shelves.", "maca"),
]
LISTED_ORIGIN_PASSING = [
    "Kratom and turmeric, both native to Southeast Asia, are in our blend.",
    "Kratom and kava are both sold in Florida.",
    "Kratom and kava bars are both popular in Florida.",
    "Kratom and kava, both popular in Florida, are sold here.",
    "Kratom and kava, both grown in Hawaii, are sold here.",
    "Kratom and kava, both native to different regions, are often confused.",
    "Kava and kratom are not native to the same region.",
    "Kava and kratom are not both native to Southeast Asia; kava comes from the Pacific.",
    "Reishi and turkey tail, both found wild across Asia, are mushrooms.",
    "Is it true that kava and kratom are both native to Southeast Asia?",
    "Kava and kratom are native to the Pacific and Southeast Asia, respectively.",
    "Kava and kratom are native to Fiji and Thailand.",
    "Kava and kratom, native to Fiji and Thailand respectively, are often confused.",
    "Our ginger and turmeric are both from Peru.",
]


@pytest.mark.parametrize("text,subject", LISTED_ORIGIN, ids=[t[0][:40] for t in LISTED_ORIGIN])
def test_round65_listed_origin_flags(check, text, subject):
    _flags(check, text, "botanical/wrong-region", subject)


@pytest.mark.parametrize("text", LISTED_ORIGIN_PASSING, ids=[t[:40] for t in LISTED_ORIGIN_PASSING])
def test_round65_listed_origin_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 2. A family after a name's possessive, or after a contracted "'s" copula, is that name's family.
POSSESSIVE_FAMILY = [
    ("Our founder learned about chamomile, a member of kava's coffee family, on a trip.", "kava"),
    ("Kava's coffee family relatives include gardenia.", "kava"),
    ("Kava belongs to kratom's pepper family.", "kratom"),
    ("The kava plant's coffee family cousins grow nearby.", "kava"),
    ("Kava's in the coffee family.", "kava"),
    ("Kratom's in the pepper family, our guide explained.", "kratom"),
]
POSSESSIVE_FAMILY_PASSING = [
    "Gardenia belongs to kratom's coffee family.",
    "Black pepper belongs to kava's pepper family.",
    "Kava's coffee flavor surprised us.",
    "Kratom's pepper notes are faint.",
    "Kava's in the pepper family.",
    "Kratom's in the coffee family.",
    "Kava is not in kratom's coffee family.",
    "Unlike kratom's coffee family, kava belongs to the pepper family.",
]


@pytest.mark.parametrize("text,subject", POSSESSIVE_FAMILY, ids=[t[0][:40] for t in POSSESSIVE_FAMILY])
def test_round65_possessive_family_flags(check, text, subject):
    _flags(check, text, "botanical/wrong-family", subject)


@pytest.mark.parametrize("text", POSSESSIVE_FAMILY_PASSING, ids=[t[:40] for t in POSSESSIVE_FAMILY_PASSING])
def test_round65_possessive_family_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 3. A kind word that opens a quoted "<kind> of <…>" nickname is a metaphor; unquoted, or a bare quoted
# kind, or a literal compound ("kava mushroom tea"), it is still what the text calls the substance.
METAPHOR = [
    ("Kava, the mushroom of the Pacific, is earthy.", "kava"),
    ("Every morning we made kava mushroom tea in the village.", "kava"),
    ('Kava is a "mushroom" that islanders pound into a drink.', "kava"),
    ('Kratom, the "mushroom" of Borneo, is bitter.', "kratom"),
]
METAPHOR_PASSING = [
    "Kava, the 'mushroom of the Pacific', is earthy.",
    'Kava, the "mushroom of the South Pacific", is earthy.',
    "Kratom, the “fungus of the jungle”, is bitter.",
    'Kava, nicknamed the "mushroom of the Pacific", is earthy.',
    'Kava, the "champagne of the Pacific", is earthy.',
    'Reishi, the "mushroom of immortality", grows on logs.',
]


@pytest.mark.parametrize("text,subject", METAPHOR, ids=[t[0][:40] for t in METAPHOR])
def test_round65_metaphor_literal_flags(check, text, subject):
    _flags(check, text, "botanical/wrong-kind", subject)


@pytest.mark.parametrize("text", METAPHOR_PASSING, ids=[t[:40] for t in METAPHOR_PASSING])
def test_round65_quoted_nickname_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 4. Narrative and travel prose that already reads right: history told correctly, where a product is
# sold or popular, corrections and negations.
NARRATIVE_FLAGS = [
    ("At dusk, the kava tree's leaves are pounded for the ceremony.", "botanical/wrong-kind", "kava"),
    ("Kava, the Southeast Asian leaf, has a peppery taste.", "botanical/wrong-region", "kava"),
    ("Our story began in Bali, where kava grows wild in the rainforest.", "botanical/wrong-region", "kava"),
    ("Kratom, the Polynesian root drink, is now sold worldwide.", "botanical/wrong-region", "kratom"),
    ("For generations, Malaysian farmers have harvested kava leaves from tall trees.", "botanical/wrong-part",
     "kava"),
]
NARRATIVE_PASSING = [
    "Kava has been drunk in Fiji for centuries.",
    "Kratom grows wild in Thailand and Malaysia.",
    "Kratom bars are popular in Florida.",
    "Kava bars have become popular in Florida and Colorado.",
    "Contrary to popular belief, kava is not from Southeast Asia.",
    "Kava is not native to Southeast Asia; it comes from the Pacific islands.",
    "Kratom leaves have been chewed by Thai laborers for centuries.",
    "In Vanuatu, islanders pound the kava root into a muddy drink.",
    "Kava, the Pacific islanders' ceremonial drink, is now sold in the US.",
    "Travelers can buy kratom in markets across Bangkok.",
    "The ancient Incas cultivated maca in the Andes.",
    "In the hills of Thailand, kratom trees grow beside rubber plantations.",
]


@pytest.mark.parametrize("text,rule,subject", NARRATIVE_FLAGS, ids=[t[0][:40] for t in NARRATIVE_FLAGS])
def test_round65_narrative_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", NARRATIVE_PASSING, ids=[t[:40] for t in NARRATIVE_PASSING])
def test_round65_narrative_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 5. Garden species, hybrids and quoted cultivars of Hypericum, and the genus as a garden shrub, are no
# mention of St. John's wort: no St. John's wort safety requirement. The bare genus in a supplement still is.

HYPERICUM_GARDEN = [
    "Hypericum 'Hidcote' makes a splendid hedge with golden flowers all summer.",
    "Hypericum ‘Hidcote’ flowers from July to October.",
    'Plant Hypericum "Sunburst" in full sun.',
    "Hypericum calycinum spreads quickly as ground cover under trees.",
    "We planted a Hypericum hedge along the garden path last spring.",
    "Hypericum androsaemum produces red berries in autumn that turn black.",
    "Hypericum x moserianum and Hypericum × inodorum 'Magical Beauty' are tidy shrubs.",
    "Florists love hypericum berries in autumn bouquets.",
]
HYPERICUM_SUPPLEMENT = [
    "Hypericum extract is often taken for low mood.",
    "Our hypericum capsules contain 300 mg of extract.",
    "St. John's wort (Hypericum perforatum) lifts the mood.",
    "The 'hypericum' in this tincture lifts the mood.",
    'Our "hypericum" drops lift the mood.',
]


def _st_johns_wort_findings(checker, text):
    return [f for f in checker.check_text(text) if f.subject == "st-johns-wort"]


@pytest.mark.parametrize("text", HYPERICUM_GARDEN, ids=[t[:40] for t in HYPERICUM_GARDEN])
def test_round65_hypericum_garden_species_are_not_st_johns_wort(checker, text):
    found = _st_johns_wort_findings(checker, text)
    assert found == [], [(f.rule, f.subject, f.text) for f in found]


@pytest.mark.parametrize("text", HYPERICUM_SUPPLEMENT, ids=[t[:40] for t in HYPERICUM_SUPPLEMENT])
def test_round65_hypericum_supplement_still_st_johns_wort(checker, text):
    found = _st_johns_wort_findings(checker, text)
    assert any(f.rule == "safety/st-johns-wort-missing-safety-language" for f in found), \
        [(f.rule, f.subject, f.text) for f in checker.check_text(text)]


def test_round65_other_hypericum_for_st_johns_wort_is_still_a_wrong_latin_name(check):
    _flags(check, "St. John's wort (Hypericum calycinum) is taken for low mood.", "botanical/wrong-latin-name",
           "st-johns-wort")


def test_round65_quoted_genus_is_still_st_johns_wort(check):
    _flags(check, "'Hypericum' is a mushroom.", "botanical/wrong-kind", "st-johns-wort")
