"""Efficacy and sentence-level safety rules, with the context cues that exempt a claim.

Each case is a sentence written for these tests; near misses sit beside the hits."""
import pytest

FLAGGED_EFFICACY = [
    ("Our rhodiola capsules are clinically proven to lift energy.", "efficacy/evidence-overstatement"),
    ("Research confirms that valerian deepens sleep.", "efficacy/evidence-overstatement"),
    ("Trials have demonstrated that echinacea shortens colds.", "efficacy/study-shows-benefit"),
    ("This maca tonic is backed by science.", "efficacy/evidence-overstatement"),
    ("Doctors agree: ginger is the smartest pantry staple.", "efficacy/evidence-overstatement"),
    ("Ginkgo reverses memory loss in older adults.", "efficacy/cure-claim"),
    ("Chaga heals your gut from within.", "efficacy/cure-claim"),
    ("Our valerian tincture treats insomnia.", "efficacy/disease-treatment"),
    ("Kratom eliminates opioid cravings.", "efficacy/disease-treatment"),
    ("Elderberry prevents the flu.", "efficacy/disease-treatment"),
    ("This formula knocks out colds overnight.", "efficacy/disease-treatment"),
    ("Moringa: the natural cure for diabetes.", "efficacy/cure-noun"),
    ("Lion's mane works for everyone.", "efficacy/certainty"),
    ("Passionflower calms you every single time.", "efficacy/certainty"),
    ("Results guaranteed or your money back.", "efficacy/certainty"),
    ("Spirulina significantly improves stamina.", "efficacy/certainty"),
    ("Turmeric, the miracle root, is back in stock.", "efficacy/certainty"),
    ("Rhodiola amplifies ashwagandha's calming effect.", "efficacy/combination-synergy"),
    ("The synergy of reishi and chaga powers our blend.", "efficacy/synergy"),
    ("Kanna is as effective as Zoloft for low mood.", "efficacy/drug-comparison"),
]

PASSING_EFFICACY = [
    "Rhodiola has not been clinically proven to lift energy.",
    "Preliminary research suggests valerian may deepen sleep.",
    "There is no good evidence that ginkgo reverses memory loss.",
    "Can elderberry prevent the flu? The trials so far are small.",
    "If a label says it treats insomnia, be skeptical.",
    "Sellers claim chaga heals the gut, but no trial supports that.",
    "Echinacea has been studied for colds, with mixed results.",
    "Some people report that passionflower helps them unwind.",
    "Kratom is being studied as a possible aid for opioid withdrawal.",
    "No supplement works for everyone.",
    "Nobody knows whether rhodiola amplifies ashwagandha's effects.",
    "Turmeric may help with joint comfort.",
    "We will not tell you that moringa cures diabetes.",
    "Higher intake was associated with lower rates of depression in this cohort.",
]

FLAGGED_SAFETY = [
    ("Our valerian drops have zero side effects.", "safety/no-side-effects"),
    ("Unlike sleeping pills, passionflower is non-habit-forming.", "safety/non-addictive"),
    ("All of the relief, without the risk of addiction.", "safety/non-addictive"),
    ("Kratom is completely safe.", "safety/absolute-safety"),
    ("Blue lotus is harmless, so steep away.", "safety/absolute-safety"),
    ("Ginkgo plays nice with blood thinners.", "safety/safe-combination"),
    ("Valerian is safe to take with your sleeping pills.", "safety/safe-combination"),
    ("You can't overdose on chamomile.", "safety/no-overdose"),
    ("It's 100% natural, so it's safe.", "safety/natural-means-safe"),
    ("Kratom is a safe alternative to opioids.", "safety/safe-alternative"),
    ("Is valerian habit-forming? Nope.", "safety/risk-question-denied"),
]

PASSING_SAFETY = [
    "Kava is not risk-free.",
    "Natural doesn't mean safe.",
    "It isn't safe to combine kava with alcohol.",
    "Kratom is often marketed as a 'safe alternative to opioids', a claim the FDA rejects.",
    "Anyone promising 'no side effects' is selling something.",
    "Kratom is not 'non-addictive': regular use can lead to dependence.",
    "Is valerian habit-forming? It can be, with long use.",
    "Kava has been linked to liver injury.",
]


