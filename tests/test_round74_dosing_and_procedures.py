"""Round 74: driving, vulnerable groups, surgery and dose escalation (safety, sentence scope)."""
import pytest

import claimcheck

FLAG = [
    ("You can drive after a few shells of kava.", "safety/impairment-denied"),
    ("Feel free to operate machinery on our kratom.", "safety/impairment-denied"),
    ("Our valerian tea won't stop you driving home.", "safety/impairment-denied"),
    ("Kids can take our ashwagandha every day.", "safety/vulnerable-groups"),
    ("Teens are fine on our kratom.", "safety/vulnerable-groups"),
    ("Our kava is gentle, so give it to your kids.", "safety/vulnerable-groups"),
    ("Ginkgo is safe before surgery.", "safety/surgery-risk-denied"),
    ("There's no need to stop our ginkgo before dental work.", "safety/surgery-risk-denied"),
    ("With our kava, more is better.", "safety/no-overdose"),
    ("More is better with kratom.", "safety/no-overdose"),
    ("Double up on our kava if one shell doesn't work.", "safety/no-overdose"),
    ("Redose our kratom as often as you like.", "safety/no-overdose"),
    ("Blue lotus is safe to smoke.", "safety/absolute-safety"),
    ("Our kratom is fine to snort.", "safety/absolute-safety"),
]

PASS = [
    "Don't drive after drinking our kava.",
    "You can drive after the kava has worn off.",
    "You can drive to the kava bar.",
    "Ask your pediatrician before you give ashwagandha to your kids.",
    "Kids can take part in our kava ceremony.",
    "Stop ginkgo two weeks before surgery.",
    "Is ginkgo safe before surgery?",
    "Take one more capsule of kava only if your doctor says so.",
    "The more you know about kava, the better.",
    "More is better when it comes to vegetables.",
    "More research on kratom is better.",
    "It is not safe to smoke blue lotus.",
    "Our kava lounge is safe to smoke in.",
    "More is better with our kratom bundle deals.",
    "For our kava bar playlist, more is better.",
    "Teenagers can use our kava bar's study room.",
    "You can drive after kava only if you feel completely alert, which is rare.",
    "If you don't feel it after an hour, do not take more kratom.",
    "Pregnant women can take folic acid; kava is another matter.",
]


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="t.md") if f.scope == "sentence"}


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text", PASS)
def test_passes(text):
    assert not {r for r in _rules(text) if r.startswith("safety/")}
