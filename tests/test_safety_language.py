"""Sentence-scope safety language and the context cues around it: risk denials whose own "no" is
read by a longer negation cue, "cannot cause" denials, short answers to risk questions, rebutted
and debunked attributions, and safe-alternative claims that name no drug."""
import pytest

# "there is/are no …": the cue "there is no" ends on the denial's own "no" and denies nothing;
# a negation outside the denial still does ("it is not true that …", "no one should claim …").
THERE_IS_NO_DENIALS = [
    "There are no side effects from our kanna extract.",
    "There is no risk of addiction with our kratom capsules.",
    "There are no known side effects of our ashwagandha gummies.",
    "There is no withdrawal with our kava shots.",
    "Rest assured, there are no side effects from our valerian drops.",
    "There are no adverse effects from our turmeric capsules.",
    "Our kratom is gentle, and there is no risk of addiction.",
    "There is no dependency with kratom.",
    "Good news: there are no side effects with ashwagandha.",
    "There are truly no side effects from our CBD gummies.",
]
THERE_IS_NO_NEGATED = [
    "It is not true that kratom has no side effects.",
    "There is no such thing as a supplement with no side effects.",
    "No one should claim there are no side effects.",
    "There is no evidence that kava has no side effects.",
    "Don't believe anyone who says there are no side effects from kratom.",
    "Nobody can promise there are no side effects from kratom.",
    "No honest seller says there are no side effects.",
    "We would never claim there is no risk of addiction with kratom.",
    "There are no long-term studies on the side effects of ashwagandha.",
    "There are no side effects listed on the label, but that does not mean there are none.",
]


@pytest.mark.parametrize("text", THERE_IS_NO_DENIALS)
def test_there_is_no_denial_is_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", THERE_IS_NO_NEGATED)
def test_negated_there_is_no_denial_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


# "cannot cause" / "could never lead to" denials; the hedge "could" gives way to "could never".
CANNOT_CAUSE_DENIALS = [
    "Our kratom cannot cause addiction.",
    "Kratom is not an opioid, so it cannot cause dependence.",
    "Kava can't cause liver damage.",
    "Kratom could never cause addiction.",
    "Kava would never cause liver damage.",
    "Ashwagandha can't lead to dependence.",
    "Kratom will never lead to withdrawal.",
    "Used alone, kava cannot cause liver damage.",
    "Kratom cannot possibly cause addiction.",
    "Kratom can't result in addiction.",
]
CANNOT_CAUSE_NEAR_MISSES = [
    "Kava cannot cause a mushroom allergy because it is a root.",
    "Kratom may not cause addiction in everyone.",
    "It is false that kratom cannot cause addiction.",
    "Nobody can say kratom cannot cause addiction.",
    "Kratom cannot cure addiction.",
    "Claims that kratom cannot cause addiction are false.",
    "We cannot promise that kratom won't cause addiction.",
    "Kava could never be proven to cure anxiety.",
    "Kava could not be proven to ease anxiety in the trial.",
    "Decaf coffee cannot cause caffeine withdrawal.",
]


@pytest.mark.parametrize("text", CANNOT_CAUSE_DENIALS)
def test_cannot_cause_denial_is_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", CANNOT_CAUSE_NEAR_MISSES)
def test_cannot_cause_near_miss_passes(rules_fired, text):
    assert not rules_fired(text)


# The longest short answer wins ("absolutely not" over "absolutely"); risk questions in more words.
RISK_QUESTIONS_DENIED = [
    "Is kratom addictive? Absolutely not.",
    "Is kratom habit-forming? Definitely not.",
    "Is kava toxic? Certainly not!",
    "Is ashwagandha dangerous? Of course not.",
    "Is kava bad for your liver? Not at all.",
    "Is kratom bad for your kidneys? No.",
    "Can kava damage your liver? Not in the slightest.",
    "Can kratom hurt you? No way.",
    "Can you get addicted to kratom? Absolutely not.",
    "Are there any risks with kratom? None.",
]
RISK_QUESTIONS_NOT_DENIED = [
    "Is kratom addictive? Absolutely.",
    "Is kratom addictive? Definitely, yes.",
    "Is kratom habit-forming? Certainly!",
    "Is kava bad for your liver? It can be, in rare cases.",
    "Is kava safe for your liver? Not always.",
    "Is kratom legal everywhere? Absolutely not.",
    "Is kratom addictive? Of course it can be.",
    "Is kava a mushroom? Of course not.",
    "Is St. John's wort safe with birth control? Definitely not.",
    "Is kava bad for your liver? We don't know for sure.",
]


@pytest.mark.parametrize("text", RISK_QUESTIONS_DENIED)
def test_risk_question_answered_no_is_flagged(rules_fired, text):
    assert "safety/risk-question-denied" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", RISK_QUESTIONS_NOT_DENIED)
def test_risk_question_not_denied_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


# Attributed claims: a verdict on the claim rebuts it; praise, a negated verdict or
# "can't go wrong" does not.
REBUTTED_ATTRIBUTIONS = [
    "The vendor says kava has no side effects, which is untrue.",
    "The brand says its kratom has no side effects, which is simply wrong.",
    "One vendor claims kava is completely safe; that claim overstates the evidence.",
    "The label says the tea has no side effects, but the evidence says otherwise.",
    "A customer told us kratom is non-addictive, but controlled trials are less convincing.",
    "The website said kava was completely safe, which should have been a red flag.",
    "The company says its CBD has no side effects, a claim the FTC has challenged.",
    "Sellers market kratom as a safe alternative to opioids, but the FDA disagrees.",
    "Our old supplier said kava was risk-free. That was wrong.",
    "A clerk told me kratom can't cause addiction, which is incorrect.",
]
UNREBUTTED_ATTRIBUTIONS = [
    "Our customers say kava has no side effects.",
    "Customers swear our kratom has no side effects, so you can't go wrong.",
    "Reviews say our kava has no side effects, and that is true.",
    "Our reviews say the kava is completely safe, with no false promises.",
    "Our herbalist says kratom is non-addictive, and she is never wrong.",
    "Users say our kratom has no withdrawal, which is no exaggeration.",
    "Customers say our kava is completely safe, and nobody has challenged that.",
    "Reviewers say our kratom is non-addictive, which is not misleading at all.",
    "Customers say the liver fears are unfounded: kava is completely safe.",
    "We promise our kratom has no side effects.",
]


@pytest.mark.parametrize("text", REBUTTED_ATTRIBUTIONS)
def test_rebutted_attribution_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


@pytest.mark.parametrize("text", UNREBUTTED_ATTRIBUTIONS)
def test_unrebutted_attribution_is_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


# Debunking frames negate the claim they introduce; "contrary to popular belief, X" asserts X.
DEBUNKED = [
    "It's a common misconception that CBD has no side effects.",
    "It is wrong to call kratom non-addictive.",
    "A widespread misconception is that kratom is non-addictive.",
    "It's a mistake to say ashwagandha has no side effects.",
    "People wrongly believe that kratom has no side effects.",
    "Many shoppers mistakenly think CBD has no side effects.",
    "Sellers falsely claim kratom is non-addictive.",
    "It's misleading to describe kratom as non-addictive.",
    "Myth: kava is completely safe.",
    "The belief that kratom is non-addictive is a misconception.",
]
NOT_DEBUNKED = [
    "Contrary to popular belief, kratom is non-addictive.",
    "Contrary to what you've heard, kava is completely safe.",
    "Myth busted: kava is completely safe.",
    "It's a mistake to skip your evening kava, which has no side effects.",
    "Forget the misconception that kava is dangerous; it is completely safe.",
    "There's a misconception about natural remedies, but our kava is completely safe.",
    "Misconceptions aside, kratom is non-addictive.",
    "The real myth is that kratom is risky; it is completely safe.",
    "Wrongly banned in some states, kratom is non-addictive.",
    "It's not a myth; our kava has no side effects.",
]


