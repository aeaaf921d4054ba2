"""Round 216: a claim reported by a generic third party (sellers, brands, ads, influencers, forums, proponents, some
people, TikTok …) with any verb of saying, naming or selling, in any tense, is held at a distance (the subject and
verb lexicons of `third_party_subjects` / `third_party_reports` in rules/context.yaml); the writer's own voice, its
own sellers and labels, its customers' testimonials and authorities stay claims.

All sentences are written for these tests."""
import pytest


def _fired(checker, text: str, path: str = "page.md") -> set[str]:
    return {f.rule for f in checker.check_text(text, path=path) if f.scope == "sentence"}


ATTRIBUTED = [
    # verbs of saying, present and past, with and without "that"
    "Some sellers promise that kava is completely safe.",
    "Brands boast that kava has no side effects.",
    "Online ads promise kratom is 100% safe.",
    "Some sellers promise no liver risk with kava.",
    "Brands boasted kratom had no side effects.",
    "Sellers claimed kava cures anxiety.",
    "Some online vendors openly guarantee that kratom will never cause withdrawal.",
    "Many influencers keep saying ashwagandha cures thyroid disease.",
    "Wellness gurus proclaim that turmeric reverses arthritis.",
    "Supplement companies bragged their kava had no side effects.",
    "Infomercials promised that moringa melts belly fat.",
    "Vendors told us kratom was perfectly safe.",
    "Many people insist St. John's wort has no interactions.",
    "Marketers often promise that ashwagandha cures stress.",
    "Retailers maintained that kratom is non-addictive.",
    "Smoke shops swore the kratom was completely harmless.",
    # platforms, with a singular verb
    "Reddit swears kratom has zero side effects.",
    "TikTok swears kratom is non-addictive.",
    "Social media claims elderberry prevents the flu.",
    "The internet says kava has no side effects.",
    # a rival, even named as the writer's
    "Our competitors claim kratom is non-addictive.",
    # verbs of selling and labelling with their "as"
    "Shops tout kratom as a cure for pain.",
    "Some websites advertise kava as a cure for insomnia.",
    "Influencers pitch ashwagandha as a miracle cure.",
    "Plenty of shops advertised kava as totally harmless.",
    "Dispensaries often push CBD as a cure for seizures.",
    "Several marketers billed reishi as a cancer cure.",
    "Many retailers label kratom as non-addictive.",
    "Advocates described kratom as a safe alternative to opioids.",
    "Proponents frame CBD as a cure for anxiety.",
    "Manufacturers positioned elderberry syrup as a flu cure.",
    # naming verbs
    "Vendors called kava a miracle cure.",
    "Fans dubbed turmeric a cure for arthritis.",
    # with a rebuttal, as before
    "Sellers promised kava cures anxiety, but no trial supports this.",
    "Competing brands assured buyers that CBD is risk-free, but the FDA disagrees.",
]

WRITER_OR_UNATTRIBUTED = [
    ("We promise kava cures anxiety.", "efficacy/cure-claim"),
    ("We guarantee kava cures anxiety.", "efficacy/certainty"),
    ("Our label promises that CBD cures arthritis.", "efficacy/cure-claim"),
    ("Our labels promise that CBD cures arthritis.", "efficacy/cure-claim"),
    ("Our product labels say kava is completely safe.", "safety/absolute-safety"),
    ("Our vendors say kratom is non-addictive.", "safety/non-addictive"),
    ("Some of our vendors say kratom is non-addictive.", "safety/non-addictive"),
    ("Our sellers guarantee kratom has no side effects.", "safety/no-side-effects"),
    ("Our website says kratom is non-addictive.", "safety/non-addictive"),
    ("My shop sells kava as a cure for anxiety.", "efficacy/cure-noun"),
    ("I swear kratom is non-addictive.", "safety/non-addictive"),
    ("Our customers swear kava cured their insomnia.", "efficacy/cure-claim"),
    ("Doctors agree kava cures anxiety.", "efficacy/evidence-overstatement"),
    ("Experts promise that turmeric cures arthritis.", "efficacy/cure-claim"),
    ("Studies promise that kava cures anxiety.", "efficacy/cure-claim"),
    # the writer's own product praised, an endorsement of what was reported
    ("People say our kava is completely safe.", "safety/absolute-safety"),
    ("People say our kava cured their insomnia.", "efficacy/cure-claim"),
    ("Some sellers promise that kava cures anxiety, and they are right.", "efficacy/cure-claim"),
    # "swear by" endorses; a clause after the report is the writer's
    ("Fans swear by kava because it cures anxiety.", "efficacy/cure-claim"),
    ("Fans swear by kratom, and it is completely safe.", "safety/absolute-safety"),
    ("Unlike other brands, we promise kava cures anxiety.", "efficacy/cure-claim"),
    ("Other brands promise relief, but our kava cures anxiety.", "efficacy/cure-claim"),
    ("Other brands promise relief; our kava cures anxiety.", "efficacy/cure-claim"),
    ("Vendors call kava a miracle, but it cures anxiety.", "efficacy/cure-claim"),
    # a selling verb without its "as" reports no claim
    ("Most health food stores sell kava, and it is completely safe.", "safety/absolute-safety"),
    ("Influencers promote kava, which cures anxiety.", "efficacy/cure-claim"),
    ("Brands market kava, and it cures anxiety.", "efficacy/cure-claim"),
    ("Stores sell kratom because it is non-addictive.", "safety/non-addictive"),
    # a lone speaker is a neutral report, held off only by a rebuttal
    ("The label says the tonic is clinically proven.", "efficacy/evidence-overstatement"),
    ("The brand promises kava is completely safe.", "safety/absolute-safety"),
    ("The ad claims kratom is non-addictive.", "safety/non-addictive"),
    ("One influencer swore kava cured her anxiety.", "efficacy/cure-claim"),
    # people need a quantifier to be a source
    ("People swear that kava is completely safe.", "safety/absolute-safety"),
]


@pytest.mark.parametrize("text", ATTRIBUTED)
def test_a_claim_reported_by_a_third_party_passes(checker, text):
    assert not _fired(checker, text), text


@pytest.mark.parametrize("text,rule", WRITER_OR_UNATTRIBUTED)
def test_the_writers_own_voice_still_flags(checker, text, rule):
    assert rule in _fired(checker, text), text
