"""Recall of overstated-efficacy wordings the fixed phrase lists missed, with their near misses."""
import pytest

# Label lines that open with a cure verb and name no product are about the product they are printed on
# (efficacy/cure-claim `headless`). Near misses: no disease object, curing food, recipe steps, cosmetic
# concerns, a drug's label, attributed or questioned lines.
LABEL_LINE = [
    '- Cures insomnia in 14 days',
    'Heals psoriasis from the inside out.',
    'Reverses type 2 diabetes in 30 days.',
    'Cures migraines fast.',
    'Regrows thinning hair in weeks.',
    'Repairs nerve damage naturally.',
    'Heals leaky gut in two weeks.',
    '* Reverses memory loss',
    'Eradicates candida for good.',
    'Cures anxiety without pills.',
    '- Heals eczema and soothes itchy skin',
    'Reverses hair loss in men and women.',
    '✔ Heals stomach ulcers',
    'Cures the common cold in 24 hours.',
    'Regenerates damaged nerves.',
    'Heals acne overnight.',
    'Cures arthritis, naturally.',
    '- Reverses fatty liver',
    'Restores lost memories.',
    'Cures gout in days.',
]
LABEL_LINE_NEAR_MISSES = [
    'Heals slowly if you pick at it.',
    'Cures for 8 weeks in a cool cellar.',
    'Cures in the sun for three days before grinding.',
    'Cures best at room temperature.',
    'Cures the pork belly in five days.',
    'Heals over within a week if you keep it clean.',
    'Repairs your bike in under an hour.',
    'Restores old oak furniture to its former glow.',
    'Reverses into tight parking spots with ease.',
    'Fixes leaky faucets and squeaky doors.',
    'Cures bacon, ham and sausage.',
    'Heals in about two weeks, like most scrapes.',
    'Cures nothing, despite what the ads say.',
    'Cures insomnia? Not according to the trials.',
    '- Cures by air drying for 3 weeks',
    'Restores the original finish of the wood.',
    'Heals? No. Soothes? Maybe.',
    'Rebuilds engines and gearboxes.',
    'Reverses the order of the list.',
    'Cures insomnia, say the sellers, but no trial shows it.',
    'Reverses hair loss, which is why finasteride is prescribed.',
    'Repairs dry, damaged skin overnight.',
    'Erases wrinkles and sun damage.',
    "Restores your skin's natural glow.",
]