@pytest.mark.parametrize("text", DEBUNKED)
def test_debunking_frame_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


@pytest.mark.parametrize("text", NOT_DEBUNKED)
def test_frame_that_asserts_the_claim_is_flagged(rules_fired, text):
    assert rules_fired(text, "safety")


# safety/safe-alternative: only a substitute for a drug or another risky substance.
SAFE_ALTERNATIVES = [
    "Kratom is a safe alternative to prescription opioids.",
    "Kava is a safe alternative to alcohol.",
    "Valerian tea is a safe alternative to sleeping pills.",
    "St. John's wort is a safe, natural alternative to antidepressants.",
    "Kava is a safe substitute for Xanax.",
    "Kratom offers a safe replacement for your pain medication.",
    "Our kava is a safer alternative to your evening glass of wine.",
    "Passionflower is a safe alternative to anti-anxiety medication.",
    "Hawthorn is a safe alternative to blood pressure medication.",
    "Kratom is the safest way to come off pain pills.",
]
NOT_SAFE_ALTERNATIVES = [
    "Our kava bar is a safe alternative to the crowded pubs on Main Street.",
    "Silicone lids are a safe alternative to plastic wrap.",
    "Walking is a safer alternative to running for bad knees.",
    "A ride-share is a safe alternative to driving home after drinking.",
    "Kava is not a safe alternative to opioids.",
    "Is kratom a safe alternative to opioids?",
    "Meditation is a safe way to quit overthinking.",
    "Our herbal lounge is a safe alternative to the usual kava bar crowd.",
    "Kava bars are a safe alternative to nightclubs for sober-curious people.",
    "Our glass bottles are a safe replacement for plastic ones.",
]


@pytest.mark.parametrize("text", SAFE_ALTERNATIVES)
def test_safe_alternative_to_a_drug_is_flagged(rules_fired, text):
    assert "safety/safe-alternative" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", NOT_SAFE_ALTERNATIVES)
def test_safe_alternative_to_no_drug_passes(rules_fired, text):
    assert "safety/safe-alternative" not in rules_fired(text, "safety")


# Risk denials need a health or product setting (audit round 3, pattern H): "no side effects",
# "zero dependencies", "no withdrawal", "safe to combine", "no overdose" and a denied risk question
# fire only in a sentence that names a substance, a product, a medicine, a condition or a wellness
# word, or in a document that has named a substance. Near misses reuse the trigger words in
# software, cookware, banking, games and household talk.
RISK_DENIALS_IN_A_HEALTH_SETTING = [
    ("Our elderberry gummies have no side effects.", "safety/no-side-effects"),
    ("Maca: zero side effects!", "safety/no-side-effects"),
    ("Natural energy all afternoon, with zero side effects.", "safety/no-side-effects"),
    ("Drift off faster, no side effects, no morning grogginess.", "safety/no-side-effects"),
    ("Unlike Ambien, this has no side effects.", "safety/no-side-effects"),
    ("Take one softgel with dinner, no side effects.", "safety/no-side-effects"),
    ("A gentle way to unwind after work, with no side effects.", "safety/no-side-effects"),
    ("Kava is a root from Vanuatu. Regular drinkers report no side effects.", "safety/no-side-effects"),
    ("Kratom is a leaf from Thailand. Best part: zero side effects!", "safety/no-side-effects"),
    ("Kratom is a leaf from Thailand. Unlike pain pills, there is no withdrawal.", "safety/non-addictive"),
    ("Our passionflower tincture is non-habit-forming.", "safety/non-addictive"),
    ("Zero jitters, zero dependency.", "safety/non-addictive"),
    ("Our valerian capsules are safe to combine with your evening wine.", "safety/safe-combination"),
    ("Pop as many chamomile gummies as you like.", "safety/no-overdose"),
    ("Is our ashwagandha blend habit-forming? Nope.", "safety/risk-question-denied"),
]
RISK_WORDS_OUTSIDE_HEALTH = [
    "The hotfix rolled out with no side effects on checkout.",
    "Release 5.2 has zero side effects for teams already on the preview.",
    "Immutable data structures have no side effects, so tests stay simple.",
    "The router update is side-effect-free for older models.",
    "Seasoning the skillet with bacon fat had no side effects on the pancakes.",
    "Moving the couch had no side effects on the rug.",
    "This phone case has no side effects.",
    "The new parking rules have no drawbacks for residents.",
    "A small date library with zero dependencies.",
    "The package has no dependencies and installs in seconds.",
    "Our savings plan has no withdrawal penalties.",
    "Enjoy unlimited transfers without withdrawal limits.",
    "The puzzle app is colorful but non-addictive.",
    "Merge commits are safe to combine with rebases in this workflow.",
    "Is the old footbridge dangerous? Not at all.",
]


@pytest.mark.parametrize("text, rule", RISK_DENIALS_IN_A_HEALTH_SETTING)
def test_risk_denial_in_a_health_setting_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", RISK_WORDS_OUTSIDE_HEALTH)
def test_risk_words_outside_a_health_setting_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


# Safety adjectives outside the fixed slots (audit 5, pattern 6): one adjective set (safe, gentle, mild,
# fine, okay, suitable, harmless…) shared by absolute-safety, vulnerable-groups and safe-combination;
# "to take/use/give" and "even/including/especially" before the group; "a glass/cup/shot/pint/couple of"
# before the drink. Near misses: a negated or asked assurance, taste and texture ("a mild flavour", "ground
# fine"), dietary suitability ("suitable for vegans"), harmless partners (water, food, friends) and cosmetics.
SAFETY_ADJECTIVES_FLAGGED = [
    ("Our hibiscus tea is mild enough for everyone.", "safety/absolute-safety"),
    ("This passionflower tincture is gentle enough for anybody.", "safety/absolute-safety"),
    ("Our lemon balm is safe enough to take for everyone.", "safety/absolute-safety"),
    ("Chamomile is so mild that even toddlers can drink it.", "safety/absolute-safety"),
    ("Our valerian drops are so mild you could take them every night.", "safety/absolute-safety"),
    ("Our chamomile extract is mild enough for little kids.", "safety/vulnerable-groups"),
    ("Maca is fine to take during pregnancy.", "safety/vulnerable-groups"),
    ("Our skullcap capsules are okay to use while nursing.", "safety/vulnerable-groups"),
    ("Lemon balm is gentle enough for anyone, even during pregnancy.", "safety/vulnerable-groups"),
    ("Our hibiscus blend is suitable for all, including pregnant women.", "safety/vulnerable-groups"),
    ("Our echinacea syrup is safe to give babies.", "safety/vulnerable-groups"),
    ("Passionflower gummies are harmless enough for the whole family, especially children.", "safety/vulnerable-groups"),
    ("Tulsi is perfectly alright to give your kids.", "safety/vulnerable-groups"),
    ("You can safely pair our kanna with a shot of tequila.", "safety/safe-combination"),
    ("Feel free to enjoy this kava with a couple of drinks.", "safety/safe-combination"),
    ("Our hops tea is fine with a pint of lager.", "safety/safe-combination"),
    ("Our ashwagandha is mild enough to combine with your sleeping pills.", "safety/safe-combination"),
    ("Passionflower can be taken safely with a glass of red wine.", "safety/safe-combination"),
]
SAFETY_ADJECTIVES_NEAR_MISSES = [
    "Lemon balm is not safe during pregnancy.",
    "Ask your midwife whether hibiscus tea is safe during pregnancy.",
    "Is it okay to take kanna with a glass of wine?",
    "Nobody knows if maca is fine to take while breastfeeding.",
    "Hops extract is not suitable for children or pregnant women.",
    "Check the fine print on every kratom label.",
    "Our hibiscus tea has a mild, tart taste.",
    "Mild side effects such as headache were reported with maca.",
    "Our tulsi capsules are suitable for vegans and vegetarians.",
    "Our maca powder is ground fine enough to dissolve in cold milk.",
    "Mix the kava powder with a glass of water and strain it.",
    "Our valerian capsules are safe to take with food.",
    "It's fine to share kava with friends at the ceremony.",
    "Our calendula cream is gentle enough for all skin types.",
    "This dish soap is gentle enough for anyone's hands.",
    "Our tulsi tea is so mild you can barely taste it.",
    "The hops tincture was so mild I could drink it like water.",
    "Our lemon balm is mild enough to enjoy with friends.",
    "Hibiscus tea has a flavour mild enough for kids.",
    "Kava is mild enough for most adults but should be avoided during pregnancy.",
]


