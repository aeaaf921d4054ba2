"""Botanical identity, audit round 68: the ginsengs and look-alike names.

The knowledge base's ginseng entry covers two species (botanicals-and-claims.md row 15: Panax
ginseng, native to China and Korea; Panax quinquefolius, native to eastern North America). A name
of one species alone ("American ginseng", "Korean ginseng", its Latin name) now reads that
species' Latin name and range, so "American ginseng, native to Korea" and "Korean ginseng (Panax
quinquefolius)" are caught; names either species is sold under ("ginseng", "red ginseng") keep
the entry's facts. A genus named as a species' home ("a Panax species", "the genus Panax") is
checked against the substance's genus as well as its family: eleuthero ("Siberian ginseng") is in
the ginseng family but not in Panax (row 34). German and Roman chamomile are told apart the same way
(row 32), and "respectively" pairs a list of names with a list of places in order.

Each table carries its near misses: correct facts in other phrasings, comparisons, corrections,
negations, questions, trade and farming places, lists. All sentences are written for these tests."""
from pathlib import Path

import pytest
import yaml
from botanical_support import _flags, _shown

KB_PATH = Path(__file__).resolve().parents[1] / "rules" / "botanicals.yaml"


SPECIES_FLAGGED = [
    ("American ginseng, native to Korea, is prized for its root.", "botanical/wrong-region", "panax-ginseng"),
    ("American ginseng grows wild in the mountains of Korea.", "botanical/wrong-region", "panax-ginseng"),
    ("Wild American ginseng grows in the forests of Manchuria.", "botanical/wrong-region", "panax-ginseng"),
    ("American ginseng is native to China.", "botanical/wrong-region", "panax-ginseng"),
    ("Panax quinquefolius is native to Korea.", "botanical/wrong-region", "panax-ginseng"),
    ("Asian ginseng, native to North America, is a slow-growing herb.", "botanical/wrong-region", "panax-ginseng"),
    ("Panax ginseng, native to Appalachia, is a slow-growing herb.", "botanical/wrong-region", "panax-ginseng"),
    ("Korean ginseng, a North American herb, is prized for its root.", "botanical/wrong-region", "panax-ginseng"),
    ("Korean ginseng (Panax quinquefolius) is steamed to make red ginseng.", "botanical/wrong-latin-name",
     "panax-ginseng"),
    ("American ginseng (Panax ginseng) is harvested in Wisconsin.", "botanical/wrong-latin-name", "panax-ginseng"),
    ("Chinese ginseng, or Panax quinquefolius, is a perennial.", "botanical/wrong-latin-name", "panax-ginseng"),
    ("Panax quinquefolius, known as Korean ginseng, is a perennial.", "botanical/wrong-latin-name",
     "panax-ginseng"),
    ("Siberian ginseng (Panax ginseng) supports stamina.", "botanical/wrong-latin-name", "eleuthero"),
    ("Indian ginseng (Panax ginseng) calms the mind.", "botanical/wrong-latin-name", "ashwagandha"),
]

SPECIES_PASSING = [
    "American ginseng (Panax quinquefolius) is native to eastern North America.",
    "Asian ginseng (Panax ginseng) grows in Korea and northeast China.",
    "Korean ginseng, Panax ginseng, is native to Korea and northeast China.",
    "Chinese ginseng, or Panax ginseng, grows in Jilin.",
    "American ginseng, or Panax quinquefolius, grows in Wisconsin.",
    "Korean red ginseng is steamed Panax ginseng root.",
    "Asian ginseng (Panax ginseng) and American ginseng (Panax quinquefolius) are both true ginsengs.",
    "Korean ginseng is Panax ginseng, while American ginseng is Panax quinquefolius.",
    "Korean ginseng (Panax ginseng) and its American cousin Panax quinquefolius differ in ginsenosides.",
    "Many shoppers confuse American ginseng with Panax ginseng.",
    "American ginseng is often mislabelled as Panax ginseng.",
    "Red ginseng may come from Panax ginseng or Panax quinquefolius.",
    "Ginseng (Panax quinquefolius) is native to Wisconsin.",
    "Ginseng grows in Korea and in North America.",
    "American ginseng, unlike Korean ginseng, is native to North America.",
    "American ginseng grows in Wisconsin, while Korean ginseng grows in Korea.",
    "Some sellers claim American ginseng is native to Korea, but it comes from North America.",
    "Is American ginseng really native to Korea?",
    "American ginseng is not native to Korea.",
    "American ginseng is exported to Korea.",
    "American ginseng is popular in China and Korea.",
    "In Korea, American ginseng is sold as a cooling tonic.",
    "American ginseng has been used in Chinese medicine for centuries.",
    "American ginseng was introduced to China in the 18th century.",
    "Most American ginseng is now grown in China.",
    "Panax quinquefolius is grown commercially in Ontario and in China.",
    "Korean ginseng is also cultivated in Wisconsin.",
    "Wild American ginseng is now rare in Appalachia.",
    "American ginseng's native range covers eastern North America.",
    "Asian ginseng and American ginseng are different species.",
    "Maca comes from Peru, kava from Vanuatu, and ginseng from Korea.",
    "Unlike Siberian ginseng, Panax ginseng is a true ginseng.",
    "Siberian ginseng is often mislabelled as Panax ginseng.",
    "Indian ginseng, or ashwagandha (Withania somnifera), is native to India.",
    "Peruvian ginseng, better known as maca, grows in the high Andes of Peru.",
]

