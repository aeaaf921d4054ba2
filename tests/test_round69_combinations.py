"""Document-level combination requirement, audit round 90 (theme: when two substances are used together).

Whole short documents that use kava or kratom with alcohol, or with each other. Fixed here:

* alcohol named by a drink that is no name of it is a member of a use-together frame: "your favorite cocktail",
  "a glass of red", "a few shots", "a couple of pints" (not "a kava cocktail", "a cocktail of kavalactones",
  "an alcohol-free cocktail", "kava shots", "energy shots", "two shots of espresso", "cocktail sauce");
* a linking cue takes both members coordinated after it: "I unwind with a shell of kava and a couple of beers"
  (not "a menu with kava and beer", "kava bars with kava and beer on tap", "kava or a couple of beers");
* "Some nights I add a little kratom to the mix": a member added to "the mix" / "the stack" joins the combination
  of the sentences just before (not "add honey to the mix", nor a mix that no sentence before named);
* a soft or alcohol-free drink is no alcohol: "root beer", "ginger beer", "a non-alcoholic beer".

Near misses stay unflagged: separate times, a venue serving both, a list of products, "unlike alcohol",
warnings that already say not to combine, beer as a flavour or a brewing word. All texts are written for these tests."""
import pytest

import claimcheck

LIVER = " Kava has been linked to liver injury."
KRATOM = " Kratom can cause dependence, and the FDA has warned against it."


def _combinations(text):
    return {f.subject for f in claimcheck.check_text(text, path="post.md")
            if f.scope == "document" and f.rule == "safety/combination-missing-safety-language"}


FLAGGED = [
    ("After a long shift I unwind with a shell of kava and a couple of beers. The combination is so relaxing." + LIVER,
     {"alcohol+kava"}),
    ("End the night with kava and a glass of red." + LIVER, {"alcohol+kava"}),
    ("Relax with kratom and a couple of beers." + KRATOM, {"alcohol+kratom"}),
    ("We finish every party with kava & shots of rum." + LIVER, {"alcohol+kava"}),
    ("Pair our kava with your favorite cocktail." + LIVER, {"alcohol+kava"}),
    ("Our kratom goes great with a cocktail." + KRATOM, {"alcohol+kratom"}),
    ("I take my kava with a few shots." + LIVER, {"alcohol+kava"}),
    ("I take kratom with a couple of shots on Fridays." + KRATOM, {"alcohol+kratom"}),
    ("Kava with a glass of red is my nightcap." + LIVER, {"alcohol+kava"}),
    ("I sip kava, then a couple of cocktails." + LIVER, {"alcohol+kava"}),
    ("Kratom with a couple of pints is my Saturday." + KRATOM, {"alcohol+kratom"}),
    ("Kava with cocktails at sunset, that's the life." + LIVER, {"alcohol+kava"}),
    ("We drink kava with a few beers. Then I add kratom to the mix." + LIVER + KRATOM,
     {"alcohol+kava", "alcohol+kratom", "kava+kratom"}),
    ("I drink kava with a glass of wine." + LIVER + KRATOM + " Sometimes I add kratom to the mix too.",
     {"alcohol+kava", "alcohol+kratom", "kava+kratom"}),
    ("We stack kava and wine." + LIVER + KRATOM + " Later I threw some kratom into the mix.",
     {"alcohol+kava", "alcohol+kratom", "kava+kratom"}),
    # the warning names the kratom pairs only; the kava and beer pair stays unwarned
    ("We drink kava with a few beers. Never add kratom to the mix, it raises the risk of sedation." + LIVER + KRATOM,
     {"alcohol+kava"}),
]

PASSING = [
    "I take kratom in the morning and kava at night." + LIVER + KRATOM,
    "Kava bars often serve kratom tea too." + LIVER + KRATOM,
    "Our shop sells kava, kratom, CBD and incense." + LIVER + KRATOM,
    "Unlike alcohol, kava leaves your head clear." + LIVER,
    "Kava is brewed like a beer." + LIVER,
    "Kava with a root beer chaser is a kid-friendly twist." + LIVER,
    "Kava with ginger beer is delicious." + LIVER,
    "I drink kava with a non-alcoholic beer." + LIVER,
    "Never mix kava with beers." + LIVER,
    "I drink kava with a couple of beers, but mixing them raises the risk of liver strain and the combination has not been studied." + LIVER,
    "Kava contains a cocktail of kavalactones." + LIVER,
    "Kava tastes a bit like a cocktail of dirt and pepper." + LIVER,
    "Try our kava cocktails at the bar." + LIVER,
    "Kava with a shrimp cocktail makes an odd lunch." + LIVER,
    "Kava with an alcohol-free cocktail is our twist." + LIVER,
    "Kava with a cocktail sauce dip." + LIVER,
    "Kava, the Pacific's answer to the cocktail, is served in shells." + LIVER,
    "Our kava bar is the cocktail of the town." + LIVER,
    "We serve kava shots and ginger shots." + LIVER,
    "Kava with two shots of espresso is my morning." + LIVER,
    "A menu with kava and beer on it hangs by the door." + LIVER,
    "Kava bars with kava and beer on tap are rare." + LIVER,
    "Compared with kava and beer, kratom is stronger." + LIVER + KRATOM,
    "I drink kava or a couple of beers, never both." + LIVER,
    "People with kava and alcohol problems should see a doctor." + LIVER,
    "Kava, unlike a glass of red, leaves no hangover." + LIVER,
    "I swapped my glass of red for a shell of kava." + LIVER,
    "Kava with a glass of water is best." + LIVER,
    "Many people trade their evening beers for kava." + LIVER,
    "We went for a few beers. The next morning I had kava." + LIVER,
    "I drink kava. Some nights I add a little honey to the mix." + LIVER,
    "We drink kava with coconut milk. Some nights I add a little kratom to the mix." + LIVER + KRATOM,
    "Kava is a root. Kratom is a leaf. Add kratom to the mix?" + LIVER + KRATOM,
]


@pytest.mark.parametrize("text, expected", FLAGGED)
def test_flagged(text, expected):
    assert _combinations(text) == expected


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    assert _combinations(text) == set()
