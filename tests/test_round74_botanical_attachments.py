"""Botanical errors stated through the source plant, audit round 176: a wrong Latin binomial after a source
frame's preposition or part word ("kava comes from the roots of Piper nigrum"), a genus-mate of a substance
given as its alias ("kratom, or Mitragyna javanica,"), a part of a flower where the product is another part of it
("saffron comes from the petals": it is the stigmas), a part named on the plant's part ("the crocus flower's
petals"), and a climate or habitat the organism cannot live in named as a desert or rainforest ("rhodiola grows
in the Sahara", "chaga grows in the Amazon"). Cultivated plants grow in many places, so "grows in <place>" stays
a farming statement unless the place is a habitat the knowledge base excludes.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Kava comes from the roots of Piper nigrum.", "botanical/wrong-latin-name"),
    ("Our kava drink is brewed from the root of Piper nigrum.", "botanical/wrong-latin-name"),
    ("Kava is made from Piper longum.", "botanical/wrong-latin-name"),
    ("The kava we sell is extracted from the rootstock of Piper auritum.", "botanical/wrong-latin-name"),
    ("Kava is pounded from the root of the Piper cubeba plant.", "botanical/wrong-latin-name"),
    ("Kratom powder is milled from the leaves of Mitragyna parvifolia.", "botanical/wrong-latin-name"),
    ("Kratom, or Mitragyna javanica, is farmed in Borneo.", "botanical/wrong-latin-name"),
    ("Kratom, aka Mitragyna hirsuta, is sold in capsules.", "botanical/wrong-latin-name"),
    ("Kratom (also known as Mitragyna inermis) is sold in capsules.", "botanical/wrong-latin-name"),
    ("Ashwagandha comes from the root of Withania coagulans.", "botanical/wrong-latin-name"),
    ("Turmeric is ground from the rhizome of Curcuma zedoaria.", "botanical/wrong-latin-name"),
    ("Saffron, or Carthamus tinctorius, turns rice golden.", "botanical/wrong-latin-name"),
    ("Saffron is taken from the stigmas of Colchicum autumnale.", "botanical/wrong-latin-name"),
    ("Black seed comes from the seeds of Cuminum cyminum.", "botanical/wrong-latin-name"),
    ("Saffron comes from the petals of Crocus sativus.", "botanical/wrong-part"),
    ("Saffron is harvested from the crocus flower's petals.", "botanical/wrong-part"),
    ("Our saffron is made from the plant's petals.", "botanical/wrong-part"),
    ("Saffron threads are plucked from the petals by hand.", "botanical/wrong-part"),
    ("Saffron is collected from the petals of the saffron crocus.", "botanical/wrong-part"),
    ("Kava is made from the flower's petals.", "botanical/wrong-part"),
    ("Rhodiola grows in the Sahara.", "botanical/wrong-region"),
    ("Rhodiola thrives in the Gobi Desert.", "botanical/wrong-region"),
    ("Chaga grows in the Amazon.", "botanical/wrong-region"),
    ("Our chaga is wild-harvested deep in the Amazon.", "botanical/wrong-region"),
    ("Lion's mane grows wild in the Congo basin.", "botanical/wrong-region"),
    ("Kava grows in the Atacama Desert.", "botanical/wrong-region"),
]

PASSING = [
    "Kava comes from the roots of Piper methysticum.",
    "Kratom, or Mitragyna speciosa, is farmed in Borneo.",
    "Saffron comes from the stigmas of Crocus sativus.",
    "Saffron is harvested from the crocus flower's stigmas.",
    "Saffron comes from the flowers of Crocus sativus.",
    "Saffron is plucked from the crocus flower.",
    "Piper nigrum gives us black pepper.",
    "Black pepper comes from the fruit of Piper nigrum.",
    "Unlike black pepper (Piper nigrum), kava comes from Piper methysticum.",
    "Kava is not Piper nigrum.",
    "Kava is not made from Piper nigrum.",
    "Is kava made from the roots of Piper nigrum?",
    "Some sellers claim kava comes from Piper nigrum.",
    "Kava comes from the roots of Piper methysticum, a cousin of Piper nigrum.",
    "Kratom is often confused with Mitragyna javanica.",
    "Mitragyna parvifolia is a relative of kratom.",
    "Saffron is sometimes cut with safflower (Carthamus tinctorius).",
    "Chamomile tea is brewed from the flower's petals.",
    "Chamomile tea is made from the petals of the flower.",
    "Kratom leaves are picked from the tree by hand.",
    "Chaga is gathered from birch trees.",
    "Kava roots are collected from farms in Vanuatu.",
    "Turmeric grows in Hawaii.",
    "Kava grows in Hawaii.",
    "Rhodiola grows in Siberia.",
    "Turkey tail grows in the Amazon.",
    "Ashwagandha grows at the edge of the Sahara.",
    "Rhodiola does not grow in the Sahara.",
    "Does chaga grow in the Amazon?",
    "Chaga is sold on Amazon.",
    "Our chaga ships from the Amazon warehouse.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_source_plant_errors_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_correct_or_distanced_source_statements_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("botanical/")}