GENUS_FLAGGED = [
    ("Siberian ginseng is a Panax species.", "botanical/wrong-family", "eleuthero"),
    ("Eleuthero belongs to the genus Panax.", "botanical/wrong-family", "eleuthero"),
    ("Maca is a member of the Panax genus.", "botanical/wrong-family", "maca"),
    ("Ashwagandha, also called Indian ginseng, is a Panax species.", "botanical/wrong-family", "ashwagandha"),
    ("Peruvian ginseng, a Panax species, grows in the Andes.", "botanical/wrong-family", "maca"),
]

GENUS_PASSING = [
    "Siberian ginseng is not a Panax species.",
    "Eleuthero belongs to the genus Eleutherococcus, not the genus Panax.",
    "American ginseng is a Panax species.",
    "Korean ginseng belongs to the genus Panax.",
    "Kava is a Piper species.",
    "Unlike Siberian ginseng, American ginseng belongs to the genus Panax.",
    "Is Siberian ginseng a Panax species? No.",
]


# German and Roman chamomile (row 32) are species of one entry too: the Latin name of one given to
# the other is wrong; the shared "chamomile" takes either.
CHAMOMILE_FLAGGED = [
    ("German chamomile (Chamaemelum nobile) makes a sweet tea.", "botanical/wrong-latin-name", "chamomile"),
    ("Roman chamomile, Matricaria recutita, is a low perennial.", "botanical/wrong-latin-name", "chamomile"),
]

CHAMOMILE_PASSING = [
    "German chamomile (Matricaria chamomilla) makes a sweet tea.",
    "Roman chamomile (Chamaemelum nobile) is a low perennial.",
    "Chamomile (Chamaemelum nobile) is a low perennial.",
    "English chamomile, Anthemis nobilis, is a lawn plant.",
    "German chamomile, also listed as Matricaria recutita, is an annual.",
    "Roman chamomile (Chamaemelum nobile), unlike German chamomile (Matricaria chamomilla), is perennial.",
    "German and Roman chamomile are different plants.",
]

# "respectively" pairs each name of a list with its own place, in order: the first place is not
# said of the last name. When the counts differ (a place that is no known region), nothing is.
RESPECTIVELY_FLAGGED = [
    ("Maca, kava and ashwagandha come from India, Vanuatu and Peru respectively.", "botanical/wrong-region", "maca"),
    ("Maca, kava and ashwagandha come from India, Vanuatu and Peru respectively.", "botanical/wrong-region",
     "ashwagandha"),
    ("Maca and kava come from Vanuatu and Peru, respectively.", "botanical/wrong-region", "kava"),
    ("Kava and kratom are from Thailand and Fiji, respectively.", "botanical/wrong-region", "kava"),
]

RESPECTIVELY_PASSING = [
    "Maca, kava and ashwagandha come from Peru, Vanuatu and India respectively.",
    "Maca and kava come from Peru and Vanuatu, respectively.",
    "Maca, kava and ashwagandha come from Peru, the Pacific and India respectively.",
    "Maca and kava come from Peru and the Pacific, respectively.",
    "American ginseng and Korean ginseng are native to North America and Korea, respectively.",
]


@pytest.mark.parametrize("text,rule,subject", SPECIES_FLAGGED + GENUS_FLAGGED + CHAMOMILE_FLAGGED
                         + RESPECTIVELY_FLAGGED)
def test_flagged(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", SPECIES_PASSING + GENUS_PASSING + CHAMOMILE_PASSING + RESPECTIVELY_PASSING)
def test_passing(check, text):
    found = [f for f in check(text) if f.rule.startswith("botanical/")]
    assert not found, _shown(found)


def test_species_message_names_the_species(check):
    found = [f for f in check("American ginseng, native to Korea, is prized for its root.")
             if f.rule == "botanical/wrong-region"]
    assert found and "North America" in found[0].message and "American ginseng" in found[0].message


def test_species_latin_fix_is_the_named_species(check):
    found = [f for f in check("Korean ginseng (Panax quinquefolius) is steamed.")
             if f.rule == "botanical/wrong-latin-name"]
    assert found and found[0].fix is not None and found[0].fix.replacement == "Panax ginseng"


def test_species_names_belong_to_their_entry():
    """Each species' names and Latin names are among its entry's, and its range within the entry's."""
    with KB_PATH.open(encoding="utf-8") as handle:
        kb = yaml.safe_load(handle)
    for entry in kb["substances"]:
        for species in entry.get("species") or ():
            assert set(species["names"]) <= set(entry["names"]), (entry["id"], species["name"])
            assert set(species["latin"]) <= set(entry["latin"]), (entry["id"], species["name"])
            assert set(species["native"]) <= set(entry["native"]), (entry["id"], species["name"])
            assert entry.get("several_species"), entry["id"]
