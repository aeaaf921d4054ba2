"""Risky uses, audit round 130: harm-reduction guides and warnings. A use named in order to judge it risky ("Using
kratom to quit heroin is risky", "Replacing your antidepressant with St. John's wort can be dangerous") claims
nothing; nor does a dosing instruction whose purpose is the taper's own ("If you take kratom daily, taper slowly to
reduce withdrawal symptoms"). The same use called safe, easy, effective or the answer, or judged risky but said to
work, is still a claim.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


# A gerund (or "to" and a verb) naming a use is the subject of a risk or disapproval predicate.
RISK_SUBJECT_PASSING = [
    "Tapering with kratom to get off opioids is risky and should be done with medical supervision.",
    "Using kratom to quit heroin is a common but risky strategy.",
    "Using kava to treat anxiety is not recommended without a doctor's advice.",
    "Replacing your antidepressant with St. John's wort can be dangerous.",
    "Using kratom to get off opioids can backfire.",
    "Swapping your prescribed antidepressant for St. John's wort is a bad idea.",
    "Treating anxiety with kava alone is not a substitute for care from a clinician.",
    "Using kratom to manage opioid withdrawal is risky.",
    "Self-treating withdrawal with kratom is dangerous and not advised.",
    "Replacing methadone with kratom is a gamble with your life.",
    "Trying to quit fentanyl with kratom can be deadly.",
    "Using St. John's wort instead of your antidepressant is unsafe.",
    "Using kava to ease anxiety while drinking alcohol is a serious mistake.",
    "Managing pain with kratom is not safe for people on other opioids.",
    "Using kratom to get through withdrawal is not a good idea.",
    "Treating a cold with echinacea instead of seeing a doctor can be harmful.",
    "Using kratom to quit heroin is a risky strategy that doctors warn against.",
    "Using kava to treat anxiety is something you should discuss with your doctor first.",
    "Tapering with kratom to get off opioids should be done with medical supervision.",
    "Using kratom to quit heroin carries serious risks.",
    "Mixing kratom with alcohol to ease withdrawal is dangerous.",
    "Combining kava with sleeping pills to treat insomnia is a bad idea.",
    "Using kratom to relieve pain is risky because it can cause dependence.",
    "To use kratom to quit opioids without a doctor is a gamble.",
    "But using kratom to detox from heroin at home is risky.",
    "For most people, using kava to manage anxiety is not a substitute for therapy.",
]
# The same subject with a predicate that endorses the use, or a risk taken back.
RISK_SUBJECT_FLAGGED = [
    ("Using kratom to quit heroin works.", "efficacy/addiction-recovery"),
    ("Using kava to treat anxiety is the best decision I made.", "efficacy/disease-treatment"),
    ("Tapering with kratom gets you off opioids safely.", "efficacy/addiction-recovery"),
    ("Using kratom to quit heroin is risky, but it works.", "efficacy/addiction-recovery"),
    ("Using kratom to quit opioids is risky but worth it.", "efficacy/addiction-recovery"),
    ("Using kratom to quit heroin is less risky than staying on methadone.", "efficacy/addiction-recovery"),
    ("Using kratom to quit heroin is far less dangerous than methadone.", "efficacy/addiction-recovery"),
    ("Using kratom to quit heroin is not risky at all.", "efficacy/addiction-recovery"),
    ("Using kava to treat anxiety is never a mistake.", "efficacy/disease-treatment"),
    ("Using kava to treat anxiety is a good idea.", "efficacy/disease-treatment"),
    ("Using kava to treat anxiety is recommended by many herbalists.", "efficacy/disease-treatment"),
    ("Using kratom to quit heroin is safe when done right.", "efficacy/addiction-recovery"),
    ("Tapering with kratom gets you off opioids and should be supervised.", "efficacy/addiction-recovery"),
    ("Using kratom eases withdrawal symptoms that can be dangerous.", "efficacy/disease-treatment"),
    ("Kratom gets you off heroin but can be risky.", "efficacy/addiction-recovery"),
    ("Kratom helps you quit heroin, though it is risky.", "efficacy/addiction-recovery"),
    ("Kratom is used to treat pain and is risky.", "efficacy/disease-treatment"),
    ("Kratom gets you off opioids, and using it is not risky.", "efficacy/addiction-recovery"),
    ("Replace your antidepressant with St. John's wort.", "efficacy/drug-comparison"),
    ("Kratom is a safer way to get off opioids than methadone.", "efficacy/addiction-recovery"),
]


@pytest.mark.parametrize("text", RISK_SUBJECT_PASSING)
def test_a_use_judged_risky_claims_nothing(checker, text):
    assert not {r for r in _fired(checker, text) if r.startswith("efficacy/")}


@pytest.mark.parametrize("text,rule", RISK_SUBJECT_FLAGGED)
def test_a_use_endorsed_is_still_a_claim(checker, text, rule):
    assert rule in _fired(checker, text)


# A dosing instruction after a comma is the agent of its purpose; a product it names is the instrument.
TAPER_PASSING = [
    "If you take kratom daily, taper slowly to reduce withdrawal symptoms.",
    "If you use kratom every day, cut your dose gradually to reduce withdrawal symptoms.",
    "If you have used kava for months, taper gradually to ease rebound anxiety.",
    "After months of daily kratom, cut back over two weeks to ease withdrawal.",
    "Drink plenty of water and rest to ease kratom withdrawal symptoms.",
]
TAPER_FLAGGED = [
    ("If you quit heroin, taper with kratom to reduce withdrawal.", "efficacy/disease-treatment"),
    ("Use kratom to taper and reduce withdrawal.", "efficacy/disease-treatment"),
    ("Kratom eases opioid withdrawal.", "efficacy/disease-treatment"),
]


@pytest.mark.parametrize("text", TAPER_PASSING)
def test_a_taper_eases_withdrawal_not_the_product(checker, text):
    assert "efficacy/disease-treatment" not in _fired(checker, text)


@pytest.mark.parametrize("text,rule", TAPER_FLAGGED)
def test_a_product_used_to_taper_is_still_a_claim(checker, text, rule):
    assert rule in _fired(checker, text)


# Benign sentences with the same frame and no claim at all stay clean.
BENIGN = [
    "Skipping meals while drinking kava is a bad idea.",
    "Driving after drinking kava is dangerous.",
    "Buying kratom from gas stations is risky because products are often contaminated.",
    "Using kratom while pregnant is not safe.",
    "Experts say replacing antidepressants with St. John's wort is a mistake.",
]


@pytest.mark.parametrize("text", BENIGN)
def test_benign_warnings_stay_clean(checker, text):
    assert not _fired(checker, text)


GUIDE = """# Kratom and kava: a harm-reduction guide

