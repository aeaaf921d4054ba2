"""Round 74 (audit 161): the product as the answer with the words in another order ("For anxiety, the answer is
kava", "The answer to anxiety? Kava."), science as the one who backs it ("Science backs kava"), and the crowd's
appeal and the claim in two sentences ("10,000 reviews can't be wrong. Kava works.")."""
from __future__ import annotations

import pytest

from claimcheck.api import check_text

FLAG = [
    ("For anxiety, the answer is kava.", "efficacy/answer-frame"),
    ("For insomnia, the solution is valerian root.", "efficacy/answer-frame"),
    ("When it comes to anxiety, the solution is simple: kava.", "efficacy/answer-frame"),
    ("For joint pain, the best remedy is turmeric.", "efficacy/answer-frame"),
    ("For migraines, the answer is feverfew.", "efficacy/answer-frame"),
    ("The answer to anxiety? Kava.", "efficacy/cure-noun"),
    ("The cure for anxiety? Kava.", "efficacy/cure-noun"),
    ("The secret to beating insomnia? Valerian.", "efficacy/cure-noun"),
    ("Nature's answer to insomnia? Valerian root.", "efficacy/cure-noun"),
    ("The remedy for migraines? Feverfew, every time.", "efficacy/cure-noun"),
    ("Our answer to joint pain? Turmeric gummies.", "efficacy/cure-noun"),
    ("The fix for brain fog? Lion's mane.", "efficacy/cure-noun"),
    ("Science backs ashwagandha for stress.", "efficacy/evidence-overstatement"),
    ("Science backs kava.", "efficacy/evidence-overstatement"),
    ("Research backs ashwagandha for anxiety.", "efficacy/evidence-overstatement"),
    ("Medicine backs turmeric for joint pain.", "efficacy/evidence-overstatement"),
    ("Studies back kava for anxiety.", "efficacy/evidence-overstatement"),
    ("Science strongly supports ashwagandha for stress.", "efficacy/evidence-overstatement"),
    ("For stress, science backs ashwagandha.", "efficacy/evidence-overstatement"),
    ("10,000 reviews can't be wrong. Kava works.", "efficacy/crowd-proof"),
    ("Thousands of customers can't be wrong. Our kratom works.", "efficacy/crowd-proof"),
    ("Our customers can't all be wrong. This ashwagandha melts stress.", "efficacy/crowd-proof"),
]

PASS = [
    "For a relaxing evening, the answer is kava.",
    "The answer to anxiety? Talk to a professional.",
    "The answer is simple: talk to your doctor.",
    "For anxiety, the answer is simple: talk to your doctor.",
    "The answer to anxiety is not kava.",
    "For anxiety, the answer is not kava.",
    "For anxiety, the answer is probably kava.",
    "For anxiety, the answer might be kava.",
    "Is kava the answer to anxiety?",
    "What is the answer to anxiety? Kava, say sellers.",
    "Sellers say the answer is kava; the trials disagree.",
    "Sellers say that for anxiety, the answer is kava; the trials disagree.",
    "The answer to anxiety? Maybe kava.",
    "The answer to anxiety? Not kava.",
    "The answer to insomnia? Sleep hygiene, not valerian.",
    "The answer to your questions about kava? Our FAQ.",
    "The secret to a good kava brew? Cold water.",
    "The secret to kava? Grind it fine.",
    "For anxiety, therapy is the answer, and kava is a nice drink.",
    "For anxiety, the remedy is rest and kava.",
    "For cooking, the best oil is coconut oil.",
    "Science backs the FDA's warning on kratom.",
    "Science backs kava's liver warning.",
    "Research backs caution with kava.",
    "Science backs moderation, not kava.",
    "Some research supports kava for anxiety.",
    "Little research supports kava for anxiety.",
    "Limited evidence supports kava for anxiety.",
    "Early research supports ashwagandha for stress.",
    "Does science back kava?",
    "No science backs kava.",
    "10,000 reviews can't be wrong. Kava tastes great.",
    "10,000 reviews can't be wrong. Does kava work?",
    "Customers can't be wrong. Our chamomile tea tastes amazing.",
    "Customers can't be wrong. But whether kava works is unproven.",
]


def _sentence_rules(text: str) -> set[str]:
    return {f.rule for f in check_text(text) if f.scope == "sentence"}


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(text, rule):
    assert rule in _sentence_rules(text)


@pytest.mark.parametrize("text", PASS)
def test_passes(text):
    assert not {r for r in _sentence_rules(text) if r.startswith("efficacy/")}
