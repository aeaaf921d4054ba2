"""Traditional and historical use, audit round 74 (theme: Ayurveda, TCM, folk and indigenous medicine).

Reported use is not a claim that a remedy works; the writer endorsing it is. A tradition or a past use told as such
hedges what it reports (`tradition_hedges` in rules/context.yaml): "In Ayurvedic texts, guggul was used to treat
obesity", "In TCM, astragalus is used to treat colds", "According to Ayurveda, triphala treats constipation",
"Ancient Egyptians used garlic to treat infections". TCM and Ayurvedic concepts with no disease are no claims
("calms the shen", "pacifies vata dosha").

Still claims: the writer endorsing the use after it ("…, and it works", "— and modern science now confirms it",
"They were right."), the hedge set off by commas after its subject ("Kava, traditionally used in Fiji, cures
anxiety"), a second predicate after "and" ("… and is completely safe"), a risk denial in a tradition's frame
("In Ayurveda, ashwagandha has no side effects": a tradition is no source on safety), and the present passive alone
("Guggul is used to treat obesity" says it is a treatment today).

All texts are written for these tests."""
import pytest

import claimcheck

CURE = "efficacy/cure-claim"
TREAT = "efficacy/disease-treatment"
CURES_ANYTHING = "efficacy/cures-anything"
NO_SIDE_EFFECTS = "safety/no-side-effects"
ABSOLUTE_SAFETY = "safety/absolute-safety"


def _rules(text):
    return {f.rule for f in claimcheck.check_text(text, path="post.md") if f.scope == "sentence"}


FLAGGED = [
    # the writer endorsing a traditional use
    ("Kava has been used for centuries to cure anxiety, and it works.", CURE),
    ("Ashwagandha has been used for 3,000 years to cure insomnia, and science proves it.", CURE),
    ("Turmeric has been used in Ayurveda for 4,000 years to treat arthritis — and modern science now confirms it.", TREAT),
    ("Ginseng has been used for centuries to treat diabetes, and it really works.", TREAT),
    ("Guggul was used to treat obesity, and for good reason.", TREAT),
    ("In TCM, astragalus is used to treat colds, and science backs it up.", TREAT),
    ("Native Americans used echinacea to treat colds, and science confirms it.", TREAT),
    ("Kava was traditionally used to treat anxiety. They were right.", TREAT),
    ("In Ayurveda, turmeric cures arthritis, and modern science agrees.", CURE),
    ("Holy basil was used to treat diabetes in India, and it still cures it today.", TREAT),
    # the hedge in a parenthetical after the subject
    ("Kava, traditionally used in Fiji, cures anxiety.", CURE),
    ("Ashwagandha, an Ayurvedic herb used for centuries, cures insomnia.", CURE),
    ("Turmeric, long used in Ayurveda, cures arthritis.", CURE),
    # a second predicate, a risk denial
    ("Kava has been used for centuries and is completely safe.", ABSOLUTE_SAFETY),
    ("Kava has been used for centuries with no side effects.", "safety/tradition-safety-record"),  # its own rule since round 128
    ("In Ayurveda, ashwagandha has no side effects.", NO_SIDE_EFFECTS),
    ("Kava, a drink used for centuries, is 100% safe.", ABSOLUTE_SAFETY),
    # no tradition at all, or the present passive
    ("Triphala cures constipation permanently.", CURES_ANYTHING),
    ("Guggul is used to treat obesity.", TREAT),
    ("Chaga cures cancer.", CURE),
    ("Guggul cures obesity, just as the Ayurvedic texts say.", CURE),
    ("Turmeric cures arthritis, as Ayurvedic healers have known for millennia.", CURE),
    # not a purpose after "was used": a trial or the writer's customers
    ("Turmeric was used in a study that proved it cures arthritis.", CURE),
    ("Our kava was used by thousands of customers to cure their anxiety.", CURE),
    ("Our customers use kava to cure their anxiety.", CURE),
    ("Our ancestors used kava to cure anxiety, and it works.", CURE),
]

