"""A part of a lay population reporting a claim hedges it, audit round 74: "some users report …" (GUIDELINES) said of
other lay groups ("some moms say …", "a few readers told us …", "many patients report …"), and what stays a claim:
experts and a universal group, the writer's own group, the group as the claim's object, and the report endorsed by
the writer after it ("…, and they're right").

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


# A part of a lay group reports, finds, says or swears: hedged, as "some users report" is.
HEDGED = [
    "Some women report that ginger settles their morning nausea.",
    "Some moms say ginger eases nausea.",
    "Some mums say peppermint tea relieves their headaches.",
    "Some patients report that turmeric heals their joint pain.",
    "Some drinkers report that kava cures their anxiety.",
    "Some seniors find that ginkgo reverses their memory loss.",
    "A few readers told us kava cured their anxiety.",
    "A few runners swear that turmeric heals sore knees.",
    "A few athletes told me ashwagandha cured their insomnia.",
    "Some parents find that chamomile cures colic.",
    "Some students say lion's mane reverses brain fog.",
    "Some veterans report that kratom eliminates withdrawal.",
    "Some reviewers claim reishi cures cancer.",
    "Some gamers insist that rhodiola eliminates fatigue.",
    "A few users report that ginger eases nausea.",
    # one describing word before the group
    "Some kava drinkers report that it cures their anxiety.",
    "Some pregnant women report that ginger cures morning sickness.",
    "A few older adults told us ginkgo reversed their memory loss.",
    "Many longtime users report that kratom eliminates withdrawal.",
    # said after the claim, as "…, some users say." always was
    "Kava cures anxiety, some drinkers report.",
    "Valerian cures insomnia, some women say.",
    "Ginkgo reverses memory loss, according to some readers.",
    # "many" only with a report verb, as "many users report" always was
    "Many parents reported that elderberry prevents the flu.",
    "Many women report that valerian cures their insomnia.",
    # the users, people and customers that always were
    "Some users report that kava cures anxiety.",
    "Some people say ginger eases nausea.",
    "Some customers find that valerian cures insomnia.",
    "Many users report that kratom relieves back pain.",
    # a risk minimised by a reporting group is hedged alike (GUIDELINES: the same exceptions apply to safety)
    "Some drinkers report that kava is completely safe.",
    "A few users told us kratom is non-addictive.",
    "Some users report that kratom is completely safe.",
]

# Not a part of a lay group, or the report made the writer's own.
CLAIMS = [
    # experts and authorities (a profession is its own cue group: "some doctors" stays a hedge on main)
    ("Scientists report that kava cures anxiety.", "efficacy/cure-claim"),
    ("Experts say kava cures anxiety.", "efficacy/cure-claim"),
    ("Experts report that ginkgo reverses memory loss.", "efficacy/cure-claim"),
    ("Doctors agree that ginkgo reverses memory loss.", "efficacy/evidence-overstatement"),
    # the writer's own group
    ("We moms know kava cures anxiety.", "efficacy/cure-claim"),
    ("As a mom, I can tell you kava cures anxiety.", "efficacy/cure-claim"),
    ("Our moms know ashwagandha cures insomnia.", "efficacy/cure-claim"),
    # the whole group, or the group with no quantifier
    ("All women report that ginger cures nausea.", "efficacy/cure-claim"),
    ("Every patient says kava cures anxiety.", "efficacy/cure-claim"),
    ("Every mom knows ashwagandha cures insomnia.", "efficacy/cure-claim"),
    ("Women report that kava cures anxiety.", "efficacy/cure-claim"),
    ("Moms everywhere agree that chamomile cures colic.", "efficacy/cure-claim"),
    # "many" with a verb other than a report verb, as "many users say" is
    ("Many women say kava cures anxiety.", "efficacy/cure-claim"),
    ("Many users say kava cures anxiety.", "efficacy/cure-claim"),
    ("Many longtime users say that kratom eliminates withdrawal.", "efficacy/disease-treatment"),
    # the writer's own customers or group after "some of"
    ("Some of our customers report that kava cures anxiety.", "efficacy/cure-claim"),
    ("Some of us moms know kava cures anxiety.", "efficacy/cure-claim"),
    ("Valerian cures insomnia, some women say, and they're right.", "efficacy/cure-claim"),
    # the group as the claim's object
    ("Ginger cures nausea in women.", "efficacy/cure-claim"),
    ("Ashwagandha cures insomnia for seniors.", "efficacy/cure-claim"),
    # the report endorsed by the writer after it
    ("Some women report that ginger cures nausea, and they're right.", "efficacy/cure-claim"),
    ("Some runners say turmeric heals knee pain. They're right.", "efficacy/cure-claim"),
    ("Some women report that ginger eases nausea, and it really does.", "efficacy/disease-treatment"),
    ("Some patients report that turmeric cures arthritis, and we agree.", "efficacy/cure-claim"),
    ("Some users report that ginger cures nausea, and they are right.", "efficacy/cure-claim"),
    # a new clause with its own subject after the group's
    ("Some women take kava, and it cures their anxiety.", "efficacy/cure-claim"),
    ("Some seniors struggle with memory, and ginkgo reverses memory loss.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", HEDGED)
def test_a_lay_group_reporting_hedges_the_claim(checker, text):
    assert _fired(checker, text) == set()


@pytest.mark.parametrize("text,rule", CLAIMS)
def test_experts_universals_own_group_and_endorsed_reports_stay_claims(checker, text, rule):
    assert rule in _fired(checker, text)