@pytest.mark.parametrize("text, rule", SAFETY_ADJECTIVES_FLAGGED)
def test_safety_adjective_outside_fixed_slots_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", SAFETY_ADJECTIVES_NEAR_MISSES)
def test_safety_adjective_near_miss_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


# Label/value forms (audit 5, pattern 7): a risk label whose value is a bare none/zero that ends the line
# ("Side effects: none", "| Side effects | None |", "Addiction risk: zero") in a health setting. Near misses:
# a listed side effect, a label naming no risk ("Added sugar: zero"), a value that goes on with a limit
# or caveat ("none known in short-term studies, but…"), a risk label with no health setting, and a
# bare "risk" after a word that is no health word ("Fire risk: none").
RISK_LABELS_FLAGGED = [
    ("Our maca capsules. Side effects: none.", "safety/no-side-effects"),
    ("Tulsi side effects: none reported", "safety/no-side-effects"),
    ("Passionflower tincture\n\n**Adverse effects:** none whatsoever", "safety/no-side-effects"),
    ("Our kanna drops\n\n| Side effects | None |", "safety/no-side-effects"),
    ("| Moringa | Side effects — zero |", "safety/no-side-effects"),
    ("Kanna extract. Addiction risk: zero.", "safety/non-addictive"),
    ("Kratom powder\n\nWithdrawal symptoms: none", "safety/non-addictive"),
    ("Our valerian capsules. Habit-forming: no", "safety/non-addictive"),
    ("Kanna. Risk of dependence: 0%", "safety/non-addictive"),
    ("Elderberry tea\n\nRisks: none known", "safety/absolute-safety"),
    ("Our kava shots. Liver toxicity: none.", "safety/absolute-safety"),
    ("Valerian tea\n\nKnown dangers - none", "safety/absolute-safety"),
    ("St. John's wort capsules\n\nDrug interactions: none", "safety/safe-combination"),
    ("Our ginkgo tablets. Contraindications: none known.", "safety/safe-combination"),
]
RISK_LABELS_NEAR_MISSES = [
    "Our maca capsules. Side effects: bloating, restlessness.",
    "Tulsi side effects: mild nausea in some users.",
    "Our kanna drops. Added sugar: zero. Artificial colours: none.",
    "Passionflower tincture. Gluten: none.",
    "Our maca capsules. Side effects: none known in short trials, but long-term data are missing.",
    "Kanna side effects: none that we can rule out.",
    "Our kava shots. Side effects: see the insert.",
    "Kava powder. Risk of contamination: none detected in our lab tests.",
    "Kava candles. Fire risk: none.",
    "Savings account\n\nWithdrawal: none",
    "Release notes\n\nSide effects: none",
    "Our kava. Withdrawal fees: none.",
    "Our kava bar. Customer interactions: none so far.",
    "Our maca capsules\n\n| Side effects | Bloating, restlessness |",
]


@pytest.mark.parametrize("text, rule", RISK_LABELS_FLAGGED)
def test_risk_label_with_none_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", RISK_LABELS_NEAR_MISSES)
def test_risk_label_near_miss_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


# Audit 6. A safety word said of a venue, a device, a material or a sale (`not_said_of`), not of
# the product: the head of the clause's subject before a linking verb, the noun right after the
# word, or the object of a sales verb ("try our … risk-free"). Said of the product, it still fires,
# wherever the venue is named ("the valerian at our café is …").
SAID_OF_NO_PRODUCT = [
    "The password page of our kratom store is totally safe.",
    "Our kanna café is completely safe after dark.",
    "The lobby of our kava taproom is perfectly safe for everyone.",
    "Our CBD tins use ink that is totally harmless.",
    "The ashwagandha gummies ship in packaging that is 100% non-toxic.",
    "Our reishi wallet's leather is completely non-toxic.",
    "Sample our maca powder risk-free for two weeks.",
    "Every bottle of our valerian comes with a risk-free refund.",
    "You can buy our elderberry syrup risk-free this month.",
    "Our kratom dispensary is a totally safe place for adults.",
    "The checkout on our turmeric shop is 100% safe.",
    "Our ginseng website is totally safe for everyone, with encrypted payments.",
    "Our kava lounge is safe for kids until 8 pm.",
]
SAID_OF_THE_PRODUCT = [
    ("Our kanna extract is completely safe.", "safety/absolute-safety"),
    ("The valerian at our café is totally harmless.", "safety/absolute-safety"),
    ("Valerian from our store is safe for everyone.", "safety/absolute-safety"),
    ("Our shop's kratom is 100% safe.", "safety/absolute-safety"),
    ("Our maca gummies are risk-free.", "safety/absolute-safety"),
    ("This reishi tincture is totally safe for anyone.", "safety/absolute-safety"),
    ("We sell kava that is completely safe.", "safety/absolute-safety"),
    ("Our kratom lounge serves kratom, and it's totally harmless.", "safety/absolute-safety"),
    ("Buy our turmeric today, it is completely safe.", "safety/absolute-safety"),
    ("The chamomile at our tea room is safe for toddlers.", "safety/vulnerable-groups"),
]


@pytest.mark.parametrize("text", SAID_OF_NO_PRODUCT)
def test_safety_word_said_of_no_product_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


@pytest.mark.parametrize("text, rule", SAID_OF_THE_PRODUCT)
def test_safety_word_said_of_the_product_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


# Audit 6. Telling readers a product won't impair driving (safety/impairment-denied); warnings,
# questions, waiting advice and trips that are safe for other reasons pass.
IMPAIRMENT_DENIED = [
    "You're perfectly fine to drive after two cups of our valerian tea.",
    "It's safe to operate a forklift on our kanna extract.",
    "Our kava leaves you fine to drive straight home.",
    "Passionflower won't affect your reflexes.",
    "Our kratom capsules do not impair your judgment.",
    "Kava has no effect on your driving.",
    "Our hops tincture won't affect your ability to drive.",
    "You can drive home safely after a bowl of our kava.",
    "Our valerian gummies won't make you too groggy to drive.",
    "Kratom is non-impairing, so take it before your commute.",
]
IMPAIRMENT_NEAR_MISSES = [
    "Never drive after a bowl of kava.",
    "Kratom can affect your reflexes for hours.",
    "Is it safe to drive after valerian tea?",
    "Wait until you feel fine to drive before leaving the kava bar.",
    "Make sure you are safe to drive after a kava session: arrange a ride.",
    "Arrange a ride so you can drive home safely after the kava ceremony.",
    "After the kava circle, the walk home is safe.",
    "Before trying kratom, it can't hurt to ask your doctor.",
    "Kava may impair your judgment, so don't drive.",
    "Our valerian tea won't affect your mood the next morning.",
]


@pytest.mark.parametrize("text", IMPAIRMENT_DENIED)
def test_impairment_denial_is_flagged(rules_fired, text):
    assert "safety/impairment-denied" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", IMPAIRMENT_NEAR_MISSES)
def test_impairment_near_miss_passes(rules_fired, text):
    assert "safety/impairment-denied" not in rules_fired(text, "safety")


