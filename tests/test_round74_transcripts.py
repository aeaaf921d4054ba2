"""Audit round 196: dialogue copy, where the claim is made in the answer.

Podcast and interview transcripts, FAQ answers and comment threads put a question in one speaker's mouth and
the claim in the next speaker's answer, by pronoun or ellipsis: "HOST: Does kava cure anxiety? GUEST: Oh,
absolutely, it does." The answer is read past its speaker label in any of the forms transcripts use ("GUEST:",
"**Dr. Lee:**", "DR. LEE:", "Guest (Dr. Patel):", "[12:35] GUEST:", "MARK —", "@handle:") and past a spoken
interjection ("Oh,", "Well,", "Oh yeah"); a stressed auxiliary ("It absolutely does.") answers like a plain one.
Near misses: the guest hedging, denying or warning, the host asking only, labels on ordinary statements,
answers about price, taste or legality, a yes to a risk question that states the risk, and reported claims.

Every turn is checked on one line and with each speaker on a line of their own. All sentences are written
for these tests."""
import re

import pytest

import claimcheck


def _sentence_rules(text, path="transcript.txt"):
    return {f.rule for f in claimcheck.check_text(text, path=path) if f.scope == "sentence"}


# a new line before each speaker's turn after the first: "HOST: …? GUEST: …" -> "HOST: …?\nGUEST: …"
# (not after a title: "DR. LEE:", "Dr. Lee:")
_TURN = re.compile(r"(?<=[.?!])(?<!DR\.)(?<!Dr\.)(?<!PROF\.)(?<!Prof\.) (?=(?:\[\d{1,2}:\d{2}\] )?(?:\*\*)?(?:[A-Z][\w.']*(?: [A-Z][\w.']*){0,2}"
                   r"(?: \([^()]+\))?(?:\*\*)?:|@\w+:|[A-Z]{2,}(?: [A-Z.]+)? —))")


def _both_layouts(text):
    return [text, _TURN.sub("\n", text) + "\n"]


