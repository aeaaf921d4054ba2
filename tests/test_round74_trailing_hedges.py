"""Round 74: a hedge, an attribution or a retraction said AFTER the claim, as the last words of its sentence
(rules/context.yaml `trailing_cues`, annotate._trailing_cues): "…, some users say.", "…, or so the sellers claim.",
"…, at least according to the label.", "— allegedly.", "(not really)", "…, though the evidence is thin." An
authority's warning after a claim is no hedge of it: "Kratom is totally safe, even though the FDA warns against it."
Near misses stay flagged: an endorsing source ("according to our customers", "according to a
2023 meta-analysis", "and science agrees", "as thousands can confirm"), an attribution taken back after it ("…, some
users say, and they are right"), the writer's own ("or so we promise"), an inverted "say our customers". Also a degree
word over coordinated adjectives ending in "safe" ("100% natural & safe", "all-natural and safe") is absolute safety."""
import pytest

FLAG = [
    # endorsing sources and verdicts after the claim
    ("Turmeric reverses arthritis, according to our customers.", "efficacy/cure-claim"),
    # an authority's warning after the claim defies it rather than hedging it
    ("Kratom is totally safe, even though the FDA warns against it.", "safety/absolute-safety"),
    ("Kratom has no side effects, but the FDA warns against it.", "safety/no-side-effects"),
    ("Kratom cures opioid addiction, and the FDA warns against it.", "efficacy/cure-claim"),
    ("Kava cures anxiety, according to a 2023 meta-analysis.", "efficacy/cure-claim"),
    ("Kava cures anxiety, and science agrees.", "efficacy/cure-claim"),
    ("Reishi cures cancer, as thousands of customers can confirm.", "efficacy/cure-claim"),
    ("Kratom cures pain, no doubt about it.", "efficacy/cure-claim"),
    ("Kava is non-addictive, and that's a fact.", "safety/non-addictive"),
    ("Chaga cures cancer, according to science.", "efficacy/cure-claim"),
    ("Kratom is non-addictive, according to our lab.", "safety/non-addictive"),
    ("Elderberry cures the flu, as our customers will tell you.", "efficacy/cure-claim"),
    ("Lion's mane reverses dementia, as studies confirm.", "efficacy/cure-claim"),
    ("Kava cures anxiety, guaranteed.", "efficacy/cure-claim"),
    ("Kava is totally safe, no question.", "safety/absolute-safety"),
    # an attribution taken back, an inverted endorsement, the writer's own
    ("Kava cures insomnia, some users say, and they are right.", "efficacy/cure-claim"),
    ("Moringa reverses diabetes, its fans insist, and we agree.", "efficacy/cure-claim"),
    ("Kava cures anxiety, as some users say.", "efficacy/cure-claim"),
    ("Kava cures anxiety, say our customers.", "efficacy/cure-claim"),
    ("Ashwagandha cures insomnia, or so we promise.", "efficacy/cure-claim"),
    ("Kava cures anxiety, my neighbor says.", "efficacy/cure-claim"),
    # a named source reported after the claim, with no "some", "at least" or "or so": a report until rebutted
    ("Moringa reverses diabetes, its fans insist.", "efficacy/cure-claim"),
    ("Ashwagandha reverses aging, according to its marketers.", "efficacy/life-extension"),
    ("Kava is completely safe, the vendors swear.", "safety/absolute-safety"),
    # not at the sentence's end, or no hedge at all
    ("Kratom cures back pain, though it tastes bitter.", "efficacy/cure-claim"),
    ("Kava cures anxiety, though the evidence is strong.", "efficacy/cure-claim"),
    ("Kava cures anxiety, not just stress.", "efficacy/cure-claim"),
    # a degree word governing coordinated adjectives ending in "safe"
    ("Kava: 100% natural and totally safe.", "safety/absolute-safety"),
    ("Our kava is 100% natural & safe.", "safety/absolute-safety"),
    ("Our gummies are all natural and safe.", "safety/absolute-safety"),
    ("Our kratom gummies are all-natural, vegan and safe.", "safety/absolute-safety"),
    ("Our ashwagandha is perfectly natural and safe.", "safety/absolute-safety"),
    ("Our kava is 100 percent natural and safe.", "safety/absolute-safety"),
    ("Our reishi tea is completely natural, pure and safe.", "safety/absolute-safety"),
]

PASS = [
    # trailing attributions to distanced sources
    ("Kava reduces stress and relieves insomnia, according to some users."),
    ("Kratom cures back pain, some users say."),
    ("Kava cures anxiety, or so the sellers claim."),
    ("Reishi cures cancer, at least according to the label."),
    ("Turmeric reverses arthritis, according to some fans."),
    ("Lion's mane cures dementia, according to a few online forums."),
    ("Elderberry cures the flu, some parents claim."),
    ("Kava cures insomnia, many users swear."),
    ("Chamomile cures insomnia, some people believe."),
    ("Echinacea prevents colds, or so goes the folklore."),
    ("Ashwagandha eliminates stress, or so the ads promise."),
    ("Kava relieves anxiety and stress, according to some users online."),
    ("Kratom treats opioid withdrawal, according to anecdotal reports."),
    # safety claims held off the same way
    ("Kava is non-addictive, or so they say."),
    ("Kratom has no side effects, some users claim."),
    ("Kava is safe for your liver, according to some vendors."),
    ("Kratom is non-addictive, if you believe its sellers."),
    ("Kratom is not addictive, at least according to its sellers."),
    ("Kava is totally harmless, or so we are told."),
    # trailing adverbs and retractions
    ("Kava cures anxiety — allegedly."),
    ("Kratom is completely safe, allegedly."),
    ("Ashwagandha cures anxiety, supposedly."),
    ("Kratom cures depression, reportedly."),
    ("Kratom cures pain (allegedly)."),
    ("Kava cures anxiety (or so they say)."),
    ("Kava cures anxiety (not really)."),
    ("Reishi cures cancer (it doesn't)."),
    # a weak verdict on the evidence after the claim
    ("Kratom relieves pain, though the evidence is thin."),
    ("Kava eliminates anxiety, though the research is thin."),
    ("Turmeric cures arthritis, though evidence is weak."),
    ("Reishi fights cancer, though the studies are mostly in mice."),
    ("Kratom cures back pain, but the evidence is mixed."),
    ("Chaga shrinks tumors, though there are no human trials."),
    # near misses of the absolute-safety pattern
    ("Our kava is 100% natural & vegan."),
    ("Our gummies are all natural and gentle on the stomach."),
    ("Kava is safe and natural."),
    ("Our kava tea is natural and safe for most adults."),
    ("Our kava is 100% natural and tastes great."),
    ("Our products are all tested and safe to ship."),
    ("Kava is not completely natural and safe."),
    ("Is our kava 100% natural and safe?"),
]


@pytest.mark.parametrize("text,rule", FLAG)
def test_flags(checker, text, rule):
    rules = [f.rule for f in checker.check_text(text) if f.scope == "sentence"]
    assert rule in rules, (text, rules)


@pytest.mark.parametrize("text", PASS)
def test_passes(checker, text):
    found = [(f.rule, f.text) for f in checker.check_text(text) if f.scope == "sentence"]
    assert not found, (text, found)