@pytest.mark.parametrize("text", LABEL_LINE)
def test_label_line_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", LABEL_LINE_NEAR_MISSES)
def test_label_line_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Disease-treatment verbs (resolves, normalizes, halts, blocks, shuts down, neutralizes, balances, say farewell
# to, goodbye X) and an unhedged 'helps with <condition>'. Near misses: no condition, hedged or attributed
# claims, a noun ('two blocks from').
TREATMENT_VERB = [
    'Maca resolves hot flushes and night sweats.',
    'Rhodiola resolves chronic fatigue.',
    'Hawthorn normalizes high blood pressure.',
    'Our cinnamon capsules normalize blood sugar.',
    "Lion's mane halts the progression of dementia.",
    'Elderberry blocks the flu virus.',
    'Echinacea shuts down colds before they start.',
    'Turmeric neutralizes inflammation.',
    'Berberine balances blood sugar.',
    'Oregano oil wipes out candida.',
    'Elderberry knocks out the flu.',
    'Chamomile banishes insomnia.',
    'Say farewell to migraines with feverfew.',
    'Wave goodbye to anxiety with our kava drops.',
    'Goodbye insomnia, hello valerian.',
    "Our lion's mane coffee clears brain fog.",
    'Ginkgo eliminates brain fog.',
    'Kratom helps with opioid withdrawal.',
    'Turmeric helps with arthritis pain.',
    'Ashwagandha helps with anxiety.',
    'Saffron helps with depression.',
    'Peppermint oil helps with IBS.',
    'Feverfew halts migraines in their tracks.',
    'Black seed oil neutralizes allergies.',
    'Hibiscus tea normalises high blood pressure.',
    'Our elderberry gummies block cold viruses.',
    'Kratom helped with my opioid withdrawal.',
    'Turmeric helps against arthritis pain.',
    'Resolves brain fog in minutes.',
    'Say farewell to tension headaches with our feverfew tea.',
]
TREATMENT_VERB_NEAR_MISSES = [
    'Our team helps with returns and exchanges.',
    'It helps with digestion of fats.',
    'A warm bath helps with sleep.',
    'Ashwagandha may help with anxiety.',
    'There is no evidence that kratom helps with withdrawal.',
    'Does turmeric help with arthritis pain? The trials disagree.',
    'Our support line helps with anxiety about shipping delays.',
    'Kava blocks sodium channels in nerve cells.',
    'Balance the earthy taste of maca with a little honey.',
    'Our staff resolves billing disputes in a day.',
    'The company halts shipments of kratom to three states.',
    'Kratom can shut down breathing when mixed with opioids.',
    'Say goodbye to our old packaging.',
    'Goodbye summer, hello pumpkin spice chai.',
    'Some users report that kava helps with anxiety.',
    'Sellers claim valerian banishes insomnia, but trials disagree.',
    'Nothing neutralizes inflammation overnight, turmeric included.',
    'Wave goodbye to the sun as you sip chamomile on the porch.',
    'The FDA halts imports of kratom.',
    'A doctor helps with opioid withdrawal; kratom does not.',
    'The brain fog lifted after I stopped the kava.',
    'Our tea shop is two blocks from the cancer center.',
    'Halt the infusion once the tea turns bitter.',
    'Shut down the dehydrator before the reishi slices scorch.',
    'Helps with returns within 30 days.',
    'The pharmacist helps with questions about kava and your medicines.',
    'Ask your doctor if ginger helps with your nausea.',
    'Whether kratom helps with withdrawal is still unknown.',
    'Our kava bar helps with the late-night crowd after the flu clinic closes.',
    'Normalizes nothing, cures nothing: a tea is a tea.',
]


@pytest.mark.parametrize("text", TREATMENT_VERB)
def test_treatment_verb_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", TREATMENT_VERB_NEAR_MISSES)
def test_treatment_verb_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Evidence claims beyond the fixed phrases: 'doctors recommend X', a '<research>-backed formula', 'studies have
# found that', 'research supports the use of', 'proven effects'. Near misses: advice and warnings ('recommend
# kava be avoided'), risks, null results, some or few doctors, guides.
EVIDENCE = [
    'Doctors recommend valerian root for sleep.',
    'Many physicians recommend ashwagandha for stress.',
    'Our research-backed formula supports focus.',
    'This evidence-based ashwagandha blend eases stress.',
    'A science-backed blend of adaptogens for calm.',
    'Studies have found that maca boosts libido.',
    'Research has found that rhodiola improves endurance.',
    'Clinical research supports the use of kava for anxiety.',
    "Lion's mane offers proven effects on memory.",
    'Our reishi extract has proven health benefits.',
    'Trials found that saffron lifts mood as well as drugs.',
    'Scientists have found that chaga boosts immunity.',
    'Our clinically-backed elderberry syrup keeps colds short.',
    'Experts recommend our passionflower drops for nervous tension.',
    'Top doctors recommend this turmeric for achy joints.',
    "The research supports ashwagandha's use for stress relief.",
    'Our doctor-backed formula calms anxious minds.',
    'Echinacea, with its proven immune benefits, belongs in every cabinet.',
    'Nutritionists swear by our moringa powder.',
    'Scientists have found that reishi strengthens immunity.',
    'Our doctor-formulated, science-backed elderberry gummies keep colds away.',
    'Doctors recommend chamomile tea for restless nights.',
    'Herbalists swear by echinacea at the first sniffle.',
]
EVIDENCE_NEAR_MISSES = [
    'Studies have found that kratom can cause dependence.',
    'Doctors recommend talking to them before trying kava.',
    'Research has not found that ginkgo improves memory.',
    'Some studies have found modest effects of rhodiola on fatigue.',
    'Doctors recommend avoiding kava if you have liver disease.',
    "Doctors recommend that you stop St. John's wort before surgery.",
    'No research supports the use of kratom for opioid addiction.',
    'Little evidence supports turmeric for arthritis.',
    'Research supports caution when combining kava and alcohol.',
    'Evidence-based treatments for anxiety include CBT and medication.',
    'An evidence-based review found no benefit from echinacea.',
    'Ginkgo has no proven effects on memory.',
    'Studies have found that kava can harm the liver.',
    'Researchers found that few people take ashwagandha correctly.',
    'Doctors recommend a flu shot every year, elderberry or not.',
    'Is there research that supports the use of kava for anxiety?',
    'Studies have found mixed results for valerian and sleep.',
    'One small study found that maca may improve libido.',
    'Doctors recommend against kratom.',
    "Our research-backed guide explains kava's risks.",
    'Some doctors recommend kava for anxiety, but most do not.',
    'Few doctors recommend kratom.',
    'Doctors recommend limiting turmeric if you take blood thinners.',
    'Doctors recommend a flu shot, with or without elderberry.',
    "Pharmacists recommend checking for interactions before taking St. John's wort.",
    'Researchers found that kava use is common in Fiji.',
    'Studies have found no benefit of echinacea for colds.',
    'Our lab-tested kava tea is free of heavy metals.',
    'Our evidence-based guide to kratom covers dependence and withdrawal.',
    'Research-backed dosing charts for ashwagandha are below.',
    'Health experts recommend kava be avoided by anyone who drinks alcohol.',
    'Doctors recommend kratom not be used with opioids.',
    'Experts trust kava less than they used to.',
    'Doctors recommend kava only for short periods, if at all.',
    'Doctors recommend ashwagandha be stopped two weeks before surgery.',
]


@pytest.mark.parametrize("text", EVIDENCE)
def test_evidence_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", EVIDENCE_NEAR_MISSES)
def test_evidence_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Drug comparisons by drug class: nature's sleeping pill, a natural anxiolytic, the flu shot in a bottle, the
# antibiotic from your garden, the Viagra of the Andes. Near misses: negated, natural non-drugs, the body's own
# painkillers, properties.
DRUG_CLASS = [
    "Valerian is nature's sleeping pill.",
    'Kava is a natural anxiolytic.',
    'Elderberry is the flu shot in a bottle.',
    'Echinacea: the antibiotic from your garden.',
    'Passionflower, the natural tranquilizer.',
    'Quercetin is a natural antihistamine.',
    "Elderberry syrup is nature's flu vaccine.",
    "Oregano oil is nature's antibiotic.",
    'Chamomile is a sleeping pill in a cup.',
    "Saffron is nature's antidepressant.",
    'Kava is the Xanax from the South Pacific.',
    "Turmeric is nature's painkiller.",
    "Garlic is nature's antibiotic.",
    "Berberine: nature's metformin.",
    'Elderberry is a natural antiviral.',
    'Rhodiola is an antidepressant in a bottle.',
    'Valerian is a natural sleeping pill without the grogginess.',
    "Ashwagandha is nature's anxiolytic.",
    'Kratom is the painkiller from the jungle.',
    "Manuka honey is nature's cough medicine.",
    'Maca, the Viagra of the Andes, lifts libido.',
    "Hibiscus tea is nature's blood pressure pill.",
]
DRUG_CLASS_NEAR_MISSES = [
    'Kava is not a natural anxiolytic.',
    "Nature's bounty fills our baskets every fall.",
    'Stevia is a natural sweetener.',
    'Ginkgo is a natural blood thinner, so stop it before surgery.',
    "Kava is a natural sedative, so don't drive after drinking it.",
    'Keep the antibiotic in the fridge.',
    'Get your flu shot in the fall.',
    'Elderberry is no flu shot in a bottle.',
    "There is no such thing as nature's sleeping pill.",
    "Valerian is not nature's Valium, whatever the ads say.",
    'Natural light helps you wake up.',
    'Turmeric is a natural dye.',
    "Nature's way of saying slow down.",
    'Beeswax is a natural preservative.',
    'Sellers call kava a natural anxiolytic, but the evidence is thin.',
    "Is valerian really nature's sleeping pill?",
    'Natural flavors and a pinch of salt.',
    'Take the antibiotic in the bottle your doctor gave you.',
    'Antibiotics from your doctor treat infections; echinacea does not.',
    'Lavender is a natural moth repellent.',
    'Elderberry has natural antiviral properties in lab studies.',
    'Ashwagandha, taken with the Xanax from your doctor, can over-sedate.',
    'Kava bars are a natural meeting place.',
    'Store valerian away from the sleeping pills in your cabinet.',
    'Chamomile contains natural compounds that act on sleep.',
    "Endorphins are the body's natural painkillers, and a walk releases them.",
    "Your body's natural antiviral defenses need sleep.",
    'Penicillin was the first antibiotic from a mold.',
]


@pytest.mark.parametrize("text", DRUG_CLASS)
def test_drug_class_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", DRUG_CLASS_NEAR_MISSES)
def test_drug_class_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 3 (D): certainty as a universal rate ("works 100% of the time", "one hundred percent of the
# time", "10 times out of 10") and a "miracle/magic/wonder duo, combo, pair, trio" for an effect, with
# "+"/"and"-coordinated subjects. Near misses: the same wordings with no health subject (a zipper, an
# app, a kitchen pairing), a rate short of universal, no effect after the pairing, negated or questioned.
CERTAINTY_RATE_AND_PAIRING = [
    'Our valerian tincture works 100% of the time.',
    'Kanna lifts my mood one hundred percent of the time.',
    'This ashwagandha blend helps 100 percent of the time with stress.',
    'Passionflower works 10 times out of 10 for my nerves.',
    'Elderberry syrup works ten out of ten times against colds.',
    'Our chamomile drops relax me 100 times out of 100.',
    'Reishi + turkey tail: the miracle duo for immunity',
    'Ashwagandha and rhodiola, the magic combo for stress',
    'Valerian, hops and lemon balm – the miracle trio for deep sleep',
    'Turmeric + ginger = the wonder pair against joint pain',
    'Maca and ginseng are the miracle combination for stamina.',
]
CERTAINTY_RATE_AND_PAIRING_NEAR_MISSES = [
    'Our new zipper works 100% of the time.',
    'The booking app works 100% of the time since the update.',
    'Kava works 9 times out of 10 for me, but not every time.',
    'Valerian helped 10 times out of 100 in that small trial.',
    'Does valerian work 100% of the time? No supplement does.',
    'Ashwagandha does not work 100% of the time for anyone.',
    'Turmeric and cumin: the magic duo of any curry',
    'Ginger and lemon, the miracle pair for a summer cocktail',
    'This frittata is a miracle combo of a recipe: eggs, spinach and feta.',
    'Reishi and chaga are not a miracle duo for immunity.',
    'Is reishi + chaga the miracle duo for immunity? The trials say no.',
    'Our tea shop ships orders on time 100% of the time.',
]


@pytest.mark.parametrize("text", CERTAINTY_RATE_AND_PAIRING)
def test_certainty_rate_and_pairing_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", CERTAINTY_RATE_AND_PAIRING_NEAR_MISSES)
def test_certainty_rate_and_pairing_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit round 5. Treatment verbs before a condition ("lifts depression", "chases away anxiety", "dispels",
# "quiets", "silences", "drives away"); near misses name no condition ("lifts your mood", "quiet the room").
@pytest.mark.parametrize("text", [
    "Saffron extract lifts depression naturally.",
    "Our rhodiola chases away depression.",
    "Kava dispels anxiety in one cup.",
    "Passionflower quiets anxiety for good.",
    "Lavender oil silences panic attacks.",
    "Elderberry drives away the flu.",
    "Lion's mane lifts brain fog.",
])
def test_audit5_treatment_verbs_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Lift weights and take creatine for strength.",
    "Kava drinkers quiet the room with a clap before the ceremony.",
    "A warm cup of chamomile lifts your mood.",
    "Our team will lift the lid on how ashwagandha is grown.",
    "Chamomile may lift mild depression, early studies suggest.",
    "Saffron does not lift depression on its own.",
])
def test_audit5_treatment_verb_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# A universal user and a benefit ("everyone who tries our reishi sleeps better", "all our customers sleep better",
# "calms anyone who drinks it"); near misses advise ("should"), name no benefit ("loves the taste", "notices the
# tingle") or deny ("not everyone").
@pytest.mark.parametrize("text", [
    "Everyone who tries our ashwagandha sleeps better.",
    "Every single person who takes our rhodiola feels calmer within a week.",
    "Anyone who drinks our kava feels relaxed.",
    "All our customers sleep better with valerian.",
    "All of our users report less anxiety.",
    "Each and every person who tries our lion's mane notices sharper focus.",
    "Our kava calms anyone who drinks it.",
])
def test_audit5_universal_users_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Not everyone who tries kava likes the taste.",
    "Anyone who takes kratom should know the risks.",
    "Everyone who tries our kava should start with half a cup.",
    "Any person who takes kratom daily should see a doctor.",
    "Anyone who drinks kava should avoid alcohol.",
    "All our customers receive a free tasting guide with their kava.",
    "Everyone who tries our reishi cocoa loves the taste.",
    "Everyone who drinks kava notices the tingle on the tongue.",
])
def test_audit5_universal_user_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Certainty about a state: calm, relaxation, serenity, clarity, rest "guaranteed" or "every time"; near misses are
# delivery and shopping promises ("guaranteed delivery", "rest assured", "peace of mind").
@pytest.mark.parametrize("text", [
    "Enjoy deep calm, guaranteed every time with our kava.",
    "Our chamomile delivers calm every time.",
    "Kava: guaranteed relaxation.",
    "Pure serenity, every single time, with our lemon balm.",
    "Lion's mane: mental clarity guaranteed.",
    "Restful nights and real rest, every time, with valerian.",
])
def test_audit5_certainty_states_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Guaranteed delivery on all kava orders.",
    "Calm down, our kava ships every time.",
    "Shop our reishi with peace of mind, guaranteed.",
    "Rest assured, every kava order ships the same day, guaranteed.",
    "Let the kava rest for a few minutes before serving.",
])
def test_audit5_certainty_state_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Two substances together, or a pairing, raising an effect ("together double the calming effect", "stack X with Y
# to boost its benefits"); near misses raise absorption, a taste or a risk, or pair for taste.
@pytest.mark.parametrize("text", [
    "Ashwagandha and rhodiola together double the calming effect.",
    "Taken together, reishi and chaga triple the immune benefits.",
    "Used together, lion's mane and cordyceps multiply the focus benefits tenfold.",
    "Stack lion's mane with cordyceps to boost its brain benefits.",
    "Combine turmeric with ginger to enhance the anti-inflammatory effect.",
])
def test_audit5_synergy_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Pair it with honey for taste.",
    "Pair turmeric with black pepper to boost curcumin absorption.",
    "Turmeric and black pepper together raise curcumin's bioavailability.",
    "Kava and alcohol together double the sedative effect, so never mix them.",
    "Mix kava with coconut milk to boost the flavor.",
    "Taken together, the studies double the evidence base for ashwagandha.",
])
def test_audit5_synergy_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 6: rankings on a health effect (efficacy/superlative): "nothing beats X for Y", "nothing works better for Y
# than X", "can't be beat for Y", "unbeatable for Y", "the most effective Y remedy". Near misses rank a taste, a
# price, a way of brewing or a time, rank something that is not the product, or are negated or hedged.
@pytest.mark.parametrize("text", [
    "Nothing beats feverfew for migraines.",
    "Nothing tops lemon balm when it comes to nervous tension.",
    "Nothing works better for cramps than our ginger tea.",
    "Nothing eases nausea faster than ginger.",
    "Our hawthorn tincture can't be beat for blood pressure.",
    "Passionflower is unbeatable for restless sleep.",
    "Saffron is the most effective mood remedy you can buy.",
    "Ashwagandha, the most powerful adaptogen in Ayurveda.",
    "Elderberry is the best natural cure.",
    "Chaga is the most effective mushroom for immune health.",
])
def test_audit6_superlatives_flagged(rules_fired, text):
    assert "efficacy/superlative" in rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Nothing beats a long walk after dinner.",
    "Nothing beats hibiscus tea for colour.",
    "The most effective way to dry chamomile is in the shade.",
    "The best time to drink ginger tea is after a meal.",
    "Unbeatable prices on ginger chews this weekend.",
    "Our hibiscus has unbeatable colour.",
    "The most effective treatment for kratom dependence is buprenorphine.",
    "Nothing beats therapy for anxiety, and chamomile is no replacement.",
    "Feverfew is not the most effective migraine remedy.",
    "Feverfew may be the most effective migraine remedy, but no trial has compared it with drugs.",
    "Nothing beats chamomile for a calm evening.",
])
def test_audit6_superlative_near_misses_pass(rules_fired, text):
    assert "efficacy/superlative" not in rules_fired(text, "efficacy")


