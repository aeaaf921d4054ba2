"""A true kind denied, audit round 204: a kind noun between the name and its copula ("Maitake mushrooms are not
fungi.", "Kratom trees aren't plants at all.") still denies the name's kind, when the noun is true of it; and a denial
followed by a correction that takes it literally, a part or a product ("Kava isn't a plant; it's a root.", "Maca is
not a plant, it's a powder."), is botanical/wrong-kind. Abstract corrections ("…, it's a way of life"), corrections
that repeat the denied word ("…, it's a plant medicine"), parts and products as the subject ("kava roots are not
plants"), and true denials pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


RULE = "botanical/wrong-kind"

FLAGGED = [
    # a kind noun after the name
    "Maitake mushrooms are not fungi.",
    "Reishi mushrooms aren't fungi at all.",
    "The chaga mushroom is not a fungus.",
    "Our lion's mane mushrooms are not really fungi.",
    "Shiitake mushrooms are no fungi.",
    "Turkey tail and reishi mushrooms aren't fungi.",
    "Kratom trees are not plants.",
    "Ginkgo trees were never plants.",
    "Ashwagandha plants aren't plants whatsoever.",
    # a denial corrected with a part or a product
    "Kava isn't a plant; it's a root.",
    "Kava is not a plant, it's a drink.",
    "Maca isn't a plant — it's a powder.",
    "Kratom is not a tree, it's a leaf.",
    "Kratom is not a tree but rather a leaf.",
    "Turmeric is not a plant, it's a spice.",
    "Reishi is not a fungus but a supplement.",
    "Chaga isn't a fungus, it's a tea.",
    "Lion's mane is not a mushroom; it is a nootropic powder.",
    "Kava isn't a plant at all, it's a root.",
    "Kava and kratom are not plants, they're drugs.",
    "Honestly, rhodiola is not a plant, it's an extract.",
]

PASSING = [
    # true denials and their corrections
    "Chaga is not a true mushroom.",
    "Spirulina is not a plant.",
    "Spirulina is not a plant, it's a supplement.",
    "Kava is not a mushroom; it's a root.",
    "Kava is not a mushroom, it's a drink.",
    "Chaga is not a mushroom, it's a tea.",
    "Maitake mushrooms are not plants.",
    "Maitake mushrooms are not plants, they're fungi.",
    "Reishi mushrooms aren't vegetables.",
    # a part or a product as the subject
    "Kava roots are not plants.",
    "The kava root is not a plant.",
    "Kratom leaves are not fungi.",
    "Kava shots are not plants.",
    "Kava tea isn't a plant, it's a drink.",
    # other senses, abstract corrections, the denied word repeated
    "Kava is not a plant you should smoke.",
    "Kava is not just a plant.",
    "Kava is not only a plant, it's a drink.",
    "Kava isn't a plant-based protein.",
    "Kava is not a plant, it's a way of life.",
    "Kava is not a plant, it's a tradition.",
    "Kava isn't a plant, it's a whole culture.",
    "Kava is not a plant; it's an experience you share.",
    "Kava is not a plant but a gift from the ancestors.",
    "Kava is not a plant, it's a plant medicine.",
    "Kava is not a plant, it's a plant-based drink.",
    "Kava is not a plant people grow at home, it's a drink.",
    "Kava is not the plant, it's the drink.",
    # questions, myths, attribution, hedges
    "Are maitake mushrooms not fungi?",
    "Are reishi mushrooms really not fungi?",
    "It is a myth that reishi mushrooms are not fungi.",
    "Myth: maitake mushrooms aren't fungi.",
    "Myth: kava is not a plant, it's a drink.",
    "It's false that shiitake mushrooms are not fungi.",
    "Reishi mushrooms may not be fungi.",
    "\"Maitake mushrooms are not fungi,\" the ad claimed.",
    "Some sellers claim kava is not a plant, it's a drink, but that is false.",
    "Sellers say reishi mushrooms are not fungi, which is wrong.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_denied_kinds_are_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert RULE not in _fired(checker, text)
