"""Botanical identity, audit round 62: errors in less common syntax.

A phrase set off by commas between a name and its copula ("kava, harvested in Fiji, is a
mushroom"), an identity link after an inserted phrase or alias ("suma, also called Brazilian
ginseng, is a true ginseng"), lists of aliases and dash-set aliases, a wild-harvest participle
in apposition ("kava, harvested from the forests of Thailand, …"), a product listing's bars
before a Latin name ("Kratom Powder | Piper methysticum | 250 g"), a title segment that is a
product named by a kind or part word ("Reishi – Plant Extract"), and a part word after the
second name of a bare copula ("kratom is kava root"). Each table carries its near misses:
the same syntax with correct facts, negations, corrections, questions and other subjects.

All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown


# Shape 1. A participle or adjective phrase set off by commas between the name and its copula
# keeps the name the subject ("kava, grown in Fiji, is a mushroom").
INSERTED = [
    ("Kava, grown on small farms in Vanuatu, is a mushroom.", "botanical/wrong-kind", "kava"),
    ("Kratom, sold in gas stations across Texas, is a fungus.", "botanical/wrong-kind", "kratom"),
    ("Ashwagandha, popular in Ayurvedic kitchens, is an adaptogenic mushroom.", "botanical/wrong-kind",
     "ashwagandha"),
    ("Chaga, scraped off birch trunks in Finland, is a medicinal herb.", "botanical/wrong-kind", "chaga"),
    ("Maca, dried under the Andean sun, is a fungus.", "botanical/wrong-kind", "maca"),
    ("Lion's mane, cultivated on sawdust blocks, is a leafy plant.", "botanical/wrong-kind", "lions-mane"),
]
INSERTED_PASSING = [
    "Kava, grown on small farms in Vanuatu, is a shrub root.",
    "Reishi, cultivated on oak logs, is a mushroom.",
    "Chaga, scraped off birch trunks, is a fungus.",
    "Kava, pounded and strained, is a drink, not a mushroom.",
    "Kava, grown on small farms in Vanuatu, is not a mushroom.",
    "Kava, popular in Fiji, and reishi, grown in China, are both calming.",
    "Kava, unlike kratom, is a root.",
    "Kratom, sold in smoke shops, is the new kava.",
    "Some blogs claim that kava, grown in Fiji, is a mushroom, but that is false.",
    "Is kava, grown in Fiji, a mushroom?",
]


@pytest.mark.parametrize("text,rule,subject", INSERTED, ids=[t[0][:40] for t in INSERTED])
def test_round62_inserted_phrase_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", INSERTED_PASSING, ids=[t[:40] for t in INSERTED_PASSING])
def test_round62_inserted_phrase_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 2. An identity link after an inserted phrase or an alias: the name before the phrase is
# said to be another substance ("suma, also called Brazilian ginseng, is a true ginseng").
INSERTED_IDENTITY = [
    ("Suma, also called Brazilian ginseng, is a true ginseng.", "botanical/conflation", "suma"),
    ("Ashwagandha, Indian ginseng, is a real ginseng.", "botanical/conflation", "ashwagandha"),
    ("Eleuthero, aka Siberian ginseng, is a genuine ginseng.", "botanical/conflation", "eleuthero"),
    ("Maca, a radish-like root from Peru, is a true ginseng.", "botanical/conflation", "maca"),
    ("Suma, which climbs trees in Brazil, is a true ginseng.", "botanical/conflation", "suma"),
    ("Kratom, harvested in Borneo, is a type of kava.", "botanical/conflation", "kratom"),
    ("Kratom is the strongest strain of kava.", "botanical/conflation", "kratom"),
    ("Maca, the Andean root, is the same as ginseng.", "botanical/conflation", "maca"),
]
INSERTED_IDENTITY_PASSING = [
    "Suma, also called Brazilian ginseng, is not a true ginseng.",
    "Maca, also called Peruvian ginseng, is no true ginseng.",
    "American ginseng, native to North America, is a true ginseng.",
    "Korean ginseng, harvested after six years, is a true ginseng.",
    "Suma, sold as Brazilian ginseng, is a ginseng alternative.",
    "Eleuthero, aka Siberian ginseng, is a relative of true ginseng.",
    "Is suma, also called Brazilian ginseng, a true ginseng?",
    "Kava, often confused with kratom, is a root.",
    # an epithet "the Y of <place or tradition>" compares
    "Ashwagandha is the ginseng of Ayurveda.",
    "Ashwagandha, sometimes called Indian ginseng, is the ginseng of Ayurveda.",
    "Kava is the kratom of the Pacific.",
]


@pytest.mark.parametrize("text,rule,subject", INSERTED_IDENTITY, ids=[t[0][:40] for t in INSERTED_IDENTITY])
def test_round62_inserted_identity_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", INSERTED_IDENTITY_PASSING, ids=[t[:40] for t in INSERTED_IDENTITY_PASSING])
def test_round62_inserted_identity_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 3. A list of aliases, or an alias set off by dashes, before the copula.
ALIASES = [
    ("Kratom, also known as ketum or biak, is a mushroom.", "botanical/wrong-kind", "kratom"),
    ("Kratom, also called ketum, biak or kakuam, is a fungus.", "botanical/wrong-kind", "kratom"),
    ("Kava — also called yaqona — is a mushroom.", "botanical/wrong-kind", "kava"),
    ("Kava – better known as awa – is a fungus.", "botanical/wrong-kind", "kava"),
    # "a.k.a." is an abbreviation (segment.EXTRA_ABBREVIATIONS), no sentence end
    ("Kava, a.k.a. awa, is a mushroom.", "botanical/wrong-kind", "kava"),
    ("Kratom (A.K.A. ketum) is a fungus.", "botanical/wrong-kind", "kratom"),
]
ALIASES_PASSING = [
    "Kratom, also known as ketum or biak, is a tree.",
    "Kratom, also known as ketum or biak, is not a mushroom.",
    "Kava — also called yaqona — is a root drink.",
    "Kava, a.k.a. awa, is a root drink.",
    "Kava, awa, and reishi are sold at the market.",
    "Kratom, also known as ketum, biak or kava, is a tree.",
]


@pytest.mark.parametrize("text,rule,subject", ALIASES, ids=[t[0][:40] for t in ALIASES])
def test_round62_alias_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", ALIASES_PASSING, ids=[t[:40] for t in ALIASES_PASSING])
def test_round62_alias_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 4. A wild-harvest participle in apposition places the name's wild home.
HARVESTED = [
    ("Kava, harvested from the rainforests of Sumatra, is a calming drink.", "botanical/wrong-region", "kava"),
    ("Kratom, gathered from the jungles of Samoa, is a bitter leaf.", "botanical/wrong-region", "kratom"),
    ("Kava root, collected from the forests of Laos, is pounded.", "botanical/wrong-region", "kava"),
]
HARVESTED_PASSING = [
    "Kava, harvested from the forests of Vanuatu, is a calming drink.",
    "Kratom, gathered from the jungles of Borneo, is a bitter leaf.",
    "Kava, harvested from farms in Thailand, is a calming drink.",
    "Kava, imported from Thailand, is a calming drink.",
    "Chaga, harvested from the birch forests of Siberia, is a fungus.",
    "Kava root sourced from Peru is smooth.",
]


@pytest.mark.parametrize("text,rule,subject", HARVESTED, ids=[t[0][:40] for t in HARVESTED])
def test_round62_harvested_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", HARVESTED_PASSING, ids=[t[:40] for t in HARVESTED_PASSING])
def test_round62_harvested_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 5. Product listings: bars before a Latin name outside a Markdown table, and a title
# segment that is a product named by a kind or part word ("Reishi – Plant Extract").
LISTINGS = [
    ("Kratom Capsules | Piper methysticum | 120 ct", "botanical/wrong-latin-name", "kratom"),
    ("Kava | Mitragyna speciosa", "botanical/wrong-latin-name", "kava"),
    ("Ashwagandha Root | Panax somnifera | 90 caps", "botanical/wrong-latin-name", "ashwagandha"),
    ("Reishi – Plant Extract", "botanical/wrong-kind", "reishi"),
    ("Turkey Tail | Herbal Leaf Tincture | 2 oz", "botanical/wrong-kind", "turkey-tail"),
    ("Kava | Leaf Powder | 500 g", "botanical/wrong-part", "kava"),
    ("Maca — Leaf Capsules — 60 ct", "botanical/wrong-part", "maca"),
    ("Kava | Mushroom Drink | 200 g", "botanical/wrong-kind", "kava"),
    ("Kratom Leaf — Piperaceae — 1 kg", "botanical/wrong-family", "kratom"),
    ("Kava Root | Rubiaceae | 1 kg", "botanical/wrong-family", "kava"),
    ("Chamomile | Lamiaceae | 50 g", "botanical/wrong-family", "chamomile"),
    ("Kava kava (Piper nigrum) is a root drink.", "botanical/wrong-latin-name", "kava"),
    ("Kava Powder | Piper betle | 250 g", "botanical/wrong-latin-name", "kava"),
]
LISTINGS_PASSING = [
    "Kratom Capsules | Mitragyna speciosa | 120 ct",
    "Kava Root | Piper methysticum",
    "Kava | Piper methysticum | Kratom | Mitragyna speciosa",
    "Kava | Mitragyna speciosa | Kratom",
    "Reishi – Mushroom Extract",
    "Reishi – Fruiting Body Extract",
    "Kava – Plant Extract",
    "Moringa – Leaf Powder | 250 g",
    "Ginger – Root Tea",
    "Kava – Leaf Tea Review",
    "Home | Kava | Plant Extract",
    "Kava | Mushroom Tea | Reishi",
    "Kava – Mushroom Teas",
    "Cordyceps – Mushroom Powder",
    "Kratom Leaf | Rubiaceae | 1 kg",
    "Kava | Piperaceae",
    "Chamomile | Compositae | 50 g",
    "Kava | Rubiaceae | Kratom",
    "Kava – Rubiaceae plants are bitter",
    "Black pepper (Piper nigrum) is a spice.",
    "Kava, a cousin of Piper nigrum, is a shrub.",
    "Kava (Macropiper methysticum) is a root drink.",
]


@pytest.mark.parametrize("text,rule,subject", LISTINGS, ids=[t[0][:40] for t in LISTINGS])
def test_round62_listing_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", LISTINGS_PASSING, ids=[t[:40] for t in LISTINGS_PASSING])
def test_round62_listing_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 6. "X is Y <part>": a bare copula to another substance's part or product.
PART_IDENTITY = [
    ("Kratom is kava root.", "botanical/conflation", "kratom"),
    ("Honestly, kratom is just kava leaf.", "botanical/conflation", "kratom"),
    ("Maca is ginseng root powder.", "botanical/conflation", "maca"),
]
PART_IDENTITY_PASSING = [
    "Kratom is not kava root.",
    "Kratom is kava root's rival.",
    "Kratom is a kava root alternative.",
    "Kava is kava root.",
    "The best drink is kava root tea.",
]


@pytest.mark.parametrize("text,rule,subject", PART_IDENTITY, ids=[t[0][:40] for t in PART_IDENTITY])
def test_round62_part_identity_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", PART_IDENTITY_PASSING, ids=[t[:40] for t in PART_IDENTITY_PASSING])
def test_round62_part_identity_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 7. "X is the Y of <place>", "X, the Y of <place>, …": a title given to X (what it is to that place),
# no claim of where Y grows; the same words with no other substance before them still say where Y is from.
EPITHET_REGIONS = [
    ("Our bestseller is the kava of Thailand.", "botanical/wrong-region", "kava"),
    ("The kava of Thailand is bitter and strong.", "botanical/wrong-region", "kava"),
    ("Kratom is the drink of Fiji.", "botanical/wrong-region", "kratom"),
]
EPITHET_REGIONS_PASSING = [
    "Kratom is the kava of Thailand.",
    "Ashwagandha is the ginseng of India.",
    "Ashwagandha, the ginseng of India, is a calming root.",
    "Rhodiola was once called the ginseng of Siberia.",
]


@pytest.mark.parametrize("text,rule,subject", EPITHET_REGIONS, ids=[t[0][:40] for t in EPITHET_REGIONS])
def test_round62_epithet_region_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", EPITHET_REGIONS_PASSING, ids=[t[:40] for t in EPITHET_REGIONS_PASSING])
def test_round62_epithet_region_near_misses(check, text):
    assert check(text) == [], _shown(check(text))