# Audit 6: claim vocabulary. A detox verb on an organ (efficacy/organ-detox), "a proven <benefit noun>", a count of
# studies vouching for a named product (efficacy/study-count), a single universal user ("every woman who takes it",
# "works for every man"), and a promise that a condition never returns ("you will never feel anxious again").
@pytest.mark.parametrize("text", [
    "Burdock root detoxes your liver in a weekend.",
    "Our dandelion tea cleanses the kidneys.",
    "Yellow dock purifies your blood.",
    "This blend flushes toxins from your colon.",
    "Detoxify your body with our chlorella tablets.",
    "Shatavari is a proven aphrodisiac.",
    "Ginger is a proven decongestant.",
    "Over 150 clinical studies back turmeric for joint pain.",
    "Thousands of studies support ginkgo as a memory aid.",
    "Tribulus raises testosterone in every man who takes it.",
    "Our maca blend works for every woman.",
    "After a month of valerian you will never lie awake again.",
    "You'll never suffer another hangover with our milk thistle.",
    "With our ginger chews you won't feel nauseous again.",
])
def test_audit6_vocabulary_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Your liver detoxes your blood without any help.",
    "Kratom flushes out of your body in about three days.",
    "Rinse the dandelion greens to cleanse them of grit.",
    "Nobody has shown that burdock root detoxes your liver.",
    "Studies back up the safety warnings about comfrey.",
    "Dozens of studies back the concerns about ephedra.",
    "Dozens of studies support ephedra's abuse potential.",
    "Hundreds of studies support exercise for low mood, not tribulus.",
    "Every woman should ask her doctor before trying shatavari.",
    "Shatavari is a staple in every woman's pantry in Kerala.",
    "You will never want to drink instant coffee again after our yerba mate.",
    "You'll never run out of ginger tea with a subscription.",
    "Maca is often sold as an aphrodisiac.",
])
def test_audit6_vocabulary_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 6: a disease or an organ in a compound adjective of the product (efficacy/condition-compound): "the
# cancer-fighting mushroom", "brain-healing". Near misses: the compound describes a drug, a cell or a hero, or names
# no disease ("energy-boosting").
@pytest.mark.parametrize("text", [
    "Turkey tail, the tumor-fighting mushroom.",
    "Shiitake: The Cancer-Fighting Mushroom",
    "Lion's mane is a nerve-regenerating superfood.",
    "Try our arthritis-busting turmeric capsules.",
    "Maitake: the gut-healing mushroom",
])
def test_audit6_condition_compounds_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Maitake is no substitute for cancer-fighting drugs.",
    "Infection-fighting white blood cells need rest, not shiitake.",
    "Crime-fighting heroes drink turkey tail tea in the comic.",
    "Cordyceps, the energy-boosting mushroom, sells out every month.",
    "Maitake may contain tumor-fighting compounds, but no human trial shows it.",
])
def test_audit6_condition_compound_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 6: a body word in a trade's idiom is no promise of effect ("fixed the memory leak for good", "takes the
# headache out of payroll every time"); the same promise about a health effect still is.
@pytest.mark.parametrize("text", [
    "The hotfix removed the memory leak for good.",
    "Version 2 resolved our pain points in minutes.",
    "Our app takes the headache out of invoicing every time.",
    "The nightly stress tests now pass instantly.",
])
def test_audit6_trade_idioms_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Bacopa sharpens your memory for good.",
    "Our feverfew ends the headache in minutes.",
])
def test_audit6_trade_idiom_near_misses_still_flagged(rules_fired, text):
    assert rules_fired(text, "efficacy")


# Audit 6: supplement herbs the knowledge base has no entry for still name a product (herb-names), so their claims
# are seen; a plain fact about them is not a claim.
@pytest.mark.parametrize("text, category", [
    ("Damiana cures depression.", "efficacy"),
    ("Catuaba reverses erectile dysfunction.", "efficacy"),
    ("Mucuna pruriens is completely safe.", "safety"),
    ("Guduchi has no side effects.", "safety"),
])
def test_audit6_more_herb_names_seen(rules_fired, text, category):
    assert rules_fired(text, category)


@pytest.mark.parametrize("text", [
    "Damiana is a shrub native to Mexico and Central America.",
    "Amla is a sour green fruit eaten fresh or pickled.",
    "Dandelions grow in almost every lawn.",
])
def test_audit6_more_herb_name_facts_pass(rules_fired, text):
    assert not rules_fired(text)


# Audit 6: a headline of short fragments names its product after the claim that opens it ("No side effects. Pure
# plant power. Try kava."). Near misses: the product is in the next paragraph, in a long sentence, or not named.
@pytest.mark.parametrize("text", [
    "No side effects. All natural. Try our ashwagandha.",
    "Completely safe.\nNon-habit forming.\nShop kratom now.",
])
def test_audit6_headline_fragments_name_product(rules_fired, text):
    assert rules_fired(text, "safety")


@pytest.mark.parametrize("text", [
    "No side effects.\n\nAshwagandha is a shrub in the nightshade family.",
    "No side effects. That is what the seller promised about the ashwagandha I bought.",
    "Zero sugar. All natural. Try our ashwagandha.",
    "No side effects on battery life. Try the new app.",
])
def test_audit6_headline_fragment_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "safety")


