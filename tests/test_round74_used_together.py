"""Combinations used together, audit round 74 (theme: what counts as "discussed as used together").

Short documents that carry each substance's own required language, so only the combination's warning can be
missing. Two members taken one after the other in one outing are used together: a joint cue of one occasion
("order both in one evening", "drink kava and kratom back to back", "in the same visit") or an order in time
whose first member is taken (a verb of taking or a serving next to it) and whose second is a serving of its own
("drink kava after your kratom", "a kava shell before a beer", "takes kratom after his oxycodone dose"). Not a
phase of life with a bare name ("take kratom after opioids to ease withdrawal"), a spacing ("wait a day after a
shell of kava before any alcohol"), an order in history or on a list ("kava was drunk long before beer
arrived"), nor writing, selling or stocking two things ("we review kava, then kratom", "we sold kava and kratom
in one evening", "the kava and kratom panels ran back to back": an occasion needs a verb of taking). A choice
closed with "never both" ("pick kava or kratom, never both") warns against the pair as "never mix them" does.

All texts are written for these tests."""
import pytest

import claimcheck

COMBO = "safety/combination-missing-safety-language"
KV = "Kava has been tied to rare cases of liver damage."
KR = "Kratom can be habit-forming and quitting brings withdrawal. The FDA has not approved it for any medical use."
BOTH = f"{KV} {KR}"


def _combinations(text):
    return {f.subject for f in claimcheck.check_text(text, path="post.md") if f.rule == COMBO}


FLAGGED = [
    (f"{BOTH} Our bar pours kava and kratom side by side, and lots of regulars order both in one evening.", "kava+kratom"),
    (f"{BOTH} Friday crowds sip kava and kratom back to back.", "kava+kratom"),
    (f"{BOTH} Some guests have kava and kratom in the same visit.", "kava+kratom"),
    (f"{BOTH} Locals drink kava and kratom one after the other.", "kava+kratom"),
    (f"{BOTH} Sip kava after your kratom to take the edge off.", "kava+kratom"),
    (f"{BOTH} Many folks take a kratom shot right before their kava.", "kava+kratom"),
    (f"{BOTH} I tried kava and kratom in one evening.", "kava+kratom"),
    (f"{BOTH} You may order kava or kratom, or both. Plenty of regulars mix kava and kratom in one evening.", "kava+kratom"),
    (f"{KV} Try a kava shell before a cold beer on game night.", "alcohol+kava"),
    (f"{KV} We suggest a bowl of kava after your evening wine.", "alcohol+kava"),
    (f"{KR} Plenty of people down a beer after their kratom.", "alcohol+kratom"),
    (f"{KR} My uncle takes kratom after his hydrocodone dose each night.", "kratom+opioids"),
    (f"{KV} She has a cup of kava before her sleeping pill most nights.", "kava+sedatives"),
]

PASSING = [
    f"{BOTH} We carry both kava and kratom.",
    f"{BOTH} Kava and kratom get confused all the time.",
    f"{BOTH} Kava calms; kratom, at low doses, stimulates.",
    f"{BOTH} Pick kava or kratom, never both.",
    f"{BOTH} Never sip kava after your kratom.",
    f"{BOTH} Regulars order both in one evening. Combining them adds to the risks of each and has not been studied.",
    f"{KV}\n\n## Kava\n\nKava grows in Vanuatu.\n\n## Kratom\n\n{KR} Kratom grows in Borneo.",
    f"{BOTH} Kava was sipped in Fiji long before kratom reached the West.",
    f"{BOTH} After kava, kratom is our top seller.",
    f"{BOTH} We review kava first, then kratom.",
    f"{BOTH} Read our kava primer, then our kratom primer.",
    f"{BOTH} We reviewed kava and kratom one after the other.",
    f"{BOTH} The bar sold kava and kratom in one evening for the first time.",
    f"{BOTH} Our kava and kratom articles ran back to back in the magazine.",
    f"{BOTH} The kava and kratom podcasts came out one after the other.",
    f"{BOTH} Please don't drink kava and kratom back to back.",
    f"{KV} Kava was drunk in Tonga long before beer arrived.",
    f"{KV} Wait a day after a shell of kava before any alcohol.",
    f"{KV} I started drinking kava after giving up alcohol.",
    f"{KV} I started drinking kava after alcohol.",
    f"{KV} Drink kava before bed, not before a meal.",
    # a choice with "never both" warns against the pair, as "never mix them" does
    f"{BOTH} Pick kava or kratom, never both. Plenty of regulars mix kava and kratom in one evening.",
    f"{KV} Kava or wine, but not both. Some guests drink kava with wine.",
    f"{KR} People take kratom after opioids to ease withdrawal.",
    f"{KR} He took kratom years after his last opioid.",
    f"{KR} Start kratom after opioid withdrawal begins.",
]


@pytest.mark.parametrize("text,subject", FLAGGED)
def test_used_together_flags(text, subject):
    assert subject in _combinations(text)


@pytest.mark.parametrize("text", PASSING)
def test_not_used_together_passes(text):
    assert _combinations(text) == set()
