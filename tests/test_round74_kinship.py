"""Botanical kinship and part claims, audit round 74 (a129): kin named as "sister plants", "related
plants" or in an aside ("like its cousin kava, …", "kratom, kava's close cousin, …"), a substance
joined as kin to cumin or caraway (Apiaceae, botanicals-and-claims.md row 22), and a part named in
the seller's own voice ("we use only the flowers of the kava plant").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


FAMILY = "botanical/wrong-family"
PART = "botanical/wrong-part"

FLAGGED = [
    ("Kratom and kava are sister plants.", FAMILY),
    ("Turmeric and kratom are related plants.", FAMILY),
    ("Maca and ashwagandha are sister plants.", FAMILY),
    ("Kava and kratom are kindred plants.", FAMILY),
    ("Like its cousin kava, kratom calms the mind.", FAMILY),
    ("Like its close cousin kava, kratom eases tension.", FAMILY),
    ("Unlike its cousin kava, kratom grows into a tall tree.", FAMILY),
    ("Like its cousin ginseng, ashwagandha restores energy.", FAMILY),
    ("Kava, like its relative kratom, is sold as powder.", FAMILY),
    ("Kratom, like its cousin kava, is sold in bars.", FAMILY),
    ("Kratom, kava's close cousin, grows in Thailand.", FAMILY),
    ("Kava is kratom's botanical cousin.", FAMILY),
    ("Kava's cousin, kratom, is sold as a powder.", FAMILY),
    ("Kratom is kava's sister plant.", FAMILY),
    ("Turmeric is a seed spice related to cumin.", FAMILY),
    ("Turmeric is related to cumin.", FAMILY),
    ("Ashwagandha and cumin are close cousins.", FAMILY),
    ("Ginger and cumin are botanical cousins.", FAMILY),
    ("Black seed is a close relative of cumin.", FAMILY),
    ("Turmeric is a cousin of caraway.", FAMILY),
    ("Black seed is related to caraway.", FAMILY),
    ("Black seed is in the same family as cumin.", FAMILY),
    ("Black seed is a type of cumin.", "botanical/wrong-kind"),
    ("We use only the flowers of the kava plant.", PART),
    ("I use only the flowers of the kava plant.", PART),
    ("We use only the stems of the kava plant.", PART),
    ("We only use the stems of the kava plant.", PART),
    ("We use only the bark of the kratom tree.", PART),
    ("We harvest only the flowers of our turmeric.", PART),
    ("We carefully harvest the young leaves of our maca.", PART),
    ("We hand-pick only the flowers of the kratom tree.", PART),
    ("We select the finest leaves of the turmeric plant.", PART),
]

PASSING = [
    "Ashwagandha is in the same family as tomatoes and potatoes.",
    "Ginger and turmeric are both members of the ginger family.",
    "Kratom is related to coffee.",
    "Kratom and kava are unrelated plants.",
    "Is kratom related to kava? No.",
    "Kratom is often confused with kava, but the two are unrelated.",
    "Kava's cousin, black pepper, is a kitchen staple.",
    "My cousin swears by kava.",
    "Kava bars and their cousins, kratom bars, are spreading.",
    "Ashwagandha leaves are also used in some traditional preparations.",
    "Our ashwagandha is made from the finest leaves.",
    "Kratom and kava are not sister plants.",
    "Some sellers say kava and kratom are sister plants.",
    "Are kratom and kava sister plants?",
    "Kava is a distant cousin of kratom.",
    "Kratom and coffee are sister plants.",
    "Kava and black pepper are sister plants.",
    "Chaga and reishi are sister species.",
    "Ginger and turmeric are related plants.",
    "Ashwagandha and potatoes are sister plants in the nightshade family.",
    "Our kratom and kava are sister products.",
    "Kava and kratom are sister brands of our company.",
    "Kava and kratom are related products.",
    "Kava and kratom are related in the minds of shoppers.",
    "Kratom and kava are related only by their reputation.",
    "Like its cousin, kava calms the mind.",
    "Like its cousin coffee, kratom perks you up.",
    "Unlike its cousin black pepper, kava numbs the mouth.",
    "Like its cousin turmeric, ginger is a rhizome.",
    "Ginger, like its relative turmeric, is a rhizome.",
    "Turmeric, ginger's close cousin, stains everything yellow.",
    "Kratom, coffee's close cousin, perks you up.",
    "Kava's cousin, kratom bars, are opening downtown.",
    "Kava is kratom's biggest rival.",
    "Kava is kratom's cousin in the marketplace.",
    "Like their cousins in Fiji, Tongans drink kava nightly.",
    "Kava, like its cousin the kava bar, is everywhere.",
    "Turmeric and cumin are close friends in the spice rack.",
    "Turmeric and cumin are related spices.",
    "Turmeric is not related to cumin.",
    "Turmeric, like cumin, is a warming spice.",
    "Caraway and cumin are related.",
    "Black seed is often called black cumin.",
    "Black seed is unrelated to cumin.",
    "We use turmeric and cumin in our curry.",
    "We harvest only the roots of the kava plant.",
    "We use only the leaves of the kratom tree.",
    "We use the rhizome of the turmeric plant in our golden milk.",
    "We harvest the flowers of our chamomile by hand.",
    "We use the leaves of the kava plant as mulch.",
    "Farmers use the leaves of the kava plant for compost.",
    "We never use the leaves of the kava plant.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_kinship_and_part_claims_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_true_or_loose_kinship_and_parts_pass(checker, text):
    assert not {r for r in _fired(checker, text) if r in (FAMILY, PART)}, text
