"""Future and present repairs of a body function, audit round 192: "Lion's mane will fix your memory",
"bacopa restores your memory" (the reader's memory is a function put right: the repaired-functions
lexicon) and "lion's mane will rewire your brain" (rewire, in every form, a verb of efficacy/cure-claim).
Near misses: other things fixed, reset or restored (a taste, a password, an order), no product (sleep,
meditation, a language), hedged, negated, attributed, questions, a drug or surgery.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Lion's mane will fix your memory.", "efficacy/cure-claim"),
    ("Lion's mane fixes your memory.", "efficacy/cure-claim"),
    ("Bacopa will restore your memory within a month.", "efficacy/cure-claim"),
    ("Ginkgo repairs your memory in weeks.", "efficacy/cure-claim"),
    ("Our blend will rebuild your short-term memory.", "efficacy/cure-claim"),
    ("This tincture resets your memory after a long week.", "efficacy/cure-claim"),
    ("Lion's mane will fix your memory for good.", "efficacy/cure-claim"),
    ("Lion's mane will rewire your brain.", "efficacy/cure-claim"),
    ("Lion's mane rewires your brain in thirty days.", "efficacy/cure-claim"),
    ("This extract rewired my brain.", "efficacy/cure-claim"),
    ("Lion's mane restored my memory.", "efficacy/cure-claim"),
    ("Rewire your brain with our lion's mane capsules.", "efficacy/cure-claim"),
    ("Our reishi powder is rewiring your nervous system while you sleep.", "efficacy/cure-claim"),
    # already flagged before this round: kept that way
    ("Kava will cure your anxiety.", "efficacy/cure-claim"),
    ("Turmeric will heal your joints.", "efficacy/cure-claim"),
    ("Milk thistle will repair your liver.", "efficacy/cure-claim"),
    ("Ashwagandha will fix your hormones.", "efficacy/cure-claim"),
    ("This supplement will reset your metabolism.", "efficacy/cure-claim"),
    ("Turmeric will rebuild your cartilage.", "efficacy/cure-claim"),
    ("Our tea will reset your sleep cycle.", "efficacy/body-reset"),
]
PASSING = [
    "Lion's mane will fix the bitter taste of your coffee.",
    "Reset your password before you order lion's mane.",
    "We will restore your order if the lion's mane arrives damaged.",
    "A good night's sleep will restore your energy.",
    "A good night's sleep will restore your memory.",
    "Sleep restores your memory.",
    "Learning a new language will rewire your brain.",
    "Meditation rewires your brain.",
    "Electricians rewire old houses before the bacopa harvest.",
    "Lion's mane may help restore your memory.",
    "Lion's mane might fix your memory, but the evidence is thin.",
    "Lion's mane won't fix your memory.",
    "Lion's mane will not fix your memory.",
    "No mushroom will fix your memory.",
    "Will lion's mane fix your memory?",
    "Can bacopa restore your memory?",
    "Sellers claim lion's mane will fix your memory.",
    "Some fans say lion's mane rewires your brain.",
    "There is no evidence that lion's mane fixes your memory.",
    "Lion's mane has not been shown to restore your memory.",
    "Surgery will repair your cartilage.",
    "Donepezil will not restore your memory.",
    "Our lion's mane team will fix your memory card if it breaks.",
    "This tea will restore your memory foam pillow's shape.",
    "Lion's mane tastes like crab and will remind you of your memory of the seaside.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_repairs_of_a_body_function_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_near_misses_pass(checker, text):
    fired = _fired(checker, text)
    assert not {"efficacy/cure-claim", "efficacy/body-reset"} & fired, fired