@pytest.mark.parametrize("text, rule", FLAGGED_EFFICACY + FLAGGED_SAFETY)
def test_claim_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", PASSING_EFFICACY)
def test_responsible_efficacy_language_passes(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", PASSING_SAFETY)
def test_responsible_safety_language_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


def test_question_answered_yes_is_a_claim(rules_fired):
    assert "efficacy/cure-claim" in rules_fired("Can turmeric cure arthritis? Absolutely.")
    assert not rules_fired("Can turmeric cure arthritis? Nobody knows yet.", "efficacy")


def test_finding_names_subject_and_carries_correction(checker):
    [finding] = [f for f in checker.check_text("Echinacea knocks out colds.") if f.category == "efficacy"]
    assert finding.subject == "echinacea"
    assert finding.text == "Echinacea knocks out colds"  # the claim with its subject
    assert "echinacea" in finding.message.lower()
    assert finding.correction


@pytest.mark.parametrize("proven", ["clinically proven", "100% proven", "fully proven"])
def test_safe_fix_for_evidence_overstatement(checker, proven):
    text = f"Our maca is {proven} to boost stamina."
    [finding] = [f for f in checker.check_text(text) if f.rule == "efficacy/evidence-overstatement"]
    assert finding.fix is not None
    fixed = text[: finding.fix.start] + finding.fix.replacement + text[finding.fix.end:]
    assert fixed == "Our maca is studied for its potential to boost stamina."  # no "100% studied"


# --- Generalisation: wordings and near misses beyond the seed phrasing -------------------------

FLAGGED_VARIANTS = [
    # imperative slogans name the product after the claim
    ("Beat insomnia tonight with our passionflower drops.", "efficacy"),
    ("Kiss your cramps goodbye: ginger capsules, twice a day.", "efficacy"),
    # more treatment verbs and conditions
    ("Our ginseng fixes erectile dysfunction.", "efficacy"),
    ("A spoonful of elderberry keeps colds at bay all season.", "efficacy"),
    ("This sea moss gel clears eczema in a week.", "efficacy"),
    ("Milk thistle reverses hair loss.", "efficacy"),
    # cures named as nouns
    ("Chamomile is the insomnia cure your grandmother knew.", "efficacy"),
    ("Rhodiola is an effective treatment for depression.", "efficacy"),
    # endorsements and counts of studies
    ("Backed by 30 peer-reviewed studies, our turmeric is the smart choice.", "efficacy"),
    ("Recommended by 8 out of 10 nutritionists, our moringa powder sells out fast.", "efficacy"),
    ("Reishi is a proven immune tonic.", "efficacy"),
    ("Studies show chlorella removes toxins from your body.", "efficacy"),
    # drug comparisons in other words
    ("Ginger works just as well as ibuprofen for sore muscles.", "efficacy"),
    ("Turmeric is more effective than most painkillers.", "efficacy"),
    ("Blue lotus is a natural alternative to Xanax.", "efficacy"),
    ("Chaga is natural chemo.", "efficacy"),
    ("Swap your sleeping pills for a valerian tea.", "efficacy"),
    # certainty and universality
    ("With elderberry in the cupboard you'll never get sick again.", "efficacy"),
    ("Our valerian works every night, without exception.", "efficacy"),
    # reciprocal synergy; synergy across a longer object
    ("Kava and kratom boost each other in every cup.", "efficacy"),
    ("CBD enhances the relaxing effect of chamomile.", "efficacy"),
    # risk denials in other words
    ("No nasty side effects, ever: that's our kanna.", "safety"),
    ("Steady energy from yerba mate, zero crash, zero dependency.", "safety"),
    ("Rhodiola focus without the jitters or the risk of dependency.", "safety"),
    ("Psilocybin is impossible to get addicted to.", "safety"),
    ("Kratom has never hurt anyone.", "safety"),
    ("CBD can't hurt your liver.", "safety"),
    ("Kava is kinder to your liver than a beer.", "safety"),
    ("Kratom is no more dangerous than coffee.", "safety"),
    ("St. John's wort won't mess with your meds.", "safety"),
    ("Ginseng has no known drug interactions.", "safety"),
    ("Reishi is a food, not a drug, so it's safe to take with any medication.", "safety"),
    ("Our elderberry syrup is safe for pregnant and breastfeeding moms.", "safety"),
    ("Our chamomile drops are gentle enough for babies.", "safety"),
    ("Take as many spirulina tablets as you want.", "safety"),
    ("No need to cycle off: rhodiola is safe to take indefinitely.", "safety"),
    ("There is no such thing as too much sea moss.", "safety"),
    ("Blue lotus is safe, legal and natural.", "safety"),
]

PASSING_VARIANTS = [
    # imperatives that make no claim, or whose product sits in another clause
    "Treat yourself to a matcha latte this weekend.",
    "Keep your kratom in an airtight jar, away from light.",
    "Fight the flu with rest and your annual shot; elderberry has not been proven to help.",
    # research news: risks, null results, use trends, limitations
    "Studies have shown that St. John's wort interacts with birth control pills.",
    "Research has confirmed that kava can damage the liver in rare cases.",
    "Studies show St. John's wort can reduce the effectiveness of birth control pills.",
    "The trial showed no difference between valerian and placebo.",
    "Research shows kratom use is rising among adults managing pain on their own.",
    "Data show that poison-center calls about kratom have risen sharply.",
    "A 2022 study showed that ashwagandha improved sleep in 80 adults, though larger trials are needed.",
    "A new study shows green tea drinkers had lower rates of heart disease, but it cannot prove cause and effect.",
    # endorsements and guarantees that are not health claims
    "Take elderberry only as recommended by your doctor.",
    "Satisfaction guaranteed: if you don't love our matcha, we'll refund you.",
    "Guaranteed fresh: we grind our chaga blend weekly.",
    # comparisons that are not drug comparisons, and debunked slogans
    "Matcha tastes better than coffee.",
    "Marketers call moringa a miracle tree, but it's just a nutritious leaf.",
    "The synergy of these herbs is a marketing story, not a finding.",
    "Ask your doctor whether any herb could replace your medication.",
]

PASSING_SAFETY_VARIANTS = [
    "Nobody can promise that any supplement is completely safe.",
    "'It's just a plant,' people say, but kratom has been tied to deaths.",
    "Psilocybin isn't addictive in the usual sense, but bad trips are real dangers.",
    "Kava can hurt your liver.",
    "Chamomile won't interfere with your sleep schedule.",
    "St. John's wort can interfere with many medications.",
    "Add as many ginger slices as you like to the broth.",
    "Whether CBD is safe during pregnancy is unknown, so avoid it.",
    "Keep out of reach of children and pets.",
    "No serious side effects were reported in the trial, but it was small.",
]


@pytest.mark.parametrize("text, category", FLAGGED_VARIANTS)
def test_claim_variants_are_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text", PASSING_VARIANTS)
def test_efficacy_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", PASSING_SAFETY_VARIANTS)
def test_safety_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


def test_imperative_claim_names_the_product_after_it(checker):
    [finding] = [f for f in checker.check_text("Beat anxiety naturally with our kava.") if f.category == "efficacy"]
    assert finding.subject == "kava"
    assert finding.text == "Beat anxiety"


CURE_AND_COMPARISON_VARIANTS = [
    ("Ashwagandha cures adrenal fatigue.", "efficacy"),
    ("Our moringa tea cured my chronic hiccups.", "efficacy"),  # "cures" whatever the object
    ("Cure your insomnia with chamomile.", "efficacy"),
    ("Sea moss is the ultimate thyroid healer.", "efficacy"),
    ("Echinacea tea protects your family from every cold.", "efficacy"),
    ("Elderberry syrup cuts flu recovery time in half.", "efficacy"),
    ("Chlorella removes mercury from your brain.", "efficacy"),
    ("Ginkgo improves memory in everyone who takes it.", "efficacy"),
    ("Passionflower is as calming as a benzodiazepine.", "efficacy"),
    ("Turkey tail makes chemotherapy work better.", "efficacy"),
    ("Our cordyceps is proven in clinical trials.", "efficacy"),
    ("Kanna is the safe, natural antidepressant.", "safety"),
    ("Psilocybin has no long-term side effects.", "safety"),
    ("Valerian is non-addicting.", "safety"),
    ("All the calm of a sedative, minus the risks: that's kava.", "safety"),
]

CURE_AND_COMPARISON_NEAR_MISSES = [
    "Kava root is cured in the sun before grinding.",
    "There is no cure kava can offer for anxiety disorders.",
    "Kava, as well as alcohol, can strain the liver.",
    "The evidence that elderberry shortens the flu comes from small, industry-funded trials.",
    "The idea that chlorella removes mercury from the brain has no support.",
    "Cut the ginger into thin coins before simmering.",
]


@pytest.mark.parametrize("text, category", CURE_AND_COMPARISON_VARIANTS)
def test_cure_and_comparison_variants_are_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text", CURE_AND_COMPARISON_NEAR_MISSES)
def test_cure_and_comparison_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


def test_each_no_in_a_list_governs_only_its_own_phrase(rules_fired):
    assert rules_fired("Valerian: the herbal sleep aid with no hangover and no habit.", "safety")
    assert not rules_fired("No supplement works for everyone and no herb is risk-free.", "efficacy")


# Red-team round 2: recovery claims, symptoms "gone", imperatives after an intro, risk minimizers,
# speaker-labelled answers, rebuttals of scarce evidence. Near misses on both sides.
ROUND_TWO_FLAGGED = [
    ("Kratom helps thousands of people get off heroin every year.", "efficacy"),
    ("Quit opioids the natural way with our kratom capsules.", "efficacy"),
    ("My migraines are gone since I started ginger chews.", "efficacy"),
    ("This winter, protect your family from the flu with our elderberry syrup.", "efficacy"),
    ("Tonight, beat insomnia with our valerian tea.", "efficacy"),
    ("I'm not a doctor, but ashwagandha fixed my thyroid.", "efficacy"),
    ("Milk thistle cleanses and rebuilds your liver overnight.", "efficacy"),
    ("Moringa is the most nutrient-dense plant on earth and heals everything from diabetes to arthritis.", "efficacy"),
    ("Lose 10 pounds in 10 days with green tea extract.", "efficacy"),
    ("Eleuthero increases stamina in all athletes.", "efficacy"),
    ("Rhodiola doubles your focus.", "efficacy"),
    ("Kratom withdrawal is basically nonexistent compared to opioids.", "safety"),
    ("The liver risks of kava are overblown.", "safety"),
    ("Host: Is kratom addictive? Guest: No, absolutely not.", "safety"),
    ("Kava is safe for long-term daily use.", "safety"),
    ("Turmeric puts zero strain on your liver.", "safety"),
]

ROUND_TWO_PASSING = [
    ("People who quit opioids often relapse within a year.", "efficacy"),
    ("Do not use kratom to get off opioids; talk to a doctor about approved treatment.", "efficacy"),
    ("My headaches are not gone, but the ginger tea is tasty.", "efficacy"),
    ("The nausea went away after I stopped taking the kava.", "efficacy"),
    ("Kratom withdrawal symptoms can take a week to disappear.", "efficacy"),
    ("If you have a cold, treat it with rest and fluids, not elderberry.", "efficacy"),
    ("Participants lost 2 kg in 12 weeks in the green tea trial.", "efficacy"),
    ("The study found that ginseng was effective in all participants.", "efficacy"),
    ("Double the dose of reishi if you feel a cold coming on.", "efficacy"),
    ("He swears lion's mane healed his nerve damage, but there's no trial showing anything like that.", "efficacy"),
    ("Advocates say CBD treats anxiety, but controlled trials are scarce.", "efficacy"),
    ("The risk of kratom addiction is real and not overblown.", "safety"),
    ("Critics say kava's liver risks are overblown, but the FDA disagrees.", "safety"),
    ("A: Is kratom addictive? B: It can be, yes.", "safety"),
]


@pytest.mark.parametrize("text, category", ROUND_TWO_FLAGGED)
def test_round_two_claims_are_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text, category", ROUND_TWO_PASSING)
def test_round_two_near_misses_pass(rules_fired, text, category):
    assert not rules_fired(text, category)


def test_product_page_bullets_take_the_page_topic_as_their_subject(checker):
    page = ("# Sunrise Rhodiola Drops\n\n"
            "Rhodiola is a hardy plant from the Arctic.\n\n"
            "- Clinically proven to banish fatigue\n"
            "- Completely safe for daily use\n")
    fired = {f.rule for f in checker.check_text(page, "page.md") if f.scope == "sentence"}
    assert {"efficacy/evidence-overstatement", "safety/absolute-safety"} <= fired


def test_research_sentences_without_a_product_stay_clean(checker):
    text = ("Rhodiola has been studied for fatigue.\n\n"
            "Several studies have shown that regular exercise improves sleep in older adults.\n")
    assert not [f for f in checker.check_text(text) if f.rule == "efficacy/evidence-overstatement"]


# Red-team round 3: evidence counts and "the science backs it", FDA-approval claims, off-medication
# testimonials, outcome percentages, "haven't been sick once", product nouns with modifiers
# ("our slippery elm powder"), and risk denials in new words. Near misses on both sides.
ROUND_THREE_FLAGGED = [
    ("Backed by more than 30 peer-reviewed clinical studies, our rhodiola is the smart pick.", "efficacy"),
    ("Hundreds of trials back our elderberry formula.", "efficacy"),
    ("Every trial on cordyceps has shown it boosts endurance.", "efficacy"),
    ("Our valerian capsules are FDA approved for sleep.", "efficacy"),
    ("After four months of St. John's wort I'm finally off my antidepressants.", "efficacy"),
    ("Ever since the kava I haven't needed a sleeping pill again.", "efficacy"),
    ("Our lion's mane tincture improves recall by 250%.", "efficacy"),
    ("This echinacea blend has a 97% success rate against colds.", "efficacy"),
    ("We started the elderberry gummies in October and the kids haven't gotten sick since.", "efficacy"),
    ("Cure heartburn for good with our organic ginger chews.", "efficacy"),
    ("This organic mushroom blend reverses memory loss.", "efficacy"),
    ("Our ginger chews bring instant, total relief from nausea.", "efficacy"),
    ("Saffron is the only supplement that really works for low mood.", "efficacy"),
    ("My rosacea is completely clear since I switched to the chamomile toner.", "efficacy"),
    ("Kratom has no known health risks.", "safety"),
    ("Ashwagandha is super safe for daily use.", "safety"),
    ("There's nothing harmful about our kanna extract.", "safety"),
    ("Our kratom capsules are completely free from any risk.", "safety"),
    ("With valerian, you never have to worry about dependence.", "safety"),
    ("Our moringa powder is non-toxic and gentle on the stomach.", "safety"),
    ("Kava does not cause liver damage when made with water.", "safety"),
    ("Kratom has a spotless safety record.", "safety"),
    ("You can safely mix our kava shots with wine.", "safety"),
    ("There is no such thing as a kratom overdose.", "safety"),
    ("The kava liver scare has been debunked.", "safety"),
    ("Feel free to give our passionflower tea to your toddlers.", "safety"),
    ("I've had 15 g of kratom daily for years and never had an issue, it's totally harmless.", "safety"),
]

ROUND_THREE_PASSING = [
    ("Few studies back the claims made for rhodiola.", "efficacy"),
    ("The science backs caution: kratom can cause dependence.", "efficacy"),
    ("Studies on mice have shown that reishi shrinks tumors.", "efficacy"),
    ("Kratom is not approved by the FDA for any medical use.", "efficacy"),
    ("The FDA approved Epidiolex, a prescription CBD drug, for rare seizure disorders.", "efficacy"),
    ("Buprenorphine is an FDA-approved medication for opioid addiction; kratom is not.", "efficacy"),
    ("FDA approval is required for drugs, not for supplements like ashwagandha.", "efficacy"),
    ("Never come off your antidepressants to try St. John's wort without your doctor.", "efficacy"),
    ("Take no more than three valerian pills a night.", "efficacy"),
    ("Kava prices rose by 25% after the cyclone.", "efficacy"),
    ("St. John's wort can increase the risk of bleeding by 20% with blood thinners.", "efficacy"),
    ("Reishi is marketed for immunity, though there is little human evidence that it prevents colds.", "efficacy"),
    ("Our chamomile comes with a 60-day money-back guarantee if you don't like the flavour.", "efficacy"),
    ("The only thing that works for a cold is time, whatever the elderberry ads say.", "efficacy"),
    ("Our turmeric capsules are printed with non-toxic ink.", "safety"),
    ("Our ginger chews come in non-toxic, recyclable pouches.", "safety"),
    ("The long-term risks of ashwagandha are not known.", "safety"),
    ("Kava can cause liver damage, even when made with water.", "safety"),
    ("You can safely take turmeric with food.", "safety"),
    ("You don't need to worry about the taste of our ashwagandha gummies.", "safety"),
    ("Feel free to mix flavours at our kava bar.", "safety"),
    ("Ginkgo can raise bleeding risk, so its safety record is not spotless.", "safety"),
    ("The kava liver warnings are real and worth reading.", "safety"),
]


@pytest.mark.parametrize("text, category", ROUND_THREE_FLAGGED)
def test_round_three_claims_are_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text, category", ROUND_THREE_PASSING)
def test_round_three_near_misses_pass(rules_fired, text, category):
    assert not rules_fired(text, category)


ROUND_THREE_SUBSTITUTION_AND_TESTIMONY = [
    ("Subject line: Beat insomnia tonight with our valerian tea", "efficacy"),
    ("Pro tip: kiss your migraines goodbye with our ginger chews.", "efficacy"),
    ("Toss the antacids; our ginger tonic settles your stomach for good.", "efficacy"),
    ("Skip your flu shot, our elderberry syrup has you covered.", "efficacy"),
    ("Once you start saffron, you won't need your antidepressants.", "efficacy"),
    ("Reach for turmeric instead of ibuprofen.", "efficacy"),
    ("I haven't had a single migraine since starting ginger capsules.", "efficacy"),
    ("Take echinacea daily and you won't catch a cold all winter.", "efficacy"),
    ("It is a scientific fact that ashwagandha lowers cortisol.", "efficacy"),
    ("Decades of science stand behind our reishi.", "efficacy"),
    ("Patients recovered four days sooner, proving that elderberry works.", "efficacy"),
    ("Elderberry syrup knocks the flu out in two days.", "efficacy"),
    ("Our CBD massage balm dissolves chronic back pain.", "efficacy"),
]

ROUND_THREE_SUBSTITUTION_NEAR_MISSES = [
    "Don't skip your flu shot because you take elderberry.",
    "Stop taking kratom gradually and with a doctor's help.",
    "I stopped my herbal supplements two weeks before surgery, as my doctor asked.",
    "Use our herbal tea instead of sugary sodas.",
    "I haven't been sick once since we moved to the coast.",
    "Nobody can promise you won't catch a cold, whatever echinacea ads say.",
    "This doesn't prove that elderberry works.",
    "Our capsules dissolve quickly in water.",
    "Proven ingredients that work together in our formula.",
    "Note: kava is not a treatment for anxiety disorders.",
]


@pytest.mark.parametrize("text, category", ROUND_THREE_SUBSTITUTION_AND_TESTIMONY)
def test_round_three_substitution_and_testimony_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text", ROUND_THREE_SUBSTITUTION_NEAR_MISSES)
def test_round_three_substitution_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Botanicals outside the knowledge base still make a sentence about a product.
UNLISTED_BOTANICAL_CLAIMS = [
    ("Lemon balm is a scientifically proven calming agent.", "efficacy"),
    ("Holy basil cures anxiety disorders.", "efficacy"),
    ("Feverfew makes migraines vanish for good.", "efficacy"),
    ("Goldenseal has zero side effects.", "safety"),
]

UNLISTED_BOTANICAL_NEAR_MISSES = [
    ("Lemon balm has been studied for sleep, with mixed results.", "efficacy"),
    ("Holy basil is not proven to treat anything.", "efficacy"),
    ("Goldenseal can interact with many medicines.", "safety"),
]


@pytest.mark.parametrize("text, category", UNLISTED_BOTANICAL_CLAIMS)
def test_unlisted_botanical_claims_are_flagged(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text, category", UNLISTED_BOTANICAL_NEAR_MISSES)
def test_unlisted_botanical_near_misses_pass(rules_fired, text, category):
    assert not rules_fired(text, category)


SAFETY_ROUND_THREE_MORE = [
    "Turmeric is so safe you can take it with any medication.",
    "Chamomile is so gentle that even newborns can drink it.",
    "Unlike melatonin, passionflower will never leave you groggy or dependent.",
    "There are zero documented deaths from kratom.",
    "Kava has never caused a single case of liver failure.",
    "Blue lotus is as safe as a cup of herbal tea.",
    "Ashwagandha can be taken safely with thyroid medication.",
    "There's no downside to taking rhodiola every day.",
]

SAFETY_ROUND_THREE_MORE_NEAR_MISSES = [
    "Kava is not as safe as its fans think.",
    "Keep your kitchen as safe as possible when brewing herbal teas.",
    "Ashwagandha was taken with food in the trial.",
    "The capsules are so mild that some people notice nothing.",
    "Reishi is as safe as any food mushroom, vendors say, but case reports of liver injury exist.",
]


@pytest.mark.parametrize("text", SAFETY_ROUND_THREE_MORE)
def test_more_risk_denials_are_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", SAFETY_ROUND_THREE_MORE_NEAR_MISSES)
def test_more_risk_denial_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


# "Effective for" claims need the product as the clause's subject; a trailing attribution distances.
EFFECTIVE_FOR_FLAGGED = [
    "Echinacea is effective against colds.",
    "Our kratom extract is an effective painkiller for chronic back pain.",
    "Black seed oil works wonders for asthma.",
    "Lion's mane supports recovery from concussion.",
    "Kava works better than therapy for social anxiety.",
    "Your hot flashes will stop within a week of starting our black cohosh capsules.",
]

EFFECTIVE_FOR_NEAR_MISSES = [
    "Ibuprofen is effective for arthritis pain, but turmeric has weaker evidence.",
    "What works for one person's anxiety may not work for another's, so ask a doctor before trying kava.",
    "Physical therapy works for back pain better than any herb.",
    "Curcumin was effective against cancer cells in a petri dish.",
    "Kratom is a lifesaver for people in withdrawal, fans claim, but the FDA warns it can cause dependence.",
    "Ginger ale is the best thing for a queasy stomach, my grandmother said, though it has little real ginger.",
]


@pytest.mark.parametrize("text", EFFECTIVE_FOR_FLAGGED)
def test_effective_for_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", EFFECTIVE_FOR_NEAR_MISSES)
def test_effective_for_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


LISTICLE_CLAIMS = [
    "8 herbs that heal a leaky gut.",
    "5 mushrooms that kill cancer cells.",
    "The 3 best herbs to cure anxiety without medication.",
    "Watch how this tea flushed my kidney stones in 3 days.",
    "Researchers have finally proven that kava calms the anxious brain.",
]

LISTICLE_NEAR_MISSES = [
    "Herbs that treat cancer do not exist, despite what some websites say.",
    "Mushrooms grow best in dark, damp corners of the forest.",
    "Supplements that cure anxiety are a myth.",
    "Flush the tincture dropper with warm water after each use.",
    "Doctors say adaptogens do not reduce anxiety in any measurable way.",
]


@pytest.mark.parametrize("text", LISTICLE_CLAIMS)
def test_listicle_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", LISTICLE_NEAR_MISSES)
def test_listicle_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Round four: opioid recovery, drug-likeness, fraud tip-offs, recovery verbs (irregular pasts), weak verdicts on
# "the evidence that …", and more risk denials. Each list has near misses on the other side.
ROUND_FOUR_EFFICACY = [
    "Our kratom powder lets you ride out opiate withdrawal on your own sofa.",
    "Red maeng da kratom keeps my brother off fentanyl.",
    "This kratom tea helped my cousin stay sober for two years.",
    "White vein kratom hits a lot like Percocet.",
    "Our kanna tincture behaves like an antidepressant.",
    "Kratom is basically the herbal Vicodin.",
    "The little-known Andean herb that erases arthritis pain ships today.",
    "Doctors hate this mushroom tonic that reverses diabetes.",
    "I overcame years of insomnia with passionflower tea.",
    "My eczema is finally behind me thanks to calendula balm.",
    "With echinacea drops my son shook off strep throat overnight.",
    "Turmeric capsules rival ibuprofen for knee pain.",
    "Science leaves no doubt that ginkgo restores memory.",
    "Moringa is a wonder herb for blood sugar.",
]

ROUND_FOUR_EFFICACY_NEAR_MISSES = [
    "The evidence that passionflower eases anxiety is modest, and the trials were short.",
    "Proof that milk thistle protects the liver is thin.",
    "The case for echinacea against colds remains weak.",
    "A vendor told me chaga cures diabetes, which no study supports.",
    "Methadone acts like other opioids but lasts longer in the body.",
    "Kratom binds the same receptors as oxycodone, which is why it can cause dependence.",
    "Kava does not work like Ativan, so never swap one for the other.",
    "The secret to good ginger tea is slicing the root thin.",
    "She overcame her doubts and tried ashwagandha, but it never helped her insomnia.",
    "We put last year's shipping problems behind us and restocked our chamomile.",
    "If you want to stay sober, talk to an addiction counselor before trying kratom.",
    "Kava goes well with pineapple juice.",
]

ROUND_FOUR_SAFETY = [
    "Honestly, there's no way to get addicted to this kratom.",
    "Nobody has ever overdosed on kava, so drink up.",
    "Our St. John's wort capsules mix fine with your prescriptions.",
]

ROUND_FOUR_SAFETY_NEAR_MISSES = [
    "Kratom can be addictive; there's no way to know who will get hooked.",
    "Kava mixes well with coconut milk for a smoother taste.",
    "People have overdosed on kratom products mixed with other drugs.",
]


@pytest.mark.parametrize("text", ROUND_FOUR_EFFICACY)
def test_round_four_efficacy_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", ROUND_FOUR_EFFICACY_NEAR_MISSES)
def test_round_four_efficacy_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", ROUND_FOUR_SAFETY)
def test_round_four_risk_denials_are_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", ROUND_FOUR_SAFETY_NEAR_MISSES)
def test_round_four_risk_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


# A label line names no product: it is about the product it is printed on, when it names a condition
# and no drug. A drug's own label line, or a line with no condition, is not flagged.
LABEL_LINES = [
    "Clinically proven to relieve menstrual cramps.",
    "Shrinks stubborn belly fat by 30% in four weeks.",
]

LABEL_LINE_NEAR_MISSES = [
    "Proven to lower blood pressure, lisinopril remains a first-line medication.",
    "Proven to taste great in smoothies.",
    "In the study, patients with migraines were proven to sleep less.",
]


@pytest.mark.parametrize("text", LABEL_LINES)
def test_label_lines_without_a_product_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", LABEL_LINE_NEAR_MISSES)
def test_label_line_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Combining to amplify ("stack X with Y to double …") is a synergy claim; a raised risk is not.
COMBINATION_AMPLIFY = [
    "Mix ashwagandha and rhodiola to triple your resilience.",
    "Combining reishi and chaga will supercharge your defenses.",
]
COMBINATION_AMPLIFY_NEAR_MISSES = [
    "Combining kratom and alcohol can double the risk of an overdose.",
    "Mix the turmeric and black pepper into warm milk.",
]
# Testimonials of no reaction, and "take it with no problem", deny a risk.
RISK_TESTIMONY = [
    "No one has ever had a single problem with our kratom.",
    "My kids drink the kava tea with no problem at all.",
]
RISK_TESTIMONY_NEAR_MISSES = [
    "No one has ever had a proper trial of kava for sleep.",
    "Kratom grows with no problem in humid climates.",
]


@pytest.mark.parametrize("text", COMBINATION_AMPLIFY)
def test_amplifying_combinations_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", COMBINATION_AMPLIFY_NEAR_MISSES)
def test_amplifying_combination_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", RISK_TESTIMONY)
def test_no_reaction_testimony_is_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", RISK_TESTIMONY_NEAR_MISSES)
def test_no_reaction_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


def test_colliding_inflections_get_one_lemma_whatever_the_set_order():
    """'has' is an inflection of 'have' and also listed as a lemma of its own: it must always read
    'have', or patterns over 'have' match in some runs and not in others (hash-seed order)."""
    from spacy.lang.en import English

    from claimcheck.lexicon import register_lemmas

    for order in (["has", "have"], ["have", "has"]):
        nlp = English()
        register_lemmas(nlp.vocab, order)
        assert [t.norm_ for t in nlp("she has it")] == ["she", "have", "it"]


# A benefit promised to everyone, at every age, or when everything else failed, is a certainty claim.
UNIVERSAL_BENEFIT = [
    "Every single user of our ashwagandha reports less stress.",
    "Each and every customer sleeps better on our chamomile blend.",
    "Our turmeric eases joint pain even when nothing else has worked.",
]
UNIVERSAL_BENEFIT_NEAR_MISSES = [
    "Talk to your doctor about kava no matter your age.",
    "Every customer gets a free sample of our reishi tea.",
]


@pytest.mark.parametrize("text", UNIVERSAL_BENEFIT)
def test_universal_benefits_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", UNIVERSAL_BENEFIT_NEAR_MISSES)
def test_universal_benefit_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# A label line that opens with the inflected verb names no product but is about one.
HEADLESS_TREATMENT = [
    "Soothes eczema flare-ups overnight.",
    "Knocks out sinus infections fast.",
]
HEADLESS_TREATMENT_NEAR_MISSES = [
    "Prevents migraines, and that is why doctors prescribe topiramate.",
    "Soothe the skin with a cool compress.",
    "Reduces the price of our kava by 10% this week.",
]


@pytest.mark.parametrize("text", HEADLESS_TREATMENT)
def test_headless_treatment_lines_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", HEADLESS_TREATMENT_NEAR_MISSES)
def test_headless_treatment_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# "Manage withdrawal/diabetes" is a treatment claim; people "among" whom something happens are not its subject.
MANAGE_CLAIMS = [
    "Handle opiate withdrawal at home with our kratom capsules.",
    "Manage your type 2 diabetes with bitter melon tea.",
    "Our kava manages panic attacks better than anything.",
]
MANAGE_NEAR_MISSES = [
    "Surveys find kratom use is common among veterans managing chronic pain.",
    "Doctors manage opioid withdrawal with buprenorphine, not kratom.",
]


@pytest.mark.parametrize("text", MANAGE_CLAIMS)
def test_manage_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", MANAGE_NEAR_MISSES)
def test_manage_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# More risk denials in fresh wording, with near misses.
ROUND_FOUR_MORE_RISK_DENIALS = [
    "Kava and wine make a safe pairing.",
    "Our kratom has never hurt a single customer.",
    "Trust me, you will never get addicted to kratom.",
    "Daily kava carries no long-term risk to your liver.",
]
ROUND_FOUR_MORE_RISK_NEAR_MISSES = [
    "Most people never get hooked on chamomile, but kratom is a different story.",
    "Kratom never hurt anyone, its sellers insist, but overdose deaths are documented.",
    "There is no long-term safety data for kava, so caution is warranted.",
]


@pytest.mark.parametrize("text", ROUND_FOUR_MORE_RISK_DENIALS)
def test_round_four_more_risk_denials_are_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", ROUND_FOUR_MORE_RISK_NEAR_MISSES)
def test_round_four_more_risk_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


# Testimonial outcomes: "took away", "nipped in the bud", "back to normal", opioid slang ("dope sickness").
TESTIMONIAL_OUTCOMES = [
    "Passionflower took away my panic attacks.",
    "Echinacea nipped my sinus infection in the bud.",
    "Two months of hibiscus tea and my blood pressure is back to normal.",
    "Our red kratom calms dope sickness within the hour.",
    "Kratom delivers the relief of oxycodone at a fraction of the price.",
]
TESTIMONIAL_OUTCOME_NEAR_MISSES = [
    "Kratom can raise blood pressure in some people.",
    "The effects of opioids on breathing are why kratom overdoses worry doctors.",
    "Kratom withdrawals can last a week or more.",
    "Measure your blood pressure before you try hawthorn.",
]


@pytest.mark.parametrize("text", TESTIMONIAL_OUTCOMES)
def test_testimonial_outcomes_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", TESTIMONIAL_OUTCOME_NEAR_MISSES)
def test_testimonial_outcome_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# A product said to work like a drug class or a drug named by its use is a drug comparison;
# tasting or looking like something, or a drug as the subject, is not.
DRUG_CLASS_LIKENESS = [
    "Our moringa tea works just like statins.",
    "Echinacea works just like antibiotics.",
    "This blend works like prescription drugs.",
    "Green tea acts just like blood pressure medication.",
    "Elderberry gummies work exactly like an antiviral.",
    "Our formula functions like prescription medication.",
    "Cinnamon capsules act like insulin for your blood sugar.",
]
DRUG_CLASS_LIKENESS_NEAR_MISSES = [
    "Elderberry may work like antibiotics in a test tube.",
    "Turmeric does not work like statins.",
    "Sellers claim echinacea works like antibiotics, but no trial shows it.",
    "Does echinacea work like antibiotics?",
    "This rooibos tastes just like black tea.",
    "Our turmeric tea bag works just like any other tea bag.",
    "Stack our kava filters just like coffee filters.",
    "Ginkgo acts like a blood thinner, so stop it before surgery.",
    "Our ginger capsules look just like prescription pills.",
    "Antibiotics work like a key in a lock, and elderberry is no key.",
]


@pytest.mark.parametrize("text", DRUG_CLASS_LIKENESS)
def test_drug_class_likeness_is_flagged(rules_fired, text):
    assert "efficacy/drug-likeness" in rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", DRUG_CLASS_LIKENESS_NEAR_MISSES)
def test_drug_class_likeness_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# "The natural X cure" for a condition named in several words or missing from the inline list.
CONDITION_CURE_NOUNS = [
    "Moringa: the natural high blood pressure cure.",
    "Ginger is the natural IBS cure.",
    "Rhodiola, the natural chronic fatigue cure.",
    "Black seed is the natural cholesterol cure.",
    "Our supplement is the common cold cure.",
    "Our blend is a natural hypertension remedy.",
    "Peppermint oil is the natural IBS cure.",
]
CONDITION_CURE_NOUN_NEAR_MISSES = [
    "Feverfew is no cure for migraines.",
    "Peppermint oil is no IBS cure, though some people find it soothing.",
    "Is there a natural IBS cure in ginger? Not really.",
    "Check the cure time for the glaze before firing.",
    "Apothecaries sold a blood pressure remedy made with mercury.",
    "A fatigue remedy for busy mornings: our maca latte.",
    "Rhodiola might one day be studied as a chronic fatigue remedy.",
]


@pytest.mark.parametrize("text", CONDITION_CURE_NOUNS)
def test_condition_cure_nouns_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", CONDITION_CURE_NOUN_NEAR_MISSES)
def test_condition_cure_noun_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# "a remedy for" a condition said of an herb the knowledge base does not list, or of the product
REMEDY_NOUNS = [
    "Hawthorn berry is a natural remedy for high blood pressure.",
    "Feverfew: the natural cure for migraines.",
    "Our tincture is a gentle remedy for insomnia.",
    "Echinacea is a powerful remedy against colds.",
    "Black cohosh is the best remedy for hot flashes.",
]

REMEDY_NOUN_NEAR_MISSES = [
    "Sleep is the remedy for stress and anxiety.",
    "The remedy for insomnia is often better sleep hygiene.",
    "Rest is the best remedy for the flu.",
    "Washing your hands is the best remedy against colds.",
    "Feverfew is a traditional remedy for headaches in English cottage gardens.",
    "Some herbalists consider hawthorn a remedy for heart failure.",
    "There is no cure for migraines, feverfew included.",
]


@pytest.mark.parametrize("text", REMEDY_NOUNS)
def test_remedy_nouns_are_flagged_for_any_herb_or_product(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", REMEDY_NOUN_NEAR_MISSES)
def test_remedy_noun_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text, subject", [
    ("Our chamomile tea is non-addictive.", "chamomile"),
    ("Valerian root gummies: zero dependence, ever.", "valerian"),
    ("Our kratom capsules are non-addictive.", "kratom"),
])
def test_a_no_dependence_promise_is_corrected_without_inventing_a_risk(checker, text, subject):
    """The finding must be true of whatever substance it names: the knowledge base does not
    say which ones cause dependence, so the message may not claim that this one does."""
    [finding] = [f for f in checker.check_text(text) if f.rule == "safety/non-addictive"]
    assert finding.subject == subject
    assert "cannot cause dependence" in finding.message and "carries" not in finding.message
    assert f"{subject} can cause dependence" not in finding.correction.lower() or subject == "kratom"


# efficacy/certainty and efficacy/synergy outside health copy: hype words about a café, a hot
# sauce, a return policy, a recipe or a sales team are no claim of effect, while the same words
# beside an effect on the body stay flagged. Myth-versus-fact labels and a denied universal with
# an aside ("No herb, kava included, …") deny the claim they introduce.
HYPE_OUTSIDE_HEALTH = [
    # certainty words about design, shipping, seeds, policies, recipes and gadgets
    "The old train station downtown is a miracle of restoration work.",
    "It was a small miracle that the bakery opened on time.",
    "Our kava bowl is hand-carved, and each one is a miracle of craftsmanship.",
    "This chili oil is guaranteed to make your eyes water.",
    "Our chamomile seeds are guaranteed to sprout within ten days or we refund you.",
    "Every order of ginger tea is guaranteed to ship within two business days.",
    "Each reishi grow bag is guaranteed to produce at least one flush.",
    "Our mailing list is guaranteed ad-free.",
    "Organic certification guarantees that no synthetic fertilizers were used.",
    "Fresh maca, guaranteed.",
    "Our store's refund rule has no exceptions for opened kava packets.",
    "Our elderberry farm sells out every fall, no exceptions.",
    "Our help desk answers most tickets within minutes.",
    "We send you a tracking number for your kava within minutes.",
    "The butter melts in minutes once the turmeric paste goes in.",
    "This bread recipe works every time.",
    "This elderberry jam sets perfectly every time.",
    "This podcast is a remedy for anyone bored of diet talk.",
    "Our tea room has something for everyone.",
    "The turmeric stains on the counter came out instantly with baking soda.",
    "We moved our valerian warehouse to Ohio for good.",
    "Once and for all, here is how to pronounce 'ashwagandha'.",
    "Our matcha whisk never fails to froth the tea.",
    "Diabetic patients showed impaired immediate memory and visuospatial skill.",
    # synergy words about food, drink and business
    "The synergy of cumin and coriander is the heart of this curry.",
    "Ginger and turmeric complement each other in this golden soup.",
    "Black pepper and turmeric are better together in a curry, flavor-wise.",
    "Cardamom and cinnamon complement each other in a chai blend.",
    "Garlic and ginger amplify each other's flavors in a stir-fry.",
    "The synergy between our sales and marketing teams drove record growth.",
    "The synergy of ginseng growers and local chefs created a new farmers' market.",
    "Ginger and honey are better together in cookies.",
    # myth-versus-fact labels, denied universals with an aside
    "Myth: Echinacea prevents colds.",
    "MYTH: Kratom cures opioid addiction.",
    "Myth #3: Turmeric cures arthritis.",
    "Myth 2: Kava, taken daily, cures anxiety.",
    "False: valerian treats insomnia.",
    "Myth — elderberry prevents the flu.",
    "No herb, kava included, treats anxiety disorders.",
    "No supplement, reishi included, can reverse heart disease.",
    "No herb, including kratom, treats opioid addiction.",
]

HYPE_ABOUT_AN_EFFECT = [
    ("Our kratom works every time.", "efficacy/certainty"),
    ("Maca is guaranteed to boost your libido.", "efficacy/certainty"),
    ("Guaranteed to ease joint pain or your money back.", "efficacy/certainty"),
    ("We guarantee you'll sleep better with our valerian blend.", "efficacy/certainty"),
    ("Add sunlight and a good routine, and this combination guarantees a brighter winter.", "efficacy/certainty"),
    ("Kanna lifts your mood, guaranteed.", "efficacy/certainty"),
    ("Deeper sleep in 7 nights, guaranteed, or your money back.", "efficacy/certainty"),
    ("Kava is a miracle herb.", "efficacy/certainty"),
    ("Meet chaga, the miracle mushroom your immune system has been craving all winter.", "efficacy/certainty"),
    ("This tea works miracles for bloating.", "efficacy/certainty"),
    ("Moringa is a miraculous healer.", "efficacy/certainty"),
    ("Our rhodiola is effective for everyone.", "efficacy/certainty"),
    ("Valerian knocks me out every time.", "efficacy/certainty"),
    ("Our sleep tea knocks you out every time, without fail.", "efficacy/certainty"),
    ("Valerian never fails to put me to sleep.", "efficacy/certainty"),
    ("This chamomile tea relaxes you instantly.", "efficacy/certainty"),
    ("Feel calmer instantly with our passionflower drops.", "efficacy/certainty"),
    ("Within minutes, our CBD drops melt your stress away.", "efficacy/certainty"),
    ("Our kava calms me down within minutes.", "efficacy/certainty"),
    ("This blend lifts your mood once and for all.", "efficacy/certainty"),
    ("Lion's mane restores memory permanently.", "efficacy/certainty"),
    ("After ten weeks of reishi, I was able to stop taking my antidepressants for good.", "efficacy/drug-substitution"),
    ("Burnout doesn't stand a chance: rhodiola restores your energy for good.", "efficacy"),
    ("The synergy between kratom and kava delivers a calm you can feel.", "efficacy/synergy"),
    ("These two herbs work better together for sleep.", "efficacy/synergy"),
    ("Our blend delivers amplified effects.", "efficacy/synergy"),
    ("Kratom and kava are better together.", "efficacy/synergy"),
    ("Kava and kratom complement each other, promoting deep calm.", "efficacy/synergy"),
    ("Ginkgo and ginseng complement each other for memory.", "efficacy/synergy"),
    ("Maca and ginseng amplify each other's energizing effects.", "efficacy/synergy"),
    ("Full-spectrum oils outperform isolates thanks to the entourage effect.", "efficacy/synergy"),
    ("Our mushroom blend harnesses the synergy of six adaptogens.", "efficacy/synergy"),
    ("Passionflower and valerian are better together than either alone.", "efficacy/synergy"),
    # a label that asserts, and a myth label with the claim in the next sentence
    ("Fact: Echinacea prevents colds.", "efficacy"),
    ("Forget the myths: turmeric cures arthritis.", "efficacy"),
    ("Myth-busting time! Kratom treats opioid addiction.", "efficacy"),
    ("Kava, our favorite herb, treats anxiety disorders.", "efficacy"),
]


@pytest.mark.parametrize("text", HYPE_OUTSIDE_HEALTH)
def test_hype_outside_health_passes(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text, rule", HYPE_ABOUT_AN_EFFECT)
def test_hype_about_an_effect_is_flagged(rules_fired, text, rule):
    fired = rules_fired(text, "efficacy")
    assert rule in fired if "/" in rule else fired


def test_myth_label_also_covers_risk_denials(rules_fired):
    assert not rules_fired("Myth: kratom is non-addictive.", "safety")
    assert "safety/non-addictive" in rules_fired("Fact: kratom is non-addictive.")


@pytest.mark.parametrize("text, subject", [
    ("Our elderberry syrup is simmered with raw honey, ginger and cinnamon. A spoonful of our syrup stops the flu.",
     "elderberry"),
    ("Each bottle holds CBD pressed from hemp seed oil. Research confirms that it relieves chronic pain.", "cbd"),
    ("We love turmeric. A spoonful of our syrup stops the flu in its tracks.", "turmeric"),
])
def test_a_claim_without_a_name_is_about_the_last_sentences_subject(checker, text, subject):
    """Not the last ingredient of the sentence before: its first-named substance, most often its subject."""
    assert {f.subject for f in checker.check_text(text) if f.category == "efficacy"} == {subject}


def test_a_sentence_with_several_claims_is_one_finding_that_tells_each_once(checker):
    """Two rules matching the same words ('natural Valium' is a drug comparison and a drug
    likeness) add one 'Also:', not two; a different claim in the sentence adds its own."""
    text = "I drink valerian tea every night and it knocks my insomnia out cold; it's like a natural Valium."
    [finding] = [f for f in checker.check_text(text) if f.category == "efficacy"]
    assert finding.message.count("Also:") == 1 and finding.message.count("Valium") == 1


# An effect amplified together with alcohol, an opioid or a sedative is the interaction a warning
# describes, not a synergy on offer; a combination hedged with may/might/could claims nothing.
@pytest.mark.parametrize("text", [
    "Whiskey and kava magnify each other, so keep them apart.",
    "Taken together, kratom and oxycodone boost the effect on your breathing.",
    "Combining kava with sleeping pills intensifies the effects of both.",
    "Kratom and benzodiazepines amplify each other's effects.",
    "Mixing ashwagandha with rhodiola might amplify the effects of both.",
    "Combining lemon balm and valerian could intensify the calm.",
])
def test_amplified_effects_with_a_partner_or_hedged_are_no_synergy_claim(rules_fired, text):
    assert "efficacy/synergy" not in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Lemon balm and valerian magnify each other at bedtime.",
    "Combining lion's mane with cordyceps intensifies the effects of both.",
    "Stack maca with ginseng and you will double the drive.",
])
def test_amplified_effects_of_two_botanicals_are_a_synergy_claim(rules_fired, text):
    assert "efficacy/synergy" in rules_fired(text)


