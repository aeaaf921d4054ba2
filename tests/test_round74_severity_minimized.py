"""Safety, audit round 158: a known harm played down by its severity or by the dose — kratom withdrawal or
dependence and kava's liver harm called mild, minor, manageable, barely noticeable, "nothing compared to" opioid
withdrawal, or "at worst" a couple of restless nights (safety/harm-called-mild); a product "safe even at high doses"
(safety/absolute-safety); "no upper limit for ashwagandha" (safety/no-overdose). Graded statements, warnings,
negations, hedges, attributions, questions and the same words of other subjects pass.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    ("Kratom withdrawal is mild, like a light cold.", "safety/harm-called-mild"),
    ("Kratom withdrawal is nothing compared to opioid withdrawal.", "safety/harm-called-mild"),
    ("At worst, quitting kratom means a couple of restless nights.", "safety/harm-called-mild"),
    ("Kratom withdrawal, if it happens at all, is mild.", "safety/harm-called-mild"),
    ("If anything, stopping kratom gives you a day or two of sniffles.", "safety/harm-called-mild"),
    ("Kratom withdrawal is a walk in the park.", "safety/harm-called-mild"),
    ("Withdrawal from kratom is minor and manageable.", "safety/harm-called-mild"),
    ("Any kratom withdrawal is barely noticeable.", "safety/harm-called-mild"),
    ("Kratom dependence is nothing serious.", "safety/harm-called-mild"),
    ("Honestly, kratom withdrawal is pretty minor.", "safety/harm-called-mild"),
    ("Kratom withdrawals tend to be mild and short.", "safety/harm-called-mild"),
    ("Kratom comedowns are mild.", "safety/harm-called-mild"),
    ("The liver effects of kava are mild and temporary.", "safety/harm-called-mild"),
    ("Kava's liver risk is minor.", "safety/harm-called-mild"),
    ("Kava's effect on the liver is minor.", "safety/harm-called-mild"),
    ("Kava is safe even at high doses.", "safety/absolute-safety"),
    ("Our kava is safe even in large amounts.", "safety/absolute-safety"),
    ("Kratom is fine even at high doses.", "safety/absolute-safety"),
    ("Ashwagandha is harmless at higher doses.", "safety/absolute-safety"),
    ("There is no upper limit for ashwagandha.", "safety/no-overdose"),
    ("There's no upper limit on our kratom, so enjoy.", "safety/no-overdose"),
]

PASSING = [
    "Withdrawal symptoms are usually mild for occasional users, but daily users can have a hard time.",
    "Kratom withdrawal is mild for some and severe for others.",
    "Kratom withdrawal is mild compared with opioids, though it can still last a week or more.",
    "Side effects of ashwagandha are usually mild, such as an upset stomach.",
    "High doses of kava have been linked to liver injury.",
    "Kratom withdrawal can be severe.",
    "Kratom withdrawal is not always mild.",
    "Kratom withdrawal is rarely mild for daily users.",
    "Is kratom withdrawal mild?",
    "Sellers insist that kratom withdrawal is mild, but the FDA disagrees.",
    "Kratom withdrawal may be mild for some people, but it can also last for weeks.",
    "Nobody should tell you kratom withdrawal is mild.",
    "Ashwagandha withdrawal is mild.",
    "Kava withdrawal is mild or absent.",
    "Caffeine withdrawal is mild compared to kratom withdrawal.",
    "If anything, kratom withdrawal is worse than people expect.",
    "At worst, kava tastes like muddy water.",
    "Kava has a mild, peppery flavour.",
    "I caught a mild cold after my kava ceremony.",
    "Fiji has a mild climate, perfect for growing kava.",
    "The liver is a minor organ in this story about kava.",
    "Kratom liver injury is rare but can be serious.",
    "Kava is not safe at high doses.",
    "Is kava safe at high doses?",
    "Kava may be unsafe in large amounts.",
    "Kava is safe at normal doses but can harm the liver at high doses.",
    "Our kava is fine in large amounts of coconut milk.",
    "There is no established upper limit for ashwagandha.",
    "There is no upper limit for people who want to join our kava circle.",
    "There is no upper limit for kava lovers!",
    "Kava has no upper limit for fun.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_minimized_severity_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_graded_warned_and_other_subjects_pass(checker, text):
    fired = _fired(checker, text)
    assert not fired & {"safety/harm-called-mild", "safety/absolute-safety", "safety/no-overdose"}, fired


# graded over time, or acknowledged as real in the same sentence
MORE_PASSING = [
    "Kratom withdrawal is mild in the first day and peaks around day three.",
    "Kava's liver risk is minor compared with alcohol's, but it is real.",
    "Myth: kratom withdrawal is mild.",
    "Kratom withdrawal is anything but mild.",
    "Kratom withdrawal is no walk in the park.",
    "Don't believe anyone who says kratom withdrawal is a walk in the park.",
]


@pytest.mark.parametrize("text", MORE_PASSING)
def test_graded_over_time_or_acknowledged_pass(checker, text):
    assert "safety/harm-called-mild" not in _fired(checker, text)


@pytest.mark.parametrize("text", [
    "Even for daily users, kratom withdrawal is mild.",
    "Kratom withdrawal is mild, even for heavy daily users.",
    "Kratom withdrawal is mild even with daily use.",
])
def test_even_widens_a_user_group_instead_of_grading(checker, text):
    # "even for daily users" says the harm is mild for everyone: no grade between users
    assert "safety/harm-called-mild" in {f.rule for f in checker.check_text(text, path="a.md")}
