"""Dependence, tolerance and withdrawal denied, audit round 74 (helper a142): tolerance denied ("doesn't build
tolerance", "no tolerance buildup", "never need to increase your dose"), quitting made light of ("easy to quit",
"quitting kratom is a breeze"), dependence minimised ("rarely become dependent"), and safety argued from tradition
with the reason after the claim ("Kava is safe, it's been used for 3,000 years").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


NA = "safety/non-addictive"
TR = "safety/tradition-safety-record"

FLAGGED = [
    ("Our kratom powder never builds tolerance, even with daily use.", NA),
    ("Kratom leaf tea does not cause tolerance.", NA),
    ("Unlike prescription painkillers, this kratom blend won't ever cause tolerance.", NA),
    ("Regular kava drinkers don't develop a tolerance.", NA),
    ("Our kratom shots can't cause psychological dependence.", NA),
    ("Kratom will never lead to physical dependence.", NA),
    ("Enjoy our kava nightly: zero tolerance buildup.", NA),
    ("Kratom extract has no tolerance problems at all.", NA),
    ("Relax every evening with our kava tincture, with no tolerance or dependence.", NA),
    ("Take our kratom caps daily with zero tolerance.", NA),
    ("Drink kava every night without becoming dependent.", NA),
    ("You can use kratom for years without building up a tolerance.", NA),
    ("With our kratom you will never have to raise your daily dose.", NA),
    ("Your system won't get accustomed to our kratom.", NA),
    ("You'll never need to take more kava to feel the same calm.", NA),
    ("Daily kava drinkers never grow tolerant.", NA),
    ("Kratom drinkers seldom get hooked.", NA),
    ("People who chew kratom hardly ever develop dependence.", NA),
    ("Our kratom tea is really easy to stop.", NA),
    ("Kava is simple to quit whenever you like.", NA),
    ("It's effortless to quit your kratom when you're ready.", NA),
    ("Stopping our kratom capsules is a cinch.", NA),
    ("Coming off kratom is painless.", NA),
    ("Kava is safe, it's been drunk for 2,000 years.", TR),
    ("Kratom is harmless because Thai farmers chewed it for generations.", TR),
    ("kratom is safe they've used it for centuries in thailand", TR),
    ("Our ashwagandha is risk-free, since people have taken it for thousands of years.", TR),
]

PASSING = [
    # a reported denial answered by the harm said to be common
    "Many users say kratom is easy to quit, but studies show withdrawal is common.",
    "Some sellers say kratom is non-addictive, but dependence is real for daily users.",
    "Kratom doesn't cause dependence, my cousin says, but it can be hard to quit.",
    # warnings and correct statements of the risk
    "Kratom can build tolerance, so plan alcohol-free and kratom-free days.",
    "Tolerance to kava can develop with nightly use.",
    "Stopping kratom after months of daily use can be hard.",
    "Kratom is hard to quit for many daily users.",
    "You may need more kratom over time as tolerance builds.",
    "Most people who use kratom daily develop some tolerance.",
    # negated, hedged, attributed, questioned
    "Kratom is not easy to quit once you use it every day.",
    "It is untrue that kratom doesn't build tolerance.",
    "Does kava build tolerance the way alcohol does?",
    "Some vendors claim kratom is simple to quit; withdrawal says otherwise.",
    "Kratom might not cause tolerance in people who use it once a month, but that has not been studied.",
    # tolerance in other senses
    "Kava lounges should have zero tolerance for drunk driving.",
    "Our kratom store has no tolerance for underage buyers.",
    "Cold tolerance improved in the study group, not only among kratom users.",
    "Ashwagandha is said to raise exercise tolerance.",
    "Turmeric plants are not drought tolerant.",
    "Kratom doesn't build tolerance as quickly as opioids, but it does build it.",
    # quitting something else, or a subscription
    "Our kava club membership is easy to quit.",
    "Quitting caffeine is easy when you switch to kava in the evening.",
    "Kava is easy to prepare at home.",
    "You'll never get used to the bitter taste of kava.",
    "You won't need to increase the steeping time for our kratom tea.",
    "You won't need to take more than one scoop of our kava to feel relaxed.",
    "You won't need to use more kratom powder than the label says.",
    # tradition with no safety inference
    "Kratom leaves have been chewed in Malaysia for centuries.",
    "Kava is safe to grow at home; gardeners have used the same method for decades.",
    "Kava is not safe just because it has been drunk for generations.",
    "Kava is safe to store for months, and islanders have drunk it for centuries.",
    "Is kava safe? Pacific Islanders have used it for centuries, but extracts have been linked to liver injury.",
    "Our kava bowls are safe; we have used the same supplier for 20 years.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_dependence_and_tradition_claims_are_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_warnings_and_other_senses_pass(checker, text):
    fired = _fired(checker, text)
    assert not fired & {NA, TR, "safety/tradition-means-safe", "safety/absolute-safety"}, fired