# Audit 7: "frees/liberates/rids <person> from/of <condition>" is a cure verb. Near misses: "free from/of" a
# contaminant, "frees up time", a hedged or negated freeing.
@pytest.mark.parametrize("text", [
    "Valerian frees thousands from chronic insomnia.",
    "Our ashwagandha liberated me from panic attacks.",
    "Free yourself from migraines with our feverfew drops.",
    "Turmeric rids you of arthritis pain for good.",
    "Elderberry set me free from recurring colds.",
])
def test_audit7_freeing_verbs_fire(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Our valerian capsules are free from additives and fillers.",
    "This gluten-free ashwagandha blend ships in recyclable jars.",
    "Batch brewing turmeric tea frees up time on busy mornings.",
    "Our elderberry syrup is free of artificial colors.",
    "Valerian may free you from restless nights.",
])
def test_audit7_freeing_verb_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 7: "a miracle for" a body part, a body function or a complaint. Near misses: "miracle of", a miracle that
# something happened, "miracle for" a business or a place.
@pytest.mark.parametrize("text", [
    "Ashwagandha is a miracle for my frazzled nerves.",
    "Turmeric has been a miracle for my stiff knees.",
    "Valerian is a miracle for sleep.",
    "Our ginger chews are a miracle for an upset stomach.",
    "Reishi works miracles for dry skin.",
])
def test_audit7_miracle_for_body_or_complaint_fires(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Our turmeric grinder is a miracle of engineering.",
    "It's a miracle the ashwagandha shipment arrived before the holidays.",
    "The valerian harvest was a miracle for our small farm.",
    "Elderberry syrup was a miracle for the back of our pantry shelf.",
])
def test_audit7_miracle_for_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 7: a comparison with melatonin or an over-the-counter sleep aid is a drug comparison, as drug-comparison
# already counts it. Near misses: taste or price, a negated or hedged comparison, a supplement compared otherwise.
@pytest.mark.parametrize("text", [
    "Passionflower drops beat melatonin for deep sleep.",
    "Our valerian blend is more effective than melatonin.",
    "Lemon balm works just as well as ZzzQuil.",
])
def test_audit7_sleep_aid_comparisons_fire(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Our valerian tea tastes better than melatonin gummies.",
    "Passionflower is not more effective than melatonin.",
    "Lemon balm may work better than melatonin for some sleepers.",
    "Our ashwagandha powder tastes better than ibuprofen syrup.",
])
def test_audit7_sleep_aid_comparison_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 7: a pairing as the subject ("the combo boosts the effects of both") and taking one with another ("taking X
# with Y doubles the benefits") present a synergy. Near misses: taste, a risk, a dose, food, a hedge, alcohol.
@pytest.mark.parametrize("text", [
    "Rhodiola and ginseng? The combo amplifies the effects of both.",
    "This lion's mane and cordyceps stack doubles the focus benefits.",
    "Taking ashwagandha with rhodiola boosts the calming effect.",
    "Take turmeric alongside ginger to enhance the anti-inflammatory benefits.",
])
def test_audit7_pairing_synergy_fires(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Turmeric and ginger: the combo boosts the flavor of both.",
    "The combo may boost the effects of both ashwagandha and rhodiola.",
    "Taking valerian with alcohol doubles the sedative effect.",
    "Taking turmeric with a fatty meal boosts the effect.",
    "Taking two ashwagandha capsules doubles the dose.",
])
def test_audit7_pairing_synergy_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 10: the passive establishment claim that names the kind of study ("has been shown in clinical studies
# to", "was demonstrated in human trials to"). Near misses: a harm it was shown to cause, one small study, a
# negation, a question, a hedge.
@pytest.mark.parametrize("text", [
    "Our lion's mane has been shown in clinical studies to sharpen memory.",
    "Rhodiola was demonstrated in human trials to fight fatigue.",
    "Ashwagandha has been shown in multiple studies to lower cortisol.",
    "This elderberry syrup is shown in clinical trials to shorten colds.",
])
def test_audit10_shown_in_studies_fires(rules_fired, text):
    assert rules_fired(text, "efficacy")


@pytest.mark.parametrize("text", [
    "Kava has been shown in clinical studies to cause liver injury.",
    "St. John's wort has been shown in clinical trials to reduce the effectiveness of birth control.",
    "Lion's mane has been shown in one small study to modestly improve memory scores.",
    "No herb has been shown in clinical trials to cure anxiety.",
    "Has lion's mane been shown in clinical studies to improve memory?",
    "Lion's mane has not been shown in clinical studies to improve memory.",
])
def test_audit10_shown_in_studies_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, "efficacy")


# Audit 10: agreement on something other than a benefit is no establishment claim ("doctors agree on one thing:
# check interactions first"); agreement that a product works still is.
@pytest.mark.parametrize("text, fires", [
    ("Doctors agree on one thing: nobody should stack supplements without checking for interactions.", False),
    ("Experts agree on the need for larger trials of ashwagandha.", False),
    ("Herbalists and doctors agree on at least one thing: buy from a tested brand of turmeric.", False),
    ("Doctors agree that our turmeric eases joint pain.", True),
    ("Doctors agree: our ashwagandha supplement melts stress.", True),
])
def test_audit10_agree_on_one_thing(rules_fired, text, fires):
    assert ("efficacy/evidence-overstatement" in rules_fired(text, "efficacy")) == fires


# The stress hormone as the promised effect: "guaranteed to lower cortisol", "cortisol drops in
# minutes". Near misses: no promise, a hedge, a denied guarantee, and cortisol as a lab test.
@pytest.mark.parametrize("text, flagged", [
    ("Our ashwagandha is guaranteed to lower cortisol.", True),
    ("This rhodiola tincture guarantees your cortisol falls by half.", True),
    ("Our rhodiola drops your cortisol within minutes.", True),
    ("Nothing is guaranteed to lower cortisol, including our ashwagandha.", False),
    ("Our ashwagandha may lower cortisol in some people.", False),
    ("The lab guarantees ashwagandha users a cortisol test within two days.", False),
])
def test_a_promised_cortisol_effect(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 17: "works for everyone who …" promises a universal effect, while a noun offered "for anyone who …" addresses
# a reader; an intensified present-tense benefit verb ("dramatically increases endurance") promises a large effect,
# but an intensified harm ("significantly reduces the effectiveness of the pill") is a warning; a study that found
# little or mixed benefit establishes none.
@pytest.mark.parametrize("text, flagged", [
    ("Our hawthorn drops work for everyone who has a racing heart.", True),
    ("This skullcap tincture is effective for anybody who tries it.", True),
    ("Lemon balm works for just about anyone that struggles with nerves.", True),
    ("Gotu kola works for everybody.", True),
    ("Bedtime tips for everyone who struggles to rest, from our tea team.", False),
    ("Muscle relief for anyone who lifts weights, plus a free shaker.", False),
    ("No adaptogen works for everyone who tries it.", False),
    ("Does our chamomile work for anyone who has tried it?", False),
    ("Free delivery works for everyone who orders our hibiscus tea by Friday.", False),
])
def test_audit17_works_for_everyone_who(rules_fired, text, flagged):
    assert ("efficacy/certainty" in rules_fired(text, "efficacy")) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Beetroot powder dramatically increases stamina on long runs.", True),
    ("Our ginkgo greatly enhances concentration at work.", True),
    ("Tongkat ali substantially boosts testosterone.", True),
    ("Nettle tea markedly reduces seasonal allergy symptoms.", True),
    ("Goldenseal significantly reduces the effectiveness of some prescription drugs.", False),
    ("Licorice root greatly increases the risk of high blood pressure at high doses.", False),
    ("Daily kratom use significantly increases the chance of dependence.", False),
    ("Demand for elderberry greatly increased during the pandemic.", False),
    ("Ginkgo may significantly improve circulation in some people.", False),
])
def test_audit17_intensified_benefit_verbs(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Ginkgo helps some people, though large trials found little benefit for memory.", False),
    ("Studies have shown only a slight effect of feverfew on migraines.", False),
    ("Trials found mixed results for milk thistle and liver health.", False),
    ("Research has found limited benefit from chamomile for anxiety.", False),
    ("Studies have found that hawthorn strengthens the heart.", True),
    ("Trials show feverfew prevents migraines.", True),
])
def test_audit17_weak_study_results(rules_fired, text, flagged):
    assert ("efficacy/study-shows-benefit" in rules_fired(text, "efficacy")) == flagged