# Audit 6. A vulnerable group as the object of "can't hurt"/"won't harm", and "not just safe but …"
# (the contrast asserts the safety); near misses reuse the words without the assurance.
GROUP_HARM_AND_CONTRAST = [
    ("Our lemon balm syrup is all plant, so it can't hurt your toddlers.", "safety/vulnerable-groups"),
    ("Chamomile drops will never harm your unborn baby.", "safety/vulnerable-groups"),
    ("Our valerian treats won't hurt your dogs.", "safety/vulnerable-groups"),
    ("Kanna is not only safe, it is good for your mood.", "safety/absolute-safety"),
    ("Our ashwagandha is not merely harmless but healthy.", "safety/absolute-safety"),
]
GROUP_HARM_AND_CONTRAST_NEAR_MISSES = [
    "Keep our elderberry gummies out of reach so they can't hurt your kids.",
    "Kava is not safe for your kids.",
    "Kratom is not just a leaf but a drug with real risks.",
    "Is kava not only safe but also effective?",
    "Chamomile can hurt your baby if you give too much.",
]


@pytest.mark.parametrize("text, rule", GROUP_HARM_AND_CONTRAST)
def test_group_harm_denial_and_contrast_are_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


@pytest.mark.parametrize("text", GROUP_HARM_AND_CONTRAST_NEAR_MISSES)
def test_group_harm_and_contrast_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


# Audit 6. A safety statement for a group limited to an amount, a population or a frequency, or
# referred to a professional (`qualified_by`, frequency excepts), is no assurance; an assurance
# that waves the professional away, or an absolute word next to the qualifier, still is.
QUALIFIED_GROUP_SAFETY = [
    "Peppermint drops from our shop are fine for kids in small doses, but talk to your doctor first.",
    "Our ginger chews are safe during pregnancy in food amounts.",
    "Our chamomile syrup is typically safe for toddlers.",
    "Our valerian treats are safe for most dogs; check with your vet.",
    "Our elderberry gummies are safe for kids over four, but ask your pediatrician first.",
    "Our lemon balm tea is mostly fine during breastfeeding (check with your midwife).",
]
UNQUALIFIED_GROUP_SAFETY = [
    ("Our chamomile syrup is safe for toddlers, no need to ask a doctor.", "safety/vulnerable-groups"),
    ("Our ginger chews are safe during pregnancy, so skip the midwife.", "safety/vulnerable-groups"),
    ("Our valerian treats are safe for dogs; ask us anything.", "safety/vulnerable-groups"),
    ("Our elderberry gummies are safe for kids, and you don't have to check with your pediatrician.",
     "safety/vulnerable-groups"),
    ("Our ginger chews are totally safe during pregnancy in small amounts.", "safety/absolute-safety"),
]


@pytest.mark.parametrize("text", QUALIFIED_GROUP_SAFETY)
def test_qualified_group_safety_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


@pytest.mark.parametrize("text, rule", UNQUALIFIED_GROUP_SAFETY)
def test_unqualified_group_safety_is_flagged(rules_fired, text, rule):
    assert rule in rules_fired(text, "safety")


# Audit 7. Risk questions answered "no": an addiction word or a worry about an organ is a risk too,
# and the product may be named only in the answer ("Is it habit-forming? Nope, our valerian is…").
# A yes, a hedged answer, a question about no risk, or a product named only after the answer's full stop pass.
RISK_QUESTION_DENIALS_7 = [
    "Does ashwagandha lead to addiction? Nope.",
    "Is it habit-forming? Never — our valerian drops are gentle.",
    "Q: Any risk of addiction? A: None, our kava root is clean.",
    "Could kanna cause dependence? No, not at all.",
    "Should I worry about my kidneys with turmeric capsules? No.",
    "Does kratom affect your heart? No.",
    "Are there downsides? None at all — our reishi is simply a mushroom.",
    "Can passionflower lead to withdrawals? Not at all.",
]
RISK_QUESTION_NEAR_MISSES_7 = [
    "Does ashwagandha lead to addiction? It can, in some people.",
    "Can kava strain your liver? Sometimes, yes.",
    "Is our kava powder vegan? No.",
    "Does valerian smell bad? Not really.",
    "Does kratom affect your mood? No.",
    "Is the trail dangerous? No. Pack some kava tea anyway.",
    "Does it stain mugs? No, our turmeric latte rinses out.",
    "Is it addictive? It can be, so our kratom ships with a dosing card.",
]


@pytest.mark.parametrize("text", RISK_QUESTION_DENIALS_7)
def test_risk_question_denial_audit7_is_flagged(rules_fired, text):
    assert "safety/risk-question-denied" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", RISK_QUESTION_NEAR_MISSES_7)
def test_risk_question_near_miss_audit7_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


# Audit 7. "no X or (any) other side effects/downside": "other" makes X a harm too, so the list denies
# every side effect; "no sugar or other additives" names no harm.
NO_X_OR_OTHER_HARMS = [
    "Our kava leaves no fog or any other downside.",
    "Kratom tea with no crash, no nausea or other unwanted effects.",
    "Sleep deeply on valerian, with no grogginess or other side-effects.",
    "Ashwagandha gives you calm without jitters or any other drawbacks.",
]
NO_X_OR_OTHER_NEAR_MISSES = [
    "Our kava powder has no sugar or other additives.",
    "Our kratom capsules contain no fillers or any other junk.",
    "Our reishi blend has no stems or other plant parts.",
    "Does kava bring a hangover or other side effects?",
    "Kava may leave no hangover, but other side effects are common.",
]


@pytest.mark.parametrize("text", NO_X_OR_OTHER_HARMS)
def test_no_x_or_other_harms_is_flagged(rules_fired, text):
    assert "safety/no-side-effects" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", NO_X_OR_OTHER_NEAR_MISSES)
def test_no_x_or_other_near_miss_passes(rules_fired, text):
    assert not rules_fired(text, "safety")


# Audit 7. "safe for take/taking/use with" (as non-native copy writes "safe to take with") before a
# medicine or a drink; "safe for use with" a skin type, a child or a pet is no combination.
SAFE_FOR_USE_WITH = [
    "Our kratom is safe for take with your antidepressants.",
    "Kava is fine for use with a couple of beers.",
    "St Johns wort is safe for taking with other medications.",
    "Our valerian is okay for combining with sleeping pills.",
]
SAFE_FOR_USE_WITH_NEAR_MISSES = [
    "Our kava lotion is safe for use with sensitive skin.",
    "Our chamomile spray is safe for use with toddlers over two.",
    "Our valerian treats are fine for mixing with wet food.",
    "Kava is not safe for use with alcohol.",
    "Is kratom safe for use with antidepressants?",
]


@pytest.mark.parametrize("text", SAFE_FOR_USE_WITH)
def test_safe_for_use_with_a_drug_is_flagged(rules_fired, text):
    assert "safety/safe-combination" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", SAFE_FOR_USE_WITH_NEAR_MISSES)
def test_safe_for_use_with_near_miss_passes(rules_fired, text):
    assert "safety/safe-combination" not in rules_fired(text, "safety")


# Audit 7. safety/safer-than: a botanical, as the comparison's subject, ranked safer (or less
# dangerous/addictive) than a drug, alcohol or another risky substance, with or without "10 times",
# "far", "much". Negated, asked, hedged or attributed comparisons, a process or a non-product subject,
# and a comparison with a non-drug pass.
SAFER_THAN_A_DRUG = [
    "Kava is five times safer than sleeping pills.",
    "Our kratom capsules are vastly safer than oxycodone.",
    "Ashwagandha is 100x safer than Xanax.",
    "Kanna is much less dangerous than antidepressants.",
    "Kava is infinitely safer than a bottle of wine.",
    "Valerian root is far less addictive than Ambien.",
]
SAFER_THAN_NEAR_MISSES = [
    "Kava is not safer than a glass of wine.",
    "Is kratom really safer than oxycodone?",
    "Cycling to work is safer than drinking and driving.",
    "Cold brewing kava is safer than using a blender.",
    "Some sellers claim kratom is safer than opioids; regulators disagree.",
    "Our kava lounge is safer than most bars downtown.",
    "Buprenorphine is safer than methadone for some patients.",
    "Kratom capsules are safer than kratom powder for measuring doses.",
]


