"""Context round 3: rhetorical questions that assert, attribution gaps, quoted titles.

Each table pairs the pattern's variations with near misses that reuse its trigger words.
Sentences are written for these tests."""
import pytest

from claimcheck.annotate import context_of


def _question_states(checker, text: str) -> list[str]:
    doc = checker.nlp(checker._make_doc(text))
    return list(context_of(doc).questions.values())


# Rhetorical questions: the when-clause of "Why …/Who needs … when X?", the clause after
# "Isn't it obvious that"/"Don't you agree that"/"Did you know", and an appositive after a
# "have you tried" opener are asserted: no question exemption.
RHETORICAL_QUESTIONS = [
    ("Why buy sleeping pills when valerian cures insomnia?", "efficacy"),
    ("Why suffer through chemo when turkey tail kills cancer?", "efficacy"),
    ("Why spend a fortune on therapy when ashwagandha cures anxiety?", "efficacy"),
    ("Who needs insulin when cinnamon cures diabetes?", "efficacy"),
    ("Who needs opioids when kratom is completely non-addictive?", "safety"),
    ("Why gamble on prescriptions when kava is 100% safe?", "safety"),
    ("Why would you take Prozac when St. John's wort cures depression?", "efficacy"),
    ("Why do people still buy antidepressants when St. John's wort cures depression?", "efficacy"),
    ("Why keep taking metformin when berberine cures diabetes?", "efficacy"),
    ("So, why pay for pills when kava cures anxiety?", "efficacy"),
    ("Q: Why risk opioids when kratom is completely safe?", "safety"),
    ("Why pay for therapy when you can take kava, which cures anxiety?", "efficacy"),
    ("Isn't it clear that turmeric cures arthritis?", "efficacy"),
    ("Isn’t it true that elderberry prevents the flu?", "efficacy"),
    ("Isn't it obvious that kava is completely safe?", "safety"),
    ("Honestly, isn't it clear that CBD cures anxiety?", "efficacy"),
    ("Is it any wonder that turmeric cures arthritis?", "efficacy"),
    ("Isn't it time you tried the ashwagandha that cures anxiety?", "efficacy"),
    ("Don't you agree that turmeric cures arthritis?", "efficacy"),
    ("Don't you think CBD cures anxiety?", "efficacy"),
    ("Didn't you know kratom is non-addictive?", "safety"),
    ("Wouldn't you agree that valerian cures insomnia?", "efficacy"),
    ("Did you know that St. John's wort cures depression?", "efficacy"),
    ("Did you know kratom has no side effects?", "safety"),
    ("Have you tried kava, the mushroom from Fiji?", "botanical"),
    ("Ever tasted reishi, the flowering herb of immortality?", "botanical"),
    ("Looking for kava, the mushroom that melts stress?", "botanical"),
]

GENUINE_QUESTIONS = [
    "Does kratom ease depression?",
    "Why do some people think kratom cures depression?",
    "When does kava start to work?",
    "Why is kratom habit-forming?",
    "Who should avoid kava when pregnant?",
    "Isn't it risky to combine kava and alcohol?",
    "Is it true that CBD cures anxiety?",
    "Is it obvious that CBD cures anxiety?",
    "Why do people believe kratom cures depression when there is no evidence?",
    "Why would anyone think turmeric cures arthritis when trials show otherwise?",
    "Why would anyone believe that CBD cures anxiety when there is no evidence?",
    "Can valerian cure insomnia when taken nightly?",
    "Does kava cure anxiety when taken daily?",
    "Why does kava cure anxiety when you take it daily?",
    "Why would kava cure anxiety when nothing else does?",
    "Why does kava make me sleepy when I drink it at night?",
    "Who needs to see a doctor before taking kratom?",
    "Who needs to avoid St. John's wort when taking the pill?",
    "Don't you hate it when shipping takes forever?",
    "Did you know kava is made from a root?",
    "Did you know many people think kratom cures depression?",
    "Isn't it obvious that some people think CBD cures anxiety?",
    "Isn't it strange that nobody has proven kratom cures addiction?",
    "Is kava, the Pacific's favourite drink, safe for kids?",
    "Ever tried kava, the peppery root drink from Fiji?",
    "Ever tried kava, and did it cure your anxiety?",
    "Is St. John's wort safe when you take the pill?",
    "Why is kava called safe when it can damage the liver?",
    "Isn't it risky to say kratom is completely safe?",
    "Why pay more when our kava costs less?",
    "Isn't it true that kava cures anxiety? No, it isn't.",
]


