"""Botanical identity facts, audit round 113: a climate or habitat that excludes the organism ("chaga grows in
the tropics", "sea moss is a freshwater alga", "kratom is a desert shrub"), while a place where it may be farmed
stays no error; two teas of Camellia sinensis called different plants ("green tea and black tea come from
different plants"); and a family stated in a relative clause after a descriptive noun ("maca is a root vegetable
that belongs to the nightshade family").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


REGION = "botanical/wrong-region"
FAMILY = "botanical/wrong-family"
SAME = "botanical/same-plant"

FLAGGED = [
    ("Chaga flourishes in the tropics.", REGION),
    ("Wild chaga, a tropical mushroom, is sold by the ounce.", REGION),
    ("Our chaga is picked in humid equatorial rainforests.", REGION),
    ("Chaga is a fungus that grows on palm trees in the Amazon.", REGION),
    ("This chaga was collected deep in the Amazon jungle.", REGION),
    ("Lion's mane abounds in tropical jungles.", REGION),
    ("Rhodiola is an equatorial herb.", REGION),
    ("Sea moss lives in freshwater lakes.", REGION),
    ("Sea moss is a freshwater seaweed.", REGION),
    ("Our sea moss is sourced from the Great Lakes.", REGION),
    ("Sea moss is gathered from rivers in the spring.", REGION),
    ("Kratom thrives in sandy deserts.", REGION),
    ("Kava is a desert plant.", REGION),
    ("Kava flourishes in the tundra.", REGION),
    ("Kratom grows best in arctic climates.", REGION),
    ("Kratom is a tropical evergreen, native to the Caribbean.", REGION),
    ("Kratom grows wild in the Amazon rainforest.", REGION),
    ("Kava is pounded from the roots of a tropical shrub in Borneo.", REGION),
    ("Black tea and green tea come from two different plants.", SAME),
    ("Oolong comes from a different plant than matcha.", SAME),
    ("White tea and sencha are made from different plants.", SAME),
    ("Matcha and gyokuro come from different plant species.", SAME),
    ("Maca is a root vegetable that belongs to the potato family.", FAMILY),
    ("Maca, a tuber that is a member of the nightshade family, is sold as flour.", FAMILY),
    ("Turmeric, a spice which belongs to the mint family, stains fingers.", FAMILY),
    ("Reishi is a mushroom that belongs to the Hymenochaetaceae.", FAMILY),
]

PASSING = [
    # correct habitats and farming
    "Chaga grows on living birch in cold northern forests.",
    "Chaga is harvested in the taiga of Siberia.",
    "Sea moss grows on rocky Atlantic shores.",
    "Sea moss grows in tropical waters off St. Lucia.",
    "Kratom grows in tropical rainforests.",
    "Kava is a tropical shrub.",
    "Turkey tail grows in the tropics and in temperate woods.",
    "Unlike chaga, turkey tail also grows in the tropics.",
    "Reishi is cultivated in China.",
    "Cordyceps militaris is now farmed in labs worldwide.",
    "Kava grows in Hawaii.",
    "Kava grows in the Amazon rainforest on a few farms.",
    "Kava is a tropical shrub native to Vanuatu.",
    "Spirulina grows in warm freshwater lakes.",
    "Chlorella is a freshwater alga.",
    "Rhodiola thrives in arctic climates.",
    "Chaga grows in Alaska.",
    # negated, questioned, attributed
    "Chaga does not grow in the tropics.",
    "Does chaga grow in the tropics?",
    "Chaga is not a tropical mushroom.",
    "Sea moss is never harvested from freshwater lakes.",
    "Some sellers claim sea moss grows in lakes, but it is a marine alga.",
    # the same words, no habitat claim
    "Blend chaga tea with tropical fruit.",
    "Rinse the sea moss in fresh water before soaking it.",
    "Store sea moss gel away from tropical heat.",
    "Chaga buyers in tropical countries can order online.",
    "Order our chaga on Amazon.",
    "We ship kratom from a warehouse in the desert.",
    # teas
    "Rooibos and green tea come from different plants.",
    "Oolong and green tea are made from the same plant.",
    "Green tea and black tea come from different regions.",
    "Black tea and green tea are different drinks.",
    "Green tea and black tea do not come from different plants.",
    "Do green tea and black tea come from different plants?",
    "Black tea and kava come from different plants.",
    # families
    "Maca is a root vegetable that belongs to the cabbage family.",
    "Turmeric is a spice that belongs to the ginger family.",
    "Maca is not a root vegetable that belongs to the nightshade family.",
    "Maca is a root vegetable that pairs well with foods from the nightshade family.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_identity_facts_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_correct_or_unclaimed_facts_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("botanical/")}, text


def test_two_teas_with_no_entry_name_are_checked_in_a_tea_document(checker):
    text = "Green tea is our bestseller.\n\nWhite tea comes from a different plant than black tea.\n"
    assert SAME in _fired(checker, text)