Kratom can cause dependence, and people who stop after regular use can have withdrawal symptoms. The FDA has not \
approved kratom for any medical use and has warned consumers against it.

Using kratom to quit heroin is a common but risky strategy. Tapering with kratom to get off opioids is risky and \
should be done with medical supervision. Replacing methadone or buprenorphine with kratom is strongly discouraged by \
addiction specialists. If you want to stop opioids, ask a doctor about approved treatments such as buprenorphine or \
methadone.

If you take kratom daily, taper slowly to reduce withdrawal symptoms. Drink plenty of water and rest to ease kratom \
withdrawal symptoms. Cutting your dose too fast can be harsh, so plan the taper with someone you trust.

Never combine kratom with alcohol, benzodiazepines or opioids: combining them raises risks and has not been studied. \
Mixing kava with alcohol to relax faster is dangerous for your liver.

Kava has been linked to liver damage. Using kava to treat anxiety is not recommended without a doctor's advice. \
Drinking kava every day for months is a bad idea if you already have liver problems.

St. John's wort interacts with many medicines, including antidepressants, birth control and blood thinners. \
Replacing your antidepressant with St. John's wort can be dangerous. Stopping an antidepressant abruptly can cause \
withdrawal, so talk to your prescriber first.

Products sold online are often contaminated, so buy from vendors who publish lab tests for heavy metals and \
salmonella. Start with a small dose and wait before taking more. Keep naloxone at hand if anyone in your home uses \
opioids. Treating a kratom overdose at home is not a substitute for calling emergency services.
"""


def test_harm_reduction_guide_is_clean(checker):
    assert [f.rule for f in checker.check_text(GUIDE, path="guide.md")] == []
