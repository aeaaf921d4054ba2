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


# Audit 3 — distancing and rebuttal. A verdict on a claim named as such ("…, a claim regulators said had
# no basis", "…, which regulators disputed"), a retraction of what reported it, a concessive clause that
# reports a third party's marketing ("While the seller bills its maca as 'clinically proven,' …"), and a
# regulator acting against it ("…, but the FDA banned imports") hold a reported claim at a distance.
# Near misses: the verdict affirms or is denied, the writer is the speaker, the concessive claim is the
# writer's own, an unrelated "rejected"/"withdrawn"/"restricted", or the writer endorses what was reported.
REBUTTED_REPORTS = [
    "The brand claimed its turmeric pills cure arthritis, a claim regulators later said had no basis.",
    "The seller insisted its kava cures insomnia, an assertion the FDA rejected.",
    "A vendor said its kratom cures depression, a claim no clinical trial supports.",
    "The company said its reishi reverses diabetes, a claim health officials dismissed as baseless.",
    "The maker claimed its elderberry syrup prevents the flu, which regulators disputed.",
    "The paper, which claimed reishi shrinks tumors, was retracted last year.",
    "A study claiming ashwagandha cures anxiety was withdrawn by the journal.",
    "The blog post that claimed kratom cures depression has since been retracted.",
    "The report, which said the herb reverses diabetes, was never replicated.",
    "While the seller markets its maca as 'clinically proven,' the one small trial behind it had no placebo group.",
    "Although the label bills the tea as 'completely safe,' poison centers have logged dozens of calls.",
    "While brands tout turmeric as 'clinically proven' for joint pain, the trials they cite were tiny.",
    "Though the company promotes its kava as completely safe, Germany banned it for years.",
    "Even though shops describe kratom as non-addictive, users describe months of cravings.",
    "Sellers market kratom as 'completely safe,' but the FDA banned imports of it.",
    "Shops advertise kava as completely safe, but health authorities in Europe banned it after liver injuries.",
    "Vendors market kava as 'completely safe,' but regulators recalled several batches.",
    "Vendors tout kratom as non-addictive, but several states have banned it.",
]

STILL_ASSERTED_AFTER_REPORTS = [
    ("The company claimed its kratom capsules cure chronic pain, a claim the FDA said was accurate.", "efficacy"),
    ("The company claimed its kratom capsules cure chronic pain, a claim no regulator has rejected.", "efficacy"),
    ("Our kratom capsules cure chronic pain, a claim we stand behind.", "efficacy"),
    ("Our kratom capsules cure chronic pain; returns are rejected after 30 days.", "efficacy"),
    ("The study claiming ashwagandha cures anxiety was published last year.", "efficacy"),
    ("Our old label was withdrawn, and the new kava blend cures anxiety.", "efficacy"),
    ("Kratom cures depression, and the rumor that it's addictive was retracted.", "efficacy"),
    ("While kava is clinically proven to calm you, it tastes bitter.", "efficacy"),
    ("While we market our kava as 'completely safe,' we also test every batch.", "safety"),
    ("While I always say kava cures anxiety, I also love the taste.", "efficacy"),
    ("While the brand markets it as a tea, kava cures anxiety.", "efficacy"),
    ("While you wait, our kava cures anxiety.", "efficacy"),
    ("We market our kava as completely safe because it is.", "safety"),
    ("We claim that our kava cures anxiety.", "efficacy"),
    ("Vendors market kava as completely safe, and regulators agree.", "safety"),
    ("Our kava is completely safe, and the FDA has never banned it.", "safety"),
    ("Our kava is completely safe; shipping is restricted to the US.", "safety"),
    ("Brands claim kava cures anxiety, and they're right.", "efficacy"),
    ("Kava is a Pacific drink. Brands claim it cures anxiety, and they're right.", "efficacy"),
    ("Sellers claim kava cures anxiety. They're right.", "efficacy"),
    ("Sellers say kratom is non-addictive, and it's true.", "safety"),
    ("Marketers claim kava cures anxiety, and they are not wrong.", "efficacy"),
]


@pytest.mark.parametrize("text", REBUTTED_REPORTS)
def test_rebutted_report_passes(rules_fired, text):
    assert not rules_fired(text)


@pytest.mark.parametrize("text, category", STILL_ASSERTED_AFTER_REPORTS)
def test_report_near_miss_is_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


def test_endorsement_with_more_words_endorses_nothing(rules_fired):
    # "they're right about the taste" does not take back the distance of "sellers claim"
    assert not rules_fired("Sellers claim kava cures anxiety. They're right about the taste, though.")
    assert not rules_fired("Marketers claim kava cures anxiety, and they are wrong.")


# Audit 3 — abandoned beliefs. A past belief ("I thought", "I always assumed", "I was convinced") holds what
# it frames at a distance when a correction follows in its sentence or the next ("until …", "turns out",
# "but it's …", "I was wrong"); "I used to think/believe" is abandoned by itself. Near misses: a present
# belief, an uncorrected past one, a claim in another clause, and one the writer confirms.
ABANDONED_BELIEFS = [
    "I thought chaga was a plant until my mycology class.",
    "I used to believe kava was a mushroom.",
    "I always assumed kratom was a mushroom. Turns out it's a tree in the coffee family.",
    "I always assumed kava was related to coffee, turns out it's in the pepper family.",
    "We thought reishi was an herb until a forager showed us one on a log.",
    "I was convinced kava was a mushroom, but it's the root of a pepper plant.",
    "I thought kratom was a mushroom. I was wrong: it's a tree.",
    "I used to think kava was a mushroom, now I know better.",
    "At first I thought lion's mane was a plant, but it is a fungus.",
    "I'd always assumed chaga was a herb root until I saw it growing on a birch.",
]

HELD_BELIEFS = [
    ("I thought kava would relax me and it cured my anxiety.", "efficacy"),
    ("I thought kava would taste awful, but it cured my anxiety.", "efficacy"),
    ("I think kava cures anxiety.", "efficacy"),
    ("I thought chaga was a plant.", "botanical"),
    ("I believe kava is a mushroom.", "botanical"),
    ("I used to think kava was overrated, now I know it cures anxiety.", "efficacy"),
    ("I thought I'd share: kava is a mushroom that grows in Fiji.", "botanical"),
    ("I always assumed kava was a mushroom, and it is.", "botanical"),
    ("Kava may relax you and it cures anxiety.", "efficacy"),
]


@pytest.mark.parametrize("text", ABANDONED_BELIEFS)
def test_abandoned_belief_passes(rules_fired, text):
    assert not rules_fired(text)


@pytest.mark.parametrize("text, category", HELD_BELIEFS)
def test_held_belief_is_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


# Audit 3 — a debunk whose subject is the warning ("that liver stuff is a myth", "those concerns are
# nonsense") dismisses the risk: it must not deny the risk-minimising claim before it. A debunk whose
# subject is the claim ("The idea that kava is completely safe is a myth") still denies it.
WARNING_DEBUNKED = [
    "Been taking kratom daily for months, zero risk of addiction, all that addiction talk is a myth.",
    "Kava nightly for two years, no risk to your liver at all, those liver concerns are nonsense.",
    "Our kava is completely safe and the warnings are a myth.",
    "Drink kava every night, it is completely harmless, the liver scare is a myth.",
    "My kratom has no side effects, that side effect stuff is made up.",
    "Kratom is non-addictive, the withdrawal horror stories are a myth.",
    "My friend says kava is completely safe, and the liver stuff is a myth.",
]