@pytest.mark.parametrize("text", SAFER_THAN_A_DRUG)
def test_safer_than_a_drug_is_flagged(rules_fired, text):
    assert "safety/safer-than" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", SAFER_THAN_NEAR_MISSES)
def test_safer_than_near_miss_passes(rules_fired, text):
    assert "safety/safer-than" not in rules_fired(text, "safety")


# Audit 10: a combination with alcohol or a medicine called safe in forum wording: a gerund subject judged safe
# ("combining kava with alcohol is safe"), or a first-person report of no trouble ("mixed it with beer for years
# with no problems", "… and it's fine"). Near misses: food or a mixer as the partner, a negation, a question,
# trouble that came later, a hedged population, advice against it.
@pytest.mark.parametrize("text", [
    "Combining kava with alcohol is safe.",
    "Mixing kratom and booze is totally fine.",
    "Drinking wine with kava is okay.",
    "I've combined kratom and beer for years with zero issues.",
    "I pair kava with a couple of cocktails most weekends and never had a problem.",
    "I take St. John's wort with my birth control and have never had an issue.",
    "I stack valerian with my sleeping meds and it's fine.",
])
def test_audit10_combination_called_safe_fires(rules_fired, text):
    assert "safety/safe-combination" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", [
    "Combining kava with alcohol is not safe.",
    "Is combining kava with alcohol safe?",
    "Mixing kava with coconut milk is fine.",
    "Taking ashwagandha with food is fine.",
    "I took kava with beer for years with no problems until my liver enzymes came back high.",
    "I take turmeric with food and never had a problem.",
    "Some people take kratom with alcohol and have no problems, but deaths have been reported.",
    "I mixed kratom and alcohol once and ended up in the ER.",
    "Never take kava with alcohol, no matter how many times you've had no problems.",
])
def test_audit10_combination_near_misses_pass(rules_fired, text):
    assert "safety/safe-combination" not in rules_fired(text, "safety")


# Audit 13. A risk called always trivial ("nothing to worry about", "never serious", "no big deal") minimizes it
# as "negligible" does; the words' own "nothing"/"never"/"no" deny nothing. Near misses: a real risk stated,
# a reported claim rebutted, a question, and "no big deal" said of something else.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom withdrawal is nothing to worry about.", True),
    ("Kava side effects are extremely rare and never serious.", True),
    ("The liver risk of kava is no big deal.", True),
    ("With our kratom, dependence is not a big deal.", True),
    ("Ashwagandha side effects are always mild.", True),
    ("Kava side effects are rare but can be serious.", False),
    ("Sellers say kratom withdrawal is nothing to worry about, but the FDA has warned about it.", False),
    ("Kratom withdrawal is real and can be serious, so it is not a big deal to ask your doctor first.", False),
    ("It is not true that kava's liver risk is no big deal.", False),
    ("Kratom withdrawal can be severe, though it is never dangerous to taper slowly with a doctor.", False),
])
def test_audit13_risk_called_trivial(rules_fired, text, flagged):
    assert ("safety/risk-minimized" in rules_fired(text, "safety")) == flagged


# Audit 15. A documented risk called no concern or no issue, also contracted or with "never"
# ("addiction simply isn't a concern", "withdrawal is never an issue"). Near misses: the risk called
# a real concern, a question, a debunked or attributed denial, and a harmless noun (price, taste).
RISK_NO_CONCERN_FLAGGED = [
    "Our kratom extract is gentle enough that addiction simply isn't a concern.",
    "With kratom, addiction is not a concern.",
    "Dependence is not an issue with our kava.",
    "Withdrawal is never an issue with our kanna drops.",
    "Liver damage isn't a real concern with our kava.",
]
RISK_NO_CONCERN_PASSING = [
    "Kratom addiction is a real concern.",
    "Is addiction a concern with kratom?",
    "It is not true that addiction isn't a concern with kratom.",
    "Sellers say addiction is not a concern, but kratom can cause dependence.",
    "Price is not a concern with our kava.",
    "Taste isn't an issue: our kratom capsules are flavorless.",
]


@pytest.mark.parametrize("text", RISK_NO_CONCERN_FLAGGED)
def test_audit15_risk_called_no_concern_flags(rules_fired, text):
    assert "safety/risk-minimized" in rules_fired(text, "safety")


@pytest.mark.parametrize("text", RISK_NO_CONCERN_PASSING)
def test_audit15_risk_called_no_concern_near_misses_pass(rules_fired, text):
    assert rules_fired(text, "safety") == set()


# Audit 17: "safely" after the partner still says a combination is safe ("mix kratom with booze safely"); a
# negation, a question or "whether" does not, nor does a partner that is food. And a pitch rebutted by what it
# leaves out ("…, which ignores reports of liver damage") is held at a distance.
@pytest.mark.parametrize("text, flagged", [
    ("You can mix kratom with a few beers safely.", True),
    ("Go ahead and take our valerian alongside your sleeping pills safely.", True),
    ("Combine kava with your antidepressants safely, no worries.", True),
    ("You cannot mix kratom with alcohol safely.", False),
    ("Is there any way to combine kava with wine safely?", False),
    ("Ask your pharmacist whether you can take valerian with your medications safely.", False),
    ("Mix the kava powder with coconut milk safely and strain it twice.", False),
])
def test_audit17_combined_safely(rules_fired, text, flagged):
    assert ("safety/safe-combination" in rules_fired(text, "safety")) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Some shops advertise kava as completely safe, which ignores reports of liver injury.", False),
    ("Vendors tout kratom as non-addictive, a pitch that glosses over the risks.", False),
    ("Brands market ashwagandha as having no side effects, ignoring the warnings from regulators.", False),
    ("Our kava is completely safe, and we ignore the warnings.", True),
    ("Kava is completely safe; we never ignore reports from customers.", True),
])
def test_audit17_pitch_rebutted_by_what_it_ignores(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 20: interactions denied with a qualifier ("zero drug interactions"), the liver itself spared ("no effect on
# the liver"), raw or uncooked use called safe, and a reported denial rebutted by a source that records the harm.
@pytest.mark.parametrize("text, rule, flagged", [
    ("Our rhodiola drops carry zero drug interactions.", "safety/safe-combination", True),
    ("Kanna has no known medication interactions, so stack away.", "safety/safe-combination", True),
    ("Passionflower tea, without any dangerous interactions.", "safety/safe-combination", True),
    ("St. John's wort has known medication interactions, including with the pill.", "safety/safe-combination", False),
    ("Ask a pharmacist to screen your kanna for drug interactions.", "safety/safe-combination", False),
    ("Our kratom powder has no effect on your liver.", "safety/absolute-safety", True),
    ("This green tea extract has zero adverse effects on the liver, even at high doses.", "safety/absolute-safety", True),
    ("In the trial, milk thistle had no effect on liver fibrosis.", "safety/absolute-safety", False),
    ("Turmeric showed no effect on the liver's enzyme levels in that small study.", "safety/absolute-safety", False),
    ("Our elderberries are fine to eat uncooked.", "safety/absolute-safety", True),
    ("This sea moss gel is safe to consume raw.", "safety/absolute-safety", True),
    ("Elderberries are not safe to eat unripe.", "safety/absolute-safety", False),
    ("Is our sea moss gel okay to eat raw?", "safety/absolute-safety", False),
])
def test_audit20_qualified_denials(rules_fired, text, rule, flagged):
    assert (rule in rules_fired(text, "safety")) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Vendors insist kava has no side effects, yet LiverTox lists liver failure among its reported harms.", False),
    ("Sellers swear Amanita gummies are harmless, but poison centers logged seizures last year.", False),
    ("Shops claim kratom is non-addictive; federal agencies have documented dependence in daily users.", False),
    ("Our kava has no side effects, and the FAQ notes the liver injury myths.", True),
    ("Our kratom is non-addictive, and the guide describes withdrawal symptoms in other drugs.", True),
    ("Kratom is non-addictive, and this page lists withdrawal myths we have busted.", True),
    # forums, like fans and sellers, hold what they insist on at a distance
    ("Online forums claim kanna is non-addictive.", False),
    ("Message boards insist valerian has no side effects.", False),
    ("Our forum moderators insist kava is totally safe.", True),
])
def test_audit20_reported_denial_rebutted_by_recorded_harm(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 23: "safe to store / freeze / keep at room temperature" is about handling a product, not taking it;
# the same assurance about taking it, or a blanket one beside the handling one, is still a finding.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom capsules are perfectly safe to store in a cool cupboard.", False),
    ("Our ashwagandha powder is totally safe to freeze for six months.", False),
    ("Unopened kava shots are completely safe to keep at room temperature.", False),
    ("The turmeric gummies are 100% safe to ship in summer heat.", False),
    ("Our reishi jars are dishwasher-safe and completely safe to recycle.", False),
    ("Our kava is completely safe to take every night.", True),
    ("Kratom capsules are completely safe, and easy to store anywhere.", True),
    ("These valerian gummies are completely safe to keep taking for months.", True),
    ("Our kava tincture is totally harmless to store and totally harmless to drink.", True),
])
def test_audit23_storage_safety_is_no_risk_denial(rules_fired, text, flagged):
    assert ("safety/absolute-safety" in rules_fired(text, "safety")) == flagged


