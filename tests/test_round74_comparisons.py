"""Botanical identity, audit round 197: comparisons of two botanicals that misstate what one of them is.

- A comparison set off by commas between a name and its verb ("kava, like kratom, is …", "maca, just like
  reishi, is …", "kratom, similar to kava, comes from …") leaves that name the subject; "unlike" too.
  Not after "if"/"whether" (a hypothetical), nor for a name ending a list.
- A source frame or an origin cue said of a list ("kratom and kava are (both) made from the roots",
  "kava and kratom both come from the leaves", "kava and kratom, two leaves from Asia", "… are both roots
  from the Pacific islands") is checked for every name; parts shared out ("the root and the leaf,
  respectively") are said of none.
- "X vs. Y: one is a mushroom, the other is a root": a kind said of "one" or "the other" is wrong only
  when it fits neither name.
- "Neither kava nor kratom is a plant": the generic word of the names' own life form denied of them.
- A plant said to grow on a fungus host ("maca grows on birch trees", "… thrives on maple stumps").

All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown

FLAGGED = [
    # a comparison aside between the name and its verb
    ("Kava, like kratom, is made from dried leaves.", "botanical/wrong-part", "kava"),
    ("Ashwagandha, just like reishi, is a mushroom.", "botanical/wrong-kind", "ashwagandha"),
    ("Maca, like lion's mane, is a mushroom.", "botanical/wrong-kind", "maca"),
    ("Turmeric, much like reishi, is a medicinal mushroom.", "botanical/wrong-kind", "turmeric"),
    ("Rhodiola, similar to cordyceps, is a fungus.", "botanical/wrong-kind", "rhodiola"),
    ("Kava, unlike reishi, is a mushroom.", "botanical/wrong-kind", "kava"),
    ("Kratom, similar to kava, is brewed from the root.", "botanical/wrong-part", "kratom"),
    ("Kratom, much like kava, is harvested from the roots.", "botanical/wrong-part", "kratom"),
    ("Kratom, like kava, comes from the South Pacific.", "botanical/wrong-region", "kratom"),
    ("Kava, same as kratom, comes from Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Kava, just like kratom, is native to Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Lion's mane, like ashwagandha, is an herb root.", "botanical/wrong-kind", "lions-mane"),
    # a source frame or origin said of a list
    ("Kratom and kava are both made from the roots of Pacific island plants.", "botanical/wrong-part", "kratom"),
    ("Kratom and kava are made from the roots.", "botanical/wrong-part", "kratom"),
    ("Kava and kratom both come from the leaves of a tropical tree.", "botanical/wrong-part", "kava"),
    ("Both kava and kratom are brewed from leaves.", "botanical/wrong-part", "kava"),
    ("Kava and ashwagandha are both made from leaves.", "botanical/wrong-part", "kava"),
    ("Kava and kratom come from leaves.", "botanical/wrong-part", "kava"),
    ("Kratom and kava are both roots from the Pacific islands.", "botanical/wrong-region", "kratom"),
    ("Kava and kratom, two leaves from Asia, are popular in bars.", "botanical/wrong-region", "kava"),
    ("Kava and kratom are two leaves from Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Kava and kratom, two plants native to Southeast Asia, are popular.", "botanical/wrong-region", "kava"),
    # one … the other
    ("Kratom vs. kava: one is a mushroom, the other is a root.", "botanical/wrong-kind", "kratom"),
    ("Kava vs kratom: one is a fungus, the other a leaf.", "botanical/wrong-kind", "kava"),
    ("Ashwagandha and maca: one is a fungus, the other a root.", "botanical/wrong-kind", "ashwagandha"),
    # a life form denied of a list
    ("Neither kava nor kratom is a plant.", "botanical/wrong-kind", "kava"),
    ("Neither kava nor kratom is a plant.", "botanical/wrong-kind", "kratom"),
    ("Neither reishi nor chaga is a fungus.", "botanical/wrong-kind", "chaga"),
    ("Neither kava, kratom nor maca is really a plant.", "botanical/wrong-kind", "maca"),
    # a plant on a fungus host
    ("As with chaga, maca grows on birch trees.", "botanical/wrong-kind", "maca"),
    ("Just like chaga, ashwagandha grows on birch trees.", "botanical/wrong-kind", "ashwagandha"),
    ("Maca, like reishi, grows on dead oak logs.", "botanical/wrong-kind", "maca"),
    ("Ashwagandha thrives on maple stumps.", "botanical/wrong-kind", "ashwagandha"),
    ("Kratom and kava both grow on oak trees.", "botanical/wrong-kind", "kava"),
]

PASSING = [
    # correct comparisons
    "Unlike kava, which is a root, kratom is a leaf.",
    "Kava comes from the root, whereas kratom comes from the leaf.",
    "Both reishi and chaga are fungi.",
    "Reishi, like chaga, is a mushroom.",
    "Kratom, like kava, is a plant.",
    "Maca, like ginseng, is made from the root.",
    "Kava, unlike kratom, is made from the root.",
    "Ashwagandha, unlike reishi, is a plant.",
    "Like kava, kratom is a tropical plant.",
    "Kava and kratom are both plants.",
    "Kava and kratom are both made from plants.",
    "Kratom vs. kava: one is a leaf, the other is a root.",
    "Kratom vs kava: one is a tree, the other is a shrub.",
    "Reishi vs kava: one is a fungus, the other is a root.",
    "Kava and reishi, one a root and one a mushroom, pair well.",
    "Kava and kratom, two plants from the tropics, are popular.",
    "Kratom and kava, two plants from different regions, are popular.",
    "Chaga, like reishi, grows on trees.",
    "Chaga grows on birch trees.",
    "Reishi grows on oak logs, unlike maca.",
    "Passionflower grows on oak trees.",
    "Reishi and chaga both grow on birch trees.",
    "Kava, like kratom, grows on trees.",
    "Kratom, like coffee, is a member of the Rubiaceae.",
    # parts shared out among the names
    "Kava and kratom are made from the root and the leaf, respectively.",
    "Kava and kratom come from the root and the leaf.",
    "Kava and kratom come from roots or leaves.",
    # "like" as "such as", or liking
    "Herbs like kava and kratom are popular.",
    "I like kava more than kratom.",
    "Drinks like kava and kratom come from leaves and roots.",
    # negated, questioned, hypothetical
    "Unlike kratom, kava is not a leaf.",
    "Kava, like kratom, is not a mushroom.",
    "Ashwagandha, unlike reishi, is not a fungus.",
    "Like kava, kratom is not a mushroom.",
    "Neither kava nor kratom is a mushroom.",
    "Neither kava nor kratom is made from mushrooms.",
    "Kava does not grow on oak trees.",
    "Is kava, like kratom, made from leaves?",
    "Does maca grow on oaks?",
    "If kava, like kratom, were a mushroom, it would grow on logs.",
    "Whether kava, like kratom, is a mushroom is debated.",
    # denials that are true or open: not the generic word, or a phrase that goes on
    "Neither reishi nor chaga is a plant.",
    "Neither kava nor kratom is a plant you should mix with alcohol.",
    "Neither kava nor kratom is a plant-based cure.",
    # effects, not identity
    "Like kratom, kava can be habit forming.",
    "Kava, like kratom, may cause liver problems.",
    "Kava, like alcohol, is a depressant.",
    "Kava, like kratom, is often sold as a powder.",
    "Kava, like kratom, is popular in the United States.",
    "Kava and kratom are both popular in bars.",
    # hedged and attributed
    "Some sellers claim that kava, like kratom, is made from leaves.",
    "Kava, like kratom, might be made from leaves, according to one forum.",
    "Some people believe kava, like kratom, is a mushroom, but it is a root.",
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED)
def test_flagged(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", PASSING)
def test_passing(check, text):
    found = [f for f in check(text) if f.rule.startswith("botanical/")]
    assert not found, _shown(found)


def test_denied_kind_message_says_what_the_names_are(check):
    found = [f for f in check("Neither kava nor kratom is a plant.") if f.rule == "botanical/wrong-kind"]
    assert {f.subject for f in found} == {"kava", "kratom"}, _shown(found)
    kava = next(f for f in found if f.subject == "kava")
    assert "not a plant" in kava.message and "Piper methysticum" in kava.correction
    assert "not not" not in kava.correction


def test_host_growth_correction(check):
    found = [f for f in check("As with chaga, maca grows on birch trees.") if f.rule == "botanical/wrong-kind"]
    assert found and found[0].text == "maca grows on birch trees", _shown(found)
    assert "Lepidium meyenii" in found[0].correction
