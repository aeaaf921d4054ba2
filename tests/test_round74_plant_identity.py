"""Plant identity, audit round 182: two different plants called one plant ("kratom and coffee come from
the same plant", "kava and black pepper are one and the same"), kava called an opioid or narcotic, and kratom
called an opium product. Kin in the same family or genus is true and passes ("kratom is related to coffee",
"kava is in the same genus as black pepper"); so do negations, questions and reported claims.

Reference: botanicals-and-claims.md rows 1 (kratom: Rubiaceae; "natural opioid from poppies"), 2 (kava:
Piperaceae; "narcotic/opioid"), 22 (black seed vs cumin), 27 (blue lotus vs the sacred lotus, Nelumbo).

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


FLAGGED = [
    # a family word that is also a plant's name, said to be the same plant as a substance
    ("Kratom and coffee really come from the same plant.", "botanical/wrong-kind"),
    ("Kratom is harvested from the same plant as coffee.", "botanical/wrong-kind"),
    ("Kratom comes from the same tree as coffee beans.", "botanical/wrong-kind"),
    ("Blue lotus and the sacred lotus are the same flower.", "botanical/wrong-kind"),
    ("Blue lotus and sacred lotus are basically the same plant.", "botanical/wrong-kind"),
    ("Kratom and poppies are the same plant.", "botanical/wrong-kind"),
    # a wrong form (black pepper, cumin) in a sameness frame, either order
    ("Kava and black pepper are really the same plant.", "botanical/wrong-kind"),
    ("Black pepper and kava are the same species.", "botanical/wrong-kind"),
    ("Kava and black peppercorns are one and the same.", "botanical/wrong-kind"),
    ("Our kava is made from the same plant as black pepper.", "botanical/wrong-kind"),
    ("Nigella and cumin are the same plant.", "botanical/wrong-kind"),
    ("Kava is simply black pepper from the islands.", "botanical/wrong-kind"),
    # "one and the same <noun>" between two names
    ("Turmeric and ginger are one and the same plant.", "botanical/conflation"),
    ("Reishi and chaga are one and the same mushroom.", "botanical/conflation"),
    # kava called an opioid, opiate or narcotic (it acts via kavalactones)
    ("Kava is an opioid, so use it sparingly.", "botanical/wrong-kind"),
    ("Kava is a gentle natural opiate.", "botanical/wrong-kind"),
    ("Kava, a narcotic from Fiji, calms the mind.", "botanical/wrong-kind"),
    # kratom called an opium product (it is the leaf of Mitragyna speciosa)
    ("Kratom is an opium derivative.", "botanical/wrong-kind"),
    ("Kratom is made from raw opium.", "botanical/wrong-kind"),
]

PASSING = [
    # "made with" names an ingredient added, not what the product is made from
    "Kava is made with black pepper in some recipes.",
    "Some kava blends are brewed with peppercorns for flavor.",
    # true kinship
    "Kratom is in the same family as coffee.",
    "Kratom is related to coffee.",
    "Kratom and coffee are in the same family.",
    "Kava is related to black pepper.",
    "Kava is in the same genus as black pepper.",
    "Kava is a cousin of black peppercorns.",
    "Turmeric and ginger are in the same family.",
    "Turmeric and ginger are one and the same plant family.",
    # true sameness
    "Matcha and sencha come from the same plant.",
    "Matcha and green tea are one and the same plant.",
    "CBD comes from the same plant as marijuana.",
    # negated, asked, reported
    "Kratom and coffee are not the same plant.",
    "Kratom does not come from the same plant as coffee.",
    "Is kratom from the same plant as coffee?",
    "Are kava and black pepper the same plant?",
    "Some people think kava and black pepper are the same plant.",
    "Blue lotus is not the same plant as the sacred lotus.",
    "Kava is not an opioid; it acts through kavalactones.",
    "Kava is not a narcotic.",
    "Kratom is not opium.",
    # the word not describing the substance
    "Kava is a non-opioid option for unwinding.",
    "Kava is a non-narcotic relaxant.",
    "Kava bars serve a drink, not narcotics.",
    "Unlike opioids, kava acts on GABA receptors.",
    "Kratom withdrawal resembles opium withdrawal.",
    "Kratom was once used in Thailand to ease opium withdrawal.",
    "Season the kava bowl with black pepper.",
    "Kratom's compounds act on opioid receptors.",
    "Chamomile and lavender flowers are the same flower color.",
    "Coffee beans and kratom leaves both come from trees in the coffee family.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_identity_errors_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_true_or_hedged_identity_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("botanical/")}
