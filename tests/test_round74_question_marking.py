"""Question marking, audit round 150 (annotate.ContextCues._mark_questions): a quoted question signed with a role
("— Verified buyer") or attributed in its own sentence ('"…?" asked one reader.') is a question; and the shared question
state reads an answer past its lead-in ("The short answer is yes.", "In a word, no.", "The answer is simple: no.") the
same way the phrase kind's risk questions do (one implementation: annotate.answer_lead_in).

All sentences are written for these tests."""
import pytest

from claimcheck.annotate import answer_lead_in, answer_text


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # a yes after a lead-in answers the question for every rule, not only the risk questions
    ("Does CBD cure anxiety? The short answer is yes.", "efficacy/cure-claim"),
    ("Does CBD cure anxiety? Honestly? Yes.", "efficacy/cure-claim"),
    ("Does turmeric cure cancer? The simple answer is yes, it does.", "efficacy/cure-claim"),
    ("Does turmeric cure cancer? The answer is a resounding yes.", "efficacy/cure-claim"),
    ("Does elderberry cure the flu? A: The short answer is yes.", "efficacy/cure-claim"),
    ("Does kava cure anxiety? The answer is simple: it does.", "efficacy/cure-claim"),
    ("Is kava completely safe? The answer is simple: yes.", "safety/absolute-safety"),
    ("Is kava completely safe? In a word, yes.", "safety/absolute-safety"),
    ("Is kava completely safe? Yes.", "safety/absolute-safety"),
    # the risk questions read the new lead-ins too
    ("Is kratom addictive? The answer is simple: no.", "safety/risk-question-denied"),
    ("Is kratom addictive? The answer is a resounding no.", "safety/risk-question-denied"),
    ("Is kratom addictive? In short, no.", "safety/risk-question-denied"),
    # an attributed question answered yes
    ('"Is kava safe for my liver?" asked one reader. Yes, completely safe.', "safety/risk-question-affirmed"),
    # near misses: no question, or a dash followed by a claim rather than a signature
    ("Kava cures anxiety — Verified buyer", "efficacy/cure-claim"),
    ('"Does kava cure anxiety?" — Kava cures anxiety, period.', "efficacy/cure-claim"),
    ('"Kava cures anxiety," wrote one reader.', "efficacy/cure-claim"),
    ('"Does kava cure anxiety?" asked one reader. Yes, kava cures anxiety.', "efficacy/cure-claim"),
    ('"Why take pills when kava cures anxiety?" asked one reader.', "efficacy/drug-substitution"),
    ("Does kava cure anxiety? Yes. Kava cures anxiety in days.", "efficacy/cure-claim"),
]

PASSING = [
    # a quoted question signed by a role, or attributed after its closing quote
    '"Does kratom cure back pain?" — Verified buyer',
    '"Does kava cure insomnia?" — Verified purchaser',
    '"Does reishi cure cancer?" — Mum of two, Leeds',
    '"Does reishi cure cancer?" — Sam, long-time reader',
    '"Is kava safe for my liver?" asked one reader.',
    '"Can ashwagandha cure thyroid disease?" wrote a follower.',
    "Q: Can CBD cure anxiety? — Sam, Ohio",
    '"Does kava cure anxiety?" asked one reader. The short answer is no.',
    '"Does kava cure anxiety?" asked one reader. It depends on who you ask.',
    '"Does kava cure anxiety?" asked one reader. Short answer: no one knows.',
    '"Can kratom cure opioid addiction?" my sister asked. Honestly, nobody knows.',
    # a no, an open answer or a non-answer after a lead-in
    "Does CBD cure anxiety? The short answer is no.",
    "Does CBD cure anxiety? Bottom line: no.",
    "Does kava cure anxiety? The answer is simple: no, it does not.",
    "Does kava cure anxiety? The answer, sadly, is no.",
    "Does kava cure anxiety? In a word, it depends.",
    "Does kava cure anxiety? The answer is simple: we don't know yet.",
    "Does kava cure anxiety? The honest answer is that nobody knows.",
    "Does kava cure anxiety? The answer is clear. Nobody knows.",
    "Is kava completely safe? The answer is simple: no.",
    "Is kava completely safe? The short answer is: it depends.",
    "Is kava completely safe? Short answer: no idea.",
    "Is kava completely safe? Honestly? Yes and no.",
    "Is kratom addictive? The answer is simple: yes.",
    "Is it true that kratom is completely safe? The short answer is no.",
    # rhetorical headings, yes-and-no and non-answers stay open
    "Is kava completely safe? Let's look at the evidence.",
    "Is kava completely safe? Yes and no.",
    "Is kava completely safe? It depends.",
    "Does CBD cure anxiety? Let's find out.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_answered_or_unasked_claims_flag(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_open_or_denied_questions_pass(checker, text):
    assert _fired(checker, text) == set()


@pytest.mark.parametrize("reply,said,led", [
    ("The short answer is yes.", "yes.", True),
    ("The answer is simple: no.", "no.", True),
    ("The answer is a resounding yes.", "yes.", True),
    ("The answer, sadly, is no.", "no.", True),
    ("**A (Mark, herbalist):** Short answer: yes", "yes", True),
    ("Yes, it does.", "yes, it does.", False),
    ("The answer is that nobody knows.", "that nobody knows.", True),
])
def test_answer_lead_in_is_shared(reply, said, led):
    assert answer_lead_in(answer_text(reply)) == (said, led)