@pytest.mark.parametrize("text, category", RHETORICAL_QUESTIONS)
def test_rhetorical_question_asserts(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text", GENUINE_QUESTIONS)
def test_genuine_question_stays_a_question(rules_fired, text):
    assert not rules_fired(text)


def test_question_states(checker):
    assert _question_states(checker, "Why risk pills when kava cures anxiety?") == ["asserted"]
    assert _question_states(checker, "Does kava cure anxiety?") == ["open"]
    assert _question_states(checker, "Isn't it obvious that kava cures anxiety? No.") == ["no"]


# Attribution: an adverb between attributor and speech verb ("marketers often say"), folklore
# ("an old wives' tale says", "legend has it"), a sentence-final elliptical rebuttal after a
# contrast ("…, but it doesn't.", "— it isn't."), "few … have been tested", and a warning
# before "who say" ("watch out for sellers who say …").
ATTRIBUTED = [
    "Marketers often say CBD is 'clinically proven', but few products have been tested.",
    "Vendors routinely say kratom is non-addictive, but few products have been tested.",
    "Advertisers say elderberry prevents flu, but few have been tested in trials.",
    "Fans often call kava a miracle cure for anxiety.",
    "Some brands even claim CBD cures cancer.",
    "Vendors love to claim kratom is completely safe.",
    "An old wives' tale says ginger cures migraines — it doesn't.",
    "An old wives’ tale claims ginger cures migraines.",
    "Folklore says turmeric cures arthritis; it doesn't.",
    "Legend has it that reishi cures cancer.",
    "Folk wisdom says elderberry prevents colds.",
    "That turmeric heals everything is an old wives' tale.",
    "The label says kava cures anxiety, but it doesn't.",
    "Influencers always say turmeric cures arthritis, but it doesn't.",
    "The package says it cures insomnia. It doesn't.",
    "A seller told me kava cures anxiety — it doesn't.",
    "Ads for kratom say it's completely safe; it isn't.",
    "Watch out for vendors who say kratom is non-addictive.",
    "Watch out for anyone who says turmeric cures cancer.",
    "Steer clear of shops that claim kratom is completely safe.",
    "Be careful with sellers who promise that CBD cures anxiety.",
]

STILL_ASSERTED = [
    ("Kava cures anxiety — it does.", "efficacy"),
    ("Doctors often say kava cures anxiety.", "efficacy"),
    ("Kava cures anxiety, but it doesn't taste great.", "efficacy"),
    ("Kava cures anxiety, and it doesn't cost much.", "efficacy"),
    ("Kava cures anxiety; it doesn't matter what else you try.", "efficacy"),
    ("Kava cures anxiety. It doesn't get simpler than that.", "efficacy"),
    ("Kratom is non-addictive; it isn't habit-forming either.", "safety"),
    ("Our customers often say kava cures their anxiety, and we agree.", "efficacy"),
    ("Reviewers often say kava cures anxiety, and it does.", "efficacy"),
    ("Our customers say kava cures anxiety — and it does.", "efficacy"),
    ("Customers say kava cures anxiety, and it does not disappoint.", "efficacy"),
    ("Reviewers say kava cures anxiety, and they aren't wrong.", "efficacy"),
    ("Customers who say kava cures anxiety are right.", "efficacy"),
    ("Watch out: kava cures anxiety fast.", "efficacy"),
    ("Watch out for our new kava, which cures anxiety.", "efficacy"),
    ("Watch out for the new kratom that is completely safe.", "safety"),
    ("Turmeric cures arthritis, but it doesn't come cheap.", "efficacy"),
    ("Legendary kava cures anxiety in minutes.", "efficacy"),
    ("Elderberry prevents the flu, but few people know it.", "efficacy"),
    ("Kratom is completely safe, but few people have tried it.", "safety"),
]


@pytest.mark.parametrize("text", ATTRIBUTED)
def test_attributed_claim_passes(rules_fired, text):
    assert not rules_fired(text)


@pytest.mark.parametrize("text, category", STILL_ASSERTED)
def test_near_miss_of_attribution_is_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


# Quoted titles: a title-cased quoted name next to a work noun (album, song, podcast, tour…)
# names the work; a quoted claim without one, a lower-case quote, or "album-worthy" does not.
TITLES = [
    "The 'Zero Side Effects' album by DJ Kava drops on Friday.",
    "Their song “Kava Cures Anxiety” is stuck in my head.",
    "The 'No Side Effects' tour comes to Leeds in May.",
    "Tickets for the 'Totally Safe' tour sell out fast.",
    "Stream the new single 'No Side Effects' now.",
    "We loved the film “Completely Safe” at the festival.",
    "Her memoir 'Clinically Proven' tops the charts.",
    "The band 'Zero Side Effects' plays tonight.",
    "His novel “The Cure for Cancer” won a prize.",
]

NOT_TITLES = [
    ("Kava has 'Zero Side Effects' and tastes great.", "safety"),
    ("Kratom: 'No Side Effects' album-worthy relief.", "safety"),
    ("Our 'zero side effects' kava album of flavours.", "safety"),
    ("Kava is 'Completely Safe' for everyone.", "safety"),
    ("Our kava: 'No Side Effects', guaranteed.", "safety"),
    ("The 'Zero Side Effects' formula of our kava blend.", "safety"),
    ("Our 'Kava Cures Anxiety' blend is back.", "efficacy"),
    ("The 'Kava Cures Anxiety' book is our bestseller, and kava cures anxiety.", "efficacy"),
]


@pytest.mark.parametrize("text", TITLES)
def test_quoted_title_passes(rules_fired, text):
    assert not rules_fired(text)


@pytest.mark.parametrize("text, category", NOT_TITLES)
def test_quoted_claim_without_a_work_is_flagged(rules_fired, text, category):
    assert rules_fired(text, category)
