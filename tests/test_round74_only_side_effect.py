"""Risk lists reduced to one trivial or joking item, audit round 164 (safety/only-side-effect): "the only side effect
of kava is a little numbness", "the worst that can happen is a bit of grogginess", "the only risk is that you'll love
it too much" deny every other risk. Lists that keep the risks, a serious harm named as the one risk, a downside that
is no harm, a study's report, one person's experience, hedges, negations, attributions and questions pass.

All sentences are written for these tests."""
import pytest

RULE = "safety/only-side-effect"


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


FLAGGED = [
    "The only side effect of kava is a little numbness around the lips.",
    "The only side effect of stopping our kratom is a little tiredness.",
    "Kratom's only side effect is mild constipation.",
    "The worst side effect you can get from ashwagandha is a bit of sleepiness.",
    "The only side effect of our CBD tincture is feeling calm.",
    "The only risk with kratom is that you will enjoy it too much.",
    "The one side effect of these kratom capsules is a dry mouth.",
    "The only downside of kava is a numb tongue.",
    "The only real danger with our kratom is running out of it.",
    "The worst that can happen with kava is a slightly numb tongue.",
    "The worst thing that can happen on our kratom is a little nausea.",
    "With kava you'll feel nothing worse than a tingly tongue.",
    "Kava's single side effect is a pleasantly numb mouth.",
    "Kratom's only real risk is constipation.",
    "The only thing you'll suffer from with our CBD oil is a good night's sleep.",
    "The sole side-effect of this ashwagandha blend is deeper sleep.",
    "Our kava has just one side effect: relaxation.",
    "The only adverse reaction to our turmeric is a golden smile.",
    "Kava's only known side effect is a numb mouth.",
    "The worst you'll feel after our kratom capsules is a bit sleepy.",
]

PASSING = [
    "The most common side effect of kava is a numb mouth, and heavy use has been linked to liver injury.",
    "Side effects of kava include drowsiness and, rarely, liver injury.",
    "The most common side effect of ashwagandha may be drowsiness.",
    "Drowsiness is not the only side effect of kratom.",
    "Is the only side effect of kava a numb mouth?",
    "Sellers claim the only side effect of kratom is mild constipation, but withdrawal can be severe.",
    "It is not true that the only side effect of kava is a numb mouth.",
    "The only downside of kava is the taste.",
    "The only drawback of our kratom powder is the bitter taste.",
    "The only downside of our kava bar is the long line.",
    "The only side effect I noticed from kava was a numb mouth.",
    "In the trial, the only side effect reported was mild nausea.",
    "The worst side effect of kava is liver injury, which can be fatal.",
    "The worst side effects of kratom are dependence and withdrawal.",
    "Kratom's only real risk is dependence, and it is a serious one.",
    "Kava has one side effect you should know about: liver injury.",
    "The only risk with this recipe is eating the whole batch.",
    "The only side effect of walking every day is sore legs.",
    "The worst thing about kava is the taste.",
    "The only danger is overcooking the salmon.",
    "Your only risk with our tea subscription is free shipping.",
    "The only effect of kava most people notice is calm.",
    "The worst side effect of the new update is a slower battery.",
    "The only side effect of our chamomile tea might be a calmer evening.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_risk_list_reduced_to_one_item_is_flagged(checker, text):
    assert RULE in _fired(checker, text)


@pytest.mark.parametrize("text", PASSING)
def test_kept_or_harmless_or_hedged_passes(checker, text):
    assert RULE not in _fired(checker, text)
