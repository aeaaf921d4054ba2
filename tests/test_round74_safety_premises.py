"""Safety inferred from a premise that does not establish it, audit round 74 (theme: safety premises).

Being legal, on sale in stores, unbanned, traditional or "natural" does not make a botanical safe, and a plant is not
exempt from the FDA. Flagged: the inference ("legal, so it's safe", "used for 3,000 years, so it must be safe",
"if it were dangerous, the government would have banned it"), a claimed record of safe traditional use ("used for
centuries without problems", "a 3,000-year safety record"), herbs or natural remedies ranked gentler than drugs or
denied the drugs' side effects, and the claim that a plant needs no FDA approval because it is natural. Passing:
the premise stated alone ("legal in most states, but some have banned it", "used for 3,000 years in ceremonies"),
its denial ("legal doesn't mean safe"), attributed and questioned forms, and true regulatory facts ("the FDA doesn't
approve dietary supplements before they are sold").

All texts are written for these tests."""
import pytest

import claimcheck


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "sentence"}


FLAGGED = [
    ("Our kava is legal in every state, so it's totally safe for daily use.", "safety/legal-means-safe"),
    ("Kratom is perfectly legal, which means it's harmless.", "safety/legal-means-safe"),
    ("Kratom is sold at every smoke shop in town, so it can't be dangerous.", "safety/legal-means-safe"),
    ("You can buy kava at Walmart, so it must be safe to drink.", "safety/legal-means-safe"),
    ("Our kratom is sold legally in 45 states, which means it's safe to take daily.", "safety/legal-means-safe"),
    ("If kratom were harmful, the government would have banned it years ago.", "safety/not-banned-so-safe"),
    ("If kava was truly toxic, they wouldn't sell it in supermarkets.", "safety/not-banned-so-safe"),
    ("The FDA would have pulled kratom long ago if it were dangerous.", "safety/not-banned-so-safe"),
    ("Kava has been drunk in Vanuatu for 3,000 years, so it must be safe.", "safety/tradition-means-safe"),
    ("Thai farmers have chewed kratom for centuries, which proves it's harmless.", "safety/tradition-means-safe"),
    ("Ashwagandha has been used for thousands of years, so it is safe to take every day.", "safety/tradition-means-safe"),
    ("Islanders have shared kava for generations without any harm.", "safety/tradition-safety-record"),
    ("Kratom has been safely used for centuries by Malaysian workers.", "safety/tradition-safety-record"),
    ("Our kava carries a 2,000-year safety record.", "safety/tradition-safety-record"),
    ("Kava: thousands of years of safe traditional use.", "safety/tradition-safety-record"),
    ("Herbs like valerian are far gentler on the body than prescription sleeping pills.", "safety/safer-than"),
    ("Natural remedies such as kava don't have the harsh side effects of pharmaceuticals.", "safety/safer-than"),
    ("Botanicals are safer than prescription drugs.", "safety/safer-than"),
    ("Kratom doesn't cause the side effects that opioids do.", "safety/safer-than"),
    ("Kratom doesn't need FDA approval because it's a plant.", "safety/exempt-from-fda"),
    ("The FDA can't regulate kava because it's a natural herb.", "safety/exempt-from-fda"),
    ("Since kratom is a natural product, it doesn't require FDA approval.", "safety/exempt-from-fda"),
    ("Kava is a plant, so the FDA doesn't regulate it.", "safety/exempt-from-fda"),
    ("Kratom is 100% natural, so it can't hurt you.", "safety/natural-means-safe"),
]

PASSING = [
    "Kratom is legal in most US states, but some have banned it.",
    "Legal doesn't mean safe.",
    "Being sold in stores doesn't make kava safe.",
    "Kava is sold in many health food stores, so it's easy to find.",
    "Is kratom safe just because it's legal?",
    "Many people assume kratom is safe because it's legal, but it can cause dependence.",
    "Sellers argue that because kratom is natural it is safe, but the FDA disagrees.",
    "Some say that if kratom were dangerous, the government would have banned it; that logic is flawed.",
    "If kratom were safe, the FDA would not have warned against it.",
    "If kava makes you sleepy, don't drive.",
    "Kava has been used for 3,000 years in Pacific ceremonies.",
    "Just because it's been used for centuries doesn't mean it's safe.",
    "Kava has been drunk for centuries, but modern extracts have been linked to liver injury.",
    "Farmers have chewed kratom leaves for generations to get through long workdays.",
    "Our family has farmed kava for generations, so we know when to harvest it.",
    "Traditional use for centuries is not evidence that kava is safe.",
    "Herbs are not always gentler on the body than pharmaceuticals.",
    "Natural remedies like kava can have serious side effects, just as drugs can.",
    "Unlike drugs, herbs are not tested by the FDA before they are sold.",
    "The FDA doesn't approve dietary supplements before they are sold.",
    "Kratom is not approved by the FDA for any medical use.",
    "Supplements don't need FDA approval before sale, but kratom is not a lawful supplement.",
    "Is it safe because it's natural? No.",
    "Being natural doesn't make kava safe.",
    "Steep the kava for 10 minutes, so it's safe to strain through the cloth.",
    "Kava doesn't have the side effects of alcohol, such as a hangover, though it can harm the liver.",
    "Monks have sipped green tea for centuries without problems sleeping.",
    "Herbal teas are safer than sugary sodas.",
    "Kratom has been used for decades in the US, so doctors now know it can cause dependence.",
    "If kratom were dangerous, you would notice symptoms quickly.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _rules(text), text


@pytest.mark.parametrize("text", PASSING)
def test_passing(text):
    found = _rules(text) & {"safety/legal-means-safe", "safety/not-banned-so-safe", "safety/tradition-means-safe",
                            "safety/tradition-safety-record", "safety/safer-than", "safety/exempt-from-fda",
                            "safety/natural-means-safe", "safety/quality-means-safe", "safety/absolute-safety",
                            "safety/no-side-effects"}
    assert not found, (text, found)
