"""Audit round 74: how the answer to a risk question opens.

An FAQ answer often leads in before its yes or no: "The short answer is yes.", "In a word, no.", "TL;DR: yes.",
"Bottom line: not at all.", "Honestly? No.", "Our answer: yes.", or a label naming who answers,
"**A (Mark, herbalist, 12 years):**". The lead-in changes nothing: a flat yes to a risky use is
safety/risk-question-affirmed, a flat no to a risk is safety/risk-question-denied. Near misses: the opposite
answer, a yes and no, "it depends", a non-answer, an answer that warns or hedges after the lead-in, benign
questions, rhetorical headings, and a question answered in a later paragraph about something else.

All sentences are written for these tests."""
import pytest

import claimcheck

QUESTION_RULES = {"safety/risk-question-affirmed", "safety/risk-question-denied"}


def _sentence_findings(text):
    return [f for f in claimcheck.check_text(text, path="faq.md") if f.scope == "sentence"]


def _sentence_rules(text):
    return {f.rule for f in _sentence_findings(text)}


AFFIRMED = [
    "Is kava safe for the liver? The short answer is yes.",
    "Is kava safe for the liver? In a word, yes.",
    "Is kava safe for the liver? TL;DR: yes.",
    "Is kava safe for the liver? Yes.",
    "Is kratom OK for your kidneys? Short answer: yes.",
    "Can I mix kava with a couple of beers? In short, yes.",
    "Can I take kratom with my Zoloft? Bottom line: yes.",
    "Can I drink wine after kava? Honestly? Yes, totally fine.",
    "Can I combine kratom with gabapentin? Answer: absolutely.",
    "Can I take ashwagandha while pregnant? Our answer: yes.",
    "Is it OK to drink kava while breastfeeding? The quick answer is yes, of course.",
    "Can I use CBD with my blood thinners? TL;DR — yes.",
    "Can kids take kratom? Long story short: sure.",
    "Is kava safe during pregnancy? In a word: definitely.",
    "Is kratom safe to take with my antidepressants? Short answer: yes, for most people.",
    "**Q: Is kratom safe to take with my antidepressants?**\n\n**A (Mark, herbalist, 12 years):** Short answer: yes, for most people.\n",
    "**Q: Can I take kratom with my antidepressants?**\n\n**A (Mark, herbalist, 12 years):** Yes.\n",
    "**Can I drink kava with beer?**\n\n**A:** The short answer is yes.\n",
]

DENIED = [
    "Is kratom addictive? The short answer is no.",
    "Is kratom addictive? In a word, no.",
    "Is kratom addictive? TL;DR: nope.",
    "Does kava cause liver damage? Bottom line: not at all.",
    "Is valerian habit-forming? Honestly? No.",
    "Can kratom cause withdrawal? Short answer: never.",
    "Is kava bad for your liver? Our answer: absolutely not.",
    "Is kratom habit-forming? In short: only if you abuse it.",
    "Is kava toxic? Answer: a total myth.",
    "Q: Is kratom addictive?\n\nA (Jen, a reader from Ohio): Not at all.\n",
    "**Is kratom addictive?**\n\n**A:** The short answer is no.\n",
]

PASSING = [
    # the opposite answer after the lead-in
    "Is kava safe for the liver? The short answer is no.",
    "Is kava safe for the liver? In a word, no.",
    "Is kratom addictive? The short answer is yes.",
    "Is kratom addictive? In a word, yes.",
    "Is kratom addictive? The honest answer is yes.",
    # neither yes nor no
    "Is kava safe for the liver? The short answer is yes and no.",
    "Is kava safe for the liver? In short, it depends.",
    "Is kava safe for the liver? Yes and no.",
    "Is kava safe for the liver? It depends.",
    "Is kava safe? In short, nobody knows.",
    "Is kratom addictive? Short answer: no idea, the research is thin.",
    "Is kratom addictive? Honestly? It can be, for some people.",
    "Is kava safe? Let's look at the evidence.",
    # the answer warns, hedges or refers after its lead-in
    "Is kava safe for the liver? Mostly yes, but heavy use has caused liver injury.",
    "Is kava safe for the liver? The short answer is yes, but heavy use has caused liver injury.",
    "Is kratom addictive? In a word, yes: regular use causes dependence.",
    "Is kratom addictive? TL;DR: no, but daily use can cause withdrawal.",
    "Can I mix kava with alcohol? Bottom line: no, never mix them.",
    "Can I take St. John's wort with my birth control? The short answer is yes, but ask your pharmacist first.",
    "Is kava safe for the liver? In short, no: it has been linked to liver injury.",
    "Can I take kratom with my antidepressants? Honestly, you should ask your doctor.",
    "Can I take kratom with my antidepressants? My answer: talk to your doctor first.",
    "Is kava bad for your liver? In short, heavy long-term use can harm it.",
    "**Q: Can I take kratom with my antidepressants?**\n\n**A (Dr. Lee, pharmacist):** No. Kratom can interact with them.\n",
    # benign questions
    "Can I drink kava cold? The short answer is yes.",
    "Can I mix kratom powder into smoothies? In a word, sure.",
    "Is this kava bar safe? The short answer is yes, we have security staff.",
    "Is kava legal in the UK? The short answer is no.",
    "Does kava taste bitter? In a word, yes.",
    # an apostrophe goes on the word: "you can't" is no "you can"
    "Can I mix kava with alcohol? You can't.",
    # rhetorical headings, and a question answered in a later paragraph about something else
    "## Is kava safe?\n\nKava has been used for centuries in the Pacific.\n\n## Can I drink kava with beer?\n\n"
    "Many people ask this. The answer depends on dose.\n",
    "Is kratom addictive?\n\nKava, on the other hand, is a root drink. In short, yes, it is popular.\n",
]


@pytest.mark.parametrize("text", AFFIRMED)
def test_yes_after_a_lead_in_is_flagged(text):
    assert "safety/risk-question-affirmed" in _sentence_rules(text)


@pytest.mark.parametrize("text", DENIED)
def test_no_after_a_lead_in_is_flagged(text):
    assert "safety/risk-question-denied" in _sentence_rules(text)


@pytest.mark.parametrize("text", PASSING)
def test_other_answers_pass(text):
    assert not _sentence_rules(text) & QUESTION_RULES


def test_question_span_ends_at_its_mark():
    text = "**Q: Can I take kratom with my antidepressants?**\n\n**A (Mark, herbalist, 12 years):** Yes.\n"
    found = [f for f in _sentence_findings(text) if f.rule == "safety/risk-question-affirmed"]
    assert [f.text for f in found] == ["Can I take kratom with my antidepressants?"]
