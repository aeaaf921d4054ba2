"""Constituent names, audit round 186: a plant's compound or extract given as the plant's name ("curcumin is just
another name for turmeric"), a compound the plant lacks said to be in it or to be it
("kratom contains morphine", "kratom is a form of morphine"), one plant said to come from its kin ("turmeric is
the root of the ginger plant"), and a wrong shared family between a substance and a kin plant outside the
knowledge base ("black seed and cumin are in the same family"). True statements of what a plant contains, its
extracts, its kinship, negations, questions and reported claims pass.

Reference: botanicals-and-claims.md rows 1 (kratom: mitragynine and 7-OH, no morphine), 4 (turmeric: "curcumin (a
constituent, not a synonym)"), 22 (black seed, Ranunculaceae, vs cumin, Apiaceae), 26 (milk thistle: "silymarin (an
extract, not a synonym)"), 33 (ginger: Zingiber officinale, turmeric's family but another species).

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    # a compound given as the plant's name
    ("Curcumin is just another name for turmeric.", "botanical/conflation"),
    ("Silymarin is simply another name for milk thistle.", "botanical/conflation"),
    ("Turmeric, also called curcumin, eases stiff joints.", "botanical/conflation"),
    ("Our turmeric, also known as curcumin, is stone-ground.", "botanical/conflation"),
    ("Curcumin, also called turmeric, colors the curry.", "botanical/conflation"),
    ("Milk thistle, also known as silymarin, grows wild in Greece.", "botanical/conflation"),
    ("Silymarin and milk thistle are the same thing.", "botanical/conflation"),
    ("Turmeric and curcumin are basically the same thing.", "botanical/conflation"),
    ("Curcumin is the same as turmeric.", "botanical/conflation"),
    ("Curcumin is really just turmeric.", "botanical/conflation"),
    ("Honestly, turmeric is just curcumin.", "botanical/conflation"),
    ("Curcumin is turmeric.", "botanical/conflation"),
    ("Silymarin is the scientific name for milk thistle.", "botanical/conflation"),
    # a compound kratom lacks, said to be in it or to be it
    ("Kratom contains morphine.", "botanical/conflation"),
    ("Our kratom capsules contain morphine.", "botanical/conflation"),
    ("Kratom leaves are loaded with morphine.", "botanical/conflation"),
    ("Kratom is rich in codeine.", "botanical/conflation"),
    ("Kratom is a form of morphine.", "botanical/wrong-kind"),
    ("Kratom is a type of morphine.", "botanical/wrong-kind"),
    ("Kratom is basically natural morphine.", "botanical/wrong-kind"),
    # one plant from its kin: "the ginger plant" is Zingiber, not the ginger family
    ("Turmeric is the root of the ginger plant.", "botanical/conflation"),
    ("Turmeric comes from the ginger plant.", "botanical/conflation"),
    ("Turmeric powder is made from the ginger plant.", "botanical/conflation"),
    # the part of a wrong plant, after a copula and an article: "is the seed of the cumin plant"
    ("Black seed is the seed of the cumin plant.", "botanical/wrong-kind"),
    ("Black seed is just the seed of the cumin plant.", "botanical/wrong-kind"),
    ("Black seed, the seed of the cumin plant, is potent.", "botanical/wrong-kind"),
    ("Kava is the root of the black pepper plant.", "botanical/wrong-kind"),
    # a kin plant outside the knowledge base placed in the substance's family
    ("Black seed and cumin are in the same family.", "botanical/wrong-family"),
    ("Cumin and black seed belong to the same family.", "botanical/wrong-family"),
    ("Nigella and caraway are in the same plant family.", "botanical/wrong-family"),
    ("Kalonji and cumin are members of the same family.", "botanical/wrong-family"),
]

PASSING = [
    # what a plant contains, its extracts, standardization
    "Curcumin is the main active compound in turmeric.",
    "Turmeric contains curcumin.",
    "Turmeric is rich in curcumin.",
    "Curcumin gives turmeric its color.",
    "Curcumin is the reason turmeric is yellow.",
    "Our turmeric is standardized to 95% curcuminoids.",
    "Turmeric (95% curcuminoids) goes in every capsule.",
    "Turmeric (curcumin 500 mg) per serving.",
    "The key ingredient in turmeric is curcumin.",
    "Curcumin is just one of the compounds in turmeric.",
    "Curcumin is the same as turmeric extract in some studies.",
    "Turmeric is a source of curcumin.",
    "Turmeric and curcumin are both popular supplements.",
    "Turmeric Curcumin Complex with black pepper",
    "Silymarin is extracted from milk thistle seeds.",
    "Milk thistle seeds contain silymarin.",
    "Milk thistle extract (silymarin) supports the liver.",
    # a label's parenthesis names what the extract is standardized to
    "Milk Thistle (Silymarin) | 90 capsules",
    "Turmeric (curcumin) capsules are back in stock.",
    "Silymarin, the active extract of milk thistle, is well studied.",
    "Silymarin comes from milk thistle.",
    "Milk thistle and silymarin supplements are sold here.",
    # kratom's real alkaloids, comparisons with morphine
    "Kratom's alkaloids act on opioid receptors.",
    "Kratom contains mitragynine, not morphine.",
    "Kratom is less potent than morphine.",
    "Kratom is often compared to morphine.",
    "Kratom users sometimes switch to morphine.",
    "Never mix kratom with morphine.",
    "7-OH can exceed morphine in potency.",
    "Morphine comes from poppies, not kratom.",
    # true kinship of turmeric and ginger
    "Ginger and turmeric are cousins.",
    "Turmeric is a rhizome, like ginger.",
    "Turmeric and ginger are in the same family.",
    "Turmeric comes from a plant in the ginger family.",
    "Turmeric is the rhizome of a plant in the ginger family.",
    "Turmeric grows like the ginger plant.",
    "Ginger comes from the ginger plant.",
    # black cumin is an accepted name of black seed; other sameness than family
    "Black cumin (Nigella sativa) is an annual herb.",
    "Black seed oil, also called black cumin seed oil, is cold-pressed.",
    "Black seed and cumin are in the same aisle.",
    "Black seed and cumin are in the same blend.",
    "Kava and black pepper are in the same family.",
    "Black seed is the seed of Nigella sativa.",
    "Black seed is the seed of a plant unlike cumin.",
    "The seeds of the cumin plant are smaller than black seed.",
    "Black seed is not the seed of the cumin plant.",
    # negated, asked, reported
    "Curcumin is not just another name for turmeric.",
    "Is curcumin another name for turmeric?",
    "Some people think curcumin is another name for turmeric.",
    "They say curcumin is just another name for turmeric.",
    "Curcumin and turmeric are not the same thing.",
    "Turmeric is not the same as curcumin.",
    "Kratom does not contain morphine.",
    "Does kratom contain morphine?",
    "Kratom is not morphine.",
    "Turmeric is not the root of the ginger plant.",
    "Black seed and cumin are not in the same family.",
    "Are black seed and cumin in the same family?",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("botanical/")}
