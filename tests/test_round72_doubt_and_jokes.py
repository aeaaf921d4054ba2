"""Round 72 audit, doubt and jokes in conversational copy (forums, reviews, social posts, chat): a claim the writer
reports from others and rebuts ("… but there's zero evidence", "lol no.", "Citation needed."), judges after an
interjection ("No way, that's a myth."), or takes back as a joke ("jk", "said no one ever", "lol ok.") passes; the
genre's sincere claims stay flagged ("not even joking", "no joke", "no cap", "No BS.", "Joking aside, …", an
endorsement of what was reported), and chat filler after a claim ("lol", "tbh", "fr") is no part of its span."""
import pytest

FLAGS = [
    # sincere testimonials, emphasised rather than taken back
    ("kava cured my insomnia lol", "efficacy/cure-claim"),
    ("Sea moss cured my eczema lmao", "efficacy/cure-claim"),
    ("kava cured my insomnia, not even joking", "efficacy/cure-claim"),
    ("Ashwagandha cured my anxiety, not even kidding lol", "efficacy/cure-claim"),
    ("I swear kratom cured my back pain", "efficacy/cure-claim"),
    ("No joke, kava cured my insomnia.", "efficacy/cure-claim"),
    ("No kidding, ashwagandha cured my anxiety.", "efficacy/cure-claim"),
    ("Reishi cures cancer, I'm not kidding.", "efficacy/cure-claim"),
    ("Kratom is 100% safe, I'm not joking.", "safety/absolute-safety"),
    ("kava cured my anxiety, yeah no joke", "efficacy/cure-claim"),
    ("Kratom cures opioid withdrawal, no cap.", "efficacy/cure-claim"),
    ("Kratom cured my back pain. No BS.", "efficacy/cure-claim"),
    ("Kava is non-addictive, no nonsense.", "safety/non-addictive"),
    ("Joking aside, kava cured my insomnia.", "efficacy/cure-claim"),
    ("All kidding aside, kratom cured my back pain.", "efficacy/cure-claim"),
    ("Lol kava cured my insomnia.", "efficacy/cure-claim"),
    ("kratom has zero side effects fr fr", "safety/no-side-effects"),
    # hearsay the writer confirms or endorses
    ("Apparently kava cures anxiety, and it really does.", "efficacy/cure-claim"),
    ("Apparently kratom has no side effects, and honestly I can confirm that.", "safety/no-side-effects"),
    ("My sister says lion's mane cures brain fog and she's right.", "efficacy/cures-anything"),
    ("Everyone says kratom is non-addictive. They're right.", "safety/non-addictive"),
    ("Reishi cures cancer. Not a lie.", "efficacy/cure-claim"),
    # a scoffing "no" answering a risk question denies the risk
    ("Does kava have side effects? lol no.", "safety/risk-question-denied"),
]

PASSES = [
    # attributed, then rebutted in the genre's words
    "People keep saying reishi cures cancer but there's zero evidence.",
    "ppl keep saying lion's mane cures dementia but there's literally zero evidence",
    "Forum folks swear maca cures infertility but there's not a shred of evidence.",
    "Half of Instagram says sea moss cures thyroid disease. Zero studies back that up.",
    "TikTok says turmeric cures arthritis. lol no.",
    "Everyone online claims ashwagandha cures thyroid problems, yeah no.",
    "My uncle keeps telling me kava cures anxiety. Nope.",
    "My neighbor swears ashwagandha cures diabetes. lmao no.",
    "My aunt swears chaga cures cancer. Citation needed.",
    "Apparently reishi cures cancer. Big if true.",
    "Apparently ashwagandha cures ADHD, big if true",
    # a verdict of the genre, after a contrast, a pointing-back subject or an interjection
    "My cousin swears kratom cured his back pain, but that's BS.",
    "The dude at the gas station told me kratom has no withdrawal. That's straight up BS.",
    "a youtuber claimed turmeric cures cancer. total nonsense",
    "The bottle says kratom cures anxiety, which is garbage.",
    "Kava cures anxiety?! No way, that's a myth.",
    "A guy in my group chat said turmeric cures cancer. Pretty sure that's BS.",
    "Reddit says kratom has zero side effects? lol no, that's a lie.",
    # jokes and sarcasm taken back
    "kava cured my insomnia jk",
    "kava cured my anxiety jk jk",
    "Lion's mane cures Alzheimer's jk jk",
    "Elderberry cures the flu (j/k)",
    "lion's mane made me a genius overnight (jk)",
    "Sea moss cures everything lmao just kidding",
    "ashwagandha cured my anxiety... kidding",
    "Kava is 100% safe for your liver. Kidding!",
    "Kratom has no side effects… said no one ever.",
    "Kratom has zero side effects, said no one ever",
    "kratom is totally non-addictive, said literally no one ever",
    "Chaga cures cancer, said no oncologist ever.",
    "Turmeric cures depression, said no psychiatrist ever.",
    "Apparently kratom has no side effects. lol ok.",
    "the smoke shop guy said kratom isn't addictive lmao sure",
    "The vendor says kratom is totally non-addictive. Source: trust me bro.",
    "Kava cures anxiety. Source: trust me bro.",
    # benign uses of the same words
    "Joking aside, I find kava relaxing.",
    "lol kava tastes like dirt",
    "lol no idea if ashwagandha works for me",
    "Is kratom addictive? No idea.",
    "Is kratom addictive? lol no idea, ask a doctor.",
    "Is kratom addictive? No one really knows.",
]


@pytest.mark.parametrize("text,rule", FLAGS)
def test_sincere_claim_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", PASSES)
def test_doubted_or_joked_claim_passes(rules_fired, text):
    assert not rules_fired(text, "efficacy") and not rules_fired(text, "safety")


@pytest.mark.parametrize("text,span", [
    ("kava cured my insomnia lol", "kava cured my insomnia"),
    ("Sea moss cures everything lmao", "Sea moss cures everything"),
    ("Kratom cured my back pain tbh", "Kratom cured my back pain"),
    ("kratom cured my back pain fr fr", "kratom cured my back pain"),
    ("Chaga cured my eczema imo", "Chaga cured my eczema"),
])
def test_chat_filler_is_trimmed_from_the_span(checker, text, span):
    assert [f.text for f in checker.check_text(text) if f.category == "efficacy"] == [span]
