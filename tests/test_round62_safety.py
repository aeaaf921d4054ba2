"""Round 62 audit, safety language in unusual phrasings: risk denials in casual or learner's English,
in dosage guides and FAQ answers (sentence scope), and paraphrased warnings that satisfy a document's
required safety language (document scope), each with near misses that must pass."""
import pytest

# ------------------------------------------------------------------ sentence scope: should flag

SENTENCE_FLAGS = [
    # a run of denied after-effects
    ("Kratom shots: no hangover, no crash, no comedown.", "safety/no-side-effects"),
    ("Our mushroom coffee: zero jitters, zero crash, zero headaches.", "safety/no-side-effects"),
    ("Kratom energy with no crash and no comedown.", "safety/no-side-effects"),
    # dependence denied in other words
    ("Kratom is never habit-forming.", "safety/non-addictive"),
    ("Our valerian drops are never habit forming.", "safety/non-addictive"),
    ("Kratom cannot be addictive because it is a plant.", "safety/non-addictive"),
    ("Our kratom could never be habit-forming.", "safety/non-addictive"),
    ("Kratom cannot addict you.", "safety/non-addictive"),
    ("Kratom is not make you addict, is very natural plant.", "safety/non-addictive"),
    ("Kratom doesn't make you an addict.", "safety/non-addictive"),
    ("Our kratom is not give addiction, you can stop anytime.", "safety/non-addictive"),
    ("You can stop kratom anytime you want, no problem.", "safety/non-addictive"),
    # blanket safety in other words
    ("Kava has zero toxicity, even at high doses.", "safety/absolute-safety"),
    ("Our kava is not any risk for your health.", "safety/absolute-safety"),
    ("Kratom is very safe product, not any danger for body.", "safety/absolute-safety"),
    ("This kava have no bad effect to liver.", "safety/absolute-safety"),
    ("Kratom is about as risky as a cup of coffee.", "safety/absolute-safety"),
    ("Our kava is as addictive as your morning tea.", "safety/absolute-safety"),
    ("Kratom is safe to use every day long term.", "safety/absolute-safety"),
    ("Kratom never makes you sick.", "safety/absolute-safety"),
    ("tbh kava never hurt nobody", "safety/absolute-safety"),
    # combinations and vulnerable groups
    ("Feel free to mix kratom with your pain pills.", "safety/safe-combination"),
    ("You won't have any issue mixing kava and beer.", "safety/safe-combination"),
    ("There is no problem mixing kratom with your pain pills.", "safety/safe-combination"),
    ("Even pregnant women can use our kratom safely.", "safety/vulnerable-groups"),
    ("Kids can safely drink our kava.", "safety/vulnerable-groups"),
]

SENTENCE_PASSES = [
    # warnings, negations, hedges, attributions, questions
    "Kratom is NOT harmless: it can cause dependence.",
    "Kratom can be as addictive as opioids.",
    "Kratom is not as risky as a cup of coffee, sellers say, but doctors disagree.",
    "It is false that kratom could never be habit-forming.",
    "Nobody can promise kratom won't make you an addict.",
    "Kratom can addict you within weeks.",
    "Kratom doesn't just give you energy; it can give you dependence too.",
    "You cannot stop kratom anytime you want without withdrawal.",
    "It is unknown whether pregnant women can safely use kratom.",
    "Pregnant women cannot safely use kratom.",
    "Kava is not safe to use every day long term.",
    "Anyone who calls kratom safe to use every day long term is wrong.",
    "Kratom often makes you sick to your stomach.",
    "Raw elderberries make you sick if you eat them.",
    "Do not mix kava with your sleep meds.",
    "Never mix kratom with your pain pills.",
    "I had a problem mixing kava with beer once: I threw up.",
    # a "no" to a denied risk affirms the risk
    "Is it true that kratom can't be addictive? No.",
    "Is kratom non-toxic? No.",
    # other subjects and everyday uses of the same words
    "Our snack bars: no sugar, no caffeine, no crash.",
    "Our game app: no ads, no crash, no lag.",
    "The server had no crash, no downtime and no data loss this year.",
    "Our kava has no effect on liver disease.",
    "Coffee is not as risky as an energy drink.",
    "Kids can safely play in our kava lounge's garden.",
    "You can stop your kratom subscription anytime, no problem.",
    "Feel free to mix kava with coconut milk.",
    "The code cannot be addictive by design, our game studio says.",
]


@pytest.mark.parametrize("text,rule", SENTENCE_FLAGS)
def test_unusual_risk_denial_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", SENTENCE_PASSES)
def test_near_miss_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


