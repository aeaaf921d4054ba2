"""Round 206 audit, safety: a claimed lawful status for botanicals that are not lawful supplements or foods.

Kratom is not legally marketed in the US as a drug or dietary supplement and is banned in several states; CBD and
delta-8 cannot be sold as supplements or added to food; Amanita muscaria is an unapproved food additive sold as a
"legal psychedelic"; psilocybin is in Schedule I. Copy that calls one of them a legal dietary supplement or food
(safety/lawful-status-claimed), or legal everywhere, without restriction or a legal psychedelic
(safety/legal-everywhere-claimed), is flagged. Near misses pass: lawful botanicals (kava, hemp seed foods,
ashwagandha), legality confined to a place, past legality, negations, questions, hedges and attributed claims.

All sentences are written for these tests."""
import pytest

LAWFUL = "safety/lawful-status-claimed"
EVERYWHERE = "safety/legal-everywhere-claimed"

FLAGS = [
    # a lawful supplement or food
    ("Our kratom gummies are a legal dietary supplement for busy mornings.", LAWFUL),
    ("Cannabidiol is a lawful food ingredient in every recipe we sell.", LAWFUL),
    ("Our red vein kratom is legal to sell as a herbal supplement.", LAWFUL),
    ("This CBD tincture is a lawfully marketed dietary supplement.", LAWFUL),
    ("Kratom extract is legally sold as a nutritional supplement.", LAWFUL),
    ("Our delta-8 chocolates are a legal food product.", LAWFUL),
    ("7-OH tablets are a legal herbal supplement.", LAWFUL),
    ("CBD drops are legal to add to smoothies and other foods.", LAWFUL),
    ("Ketum: a lawful supplement for focus.", LAWFUL),
    # legal everywhere, without restriction, or a legal psychedelic
    ("Kratom is legal in every single state of the union.", EVERYWHERE),
    ("Our Borneo kratom is completely legal, so buy with confidence.", EVERYWHERE),
    ("Order totally legal kratom capsules today.", EVERYWHERE),
    ("Kratom remains legal throughout the country.", EVERYWHERE),
    ("Fly agaric gummies are the legal way to trip.", EVERYWHERE),
    ("Muscimol caps are a legal psychedelic for the weekend.", EVERYWHERE),
    ("Amanita muscaria is a legal substitute for magic mushrooms.", EVERYWHERE),
    ("Psilocybin mushrooms are now legal, and they are easy to grow.", EVERYWHERE),
    ("Magic mushrooms are perfectly legal to buy online.", EVERYWHERE),
    ("Kratom is legal nationwide.", EVERYWHERE),
]

PASSES = [
    # lawful botanicals, and other things called legal
    "Kava root is a legal dietary supplement.",
    "Hulled hemp seed is a legal food ingredient.",
    "Our ashwagandha is a legal herbal supplement.",
    "Our kratom shop is a fully legal business.",
    "Blue lotus is often sold as a legal high.",
    "Blue lotus is a legal alternative to magic mushrooms.",
    "Epidiolex is the only legal CBD medicine the FDA has approved.",
    # a place, most places, or exceptions
    "Kratom is perfectly legal in Texas.",
    "Kratom is legal in most of the country, but not everywhere.",
    "Kratom is legal in all but a handful of states.",
    "Magic mushrooms are legal in Oregon for supervised sessions.",
    "Kratom is completely legal where I live.",
    # past legality, negations, questions, hedges, attributions
    "Kratom was a legal supplement in Indiana until the state banned it.",
    "Kratom is not a lawful dietary supplement in the US.",
    "CBD cannot be sold as a legal dietary supplement.",
    "Shrooms are not completely legal anywhere in the US.",
    "Is kratom legal in every state?",
    "Is CBD a legal food ingredient? No.",
    "Kratom may be legal in your county.",
    "Vendors claim kratom is a legal supplement, but the FDA says otherwise.",
    "The claim that Amanita gummies are a legal psychedelic is false.",
    "Whether psilocybin is legal depends on the state.",
    # another country's law is not what the US facts decide
    "Shops in the UK sell this CBD as a legal food supplement in Britain.",
    "In Australia, our CBD tincture is sold legally as a supplement under a pharmacist's care.",
]


@pytest.mark.parametrize("text,rule", FLAGS)
def test_lawful_status_claim_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", PASSES)
def test_lawful_status_near_miss_passes(rules_fired, text):
    assert not rules_fired(text) & {LAWFUL, EVERYWHERE}
