"""Botanical facts in relative clauses after a kind noun, audit round 103: "kava is a shrub that belongs
to the coffee family", "kratom, a tree which is native to Fiji", "kratom is a plant whose roots are
brewed", "kava is a root that comes from a plant in …"; "Pacific" as a region only before a plant word
("a Pacific shrub"); "rootstock" as a part word; a wrong form owning a source's part ("the seeds of the
cumin plant"). The near misses: correct facts in the same frames, a clause about another noun, negation,
attribution, questions, hedges, farming and trade.

All sentences are written for these tests."""
import pytest


def _botanical(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md")
            if f.scope == "sentence" and f.category == "botanical"}


FLAGGED = [
    # family in a relative clause after the predicate's plant noun
    ("Kava is a shrub that belongs to the coffee family.", "botanical/wrong-family"),
    ("Kratom is a tree that is part of the pepper family.", "botanical/wrong-family"),
    ("Kava is a plant which is a member of the coffee family.", "botanical/wrong-family"),
    ("Kratom is a tree which belongs to the pepper family.", "botanical/wrong-family"),
    ("Ashwagandha is a shrub that belongs to the ginseng family.", "botanical/wrong-family"),
    ("Turmeric is a herb that is a member of the mint family.", "botanical/wrong-family"),
    ("Kratom is a tree that is a member of the Piperaceae family.", "botanical/wrong-family"),
    ("Kratom is a tropical tree that is in the pepper family.", "botanical/wrong-family"),
    ("Kava is a shrub which belongs to the Rubiaceae family.", "botanical/wrong-family"),
    ("Valerian is a herb that belongs to the mint family.", "botanical/wrong-family"),
    ("Kava, a shrub that belongs to the coffee family, is relaxing.", "botanical/wrong-family"),
    ("Kava, a plant which is part of the coffee family, is calming.", "botanical/wrong-family"),
    ("Kava is a root that comes from a plant in the coffee family.", "botanical/wrong-family"),
    # native region in a relative clause
    ("Kratom is an evergreen tree that is native to the South Pacific.", "botanical/wrong-region"),
    ("Kava is a shrub that is native to Southeast Asia.", "botanical/wrong-region"),
    ("Kava is a shrub which is native to Thailand.", "botanical/wrong-region"),
    ("Kratom is a tree that grows wild in Fiji.", "botanical/wrong-region"),
    ("Kava is a plant that grows wild in Indonesia.", "botanical/wrong-region"),
    ("Ginkgo is a tree that is native to Brazil.", "botanical/wrong-region"),
    ("Moringa is a tree that is native to Peru.", "botanical/wrong-region"),
    ("Kratom, a tree that is native to Fiji, is sold online.", "botanical/wrong-region"),
    ("Kava is a shrub that originated in Indonesia.", "botanical/wrong-region"),
    ("Kratom is a tree that is indigenous to Hawaii.", "botanical/wrong-region"),
    ("Kava is a shrub that comes from Thailand.", "botanical/wrong-region"),
    # "Pacific" before a plant word
    ("Kratom is a Pacific shrub.", "botanical/wrong-region"),
    ("Kratom is a Pacific tree.", "botanical/wrong-region"),
    ("Kratom, a Pacific herb, is sold as powder.", "botanical/wrong-region"),
    # part in a "whose" clause after the plant noun
    ("Kratom is a plant whose roots are brewed into a tea.", "botanical/wrong-part"),
    ("Kava is a shrub whose leaves are brewed into the traditional drink.", "botanical/wrong-part"),
    ("Kava, a shrub whose leaves are pounded into the drink, is popular.", "botanical/wrong-part"),
    # rootstock is a part word
    ("Kratom is derived from the rootstock of the tree.", "botanical/wrong-part"),
    ("Kava is derived from the rootstock of the kratom tree.", "botanical/conflation"),
    # a wrong form owning the source's part
    ("Black seed oil is pressed from the seeds of the cumin plant.", "botanical/wrong-kind"),
    ("Black seed oil is pressed from the seeds of cumin.", "botanical/wrong-kind"),
]

PASSING = [
    # correct facts in the same frames
    "Kava is a shrub that belongs to the pepper family.",
    "Kratom is a tree that is part of the coffee family.",
    "Kava is a plant which is a member of the pepper family.",
    "Ashwagandha is a shrub that belongs to the nightshade family.",
    "Turmeric is a herb that belongs to the ginger family.",
    "Kratom is a tree that belongs to the same family as coffee.",
    "Kava is a shrub that belongs to the Piperaceae family.",
    "Kratom is a tree that is native to Thailand.",
    "Kava is a shrub that is native to Vanuatu.",
    "Kratom comes from a tree that is native to Southeast Asia.",
    "Kava is a Pacific shrub.",
    "Kava, a Pacific island shrub, is served in bowls.",
    "Kava is made from the rootstock of Piper methysticum.",
    "Kava is pounded from the rootstock of the shrub.",
    "Black seed oil is pressed from the seeds of Nigella sativa.",
    "Black seed oil is pressed from the seeds of Nigella sativa, not cumin.",
    "Black seed oil is pressed from the seeds of black cumin.",
    "Kava is a shrub whose roots are brewed into the traditional drink.",
    "Kratom is a tree whose leaves are chewed or brewed.",
    "Kratom leaves come from a tree that belongs to the coffee family.",
    "Lion's mane is a mushroom that grows on hardwood trees.",
    "Reishi is a mushroom that belongs to the Polyporaceae family.",
    # the clause describes another noun
    "Kava is served in bowls that are part of a coffee-family tradition.",
    "Kava is enjoyed by people who live in Thailand.",
    "Kava is sold by a company that is based in Thailand.",
    "Kratom is sold by vendors who are members of the American Kratom Association.",
    "Kava drinkers, who belong to a growing community, meet weekly.",
    "Kava is like coffee, a drink that belongs to the morning ritual.",
    "Kava is a shrub, and coffee is a plant that belongs to the coffee family.",
    "Kava is served with a root that comes from ginger.",
    "Kava is a shrub whose leaves are toxic.",
    # negated, attributed, questioned
    "Kava is not a shrub that belongs to the coffee family.",
    "Kava is a shrub that is not native to Thailand.",
    "Kratom is not a Pacific shrub.",
    "Is kratom a tree that belongs to the pepper family?",
    "Could kava be a shrub that belongs to the coffee family?",
    "Some sellers wrongly claim kava is a shrub that belongs to the coffee family.",
    "Kratom is a tree that some vendors say comes from Fiji.",
    # farming, trade, popularity; a bare "Pacific"
    "Kratom is grown on farms in Indonesia.",
    "Kava is imported from Fiji.",
    "Kratom is a tree that is now cultivated in Africa.",
    "Kratom is a tree that is popular in Thailand.",
    "Kava is a shrub that grows on farms in Vanuatu.",
    "Kava is a shrub that many farmers grow in Hawaii.",
    "Ginkgo is a tree that is planted along streets in New York.",
    "Kava comes from a pepper plant that grows in the South Pacific.",
    "Kava bars are popular on the Pacific coast.",
    "Kava bars serve a Pacific drink.",
    "Kratom ships from the Pacific Northwest.",
    "Kratom from Pacific Leaf Co. is lab tested.",
    "Our kratom is shipped by Pacific Herb Supply.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_clause_facts_are_flagged(checker, text, rule):
    assert rule in _botanical(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert _botanical(checker, text) == set()
