"""Subjects across sentences, audit round 97: what a sentence-level finding is about when its sentence names no
substance, or names several. A pronoun chain goes on with the substance it started from past a name only set
aside ("It is a popular alternative to kratom", "a substitute for sleeping pills", "switched from kratom"); a
plural pointer ("Both are", "Each of them is", "All three are", "These drinks are", "The tea is") takes up the
substances named before it; a coordinated subject ("Ashwagandha and rhodiola are …") is about its first name.
Near misses: a sentence about something else, the same words used of people or days, hedges, negations and
questions.

All sentences are written for these tests."""
import pytest


def _found(checker, text: str) -> list[tuple[str, str | None]]:
    return [(f.rule, f.subject) for f in checker.check_text(text, path="page.md") if f.scope == "sentence"]


# (text, rule, subject)
FLAGGED = [
    # a pronoun chain past a name only set aside
    ("Kava is poured at bars. It is a popular alternative to kratom. It is totally safe.",
     "safety/absolute-safety", "kava"),
    ("Amanita gummies are sold at smoke shops. Sellers call it a dreamy alternative to magic mushrooms. "
     "These gummies are totally safe.", "safety/absolute-safety", "amanita-muscaria"),
    ("Kratom is a leaf. It is an alternative to kava. It is non-addictive.", "safety/non-addictive", "kratom"),
    ("Our ashwagandha gummies are vegan. They are a gentle alternative to melatonin. They have no side effects.",
     "safety/no-side-effects", "ashwagandha"),
    ("Our valerian tea is soothing. It is a natural substitute for sleeping pills. It has no side effects.",
     "safety/no-side-effects", "valerian"),
    ("Lots of drinkers switched from kratom to kava. It is completely safe.", "safety/absolute-safety", "kava"),
    ("Chaga grows on birch. It is sold in place of reishi. It is perfectly safe.", "safety/absolute-safety", "chaga"),
    ("Kava is a root drink. Kratom is a leaf. Unlike kratom, it is totally safe.", "safety/absolute-safety", "kava"),
    ("Kava is a Pacific root drink. It is often compared with kratom. It has no side effects.",
     "safety/no-side-effects", "kava"),
    ("Turmeric is a spice. It is often sold as a caffeine-free alternative to coffee. It has no side effects.",
     "safety/no-side-effects", "turmeric"),
    # plural pointers
    ("Ashwagandha and rhodiola are popular. Both are completely safe for everyone.",
     "safety/absolute-safety", "ashwagandha"),
    ("Ashwagandha and rhodiola are popular. They are completely safe for everyone.",
     "safety/absolute-safety", "ashwagandha"),
    ("Ashwagandha and rhodiola are popular. Each of them is completely safe.", "safety/absolute-safety", "ashwagandha"),
    ("Ashwagandha and rhodiola are popular. Each is completely safe.", "safety/absolute-safety", "ashwagandha"),
    ("Ashwagandha, rhodiola and holy basil are adaptogens. All three are completely safe.",
     "safety/absolute-safety", "ashwagandha"),
    ("Reishi and chaga are mushrooms. Both have no side effects.", "safety/no-side-effects", "reishi"),
    ("Reishi is a mushroom. Those are completely safe.", "safety/absolute-safety", "reishi"),
    # a demonstrative or definite product noun after sentences about one substance
    ("Kava is poured at bars. It is a popular alternative to kratom. These drinks are totally safe.",
     "safety/absolute-safety", "kava"),
    ("Kava is a Pacific root drink. The drink is completely safe.", "safety/absolute-safety", "kava"),
    ("Kava is calming. Those drinks are totally safe.", "safety/absolute-safety", "kava"),
    ("Chamomile is soothing. These teas have no side effects.", "safety/no-side-effects", "chamomile"),
    # a coordinated subject is about its first name
    ("Ashwagandha and rhodiola are completely safe for everyone.", "safety/absolute-safety", "ashwagandha"),
    ("Kava and kratom are completely safe for everyone.", "safety/absolute-safety", "kava"),
    ("Chamomile, valerian or lemon balm is totally safe at bedtime.", "safety/absolute-safety", "chamomile"),
    ("Mixing kava and kratom is totally safe.", "safety/safe-combination", "kava"),
    # a name after anything but "and"/"or"/a comma is the subject of its own clause
    ("Kava is calming, and kratom is completely safe.", "safety/absolute-safety", "kratom"),
    ("Kava is calming. Chamomile is completely safe.", "safety/absolute-safety", "chamomile"),
    ("Kava is a root drink. Instead of kratom, try chamomile. It is completely safe.",
     "safety/absolute-safety", "chamomile"),
]

PASSING = [
    # about something else
    "Kava is calming. Water, on the other hand, is totally safe.",
    "Kava is calming.\n\n## Hydration\n\nWater is totally safe.",
    "Kava is calming. Melatonin is completely safe.",
    "Kava is a root drink. Coffee, by contrast, is completely safe.",
    "Kava is calming. The streets are totally safe.",
    "Kava is calming. The tea shop down the road is totally safe.",
    # the plural words used of people, days and times
    "Kava is calming. Each of us is totally safe at home.",
    "Kava is calming. These days, our streets are totally safe.",
    "Kava is calming. Those who live nearby feel totally safe.",
    "Kava is calming. Both my parents think the beach is totally safe.",
    "Kava is calming. All of us feel totally safe there.",
    "Kava is calming. All is totally fine at the bar tonight.",
    "Kava is calming. In all honesty, the area is totally safe.",
    # hedged, negated, asked, attributed and answered
    "Ashwagandha and rhodiola are popular. Both are not completely safe for everyone.",
    "Ashwagandha and rhodiola are popular. Neither is completely safe for everyone.",
    "Ashwagandha and rhodiola are popular. Both may be safe for most adults.",
    "Kava and kratom differ. Are both completely safe?",
    "Kava is calming. Sellers say it is completely safe, but it has been linked to liver injury.",
]

# the subject the sentence-level finding names is never the one a sentence only set aside
SET_ASIDE = [
    ("Kava is poured at bars. It is a popular alternative to kratom. It is totally safe.", "kratom"),
    ("Amanita gummies are sold at smoke shops. Sellers call it a dreamy alternative to magic mushrooms. "
     "These gummies are totally safe.", "psilocybin-mushrooms"),
    ("Chaga is a birch fungus. It is a coffee substitute for reishi fans. It is a plant.", "reishi"),
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED)
def test_the_finding_names_the_substance_it_is_about(checker, text, rule, subject):
    assert (rule, subject) in _found(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_a_sentence_about_something_else_is_no_finding(checker, text):
    assert _found(checker, text) == []


@pytest.mark.parametrize("text,aside", SET_ASIDE)
def test_a_name_set_aside_is_no_subject(checker, text, aside):
    found = _found(checker, text)
    assert found and aside not in {subject for _, subject in found}


def test_a_pronoun_after_a_set_aside_name_satisfies_the_substance_it_stands_for(checker):
    """The document requirement reads the same pronoun chain: "It has been linked to liver damage" is said of kava."""
    text = "Kava is a root. It is a popular alternative to kratom. It has been linked to liver damage."
    rules = {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "document"}
    assert "safety/kava-missing-safety-language" not in rules
    assert "safety/kratom-missing-safety-language" in rules
