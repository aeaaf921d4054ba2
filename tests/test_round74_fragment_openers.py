"""Review fragments, audit round 151: a claim after one short comma fragment ("Tried the CBD gummies. Sleeping like
a baby, zero anxiety.") and a herb the knowledge base does not hold, named in a short sentence and carried to the
next fragment as a substance is ("Feverfew daily. Migraines? Gone."). Rule option `product_before`.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "review.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Tried the CBD gummies. Sleeping like a baby, zero anxiety.", "efficacy/condition-farewell"),
    ("Started our kava drops last month. Best purchase ever, zero anxiety.", "efficacy/condition-farewell"),
    ("Bought the ashwagandha capsules. Calm all day, no more panic attacks.", "efficacy/condition-farewell"),
    ("Our valerian tincture, two weeks in. Eight hours a night, zero insomnia.", "efficacy/condition-farewell"),
    ("Tried the CBD gummies. Honestly, zero anxiety.", "efficacy/condition-farewell"),
    ("Took the turmeric capsules daily. Finally pain-free, no more arthritis pain.", "efficacy/condition-farewell"),
    ("Feverfew daily. Migraines? Gone.", "efficacy/symptom-gone-answer"),
    ("Feverfew daily. Migraines: gone.", "efficacy/symptom-gone"),
    ("Lemon balm tea every evening. Anxiety? Gone.", "efficacy/symptom-gone-answer"),
    ("Lemon balm every night. Insomnia: gone for good.", "efficacy/symptom-gone"),
    ("Skullcap before bed. Insomnia? Gone!", "efficacy/symptom-gone-answer"),
    ("Feverfew capsules every morning. Migraines? History.", "efficacy/symptom-gone-answer"),
    ("Feverfew daily. No more migraines.", "efficacy/condition-farewell"),
    ("Lemon balm every evening. Zero anxiety.", "efficacy/condition-farewell"),
]

PASSING = [
    "Switched doctors. Sleeping like a baby, zero anxiety.",
    "Moved to the coast. Sleeping like a baby, zero anxiety.",
    "Sleeping like a baby, zero anxiety.",
    "Tried the CBD gummies.\n\nSleeping like a baby, zero anxiety.",
    "Zero sugar, zero guilt.",
    "Feverfew grows in my garden. Migraines? My neurologist handles those.",
    "Tried the CBD gummies. Sleeping like a baby, zero anxiety? Not for me.",
    "Tried the CBD gummies. Sleeping better, maybe less anxiety.",
    "Tried the CBD gummies. Sleeping like a baby, zero sugar.",
    "Tried the CBD gummies. Sleeping like a baby, but I still have anxiety.",
    "Tried the CBD gummies. Sleeping like a baby, zero anxiety, if the label is right.",
    "Tried the CBD gummies. Great taste, zero calories.",
    "Tried the CBD gummies. If anything, zero anxiety.",
    "Tried the CBD gummies. Not once, zero anxiety.",
    "Tried feverfew once. Before that, zero migraines.",
    "Bought the chamomile tea. Lovely flavour, zero caffeine.",
    "Our kava drops arrived. Fast shipping, no more waiting.",
    "Feverfew daily. Migraines? Still there.",
    "Feverfew daily. Migraines? Not gone, sadly.",
    "Feverfew daily. Migraines? Ask your doctor.",
    "Feverfew daily. Migraines? Maybe gone, maybe not.",
    "Feverfew daily. Migraines: not gone.",
    "Feverfew daily. Headlines? Gone.",
    "Feverfew daily. The weeds? Gone.",
    "No feverfew for me. Migraines: gone.",
    "Started a new job. Migraines? Gone.",
    "Gave up coffee. Migraines: gone.",
    "Feverfew is a daisy-like plant that gardeners have grown in cottage borders for centuries. Migraines? Gone.",
    "Lemon balm tea every evening. I walked the dog, cooked dinner and called my sister for an hour. Anxiety? Gone.",
    "Tried feverfew for a month and it did nothing. Migraines? Gone after I quit caffeine.",
]

_RULES = {"efficacy/condition-farewell", "efficacy/symptom-gone", "efficacy/symptom-gone-answer"}


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_fragment_claims_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_fragment_near_misses_pass(checker, text):
    assert not _fired(checker, text) & _RULES
