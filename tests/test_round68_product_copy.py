"""Efficacy, audit round 68: short emphatic claims, product-page copy and regulatory red flags.

Product pages state efficacy in label lines and bullets that name no product ("Scientifically proven to boost
immunity", "Approved by the FDA to treat anxiety", "Guaranteed to lower your blood pressure"), in refund promises
tied to an effect ("results in 24 hours or your money back"), and in the usual emphatic forms. Near misses: hedged,
negated, attributed and questioned claims, benign uses of the same words (a proven recipe, guaranteed delivery, a
money-back promise on taste or shipping), correct regulatory statements, and promises about a practice rather than a
product ("good sleep hygiene works every time", "walking after meals significantly lowers blood sugar", "cutting
salt is proven to lower blood pressure").

All sentences are written for these tests."""
import pytest

import claimcheck


def _efficacy_rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md")
            if f.scope == "sentence" and f.category == "efficacy"}


FLAG = [
    # label lines that name no product
    ("Scientifically proven to boost immunity.", "efficacy/evidence-overstatement"),
    ("Clinically proven to support immune function.", "efficacy/evidence-overstatement"),
    ("Proven to raise testosterone naturally.", "efficacy/evidence-overstatement"),
    ("Medically proven to speed up your metabolism.", "efficacy/evidence-overstatement"),
    ("Approved by the FDA to treat anxiety.", "efficacy/regulatory-approval"),
    ("FDA-approved for migraines.", "efficacy/regulatory-approval"),
    ("Cleared by the FDA to relieve arthritis pain.", "efficacy/regulatory-approval"),
    ("Guaranteed to lower your blood pressure in two weeks.", "efficacy/certainty"),
    ("Guaranteed to reduce your cholesterol by summer.", "efficacy/certainty"),
    ("It is guaranteed to normalize your blood sugar.", "efficacy/certainty"),
    # an effect promised on a refund
    ("Rhodiola — results in 24 hours or your money back.", "efficacy/certainty"),
    ("Sleep better tonight with valerian or your money back.", "efficacy/certainty"),
    ("Relief in one week with our turmeric or your money back.", "efficacy/certainty"),
    ("Feel the difference in 30 days with our maca or you get your money back.", "efficacy/certainty"),
    # ranked first by nature or the world; airway congestion cleared
    ("Ginger is nature's most powerful anti-inflammatory.", "efficacy/superlative"),
    ("Our valerian tea is the world's most effective sleep aid.", "efficacy/superlative"),
    ("Mullein clears lung congestion in hours.", "efficacy/disease-treatment"),
    # already caught, kept so
    ("Ashwagandha: proven stress relief.", "efficacy/evidence-overstatement"),
    ("Clinically proven formula.", "efficacy/evidence-overstatement"),
    ("Our kava blend is 100% effective.", "efficacy/certainty"),
    ("Rhodiola works every time.", "efficacy/certainty"),
    ("Real results, guaranteed.", "efficacy/certainty"),
    ("Our CBD oil is FDA approved.", "efficacy/regulatory-approval"),
    ("Holy basil works, period.", "efficacy/certainty"),
]


@pytest.mark.parametrize("text, rule", FLAG)
def test_flags(text, rule):
    assert rule in _efficacy_rules(text)


PASS = [
    # promises about a practice in a sentence that names no product
    "Good sleep hygiene works every time for me.",
    "A consistent sleep schedule works every time.",
    "Box breathing calms my anxiety every time.",
    "Walking after meals significantly lowers blood sugar.",
    "A cold shower works every time for my energy.",
    "This stretching routine relieves back pain every time.",
    "Regular exercise is guaranteed to lower your blood pressure.",
    "Cutting salt is proven to lower blood pressure.",
    "Sugar has been proven to raise blood sugar.",
    "Proven to boost immunity at any age, strength training is worth the effort.",
    # a label line naming a drug
    "Approved by the FDA to treat insomnia, zolpidem is a prescription sleep aid.",
    "FDA approved to treat depression: sertraline.",
    "Exercise is nature's most powerful antidepressant, some psychiatrists say.",
    "Sunlight is nature's most effective mood booster.",
    "The world's most effective sleep aid is a dark room.",
    "Mullein tea may ease chest congestion.",
    "Traffic congestion on the way to the tea shop stresses me out.",
    "A warm bath relieves my stress every single time.",
    "Journaling significantly reduces my stress.",
    "Acupuncture works every time for my migraines.",
    "Fresh air and sunlight are guaranteed to lift your mood.",
    # benign uses of the words
    "Guaranteed to lower your grocery bill.",
    "Our rhodiola tea ships in two days or your money back.",
    "Love the taste of our hibiscus tea or your money back.",
    "Love our sleep tea or your money back.",
    "Better-tasting ashwagandha or your money back.",
    "Turmeric works well in smoothies.",
    "This is a proven recipe for golden milk.",
    "Guaranteed delivery within three days.",
    "Chamomile is the most popular tea in our shop.",
    "The most effective way to brew kava is with cold water.",
    # negated, hedged, attributed, questions, correct regulatory statements
    "No tincture is guaranteed to lower your blood pressure.",
    "Not approved by the FDA to treat anxiety.",
    "Is it approved by the FDA to treat joint pain? No supplement is.",
    "Kratom is not approved by the FDA for any medical use.",
    "Ashwagandha may support a calm mood.",
    "The brand claims it cures anxiety, but no trial supports this.",
    "Can turmeric cure cancer?",
    "This product is not intended to diagnose, treat, cure, or prevent any disease.",
]


@pytest.mark.parametrize("text", PASS)
def test_passes(text):
    assert not _efficacy_rules(text)


def test_practice_beside_a_product_is_still_a_claim():
    # the practice exemption needs a sentence that names no product or substance
    assert "efficacy/certainty" in _efficacy_rules("After yoga, our ashwagandha gummies work every time.")
    assert _efficacy_rules("Walking helps, but our berberine significantly lowers blood sugar.")
