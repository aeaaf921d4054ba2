"""Botanical identity, audit round 69: telling two plants apart, and one said to be another.

- "X is a different <noun> from Y" ("a different plant from", "a distinct mushroom from", "an entirely
  separate herb from") sets two things apart: its "from" names no source, so no conflation is read.
  Two names of one organism set apart that way are still a same-plant finding.
- One species of an entry said to be another ("Korean ginseng is American ginseng", "American
  ginseng is just Panax ginseng grown in Wisconsin", "… are the same plant") is a conflation; the
  message names both species. "Korean ginseng is the American ginseng of Asia" is an epithet.
- "the same fungus / mushroom as" is a sameness claim like "the same plant as".

All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown

FLAGGED = [
    # set apart, but one organism
    ("Matcha is a different plant from green tea.", "botanical/same-plant", "green-tea"),
    ("Sencha is an entirely separate plant from matcha.", "botanical/same-plant", "green-tea"),
    # one species of an entry said to be the other
    ("Korean ginseng is American ginseng.", "botanical/conflation", "panax-ginseng"),
    ("American ginseng is just Panax ginseng grown in Wisconsin.", "botanical/conflation", "panax-ginseng"),
    ("Korean ginseng is simply American ginseng grown in Korea.", "botanical/conflation", "panax-ginseng"),
    ("American ginseng is the same plant as Korean ginseng.", "botanical/conflation", "panax-ginseng"),
    ("Asian ginseng is a type of American ginseng.", "botanical/conflation", "panax-ginseng"),
    ("Chinese ginseng is a variety of American ginseng.", "botanical/conflation", "panax-ginseng"),
    ("American ginseng is basically Korean ginseng grown in North America.", "botanical/conflation",
     "panax-ginseng"),
    ("American ginseng is the same species as Asian ginseng.", "botanical/conflation", "panax-ginseng"),
    ("Korean ginseng, a type of American ginseng, is steamed for red ginseng.", "botanical/conflation",
     "panax-ginseng"),
    ("American ginseng and Korean ginseng are the same plant.", "botanical/conflation", "panax-ginseng"),
    ("Korean ginseng comes from the same plant as American ginseng.", "botanical/conflation", "panax-ginseng"),
    # conflations of two entries, several phrasings
    ("Kratom is a form of kava.", "botanical/conflation", "kratom"),
    ("Kratom is basically kava.", "botanical/conflation", "kratom"),
    ("Kratom comes from the same plant as kava.", "botanical/conflation", "kratom"),
    ("Kratom is a stronger form of kava.", "botanical/conflation", "kratom"),
    ("Hemp seed oil is a form of CBD oil.", "botanical/conflation", "hemp-seed"),
    ("Fly agaric is a type of psilocybin mushroom.", "botanical/conflation", "amanita-muscaria"),
    ("Ashwagandha is a type of ginseng.", "botanical/conflation", "ashwagandha"),
    ("Siberian ginseng is a type of Korean ginseng.", "botanical/conflation", "eleuthero"),
    ("Chaga is the same as reishi.", "botanical/conflation", "chaga"),
    ("Chaga comes from the same fungus as reishi.", "botanical/conflation", "chaga"),
    ("Chaga and reishi are the same mushroom.", "botanical/conflation", "chaga"),
    # a source frame without a contrast word is still a source
    ("Kratom is a fresh leaf from the kava plant.", "botanical/conflation", "kratom"),
    ("Kratom is made from the roots of the kava plant.", "botanical/conflation", "kratom"),
]

PASSING = [
    # set apart: "from" is a contrast
    "Kratom is a different plant from kava.",
    "Kratom is an entirely separate herb from kava.",
    "Kava is a completely different shrub from kratom.",
    "Fly agaric is a different mushroom from psilocybin mushrooms.",
    "Fly agaric is a distinct mushroom from magic mushrooms.",
    "Chaga is a different fungus from reishi.",
    "Chaga is an unrelated fungus from reishi.",
    "Ashwagandha is a totally different root from ginseng.",
    "Ashwagandha is a completely different herb from Korean ginseng.",
    "Kratom is a different kind of plant from kava.",
    "Siberian ginseng is a different plant from Korean ginseng.",
    "Korean ginseng is a different species from American ginseng.",
    "Kratom is a different plant from the kava shrub.",
    "Kratom comes from a different tree from kava.",
    "Kratom is made from the leaves of a different tree from kava.",
    # the ginseng species: correct, compared, negated, asked, attributed
    "Korean ginseng is Panax ginseng.",
    "Korean ginseng is Asian ginseng.",
    "Korean red ginseng is Chinese ginseng that has been steamed.",
    "American ginseng is a type of ginseng.",
    "American ginseng is a close relative of Korean ginseng.",
    "Korean ginseng is a cousin of American ginseng.",
    "Korean ginseng and American ginseng are related species.",
    "Korean ginseng is stronger than American ginseng.",
    "Korean ginseng is an American ginseng alternative.",
    "Korean ginseng is often sold as American ginseng.",
    "Korean ginseng is not American ginseng.",
    "Korean ginseng is not the same plant as American ginseng.",
    "Is Korean ginseng the same as American ginseng?",
    "Some vendors say Korean ginseng is American ginseng.",
    "Korean ginseng is warming, while American ginseng is cooling.",
    "If Korean ginseng is unavailable, American ginseng is a good substitute.",
    "Red ginseng is American ginseng or Korean ginseng that has been steamed.",
    "Korean ginseng is the American ginseng of Asia.",
    "American ginseng is to Wisconsin what Korean ginseng is to Korea.",
    # other pairs: compared, negated, asked, attributed, correct
    "Kratom is not a type of kava.",
    "People often ask whether kratom is a form of kava.",
    "It is a myth that kratom is the same as kava.",
    "Kratom is sometimes compared to kava.",
    "Matcha is a form of green tea.",
    "Matcha comes from the same plant as green tea.",
    "Hemp seed oil is not the same as CBD oil.",
    "Chaga and reishi are not the same mushroom.",
    "Reishi and lingzhi are the same mushroom.",
    "Chaga and reishi are in the same kingdom.",
    "Is chaga the same mushroom as reishi?",
    "Kratom is related to coffee.",
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED)
def test_flagged(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", PASSING)
def test_passing(check, text):
    found = [f for f in check(text) if f.rule.startswith("botanical/")]
    assert not found, _shown(found)


def test_species_conflation_names_both_species(check):
    found = [f for f in check("Korean ginseng is American ginseng.") if f.rule == "botanical/conflation"]
    assert found, found
    assert "Panax quinquefolius" in found[0].message and "Asian ginseng" in found[0].message
    assert "Panax ginseng" in found[0].correction