# Treating a substance's own harm (its withdrawal, dependence, toxicity) says nothing of what the
# substance cures; a sentence naming a second substance still claims that one treats it.
@pytest.mark.parametrize("text", [
    "For many people, the best treatment for kratom dependence is a slow taper under medical care.",
    "An effective treatment for kava toxicity starts with stopping the kava.",
    "Clinics say the go-to treatment for kratom addiction is counselling plus medication.",
])
def test_treating_the_substances_own_harm_is_no_cure_claim(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Kava is an effective treatment for kratom dependence.",
    "Kratom is a proven treatment for opioid addiction.",
])
def test_one_substance_as_treatment_for_another_is_a_cure_claim(rules_fired, text):
    assert rules_fired(text, "efficacy")


# Audit 8: "plays well/nice with" is a safety claim only with a medicine or a drink; Latin names
# given as "known to botanists as" / "scientifically known as"; a miracle for a complaint.
@pytest.mark.parametrize("text, rule", [
    ("Our kava plays nice with your evening meds.", "safety/safe-combination"),
    ("Valerian plays well with antidepressants.", "safety/safe-combination"),
    ("Kava, known to botanists as Mitragyna speciosa, calms the mind.", "botanical/wrong-latin-name"),
    ("Kratom is scientifically known as Piper methysticum.", "botanical/wrong-latin-name"),
    ("Black cohosh has been a miracle for my night sweats.", "efficacy/certainty"),
    ("Chamomile is a miracle for sleepless toddlers.", "efficacy/certainty"),
])
def test_audit8_wordings_are_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Maca plays well with cinnamon in a morning smoothie.",
    "Ashwagandha plays nice with oat milk and honey.",
    "Kava, known to botanists as Piper methysticum, is a Pacific shrub.",
    "Kratom is scientifically known as Mitragyna speciosa.",
    "This planner is a miracle for sleepless new parents.",
])
def test_audit8_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# A substance and a drink or medicine as one subject that "mix fine" is a combination claim;
# a mixer, a food or a denial is not.
@pytest.mark.parametrize("text", [
    "Kratom and whiskey mix totally fine in our experience.",
    "Wine and valerian go together nicely before bed.",
    "Ashwagandha and antidepressants work together just fine.",
])
def test_a_pair_that_mixes_fine_is_a_combination_claim(rules_fired, text):
    assert "safety/safe-combination" in rules_fired(text)


