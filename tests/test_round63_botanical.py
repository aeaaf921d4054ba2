"""Botanical identity, audit round 63: errors in possessive frames and listings.

A possessive name key set off by commas or linked by a copula ("kratom's scientific name,
Piper methysticum, …", "the kava shrub's Latin name is …"), a possessive or "whose" native
home ("kava's homeland, Thailand, …", "kratom, whose homeland is …"), a possessive or "whose"
family key ("kratom's family, the pepper family, …"), a pair summed up by "both" ("kava and
kratom, both mushrooms, …"), listing titles whose middle segment is a kind phrase before a
size ("Ashwagandha | Adaptogenic Mushroom | 90 caps") or whose part follows the product's own
Latin name ("Maca | Lepidium meyenii | Leaf Powder"), and Markdown table cells under a Family
or Native range heading. Each table carries its near misses: the same syntax with correct
facts, negations, questions, other possessors and trade facts.

All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown


FLAG = [
    # possessive Latin-name key
    ("Kratom's scientific name, Piper methysticum, is printed on every bag.", "botanical/wrong-latin-name", "kratom"),
    ("Ashwagandha's botanical name, Lepidium meyenii, hints at its use.", "botanical/wrong-latin-name", "ashwagandha"),
    ("The kava shrub's Latin name is Mitragyna speciosa.", "botanical/wrong-latin-name", "kava"),
    ("The kratom tree's binomial is Piper methysticum.", "botanical/wrong-latin-name", "kratom"),
    # possessive and "whose" native home
    ("Kava's homeland, Thailand, buys most of the harvest.", "botanical/wrong-region", "kava"),
    ("Kratom's native range, the South Pacific islands, gets heavy rain.", "botanical/wrong-region", "kratom"),
    ("The kava plant's native region is Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Kratom's birthplace, Fiji, exports it.", "botanical/wrong-region", "kratom"),
    ("Kratom, whose homeland is the South Pacific, is sold here.", "botanical/wrong-region", "kratom"),
    ("Kava's native range is Southeast Asia, not the Pacific.", "botanical/wrong-region", "kava"),
    # possessive and "whose" family key
    ("Kratom's family, the pepper family, includes black pepper.", "botanical/wrong-family", "kratom"),
    ("Kava's botanical family, Rubiaceae, also holds coffee.", "botanical/wrong-family", "kava"),
    ("The kratom tree's family is the pepper family.", "botanical/wrong-family", "kratom"),
    ("Kratom, whose family is the pepper family, is sold online.", "botanical/wrong-family", "kratom"),
    # a pair summed up by "both"
    ("Kava and kratom, both mushrooms, are relaxing.", "botanical/wrong-kind", "kava"),
    ("Ashwagandha and maca, both adaptogenic mushrooms, are trending.", "botanical/wrong-kind", "maca"),
    ("Kava and kratom, both native to the South Pacific, are related.", "botanical/wrong-region", "kratom"),
    # listing titles
    ("Ashwagandha | Adaptogenic Mushroom | 90 caps", "botanical/wrong-kind", "ashwagandha"),
    ("Kratom | Medicinal Fungus | 250 g", "botanical/wrong-kind", "kratom"),
    ("Reishi | Adaptogenic Herb | 60 caps", "botanical/wrong-kind", "reishi"),
    ("Maca | Lepidium meyenii | Leaf Powder", "botanical/wrong-part", "maca"),
    ("Turmeric | Curcuma longa | Leaf Powder | 200 g", "botanical/wrong-part", "turmeric"),
    ("Kava | Piper methysticum | Leaf Extract", "botanical/wrong-part", "kava"),
    ("Lion's Mane | Hericium erinaceus | Herb Powder | 60 g", "botanical/wrong-kind", "lions-mane"),
    # table cells under fact headings
    ("| Name | Family |\n|---|---|\n| Kava | Rubiaceae |", "botanical/wrong-family", "kava"),
    ("| Name | Family | Part used |\n|---|---|---|\n| Kava | Rubiaceae | Root |", "botanical/wrong-family", "kava"),
    ("| Name | Native region |\n|---|---|\n| Kava | Southeast Asia |", "botanical/wrong-region", "kava"),
    ("| Name | Family | Native region |\n|---|---|---|\n| Kratom | Piperaceae | Southeast Asia |",
     "botanical/wrong-family", "kratom"),
]

PASS = [
    # Latin-name key: correct, negated, question, comparison
    "Kratom's scientific name, Mitragyna speciosa, is printed on every bag.",
    "Kava's Latin name, Piper methysticum, means intoxicating pepper.",
    "The kava shrub's Latin name is Piper methysticum.",
    "Kratom's botanical name is not Piper methysticum.",
    "Is kratom's Latin name Piper methysticum?",
    "Kratom's botanical name is often mistaken for Piper methysticum.",
    "Kava's Latin name, Piper methysticum, is unlike kratom's, Mitragyna speciosa.",
    # native home: correct, negated, question, a market, another possessor, lists
    "Kava's homeland, Vanuatu, buys most of the harvest.",
    "Kratom's native range, Southeast Asia, gets heavy rain.",
    "The kratom tree's native region is Southeast Asia.",
    "Kava's native home is not Southeast Asia.",
    "Kava's native range is the Pacific, not Southeast Asia.",
    "Kava's biggest market, the United States, keeps growing.",
    "Kava's homeland, Vanuatu, ships it to Thailand.",
    "Kava's homeland, Fiji, Tonga and Samoa all brew it.",
    "Is kava's homeland Thailand?",
    "My grandmother's homeland, Thailand, loves kratom.",
    "Kratom, whose homeland is Thailand, is sold here.",
    "Kava, whose biggest market is Thailand, is popular.",
    # family key
    "Kratom's family, the coffee family, includes gardenia.",
    "Kava's plant family is Piperaceae.",
    "The kratom tree's family is the coffee family.",
    "Kratom, whose family is the coffee family, is sold online.",
    "Kava's family is not the coffee family.",
    "Kava's family is the pepper family, not the coffee family.",
    "Is kava's family the coffee family?",
    "Kava's family, the Tongan royal family, drinks it daily.",
    "Kratom's family, the coffee family, and kava's, the pepper family, are unrelated.",
    # "both"
    "Kava and kratom, both sold online, are popular.",
    "Kava and kratom, both plants, are unrelated.",
    "Reishi and chaga, both mushrooms, are calming.",
    "Ashwagandha and maca, both adaptogenic roots, are trending.",
    "Kava, kratom and reishi, both mushrooms, are sold here.",
    "Reishi and kava, both mushrooms and roots, are blended.",
    "Kava and kratom, both not mushrooms, are plants.",
    "Kava and kratom, both loved in Fiji, are calming.",
    "Kava and kratom, both native to Asia and the Pacific respectively, differ.",
    # listings
    "Maca | Lepidium meyenii | Root Powder",
    "Kava | Piper methysticum | Root Extract",
    "Ashwagandha | Adaptogenic Root | 90 caps",
    "Reishi | Adaptogenic Mushroom | 60 caps",
    "Chaga | Wild Mushroom | 100 g",
    "Kratom | Tropical Tree | 250 g",
    "Kratom | Mitragyna speciosa | Leaf Powder",
    "Ashwagandha | Withania somnifera | Leaf Extract",
    "Lion's Mane | Hericium erinaceus | Mushroom Powder | 60 g",
    "Maca | Lepidium meyenii | Gelatinized Root Powder | 500 g",
    "Maca | Lepidium meyenii | Peru",
    "Kava | Mushroom | Reishi",
    "Ashwagandha | Mushroom Blends | 90 caps",
    "Home | Ashwagandha | Adaptogenic Mushroom | 90 caps",
    "Ashwagandha | Reishi Mushroom | 90 caps",
    # tables
    "| Name | Family | Native region |\n|---|---|---|\n| Kava | Piperaceae | Vanuatu |",
    "| Name | Family |\n|---|---|\n| Kava | Piperaceae |",
    "| Name | Pairs with |\n|---|---|\n| Kava | Rubiaceae |",
    "| Name | Native region | Sold in |\n|---|---|---|\n| Kava | Vanuatu | Thailand |",
    "| Name | Ships from | Part used |\n|---|---|---|\n| Kava | Thailand | Root |",
    "| Kava | Thailand |",
]


@pytest.mark.parametrize("text,rule,subject", FLAG)
def test_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", PASS)
def test_passes(check, text):
    found = check(text)
    assert not found, _shown(found)


# A region adjective with no noun after "from" is the language a name comes from, not a place; before a noun it
# still names one.
LANGUAGE_OR_PLACE = [
    ("Kava comes from Greek islands.", "botanical/wrong-region", "kava"),
    ("Our kratom comes from Fijian farms.", "botanical/wrong-region", "kratom"),
]
LANGUAGE_PASSING = [
    "The word kava comes from Greek.",
    "The name kratom comes from Greek, meaning leaf.",
    "Kava's Latin name, Piper methysticum, comes from Greek.",
]


@pytest.mark.parametrize("text,rule,subject", LANGUAGE_OR_PLACE, ids=[t[0][:40] for t in LANGUAGE_OR_PLACE])
def test_round63_region_adjective_before_a_noun_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", LANGUAGE_PASSING, ids=[t[:40] for t in LANGUAGE_PASSING])
def test_round63_language_after_from_passes(check, text):
    assert check(text) == [], _shown(check(text))