CLAIM_DEBUNKED = [
    "The idea that kava is completely safe is a myth.",
    "That kratom is non-addictive is a myth.",
    "Kava is completely safe, a claim that is a myth.",
    "The claim that kratom carries no risk of addiction is a myth.",
    "The claim that kratom carries no risk is a myth.",
    "Some sellers say kava is completely safe, but that is a myth.",
]


@pytest.mark.parametrize("text", WARNING_DEBUNKED)
def test_debunked_warning_leaves_the_claim_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", CLAIM_DEBUNKED)
def test_debunked_claim_passes(rules_fired, text):
    assert not rules_fired(text)


# Audit 3 — questions. A risk word inside a safety or benefit phrase ("risk-free", "free of side effects",
# "eliminate withdrawal") turns "no" into an affirmed risk, not a denied one; a plain risk question
# answered no is still a denial. Spelled-out affirmations ("One hundred percent", "You bet") answer yes,
# and their negated forms answer no.
INVERTED_RISK_QUESTIONS = [
    "Is kratom a risk-free option? No, and nobody should sell it that way.",
    "Is kratom risk-free? Not at all.",
    "Is kava free of side effects? No.",
    "Is kava side-effect-free? Nope.",
    "Does kratom eliminate withdrawal? Absolutely not.",
    "Can kratom be taken without risk? No.",
    "Is kratom an addiction-free painkiller? Definitely not.",
]

DENIED_RISK_QUESTIONS = [
    "Is kratom risky? No, not at all.",
    "Does kratom cause withdrawal? Absolutely not.",
    "Is kava a risk to your liver? No.",
    "Is kratom addictive? One hundred percent not.",
    "Is valerian habit-forming? A hundred percent not.",
]


@pytest.mark.parametrize("text", INVERTED_RISK_QUESTIONS)
def test_denied_safety_question_affirms_the_risk(rules_fired, text):
    assert not rules_fired(text)


@pytest.mark.parametrize("text", DENIED_RISK_QUESTIONS)
def test_denied_risk_question_is_flagged(rules_fired, text):
    assert "safety/risk-question-denied" in rules_fired(text)


@pytest.mark.parametrize("answer, state", [
    ("One hundred percent, it does.", "yes"),
    ("A hundred percent.", "yes"),
    ("Absolutely, it does.", "yes"),
    ("You bet.", "yes"),
    ("For sure.", "yes"),
    ("GUEST: 100 percent, it does.", "yes"),
    ("No doubt about it.", "yes"),
    ("One hundred percent not.", "no"),
    ("Absolutely not.", "no"),
    ("100% not.", "no"),
    ("No, not at all.", "no"),
])
def test_spelled_out_answers(checker, answer, state):
    assert _question_states(checker, f"Does turmeric cure arthritis? {answer}") == [state]


@pytest.mark.parametrize("text", [
    "HOST: So kratom basically ends opioid withdrawal? GUEST: One hundred percent, it does.",
    "Does turmeric cure arthritis? A hundred percent.",
    "Does ashwagandha cure anxiety? You bet.",
])
def test_spelled_out_yes_endorses_the_question(rules_fired, text):
    assert rules_fired(text, "efficacy")


# Audit round 4: a reported "assertion that …" is held at a distance like a "claim that …"; a
# verdict with an adverb ("simply untrue") rebuts like the bare one.
@pytest.mark.parametrize("text, rule", [
    ("The agency rejected the seller's assertion that its kratom cures opioid addiction.", None),
    ("The brand's contention that kava cures insomnia did not survive review.", None),
    ("Kava cures insomnia; that is our assertion and our promise.", "efficacy/cure-claim"),
    ("Shops say kava cures insomnia, which is completely untrue.", None),
    ("Kava cures insomnia, which is simply true.", "efficacy/cure-claim"),
])
def test_audit4_reported_assertions_and_verdicts(checker, text, rule):
    found = {f.rule for f in checker.check_text(text) if f.scope == "sentence"}
    assert found == ({rule} if rule else set())


# Audit round 5: a hedge or a negation ends where ", and"/", or"/", plus" opens a clause with a subject of its own
# (a pronoun, a substance, a determiner and a noun). Near misses: one subject carried on without a comma, "that"
# clauses still reported, "they"/"their" pointing back at the hedged population, a comma-bounded cue, an
# attribution (which keeps its clause until rebutted), and a second clause with its own negation.
@pytest.mark.parametrize("text, category", [
    ("Some people find ashwagandha calming, and it has zero side effects.", "safety"),
    ("Some users report deeper sleep with passionflower, and it cures insomnia.", "efficacy"),
    ("Some customers say valerian relaxes them, and it is completely safe with alcohol.", "safety"),
    ("Some people find kava soothing, and our kava is totally non-addictive.", "safety"),
    ("Preliminary research suggests rhodiola eases fatigue, and it reverses burnout.", "efficacy"),
    ("Chamomile is not a stimulant, and it cures insomnia.", "efficacy"),
    ("Kratom is not a controlled substance, and it has no side effects.", "safety"),
    ("Kava is not FDA approved, and it is safe to take with alcohol.", "safety"),
    ("Some people report relief from CBD, plus it has no side effects.", "safety"),
    ("Not every batch is the same, and the strongest kratom has no side effects.", "safety"),
])
def test_audit5_new_clause_ends_hedge_and_negation(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text", [
    "Some people find kava relaxing and say it helps them sleep.",
    "Some people find lemon balm soothing and say it eases their anxiety.",
    "Some users report that valerian relieves insomnia, and that it helps with anxiety.",
    "Some studies suggest turmeric may ease joint pain, and the effect seems modest.",
    "Some users find kava calming, and they report no side effects.",
    "Kava is not safe with alcohol, and it is not a cure for anxiety.",
    "There is no evidence that reishi cures cancer, or that it treats diabetes.",
    "Sellers claim kratom cures anxiety, and it is non-addictive, but no study supports this.",
    "Don't assume kava is harmless, and don't let anyone tell you it has no side effects.",
    "Some people find kava relaxing, and it helps them unwind after work.",
])
def test_audit5_new_clause_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# Why a population uses a product is no claim that it works: a population subject (right before the usage verb,
# past adverbs, or before "who"), a usage verb and "to"/"for" within a few words. Near misses: the reader told to
# use it, "people who use our CBD cure …" (no purpose), the writer's own customers or product, a first-person
# testimonial, and a new clause after the purpose.
@pytest.mark.parametrize("text", [
    "Many people take valerian to ease insomnia.",
    "Athletes take cordyceps to fight fatigue.",
    "Sailors chewed ginger to prevent seasickness.",
    "Folk healers have long used turmeric to treat wounds.",
    "Consumers often turn to CBD to manage chronic pain.",
    "Patients sometimes use kratom to self-manage opioid withdrawal.",
    "People use it for focus or to take the edge off anxiety, say kava fans.",
    "Pacific Islanders drink kava to relieve stress after a long day.",
    "Women take black cohosh to relieve hot flashes.",
    "People who take kratom to ease back pain can become dependent.",
])
def test_audit5_usage_reports_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Use CBD to cure your anxiety.",
    "Take our kratom to end withdrawal for good.",
    "People who use our CBD cure their anxiety.",
    "Our customers use it to beat depression for good.",
    "Our customers use our ginger chews to stop nausea.",
    "Many people use our kratom to end withdrawal.",
    "I use kratom to manage my back pain.",
    "People use valerian to relax, and it cures insomnia in days.",
    "People use kava to unwind and our kava cures anxiety.",
])
def test_audit5_usage_near_misses_still_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


