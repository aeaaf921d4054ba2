"""Social-media notation, audit round 74 (a124): captions and posts that write a claim with a sign instead of a verb
("kava > xanax", "lion's mane = zero brain fog", "reishi → no more insomnia", "kava ✅ no anxiety"), in lower case,
as fragments, closing a line with an emoji or a hashtag instead of a full stop.

All sentences are written for these tests."""
import pytest

from claimcheck import segment


def _fired(checker, text: str, path: str = "post.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


# a drug comparison written with ">", "=" or "over"
SIGN_FLAGGED = [
    ("kava > xanax\n", "efficacy/drug-comparison"),
    ("Kava > Xanax 🌺\n", "efficacy/drug-comparison"),
    ("our kratom >>> oxycodone, fight me\n", "efficacy/drug-comparison"),
    ("valerian root > ambien every single night\n", "efficacy/drug-comparison"),
    ("ginger >> advil for cramps\n", "efficacy/drug-comparison"),
    ("lion's mane > adderall for focus 🧠\n", "efficacy/drug-comparison"),
    ("kanna = natural lexapro\n", "efficacy/drug-comparison"),
    ("ashwagandha over zoloft any day\n", "efficacy/drug-comparison"),
    ("kratom over painkillers, always\n", "efficacy/drug-comparison"),
    ("for me kava > xanax, but everyone's different\n", "efficacy/drug-comparison"),
    # a drug the verb beats, closed by a comma, is no condition it treats: the comparison speaks
    ("Kava beats Xanax, with no hangover.\n", "efficacy/drug-equivalence"),
]

SIGN_PASSING = [
    "kava > coffee for a chill evening\n",
    "tea > coffee\n",
    "5 > 3\n",
    "kava ≠ xanax — don't mix them with benzos\n",
    "kratom > nothing? no. talk to your doctor\n",
    "kava > xanax?? asking for a friend\n",
    "is kava > xanax? let's look at the evidence\n",
    "xanax > kava for panic disorder, my psychiatrist says\n",
    "some people say kava > xanax, but there's no trial behind it\n",
    "yoga > xanax for me\n",
    "therapy > pills for some people\n",
    "pour the kava over ice\n",
    "we chose kava over beer for the party\n",
    "kava over the counter is legal in most states\n",
    "talk to your doctor before choosing kava over xanax\n",
    "never take kava over xanax without asking your psychiatrist\n",
    "reishi = mushroom, not a plant\n",
    "#kava #wellness\n",
]

# "=", "→", "✅" before "no" or "zero" and a condition: the condition ends
FAREWELL_FLAGGED = [
    "Elderberry syrup every day = no flu all winter for my kids\n",
    "Lion's mane = zero brain fog.\n",
    "echinacea = zero colds 🙌\n",
    "valerian tea = no insomnia ever again\n",
    "feverfew → zero migraines since march\n",
    "black seed oil = no asthma attacks\n",
    "elderberry gummies ➡️ no flu for the whole family\n",
    "kava ✅ no anxiety\n",
    "reishi every night → no more insomnia\n",
]

FAREWELL_PASSING = [
    "score: 10/10 = amazing taste\n",
    "mood = calm ☕\n",
    "steep 10 min → strain → enjoy\n",
    "1 tsp = 2 g\n",
    "2 cups water → 1 tbsp kava root → knead 10 min\n",
    "no caffeine = no jitters with our chamomile\n",
    "ashwagandha = no sugar, no gluten, vegan\n",
    "echinacea = no guarantee against colds\n",
    "valerian = no hangover-free guarantee, talk to a doctor\n",
    "turmeric → no proof it treats arthritis\n",
    "no more colds? elderberry hasn't been shown to do that\n",
    "kava = no more anxiety than placebo in the big trial\n",
    "kratom = no FDA approval, remember that\n",
    "elderberry ≠ flu shot — get vaccinated\n",
]


@pytest.mark.parametrize("text,rule", SIGN_FLAGGED + [(t, "efficacy/condition-farewell") for t in FAREWELL_FLAGGED])
def test_social_notation_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", SIGN_PASSING + FAREWELL_PASSING)
def test_social_notation_passes(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


def test_kava_beats_xanax_is_no_treatment_claim(checker):
    """'beats Xanax, with no hangover' beats a drug: the hangover is no condition the verb treats."""
    rules = [f.rule for f in checker.check_text("Kava beats Xanax, with no hangover.\n") if f.scope == "sentence"]
    assert rules == ["efficacy/drug-equivalence"]


POST = ("Ditched my antidepressants for ashwagandha 6 months ago and never looked back 🙌 #healing\n"
        "kava > xanax. no hangover, no addiction. just vibes 🌺\n")


def test_a_line_closed_by_a_hashtag_ends_its_sentence(checker):
    """The second line is a sentence of its own: its comparison is flagged, and the fragment after it is about kava
    (the last sentence naming a substance), not ashwagandha from the line before."""
    found = {(f.rule, f.subject) for f in checker.check_text(POST, path="post.md") if f.scope == "sentence"}
    assert ("efficacy/drug-comparison", "kava") in found
    assert ("safety/non-addictive", "kava") in found
    assert ("safety/non-addictive", "ashwagandha") not in found


@pytest.mark.parametrize("text,joined", [
    ("never looked back 🙌 #healing\nkava is next", False),
    ("never looked back 🙌\nkava is next", False),
    ("so strong 💪🏽\nkava is next", False),
    ("done ✅️\nnext up", False),
    ("our Kava Calm®\nblend is back", True),
    ("heat the water to 80°\nand steep", True),
    ("the FDA has not\napproved it", True),
    ("a line about C#\nprogramming", True),
])
def test_line_ends_in_social_copy(text, joined):
    assert (segment.join_wrapped_lines(text) == text.replace("\n", " ")) is joined