# Audit 23: a label's or website's quoted claims, listed over several sentences, are rebutted by a later
# sentence that judges them all; an unreported sentence in between breaks the run.
@pytest.mark.parametrize("text, flagged", [
    ('The recalled bottle promised "no side effects." Its box also described the capsules as "totally harmless." '
     "Regulators said these statements were not supported by evidence.", False),
    ('According to the agency, the product page stated that the tea has "no side effects." The page also described '
     'the tea as "doctor approved." The agency has advised that these statements are not supported by evidence.', False),
    ('According to the inspectors, the tin stated that the kratom was "non-addictive." The tin also called it '
     '"gentle." Inspectors said these claims are misleading.', False),
    ('According to the agency, the product page stated that the tea has "no side effects." Shipping was free. '
     "The agency has advised that these statements are not supported by evidence.", True),
    ('The seller\'s page called the kava "completely safe." Our kava has no side effects. '
     "Regulators disagree.", True),
    ('The seller\'s page called the kava "completely safe." It was sold in blue tins. Shipping was free. '
     "Regulators disagree.", True),
])
def test_audit23_rebuttal_reaches_over_a_run_of_reported_sentences(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 24: a pair judged safe to combine in the passive ("kratom and opioids can be safely
# combined"); "free of any side effects"; and a question about treating addiction answered "no"
# denies a benefit, not a risk. Near misses: no "safely", negated modals, a food partner,
# questions, "not free of", and a risk question answered "no" (still flagged).
@pytest.mark.parametrize("text, flagged", [
    ("Kratom and opioids can be safely combined.", True),
    ("Valerian and alcohol may safely be mixed.", True),
    ("Beer and kava can be taken together safely.", True),
    ("Kava and kratom can be safely stacked.", True),
    ("Kava and alcohol can be combined, but doing so raises the risks.", False),
    ("Kratom and opioids can't be safely combined.", False),
    ("Can kava and alcohol be safely combined? No.", False),
    ("Kava and coconut milk can be safely combined in one shell.", False),
    ("Coconut milk and kratom can be safely mixed for taste.", False),
    ("Our sea moss gel is free of any side effects.", True),
    ("This valerian tincture is free from all unwanted side effects.", True),
    ("No herb is free of side effects, and this one is no exception.", False),
    ("Our menu is sugar free and the side dishes are vegan.", False),
    ("Can kratom treat opioid addiction? No, and the FDA has warned against it.", False),
    ("Can kava cure your addiction? No, and it can cause problems of its own.", False),
    ("Is kratom addictive? No.", True),
])
def test_audit24_passive_safe_pairs_free_of_side_effects_and_treatment_questions(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 25: a reassurance that opens the sentence ("Don't worry, …", "Not to worry: …") denies nothing, so
# the risk denial after it stands; the imperative "don't worry about side effects" is itself a denial. A
# negation's own conjunct stops before "and pairs/mixes/combines safely with …". A THC cannabinoid called
# non-psychoactive denies its impairment (CBD is left alone).
@pytest.mark.parametrize("text, flagged", [
    ("Don't worry, you can't overdose on our kratom extract.", True),
    ("Do not worry: our kava is completely safe.", True),
    ("Don't panic, this kratom is non-addictive.", True),
    ("Don't worry about side effects with our valerian.", True),
    ("Do not worry about addiction, kratom is a plant.", True),
    ("Don't worry, we never claim kava is completely safe.", False),
    ("Don't worry if kava makes your lips numb; that is normal.", False),
    ("Don't worry about the taste, our kava is mixed with pineapple.", False),
    ("Don't worry, kratom can cause dependence, so we print a warning on every pack.", False),
    ("Kava is not alcohol and pairs safely with beer.", True),
    ("Our kratom has no bitter taste and mixes safely with alcohol.", True),
    ("Kava does not pair safely with beer and should never be mixed with it.", False),
    ("It is not true that kava pairs safely with beer and wine.", False),
    ("Kava is not alcohol and pairs nicely with pineapple juice.", False),
    ("Our delta-8 gummies are non-psychoactive, so they're fine before work.", True),
    ("Try our non-psychoactive delta-8 vape.", True),
    ("CBD is non-psychoactive, unlike delta-8 THC.", False),
    ("Delta-8 is not non-psychoactive: it can get you high.", False),
    ("Our CBD oil is non-psychoactive and contains less than 0.3% THC.", False),
])
def test_audit25_reassurance_openers_conjuncts_and_thc(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 30. A promise that the reader won't experience side effects ("you won't experience any side effects",
# "you'll never get a single side effect"), a safest-of-all claim ("the safest herb on earth") and "minus the
# addiction" deny a risk. Near misses: side effects as the object of something else, a hedge or a promise
# refused, the safest way or course of action, and a ranking for a use.
@pytest.mark.parametrize("text, flagged", [
    ("With our valerian you won't experience any side effects.", True),
    ("Take our kava and you'll never get a single side effect.", True),
    ("You can't have any adverse reactions to this chamomile.", True),
    ("Kratom is the safest thing you can put in your body.", True),
    ("Ashwagandha is the safest supplement there is.", True),
    ("Kava is the safest herb on earth.", True),
    ("Kratom gives you opioid-level relief, minus the addiction.", True),
    ("You won't get side effects checked without seeing a doctor, so book a visit before trying kava.", False),
    ("Most people won't experience side effects from valerian, but some do.", False),
    ("We can't promise you won't experience any side effects from kava.", False),
    ("The safest way to use kava is with food and in moderation.", False),
    ("The safest herb for children is chamomile, in weak tea.", False),
    ("With kratom, the safest thing you can do is avoid mixing it with anything.", False),
    ("Kava isn't the safest thing you can drink, especially with alcohol.", False),
    ("Quitting kratom without the withdrawal is hard, so taper slowly.", False),
])
def test_promised_no_side_effects_safest_and_minus_the_addiction(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 31. Denying allergies or interactions ("can't cause allergies"), taking it carelessly ("without a second
# thought"), and promising no tolerance ("you'll never build a tolerance"). Near misses: the harm affirmed, a wrong
# allergy named, an unrelated "without a second thought", a warning, and a user who does develop a tolerance.
@pytest.mark.parametrize("text, flagged", [
    ("Our echinacea can't cause allergies or interactions.", True),
    ("Chamomile never causes an allergic reaction.", True),
    ("Nursing moms can take our ashwagandha without a second thought.", True),
    ("Mix kava with your wine without hesitation.", True),
    ("Kava is gentle, and you'll never build a tolerance.", True),
    ("You won't develop any tolerance or dependence with our kratom.", True),
    ("Echinacea can cause allergic reactions in people sensitive to ragweed.", False),
    ("Kava cannot cause a mushroom allergy, since kava is a root.", False),
    ("I ordered a second jar of chamomile without a second thought.", False),
    ("Never take kratom without talking to your doctor first.", False),
    ("Many daily kratom users develop a tolerance within weeks.", False),
    ("If you drink kava every day, you will develop some tolerance.", False),
])
def test_denied_allergies_careless_use_and_no_tolerance(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 36. Harm denied in other words ("won't do you any harm", "causes no liver damage", "never caused a single
# adverse reaction", "liver-safe"), safety at any amount or for life, overdose called impossible, driving after use,
# a bare "never get hooked", a partner taken "without a second thought", a testimonial "without a single problem",
# and a dismissal of the warnings before the claim ("Don't believe the headlines: …"). Near misses: harmless effects
# denied (drowsiness, stains, a taste), an amount that is no dose, storage, the risk affirmed or negated, a warning,
# other people's beliefs rebutted, a dismissal followed by no claim, and a storage "with".
@pytest.mark.parametrize("text, flagged", [
    ("Our ashwagandha gummies won't do you any harm.", True),
    ("A nightly cup of valerian can't do your body any harm.", True),
    ('Our passionflower tea causes no liver damage.', True),
    ('Kratom causes no withdrawal, unlike pills.', True),
    ('Our maca blend has never caused a single adverse reaction.', True),
    ("Rhodiola doesn't cause any bad reactions.", True),
    ('Our moringa powder is safe in unlimited amounts.', True),
    ('Our turmeric is fine at high doses.', True),
    ('You can safely give our chamomile drops in any amount.', True),
    ('Our ginger capsules are safe to take every day for life.', True),
    ('Our lemon balm is fine to drink forever.', True),
    ('Our reishi is liver-safe.', True),
    ('Our kanna extract is safe for the liver.', True),
    ('Overdosing on valerian is basically impossible.', True),
    ('An overdose on moringa is unheard of.', True),
    ("You can't possibly eat too much sea moss.", True),
    ('Our kava shots are safe to use before you drive.', True),
    ('Our valerian is fine to take while driving.', True),
    ('Our kratom never makes you drowsy on the road.', True),
    ('Even daily users never get hooked on our kanna.', True),
    ('Regular drinkers never become dependent on our kava.', True),
    ('Drink our kava with your wine without a second thought.', True),
    ('Pair our kanna with your antidepressant without hesitation.', True),
    ("I've taken this ashwagandha for months without a single issue.", True),
    ("Don't listen to the critics — kratom is completely safe.", True),
    ("Don't believe the headlines: our kava is harmless.", True),
    ('Our ginger tea causes no drowsiness.', False),
    ("Our kava bar's new glasses cause no stains.", False),
    ('Kava can do your liver real harm.', False),
    ('Our maca does not cause a bitter aftertaste.', False),
    ('Our moringa is available in any amount you need.', False),
    ('Add honey in any amount you like to our chamomile tea.', False),
    ('Our ginger capsules are safe to store for years.', False),
    ('Kava is not liver-safe for heavy drinkers.', False),
    ('Overdosing on kratom is not impossible.', False),
    ('Never take too much valerian.', False),
    ('Our valerian tea is safe to use while pregnant, some say, but ask your doctor.', False),
    ("Don't drive after taking valerian; it can make you drowsy on the road.", False),
    ('Some users never get hooked, but many do become dependent on kratom.', False),
    ("Don't mix kava with wine without talking to your doctor.", False),
    ('Turmeric smells are harmless but linger in the kitchen.', False),
    ('Many people believe kava is completely safe, but it has been linked to liver injury.', False),
    ('Some people think kratom is non-addictive; it is not.', False),
    ("Don't believe the headlines claiming kava is harmless.", False),
    ("You can safely store St. John's wort with your other teas.", False),
    ('Our kava is safe to drink only in moderation, and never with alcohol.', False),
    ('Most users never get hooked on valerian.', False),
    ('You can never take too much care when dosing kratom.', False),
    ("It won't do any harm to ask your pharmacist before taking kava.", False),
    ("There's no harm in asking your doctor about kratom.", False),
    ('Our kava is safe to drink for a party of twelve, one shell each.', False),
    ('Ashwagandha is fine to use for anxiety for up to eight weeks in small trials.', False),
    ('Our reishi is safe to take for a lifetime.', True),
])
def test_audit36_harm_denied_any_amount_overdose_driving_and_dismissed_warnings(rules_fired, text, flagged):
    assert bool(rules_fired(text, "safety")) == flagged


# Audit 42: "OD" for overdose ("you can't OD on kava"), and "safe for you/mom and baby" as a vulnerable-group
# assurance; a question, an admission that one can OD, another sense of "OD" and a negation pass.
@pytest.mark.parametrize("text, flagged", [
    ("You can't OD on kava.", True),
    ("It's impossible to OD on kratom.", True),
    ("You literally cannot OD on kratom lol", True),
    ("Our chamomile is safe for you and baby.", True),
    ("Our chamomile is safe for mom and baby.", True),
    ("Yes, you can OD on kratom, so dose carefully.", False),
    ("Can you OD on kava? Rarely, but it happens.", False),
    ("Our pipe fittings have a 12 mm OD.", False),
    ("Is our chamomile safe for you and baby? Ask your midwife first.", False),
    ("Our chamomile is not proven safe for mom and baby.", False),
    ("Our gift box is perfect for you and baby.", False),
])
def test_audit42_od_and_mom_and_baby(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"}
    assert bool(fired) == flagged


# "Liver-friendly" said of a product is the liver-safety assurance ("gentle on the liver" already was); a
# liver-friendly diet is no product.
@pytest.mark.parametrize("text, flagged", [
    ("Kava is liver-friendly.", True),
    ("Our kava blend is gentle on your liver.", True),
    ("A liver-friendly diet is rich in vegetables; kava has been linked to liver injury.", False),
    ("Is kava liver-friendly? Not always: it has been linked to liver damage.", False),
])
def test_liver_friendly_assurance(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"}
    assert bool(fired) == flagged


# Audit 46: "non-toxic" closing a listing's line after the product's name ("Amanita gummies: legal, non-toxic!");
# said of a material ("non-toxic inks"), negated, or asked, it passes.
@pytest.mark.parametrize("text, flagged", [
    ("Amanita muscaria gummies: legal, non-toxic, and totally natural!", True),
    ("Kratom capsules: non-toxic.", True),
    ("Kava shots – natural, nontoxic, delicious.", True),
    ("Amanita gummies: legal and non-toxic!", True),
    ("Packaging: recyclable, non-toxic inks.", False),
    ("Kava bar decor: non-toxic paint, local wood.", False),
    ("Amanita muscaria: toxic, not non-toxic.", False),
    ("Amanita muscaria gummies: are they non-toxic?", False),
])
def test_audit46_listing_non_toxic(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"}
    assert bool(fired) == flagged


# Audit 49: a denial that closes a verbless list of denials ("Zero hangover, zero risk.") or follows an email's
# header label ("Subject: Zero side effects.") opens its sentence; other lists and labels pass.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom: the natural lift! Zero crash, zero risk.", True),
    ("Kava shots. No hangover, no jitters, zero risk.", True),
    ("Our kava bar menu: zero hangover, zero risk.", True),
    ("Subject: Zero side effects. Try kava today", True),
    ("Re: Completely safe for everyone. Our kratom capsules", True),
    ("Subject: No side effects, ever | Preheader: meet our new kava blend", True),
    ("Zero sugar, zero calories. Try our kava seltzer.", False),
    ("Subject: Zero shipping fees this weekend. Try kava today", False),
    ("Re: Zero waste packaging for our kratom capsules", False),
    ("Kava shots. Zero sugar, zero artificial colors.", False),
    ("Subject: Kava side effects you should know about", False),
    ("Subject: Are there side effects? Our pharmacist answers your kava questions", False),
])
def test_audit49_denial_lists_and_header_labels(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"
             and not f.rule.endswith("missing-safety-language")}
    assert bool(fired) == flagged


# Toxic uncooked (safety/safe-raw): the raw form named before the assurance, or an invitation to eat it raw, of
# elderberries, ginkgo seeds and fly agaric. Other raw foods, warnings, "can't"/"never", cooked forms and
# questions pass.
@pytest.mark.parametrize("text, flagged", [
    ("Unripe elderberries are totally harmless.", True),
    ("Raw elder berries are fine for the whole family.", True),
    ("You can munch the elderberries raw on your walk.", True),
    ("Uncooked ginkgo seeds are edible.", True),
    ("Raw spinach is perfectly safe.", False),
    ("You can eat blackberries raw.", False),
    ("You can't eat elderberries raw.", False),
    ("Never eat elderberries raw: cook them for 20 minutes.", False),
    ("Raw elderberries are poisonous.", False),
    ("Are raw elderberries safe?", False),
    ("Cooked elderberry syrup is fine for most adults.", False),
])
def test_toxic_uncooked_called_safe(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text)} & {"safety/safe-raw"}
    assert bool(fired) == flagged


# Audit 51: a guarantee of safety ("guaranteed safe", "safety guaranteed"); negated, questioned, reported and
# checkout/shipping guarantees pass.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom is guaranteed safe when used as directed.", True),
    ("Our gummies are guaranteed safe.", True),
    ("Our kava is guaranteed to be safe.", True),
    ("Kava shots: safety guaranteed.", True),
    ("Our ashwagandha is guaranteed harmless for kids.", True),
    ("No supplement is guaranteed safe.", False),
    ("Kratom is not guaranteed safe.", False),
    ("Is kratom guaranteed safe?", False),
    ("Some vendors claim kratom is guaranteed safe, but that is false.", False),
    ("Enjoy guaranteed safe checkout on every kava order.", False),
    ("Guaranteed safe delivery of your kratom.", False),
    ("We offer guaranteed safe shipping on all kava.", False),
])
def test_audit51_guaranteed_safe(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"}
    assert bool(fired) == flagged


# Audit 51: a belief reported with an adverb between its holders and the verb ("people often believe",
# "many still think") is attributed like "people believe"; the writer's own belief is not.
@pytest.mark.parametrize("text, flagged", [
    ("People often believe kava is harmless alongside other pills. In fact, kava has risks.", False),
    ("Some people sometimes believe ashwagandha cures anxiety.", False),
    ("Most people usually think chamomile is totally safe.", False),
    ("Many people still assume kratom is completely safe.", False),
    ("I often think kava is completely safe.", True),
    ("We always believe our kava is completely safe.", True),
    ("People often believe the hype, but our kava is completely safe.", True),
])
def test_audit51_belief_with_adverb_is_attributed(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence"}
    assert bool(fired) == flagged


# Audit 57: "nobody ever got addicted" denies dependence like "you can't get addicted" (not how one gets
# hooked: "nobody gets addicted on purpose"); anyone at all can take it safely (verbs of taking it in).
@pytest.mark.parametrize("text, flagged", [
    ("Nobody ever got addicted to kava.", True),
    ("No one has ever become dependent on our kratom.", True),
    ("Nobody gets hooked on our kanna tea.", True),
    ("Nobody gets addicted on purpose, so watch your kratom use.", False),
    ("No one gets hooked overnight, but daily kratom use adds up.", False),
    ("Is it true that nobody gets hooked on kratom?", False),
    ("Nobody got the kava order right today.", False),
    ("Anyone can take rhodiola safely, whatever their medications.", True),
    ("Everyone can safely drink our kava, even daily.", True),
    ("Not everyone can take rhodiola safely.", False),
    ("Can anyone take rhodiola safely while pregnant?", False),
    ("Anyone can use our kratom scale safely.", False),
    ("Anyone can take a kava class online.", False),
])
def test_audit57_nobody_addicted_anyone_safely(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"}
    assert bool(fired) == flagged


# Audit 59: a safety word that describes how a thing looks ("however harmless it looks", "a harmless-looking
# berry", "seemingly harmless herbs") is an appearance a warning distrusts, not an assurance; an order's or a
# policy's ban on a claim ("must not represent that …", "may not claim …") denies it, and quote marks around
# the words of a list ('"safe", "non-addictive" or free of side effects') do not shorten the ban's reach.
@pytest.mark.parametrize("text, flagged", [
    ("Valerian is not on the approved list, so do not cut it, however harmless it looks.", False),
    ("Kratom powder looks harmless, but it can cause dependence.", False),
    ("A harmless-looking kava drink can still hurt your liver.", False),
    ("Seemingly harmless herbs like valerian can interact with medicines.", False),
    ("No matter how harmless the kava tea seems, ask your doctor.", False),
    ("Even a harmless looking elderberry can make you sick if eaten raw.", False),
    ("Kava looks harmless and is harmless.", True),
    ("Kratom is harmless.", True),
    ("Our kava is harmless, whatever it looks like.", True),
    ("Our valerian tea is harmless, and it looks lovely.", True),
    ("Sellers must not represent that any kava product is \"safe\", \"non-addictive\" or free of side effects.", False),
    ("Sellers are barred from claiming that any kava product is \"safe\", \"non-addictive\" or free of side effects.", False),
    ("The company may not claim that its kratom capsules are non-addictive.", False),
    ("Defendants shall not represent that kava has no side effects.", False),
    ("The order bars the firm from representing that kratom is completely safe.", False),
    ("The settlement requires the seller not to claim that kava is completely safe.", False),
    ("Our kava is \"natural\", \"pure\" and completely safe.", True),
    ("Sellers must not represent that kava is safe. Our kava is completely safe.", True),
    ("You must not take kratom with alcohol, and it is completely safe otherwise.", True),
    ("The company claims its kratom is non-addictive.", True),
])
def test_audit59_apparent_safety_and_claim_bans(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"}
    assert bool(fired) == flagged


# Audit 61: the digit 0 read as "zero" in a risk denial ("0 side effects", "0 withdrawal", "0 risk", "0
# interactions"), as listings and captions write it. A 0 before harmless nouns, a reported count, an attribution
# and a negation pass.
@pytest.mark.parametrize("text, flagged", [
    ("Small-batch kratom: 0 side effects, 0 withdrawal.", True),
    ("Our delta-8 gummies have 0 side effects.", True),
    ("Kratom capsules with 0 withdrawal and 0 dependence.", True),
    ("Kava shots with 0 risk, only good vibes.", True),
    ("Our St. John's wort has 0 interactions with your meds.", True),
    ("Our kava causes 0 liver damage.", True),
    ("CBD tincture with 0 nasty side effects.", True),
    ("Kratom extract with 0 risk of addiction.", True),
    ("Of the 30 volunteers, 0 side effects were reported.", False),
    ("Anyone promising 0 side effects is misleading you.", False),
    ("It is not true that kratom has 0 withdrawal.", False),
    ("Kava shots: 0 sugar, 0 calories.", False),
    ("Kratom capsules with 0 fillers and 0 additives.", False),
    ("The firmware patch has 0 side effects on battery life.", False),
])
def test_audit61_digit_zero_denials(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "safety"}
    assert bool(fired) == flagged
