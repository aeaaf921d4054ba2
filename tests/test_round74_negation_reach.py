"""How far a negation or a report reaches, audit round 152: a wider negation ("there is no …") ends where
", and no …" opens a negated item of its own, so a risk denial in that item is the writer's claim; and a
reported DENIAL of a risk answered by an affirmative ellipsis ("…, vendors claim, but it can.") is rebutted,
as the negative ellipsis rebuts a reported positive claim ("…, sellers claim, but it can't.").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


# ", and no …" after "there is no …": the second item is denied by its own "no", not by the first.
LIST_FLAGGED = [
    ("There's no risk of our kratom prices rising, and no risk of addiction either.", "safety/non-addictive"),
    ("There are no hidden fees with our kratom, and no risk of dependence.", "safety/non-addictive"),
    ("There's no catch, and no withdrawal when you stop our kratom.", "safety/non-addictive"),
    ("There's no sugar in our kava, and no risk of liver damage.", "safety/absolute-safety"),
    ("No sugar, and no risk of addiction with our kratom.", "safety/non-addictive"),
    ("Our kava has no fillers and no side effects.", "safety/no-side-effects"),
    ("Our kava is not cheap, but no side effects at all.", "safety/no-side-effects"),
    ("Our ashwagandha has no soy, no dairy, and no side effects.", "safety/no-side-effects"),
]
LIST_PASSING = [
    "There is no evidence that kava is safe, and no proof it helps.",
    "No, kava is not risk-free, and no one should say it is.",
    "There is no proof kratom is non-addictive, and no study shows it is safe.",
    "There's no evidence that CBD has no side effects, and no reason to assume it.",
    "There's no proof that kratom has no withdrawal, and no proof that it is safe.",
    "No one should tell you there is no risk of addiction, and no one should say kratom is safe.",
    "There's no reason to think kava is risk-free, and no expert says it is.",
    "There is no evidence that ashwagandha cures anxiety, and no trial supports it.",
]


@pytest.mark.parametrize("text,rule", LIST_FLAGGED)
def test_negated_list_item_is_its_own_claim(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", LIST_PASSING)
def test_wider_negation_still_denies_its_own_item(checker, text):
    assert not _fired(checker, text)


# A reported denial, answered by the affirmative ellipsis after a contrast.
COUNTERED_PASSING = [
    "Kratom doesn't cause dependence, some vendors claim, but it can.",
    "Kratom doesn't cause dependence, some vendors claim, but it does.",
    "Kratom won't cause withdrawal, sellers insist, but it will.",
    "Kratom capsules don't cause addiction, marketers claim, but they can.",
    "Kratom has no withdrawal, sellers claim, but it does.",
    "Some shops say kratom won't cause withdrawal, but it certainly can.",
    "Kava doesn't harm the liver, sellers claim, but it can.",
    "CBD has no side effects, some brands claim, but it does.",
    "Kratom never causes addiction, vendors say, but it can.",
    "Kratom doesn't cause dependence, vendors insist, but it can and does.",
    # the negative ellipsis after a reported positive claim, as before
    "Kava cures anxiety, sellers claim, but it can't.",
    "Elderberry prevents the flu, fans claim, but it doesn't.",
]
COUNTERED_FLAGGED = [
    # not reported: the writer's own denial, whatever follows
    ("Kratom doesn't cause dependence, but it can cause nausea.", "safety/absolute-safety"),
    ("Kratom doesn't cause dependence, but it can.", "safety/absolute-safety"),
    ("Our kratom doesn't cause dependence. It can.", "safety/absolute-safety"),
    # the ellipsis repeats a claim that holds no negation: it agrees
    ("Kava cures anxiety, sellers claim, but it can.", "efficacy/cure-claim"),
    ("Kratom is non-addictive, vendors say, but it is.", "safety/non-addictive"),
    # no ellipsis: the clause goes on, or agrees
    ("Kratom doesn't cause dependence, vendors claim, but it can help.", "safety/absolute-safety"),
    ("Kratom doesn't cause dependence, some vendors claim, and they are right.", "safety/absolute-safety"),
    ("Sellers say kava has no side effects, and it does.", "safety/no-side-effects"),
]


@pytest.mark.parametrize("text", COUNTERED_PASSING)
def test_reported_denial_answered_by_ellipsis_passes(checker, text):
    assert not _fired(checker, text)


@pytest.mark.parametrize("text,rule", COUNTERED_FLAGGED)
def test_unreported_or_agreeing_ellipsis_still_flags(checker, text, rule):
    assert rule in _fired(checker, text)
