"""Kinship between two substances: a family claim only when it names the family, or when the two are
not kin above the family (different orders, or a fungus and a plant). "Chaga is related to reishi"
(two bracket fungi) and "valerian is related to elderberry" (both Dipsacales) are true loosely."""
import pytest

RULE = "botanical/wrong-family"


@pytest.mark.parametrize("text", [
    # a family named: the same family is a checkable claim
    "Chaga is in the same family as reishi.",
    "Turkey tail belongs to the same family as chaga.",
    "Shiitake comes from the same family as maitake.",
    "Moringa belongs to the same family as maca.",
    "Elderberry is in the same family as valerian.",
    # different orders, or different kingdoms: the kinship itself is wrong
    "Kava is related to kratom.",
    "Kratom, a close cousin of kava, is sold as a powder.",
    "Maca is a relative of ginseng.",
    "Reishi is related to ginseng.",
    "Lion's mane is a cousin of kava.",
    "Kava and kratom are closely related.",
])
def test_flags(checker, text):
    rules = [f.rule for f in checker.check_text(text)]
    assert RULE in rules, (text, rules)


@pytest.mark.parametrize("text", [
    # two fungi: kin at the rank of class or kingdom
    "Chaga is related to reishi.",
    "Chaga is closely related to turkey tail.",
    "Maitake, a relative of lion's mane, grows at the foot of oaks.",
    "Shiitake is a cousin of cordyceps.",
    "Reishi and chaga are cousins.",
    "Turkey tail and maitake are closely related.",
    # two plants of one order
    "Valerian is related to elderberry.",
    "Elderberry, a cousin of valerian, flowers in June.",
    "Maca is a relative of moringa.",
    "St. John's wort is related to passionflower.",
    # negated or asked, as before
    "Is chaga related to reishi?",
    "Chaga is not related to kava.",
])
def test_passes(checker, text):
    found = [(f.rule, f.text) for f in checker.check_text(text) if f.scope == "sentence"]
    assert not found, (text, found)