# How often or how much limits a first-person report ("occasionally", "on bad days", "a little", after or before the
# claim); a first-person onset in the past tense ("within twenty minutes I felt …") is experience. Near misses: an
# onset promised to the reader or in the future, "every time", and amounts that are no limit ("a bit of").
@pytest.mark.parametrize("text", [
    "Kratom occasionally relieves my back pain.",
    "Valerian eases my insomnia on bad days.",
    "On bad days, valerian eases my insomnia.",
    "Turmeric takes the edge off my knee pain some days.",
    "Ginger settles my nausea a little.",
    "Passionflower calms my anxiety now and then.",
    "I drank the kava and felt calm within ten minutes.",
    "Within half an hour of the kava I felt sleepy and relaxed.",
    "The chamomile kicked in within twenty minutes for me.",
    "Our passionflower drops relaxed me in about ten minutes.",
])
def test_audit5_limited_first_person_reports_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Within twenty minutes you will feel relaxed with our kava.",
    "Our kava works within minutes, every time.",
    "I promise our kava will relax you within minutes.",
    "Our kava relaxes you within minutes.",
    "Within minutes, kava calms your nerves.",
    "Kava relaxed me within minutes and it will do the same for you.",
    "A bit of ashwagandha each morning eliminates anxiety.",
    "Valerian cures insomnia, and it eases stress a little.",
])
def test_audit5_onset_and_limit_near_misses_still_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


# Audit 6: two negatives that affirm ("nobody can deny that …", "there's no denying that …", "it isn't untrue that …",
# "it's no myth that …", "you can't argue with the fact that …", "no one disputes that …") assert the claim after
# them. Near misses keep their denial: "no one can prove", "it's a myth that", "nobody has shown", "you can't argue
# that" (it cannot be argued), and an affirmation with no claim inside.
@pytest.mark.parametrize("text", [
    "Nobody can deny that turmeric heals arthritis.",
    "No one could deny that echinacea cures the common cold.",
    "There's no denying that chamomile cures insomnia.",
    "There is no disputing that saffron cures depression.",
    "It isn't untrue that ginger cures migraines.",
    "It is not false that valerian cures insomnia.",
    "It's no myth that elderberry cures the flu.",
    "It is not a myth that reishi cures cancer.",
    "You cannot argue with the fact that hawthorn cures heart disease.",
    "No one disputes that milk thistle cures liver disease.",
    "Nobody doubts that black seed cures diabetes.",
    "You can't deny that rhodiola cures depression.",
    "It's no secret that ashwagandha cures anxiety.",
    "There is no doubt that feverfew cures migraines.",
])
def test_audit6_affirming_double_negatives_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Nobody can prove that turmeric heals arthritis.",
    "It's a myth that elderberry cures the flu.",
    "No one has shown that saffron cures depression.",
    "It isn't true that ginger cures migraines.",
    "You can't argue that hawthorn cures heart disease; no trial supports it.",
    "No one knows whether chamomile cures insomnia.",
    "There's no denying that the evidence for chamomile is thin.",
    "Nobody disputes that kratom can cause dependence.",
    "No one can deny that valerian may help some people sleep.",
    "No secret formula cures anxiety, whatever the label says.",
])
def test_audit6_affirming_double_negative_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 6: a weak verdict at the end of "evidence that …", "data showing that …", "research suggesting that …"
# hedges the claim it reports ("… is inconsistent", "… are conflicting", "… remain limited", "… is still lacking").
# Near misses: the same words after a claim that no evidence opener reports, and a strong verdict.
@pytest.mark.parametrize("text", [
    "Evidence that hawthorn lowers blood pressure is inconsistent.",
    "The evidence that saffron relieves depression is conflicting.",
    "Data showing that ginger eases nausea remain limited.",
    "Research suggesting that rhodiola treats fatigue is contradictory.",
    "Studies suggesting that valerian cures insomnia have been inconsistent.",
    "Proof that elderberry prevents the flu is still lacking.",
    "Trials showing that turmeric relieves arthritis remain scarce.",
])
def test_audit6_trailing_evidence_verdicts_hedge(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Hawthorn lowers blood pressure, and our stock is inconsistent.",
    "Saffron cures depression; supply remains limited.",
    "Evidence that hawthorn lowers blood pressure is strong, and hawthorn cures heart disease.",
])
def test_audit6_trailing_verdict_near_misses_still_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


# Audit 7: a study's report is a hedge only while it reports weakly ("our findings suggest", "these results may");
# one that settles the claim ("these findings prove", "our data clearly establish") leaves it a claim.
@pytest.mark.parametrize("text", [
    "These findings prove that valerian cures insomnia.",
    "Our results establish ashwagandha as an effective treatment for depression.",
    "This trial confirms that turmeric reverses arthritis.",
    "Our data conclusively demonstrate that kratom cures opioid withdrawal.",
    "The results show that CBD eliminates migraines.",
    "These studies have shown that elderberry cures the flu.",
])
def test_audit7_settling_study_reports_fire(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "These findings suggest that valerian may ease insomnia.",
    "Our results indicate ashwagandha might lower cortisol.",
    "This trial suggests turmeric could help with joint stiffness.",
    "Our data may point to a role for kratom in pain relief.",
    "The results show no difference between CBD and placebo for migraines.",
    "These findings show that elderberry may shorten colds.",
])
def test_audit7_weak_study_reports_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 7: a negation (or "potential") governs its own conjunct; "and" + an auxiliary starts a second predicate it
# does not reach. Near misses: both conjuncts negated, a denied complement clause, the evidence negations.
@pytest.mark.parametrize("text", [
    "Valerian has no strange smell and is completely safe.",
    "Our ashwagandha isn't cheap and is 100% safe.",
    "Kratom never upset my stomach and is totally harmless.",
    "Turmeric has real potential and is completely safe for everyone.",
    "Our CBD contains no THC and is completely safe.",
])
def test_audit7_negation_stops_at_second_predicate(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", [
    "Valerian is not a sedative drug and is not habit-free for everyone.",
    "It is not true that ashwagandha cures stress and is completely safe.",
    "Nothing proves kratom works and is completely safe.",
    "There is no evidence that turmeric cures arthritis and is completely safe.",
    "I'm not sure CBD works and is completely safe.",
    "Ashwagandha has potential to ease stress.",
])
def test_audit7_negation_conjunct_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


# Audit 7: emphatic asides ("not gonna lie", "no joke", "not to brag") are no negation of what follows. Near misses:
# the aside before a real negation, "not gonna" with another verb.
@pytest.mark.parametrize("text", [
    "Not gonna lie, valerian cured my insomnia.",
    "I'm not going to lie, our ashwagandha is completely safe.",
    "No joke, turmeric cured my arthritis.",
    "Not to brag, but our kratom is 100% safe.",
    "I'm not kidding, elderberry cured my flu overnight.",
])
def test_audit7_emphatic_asides_are_no_negation(rules_fired, text):
    assert rules_fired(text)


@pytest.mark.parametrize("text", [
    "Not gonna lie, valerian did not cure my insomnia.",
    "No joke: kratom is not a safe drug.",
    "I'm not gonna say turmeric cures arthritis.",
    "Not to brag, but our kava bar won a design award.",
])
def test_audit7_emphatic_aside_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# Audit 7: enforcement wording files a claim as a false representation or an allegation ("misleadingly advertised
# X as …", "the complaint alleges …"). Near misses: the verb without the adverb, a false-labelling before a "but".
@pytest.mark.parametrize("text", [
    "The defendants falsely represented their valerian pills as clinically proven to cure insomnia.",
    "The seller misleadingly advertised its turmeric as a cure for arthritis.",
    "The company fraudulently promoted elderberry syrup as able to prevent the flu.",
    "The firm misrepresented its ashwagandha gummies as a treatment for depression.",
    "The FTC complaint alleges that the brand sold kratom as a cure for opioid addiction.",
    "According to the complaint, the vendor's CBD cures cancer.",
])
def test_audit7_enforcement_wording_distances(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "We represent the only clinically proven valerian for insomnia.",
    "Our turmeric is marketed honestly: it cures arthritis.",
    "Ashwagandha is often wrongly labeled a stimulant, but it cures depression.",
])
def test_audit7_enforcement_wording_near_misses_fire(rules_fired, text):
    assert rules_fired(text, "efficacy")