# ------------------------------------------------------------------ document scope

KRATOM_FDA = "The FDA has not approved kratom for any medical use."
KRATOM_DEPENDENCE = "Kratom can be habit-forming."
LEAD = "Kratom is sold in smoke shops. "

# each sentence says one required thing in other words: with the other half added, the document passes
KRATOM_DEPENDENCE_PARAPHRASES = [
    "People who use kratom every day can develop a habit that is hard to break.",
    "For many, kratom becomes a hard habit to kick.",
    "Kratom use can spiral into dependence.",
    "Kratom can hook you.",
]
KRATOM_FDA_PARAPHRASES = [
    "No medical use of kratom has FDA approval.",
    "Kratom has never received FDA approval.",
    "No kratom product is FDA-approved.",
]
KRATOM_NOT_DEPENDENCE = [
    "Making tea is a habit that is easy to keep.",
    "Try to develop a habit of stretching.",
    "Our staff can hook you up with a sample.",
    "Kratom helps people who spiral into opioid addiction, vendors claim.",
]
KRATOM_NOT_FDA = [
    "No doubt it will be FDA approved someday.",
    "Not every kratom product is FDA approved.",
    "Kratom is waiting for FDA approval.",
]


def kratom_missing(checker, text):
    return [f for f in checker.check_text(text) if f.rule == "safety/kratom-missing-safety-language"]


@pytest.mark.parametrize("sentence", KRATOM_DEPENDENCE_PARAPHRASES)
def test_kratom_dependence_paraphrase_counts(checker, sentence):
    assert not kratom_missing(checker, LEAD + sentence + " " + KRATOM_FDA)


@pytest.mark.parametrize("sentence", KRATOM_FDA_PARAPHRASES)
def test_kratom_fda_paraphrase_counts(checker, sentence):
    assert not kratom_missing(checker, LEAD + KRATOM_DEPENDENCE + " " + sentence)


@pytest.mark.parametrize("sentence", KRATOM_NOT_DEPENDENCE)
def test_kratom_dependence_near_miss_does_not_count(checker, sentence):
    assert kratom_missing(checker, LEAD + KRATOM_FDA + " " + sentence)


@pytest.mark.parametrize("sentence", KRATOM_NOT_FDA)
def test_kratom_fda_near_miss_does_not_count(checker, sentence):
    assert kratom_missing(checker, LEAD + KRATOM_DEPENDENCE + " " + sentence)


KAVA_LEAD = "Kava is a Pacific drink. "
KAVA_LIVER_PARAPHRASES = [
    "Kava may cause liver problems.",
    "In some people kava can lead to serious liver damage.",
    "Kava can be toxic to your liver.",
    "Kava may be harmful to the liver in rare cases.",
]
KAVA_NOT_LIVER = [
    "Kava does not cause liver problems.",
    "Kava never leads to liver damage.",
    "Alcohol can be toxic to your liver.",
    "Kava is not toxic to the liver.",
]


def kava_missing(checker, text):
    return [f for f in checker.check_text(text) if f.rule == "safety/kava-missing-safety-language"]


@pytest.mark.parametrize("sentence", KAVA_LIVER_PARAPHRASES)
def test_kava_liver_paraphrase_counts(checker, sentence):
    assert not kava_missing(checker, KAVA_LEAD + sentence)


@pytest.mark.parametrize("sentence", KAVA_NOT_LIVER)
def test_kava_liver_near_miss_does_not_count(checker, sentence):
    assert kava_missing(checker, KAVA_LEAD + sentence)


SJW_LEAD = "St. John's wort is a yellow flower. "
SJW_INTERACTION_PARAPHRASES = [
    "St. John's wort reduces how well many medicines work, including blood thinners and the pill.",
    "It limits how well the pill works.",
    "Taking St. John's wort with an SSRI can be dangerous.",
]
SJW_NOT_INTERACTION = [
    "It changes how well you sleep.",
    "Taking St. John's wort with food is easy.",
    "Taking St. John's wort with your medicines is not risky at all.",
]


def sjw_missing(checker, text):
    return [f for f in checker.check_text(text) if f.rule == "safety/st-johns-wort-missing-safety-language"]


@pytest.mark.parametrize("sentence", SJW_INTERACTION_PARAPHRASES)
def test_sjw_interaction_paraphrase_counts(checker, sentence):
    assert not sjw_missing(checker, SJW_LEAD + sentence)


@pytest.mark.parametrize("sentence", SJW_NOT_INTERACTION)
def test_sjw_interaction_near_miss_does_not_count(checker, sentence):
    assert sjw_missing(checker, SJW_LEAD + sentence)
