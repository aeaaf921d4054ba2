"""Wishful frames and flat denials, audit round 74: a claim named as what one would like to believe ("It's
tempting to believe that …", "Many people want to believe that …", "We'd all love to believe that …") is held at
a distance, and a flat denial that is a sentence of its own ("It doesn't.", "Sadly, it can't.") takes back the
sentence before it, as an opening verdict ("Not true.") does. The writer's own belief, a denial of something
else, a denial that agrees with a negative claim and a question answered yes still stand.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


WISHFUL_PASSING = [
    "It's tempting to believe that elderberry cures the flu.",
    "It is tempting to assume that turmeric cures arthritis.",
    "It's tempting to think that chaga reverses diabetes.",
    "Plenty of parents want to believe that CBD treats autism.",
    "Everyone wants to believe that moringa cures diabetes.",
    "We would all love to believe that lion's mane reverses dementia.",
    "I'd love to believe that reishi shrinks tumors.",
    "We'd all like to believe that echinacea prevents colds.",
    "It's easy to believe that ginger cures migraines.",
    "It is nice to think that ashwagandha cures insomnia.",
    "Wishful thinking says that kava cures anxiety.",
    "We all want to believe kava will cure our anxiety.",
    "I want to believe that reishi cures cancer.",
    "It is wishful thinking to believe that cordyceps cures asthma.",
    "It's tempting to conclude that maca is clinically proven to boost libido.",
    # the same frame before a risk denial
    "It's tempting to believe that kratom is completely safe.",
    "Many users want to believe that kratom is non-addictive.",
    "We'd love to think that kava has no side effects.",
    # with a denial after it as well
    "Valerian is popular. It's tempting to believe that one root can fix everything. It can't.",
    "We'd all love to believe that turkey tail cures cancer. Sadly, it doesn't.",
]

WISHFUL_FLAGGED = [
    ("I truly believe that kava cures anxiety.", "efficacy/cure-claim"),
    ("We believe turmeric heals arthritis.", "efficacy/cure-claim"),
    ("We love to share that elderberry cures the flu.", "efficacy/cure-claim"),
    ("Kava is tempting to try, and it cures anxiety.", "efficacy/cure-claim"),
    # the frame ends at its comma, and an endorsement takes the distance back
    ("It's tempting to think kava is overrated, but it cures anxiety.", "efficacy/cure-claim"),
    ("It's tempting to believe that kava cures anxiety, and it does.", "efficacy/cure-claim"),
    ("It's tempting to believe that kava cures anxiety. And it does.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", WISHFUL_PASSING)
def test_wishful_frames_pass(checker, text):
    assert not _fired(checker, text)


@pytest.mark.parametrize("text,rule", WISHFUL_FLAGGED)
def test_own_beliefs_and_endorsed_wishes_flag(checker, text, rule):
    assert rule in _fired(checker, text)


def test_easy_to_see_why_is_no_wishful_frame(checker):
    assert any(r.startswith("efficacy/") for r in _fired(checker, "It's easy to see why kava cures anxiety so fast."))


DENIAL_PASSING = [
    "Kava cures anxiety. It doesn't, of course.",
    "Elderberry cures the flu. It doesn't.",
    "Chaga cures cancer. It won't.",
    "Turmeric heals arthritis. Unfortunately, it can't.",
    "Moringa reverses diabetes. Spoiler: it doesn't.",
    "Reishi is clinically proven to shrink tumors. It isn't.",
    "Mushroom gummies cure depression. They don't.",
    "Ashwagandha cures insomnia. Of course it doesn't.",
    "Ashwagandha cures insomnia. It does not, sadly.",
    "Kratom is completely safe. It isn't.",
    "Kratom is a safe alternative to opioids. It's not.",
]

DENIAL_FLAGGED = [
    ("Kava cures anxiety. It doesn't taste great, though.", "efficacy/cure-claim"),
    ("Kava cures anxiety. It doesn't make you drowsy.", "efficacy/cure-claim"),
    ("Kava cures anxiety. It isn't a drug.", "efficacy/cure-claim"),
    ("Kava cures anxiety. It does.", "efficacy/cure-claim"),
    ("Does kava cure anxiety? Yes, it does.", "efficacy/cure-claim"),
    # a denial of something else is itself the finding
    ("Kratom cures pain. It doesn't cause dependence.", "efficacy/cure-claim"),
    ("Kratom cures pain. It doesn't cause dependence.", "safety/absolute-safety"),
    # a denial that agrees with a negative claim
    ("Kratom isn't addictive. It isn't.", "safety/non-addictive"),
    ("Kratom has no side effects. It doesn't.", "safety/no-side-effects"),
    # a new paragraph denies nothing before it
    ("Elderberry cures the flu.\n\nIt doesn't.\n", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", DENIAL_PASSING)
def test_flat_denial_takes_the_sentence_back(checker, text):
    assert not _fired(checker, text)


@pytest.mark.parametrize("text,rule", DENIAL_FLAGGED)
def test_denials_of_something_else_leave_the_claim(checker, text, rule):
    assert rule in _fired(checker, text)
