"""Plant identity leftovers, audit round 193: kratom said to come from "the poppy" (singular, which is
also the poppy family's common noun: botanical-source-wrong-family-words), and two names said to be the
same plant with a product or part noun after a name ("kava powder and kratom are the same plant"), and a
name followed, with no verb, by "from the" and its wrong form before a plant noun ("black seed is just black
cumin from the cumin plant").
Negations, comparisons, questions, reported claims, other subjects and other families pass.

Reference: botanicals-and-claims.md row 1 (kratom: Mitragyna speciosa, Rubiaceae; "natural opioid from
poppies"), row 2 (kava: Piper methysticum, Piperaceae) and row 22 (black seed: Nigella sativa, not cumin).

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    # kratom's source said to be the poppy (singular)
    ("Kratom is derived from the poppy.", "botanical/wrong-kind"),
    ("Kratom is made from poppy latex.", "botanical/wrong-kind"),
    ("Kratom comes from the poppy.", "botanical/wrong-kind"),
    ("Our kratom powder is extracted from the poppy.", "botanical/wrong-kind"),
    ("Kratom is harvested from a poppy.", "botanical/wrong-kind"),
    ("Kratom is made from the seeds of the poppy.", "botanical/wrong-kind"),
    # the poppy plant stays a family claim; the family frames are unchanged
    ("Kratom comes from the poppy plant.", "botanical/wrong-family"),
    ("Kratom is a kind of poppy.", "botanical/wrong-family"),
    ("Kratom is in the poppy family.", "botanical/wrong-family"),
    # a product or part noun after each name of a sameness frame
    ("Kava powder and kratom are the same plant.", "botanical/conflation"),
    ("Kava root and kratom leaf are the same plant.", "botanical/conflation"),
    ("Kava tea and kratom are basically the same herb.", "botanical/conflation"),
    ("Kava and kratom powder are the same thing.", "botanical/conflation"),
    ("Kava extract & kratom are one and the same.", "botanical/conflation"),
    # a name followed, with no verb, by "from the" and its wrong form heading a plant noun
    ("Black seed is just black cumin from the cumin plant.", "botanical/wrong-kind"),
    ("Black seed is black cumin from the cumin plant.", "botanical/wrong-kind"),
    ("Try our black seed from the cumin plant.", "botanical/wrong-kind"),
    ("Black cumin from the cumin plant is sold here.", "botanical/wrong-kind"),
    ("Kava from the black pepper plant is calming.", "botanical/wrong-kind"),
]

PASSING = [
    # negated, compared, questioned, reported
    "Kratom is not from the poppy.",
    "Kratom is not derived from the poppy.",
    "Kratom, unlike the poppy, is a tree leaf.",
    "Kratom is a tree leaf, unlike the poppy.",
    "Some claim kratom is derived from the poppy, but it is a tree.",
    "Is kratom derived from the poppy?",
    "Kratom comes from Mitragyna speciosa, not the poppy.",
    "Kratom leaves are harvested from the tree, not the poppy.",
    # other subjects of the poppy
    "Opium is derived from the poppy.",
    "Morphine is made from poppy latex.",
    "Kratom acts like opium, which is derived from the poppy.",
    "Kratom comes from a tree; heroin comes from the poppy.",
    "Kratom is often confused with products made from the poppy.",
    "Kratom comes from a tree, and morphine from the poppy.",
    # other families' common nouns keep their behaviour
    "Blue lotus comes from the lotus.",
    # sameness with a product noun: negated, questioned, reported, or another likeness
    "Kava powder and kratom are not the same plant.",
    "Kava powder and kratom are the same price.",
    "Kava powder and kratom powder are the same color.",
    "Kava powder and kratom are sold in the same shop.",
    "Are kava powder and kratom the same plant?",
    "Some sellers claim kava powder and kratom are the same plant.",
    "Kava root and kratom leaf come from different plants.",
    "Our kava powder and kratom capsules ship the same day.",
    "Matcha powder and green tea are the same plant.",
    "Kava root and kava powder are the same plant.",
    # a bare "from" after a name: a place, another noun, the right plant, negated, questioned, reported
    "Black seed is black cumin from the Nigella plant.",
    "Black seed from the Nigella sativa plant is peppery.",
    "Black seed is not cumin from the cumin plant.",
    "Is black seed just cumin from the cumin plant?",
    "Some sellers say black seed is cumin from the cumin plant.",
    "Kava from Fiji is calming.",
    "Kava from the islands is calming.",
    "Black seed from the garden is best.",
    "Black seed from the cumin aisle is mislabeled.",
    "We grow black seed from the seed of last year's plant.",
    "Cumin from the cumin plant is a spice.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_identity_leftovers_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_true_or_hedged_identity_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("botanical/")}
