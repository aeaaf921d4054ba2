"""Safety, audit round 205: a superlative of safety asked as a question the product answers, and a headless ranking.

"The safest painkiller? Kratom.", "Looking for the safest natural sleep aid? Try our kava.", "What's the safest way
to relax after work? Kava, hands down." (safety/ranked-safest through `answered_fragment` with `openers` and
`answer_skip`), and "Our kava is the safest on the market because every batch is lab tested" (a superlative with no
head ranked against the market). Near misses: a question that names the product itself (a manner, a dose, a form), an
answer that does not open with the product (advice, a denial, a hedge, a report, another substance), real yes/no
questions, a vulnerable group asked about, something that is not the product ranked, and negated, hedged and
questioned headless rankings.

All sentences are written for these tests."""
import pytest

import claimcheck


def _sentence_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="page.md") if f.scope == "sentence"}


RULE = "safety/ranked-safest"

FLAGGED = [
    "The safest painkiller? Kratom.",
    "Looking for the safest natural sleep aid? Try our kava.",
    "What's the safest way to relax after work? Kava, hands down.",
    "The safest natural sleep aid? Valerian, every night.",
    "The safest herbal anxiety remedy around? Our ashwagandha gummies.",
    "The safest legal high? Blue lotus.",
    "Need the safest natural painkiller? Kratom is it.",
    "Searching for the safest herbal sedative? Look no further than our passionflower tincture.",
    "The safest way to unwind? Kava.",
    "What's the safest natural painkiller? Kratom, no contest.",
    "The least addictive painkiller? Kratom.",
    "The gentlest painkiller? Kratom.",
    "Want the safest stress remedy? Try ashwagandha.",
    "The safest alternative to opioids? Kratom.",
    "What is the safest herbal sleep aid? Our valerian tea.",
    "Which is the safest nootropic? Our lion's mane extract.",
    "Shopping for the safest natural anxiety remedy? Choose our ashwagandha.",
    "The safest herbal sedative? It's valerian.",
    "Our kava is the safest on the market because every batch is lab tested.",
    "Our kratom is the safest on the market.",
    "This kava is the safest you can buy because we test every batch.",
    "Our valerian extract is the safest on the market, thanks to third-party testing.",
    "Our kratom is the safest around, since it is lab tested.",
    "Kratom capsules: the safest on the market.",
    "Kava is the safest there is.",
    "Our kanna is among the safest out there.",
    "Our kratom is the safest money can buy.",
    "Our ashwagandha gummies are the safest in the industry.",
    "Our blue lotus tea is the safest you'll find.",
]

PASSING = [
    "What's the safest way to take kava? With food, and never with alcohol.",
    "The safest painkiller? Ask your doctor.",
    "The safest dose of kratom? There isn't one.",
    "Is kratom the safest painkiller? No.",
    "The safest checkout? PayPal.",
    "The safest painkiller? Maybe kratom, but talk to your doctor.",
    "The safest painkiller? Not kratom.",
    "The safest painkiller? Some vendors say kratom.",
    "The safest painkiller? Kratom, say its fans.",
    "The safest herbal sedative? Valerian, according to one small survey.",
    "The safest remedy? Kava might be.",
    "The safest painkiller? Kratom? Think again.",
    "The safest painkiller? Acetaminophen, for most adults.",
    "The safest painkiller? It depends on your health history.",
    "The safest sleep aid? There is no such thing.",
    "What's the safest way to use kratom? Don't.",
    "The safest way to use kava? Noble root, from a tested vendor.",
    "The safest way to store kava? In an airtight jar.",
    "What's the safest way to buy kratom? From a vendor with lab reports.",
    "What's the safest way to quit kratom? A slow taper with your doctor.",
    "The safest kava? Noble kava, tested for kavalactones.",
    "The safest time to take kava? Evening, away from alcohol.",
    "Looking for the safest natural sleep aid? Talk to your pharmacist before trying kava.",
    "Looking for the safest natural sleep aid? Start with good sleep hygiene.",
    "The safest herbs for kids? Chamomile and lemon balm.",
    "The safest herb for pregnancy? Ginger, in food amounts.",
    "The safest relaxant? Kava. Just kidding: it can harm the liver.",
    "Our kava packaging is the safest on the market.",
    "Our kava shop is the safest on the web.",
    "Our kratom shipping is the safest around.",
    "Kava is safest on an empty stomach.",
    "Kava is the safest on a full stomach.",
    "Kratom is the safest in the evening.",
    "Our kava is not the safest on the market.",
    "Our kava may be the safest on the market.",
    "Is our kava the safest on the market?",
    "Which kratom vendor is the safest on the market?",
    "Kava was once thought to be the safest on the market, until the liver reports.",
    "Ask your doctor which sleep aid is the safest you can take.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_flagged(text):
    assert RULE in _sentence_rules(text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    assert RULE not in _sentence_rules(text)


def test_pointer_phrases_are_no_denials():
    # "look no further" and "no contest" point at the product; a real "no" still denies
    assert RULE in _sentence_rules("The safest sleep aid? Look no further than our kava.")
    assert RULE not in _sentence_rules("The safest sleep aid? No kava, for sure.")
