"""Round 71 audit, informal genres: customer reviews, social-media captions, forum posts and chat-style FAQs.
Claims there are flagged as in prose (all caps, all lower case, emoji, hashtags, repeated punctuation), and the
genre's own doubts, questions and denials pass: contractions in capitals ("DOESN'T"), questions ending "?!" or
an emoji, a proof claim that points back at a risk, a suppression tip-off said of a harm."""
import pytest

FLAGS = [
    # all caps: the contraction no longer hides the denial
    ("KRATOM ISN'T ADDICTIVE!!!", "safety/non-addictive"),
    ("THIS KAVA DOESN'T HAVE ANY SIDE EFFECTS 🙌", "safety/no-side-effects"),
    ("honestly this valerian doesnt have any side effects lol", "safety/no-side-effects"),
    ("Our turmeric shots do not give you any side effects.", "safety/no-side-effects"),
    # a proof claim pointing back at the claim before it
    ("Lion's mane regrows brain cells. Studies prove it.", "efficacy/evidence-overstatement"),
    ("Ashwagandha fixes thyroid problems!! Studies have proven this!!", "efficacy/evidence-overstatement"),
    ("rhodiola beats fatigue. trials prove it 💯", "efficacy/evidence-overstatement"),
    ("Reishi shrinks tumors. That's a scientific fact.", "efficacy/evidence-overstatement"),
    ("Kava calms anxiety without liver damage. Studies prove it.", "efficacy/evidence-overstatement"),
    # a claim after a harm that names its own effect is no pointer back at the harm
    ("Kratom withdrawal is brutal. Clinically proven to ease it.", "efficacy/evidence-overstatement"),
    ("Kratom withdrawal is rough. Guaranteed to work every time!", "efficacy/certainty"),
    # the suppression tip-off, with or without a disease named
    ("Kava is the calming root Big Pharma doesn't want you to know about.", "efficacy/suppression-tipoff"),
    ("POV: you found the maca secret doctors dont want u to know 🤫 #maca", "efficacy/suppression-tipoff"),
    ("CHAGA: WHAT THE FDA DOESN'T WANT YOU TO KNOW", "efficacy/suppression-tipoff"),
    ("Elderberry is the syrup drug companies hope you never discover.", "efficacy/suppression-tipoff"),
    # a statement that marvels with "?!" is still a claim
    ("This kratom works better than Xanax ?!", "efficacy/drug-comparison"),
    ("★★★★★ This kava cured my panic attacks in a week!!!", "efficacy/cure-claim"),
]

PASSES = [
    # all caps denials and doubts
    "KAVA DOESN'T CURE ANXIETY",
    "KRATOM ISN'T SAFE FOR EVERYONE",
    "KAVA DIDNT FIX MY INSOMNIA, YMMV",
    "MACA WON'T CURE YOUR INFERTILITY, TALK TO A DOCTOR",
    "ASHWAGANDHA CAN'T CURE CANCER",
    # questions with "?!", "!?" or an emoji after the question mark
    "Is it true that reishi cures cancer?!",
    "Does turmeric really cure arthritis!?",
    "Can lion's mane cure dementia?? 🤔",
    "Does kava cure anxiety? 🤔🤔 asking for a friend",
    # a proof claim pointing back at a risk, or denied
    "Kratom can cause dependence. Studies prove it.",
    "Kava can damage the liver. That's been proven.",
    "Comfrey can harm the liver. Research backs this up.",
    "Kava may calm anxiety. Studies haven't proven it.",
    "Some say maca boosts fertility. No studies prove it yet.",
    "I love kava. That's my go-to drink.",
    # the tip-off said of a harm, asked, attributed, or without the denial
    "What doctors don't want you to know about kratom withdrawal is how long it lasts.",
    "Doctors don't want you to know that kava can hurt your liver.",
    "Sellers say Big Pharma doesn't want you to know about kratom, a claim with no evidence behind it.",
    "Is kava really the root Big Pharma doesn't want you to know about?",
    "What doctors want you to know about kava is that it can harm the liver.",
    "Doctors don't want you to take kava if you have liver disease.",
    # side effects not denied
    "Most people don't have any side effects from chamomile, but some are allergic.",
    "This kava doesn't have side effects listed on the label.",
    "Does kava have any side effects?",
    # the genre's hedges
    "★★☆☆☆ This kratom didn't do anything for me.",
    "not sure kava helps with my sleep tbh",
    "idk if it's placebo but kava made me feel calmer",
    "kava might help, ymmv",
]


@pytest.mark.parametrize("text,rule", FLAGS)
def test_informal_claim_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", PASSES)
def test_informal_near_miss_passes(rules_fired, text):
    assert not rules_fired(text, "efficacy") and not rules_fired(text, "safety")


@pytest.mark.parametrize("text,pieces", [
    ("KAVA DOESN'T CURE", ["KAVA", "DOES", "N'T", "CURE"]),
    ("IT DONT WORK", ["IT", "DO", "NT", "WORK"]),
    ("MY ID CARD", ["MY", "ID", "CARD"]),  # no apostrophe and no "nt": an acronym stays whole
])
def test_upper_case_contractions_split(checker, text, pieces):
    assert [t.text for t in checker.nlp.make_doc(text)] == pieces
