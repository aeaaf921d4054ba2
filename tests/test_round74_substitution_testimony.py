"""Substitution told as testimony, audit round 111: a medicine or drug replaced by a botanical in a usage
report ("I swapped my Xanax for kava", "my cousin quit heroin with kratom", "customers use our kava instead of
their sleeping pills"), and the document-level combination requirement, which must read "quit X with Y" as Y
replacing X, not as the two used together.

All sentences are written for these tests."""
import pytest

SAFE_KRATOM = ("Kratom can cause dependence and withdrawal. The FDA has not approved kratom for any medical use. "
               "Kava has been linked to liver damage. ")


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


def _combinations(checker, text: str) -> set[str]:
    return {f.subject for f in checker.check_text(text, path="page.md")
            if f.rule == "safety/combination-missing-safety-language"}


SUBSTITUTION = "efficacy/drug-substitution"
RECOVERY = "efficacy/recovery-testimony"

FLAGGED = [
    ("I swapped my Xanax for kava and never looked back.", SUBSTITUTION),
    ("She swapped her antidepressants for St. John's wort last spring.", SUBSTITUTION),
    ("I swapped out my Zoloft for St. John's wort.", SUBSTITUTION),
    ("Since starting kratom I haven't needed my oxycodone.", SUBSTITUTION),
    ("Ever since I found kratom I haven't needed a single painkiller.", SUBSTITUTION),
    ("Thousands of customers use our kava every night instead of their sleeping pills.", SUBSTITUTION),
    ("Many people now take kratom instead of their painkillers.", SUBSTITUTION),
    ("Our customers take kava instead of their Xanax.", SUBSTITUTION),
    ("Lots of folks now drink kava instead of taking benzos.", SUBSTITUTION),
    ("I use kratom in place of my prescription painkillers.", SUBSTITUTION),
    ("I now take turmeric in place of ibuprofen.", SUBSTITUTION),
    ("People are using kratom rather than their opioid prescriptions.", SUBSTITUTION),
    ("We switched from Xanax to kava and my husband sleeps great.", SUBSTITUTION),
    ("Since switching to kava I no longer take my Xanax.", SUBSTITUTION),
    ("I stopped taking my Lexapro once I started saffron.", SUBSTITUTION),
    ("I gave up my painkillers for turmeric.", SUBSTITUTION),
    ("Kava let me drop my Valium for good.", SUBSTITUTION),
    ("My cousin quit heroin with kratom in two weeks.", RECOVERY),
    ("my cousin stop heroin with kratom", RECOVERY),
    ("My cousin stopped heroin using kratom.", RECOVERY),
    ("My dad quit oxycodone with the help of kratom.", RECOVERY),
    ("My friend weaned herself off Xanax with kava.", RECOVERY),
    ("Kava weaned me off my sleeping pills.", RECOVERY),
]

PASSING = [
    "I swapped coffee for yerba mate.",
    "Many people use it instead of their morning coffee.",
    "Don't swap your medication for kava without talking to your doctor.",
    "Some people try to replace their antidepressants with St. John's wort; this is dangerous.",
    "Kratom is being studied as a way to help people quit opioids.",
    "Methadone helps people quit heroin.",
    "Buprenorphine helps people get off heroin; kratom is not approved for it.",
    "Did you swap your Xanax for kava?",
    "Can kratom help people quit heroin?",
    "Is it safe to take kava instead of Xanax?",
    "Never replace your antidepressants with St. John's wort.",
    "Talk to your doctor before replacing any medication with an herb.",
    "People who quit opioids should not turn to kratom.",
    "People who stopped their antidepressants for St. John's wort often relapsed.",
    "My cousin quit heroin with methadone and counseling.",
    "My cousin quit heroin with methadone, then started kratom.",
    "I quit kratom with the help of my doctor.",
    "Some users report that they take kratom instead of opioids, but this is risky and unstudied.",
    "Sellers claim customers replaced their sleeping pills with kava, but no trial supports this.",
    "I take kava instead of a glass of wine in the evening.",
    "She swapped her evening wine for a shell of kava.",
    "My doctor switched me from oxycodone to tramadol, and I stopped drinking kava.",
    "We switched from kava powder to kava shots.",
    "Kava comes as a powder rather than pills.",
    "Drop the kava pills into warm water and stir.",
    "I no longer take kava because it upset my stomach.",
    "Stop taking kava two weeks before surgery.",
    "Buprenorphine is taken instead of heroin to ease withdrawal; kratom has no such approval.",
    "Methadone is used in place of heroin in maintenance programs, unlike kratom.",
    "Research is testing whether people can use kratom instead of opioids.",
    "I haven't needed my reading glasses since I started eating more carrots.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_substitution_testimony_is_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_substitution_near_misses_pass(checker, text):
    assert not _fired(checker, text) & {SUBSTITUTION, RECOVERY, "efficacy/drug-equivalence",
                                          "efficacy/addiction-recovery", "efficacy/drug-substitute"}


# a drug left behind by means of a botanical is a substitution, not a use together
LEFT_BEHIND = [
    "My cousin stop heroin with kratom.",
    "My cousin quit heroin with kratom in two weeks.",
    "I kicked heroin with kratom.",
    "He got off fentanyl with kratom.",
    "My dad quit his oxycodone with the help of kratom.",
    "She came off methadone with kratom.",
    "I broke free from opioids with kratom.",
    "I detoxed from heroin with kratom.",
    "I gave up alcohol with the help of kava.",
]

USED_TOGETHER = [
    ("I take kratom with my oxycodone.", "kratom+opioids"),
    ("Mixing kratom with opioids feels great.", "kratom+opioids"),
    ("He takes kratom with his methadone every morning.", "kratom+opioids"),
    ("I still take kratom with my Xanax at night.", "kratom+sedatives"),
    ("While tapering off oxycodone, I take kratom every evening.", "kratom+opioids"),
    ("I stopped taking kratom with my oxycodone last year.", "kratom+opioids"),
    ("I kept drinking kava with wine after I quit kratom.", "alcohol+kava"),
    ("I quit kratom and now drink kava and beer every night.", "alcohol+kava"),
]


@pytest.mark.parametrize("text", LEFT_BEHIND)
def test_left_behind_is_no_combination(checker, text):
    assert not _combinations(checker, SAFE_KRATOM + text)


def test_the_reported_document_has_no_combination(checker):
    text = "Kratom is not drug. My cousin stop heroin with kratom."
    assert "kratom+opioids" not in _combinations(checker, text)
    assert RECOVERY in _fired(checker, text)


@pytest.mark.parametrize("text,subject", USED_TOGETHER)
def test_use_together_still_needs_the_warning(checker, text, subject):
    assert subject in _combinations(checker, SAFE_KRATOM + text)
