"""Round 74, herbs sold for one use named in their product forms (wild yam cream, eucalyptus oil, colostrum, chaparral
tea, raspberry ketones): a claim about one names a product. Approved laxative ingredients (senna, psyllium), whose
claims are mostly true, and cooking and brewing words (thyme, hops) are left out; so are mentions with no claim."""
import pytest

import claimcheck


def _fired(text: str) -> set[str]:
    return {f.rule for f in claimcheck.check_text(text) if f.scope == "sentence"}


FLAGGED = [
    ("Our wild yam cream is a natural alternative to progesterone.", "efficacy/drug-equivalence"),
    ("Eucalyptus oil clears sinus infections overnight.", "efficacy/disease-treatment"),
    ("Colostrum heals leaky gut.", "efficacy/cure-claim"),
    ("Our chaparral tea detoxes your liver.", "efficacy/organ-detox"),
    ("He shou wu reverses gray hair and cures insomnia.", "efficacy/cure-claim"),
    ("Raspberry ketones melt belly fat, guaranteed.", "efficacy/disease-treatment"),
]

PASSING = [
    "Psyllium has been shown to lower cholesterol.",
    "Senna tea relieves occasional constipation.",
    "Add a spoonful of psyllium husk to your smoothie for fiber.",
    "Frankincense was one of the gifts of the Magi.",
    "Thyme cures the bland taste of any stew.",
    "The brewery's new IPA uses three kinds of hops.",
    "Eucalyptus oil may ease a stuffy nose, but small trials are all we have.",
]


@pytest.mark.parametrize("text, rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _fired(text)


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    assert not _fired(text)
