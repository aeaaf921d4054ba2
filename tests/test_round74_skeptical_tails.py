"""Skeptical distancing, audit round 74: a claim held at arm's length by a skeptical word before it ("allegedly",
"ostensibly"), a hearsay tail told in the past ("…, or so we were told", "…, or so I've been told"), "at least
according to" any source that is not the writer ("…, at least according to the guy at the kava bar") and a source
that "would have you believe" it. The writer's own claim, a neutral or the writer's own source, and an endorsement
after the distancing word still flag.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


DISTANCED = [
    "Kava allegedly cures anxiety.",
    "Ashwagandha allegedly reverses thyroid disease overnight.",
    "Kratom is allegedly completely safe.",
    "Kava ostensibly cures anxiety.",
    "Reishi ostensibly cures cancer, which is quite the boast for a mushroom.",
    "Kratom is completely safe, or so we were told.",
    "Kratom is completely safe, or so I was told.",
    "Kratom is completely safe, or so I've been told.",
    "Kava cures anxiety — at least according to the guy at the kava bar.",
    "Kava cures anxiety, at least according to the guy at the kava bar.",
    "Kratom is completely safe — at least according to my dealer.",
    "Kratom cures addiction, at least according to my cousin.",
    "Turmeric cures arthritis, at least according to the lady at the health food store.",
    "Kava cures anxiety, at least according to the shop owner.",
    "Kava cures anxiety, the sellers would have you believe.",
    "Kratom is totally harmless, the vendors want you to believe.",
    "Kava is alleged to cure anxiety.",
    "Kava cures anxiety, if you believe the marketing copy.",
    "Kava cures anxiety, if you listen to the influencers.",
    "Kava cures anxiety, or so the guy at the shop told me.",
    "Kratom is totally safe, or so they keep telling us.",
]

STILL_FLAGGED = [
    ("Kava truly cures anxiety.", "efficacy/cure-claim"),
    ("Kava actually cures anxiety.", "efficacy/cure-claim"),
    # attributed to the writer's own customers or to a study: attributed, not distanced
    ("According to our customers, kava cures anxiety.", "efficacy/cure-claim"),
    ("Kava cures anxiety, according to our customers.", "efficacy/cure-claim"),
    ("Kava cures anxiety, at least according to our customers.", "efficacy/cure-claim"),
    ("Kava cures anxiety, at least according to my own experience.", "efficacy/cure-claim"),
    ("Kava cures anxiety, at least according to my tests.", "efficacy/cure-claim"),
    ("Kava cures anxiety, according to the guy at the kava bar.", "efficacy/cure-claim"),
    ("Kava cures anxiety, the sellers say.", "efficacy/cure-claim"),
    # the writer takes the distance back
    ("Kava cures anxiety, or so they say — and we agree.", "efficacy/cure-claim"),
    ("Kava cures anxiety, or so they say, and they're right.", "efficacy/cure-claim"),
    ("Kava allegedly — and it's true — cures anxiety.", "efficacy/cure-claim"),
    ("Kava allegedly cures anxiety, and it really does.", "efficacy/cure-claim"),
    ("Kava cures anxiety, or so we were told, and it does.", "efficacy/cure-claim"),
    ("Kratom is 100% safe, or so we were told — and we believe it.", "safety/absolute-safety"),
    ("Kava cures anxiety, or so the guy at the shop says, and he is right.", "efficacy/cure-claim"),
    # the writer is the source
    ("Kava cures anxiety, if you believe our reviews.", "efficacy/cure-claim"),
    ("Kava cures anxiety, or so we told our customers.", "efficacy/cure-claim"),
    ("Kava cures anxiety, or so I told my mom.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", DISTANCED)
def test_skeptically_distanced_claims_pass(checker, text):
    assert not _fired(checker, text) - {"safety/missing-safety"}


@pytest.mark.parametrize("text,rule", STILL_FLAGGED)
def test_claims_not_held_at_a_distance_flag(checker, text, rule):
    assert rule in _fired(checker, text)