@pytest.mark.parametrize("text", [
    "Vodka and soda mix perfectly well with our kava bar snacks.",
    "Kava and oat milk mix just fine in a blender.",
    "Kratom and alcohol don't mix well at all.",
    "Do kava and beer mix safely?",
])
def test_pairs_with_a_mixer_or_denied_are_no_combination_claim(rules_fired, text):
    assert "safety/safe-combination" not in rules_fired(text)


# Audit 23: a population that reports its own use ("many people report using kratom to …") states why it
# uses a product, like "many people use kratom to …"; the writer's own customers or product, a researcher's
# finding, or a source that cannot settle a reported claim are told apart.
@pytest.mark.parametrize("text, flagged", [
    ("Many people report using kratom to ease opioid withdrawal.", False),
    ("In one poll, respondents described taking ashwagandha for insomnia.", False),
    ("Surveys of kava drinkers show that many reported drinking it to relieve anxiety.", False),
    ("Thousands of adults admit taking kratom to manage back pain.", False),
    ("Our customers report using our kratom to end withdrawal.", True),
    ("Researchers report that kratom eases withdrawal.", True),
    ("I report using kratom to cure my anxiety.", True),
])
def test_audit23_reported_use_is_no_claim(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


@pytest.mark.parametrize("text, flagged", [
    ('A caller told the hearing that kava "cured my anxiety." Polls like that cannot show whether kava works.', False),
    ("Shop owners say kratom cures insomnia, but self-reports can't tell us whether it helps.", False),
    ("Fans insist chaga cures cancer. Anecdotes cannot establish that it does.", False),
    ("Kratom cures insomnia. Surveys cannot show whether it helps.", True),
    ('A caller told the hearing that kava "cured my anxiety." Researchers say kava works.', True),
])
def test_audit23_source_that_cannot_settle_a_claim_rebuts_it(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 23: statistics in parentheses do not cut a hedge's reach ("associated with", "may") short: their
# semicolons end no clause and their tokens do not count against the hedge's word limit. A word that
# starts a new clause inside the parentheses, or a claim after them in a new sentence, is still governed
# by nothing.
@pytest.mark.parametrize("text, flagged", [
    ("Valerian was associated with shorter sleep onset (mean difference -12 min; 95% CI -20 to -4; low certainty) "
     "and fewer night wakings.", False),
    ("Kava may modestly reduce anxiety (SMD -0.5; 95% CI -0.9 to -0.1; six trials) and ease insomnia.", False),
    ("Ashwagandha was linked to lower stress scores (n = 412; p = 0.03) and lower anxiety scores.", False),
    ("Kava may relax you a little (results vary; ask anyone). Kava cures anxiety.", True),
    ("Turmeric may soothe joints (though honestly it cures arthritis outright).", True),
])
def test_audit23_parenthetical_statistics_keep_hedges(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 23: a result placed in a laboratory or animal setting ("in test-tube studies", "in laboratory
# studies of cells", "in rodent studies") qualifies the claim; a claim about the reader's own cells or joints
# does not.
@pytest.mark.parametrize("text, flagged", [
    ("Ginger extract has been shown to block nausea signals in test-tube studies.", False),
    ("In laboratory studies, turmeric was shown to reduce inflammation.", False),
    ("Lion's mane has been shown to protect nerve cells in rodent studies.", False),
    ("In preclinical research, chaga shrank tumors.", False),
    ("Curcumin calms inflammation in the cells of your joints.", True),
    ("Turmeric is proven to reduce inflammation in your knees.", True),
])
def test_audit23_preclinical_setting_hedges(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 25: "the miracle tree" is moringa's nickname, not a promise (a miracle tree *for* something still is);
# a miracle noun for a complaint ("the miracle answer to sleepless nights"); "guarantees you'll have more
# energy"; a universal detox ("removes all toxins from your liver"); a menu-board drink before a dash
# ("Kanna Spritz — heals depression"); a demonstrative verdict in the next sentence rebuts a reported claim.
@pytest.mark.parametrize("text, flagged", [
    ("Moringa, the miracle tree, is grown across India.", False),
    ("Moringa is called the miracle tree.", False),
    ("This miracle tree cures diabetes.", True),
    ("Moringa is a miracle tree for your joints.", True),
    ("Our passionflower drops are the miracle answer to sleepless nights.", True),
    ("Ashwagandha is a miraculous solution for stress.", True),
    ("Hiring a second barista was the miracle answer to our kava bar's long lines.", False),
    ("Is rhodiola the miracle answer to fatigue?", False),
    ("This moringa guarantees you'll have more energy by day three.", True),
    ("We guarantee your moringa order will ship within two days.", False),
    ("We guarantee the freshness of every batch of our energy tea.", False),
    ("Milk thistle removes all toxins from your liver.", True),
    ("Our chlorella clears all the toxins from your blood.", True),
    ("Rinse the sea moss twice to remove all the impurities from the gel.", False),
    ("Your liver clears toxins from your blood on its own, no tea required.", False),
    ("Kanna Spritz — heals depression in one glass.", True),
    ("Reishi Cocoa: cures insomnia.", True),
    ("Kava Colada — noble kava, pineapple, coconut.", False),
    ("Kava Spritz — pairs well with our sliders.", False),
    ("My neighbor says elderberry cures the flu. That's overstated.", False),
    ("People say reishi cures cancer. That claim is overblown.", False),
    ("Elderberry cures the flu. That's overstated.", True),
])
def test_audit25_nicknames_miracle_nouns_guarantees_detox_menus_verdicts(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 26: reported claims set aside by what follows them — a pair judged at once ("Neither statement is
# supported"), "…, which is not how pharmacology works", an appositive someone does not believe ("a claim his
# doctor doesn't buy"), and "very different from saying …". Near misses: the writer's own claim with the
# same words nearby, and "different from" comparing two things.
@pytest.mark.parametrize("text, category, flagged", [
    ('One tin says "valerian is clinically proven to end insomnia." Another calls it "non-addictive." '
     "Neither statement is supported.", "efficacy", False),
    ('A vendor calls the tea "clinically proven for sleep." A second calls it "side-effect-free." Neither claim is '
     "backed up, and both should worry you.", "safety", False),
    ('The clerk insisted that kava "can\'t hurt your liver," which is not how hepatotoxicity works.', "safety", False),
    ("My uncle says turmeric cured his arthritis, a claim his rheumatologist doesn't buy.", "efficacy", False),
    ("She says reishi cured her eczema — a claim her dermatologist, she admits, does not believe.", "efficacy", False),
    ("That is a long way from saying ashwagandha treats anxiety disorders.", "efficacy", False),
    ("Reduced inflammation in mice is very different from saying turmeric cures arthritis.", "efficacy", False),
    ("Valerian cures insomnia. Neither of my sisters believed me.", "efficacy", True),
    ("Kava is non-addictive, which is not how most sedatives behave.", "safety", True),
    ("Turmeric cures arthritis, and we don't buy cheap turmeric.", "efficacy", True),
    ("Kava is very different from kratom, and it cures anxiety.", "efficacy", True),
])
def test_audit26_reported_claims_set_aside(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# Audit 26: a mailbag question signed after a dash ('"…?" — Gloria, Florida') is still a question; an answer
# after the dash, a statement signed the same way, or a "yes" reply is not.
@pytest.mark.parametrize("text, flagged", [
    ('Q: "Does turkey tail work for everyone?" — Gloria, Florida', False),
    ('"Is kava completely safe for my liver?" - Dev, Ohio', False),
    ('"Can reishi cure my allergies?" – J. R., 34', False),
    ('"Is kava completely safe?" — Absolutely, it is completely safe.', True),
    ('"Kava is completely safe." — Dev, Ohio', True),
    ('Q: "Does turkey tail work for everyone?" — Gloria, Florida\n\nA: Yes. It works for everyone.', True),
])
def test_audit26_signed_mailbag_questions(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 26: a combination said to outdo each of its parts ("better than any one mushroom alone", "stronger than
# either herb by itself"); near misses compare taste, price or sales, or set one product against others.
@pytest.mark.parametrize("text, flagged", [
    ("Together they guard your immune system, and the blend works far better than any one mushroom alone.", True),
    ("Our rhodiola and ginseng blend is stronger than any single herb on its own.", True),
    ("Kava and kratom together hit harder than either drink by itself.", True),
    ("The trio is more effective than any one herb alone.", True),
    ("Reishi works better than any other mushroom alone.", False),
    ("This reishi cocoa tastes better than either ingredient alone.", False),
    ("Our reishi blend costs less than any one mushroom alone would.", False),
    ("Reishi and chaga sell better than any single mushroom on its own at our market.", False),
    ("Whether kava and kratom together work better than either drink alone has never been studied.", False),
])
def test_audit26_combination_outdoes_each_part(rules_fired, text, flagged):
    assert ("efficacy/synergy" in rules_fired(text, "efficacy")) == flagged


# Audit 26: brain chemistry "restored" or "rebalanced" as fact is a body-reset claim; hedged, denied, measured
# or credited to something other than a product, it is not.
@pytest.mark.parametrize("text, flagged", [
    ("Kanna lifts your mood and restores healthy serotonin levels within days.", True),
    ("Our kanna extract rebalances your brain chemistry.", True),
    ("Saffron capsules restore dopamine levels in two weeks.", True),
    ("Kanna may help restore serotonin levels, but the research is thin.", False),
    ("Sunlight and exercise restore serotonin levels.", False),
    ("There is no evidence that kanna rebalances brain chemistry.", False),
    ("Researchers measured serotonin levels after a single dose of kanna.", False),
])
def test_audit26_brain_chemistry_reset(rules_fired, text, flagged):
    assert ("efficacy/body-reset" in rules_fired(text, "efficacy")) == flagged


# Audit 26: a quoted claim that opens a sentence after another ('… hedges. "Cures anxiety" is a red flag.') is
# judged in its own sentence; the same quote endorsed or stated by the writer is still a claim.
@pytest.mark.parametrize("text, flagged", [
    ('Read the label of any kava tea. "Cures anxiety" is a red flag.', False),
    ('Check the valerian box. "Guaranteed sleep" should make you skeptical.', False),
    ('We love our kava. "Kava cures anxiety." We agree.', True),
    ('We tested it. "Kava is completely safe," I wrote, and I meant it.', True),
])
def test_audit26_quote_opening_a_sentence(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 28: reported claims set aside. A quoted wording judged as an account of the evidence ('"Clinically proven"
# is not a fair description of the research'); "the statement that …" rebutted, with a negation inside the quote
# ('the statement that it "has never killed anyone" cannot be supported'); a report followed by "Is that wrong?"
# (but not when answered "No."); quoted examples listed under a judging line that names them as examples or
# wordings. Near misses: the same claims unquoted, unrebutted, endorsed, or listed under a line that judges nothing.
@pytest.mark.parametrize("text, flagged", [
    ('"Clinically proven to cure" is not a fair description of the research on ashwagandha.', False),
    ('"Totally safe" is not an accurate summary of what we know about kratom.', False),
    ('The statement that kratom "has never killed anyone" cannot be supported.', False),
    ("The suggestion that kava cures anxiety is not supported by trials.", False),
    ("Our founder made a statement that kava is completely safe.", True),
    ("We stand by the statement that kava is completely safe.", True),
    ("Clinically proven to cure anxiety, our ashwagandha is not a fair description of a tea.", True),
])
def test_audit28_statements_judged(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("My naturopath said ashwagandha is clinically proven to cure anxiety. Is that wrong?", False),
    ("My coach says kratom has no side effects. Is he wrong?", False),
    ("My coach says kratom has no side effects. Is that wrong? No, it is not.", True),
    ("Ashwagandha is clinically proven to cure anxiety. Is that wrong? Not at all.", True),
    ("My coach says kratom has no side effects. Is that true? Yes, it is.", True),
])
def test_audit28_is_that_wrong(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


@pytest.mark.parametrize("text, flagged", [
    ('Each of these examples is an unsupported claim, and none should appear on a label:\n\n- "Cures arthritis."\n'
     '- "Clinically proven to lower blood pressure."\n', False),
    ('Be skeptical of wording like this:\n\n- "Turmeric cures arthritis."\n- "Kratom has no side effects."\n', False),
    ('Some example reviews from our customers:\n\n- "Turmeric cured my arthritis."\n', True),
    ('None of these examples are rare:\n\n- Turmeric cures arthritis.\n', True),
    ('Be skeptical of wording like this:\n\n- "Cures arthritis."\n\nOur turmeric cures arthritis.', True),
])
def test_audit28_quoted_example_lists(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 34: warning-letter excerpts that quote the violative claim and judge it ('Your website includes the following
# claim: "…" This claim establishes that your product is intended to treat a disease.', 'your label states that … "…";
# this is a disease claim', '…, a claim for which it had no substantiation'), and claims named as examples ('promoted
# with claims such as "…"', 'Examples of claims on your site include: "…"'). Near misses: the same frames endorsed by
# the writer, with no verdict, or with "disease claims" that judge nothing; "states" as a noun.
@pytest.mark.parametrize("text, flagged", [
    ('Your website includes the following claim: "Kratom cures opioid withdrawal." This claim establishes that your '
     'product is intended to treat a disease.', False),
    ('Your listing stated: "Our sea moss heals thyroid disease." Such statements establish that your product is '
     'intended to treat a disease.', False),
    ('Your label states that your echinacea "kills the flu virus"; this is a disease claim.', False),
    ('For example, your page states that your elderberry syrup "prevents the flu"; such a claim is a disease claim '
     'under 21 CFR 101.93(g).', False),
    ('The company claimed its turmeric was "clinically proven to reverse arthritis," a claim for which it had no '
     'substantiation.', False),
    ('Your product "CalmKava" is promoted with claims such as "eliminates panic attacks."', False),
    ('The seller promoted its reishi with statements such as "shrinks tumors."', False),
    ('Examples of claims observed on your Instagram account include: "Our CBD oil shrinks tumors."', False),
    ('Examples of such claims on your product labels include: "Valerian reverses insomnia."', False),
    ("The following claim is true: turmeric reverses arthritis.", True),
    ("We stand by the following claims: elderberry prevents the flu.", True),
    ("Our label states that elderberry prevents the flu.", True),
    ('Your website includes the following claim: "Kratom cures opioid withdrawal."', True),
    ("Ashwagandha cures insomnia; our disease claims are backed by science.", True),
    ("Our reishi is sold in all 50 states and shrinks tumors.", True),
    ("Kratom cures opioid withdrawal. This claim establishes our lead.", True),
])
def test_audit34_warning_letter_quotes(rules_fired, text, flagged):
    assert bool(rules_fired(text)) == flagged


# Audit 34: a drug interaction denied as "interacts with no medications"; a safe substitute with "non-stimulant" or
# "non-habit-forming" before "alternative". Near misses: "no fewer than", "no problem", a denied denial, an
# alternative to something that is no drug.
@pytest.mark.parametrize("text, flagged", [
    ("St. John's wort interacts with no medications.", True),
    ("Our CBD interacts with no other drugs.", True),
    ("Kava interacts with no known prescription medications.", True),
    ("Eleuthero is a safe, non-stimulant alternative to Adderall.", True),
    ("Kava is a safe, non-habit-forming alternative to Xanax.", True),
    ("St. John's wort interacts with no fewer than fifty drugs.", False),
    ("Kava powder interacts with no problem in cold water.", False),
    ("It is false that ginkgo interacts with no medications.", False),
    ("Valerian is a safe, non-drowsy alternative to the noisy bar downtown.", False),
])
def test_audit34_interactions_and_alternatives(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 34: listing titles and ads. A clause-final "Guaranteed" promises only within its "|" or "•" segment ("Works
# Every Time | Satisfaction Guaranteed" keeps the first promise; "Relaxing Evenings | Satisfaction Guaranteed"
# promises nothing); "… Heavy Metals From Your Body Guaranteed"; a listing name whose head is a kind of product
# ("Liver Detox", "Immune Support", "Sleep Aid") is the subject of the claim after its dash. Near misses: a service
# or a shipping note after such a name.
@pytest.mark.parametrize("text, flagged", [
    ("CBD Gummies for Pain | Works Every Time | Satisfaction Guaranteed", True),
    ("Kava Shots | Calms You Every Time • Satisfaction Guaranteed", True),
    ("Chlorella Detox – Removes Mercury and Heavy Metals From Your Body Guaranteed", True),
    ("Milk Thistle Liver Detox – Repairs Liver Damage", True),
    ("Milk Thistle Liver Support – Reverses Cirrhosis", True),
    ("Valerian Sleep Aid – Cures Insomnia", True),
    ("Elderberry Immune Defense: prevents the flu", True),
    ("Kava Bowls | Relaxing Evenings | Satisfaction Guaranteed", False),
    ("Maca Powder | Removes Clumps Easily | Freshness Guaranteed", False),
    ("Our maca removes the guesswork from breakfast, guaranteed.", False),
    ("Kava Support: answers your questions about kava", False),
    ("Kratom Support: helps families cope with addiction", False),
    ("Milk Thistle Liver Support – Supports Healthy Liver Function", False),
    ("Elderberry Immune Support – shipped in 2 days", False),
])
def test_audit34_listing_titles(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 38: an overdose denied with "without (any) risk of overdose" / "zero risk of overdose"; an effect
# "guaranteed for every user"; a combined effect "that no single herb can match"; a brand name in capitals
# introduced as a product ("CALMWAVE FORTE is a herbal blend …"); an accurate note on the one FDA-approved form
# ("CBD is FDA-approved only as the prescription drug Epidiolex"). Near misses: an overdose risk affirmed, a
# shipping or a refund promise, "no single herb is safe", acronyms and capitals that no text introduces.
@pytest.mark.parametrize("text, category, flagged", [
    ("Our valerian drops are gentle and without any risk of overdose.", "safety", True),
    ("This kratom extract offers relief without the risk of overdose.", "safety", True),
    ("Kava tea has zero risk of overdose.", "safety", True),
    ("High doses of kratom carry a real risk of overdose.", "safety", False),
    ("Never take kratom without talking to a doctor about the risk of overdose.", "safety", False),
    ("The effect of our kava blend is guaranteed for every user.", "efficacy", True),
    ("Results are guaranteed for everyone who takes our ashwagandha.", "efficacy", True),
    ("Relief from our turmeric capsules is guaranteed for all customers.", "efficacy", True),
    ("Free shipping on our kava is guaranteed for every order.", "efficacy", False),
    ("A refund on our ashwagandha is guaranteed for every customer within 30 days.", "efficacy", False),
    ("Kava and kratom work together to create a calm that no single herb can match.", "efficacy", True),
    ("Reishi and chaga give you an immune boost no single mushroom could ever match.", "efficacy", True),
    ("No single herb is safe for everyone, and kava is no exception.", "efficacy", False),
    ("No single supplement, kava included, can replace sleep.", "efficacy", False),
    ("CALMWAVE FORTE is a traditional herbal blend of kava and passionflower. CALMWAVE FORTE eliminates anxiety.", "efficacy", True),
    ("The NCCIH funds kava research. NCCIH studies anxiety treatments.", "efficacy", False),
    ("WARNINGS AND PRECAUTIONS. Kava may ease anxiety in some people.", "efficacy", False),
    ("CBD is FDA-approved only as the prescription drug Epidiolex, for rare seizure disorders.", "efficacy", False),
    ("The only FDA-approved CBD product is Epidiolex.", "efficacy", False),
    ("Our CBD oil is FDA-approved for anxiety.", "efficacy", True),
])
def test_audit38_overdose_guarantee_synergy_capitals(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# Audit 38: claims held at a distance. A quoted claim judged "is not something any study has shown"; a wording
# the writer warns about ("be careful with 'clinically proven'"); a testimony answered "a story is not a trial";
# the idiom "for what it's worth", whose "it" is no product. Near misses: the claim made outright, a caution about
# a product that still makes the claim, "for what it does" (a real pronoun subject).
@pytest.mark.parametrize("text, flagged", [
    ("\"Kratom cures depression\" is not something any study has shown.", False),
    ("\"Reishi reverses diabetes\" isn't something the research supports.", False),
    ("Kratom cures depression, and that is something every user knows.", True),
    ("Be careful with \"clinically proven\" on reishi labels.", False),
    ("Be skeptical of \"scientifically proven\" on any kava tin.", False),
    ("Our reishi is clinically proven, so be careful with the dose.", True),
    ("Listeners wrote in saying kava cured their insomnia. But a story is not a trial.", False),
    ("Customers tell us kratom cured their back pain. Anecdotes aren't evidence, though.", False),
    ("Kava cured my insomnia. Stories are not evidence, but I know what I felt.", True),
    ("I started drinking kava last spring. For what it's worth, lots of people manage anxiety with therapy and time.", False),
    ("I started drinking kava last spring. It manages my anxiety completely.", True),
])
def test_audit38_distanced_quotes_and_idioms(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 52: pet, children's, dental, nootropic, microdosing and hemp-THC copy. The specialists of a product's
# market agreeing or recommending ("pediatricians agree", "vet-recommended"); pet and dental diseases cured;
# a stack, a nootropic, a seltzer, a cream or a detox tea as the product; microdosing as what is taken; hemp
# cannabinoids other than delta-8 (THC, HHC, delta-9); a pair "together" raising a faculty; a product form
# "with" its herb before a listing's break; a safe natural stand-in for a drug class. Near misses: agreement
# that evidence is missing, a vet's past-tense advice, a pronoun "together we", the sedative effect doubled,
# a drug-test risk, a drug that is the anesthetic, a topic "with" before the break, hedged and negated forms.
@pytest.mark.parametrize("text, category, flagged", [
    ("Pediatricians agree: our elderberry syrup is the best defense against colds.", "efficacy", True),
    ("Vets agree that our turmeric chews keep old joints young.", "efficacy", True),
    ("Dentist-recommended licorice root lollipops for healthier teeth.", "efficacy", True),
    ("Vet-recommended turmeric chews for senior dogs.", "efficacy", True),
    ("Many pediatricians agree there is little evidence for elderberry in toddlers.", "efficacy", False),
    ("Vets agree that there is no proof CBD calms dogs.", "efficacy", False),
    ("Our vet recommended we stop the turmeric chews before surgery.", "efficacy", False),
    ("Dentists agree that flossing daily matters.", "efficacy", False),
    ("Do vets agree that CBD helps dogs with storms?", "efficacy", False),
    ("Our turmeric chews cure hip dysplasia in large breeds.", "efficacy", True),
    ("This paste heals gum disease in a week.", "efficacy", True),
    ("Our nootropic cures ADHD, no prescription needed.", "efficacy", True),
    ("Our cream heals eczema overnight.", "efficacy", True),
    ("Hip dysplasia is common in large breeds, so ask your vet about screening.", "efficacy", False),
    ("Surgery can fix hip dysplasia in many dogs.", "efficacy", False),
    ("Our nootropic helps you focus through long afternoons.", "efficacy", False),
    ("This stack sharpens recall by 30% — clinically proven.", "efficacy", True),
    ("Studies prove microdosing boosts creativity.", "efficacy", True),
    ("Studies on microdosing have mostly found placebo-sized effects.", "efficacy", False),
    ("Hemp-derived delta-9 gummies cure chronic pain.", "efficacy", True),
    ("HHC gummies cure migraines for good.", "efficacy", True),
    ("Delta-9 THC is the main intoxicating compound in cannabis.", "efficacy", False),
    ("Lion's mane and psilocybin together amplify neurogenesis.", "efficacy", True),
    ("Taken together, rhodiola and ginseng boost performance.", "efficacy", True),
    ("Combine reishi with cordyceps to boost memory.", "efficacy", True),
    ("Lion's mane and reishi may together boost mood, but no trial has tested it.", "efficacy", False),
    ("Together we boost mood with our chamomile tea menu.", "efficacy", False),
    ("Mixing kava with kratom doubles the sedative effect.", "efficacy", False),
    ("Sleep tea with valerian — cures insomnia.", "efficacy", True),
    ("Calming drops with chamomile: heals anxiety fast.", "efficacy", True),
    ("Tea with valerian: what the research says about insomnia", "efficacy", False),
    ("Sleep tea with valerian — may ease occasional sleeplessness.", "efficacy", False),
    ("Living with anxiety: notes from a kava drinker", "efficacy", False),
    ("Detox tea that flushes toxins and melts fat while you sleep.", "efficacy", True),
    ("There is no evidence that detox tea melts fat.", "efficacy", False),
    ("Microdosing has no side effects at all.", "safety", True),
    ("Microdosing is not risk-free, and the law is unsettled.", "safety", False),
    ("Some people say microdosing has no side effects, but there is little data.", "safety", False),
    ("Hemp-derived THC seltzers: no hangover, no risk.", "safety", True),
    ("THC gummies: zero risk, all fun.", "safety", True),
    ("Our CBD has under 0.3% THC and no risk of a failed drug test.", "safety", False),
    ("THC can impair driving for hours.", "safety", False),
    ("Kava's numbing effect makes it a safe, natural anesthetic for dental work.", "safety", True),
    ("Garlic is a harmless herbal antibiotic.", "safety", True),
    ("Our valerian tea is a safe, natural sleeping pill.", "safety", True),
    ("Lidocaine is a safe anesthetic when your dentist gives it.", "safety", False),
    ("Clove oil is a natural anesthetic that may numb a toothache.", "safety", False),
    ("Kava is not a safe, natural anesthetic.", "safety", False),
])
def test_audit52_markets_products_and_stand_ins(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# Audit 54 (research and news register): a study arm named by a hyphenated adjective ("CBD-treated
# patients") is no treatment claim, nor is a lowered measure of a condition ("anxiety scores"); a stated
# weakness of a review (heterogeneity, risk of bias, low certainty) distances the finding it reports;
# "the findings prove/confirm" settles a benefit; a product said to detoxify heavy metals is a detox claim.
@pytest.mark.parametrize("text, category, flagged", [
    ("Valerian-treated patients reported less insomnia at week 4 than the placebo group.", "efficacy", False),
    ("The ginger-treated arm had fewer nausea complaints at follow-up.", "efficacy", False),
    ("In kava-treated volunteers, anxiety was lower after six weeks.", "efficacy", False),
    ("Kava - treats anxiety and stress.", "efficacy", True),
    ("Chamomile treated my insomnia in a week.", "efficacy", True),
    ("Our CBD-infused cream relieves joint pain.", "efficacy", True),
    ("Ashwagandha 250 mg lowered anxiety scores more than placebo.", "efficacy", False),
    ("Compared with control, lavender reduced depression ratings by two points.", "efficacy", False),
    ("Curcumin reduced pain subscale scores at week 8.", "efficacy", False),
    ("Valerian reduces insomnia, and its ratings on our site are glowing.", "efficacy", True),
    ("Turmeric eases joint pain; customer ratings agree.", "efficacy", True),
    ("A pooled analysis reported that rhodiola relieved fatigue, but heterogeneity was high.", "efficacy", False),
    ("Trials found that ginger eased nausea, though they carried a high risk of bias.", "efficacy", False),
    ("Studies found that lavender calms anxiety; the evidence is of very low certainty.", "efficacy", False),
    ("Trials found that ginger eased nausea.", "efficacy", True),
    ("Our findings prove that rhodiola fights fatigue.", "efficacy", True),
    ("These results confirm that valerian improves sleep in older adults.", "efficacy", True),
    ("The findings have definitively established that reishi strengthens immunity.", "efficacy", True),
    ("Our results confirm that kava can harm the liver.", "efficacy", False),
    ("The findings do not prove that reishi strengthens immunity.", "efficacy", False),
    ("These findings suggest that valerian may improve sleep.", "efficacy", False),
    ("Chlorella detoxifies heavy metals.", "efficacy", True),
    ("Our chlorella tablets detoxify heavy metals while you sleep.", "efficacy", True),
    ("Chlorella grown in polluted ponds can accumulate heavy metals.", "efficacy", False),
    ("Chlorella does not detoxify heavy metals.", "efficacy", False),
])
def test_audit54_research_register(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


# Audit 59: vocabulary shared with a kitchen, a staff manual and a business. A combination that tastes better
# than either part alone is no synergy claim; what a staff member "will hear" is reported, and "do not repeat
# those claims" rebuts it; "proven" said of a business model, a venue concept or a recipe (the head of the
# clause's subject, past an auxiliary: "the model has been proven") is no proof claim.
@pytest.mark.parametrize("text, category, flagged", [
    ("Shiitake and kombu together taste more savory than either alone.", "efficacy", False),
    ("Mushroom and kombu stock is more savory than either alone.", "efficacy", False),
    ("Matcha and vanilla taste better than either alone.", "efficacy", False),
    ("A turmeric and ginger paste is more fragrant than either alone.", "efficacy", False),
    ("Ginger and turmeric together cost less than either alone.", "efficacy", False),
    ("The two mushrooms together are tastier than either alone.", "efficacy", False),
    ("Ashwagandha and rhodiola together calm you more than either alone.", "efficacy", True),
    ("Reishi and chaga together work better than either alone.", "efficacy", True),
    ("Together, reishi and lion's mane are more effective than either alone.", "efficacy", True),
    ("Reishi and chaga together help you sleep more deeply than either alone.", "efficacy", True),
    ('You will hear that matcha "burns fat", that mate "detoxes the liver", or that green tea "cures" something. '
     "Do not repeat those claims.", "efficacy", False),
    ("You'll hear customers say that matcha cures anxiety. Don't repeat those claims.", "efficacy", False),
    ("You may hear that turmeric cures arthritis. There is no evidence for that.", "efficacy", False),
    ("Customers will tell you that yerba mate detoxes the liver. Do not repeat those claims.", "efficacy", False),
    ("You will hear that yerba mate detoxes the liver, and it does.", "efficacy", True),
    ("You will hear that yerba mate detoxes the liver.", "efficacy", True),
    ("My herbalist will tell you that ashwagandha cures insomnia, and she is right.", "efficacy", True),
    ("Matcha burns fat. Do not repeat this to your friends without a smile.", "efficacy", True),
    ("In CBD, the subscription model has been proven mainly in the sense that it has been tried.", "efficacy", False),
    ("For CBD brands, the business model has been proven in three markets.", "efficacy", False),
    ("Our kava bar concept has been proven in two cities.", "efficacy", False),
    ("The CBD subscription model has been proven profitable.", "efficacy", False),
    ("Our CBD oil has been proven to reduce anxiety.", "efficacy", True),
    ("The formula has been proven effective for sleep.", "efficacy", True),
    ("This ashwagandha blend has been proven in clinical trials.", "efficacy", True),
    ("Our kava is proven to relieve stress.", "efficacy", True),
    ("Our CBD brand is clinically proven to calm anxiety.", "efficacy", True),
])
def test_audit59_shared_vocabulary(rules_fired, text, category, flagged):
    assert bool(rules_fired(text, category)) == flagged


@pytest.mark.parametrize("text", [
    "After a month of kava I was able to stop taking my Xanax for good.",
    "Thanks to rhodiola, she was able to stop taking her antidepressants for good.",
])
def test_of_two_claims_that_open_at_the_same_word_the_graver_speaks(checker, text):
    """'stop taking my Xanax' drops a medicine (an error); 'stop taking my Xanax for good' also promises a
    certain effect (a warning): the finding is the medicine dropped, and the promise is told after it."""
    [finding] = [f for f in checker.check_text(text) if f.category == "efficacy"]
    assert finding.rule == "efficacy/drug-substitution" and "Also:" in finding.message


@pytest.mark.parametrize("text, rule", [
    ("Our kanna gummies rebalance your brain chemistry.", "efficacy/body-reset"),
    ("These melatonin drops reset your body clock overnight.", "efficacy/body-reset"),
    ("Our kanna gummies rebalance your brain.", "efficacy/cure-claim"),
    ("This chaga tea heals your gut lining.", "efficacy/cure-claim"),
])
def test_a_body_system_that_goes_on_into_a_rhythm_is_reset_not_repaired(checker, text, rule):
    """Cure claims and body resets open at the same verb; the cure claim's object stops short of "brain chemistry"
    or "body clock", so it must not take the sentence from the reset claim, which reads the whole object."""
    [finding] = [f for f in checker.check_text(text) if f.category == "efficacy"]
    assert finding.rule == rule
