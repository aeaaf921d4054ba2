"""A true identity denied, and a part word as the head noun, audit round 202: a name's true kind or life form denied
as the bare predicate of its clause ("Kava is not a plant.", "Kratom isn't a tree at all.", "Contrary to popular
belief, chaga is not a fungus.") is botanical/wrong-kind; a part word heading an indefinite description of a name
("Kava is a leaf.", "Maca is a berry grown in Peru.") is botanical/wrong-part when the product is another part.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


OUR_RULES = {"botanical/wrong-kind", "botanical/wrong-part"}

FLAGGED = [
    # a life form's generic word denied
    ("Kava is not a plant.", "botanical/wrong-kind"),
    ("Ashwagandha isn't a plant at all.", "botanical/wrong-kind"),
    ("Our maca was never a plant.", "botanical/wrong-kind"),
    ("Chamomile is no plant.", "botanical/wrong-kind"),
    ("Rhodiola is actually not a plant!", "botanical/wrong-kind"),
    ("Reishi is not a fungus.", "botanical/wrong-kind"),
    ("Turkey tail isn't really a fungus whatsoever.", "botanical/wrong-kind"),
    ("Contrary to popular belief, chaga is not a fungus.", "botanical/wrong-kind"),
    ("Honestly, shiitake is not a fungus.", "botanical/wrong-kind"),
    ("Spirulina is not a bacterium.", "botanical/wrong-kind"),
    ("Chlorella isn't an alga.", "botanical/wrong-kind"),
    ("Sea moss is not a seaweed.", "botanical/wrong-kind"),
    # the life form itself
    ("Kratom isn't a tree at all.", "botanical/wrong-kind"),
    ("Ginkgo was never a tree.", "botanical/wrong-kind"),
    ("Lion's mane is no mushroom.", "botanical/wrong-kind"),
    ("Maitake is not a mushroom.", "botanical/wrong-kind"),
    # a list, an aside, a contrast that names another kind
    ("Kava and kratom are not plants.", "botanical/wrong-kind"),
    ("Reishi and turkey tail aren't fungi at all.", "botanical/wrong-kind"),
    ("Kratom, it turns out, is not a tree.", "botanical/wrong-kind"),
    ("Kava, unlike reishi, is not a plant.", "botanical/wrong-kind"),
    ("Kratom is not a plant but a fungus.", "botanical/wrong-kind"),
    ("Moringa isn't a plant; it's a kind of algae.", "botanical/wrong-kind"),
    # a part as the head noun
    ("Kava is a leaf.", "botanical/wrong-part"),
    ("Kratom is a root from Fiji.", "botanical/wrong-part"),
    ("Turmeric is a flower.", "botanical/wrong-part"),
    ("Maca is a berry.", "botanical/wrong-part"),
    ("Maca is a tiny seed grown in the Andes.", "botanical/wrong-part"),
    ("Ashwagandha, a small berry from India, is calming.", "botanical/wrong-part"),
    ("Kava, a leaf chewed in Fiji, is relaxing.", "botanical/wrong-part"),
    ("Valerian is a flower that helps you sleep.", "botanical/wrong-part"),
    ("Green tea is a root.", "botanical/wrong-part"),
    ("Kratom is a bark.", "botanical/wrong-part"),
    ("Maca and kava are leaves.", "botanical/wrong-part"),
    ("Kava is a leaf, not a root.", "botanical/wrong-part"),
]

PASSING = [
    # true denials and corrections
    "Kava is not a mushroom.",
    "Reishi is not a plant.",
    "Chaga is not a plant.",
    "Chaga is not a true mushroom.",
    "Chaga is not a mushroom but a sterile conk.",
    "Cordyceps is not a mushroom.",
    "Spirulina is not a true alga.",
    "Spirulina isn't an alga.",
    "Spirulina isn't really an alga but a cyanobacterium.",
    "Spirulina is not a plant.",
    "Kava and reishi are not fungi.",
    "Sea moss is not a moss.",
    "Kava isn't a tree.",
    "Ashwagandha is not a tree.",
    "Turmeric is not an herb.",
    # questions, hedges, reports, myths, outside negation
    "Is kava a plant?",
    "Is kava not a plant?",
    "Isn't kratom a tree?",
    "Kava may not be a plant.",
    "Sellers claim reishi is not a fungus.",
    "It is a myth that kava is not a plant.",
    "Myth: lion's mane is not a fungus.",
    "It's not true that kava isn't a plant.",
    "\"Kava is not a plant,\" the ad claimed.",
    # other senses: not just, a plant for, a plant-based, a modifier, a relative clause
    "Kava is not just a plant.",
    "Kava isn't only a plant; it's a culture.",
    "Kava is not a plant you should smoke.",
    "Kava is not a plant for everyone.",
    "Kava is not a plant-based protein.",
    "Kava is not a typical plant.",
    "Kava is not the plant for you.",
    "Kratom is not a tree nut.",
    "Kratom is not a tree that grows in Europe.",
    "Reishi is not a mushroom you eat raw.",
    "Lion's mane is not a magic mushroom.",
    "Kava is not a plant, it's a way of life.",
    "Kava is not a plant but a ritual.",
    # parts right, tolerated, or modifiers
    "Kava is a root.",
    "Kava is a root crop.",
    "Kava is a root vegetable of the Pacific.",
    "Turmeric is a rhizome.",
    "Turmeric is a root.",
    "Ginger is a root.",
    "Kratom is a leaf.",
    "Moringa is a seed.",
    "Elderberry is a berry.",
    "Chamomile is a flower with daisy-like heads.",
    "Saffron is a flower.",
    "Kava is a root drink.",
    "Kava is a root beer alternative.",
    "Kava is a tea leaf substitute.",
    "Kava is a leaf-free drink.",
    "Kava is a root and leaf blend.",
    # lists and comparisons
    "Kava is not a leaf like kratom.",
    "Kava is a root, not a leaf like kratom.",
    "Kratom is a leaf and kava is a root.",
    "Kava, kratom and maca are a root, a leaf and a root.",
    "Is turmeric a flower?",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_denials_and_part_heads_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not (_fired(checker, text) & OUR_RULES)