# "they" as the subject of a usage verb stands for a population named before it in the sentence:
# the reason they give for using a product is a report, not a claim that it works. With no
# population before it, "they" is no population.
@pytest.mark.parametrize("text", [
    "Plenty of older hikers tell me they chew ginger to settle nausea on long climbs.",
    "In the survey, participants said they had taken valerian to fall asleep faster.",
    "Millions of Americans report that they use CBD to calm anxiety.",
])
def test_they_after_a_population_reports_a_reason_for_use(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Try our kratom. They take it to beat back pain for good.",
    "They use our valerian drops to cure insomnia.",
])
def test_they_without_a_population_is_no_usage_report(rules_fired, text):
    assert rules_fired(text, "efficacy")


# Audit 10: a reported claim is rebutted when the evidence is named and judged mixed or inconclusive, when a
# regulator calls the product an unapproved drug, or by a sentence-opening short rebuttal that ends its clause
# ("It didn't, and …") or reports the writer's failed trial ("It didn't work for me"). A quoted claim judged a
# warning sign is rebutted too. Near misses: the same words unattributed, "mixed" of a powder, "it didn't" before
# a verb of its own.
@pytest.mark.parametrize("text", [
    "Folks online keep saying rhodiola works as well as Zoloft but the trials are mixed.",
    "People say elderberry cures the flu, but the evidence is inconclusive.",
    "Customers say our chaga cures arthritis; the human data have been inconsistent.",
    "Forum posters insist passionflower treats insomnia, but the studies are conflicting.",
    "A reviewer wrote that this tea cures migraines. It didn't, and I'm still getting them.",
    "The tin says the blend cures colds. It did nothing for me.",
    "The box says moringa reverses diabetes. It didn't work for me either.",
    "The letter quoted the brand's homepage: \"Our kratom treats opioid withdrawal.\" The FDA called it an unapproved new drug.",
    "\"Cures every disease\" is the kind of claim that should make you walk away.",
    "A label promising it \"heals leaky gut in days\" should set off alarm bells.",
])
def test_audit10_rebutted_reports_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Elderberry cures the flu, and the syrup is mixed with raw honey.",
    "Customers say our chaga cures arthritis, and the powder is mixed with cacao.",
    "Our kava cures anxiety; results are mixed with other brands.",
    "The box says moringa reverses diabetes. It didn't take long to arrive.",
    "This tea cures colds. It didn't, and I'm still sick.",
    "Our kratom treats opioid withdrawal, unlike unapproved drugs from overseas.",
    "Our turmeric cures arthritis, and there are no warning signs of side effects.",
])
def test_audit10_rebuttal_near_misses_still_fire(rules_fired, text):
    assert rules_fired(text, "efficacy")