FLAGGED = [
    # the guest affirms a cure question, by pronoun or ellipsis
    ("HOST: So does kava actually cure anxiety? GUEST: Oh, absolutely, it cures it.", "efficacy/cure-claim"),
    ("HOST: Does elderberry cure the flu? GUEST: Well, yes, it does.", "efficacy/cure-claim"),
    ("HOST: Does kratom cure depression? GUEST: Oh yes, it cures it.", "efficacy/cure-claim"),
    ("HOST: Does ashwagandha cure anxiety? GUEST: Oh, for sure.", "efficacy/cure-claim"),
    ("HOST: Does ashwagandha cure insomnia? GUEST: Hands down, it does.", "efficacy/cure-claim"),
    ("HOST: So does reishi really cure cancer? GUEST: Mm-hmm, it does.", "efficacy/cure-claim"),
    ("HOST: Does kava cure anxiety? GUEST: It definitely does.", "efficacy/cure-claim"),
    ("HOST: Does kava cure anxiety? GUEST: Oh, it absolutely does.", "efficacy/cure-claim"),
    ("HOST: Can milk thistle regenerate a damaged liver? GUEST: It truly can.", "efficacy/cure-claim"),
    ("HOST: So, can St. John's wort replace Prozac? GUEST: Oh, absolutely, it can.", "efficacy/drug-equivalence"),
    ("HOST: Does garlic lower blood pressure as well as meds? GUEST: Oh, it really does.", "efficacy/disease-treatment"),
    # speaker labels of every kind
    ("INTERVIEWER: Does turmeric cure arthritis? DR. LEE: Absolutely — it does.", "efficacy/cure-claim"),
    ("**Host:** Does kava cure anxiety? **Dr. Lee:** Absolutely, it does.", "efficacy/cure-claim"),
    ("JANE — Does valerian cure insomnia? MARK — Absolutely, it does.", "efficacy/cure-claim"),
    ("[00:12:31] HOST: Does kava cure panic attacks? [00:12:35] GUEST: Oh yeah, it does.", "efficacy/cure-claim"),
    ("Host (Sam): Does turmeric cure arthritis? Guest (Dr. Patel): Oh, definitely, it does.", "efficacy/cure-claim"),
    ("Host: Can goldenseal cure a UTI? Dr. Reyes (naturopath): Mm-hmm, it can.", "efficacy/cure-claim"),
    ("INTERVIEWER: Can lion's mane reverse dementia? PROF. KIM: Oh, it definitely can.", "efficacy/cure-claim"),
    ("@jen_k: does kava cure anxiety? @markus88: yep, it does.", "efficacy/cure-claim"),
    ("Q. Does turmeric reverse arthritis? A. Oh yes, it does.", "efficacy/cure-claim"),
    # safety: a flat yes to a safety question, a flat no to a risk question
    ("HOST: Is kratom safe to use daily? GUEST: Oh, totally safe.", "safety/risk-question-affirmed"),
    ("HOST: Is kava safe in pregnancy? GUEST: Oh yeah, perfectly safe.", "safety/risk-question-affirmed"),
    ("Q: Is ashwagandha safe to take with thyroid meds? A: Oh, totally fine.", "safety/risk-question-affirmed"),
    ("Comment from Lisa: Is ashwagandha safe while pregnant? Reply from Shop: Oh, totally safe!",
     "safety/risk-question-affirmed"),
    ("HOST: Is kratom addictive? GUEST: Oh, not at all.", "safety/risk-question-denied"),
    ("HOST: Does kava have side effects? GUEST: Oh no, none at all.", "safety/risk-question-denied"),
    ("[14:02] Q: Is kava habit-forming? [14:05] A: Oh no, never.", "safety/risk-question-denied"),
    ("HOST: Is there any risk with kratom? GUEST: Well, no, none.", "safety/risk-question-denied"),
    ("FAQ: Is our kratom addictive? Answer: Oh, not at all.", "safety/risk-question-denied"),
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_answer_makes_the_claim(text, rule):
    for layout in _both_layouts(text):
        assert rule in _sentence_rules(layout), layout


def test_turns_in_paragraphs_of_their_own():
    assert "efficacy/cure-claim" in _sentence_rules("HOST: Does kava cure anxiety?\n\nGUEST: Oh, absolutely, it does.\n")
    assert "efficacy/cure-claim" in _sentence_rules(
        "**Host:** Does kava cure anxiety?\n\n**Dr. Jane Lee:** Oh yeah. It really does.\n", path="episode.md")
    assert "safety/risk-question-denied" in _sentence_rules("**HOST:** Is kratom addictive?\n**GUEST:** Oh, not at all.\n",
                                                             path="episode.md")


PASSED = [
    # the guest hedges, denies or doubts
    "HOST: So does kava actually cure anxiety? GUEST: Not really, the evidence is thin.",
    "HOST: Does kava cure anxiety? GUEST: It might help some people.",
    "HOST: Does kava cure anxiety? GUEST: No, and anyone who says so is lying.",
    "HOST: Does kava cure anxiety? GUEST: Oh, I really doubt it.",
    "HOST: Does kava cure anxiety? GUEST: Oh no, not at all.",
    "HOST: Does kava cure anxiety? GUEST: Well, no, it doesn't.",
    "HOST: Does kava cure anxiety? GUEST: It really doesn't.",
    "HOST: Does kava cure anxiety? GUEST: It really does not.",
    "HOST: Does kava cure anxiety? GUEST: It does nothing of the kind.",
    "HOST: Does kava cure anxiety? GUEST: It can not, and no one should say it does.",
    "HOST: Does kava cure anxiety? GUEST: Look, nobody knows yet.",
    "HOST: Does valerian cure insomnia? GUEST: Hmm, hard to say.",
    "HOST: Does elderberry cure the flu? GUEST: NO — it does not, and don't believe anyone who says so.",
    "HOST: Does turmeric cure arthritis? GUEST: Some research suggests it may ease pain.",
    "HOST: Can ashwagandha cure insomnia? GUEST: It might, for some people.",
    "INTERVIEWER: Can lion's mane reverse dementia? PROF. KIM: Oh, I wish it could. We don't have that evidence.",
    "SARAH — Will this tea cure my insomnia? DR. OKAFOR — Well, it might help you relax.",
    "CALLER: Does black seed oil cure everything? HOST: Oh, come on. No.",
    # the host only asks; labels on ordinary statements
    "HOST: Does kava cure anxiety?",
    "HOST: Welcome back to the show. GUEST: Thanks for having me.",
    # answers about something else
    "HOST: How much does kava cost? GUEST: About twenty dollars a bag.",
    "HOST: What does kava taste like? GUEST: Earthy and a bit peppery.",
    "HOST: Is kratom legal where you live? GUEST: Oh, totally legal here.",
    "HOST: Does kava taste bad? GUEST: Oh, absolutely, it tastes like dirt.",
    "HOST: Do you drink kava every day? GUEST: Oh yes, every evening.",
    "HOST: Have you tried kratom? GUEST: Oh yeah, years ago.",
    "Host: Where do you buy your reishi? Dr. Reyes: Oh, absolutely anywhere, it's sold everywhere.",
    "HOST: Can you tell me about the history of kava? GUEST: Oh, sure. It's been drunk in Fiji for centuries.",
    # a yes to a risk question states the risk; warnings
    "HOST: Is kratom addictive? GUEST: Yes, it can be addictive.",
    "HOST: Is kratom addictive? GUEST: Oh, absolutely, it's very addictive.",
    "HOST: Is kava dangerous for the liver? GUEST: Oh yes, it can be.",
    "[14:02] Q: Is kava habit-forming? [14:05] A: Oh, it can be for some people.",
    "HOST: Is kava safe with alcohol? GUEST: Oh, no. Never mix them.",
    "HOST: Is kratom safe? GUEST: Well, no, it carries real risks.",
    "HOST: Is kratom addictive? GUEST: Oh, never say never; it can be.",
    "HOST: Is kava safe? GUEST: Oh, totally safe, as long as your doctor agrees.",
    "HOST: Can kids take kava? GUEST: Oh, sure, in small amounts with a pediatrician's OK.",
    "Q: Is kava safe for kids? A: Oh, absolutely not.",
    "Q: Is ashwagandha safe to take with thyroid meds? A: Well, ask your doctor first; it can raise thyroid levels.",
    # attributed and doubted claims
    "HOST: Is it true that turmeric cures arthritis? GUEST: Oh, that's a myth.",
    "HOST: Does kava cure anxiety? GUEST: Well, that's what the vendors claim, but the evidence says otherwise.",
    "NARRATOR: Some vendors claim kava cures anxiety. EXPERT: That claim is not supported.",
]


@pytest.mark.parametrize("text", PASSED)
def test_answer_makes_no_claim(text):
    for layout in _both_layouts(text):
        assert not _sentence_rules(layout), layout


def test_capitalised_answer_words_are_no_labels():
    # "NO —" and "Yes:" answer the question; they name no speaker
    assert not _sentence_rules("Does elderberry cure the flu? NO — it does not.")
    assert "efficacy/cure-claim" in _sentence_rules("Does elderberry cure the flu? YES — it does.")


def test_reported_saying_is_no_label():
    # "Dr. Oz says:" reports whose answer it is; it does not hand the answer to a speaker of the transcript
    assert _sentence_rules("Does kava cure anxiety? Dr. Oz says: maybe.") == set()


DOUBT_ANSWERED = [
    # a doubting question about what was reported, answered yes past a label or an interjection, endorses it
    ("HOST: People say turmeric cures arthritis. Is that right? GUEST: Yes.", "efficacy/cure-claim"),
    ("HOST: People say turmeric cures arthritis. Is that right? GUEST: Oh, that's right.", "efficacy/cure-claim"),
    ("Folks claim elderberry cures the flu. Is that right? Oh, yes.", "efficacy/cure-claim"),
    ("CALLER: My neighbour says reishi reverses diabetes. Is that right? DR. LEE: That's correct.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text,rule", DOUBT_ANSWERED)
def test_doubting_question_answered_yes(text, rule):
    for layout in _both_layouts(text):
        assert rule in _sentence_rules(layout), layout


@pytest.mark.parametrize("text", [
    "HOST: Some vendors say reishi cures cancer. Is that true? GUEST: Oh, no. That's false.",
    "HOST: People say turmeric cures arthritis. Is that right? GUEST: Well, not exactly.",
    "CALLER: My neighbour says reishi reverses diabetes. Is that right? DR. LEE: Hmm, I doubt it.",
    "Vendors say kava cures anxiety. Is that true? \"Yes,\" says one herbalist, but doctors disagree.",
])
def test_doubting_question_left_doubted(text):
    for layout in _both_layouts(text):
        assert not _sentence_rules(layout), layout


@pytest.mark.parametrize("answer", [
    "It can take the edge off for some people, but it's no cure.",
    "Well, it can take the edge off for some people.",
    "It will make the evenings easier, for some.",
    "GUEST: It does relax the muscles a little.",
])
def test_a_yes_that_goes_on_to_another_verb_answers_a_smaller_question(answer):
    assert "efficacy/cure-claim" not in _sentence_rules(f"Does kava cure anxiety? {answer}")


@pytest.mark.parametrize("answer", ["It can.", "It does, absolutely.", "It does cure it, every time.", "It really does.",
                                    "GUEST: It can and does."])
def test_a_pronoun_yes_to_the_question_asked_keeps_the_claim(answer):
    assert "efficacy/cure-claim" in _sentence_rules(f"Does kava cure anxiety? {answer}")
