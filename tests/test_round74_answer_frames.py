"""Answer frames, audit round 155: a substance presented as THE answer to a condition named before it ("For
anxiety, kava is the answer."), an alternative to a drug vouched for as "proven", "tested" or "trusted", and
customer numbers or reviews offered as proof that a product works ("10,000 reviews can't be wrong: kava works").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    # the condition in a "for X," lead, an if-clause, a when-clause or a short question before the answer
    ("If you struggle with anxiety, kava is the answer.", "efficacy/answer-frame"),
    ("For anxiety, kava is the answer.", "efficacy/answer-frame"),
    ("Struggling with insomnia? Valerian is the solution.", "efficacy/answer-frame"),
    ("Got joint pain? Turmeric is your answer.", "efficacy/answer-frame"),
    ("Anxiety? Kava's the answer!", "efficacy/answer-frame"),
    ("Is anxiety ruining your evenings? Kava is your answer.", "efficacy/answer-frame"),
    ("Have trouble sleeping? Chamomile is your fix.", "efficacy/answer-frame"),
    ("Suffering from depression? St. John's wort is the answer you've been looking for.", "efficacy/answer-frame"),
    ("For stubborn joint pain, our turmeric capsules are your go-to.", "efficacy/answer-frame"),
    ("When insomnia strikes, valerian root is the only thing that works.", "efficacy/answer-frame"),
    ("For hot flashes, black cohosh is the cure.", "efficacy/answer-frame"),
    ("Dealing with brain fog? Lion's mane is the answer.", "efficacy/answer-frame"),
    ("For anxiety, kava is the answer for many people.", "efficacy/answer-frame"),
    # an alternative to a drug vouched for
    ("Kava is a proven alternative to benzodiazepines.", "efficacy/drug-equivalence"),
    ("Ashwagandha is a clinically tested alternative to Xanax.", "efficacy/drug-equivalence"),
    ("Our CBD oil is a trusted alternative to painkillers.", "efficacy/drug-equivalence"),
    ("St. John's wort is a proven alternative to antidepressants.", "efficacy/drug-equivalence"),
    # popularity as proof
    ("Over 10,000 five-star reviews can't be wrong: kava works.", "efficacy/crowd-proof"),
    ("Thousands of happy customers can't be wrong: our kratom works.", "efficacy/crowd-proof"),
    ("Two million users can't all be wrong: our lion's mane sharpens focus.", "efficacy/crowd-proof"),
    ("The reviews speak for themselves: our ashwagandha tea melts away stress.", "efficacy/crowd-proof"),
]

PASSING = [
    # answers to no health problem
    "If you want a caffeine-free evening drink, kava is the answer.",
    "For a cozy night in, chamomile is the answer.",
    "If you need a gift for a tea lover, chamomile is the answer.",
    "Struggling to find a good gift? Our kava set is the answer.",
    "Got a sweet tooth? Our maca cookies are the answer.",
    "For stubborn joint pain, our turmeric capsules are your go-to snack.",
    # hedged, negated, questioned, distanced
    "Kava may be an option for anxiety; ask your doctor.",
    "For anxiety, kava may be the answer.",
    "Kava is not the answer to anxiety.",
    "If you struggle with anxiety, kava isn't the answer.",
    "Is kava the answer to anxiety?",
    "Is turmeric really the answer for joint pain? Probably not.",
    "Some sellers say kava is the answer for anxiety, but no trial supports that.",
    # the condition belongs to another clause
    "Kava is not a cure for anxiety, but for relaxing after work, kava is the answer.",
    # a practice, a person or a drug as the answer
    "For anxiety, therapy is the answer.",
    "For anxiety, a licensed therapist is the answer.",
    "For insomnia, sleep hygiene is the answer, not valerian.",
    "For kratom withdrawal, buprenorphine is the answer, not more kratom.",
    "Kratom withdrawal? Medical care is the answer, not kava.",
    # alternatives to no drug, or denied
    "Kava is a tested alternative to wine for social evenings.",
    "Kava is a trusted alternative to beer at our bar.",
    "Kava is not a proven alternative to benzodiazepines.",
    "Is kava a proven alternative to Xanax?",
    # reviews that claim no proof of a benefit
    "Over 10,000 five-star reviews.",
    "Over 10,000 five-star reviews can't be wrong: our kava tastes great.",
    "Thousands of kava customers can't be wrong about our fast shipping.",
    "The reviews speak for themselves: customers love the flavor of our chamomile.",
    "Sellers claim thousands of customers can't be wrong, but reviews are not evidence that kava works.",
    "Our kava customers can't be wrong about the flavor, but whether kava eases anxiety is unproven.",
]

OUR_RULES = {"efficacy/answer-frame", "efficacy/drug-equivalence", "efficacy/crowd-proof", "efficacy/cure-noun"}


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_answer_frames_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    assert not (_fired(checker, text) & OUR_RULES)