# Audit 11. A quoted pair of claims answered at once ("…; it is neither.", "— neither is true.") rebuts
# a reported claim. Near misses: the same words after the writer's own claim, with a non-contrast
# lead ("and"), or going on past "neither" into a new clause.
@pytest.mark.parametrize("text, flagged", [
    ('The wrapper calls delta-8 "legal everywhere and totally safe"; it is neither.', False),
    ("The seller says its kratom is non-addictive and totally safe — neither is true.", False),
    ('The ad calls the gummies "risk-free and legal"; they are neither.', False),
    ("Delta-8 is totally safe; it is neither.", True),
    ("Kratom is totally safe, and it is neither harsh nor bitter.", True),
    ("Kava is totally safe — it is neither harsh nor habit-forming.", True),
])
def test_neither_rebuts_a_quoted_pair_of_claims(checker, text, flagged):
    found = [f for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"]
    assert bool(found) == flagged


# Audit 13. Contracted and spelled-out auxiliaries carry different NORMs ("does" of "doesn't" vs "does" as "do"),
# so each context phrase is also matched in its other spelling: a rebuttal written "doesn't" rebuts "does not",
# an endorsement written "that's true" endorses "that is true". Near misses: the same words after the writer's
# own claim (a rebuttal distances only a reported claim) or in a sentence they do not judge.
@pytest.mark.parametrize("text, category, flagged", [
    ("Influencers insist lion's mane reverses dementia. The evidence does not back that up.", "efficacy", False),
    ("Influencers insist lion's mane reverses dementia. The evidence doesn't back that up.", "efficacy", False),
    ("Brands claim maca cures infertility, but the science does not.", "efficacy", False),
    ("Vendors claim kava cures anxiety. That is false.", "efficacy", False),
    ("Marketers say chaga cures cancer, which is not the case.", "efficacy", False),
    ("Vendors claim their kratom is non-addictive, and that is true.", "safety", True),
    ("Sellers say kava cures anxiety, and they are right.", "efficacy", True),
    ("Our kava cures anxiety, and the science does not lie.", "efficacy", True),
    ("Kava cures anxiety. That is true for every customer we have.", "efficacy", True),
])
def test_audit13_contraction_spellings_match_alike(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


def test_audit13_contraction_variants_of_a_phrase():
    from claimcheck.annotate import _contraction_variants
    assert _contraction_variants(["the evidence doesn't", "that's false", "it is not true", "no proof"]) == [
        "the evidence doesn't", "that's false", "it is not true", "no proof",
        "the evidence does not", "that is false", "it's not true"]


# Audit 13. A modal or adverbial hedge ("may", "might be", "possibly") governs its own predicate: "and" + a finite
# auxiliary starts a second one it does not reach. Near misses: a bare "be" still under the modal, a second
# hedge, a complement clause of a hedging verb, a predicate that is itself a hedge.
@pytest.mark.parametrize("text, category, flagged", [
    ("Kava may be calming and is clinically proven to end anxiety.", "efficacy", True),
    ("Ginger is possibly the oldest remedy in the book and is clinically proven to stop nausea.", "efficacy", True),
    ("Our kava might aid sleep, could lift mood, and is totally free of side effects.", "safety", True),
    ("Kava could help with stress and has no side effects.", "safety", True),
    ("Kava may help with stress and is clinically proven to end anxiety.", "efficacy", True),
    ("Kava may calm you and be free of side effects.", "safety", False),
    ("Kava may ease stress and may be free of side effects.", "safety", False),
    ("Some trials suggest that kava eases anxiety and is free of side effects.", "safety", False),
    ("Kava may help with stress, and is being studied for anxiety.", "efficacy", False),
    ("Kava might ease anxiety and can be habit-forming.", "safety", False),
])
def test_audit13_modal_hedge_ends_at_a_second_finite_predicate(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# Audit 13. A denied doubt affirms what follows ("I never doubted it: …", "don't doubt it, …"). Near misses:
# a plain denial, the writer's own doubt.
@pytest.mark.parametrize("text, flagged", [
    ("I never doubted it for a second: milk thistle heals a damaged liver.", True),
    ("Don't doubt it, elderberry cures the flu.", True),
    ("We never once doubted that elderberry cures the flu.", True),
    ("Nobody has shown that milk thistle heals a damaged liver.", False),
    ("Milk thistle has never been shown to heal a damaged liver.", False),
    ("No one should believe that elderberry cures the flu.", False),
])
def test_audit13_denied_doubt_affirms(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 13. What a label, an ad or a headline says (and how it names the product) is reported, so a verdict
# rebuts it; an allegation named after the claim ("…, according to the complaint") holds it at a distance; a
# study done in a dish or in mice rebuts a reported claim; a claim that "ignores the evidence" is rebutted. Near
# misses: the writer's own claim with the same words, an endorsement, a claim credited to a regulator.
@pytest.mark.parametrize("text, category, flagged", [
    ("The label calls the tincture 'totally harmless', which is simply false.", "safety", False),
    ("The ad promised our readers a miracle cure for eczema, a claim regulators rejected.", "efficacy", False),
    ("The ad promised 'a miracle cure for eczema', according to the complaint filed Tuesday.", "efficacy", False),
    ("The headline screamed \"Chaga kills cancer!\" but the study was in a petri dish.", "efficacy", False),
    ("Sellers say reishi cures cancer, but that was only in mice.", "efficacy", False),
    ("Claims of 'no risk of overdose' with kratom ignore the deaths in poison-center data.", "safety", False),
    ("The label calls the tincture totally harmless, and it is.", "safety", True),
    ("Calendula is a miracle cure for eczema, according to our founder.", "efficacy", True),
    ("Our reishi cures cancer; we tested it in people, not only in mice.", "efficacy", True),
    ("Kratom carries no risk of overdose; critics ignore the evidence.", "safety", True),
    ("Chaga kills cancer, according to the complaint's own expert, and we agree.", "efficacy", True),
])
def test_audit13_labels_ads_and_headlines_reported(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# Audit 13. Sarcasm takes back what the writer says: a mark that ends the sentence or follows a contrast lead
# ("/s", "— tell that to my liver"), one standing as the next sentence ("Eye roll.", "Yeah, right."), or an opener
# that starts the sentence ("Right, because …"). Near misses: the same words inside a sentence, "because" after
# "right" mid-sentence, a mark two sentences away, and a sentence after the mark.
@pytest.mark.parametrize("text, category, flagged", [
    ("Sure, kava is 'completely safe' — tell that to my liver.", "safety", False),
    ("Oh yes, turmeric \"cures cancer\", just like every other miracle spice. /s", "efficacy", False),
    ("Turmeric cures cancer /s", "efficacy", False),
    ("Right, because a mushroom coffee will cure your depression.", "efficacy", False),
    ("Kava has no side effects. Yeah, right.", "safety", False),
    ("Lion's mane reverses dementia. Eye roll.", "efficacy", False),
    ("We were right, because turmeric cures cancer.", "efficacy", True),
    ("Turmeric cures cancer. Kava tastes earthy. Eye roll.", "efficacy", True),
    ("Eye roll. Turmeric cures cancer.", "efficacy", True),
    ("Turmeric cures cancer and even fixes the eye roll you get from bad news.", "efficacy", True),
    ("Kava is completely safe, and you can tell that to your friends.", "safety", True),
])
def test_audit13_sarcasm_takes_back_the_claim(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# A reference-list entry names a work: the claim words of a cited title are no claim. An entry opens
# with its authors (surname and initials, Vancouver or APA, after an optional marker or number) and
# holds a year and two full stops. Near misses: a titled person, a single author who "agrees", a year
# inside a claim, a claim before a short citation on its line, and authors with no year.
@pytest.mark.parametrize("text, flagged", [
    ("Ito H, Park S, et al. Kava extract for treating anxiety. Phytomedicine. 2012;19:1-8.", False),
    ("Marsh, P. J., & Ortiz, L. (2016). Turmeric extract for treating osteoarthritis pain. Pain Reports.", False),
    ("3. Quinn RT. Ashwagandha root for treating insomnia: a pilot trial. J Sleep Res. 2021.", False),
    ("- Dube N, Varga K. Valerian cures insomnia? A systematic review. BMC Complement Med. 2009.", False),
    ("[12] Holm AB et al. Milk thistle for treating liver disease. Hepatology. 2018;4:22.", False),
    ("Dr. Ito H. says kava extract is proven for treating anxiety.", True),
    ("Ortiz L. agrees: our turmeric is clinically proven to treat arthritis.", True),
    ("In 2012, kava extract was clinically proven to treat anxiety.", True),
    ("Our kava extract treats anxiety. Ito H, 2012.", True),
    ("Ito H, Park S. Our kava extract treats anxiety. Try it today.", True),
])
def test_a_cited_title_is_no_claim(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


def test_a_reference_list_under_a_page_with_claims(checker):
    text = ("# Our kava\n\nOur kava extract treats anxiety.\n\n## References\n\n"
            "1. Ito H, Park S. Kava extract for treating anxiety. Phytomedicine. 2012;19:1-8.\n"
            "2. Marsh PJ. Kava cures stress? J Herb Med. 2015.\n")
    found = [f for f in checker.check_text(text, path="page.md") if f.category == "efficacy"]
    assert [f.line for f in found] == [3]


# A quoted wording right after a mention noun ("the term", "the slogan", "the words") is named, not
# said, in any case. Near misses: the same nouns with nothing quoted, a quote that does not follow the
# noun ("in the words of our founder, 'completely safe'"), and a compound that only starts like one.
@pytest.mark.parametrize("text, category, flagged", [
    ("The warning letter cited the words 'completely safe' on the kava jar.", "safety", False),
    ('Regulators objected to the term "clinically proven" on the kratom label.', "efficacy", False),
    ("Critics mocked the slogan “guaranteed results” in the ashwagandha ad.", "efficacy", False),
    ("The buzzword 'detoxifies your liver' keeps showing up on milk thistle tins.", "efficacy", False),
    ("Our kava has, in a phrase, no side effects.", "safety", True),
    ("The words say it all: kratom is completely safe.", "safety", True),
    ("Our kava is, in the words of our founder, 'completely safe'.", "safety", True),
    ("Our term-time echinacea tonic is guaranteed to cure colds.", "efficacy", True),
])
def test_a_wording_named_after_a_mention_noun_is_no_claim(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# A verdict looking back on a claim named as such ("…, a claim that proved false", "…, which turned
# out to be false", "…, a claim no one ever tested") takes it back; "never tested on animals" is a
# cruelty-free note, no limit on the evidence. Near misses: the verdict affirms, the claim noun is
# missing, or the product is cruelty-free and the claim stands.
@pytest.mark.parametrize("text, flagged", [
    ("Victorian sellers promised kava would cure gout, a claim that proved false.", False),
    ("The old kratom label said it healed ulcers, which turned out to be false.", False),
    ("Early ads called kava a miracle for fatigue, a claim no one ever tested.", False),
    ("Kava cures fevers, a claim nobody can dispute.", True),
    ("Turmeric heals arthritis, a claim we now know was right.", True),
    ("Our kava cures anxiety, and it was never tested on animals.", True),
    ("Our ashwagandha cures insomnia and is not tested on animals.", True),
])
def test_a_verdict_looking_back_and_a_cruelty_free_note(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# A ban on a claim denies it: "barred from claiming", "the order prohibits claiming", "ordered to stop
# claiming". Near misses: nothing bars the writer, a different thing stopped, a ban on something else.
@pytest.mark.parametrize("text, flagged", [
    ("The order prohibits claiming the kava tea cures diabetes.", False),
    ("The company was barred from claiming its elderberry syrup prevents flu.", False),
    ("Regulators ordered the seller to stop claiming kratom treats addiction.", False),
    ("Nothing bars us from claiming the obvious: kratom treats addiction.", True),
    ("We stopped claiming modesty: our elderberry syrup prevents flu.", True),
    ("No rule bars our elderberry syrup, which prevents flu.", True),
])
def test_a_ban_on_a_claim_denies_it(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Sellers who insist or swear report as sellers who say do; a new clause with the writer as subject
# ("…, and our kratom is …", "…, and we guarantee …") is the writer's own claim, outside the report.
# Near misses: the reported clause goes on with "it" (still reported), a rebuttal follows, the writer
# as the one insisting.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom sellers insist addiction is not a concern, but daily users report withdrawal.", False),
    ("Kava vendors swear it has no side effects, yet liver cases keep appearing.", False),
    ("Sellers claim kratom is non-addictive, and it has no side effects, but the FDA disagrees.", False),
    ("Kratom sellers insist on cash payments, and our kratom is completely safe.", True),
    ("Rival brands claim their kava is strong, and we guarantee ours has no side effects.", True),
    ("Vendors say a lot of things, and my kava tincture is totally harmless.", True),
    ("We insist our kratom is completely safe.", True),
])
def test_sellers_who_insist_and_the_writers_own_clause(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# An endorsement with an emphasis ("They're absolutely correct.", "and they are totally right")
# settles a report as the plain one does. Near misses: endorsing something else, contradicting.
@pytest.mark.parametrize("text, flagged", [
    ("Influencers say lion's mane reverses dementia. They're absolutely correct.", True),
    ("Fans insist reishi cures cancer, and they are totally right.", True),
    ("Influencers say lion's mane reverses dementia. They're absolutely correct about the taste.", False),
    ("Influencers say lion's mane reverses dementia. They're absolutely wrong.", False),
])
def test_an_emphatic_endorsement_settles_the_report(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 16. A doubting question standing after what someone said ("Is that true?", "Is this right?",
# "…, but is that true?") holds the report at a distance, as a short rebuttal does. Near misses: the
# writer's own claim, a question answered "yes", a longer question that only starts with the cue words,
# and a doubting question with nothing reported before it.
@pytest.mark.parametrize("text, flagged", [
    ("My cousin says kava is totally harmless. Is that true?", False),
    ("A clerk told me kratom has no side effects. Is this true?", False),
    ("Sellers say reishi cures cancer, but is that true?", False),
    ("My neighbour swears valerian cures insomnia. Is that really true?", False),
    ("A coworker says kratom is non-addictive. Is there any truth to that?", False),
    ("The vendor said kava is completely safe. Is that right?", False),
    ("Kava is totally harmless. Is that true?", True),
    ("My cousin says kava is totally harmless. Is that true? Yes, it is.", True),
    ("My cousin says kava is totally harmless. Is that true for everyone?", True),
    ("My cousin says kava is totally harmless. Is it true that it tastes bitter?", True),
    ("Is that true? Kava is totally harmless.", True),
])
def test_a_doubting_question_distances_what_was_reported(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 30. The writer's own doubt after a report ("…, but I'm skeptical", "…, but I doubt it") and a claimant
# who could not back the claim ("…, but the company could not produce a single study") rebut it; "argue(s)" and
# "declared" report as "says" does, and "proponents argue" distances as "proponents claim" does. Near misses: the
# report alone or endorsed, "skeptical" as an adjective of someone else, the writer's own doubt about something else.
@pytest.mark.parametrize("text, flagged", [
    ("My acupuncturist says reishi cures diabetes, but I'm skeptical.", False),
    ("A friend swears maca reverses infertility, but I doubt it.", False),
    ("My trainer claims rhodiola cures fatigue; I'm not convinced.", False),
    ("Advocates argue that kratom has zero side effects; in reality it can cause constipation and dependence.", False),
    ("Supporters argue that elderberry cures the flu.", False),
    ("My herbalist argues that turmeric cures arthritis, but I remain skeptical.", False),
    ("The brochure claimed the tonic was clinically proven, yet the maker couldn't provide any study.", False),
    ("'Moringa cures diabetes,' the flyer declared. No clinical evidence supports that.", False),
    ("My acupuncturist says reishi cures diabetes.", True),
    ("My acupuncturist says reishi cures diabetes, and I agree.", True),
    ("My herbalist argues that turmeric cures arthritis.", True),
    ("'Moringa cures diabetes,' the flyer declared.", True),
    ("Even skeptical shoppers say our reishi cures diabetes.", True),
    ("I'm skeptical of most brands, but this reishi cures diabetes.", True),
    ("The label says the tonic is clinically proven, and the maker can provide the study on request.", True),
])
def test_the_writers_doubt_and_an_unbacked_claim_rebut_a_report(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 30. Told or heard up to now ("I've been told …", "I have heard …") is a past belief: held at a distance only
# when a correction follows. "You may have heard that …" reports (the "may" is no hedge): rebutted it passes,
# endorsed or alone it stands, as "people say …" does.
@pytest.mark.parametrize("text, flagged", [
    ("I've been told kava is completely harmless, but my liver tests say otherwise.", False),
    ("We have been told kratom is non-addictive, but then the withdrawal hit.", False),
    ("I've been told kava is completely harmless.", True),
    ("I've heard ashwagandha cures thyroid disease, and it's true.", True),
    ("You may have heard that sea moss is totally harmless. That's true.", True),
    ("You might have read that ginkgo cures dementia, and it's true.", True),
    ("You may have heard that sea moss is totally harmless. That's an overstatement.", False),
    ("You might have read that ginkgo cures dementia. It doesn't.", False),
    ("You may have heard of kava, a drink made from a root.", False),
    ("Ginkgo may have helped some people remember names.", False),
])
def test_told_heard_and_may_have_heard(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 30. A negated "let … fool/tell/scare you" closed by a colon, dash or comma ("Don't let anyone fool you:",
# "Don't be fooled —") warns against doubting the claim after it, which stands. Near misses: the same warning
# with the claim as its object ("don't let anyone fool you into thinking …", "don't be fooled by claims that …"),
# and a real denial after the colon.
@pytest.mark.parametrize("text, flagged", [
    ("Don't let the doctors fool you: reishi cures cancer.", True),
    ("Never let them tell you otherwise — kratom is totally harmless.", True),
    ("Do not let the haters scare you, kava is completely safe.", True),
    ("Don't be fooled: this moringa reverses diabetes.", True),
    ("Don't let anyone fool you into thinking reishi cures cancer.", False),
    ("Don't let the label convince you that kratom is totally harmless.", False),
    ("Don't be fooled by claims that moringa reverses diabetes.", False),
    ("Don't let the hype fool you: reishi doesn't cure cancer.", False),
])
def test_a_warning_against_being_fooled_before_a_claim(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 33. Gapped distancing cues: a claim noun with its source between the noun and "that" ("the claim on some
# labels that …"), and third-party sellers marketing a product "as" something ("some vendors market it as …"), the
# active form of "is marketed as". Near misses: a verb in the gap ("the idea of this blend is that …"), the writer's
# own source or marketing ("the claim on our label that …", "we market our kava as …"), no "that"/"as" after the
# gap, and a seller sentence with no "as" whose second clause is a claim of its own.
@pytest.mark.parametrize("text, flagged", [
    ("It is a far cry from the claim on some labels that ashwagandha cures insomnia.", False),
    ("Ignore the claims from a few online sellers that kava is completely safe.", False),
    ("There is the idea among some gym-goers that turmeric reverses arthritis.", False),
    ("The myth in wellness circles that kratom is non-addictive keeps spreading.", False),
    ("Claims on many product pages that CBD cures epilepsy are not supported.", False),
    ("Some vendors market it as an anxiety remedy.", False),
    ("Many brands tout ashwagandha as a cure for insomnia.", False),
    ("Online sellers advertise their kratom as completely safe.", False),
    ("Shops sell kava as a natural anxiety cure.", False),
    ("The claim on our label is simple: this tea cures anxiety.", True),
    ("The idea of this blend is that it cures insomnia for good.", True),
    ("The promise of this tea is that it cures anxiety overnight.", True),
    ("The claim on our label that this tea cures anxiety is one we stand behind.", True),
    ("Our kratom cures anxiety, and the claim on the label says so.", True),
    ("We market our kava as a natural anxiety cure.", True),
    ("Vendors sell kratom, and it cures chronic pain.", True),
    # an authority agreeing with what was reported endorses it; agreeing it is false, or with someone else, does not
    ("Sellers claim kratom is non-addictive, and doctors agree.", True),
    ("Brands tout kava as completely safe, and the FDA agrees.", True),
    ("Brands tout reishi as a cancer cure, and experts agree it is not one.", False),
    ("Vendors market kava as completely safe, and regulators agree with the buyers who complain.", False),
])
def test_gapped_claim_sources_and_seller_marketing(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 40. Claims set out to be judged in neutral documents: a reported clause split into list items under a
# lead-in ending "… claimed that:" with a distancing cue (a complaint summary); a "watch for red-flag phrases like
# these:" list; quoted myths opening paragraphs under a "Myths" heading; a quoted wording named by a noun after it
# ('the "nature's Prozac" label'); "people tell me"; older trades selling a product "as" a cure; "some trials"
# as a hedge. Near misses: a testimonial lead-in ("Our customers tell us that:"), a list the writer stands by, a
# claim after the list, an unquoted or mid-paragraph sentence under a myth heading, a wording with no determiner
# before it, the writer's own telling or selling.
@pytest.mark.parametrize("text, flagged", [
    ("According to the complaint, the company's ads claimed that:\n\n- its kava capsules were \"clinically proven to"
     " cure anxiety in 7 days\";\n- its kratom product \"eliminates opioid withdrawal\";\n- its products were"
     " \"100% safe, with zero side effects\".", False),
    ("The FTC alleges that the seller's website stated that:\n\n- kratom is non-addictive;\n- kava cures anxiety.", False),
    ("The complaint alleges the ads claimed that:\n\n* reishi reverses diabetes\n* lion's mane cures dementia", False),
    ("Our customers tell us that:\n\n- kava cured their anxiety;\n- kratom is non-addictive.", True),
    ("Here is what we know:\n\n- kava cures anxiety;\n- kratom is non-addictive.", True),
    ("According to the complaint, the ads claimed that:\n\n- its capsules were \"clinically proven\".\n\n"
     "Kava cures anxiety.", True),
    ("So watch for red-flag phrases like these:\n\n- \"cures anxiety\"\n- \"clinically proven to reverse diabetes\"\n"
     "- \"100% safe with no side effects\"\n- \"works for everyone\"\n- \"doctors agree\"", False),
    ("Watch for wording like this on kava labels:\n\n- \"Clinically proven to calm anxiety.\"\n- \"No side effects.\"",
     False),
    ("Our customers' favourite phrases:\n\n- \"Kava cured my anxiety.\"\n- \"No side effects at all!\"", True),
    ("Watch for phrases like \"may support\" on honest labels. Kava cures anxiety.", True),
    ("Red-flag symptoms include yellow skin. Kava is completely safe.", True),
    ("## Myths we hear every year\n\n**\"It's natural, so it's safe.\"** Natural doesn't mean risk-free.\n\n"
     "**\"Kava is non-addictive, so drink all you like.\"** Heavy daily use has its own harms.", False),
    ("## Common misconceptions\n\n\"Kratom is a safe alternative to opioids.\" It acts on opioid receptors.", False),
    ("## Common misconceptions\n\n\"Kratom is a safe alternative to opioids.\" It acts on opioid receptors.\n\n"
     "Kava is completely safe.", True),
    ("## Common misconceptions\n\n\"Kratom is a safe alternative.\" It is not.\n\n## Our kava\n\n"
     "\"Kava is completely safe,\" says our founder. We agree.", True),
    ("## Myths we hear\n\nThey told me \"kava is completely safe\" and I believed it.", True),
    ("## What customers say\n\n\"Kava cured my anxiety.\" It really did.", True),
    ("As for the \"nature's Prozac\" label, the products vary widely in strength.", False),
    ("That \"kava is completely safe\" line is everywhere online.", False),
    ("The \"no side effects\" claim on the kratom bag is false.", False),
    ("St. John's wort is \"nature's Prozac\" and works better than sertraline.", True),
    ("Our kava is \"completely safe\" for everyone.", True),
    ("People often tell me golden milk \"cures\" a cold; I can only promise it will warm your hands.", False),
    ("People tell me turmeric cures colds.", False),
    ("I tell my customers kava cures anxiety.", True),
    ("Our doctors tell me kava cures anxiety.", True),
    ("Merchants sold ginseng as a cure for nearly everything.", False),
    ("Ginseng's fame ran ahead of the evidence. Merchants sold it as a cure for nearly everything.", False),
    ("Peddlers hawked kratom as a cure for opioid addiction.", False),
    ("Vendors sold kava as a cure for anxiety.", False),
    ("We sold kava as a cure for anxiety.", True),
    ("Merchants sold ginseng, which cures fatigue.", True),
    ("Merchants sold ginseng in Canton. Ginseng cures fatigue.", True),
    ("Some trials found kava worked better than placebo for anxiety.", False),
    ("A few trials found St. John's wort worked better than placebo for mild depression.", False),
    ("Trials found St. John's wort worked better than placebo for mild depression.", True),
    ("Clinical trials have proven that kava works.", True),
])
def test_claims_set_out_to_be_judged_in_neutral_documents(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text, "page.md") if f.scope == "sentence"}
    assert bool(fired) == flagged


# Audit 44. A claim someone else made (a report verb, speech in quotation marks, a "Q:" letter) answered further on:
# sentences later, in the next paragraph, under the next heading, in the "A:" reply or a later forum reply. The answer
# is a rebuttal, a denial repeating the claim's words, or (for a denied risk) an affirmed harm, about the claim's
# substance. Near misses: the writer's own claim or an approving quote, an approving reply, a rebuttal of another
# substance, a verdict in an unrelated later section, "the market" or scare quotes taken for attribution, a reply to a
# question, a verdict that names and points back at nothing.
@pytest.mark.parametrize("text, flagged", [
    # answered later, past the next sentence: set aside
    ("A caller told the panel that kratom cured her addiction. She spoke for ten minutes. The board thanked "
     "her.\n\nA pharmacologist then testified that there is no evidence kratom treats addiction.", False),
    ("My cousin says kava has no side effects. He drinks it every weekend. He buys it online.\n\nKava has "
     "been linked to liver injury, so that claim does not hold up.", False),
    ("Q: My trainer says reishi cures diabetes. He sells it at the gym. Should I buy some?\n\nA: Thanks for "
     "writing. Reishi does not cure diabetes, and no trial has shown it does.", False),
    ("## What we heard\n\n\"Chaga reverses cancer,\" one vendor told us. He had a long line all "
     "morning.\n\n## The evidence\n\nThere is no clinical evidence that chaga reverses cancer.", False),
    ("A reader wrote that St. John's wort is safe with any medication. She takes it daily. She found it at "
     "a market.\n\nSt. John's wort interacts with many medicines, including birth control.", False),
    ("My neighbor says turmeric cures arthritis. She drinks it in milk. She swears by the taste.\n\nThat is "
     "not true: no trial has shown turmeric cures arthritis.", False),
    ("Posted by hopeful_mom: A friend told me elderberry prevents the flu. I bought two bottles. The kids "
     "like it.\n\nReply from nurse_k: Elderberry does not prevent the flu. Please get the vaccine.", False),
    ("The sign read, \"Kava cures insomnia. Guaranteed.\" It was hand-lettered.\n\nA sleep doctor said there "
     "is no evidence for that and no guarantee kava helps.", False),
    # the writer's own claim, an approving reply, another substance, another section, a seller noun, scare quotes,
    # a reply to a question, a verdict pointing at nothing: still flagged
    ("Kratom cured my addiction. I started this shop to help others. Kratom is not approved by the FDA, and "
     "we follow every rule.", True),
    ("As one customer put it: \"Kava cured my anxiety.\" We hear that every week. Kava is not for children.", True),
    ("My friend says kava has no side effects, and she's right. I drink it every night.\n\nShe's right "
     "about the taste, too.", True),
    ("A vendor told visitors that kava cures anxiety. Another sold kratom.\n\nA pharmacist said there is no "
     "evidence that CBD gummies cure pain.", True),
    ("## Kratom\n\nOne speaker told lawmakers that kratom cured his addiction. The bill moved on.\n\n## Raw "
     "milk\n\nThe vet said the claim that raw milk is safe is not true.\n\n## Dairy\n\nMore hearings follow.", True),
    ("Q: My aunt says ashwagandha cures insomnia. She takes it nightly.\n\nA: She's right! Ashwagandha "
     "works wonders.\n\nQ: Is kava safe?\n\nA: There is no evidence that kava is safe for the liver.", True),
    ("Most kava on the market cures anxiety in days. The shop opened in May. Sales are brisk.\n\nThere is "
     "no evidence that kava is addictive.", True),
    ("Full-spectrum oils work thanks to the \"entourage effect,\" which cures pain. Our oils are "
     "tested.\n\nSome say there is no evidence for the entourage effect.", True),
    ("My coach says kratom has no side effects. He uses it daily. Is that wrong? No, it is not.", True),
    ("A seller said kava cures anxiety. She was friendly. Kava is sold in tins. Regulators disagree.", True),
    # the writer approves before any answer comes: the claim is the writer's too
    ("A farmer told me, \"Reishi cures diabetes.\" We couldn't agree more.\n\nA doctor said there is no evidence "
     "that reishi treats diabetes.", True),
    ("One shop owner says ginkgo reverses memory loss. He's absolutely right, in our experience.\n\nNo trial has "
     "shown that ginkgo reverses memory loss.", True),
])
def test_reported_claims_answered_later_in_their_section(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text, "page.md") if f.scope == "sentence"}
    assert bool(fired) == flagged


# Audit 46: a reported claim set against the record ("…, the group insisted, despite poison-center reports") is
# rebutted; the writer's own claim "despite the warnings", or despite what others say, stays a claim. "Case reports"
# and "poison-center reports" record harms and attribute the claim before them to no one.
@pytest.mark.parametrize("text, flagged", [
    ("Delta-8 gummies are completely safe, an industry group insisted, despite poison-center reports.", False),
    ("Kratom is completely safe, the vendor insisted, despite the warnings.", False),
    ("Kratom is non-addictive, sellers say, in spite of federal warnings.", False),
    ("Despite the warnings, kratom is completely safe.", True),
    ("Kratom is completely safe, despite the warnings.", True),
    ("Kratom is completely safe despite what the warnings say.", True),
    ("Our kava has no side effects, despite the reports you may have read.", True),
    ("Kratom is completely safe, despite what the media reports.", True),
    ("Kratom is completely safe, despite reports of seizures.", True),
    ("Kratom is completely safe, despite case reports of liver injury.", True),
    ("Kratom is completely safe, despite poison-center reports.", True),
    ("Sellers say kratom is completely safe, but case reports of liver injury exist.", False),
])
def test_audit46_despite_the_record(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence"}
    assert bool(fired) == flagged


# Audit 57: a denied factive verb presupposes what follows ("many people don't realise that kava is a
# mushroom" asserts it); "know" only with other people as the ones who don't, since "I don't know that it
# works" doubts the claim. Negative concord: "ain't got no side effects" denies side effects.
@pytest.mark.parametrize("text, category, flagged", [
    ("A lot of folks don't know that ashwagandha is technically a mushroom.", "botanical", True),
    ("I didn't realise until last week that reishi is actually a flowering plant.", "botanical", True),
    ("Most people don't realize kratom cures opioid addiction.", "efficacy", True),
    ("I never realized kava is a mushroom.", "botanical", True),
    ("Many people don't realize that kava isn't a mushroom.", "botanical", False),
    ("Not many people know that reishi is a mushroom.", "botanical", False),
    ("I don't know that kava cures anxiety.", "efficacy", False),
    ("We don't know that kratom is safe.", "safety", False),
    ("People don't know whether kava cures anxiety.", "efficacy", False),
    ("Most people don't know if kratom is safe.", "safety", False),
    ("Kratom ain't got no side effects, trust me.", "safety", True),
    ("Kratom don't got no withdrawal.", "safety", True),
    ("Kava ain't got no proof it cures anxiety.", "efficacy", False),
    ("There ain't no such thing as a risk-free supplement, kava included.", "safety", False),
])
def test_audit57_factive_negation_and_concord(checker, text, category, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == category}
    assert bool(fired) == flagged


# Audit 56: a reader's letter signs its question after a dash, without quotes and often in emphasis ("Is it okay to
# take them together? — *Grey in Glasgow*"): still a question. A reply word after the dash ("? — Absolutely.") and a
# statement before a signature stay claims.
@pytest.mark.parametrize("text, flagged", [
    ("Dear Miriam, my friend takes kava. Is it okay to take it with wine? — *Grey in Glasgow*\n\nDear Grey, no.", False),
    ("Dear Doc, is kava safe to mix with wine? – Nervous, Leeds\n\nDear Nervous, please don't.", False),
    ("Can kratom cure my back pain for good? -- J. R., 34\n\nPlease do not count on it.", False),
    ("Is kava safe to drink with wine? — _Worried from Perth_\n\nNo.", False),
    ("Is kava safe with wine? — *Absolutely.*", True),
    ("Is kava safe with wine? — Absolutely, it is totally safe to mix with alcohol.", True),
    ("Kava is safe to take with alcohol. — *Grey in Glasgow*", True),
])
def test_audit56_signed_letter_questions(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence"}
    assert bool(fired) == flagged


# Audit 60: a belief reported by hearsay ("I heard kava is from Southeast Asia") is held at a distance when a
# rebuttal follows, a doubting question included ("Is that right?" answered no or left open); answered yes, or
# with nothing doubting it, the claim stands.
@pytest.mark.parametrize("text, flagged", [
    ("I heard kava is from Southeast Asia. Is that right?\n\nNo. Kava comes from the South Pacific.", False),
    ("I've heard that kratom is non-addictive. Is that true? No, it can cause dependence.", False),
    ("We were told chaga is an herb root. Is that correct?", False),
    ("I heard kava cures anxiety. It does not.", False),
    ("I heard kava is from Southeast Asia. Is that true?\n\nYes, it is.", True),
    ("I heard kava is a mushroom drink, and my friends agree.", True),
    ("I heard kratom is non-addictive, and it's true.", True),
])
def test_audit60_hearsay_then_rebuttal(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence"}
    assert bool(fired) == flagged