PASSED = [
    # a past use, told as such
    "In Ayurvedic texts, guggul was used to treat obesity and arthritis.",
    "Guggul was used to treat obesity.",
    "Neem was used to treat skin infections in ancient India.",
    "Kava was traditionally used to treat anxiety.",
    "Kava was used to treat anxiety in Germany until liver reports led to bans.",
    "Ginseng was once used to treat diabetes by court physicians.",
    "Elderberry was used as a remedy for flu in European folk medicine.",
    "In Ayurveda, holy basil has long been used to treat coughs.",
    "Guggul was used to treat obesity, and it works well in curries.",
    # a people of the past, a tradition or its practitioners
    "Native Americans used echinacea to treat wounds.",
    "Ancient Egyptians used garlic to treat infections.",
    "Tibetans used cordyceps to treat fatigue and impotence.",
    "The Inca used maca to treat infertility, some historians say.",
    "Ancient Greeks used willow bark to treat fever, and we now know it contains salicin.",
    "Traditional Chinese medicine uses ginseng to treat diabetes.",
    "Ayurvedic doctors use guggul to treat obesity.",
    "Ayurveda prescribes ashwagandha for insomnia.",
    "Our ancestors used willow bark to treat pain, which is where aspirin came from.",
    "My grandparents used kava to treat anxiety.",
    # a tradition as the frame
    "In TCM, astragalus is used to treat colds.",
    "According to Ayurveda, triphala treats constipation.",
    "In folk medicine, elderberry was used to treat the flu.",
    # concepts with no disease
    "Reishi nourishes the heart and calms the shen.",
    "In TCM, reishi is said to tonify qi.",
    "Ashwagandha pacifies vata dosha.",
    "Ginseng tonifies qi and strengthens the spleen.",
    "Triphala balances all three doshas.",
    # hedged, negated, attributed, asked
    "Ayurvedic practitioners claim it cures diabetes, but trials disagree.",
    "Folk healers claim chaga cures cancer, but there is no evidence.",
    "Guggul may have been used to treat obesity, but records are thin.",
    "Guggul was never used to treat cancer.",
    "Did Ayurvedic healers use guggul to treat arthritis?",
    "Was kava traditionally used to treat anxiety?",
    "Ayurveda never claimed that turmeric cures cancer.",
]


@pytest.mark.parametrize("text,rule", FLAGGED)
def test_flagged(text, rule):
    assert rule in _rules(text)


@pytest.mark.parametrize("text", PASSED)
def test_passed(text):
    assert not {r for r in _rules(text) if r.startswith("efficacy/")}, text


EXPLAINER = """# Ayurveda and Traditional Chinese Medicine: a short guide to old remedies

Ayurveda grew up in India more than two thousand years ago, and its classical texts describe hundreds of plants.
In Ayurveda, health is a balance of three doshas: vata, pitta and kapha.
Ashwagandha pacifies vata dosha and is classed as a rasayana, a rejuvenating tonic.
In the Ayurvedic texts, guggul resin was used to treat obesity and joint pain.
Turmeric has been used in Ayurveda for centuries to dress wounds and to treat skin complaints.
Traditional Chinese medicine is just as old, and it describes the body in terms of qi, yin and yang.
Reishi nourishes the heart and calms the shen, according to TCM texts.
In TCM, reishi is said to tonify qi, and astragalus is used to strengthen the wei qi that guards the body.
Ginseng was once used to treat fatigue in the elderly, and emperors prized wild roots above gold.
Historically, valerian was given for epilepsy in Europe as well.
Modern research has looked at many of these plants, with mixed results.
Small trials suggest that ashwagandha may lower perceived stress, but the studies were short.
A few studies of turmeric extracts for knee arthritis are promising, though curcumin is poorly absorbed.
Guggul was tested for high cholesterol in an American trial, and it did not lower it.
Traditional use is not proof: a remedy can be used for centuries and still not work.
Ayurvedic practitioners claim triphala cures diabetes, but no trial supports this.
Some shops go further, and we think they are wrong to.
Still, we believe our triphala blend cures constipation permanently.
Kava has been used for centuries to cure anxiety, and it works.
Talk to a doctor before you try any of these herbs, especially if you take other medicines.
"""


def test_explainer_raises_exactly_its_findings():
    found = sorted((f.line, f.rule) for f in claimcheck.check_text(EXPLAINER, path="guide.md"))
    assert found == [(20, CURES_ANYTHING), (21, CURE), (21, "safety/kava-missing-safety-language")]