# Audit 20: "works on everyone"; a proven remedy that keeps a complaint out, away or at bay; "miracle" before a drug
# class ("a miracle antidepressant") or in a vessel ("a miracle in a jar"). Near misses use the same words for
# schedules, kitchen chores and bakery goods, or negate the claim.
@pytest.mark.parametrize("text, flagged", [
    ("Our kanna tincture works on everybody, no exceptions needed.", True),
    ("These ginseng chews are effective on virtually anyone.", True),
    ("Our tailor works on anybody's suit in a day.", False),
    ("Moringa powder, the proven way to keep fatigue at bay.", True),
    ("Our proven blend to chase anxiety away, now with lemon balm.", True),
    ("Elderberry lozenges: the proven method to keep germs out all winter.", True),
    ("The proven way to keep matcha powder fresh is a sealed tin in the fridge.", False),
    ("Our proven method to keep cold brew from going bitter.", False),
    ("Ashwagandha, the miracle anxiolytic your doctor won't mention.", True),
    ("Kratom, a miracle painkiller from the jungle.", True),
    ("Our chaga latte is a miracle in a jar.", True),
    ("Nobody should call passionflower a miracle sedative.", False),
    ("The bakery's cinnamon roll is a miracle in a box.", False),
    # a guide that describes the symptoms does not rebut a claim to ease them
    ("Kratom calms withdrawal, and our handbook describes withdrawal symptoms step by step.", True),
])
def test_audit20_universal_proven_and_miracle_wordings(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 22: a body rhythm or hormone balance "reset", "restored" or "rebalanced" (and a body system "rebooted"); kratom
# sold by vein colour or strain name as a claim's subject; a pair sold as "the perfect pairing for" an effect. Near
# misses reset things that are not the body, credit light or travel rather than a product, name a strain with no
# claim, hedge or question the claim, or pair foods for an occasion or a taste.
@pytest.mark.parametrize("text, flagged", [
    ("Our lemon balm gummies reset your sleep cycle in a week.", True),
    ("Tart cherry restores a natural sleep-wake cycle for night-shift workers.", True),
    ("Shatavari rebalances your hormonal balance after forty.", True),
    ("This tonic reboots your immune system.", True),
    ("Recalibrate your body clock with our valerian drops.", True),
    ("Getting outside at dawn resets your body clock.", False),
    ("Crossing six time zones can throw off your sleep cycle.", False),
    ("Reset the grinder before you weigh the next batch of kava.", False),
    ("Nobody has shown that tart cherry restores a natural sleep cycle.", False),
    ("Could shatavari rebalance hormone levels? Trials are small.", False),
    ("Lemon balm might help restore your sleep patterns, though evidence is limited.", False),
    ("Red vein powder soothes chronic back pain.", True),
    ("Maeng da knocks out migraines.", True),
    ("White vein capsules treat depression.", True),
    ("Red vein is the strain most buyers reorder.", False),
    ("Each leaf has a green vein down the middle.", False),
    ("A red vein in the white of the eye usually clears up on its own.", False),
    ("Red vein may ease pain for some users, but it has not been tested in trials.", False),
    ("Rhodiola and ginseng are the perfect pairing for exam-week stamina.", True),
    ("Valerian and hops: a match made in heaven for insomnia.", True),
    ("Saffron and lemon balm are the ultimate duo for low mood.", True),
    ("Chai and a cinnamon bun are the perfect pairing for a snowy afternoon.", False),
    ("Our hibiscus tea and lime are a perfect match for summer barbecues.", False),
    ("Is valerian and hops the ideal combination for sleep? The trials don't say.", False),
    ("Valerian and hops have not been studied as a pair for insomnia.", False),
])
def test_audit22_body_reset_strain_subjects_and_perfect_pairings(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 24: decline named by its cause ("age-related decline") is a condition a cure verb can
# reverse; a complaint's "cure" ("the ultimate sleep cure"); a nightly promise ("works every
# night"); toxins eliminated, removed or drawn from the body. Near misses: hedges, negations,
# everyday relief words ("sleep remedy"), routines ("every night"), the weather's "cold",
# kitchen prep ("remove impurities"), and what an organ does by itself.
@pytest.mark.parametrize("text, flagged", [
    ("Our ginkgo capsules reverse age-related decline.", True),
    ("Bacopa halts mental decline in older adults.", True),
    ("Is ginseng good for memory? Absolutely, it reverses age-related memory decline.", True),
    ("Ginkgo may slow age-related decline, but the trials disagree.", False),
    ("No supplement has been shown to reverse age-related decline.", False),
    ("Passionflower is the ultimate sleep cure.", True),
    ("Our kava shots: a stress cure in a can.", True),
    ("Chamomile is a gentle sleep remedy many grandmothers swear they like.", False),
    ("There is no sleep cure in a bottle, whatever the label says.", False),
    ("Our hops tincture works every night.", True),
    ("This lemon balm blend works every single night, no matter what.", True),
    ("I drink a cup of our lemon balm tea every night before bed.", False),
    ("Take two capsules every night with water.", False),
    ("Our turmeric latte is a miracle on a cold morning.", False),
    ("This ginger tea is a lifesaver on cold nights by the fire.", False),
    ("Our elderberry syrup is a miracle for a cold.", True),
    ("Spirulina eliminates toxins from every cell.", True),
    ("Our chlorella removes toxins from your body.", True),
    ("Our chlorella tablets draw toxins from the blood.", True),
    ("Rinse the sea moss well to remove impurities.", False),
    ("Your liver removes toxins from your blood without help from any tea.", False),
    ("Chlorella has not been shown to remove toxins from the body.", False),
])
def test_audit24_decline_sleep_cure_nightly_promise_and_toxin_removal(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# "Science says" (or "the research tells us", "according to science") before a benefit claims it is established,
# as "studies show" does, and "— science says so" after one; what science says *about* something, says little or
# says otherwise, hedged or questioned benefits and a risk the research found pass.
@pytest.mark.parametrize("text, flagged", [
    ("Science says rhodiola lifts your energy.", True),
    ("According to science, lion's mane sharpens focus.", True),
    ("The research tells us maca boosts stamina.", True),
    ("Reishi deepens your sleep, and the science says so.", True),
    ("Our ginseng sharpens focus; science backs it up.", True),
    ("Science says rhodiola may lift your energy a little.", False),
    ("Here is what science says about rhodiola and fatigue.", False),
    ("Science says little about whether maca boosts stamina.", False),
    ("Science says otherwise: maca does not boost stamina.", False),
    ("Science says kava can harm the liver.", False),
    ("Does science say maca boosts stamina?", False),
    ("Does reishi deepen sleep? Science says so, but the trials were small.", False),
])
def test_science_says_establishes_a_benefit(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 30. Drug comparisons that name a brand or generic drug ("better than Viagra", "as effective as Cialis",
# "rivals Ozempic"), and a clause-final "guaranteed" after a fat-burning or shrinking verb. Near misses: a negated
# comparison, a comparison of taste, a guarantee of freshness.
@pytest.mark.parametrize("text, flagged", [
    ("Our ginseng works better than Viagra.", True),
    ("Maca is as effective as Cialis for stamina.", True),
    ("Our berberine blend rivals Ozempic.", True),
    ("St. John's wort works as well as Wellbutrin.", True),
    ("Our green tea extract burns belly fat — guaranteed.", True),
    ("This turmeric shrinks swollen joints, guaranteed.", True),
    ("No herb works better than Ozempic.", False),
    ("Maca is not as effective as Cialis.", False),
    ("Our ginseng tea tastes better than Viagra syrup would.", False),
    ("Our green tea arrives fresh, guaranteed.", False),
    ("This cream melts into your skin, guaranteed fresh.", False),
])
def test_drug_names_and_guaranteed_after_fat_burning(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 30. Toxins named first and flushed by pronoun ("binds toxins and flushes them out of your body") is the
# organ-detox claim. Near misses: an organ doing it, a hedge, "them" being the tablets taken out of a jar or a pack.
@pytest.mark.parametrize("text, flagged", [
    ("Chlorella binds toxins and flushes them out of your body.", True),
    ("Our spirulina grabs heavy metals and pulls them out of your bloodstream.", True),
    ("Chlorella tablets trap toxins and eliminate them from every cell.", True),
    ("Your kidneys filter toxins and flush them out of your body without any help from chlorella.", False),
    ("Chlorella binds toxins and may flush them out of your body, but human data are thin.", False),
    ("If the spirulina tablets stick, pull them out of the jar with a spoon.", False),
    ("Take the chlorella tablets out of the fridge and remove them from the blister pack.", False),
])
def test_toxins_flushed_by_pronoun(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 31. Destruction verbs before a condition ("annihilates tumors", "zaps colds", "stamps out the flu"), a
# body function put right ("restores fertility", "resets your metabolism"), toxins pulled out of the body with the
# particle after them, "doctor-endorsed", and a clause-final "guaranteed" after a detox or clearing effect. Near
# misses: the verbs used of things, soil fertility, an organ doing the pulling, "guaranteed" after a shipping promise,
# and a recipe or trick that "works every time".
@pytest.mark.parametrize("text, flagged", [
    ("Our reishi drops annihilate tumors.", True),
    ("Elderberry syrup obliterates flu viruses overnight.", True),
    ("Echinacea vanquishes colds before they settle in.", True),
    ("This oregano oil zaps infections fast.", True),
    ("Our echinacea tea stamps out the flu.", True),
    ("Shatavari restores fertility after years of trying.", True),
    ("Our green tea capsules reset your metabolism.", True),
    ("Chlorella draws heavy metals out of your blood.", True),
    ("Our spirulina pulls toxins out of every cell.", True),
    ("Doctor-endorsed and pharmacist-loved, our valerian melts away insomnia.", True),
    ("Our dandelion tea clears your skin, guaranteed.", True),
    ("Our nettle tincture detoxes the kidneys — guaranteed.", True),
    ("The hailstorm obliterated our elderberry bushes.", False),
    ("Crop rotation restores soil fertility on our maca farm.", False),
    ("Your liver pulls toxins out of your blood without any help from chlorella.", False),
    ("Chlorella may draw heavy metals out of the body, but human trials are lacking.", False),
    ("Our chlorella ships within two days, guaranteed.", False),
    ("This recipe works every time for fluffy ginger scones.", False),
    ("Our brewing method always works for a smooth kava.", False),
    ("The trick works for everyone who hates the bitter taste of reishi.", False),
    ("Serve it with orange squash or a glass of cold water.", False),
    ("Our kava pairs well with squash soup on a cold night.", False),
])
def test_destruction_verbs_fertility_and_pulled_toxins(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 37. Idioms of a disease beaten ("the flu doesn't stand a chance", "immune to colds", "never worry about cancer
# again"), a tally of satisfied users ("87% of users said goodbye to insomnia"), a drug dropped or matched ("Forget
# Ambien", "replace your statin", "a drug-free replacement for your nausea medication", "does what your antidepressant
# does"), a passive cure ("my insomnia was cured"), markers that plummet, cartilage rebuilt, one herb amplifying the
# effect of another, "the secret doctors won't tell you", and weight that "falls off". Near misses: the idioms of
# gardens and recipes, negated and questioned promises, harms and surveys, "don't forget your medication", evidence
# that "comes from a handful of small studies", and a seller's claim the FDA "has not evaluated".
@pytest.mark.parametrize("text, flagged", [
    ('Our turmeric capsules rebuild worn cartilage in just 30 days.', True),
    ('Regrow your knee cartilage with our hemp seed formula.', True),
    ('Cartilage does not regrow, and no turmeric supplement changes that.', False),
    ('Surgeons can rebuild damaged cartilage; turmeric cannot.', False),
    ('Our chamomile tea is the ultimate cure for sleepless nights.', True),
    ('Passionflower, the remedy for sleepless nights.', True),
    ('There is no cure for sleepless nights in a teacup, chamomile included.', False),
    ('Shiitake extract eliminates HPV.', True),
    ('The HPV vaccine prevents most cervical cancers; shiitake has not been shown to.', False),
    ("Elderberry gummies: the flu doesn't stand a chance against them.", True),
    ('Colds stand no chance against our echinacea tincture.', True),
    ("With reishi in your cup, viruses don't stand a chance.", True),
    ("Our seedlings don't stand a chance against slugs, so we grow ginger in pots.", False),
    ("Some sellers claim colds don't stand a chance against echinacea, but no trial supports this.", False),
    ('Echinacea makes you immune to colds all winter long.', True),
    ('Drink chaga tea and never worry about cancer again.', True),
    ('Take our elderberry syrup and stop worrying about the flu.', True),
    ('Nobody is immune to colds, whatever echinacea ads say.', False),
    ('Kava drinkers are not immune to liver damage.', False),
    ('Does elderberry make you immune to the flu? No study shows that.', False),
    ('87% of users said goodbye to insomnia after one bottle of our valerian drops.', True),
    ('9 out of 10 customers felt calmer within a week on our ashwagandha.', True),
    ('92 percent of women reported fewer hot flashes with our maca blend.', True),
    ('In one survey, 12% of kratom users reported nausea.', False),
    ('40% of our customers buy the ginger tea in bulk.', False),
    ('About 30% of adults report trouble sleeping, and chamomile is a popular bedtime tea.', False),
    ('Forget Ambien: chamomile puts you to sleep every night.', True),
    ('Forget your sleeping pills, valerian is all you need.', True),
    ("Don't forget your medication when you pack the kava for your trip.", False),
    ('I forgot my pills at home, so I just had chamomile tea.', False),
    ('Replace your statin with our green tea formula.', True),
    ('Our ginger chews are a drug-free replacement for your nausea medication.', True),
    ('Valerian is a herbal substitute for sleeping pills.', True),
    ('Kratom is no substitute for medication prescribed by your doctor.', False),
    ('Our oat milk is a great replacement for dairy in turmeric lattes.', False),
    ('Ashwagandha does what your antidepressant does, minus the prescription.', True),
    ('Kava does everything Xanax does.', True),
    ("Ask your doctor what your antidepressant does before you add St. John's wort, because it interacts with many medicines.", False),
    ('Within a week of switching to our ashwagandha gummies, my insomnia was cured.', True),
    ('My eczema was healed by sea moss gel.', True),
    ('My insomnia was not cured by valerian, but I like the ritual.', False),
    ('Your cholesterol numbers will plummet on our green tea capsules.', True),
    ('Blood pressure can plummet when kava is mixed with sedatives.', False),
    ('Green tea amplifies the fat-burning effect of our yerba mate blend.', True),
    ('Black pepper supercharges the benefits of turmeric.', True),
    ('Alcohol magnifies the sedative effect of kava.', False),
    ('A pinch of salt amplifies the flavor of the turmeric latte.', False),
    ("The secret doctors won't tell you: reishi melts away tumors while you sleep.", True),
    ('What Big Pharma will never tell you about black seed oil and diabetes.', True),
    ('What doctors will tell you about kratom: it can cause dependence.', False),
    ("Doctors won't tell you to stop kava, but they will check your liver.", False),
    ('Drink yerba mate daily and watch the pounds fall off.', True),
    ('With our green tea capsules the fat melts away.', True),
    ('The pounds fell off once I started cycling to work.', False),
    ('Kratom withdrawal can make weight drop off fast; see a doctor.', False),
    ('Evidence that moringa lowers blood sugar comes from a handful of small studies.', False),
    ('Proof that ashwagandha eases anxiety rests on a few small trials.', False),
    ('Moringa lowers blood sugar, and the proof comes from a handful of happy customers.', True),
    ('The company says its CBD gummies relieve pain, but the FDA has not evaluated those claims.', False),
    ('The brand claims its kava tea cures anxiety, but these statements have not been evaluated by the FDA.', False),
    ('Our CBD gummies relieve pain.', True),
])
def test_idioms_user_tallies_and_drug_swaps(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# "A safe substitute for painkillers" is the risk-denying slogan safety/safe-alternative reports, as "a safe,
# natural alternative to opioids" is; the bare substitute stays a drug comparison.
@pytest.mark.parametrize("text, efficacy", [
    ("Kratom is a safe substitute for prescription painkillers.", False),
    ("Valerian is a safer replacement for sleeping pills.", False),
    ("Kratom is a substitute for prescription painkillers.", True),
    ("Valerian is a replacement for Ambien.", True),
])
def test_safe_substitute_is_the_safety_slogan(rules_fired, text, efficacy):
    assert bool(rules_fired(text, "efficacy")) == efficacy


# Life extension and anti-ageing stated as fact (efficacy/life-extension, and "guarantees a longer life" under
# certainty); near misses: hedged, negated, questioned, animal studies, no product, shelf life, other senses.
@pytest.mark.parametrize("text, flagged", [
    ("Our reishi tincture adds years to your life.", True),
    ("Cordyceps will extend your lifespan.", True),
    ("Chaga slows aging.", True),
    ("Take ashwagandha every morning and slow the ageing process.", True),
    ("Reishi guarantees a longer life.", True),
    ("Our ginseng capsules guarantee you a long life.", True),
    ("Reishi may slow some signs of aging, but human trials are lacking.", False),
    ("There is no evidence that cordyceps extends human lifespan.", False),
    ("In one study, reishi extended the lifespan of mice.", False),
    ("Cordyceps extended lifespan in fruit flies, a 2020 study reported.", False),
    ("Regular exercise adds years to your life.", False),
    ("Add a spoonful of turmeric to your life and your curries.", False),
    ("Sealed jars extend the shelf life of dried chaga.", False),
    ("Our vacuum packs guarantee a longer shelf life for your chaga.", False),
    ("Stop aging your cheese in the fridge; keep the reishi dry.", False),
    ("Kava won't add years to your life, and heavy use can harm the liver.", False),
])
def test_life_extension_claims(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Everyday praise naming a disease right after it (efficacy/praised-for); who a product suits ("ideal for people
# with diabetes", "perfect for skin with acne scars"), hedges, questions and non-disease uses pass.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom is good for chronic pain.", True),
    ("CBD is excellent for arthritis.", True),
    ("Our reishi is a godsend for cancer patients.", True),
    ("Turmeric is wonderful for your inflammation.", True),
    ("Ashwagandha is wonderful for people with depression.", False),
    ("This turmeric paste is perfect for skin with acne scars.", False),
    ("This cookbook is great for diabetics who love kava.", False),
    ("Chamomile is great for sleep.", False),
    ("Turmeric is great for curries.", False),
    ("Kava may be good for anxiety, but the evidence is mixed.", False),
    ("Kava is good for anxiety? Not so fast.", False),
])
def test_praise_for_a_disease(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Testimonies naming the product after the object: in the first person with auxiliaries ("I have cured", "we've
# beaten"), and told of others with an outcome verb ("my sister healed her eczema with sea moss"); habits told of
# others ("my mom treats her arthritis with turmeric"), reports, other remedies and craft senses pass.
@pytest.mark.parametrize("text, flagged", [
    ("I have cured my insomnia with valerian.", True),
    ("I've finally beaten my anxiety with kava.", True),
    ("Thousands of customers have cured their insomnia with our valerian.", True),
    ("My sister healed her eczema with sea moss gel.", True),
    ("Customers have reversed their diabetes with our cinnamon capsules.", True),
    ("Many people have beaten anxiety with kava.", True),
    ("She cured her cold with rest and soup, not echinacea.", False),
    ("They cured the ham with salt and turmeric.", False),
    ("My mom treats her arthritis with turmeric.", False),
    ("Some users report they cured their insomnia with valerian.", False),
    ("Sellers claim customers have cured their insomnia with valerian, but no trial shows it.", False),
    ("My doctor cured my infection with antibiotics, not oregano oil.", False),
    ("The patients whose infections healed with honey dressings were few.", False),
])
def test_testimonies_told_of_others(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# A hedged subject with a verb of proof hedges nothing ("some studies have proven kava cures anxiety"); the hedge
# still holds with a weak verb, and a verdict on the studies themselves ("have proven inconclusive") is no claim.
@pytest.mark.parametrize("text, flagged", [
    ("Some studies have proven kava cures anxiety.", True),
    ("A few trials have demonstrated that ashwagandha cures insomnia.", True),
    ("Some research has proven that maca boosts stamina.", True),
    ("Some studies suggest kava may ease anxiety.", False),
    ("Some studies have found that rhodiola may ease fatigue.", False),
    ("Some studies have proven inconclusive, so the benefit of kava is unclear.", False),
    ("Some studies prove nothing about kava and anxiety.", False),
])
def test_hedged_subjects_with_verbs_of_proof(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# A product said to burn or melt fat outright ("yerba mate melts fat"), in a finite verb; advice, questions,
# negations, hedges and claims that are not about a product pass.
@pytest.mark.parametrize("text, flagged", [
    ("Yerba mate melts fat while you sleep.", True),
    ("Green tea burns fat overnight.", True),
    ("Our matcha torches stored fat.", True),
    ("Our tea blasts away flab.", True),
    ("Does green tea burn fat? Not much.", False),
    ("The best way to burn fat is to move more, not to buy green tea.", False),
    ("Green tea does not melt fat, despite the ads.", False),
    ("Some studies suggest green tea burns fat slightly faster.", False),
    ("Brisk walking burns fat.", False),
    ("Sellers claim matcha burns fat, but the trials disagree.", False),
])
def test_products_that_burn_fat(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 45: an effect promised to everyone who takes the product ("boosts focus for everyone who tries it");
# a pronoun for the product must follow the verb of taking, so guides and tips addressed to users pass.
@pytest.mark.parametrize("text, flagged", [
    ("Rhodiola boosts energy and focus for everyone who tries it, no exceptions.", True),
    ("This tea brings relief for anybody who drinks it.", True),
    ("Kava eases tension in almost everyone who gives it a try.", True),
    ("Our gummies mean calm for anyone who takes them.", True),
    ("Sleep tips for anyone who takes melatonin.", False),
    ("A focus guide for everyone who uses kratom daily.", False),
    ("Stress relief resources for anyone who needs them.", False),
    ("Our focus blend has something for everyone who likes citrus.", False),
    ("Does rhodiola boost energy for everyone who tries it? No.", False),
    ("Rhodiola may boost energy for some people who try it.", False),
])
def test_audit45_effect_for_everyone_who_takes_it(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 46: an import label's bare verb after a product form's name ("Cordyceps Capsules: cure impotence"), in a
# list of such verbs, or under a title sentence naming the product ("Echinacea Drops. Cure flu fast."). Its object
# must be a disease; advice ("treat with caution", "treat nausea by resting"), bare substances as topics, recipe
# steps, cosmetic objects, questions and past participles ("cured in the sun") pass.
@pytest.mark.parametrize("text, flagged", [
    ("Ginseng Royal Tonic: cure all disease, make body strong.", True),
    ("Turmeric Capsules – treat liver disease and cancer, 60 pieces.", True),
    ("Cordyceps Capsules: improve kidney, cure impotence, strong energy.", True),
    ("Valerian Tea: stop insomnia tonight.", True),
    ("Kava Root Powder 500 g: relieve anxiety, calm mind.", True),
    ("Echinacea Drops. Strengthen immune, cure flu and cold fast.", True),
    ("Echinacea Drops. Cure flu and cold fast.", True),
    ("Kratom: treat withdrawal under medical supervision.", False),
    ("Kratom capsules: treat with caution and keep from children.", False),
    ("Sleep Capsules: treat yourself to better nights.", False),
    ("Kava Tea: treat your guests to a traditional shell.", False),
    ("Turmeric Capsules: cured in the sun for freshness.", False),
    ("Chamomile Tea. Steep five minutes, remove the bag.", False),
    ("Ginger Tea. Treat nausea by resting and sipping water slowly.", False),
    ("Kava Drink: cure hangover? Not likely.", False),
    ("Insomnia tips: treat insomnia with a regular schedule.", False),
    ("Ginseng Tonic: reduce wrinkles and fine lines.", False),
    ("Turmeric Capsules – support a healthy inflammatory response.", False),
])
def test_audit46_import_label_bare_verbs(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 49: a guarantee that keeps the reader from getting sick; shipping, freshness and refund guarantees pass.
@pytest.mark.parametrize("text, flagged", [
    ("Our ashwagandha gummies are guaranteed to keep you from getting sick.", True),
    ("Elderberry and echinacea guaranteed to keep your whole family from ever catching a cold.", True),
    ("Moringa capsules, guaranteed to keep you from getting the flu this season.", True),
    ("Elderberry gummies guaranteed to prevent the flu.", True),
    ("Elderberry gummies guaranteed to keep you from missing a sale.", False),
    ("Nothing is guaranteed to keep you from getting sick, but sleep and handwashing help.", False),
    ("Is elderberry guaranteed to keep you from getting sick? No.", False),
    ("All kava orders are guaranteed to ship within two days.", False),
    ("Our elderberry syrup is guaranteed fresh for twelve months.", False),
    ("Lowest price guaranteed on moringa powder.", False),
    ("Green tea capsules: burn fat 100% guaranteed, no rebound.", True),
    ("Garcinia drops: burn belly fat, guaranteed.", True),
    ("Green tea capsules: low in fat, guaranteed fresh.", False),
    ("Slimming tea. Won't burn your tongue, guaranteed.", False),
])
def test_audit49_guaranteed_to_keep_from_sickness(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 51: a label line's drug done without, an article between ("Cures depression without a prescription"),
# is no drug subject; and an effect "neither drink can give on its own" is a combination claim.
@pytest.mark.parametrize("text, flagged", [
    ("Cures depression without a prescription", True),
    ("Relieves anxiety without any pills.", True),
    ("Cures depression with no other drugs.", True),
    ("Reduces the need for a prescription.", False),
    ("Cures depression like a prescription antidepressant does, our pharmacist says.", False),
    ("The kava calms the body while the kratom lifts the mood, so together they bring a calm that neither drink can give on its own.", True),
    ("Ashwagandha and rhodiola give a steady energy neither herb could deliver alone.", True),
    ("Our reishi and chaga blend brings a calm that neither mushroom can match by itself.", True),
    ("Neither kava nor kratom can be taken alone by children.", False),
    ("Neither herb can cure anxiety on its own, and neither has been studied with the other.", False),
    ("Neither kava nor valerian can give you the sleep a regular bedtime gives.", False),
])
def test_audit51_drug_free_label_lines_and_neither_alone(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 50: a product ranked first by the effect it is named for ("the most effective stress formula"); sleep
# itself set right ("it will fix your sleep"); a symptom wiped out whole ("eliminates withdrawal cramps
# completely"). Rankings of a routine, hedged, negated, questioned and non-symptom uses pass.
@pytest.mark.parametrize("text, flagged", [
    ("Our premium adaptogen stack is the most effective stress formula on the market.", True),
    ("Valerian is the most potent sleep supplement available.", True),
    ("This chamomile tea is the most effective natural anxiety-relief product we sell.", True),
    ("Kava is the most powerful stress-relief tea in the Pacific.", True),
    ("For our valerian tea, the most effective sleep routine is a dark, cool bedroom.", False),
    ("The most effective stress management technique is exercise, not our ashwagandha.", False),
    ("Our ashwagandha is not the most effective stress formula on the market.", False),
    ("Is ashwagandha the most effective stress supplement?", False),
    ("Rhodiola may be the most effective fatigue supplement, but the trials are small.", False),
    ("Reishi is the best adaptogen for stress, period, and it will fix your sleep within a week.", True),
    ("Our valerian drops repair broken sleep.", True),
    ("Chamomile restores your sleep in three nights.", True),
    ("No tea will fix your sleep if you drink coffee at six.", False),
    ("A dark room will fix your sleep faster than any supplement.", False),
    ("Valerian may help fix your sleep, but the trials are small.", False),
    ("Caffeine after noon can wreck your sleep.", False),
    ("Our chamomile tea won't fix your sleep on its own.", False),
    ("**Magnesium eliminates withdrawal cramps completely**, so keep a bottle by the bed.", True),
    ("Magnesium eliminates leg cramps completely.", True),
    ("Our valerian drops completely eliminate your cravings.", True),
    ("Our chamomile soap removes stains completely.", False),
    ("Magnesium may ease leg cramps, but it rarely stops them completely.", False),
    ("Nothing eliminates withdrawal cramps completely, but magnesium may take the edge off.", False),
    ("Does magnesium eliminate withdrawal cramps completely?", False),
    ("The app stops the timer entirely when you close it.", False),
    ("Remove the ginger pieces completely before serving.", False),
])
def test_audit50_ranked_products_sleep_fixes_and_whole_symptoms(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# A product said to supply every nutrient (efficacy/complete-nutrition): the sea-moss "92 of 102 minerals" slogan
# and "every vitamin your body needs". Named nutrients, a diet (no product), negations, questions and attributed
# slogans pass.
@pytest.mark.parametrize("text, flagged", [
    ("Our sea moss gel packs 92 of the 102 minerals the body needs.", True),
    ("Irish moss has all 102 minerals.", True),
    ("Moringa powder delivers every vitamin and mineral your body needs.", True),
    ("Chlorella gives you all the essential nutrients.", True),
    ("Sea moss is a source of iodine and potassium.", False),
    ("Sea Moss Gel 8oz | 92 Minerals | Small Batch", False),
    ("A varied diet supplies all the nutrients you need.", False),
    ("No single food, spirulina included, has every nutrient you need.", False),
    ("Does sea moss really contain 92 minerals?", False),
    ("Sellers say sea moss has 92 of the 102 minerals, but no lab has shown that.", False),
])
def test_complete_nutrition_claims(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 57: a detox ranked first is a remedy ranked first ("the single most effective liver detox"), but
# not when the product is not what is ranked, nor in a question.
@pytest.mark.parametrize("text, flagged", [
    ("Milk thistle is the single most effective liver detox ever discovered.", True),
    ("Our dandelion tea is the most effective detox on the market.", True),
    ("The most effective detox is your own liver, not milk thistle.", False),
    ("Is milk thistle the most effective liver detox? Probably not.", False),
])
def test_audit57_superlative_detox(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# "That" and "this" as the object standing for the condition a short question just named ("Struggling with
# anxiety? Kava fixes that."), at the clause's end or before an adverb. A question naming no condition, a
# determiner before a noun of its own ("fixes that bitterness"), negations and other products pass.
@pytest.mark.parametrize("text, flagged", [
    ("Struggling with anxiety? Kava fixes that.", True),
    ("Insomnia again? Valerian cures that naturally.", True),
    ("Joint pain? Our turmeric blend fixes this in a week.", True),
    ("Too bland? A pinch of turmeric fixes that.", False),
    ("Worried about the taste? Honey fixes that.", False),
    ("Struggling with anxiety? Kava won't fix that.", False),
    ("Struggling with anxiety? Kava fixes that earthy bitterness if you add honey.", False),
])
def test_demonstrative_object_after_a_question(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Audit 56: a universal promise over every case or sufferer ("works beautifully for nearly every case of winter
# blues"), a pairing with alcohol sold for a pleasant effect ("kava and wine together give a deeper relaxation than
# either alone", which a warning about the pair is not), and a pronoun object that stands for the drugs a
# condition only modifies ("interacts with HIV drugs, because it speeds up how the liver clears them").
@pytest.mark.parametrize("text, flagged", [
    ("Our valerian works beautifully for nearly every case of insomnia.", True),
    ("Passionflower is effective for every patient with anxiety.", True),
    ("Kava works for almost every person with social nerves.", True),
    ("Ashwagandha works wonderfully for everyone.", True),
    ("Our maca works for every single woman.", True),
    ("This kava bowl size works for every budget.", False),
    ("Our kava bar works for every occasion.", False),
    ("Kava may work for nearly every case of mild anxiety, but the evidence is thin.", False),
    ("No herb works for every case of insomnia.", False),
    ("Does valerian work for every patient?", False),
    ("Sellers claim kava works for every person, but trials disagree.", False),
    ("Kava and wine together create a deeper relaxation than either alone.", True),
    ("Each course pairs a cup of kava with a glass of wine. The two together give a deeper relaxation than either alone.",
     True),
    ("Kratom and beer work better together for a mellow buzz.", True),
    ("Kava and beer together make you drowsier than either alone.", False),
    ("Kava and wine together give a deeper calm than either alone, but never drive afterwards.", False),
    ("Kava and alcohol together intensify the sedative effect.", False),
    ("Mixing kratom with alcohol multiplies the effects, which is how people end up in the ER.", False),
    ("St. John's wort has good evidence for mild depression. But it interacts with many medicines, including HIV and "
     "transplant drugs, because it speeds up how the liver clears them.", False),
    ("If you take anxiety medications, kava flushes them out of your system.", False),
    ("If you suffer from migraines, feverfew stops them.", True),
    ("If your child has ADHD, CBD oil will fix it.", True),
    ("If you have arthritis in your knees, turmeric will cure it.", True),
])
def test_audit56_universal_cases_partner_pairings(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# A synergy claim is about products: in a text that names none, two practices "together" bringing a deeper calm
# are no finding; once a substance is named, or with a product's effect word, the claim is.
@pytest.mark.parametrize("text, flagged", [
    ("Yoga and massage together bring a deeper calm than either alone.", False),
    ("Meditation and breathwork together boost your energy more than either alone.", False),
    ("Our kava and chamomile together create a deeper calm than either alone.", True),
    ("We pour kava with a splash of wine. Together they create a deeper relaxation than either alone.", True),
    ("Full-spectrum extracts beat isolates thanks to the entourage effect.", True),
])
def test_synergy_needs_a_product(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged


# Regulators' tip-offs (reference 3.4): a product called a scientific or medical breakthrough, and a drug
# comparison by potency ("similar potency to memantine"). Other subjects, hedges, negations, questions, the FDA's
# "breakthrough therapy" designation and similar effects named in a warning pass.
@pytest.mark.parametrize("text, flagged", [
    ("Our black seed oil is a scientific breakthrough.", True),
    ("Chaga — a real medical breakthrough.", True),
    ("Reishi has similar potency to memantine.", True),
    ("Our kanna offers the same strength as Zoloft.", True),
    ("The discovery of insulin was a medical breakthrough, but maca is no insulin.", False),
    ("A scientific breakthrough on kratom may still be years away.", False),
    ("Reishi is not a medical breakthrough.", False),
    ("The FDA gave psilocybin therapy a breakthrough therapy designation.", False),
    ("Kava has similar effects to benzodiazepines, so never combine them.", False),
])
def test_breakthroughs_and_potency_comparisons(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged
