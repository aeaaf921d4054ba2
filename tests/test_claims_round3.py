"""Round-3 claim fixes: product listings, condition spellings, safety wordings, "proven" as an
adjective, pronoun objects. Every sentence was written for these tests; near misses sit beside the hits."""
import pytest


# A product named before a colon, dash or bracket is the subject of the inflected verb after it
# ("Kratom: cures addiction", "Kava (cures insomnia!) is back"), and an aside in brackets or between
# dashes does not hide the subject; topics ("Kratom withdrawal:", "Kratom for anxiety:"), questions,
# negations and "cured"/"cure" forms are no listing claims.
LISTING_FLAGGED = [
    'Kratom: cures addiction.',
    'Kava: calms anxiety, cures insomnia.',
    'Kratom capsules – treats pain, anxiety and opioid withdrawal',
    'Kava (cures insomnia!) is back in stock.',
    'Ashwagandha gummies — reverses adrenal fatigue in a week.',
    'Turmeric: heals arthritis naturally.',
    'Elderberry syrup - prevents the flu all winter.',
    'Valerian root: cures insomnia, eases anxiety.',
    'CBD oil (treats epilepsy) now 20% off.',
    "Lion's mane — regrows damaged nerves.",
    'Reishi extract: kills cancer cells.',
    'Kratom powder – eliminates opioid withdrawal in days.',
    "St. John's wort: treats depression without the side effects of pills.",
    'Milk thistle — repairs liver damage.',
    'Our kava tincture: cures anxiety for good.',
    'Chamomile tea (heals ulcers) on sale this week.',
    'Maca root powder – reverses infertility.',
    'Moringa: cures diabetes.',
    'Kava (Piper methysticum) treats anxiety.',
    "Kava — the Pacific's root drink — cures insomnia.",
    'Ingredients: turmeric root (eases inflammation), ginger, black pepper.',
]
LISTING_PASSING = [
    'Kratom: what the research says about addiction.',
    'Kava – a root that cures nothing on its own, but makes a pleasant drink.',
    'Kratom (not a cure for addiction) is sold as a powder.',
    'Kava: does it cure insomnia? We looked at the studies.',
    'Turmeric: can it treat arthritis? Here is what trials show.',
    'Elderberry syrup – may help shorten colds, early studies suggest.',
    'Kratom: the FDA warns it does not treat opioid withdrawal.',
    'Kava (Piper methysticum) is a shrub from the Pacific.',
    'Valerian: myths about curing insomnia, debunked.',
    'Reishi – claims that it kills cancer cells are unproven.',
    'Kratom: withdrawal symptoms, dependence and how to taper.',
    'Ashwagandha (an Ayurvedic herb) is sold as a powder.',
    'CBD oil – some users report it eases pain.',
    'Ginger: history, uses and safety.',
    'Kava — people who stop after heavy use may have trouble sleeping.',
    'Turmeric: treats your curry to a golden colour.',
    'Kratom – sellers say it cures addiction, but no trial supports this.',
    'Chamomile (cures nothing, soothes plenty) is our evening tea.',
    'Kava: cured in the sun, ground by hand.',
    'Our kava bar: treats for everyone on Fridays.',
    'Here is what we learned about kratom: it treats nothing.',
    'Kratom for anxiety: what the research says.',
    'Kava — unlike what sellers say — does not cure insomnia.',
    'Kratom can cause constipation and, on stopping, diarrhoea.',
    'Kratom withdrawal – eases after a week for most people, but not all.',
]


@pytest.mark.parametrize("text", LISTING_FLAGGED)
def test_listing_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, 'efficacy')


@pytest.mark.parametrize("text", LISTING_PASSING)
def test_listing_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# British and US spellings of conditions (haemorrhoids/hemorrhoids, anaemia, oedema, coeliac …) as
# objects of cure and treatment claims; the same words in warnings, hedges and definitions pass.
CONDITION_SPELLING_FLAGGED = [
    'Our witch hazel cream heals haemorrhoids overnight.',
    'Witch hazel heals hemorrhoids.',
    'Liquorice root cures oesophagitis.',
    'Slippery elm heals esophagitis.',
    'Graviola cures leukaemia.',
    'Soursop cures leukemia.',
    'Turmeric treats haemophilia.',
    'Moringa cures anaemia.',
    'Moringa cures anemia.',
    'Ginger cures diarrhoea.',
    'Ginger stops diarrhea.',
    'Dandelion root eliminates oedema.',
    'Dandelion root cures edema.',
    'Reishi shrinks tumours.',
    'Hawthorn reverses ischaemia.',
    'Hawthorn reverses ischemia.',
    'This blend heals coeliac disease.',
    'Our gut formula cures celiac disease.',
    'Elderberry treats paediatric asthma.',
    'Chamomile cures colic in babies.',
    'Echinacea cures tonsillitis.',
    'Black seed oil cures haemorrhoids for good.',
]
CONDITION_SPELLING_PASSING = [
    'Turmeric may ease haemorrhoid discomfort, but see a doctor first.',
    'There is no evidence that graviola treats leukaemia.',
    'Coeliac disease is managed with a gluten-free diet, not herbs.',
    'Anaemia is common in pregnancy; ask your midwife about iron.',
    'Diarrhoea can be a side effect of high-dose magnesium.',
    'Kava can cause oedema in rare cases.',
    'Ginger has been studied for diarrhoea, with mixed results.',
    'Does moringa cure anaemia? No trial says so.',
    'Oesophagitis needs a doctor, not a tea.',
    'Our ginger biscuits are made in a coeliac-safe kitchen.',
    'Paediatric doses of herbal remedies are rarely studied.',
    'Ischaemia is reduced blood flow to a tissue.',
    'Kratom can cause constipation and, on stopping, diarrhoea.',
    'Sellers claim soursop cures leukaemia, but no trial supports this.',
    'Hemophilia patients should avoid ginkgo, which thins the blood.',
    "St. John's wort may interact with leukemia drugs.",
    'Preliminary research suggests ginger may help with diarrhea.',
    'Witch hazel has been used for hemorrhoids for centuries.',
    'Cure the ham for a week before smoking it.',
    'Edema is swelling caused by fluid trapped in tissues.',
]


@pytest.mark.parametrize("text", CONDITION_SPELLING_FLAGGED)
def test_condition_spelling_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, 'efficacy')


@pytest.mark.parametrize("text", CONDITION_SPELLING_PASSING)
def test_condition_spelling_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# Denials of dependence and withdrawal ("no addictive properties", "you'll never experience
# withdrawal", "nobody gets withdrawal", curly apostrophes included) and assurances about combining
# with sleeping pills and benzodiazepines; warnings, questions and "get through withdrawal" pass.
SAFETY_WORDING_FLAGGED = [
    'Kratum has no addictive properties at all #kratomfamily',
    'Kratom has no addictive properties at all.',
    'Kratom has no addictive qualities.',
    'Kava has zero addictive potential.',
    'Kratom has no potential for abuse.',
    'Our kratom has no abuse potential.',
    "You'll never experience withdrawal when you stop taking kratom.",
    'You will never experience withdrawal from kratom.',
    "You won't experience any withdrawal when you quit kratom.",
    'Nobody gets withdrawal from kratom.',
    'No one gets withdrawal symptoms from kava.',
    'You can drink kava safely with sleeping pills.',
    'Kava is safe with sleeping pills.',
    'Kava pairs safely with Xanax.',
    'Valerian is safe with benzos.',
    'Our kava is fine with sleeping pills.',
    'Kratom is perfectly safe alongside Valium.',
    'You can safely take kava with Ambien.',
    'Kratom has no addictive qualities whatsoever.',
    'Ashwagandha has no habit-forming properties.',
    'Kratom carries no addictive potential.',
    'Kava is safe with sleep aids.',
    'You’ll never experience withdrawal from kratom.',
    'You won’t get any withdrawal symptoms when you quit our kratom.',
    'Kava has no harmful properties.',
    'Kratom doesn’t cause dependence.',
]
SAFETY_WORDING_PASSING = [
    "Kratom withdrawal is real; you'll never forget it.",
    'Never take kava with sleeping pills.',
    'The DEA has rejected the claim that kratom has no potential for abuse.',
    'Nobody gets through kratom withdrawal alone; ask for help.',
    "You can't get through withdrawal on willpower alone.",
    'Is it safe to take kava with sleeping pills?',
    'Kratom is not free of abuse potential.',
    'Claims that kratom has no addictive properties are false.',
    'Kratom has addictive properties, the FDA says.',
    'Many people experience withdrawal when they stop taking kratom.',
    'You may experience withdrawal when you stop taking kratom.',
    'Nobody should take kava with sleeping pills.',
    "Kava isn't safe with sleeping pills.",
    'Is kava safe with sleeping pills? No.',
    'Ask your doctor before combining kava with sleeping pills.',
    'Sleeping pills and kava are a dangerous mix.',
    'Kratom has real abuse potential, the DEA warns.',
    'Some sellers say kratom has no addictive properties; that is false.',
    'Our sleeping pills are stored safely with other medicines.',
    'Store kava safely with your other teas, away from light.',
    'Nobody gets a free sample at our kava bar.',
    "You'll never experience a kava ceremony like this one.",
    'Kava has a mild taste with zero added sugar.',
    'Kratom withdrawal is real; you’ll never forget it.',
    'Our ginger tea has no harmful chemicals or pesticides.',
    'Kava doesn’t cause a hangover the way alcohol does, but it has risks of its own.',
]


@pytest.mark.parametrize("text", SAFETY_WORDING_FLAGGED)
def test_safety_wording_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, 'safety')


@pytest.mark.parametrize("text", SAFETY_WORDING_PASSING)
def test_safety_wording_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# "Proven" is a proof claim when it qualifies a remedy or a product for an effect ("a proven sleep
# aid", "our proven formula for anxiety"); as an ordinary adjective ("our proven formula for cold
# brew", "a proven crowd favourite") it is not.
PROVEN_FLAGGED = [
    'Our proven formula for anxiety.',
    'Valerian is a proven remedy for insomnia.',
    'Our ashwagandha is clinically proven.',
    'Kava is proven to reduce anxiety.',
    'Our proven kratom formula ends withdrawal.',
    'The proven cure for migraines: feverfew.',
    'Our proven formula relieves joint pain.',
    "A proven treatment for depression, St. John's wort is back.",
    'Elderberry is a proven immune booster.',
    'Turmeric is the proven way to beat inflammation.',
    'Our proven sleep formula with valerian.',
    'Rhodiola is a proven stress reliever.',
    'Passionflower is a proven sleep aid.',
    'Our proven formula for joint pain uses turmeric.',
    "Lion's mane: the proven nootropic for focus.",
    'Echinacea is a proven cold remedy.',
    'Our proven blend calms anxiety fast.',
    'Ashwagandha, a proven adaptogen, lowers cortisol.',
    'The proven solution for hangovers: our kudzu capsules.',
    'Our proven ginger formula for nausea.',
]
PROVEN_PASSING = [
    'Our proven formula for cold brew: 1 part coffee, 8 parts water.',
    'Elderflower cordial is a proven crowd favourite at summer fêtes.',
    'The proven method for brewing kava.',
    'Our proven recipe for kava punch serves twelve.',
    'Turmeric latte is a proven hit with our morning regulars.',
    'Our proven technique for straining kava keeps the grit out.',
    'A proven bestseller, our chamomile tea is back in stock.',
    'The proven way to grind turmeric root is with a microplane.',
    'Our proven packaging keeps ashwagandha powder dry.',
    'Our proven supplier ships kava from Vanuatu every month.',
    'The proven ratio for kava is two tablespoons per cup of water.',
    'Ginger beer is a proven favourite at summer barbecues.',
    'Our proven blend of rooibos and vanilla tastes like dessert.',
    'The proven approach to storing herbs is a cool, dark cupboard.',
    'This is a proven system for drying elderberries at home.',
    'The proven way to fall in love with kava is a good shell at sunset.',
    'Our proven formula for iced matcha uses oat milk.',
    'A proven partner of local farms, our tea shop buys direct.',
    'Our maca cookies are a proven success at bake sales.',
    'The proven technique for peeling ginger is a teaspoon.',
    'Our proven brewing guide makes kava prep simple.',
]


@pytest.mark.parametrize("text", PROVEN_FLAGGED)
def test_proven_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, 'efficacy')


@pytest.mark.parametrize("text", PROVEN_PASSING)
def test_proven_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# A pronoun object standing for a condition named in an if/when clause before the subject or in a
# short question before the sentence ("If you have arthritis, turmeric will cure it").
PRONOUN_OBJECT_FLAGGED = [
    'If you have arthritis, turmeric will cure it.',
    'If your child has ADHD, a few drops of CBD oil will fix it.',
    'If you suffer from insomnia, valerian will cure it.',
    'If you have eczema, our calendula balm heals it.',
    "If you're fighting the flu, elderberry will knock it out.",
    'If you have diabetes, berberine can reverse it.',
    'When you have a migraine, feverfew stops it in minutes.',
    'If your dog has arthritis, turmeric will cure it.',
    'Got anxiety? Kava cures it.',
    'If you have high blood pressure, hibiscus will fix it.',
    "If you have depression, St. John's wort will cure it for good.",
]
PRONOUN_OBJECT_PASSING = [
    'If you have arthritis, turmeric will not cure it.',
    "If you have arthritis, turmeric may help, but it won't cure it.",
    'If you have kava, drink it fresh.',
    "If you have a kratom habit, kava won't fix it.",
    'If you have arthritis, see a doctor; it can be treated.',
    'If your child has ADHD, talk to a paediatrician before trying CBD oil.',
    'If you have a cold, rest and drink fluids; it will pass.',
    'If you have insomnia, valerian might help you with it.',
    'If you have arthritis, turmeric will not fix it.',
    "If you have diabetes, cinnamon can't reverse it.",
    'If you have a headache, ginger tea may ease it.',
    'If your kava tastes like mud, ginger will fix it.',
    'If you have anxiety about your order, our support team will fix it.',
    'Is your kava bitter? Honey fixes it.',
    "If you take kratom for pain, don't stop it suddenly.",
]


@pytest.mark.parametrize("text", PRONOUN_OBJECT_FLAGGED)
def test_pronoun_object_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, 'efficacy')


@pytest.mark.parametrize("text", PRONOUN_OBJECT_PASSING)
def test_pronoun_object_near_misses_pass(rules_fired, text):
    assert not rules_fired(text)


# Audit 3 (A): a listing title gives the pack size between the name and the break ("… 60 ml – cures …",
# "… 500mg: …", "(2 oz)", "2 x 90 caps"), or breaks with a pipe, an emoji or a spaced hyphen; the name
# before the size is still the subject. Near misses: no claim after the break (shipping, taste, lab
# tests), a denied or questioned claim, a non-health "cures", a size with no product name.
LISTING_SIZE_FLAGGED = [
    'Ashwagandha Capsules 500 mg – reverses adrenal fatigue – 120 veggie caps',
    'Kratom Extract 15 ml – cures opioid withdrawal',
    'Valerian Tincture 2 oz: cures insomnia in a week',
    'Elderberry Gummies 60 count — prevents the flu all season',
    'Reishi Powder 100g – kills cancer cells',
    'Turmeric Complex 1,500 mg | heals arthritis',
    'Chamomile Tea 20 bags – cures ulcers',
    'Kava Root Extract (60 ml) – cures anxiety',
    'Maca Root Powder 2 x 250 g – reverses infertility',
    'Milk Thistle 90ct: repairs liver damage',
    "Lion's Mane Capsules 120 vegan caps – regrows damaged nerves",
    'Kava Tincture 30ml 🌿 cures anxiety fast',
    'Moringa Leaf Powder 8 oz - cures diabetes - organic',
    'Echinacea Drops 1 fl oz: cures the common cold',
]
LISTING_SIZE_PASSING = [
    'Valerian Tincture 2 oz – ships within 3 days',
    'Kratom Extract 15 ml – lab tested, third-party verified',
    'Turmeric Complex 1,500 mg | contains black pepper for absorption',
    'Chamomile Tea 20 bags – tastes of honey and hay',
    'Kava Root Extract (60 ml) – cures? No supplement can promise that.',
    'Reishi Powder 100g – kills nothing but your budget',
    'Ashwagandha Capsules 500 mg – may ease stress, early studies suggest',
    'Epoxy Glue 50 ml – cures in 24 hours',
    'Maca Root Powder 2 x 250 g – sellers say it reverses infertility, but no trial shows it',
    'Kava Bowl 3 L – restores an old tradition',
    'Size 2 – cures in a day at room temperature',
    'Elderberry Gummies 60 count — does not prevent the flu',
]


@pytest.mark.parametrize("text", LISTING_SIZE_FLAGGED)
def test_listing_with_pack_size_is_flagged(rules_fired, text):
    assert rules_fired(text, 'efficacy')


@pytest.mark.parametrize("text", LISTING_SIZE_PASSING)
def test_listing_with_pack_size_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, 'efficacy')


# Glossary lines ("Name: a <short noun phrase> that <verb>s …") make the name the subject of the
# relative clause's verb, also after a dash, after a modal ("that can cure") and in markdown bold.
# Near misses: the clause has a subject of its own ("that people say cures", "that farmers grow"),
# hedged, negated or object-less claims, and definitions with no claim verb.
GLOSSARY_FLAGGED = [
    'Turmeric: a golden root that reverses arthritis',
    'Valerian: an old European remedy that cures insomnia',
    'Kratom – the leaf that truly cures opioid addiction',
    'Reishi: a woody mushroom that kills cancer cells',
    'Ashwagandha: an Ayurvedic herb that can cure anxiety',
    'Magnesium: the relaxation mineral that amplifies valerian\'s sedative effect',
    'GABA: a calming neurotransmitter which boosts kava\'s effects',
    'Milk thistle: a spiky plant that repairs liver damage',
    "Lion's mane: the Pacific's brain mushroom that regrows damaged nerves",
]
GLOSSARY_PASSING = [
    'Kava: a root drink that villagers prepare for weddings',
    'Turmeric: a spice that some sellers say reverses arthritis',
    'Valerian: a plant that scientists are testing for sleep',
    'Ashwagandha: an herb that may ease anxiety in some people',
    'Kratom: a leaf that does not cure addiction',
    'Reishi: a mushroom that cures nothing on its own',
    'Milk thistle: a plant that farmers grow as livestock feed',
    'Ginger: a root that cooks grate into curries',
    'Chamomile: a flower that grows along roadsides',
    'Kratom withdrawal: a syndrome that eases after a week',
    'Valerian: a plant that cured my grandmother\'s insomnia, she says',
]


@pytest.mark.parametrize("text", GLOSSARY_FLAGGED)
def test_glossary_claims_are_flagged(rules_fired, text):
    assert rules_fired(text, 'efficacy')


@pytest.mark.parametrize("text", GLOSSARY_PASSING)
def test_glossary_near_misses_pass(rules_fired, text):
    assert not rules_fired(text, 'efficacy')


def test_markdown_bold_labels_are_listings(checker):
    from claimcheck.sources import make_source
    text = ('- **Ashwagandha:** an old Ayurvedic herb that cures insomnia\n'
            '- **Valerian:** cures insomnia, calms anxiety\n'
            '- **Chamomile:** a flower that islanders say cures colic\n')
    found = [f for f in checker.check_source(make_source(text, 'list.md', None)) if f.scope == 'sentence']
    assert sorted(f.subject for f in found) == ['ashwagandha', 'valerian']


# Messages name a relation claim's subject by its own words when it is a product or herb noun and no
# substance of the knowledge base ("black pepper", "our formula", "lemon balm"); a pronoun, a plural
# noun (the messages' verbs are singular) or a rule's own nouns ("doctors" who recommend) keep "this
# product", and "this herb" after a named substance stands for that substance.
NOUN_NAMES = [
    ('Black pepper supercharges turmeric\'s effect.', 'efficacy/combination-synergy', 'black pepper', 'None'),
    ('Piperine doubles the power of ashwagandha.', 'efficacy/combination-synergy', 'piperine', 'None'),
    ('Our formula cures migraines.', 'efficacy/cure-claim', 'our formula', 'None'),
    ('Lemon balm cures insomnia.', 'efficacy/cure-claim', 'lemon balm', 'None'),
    ('Our Slippery Elm Tincture heals stomach ulcers.', 'efficacy/cure-claim', 'our slippery elm tincture', 'None'),
    ('GABA amplifies kava\'s calming effect.', 'efficacy/combination-synergy', 'GABA', 'None'),
    ('Chamomile is lovely. Feverfew cures migraines.', 'efficacy/cure-claim', 'feverfew', 'None'),
    ('Chamomile is lovely. This herb cures ulcers.', 'efficacy/cure-claim', 'chamomile', 'chamomile'),
    ('These capsules cure insomnia.', 'efficacy/cure-claim', 'this product', 'None'),
    ('Doctors recommend valerian root for sleep.', 'efficacy/expert-endorsement', 'this product', 'None'),
    ('Ashwagandha root extract reverses diabetes.', 'efficacy/cure-claim', 'ashwagandha', 'ashwagandha'),
]


@pytest.mark.parametrize("text,rule,name,subject", NOUN_NAMES)
def test_messages_name_product_nouns(checker, text, rule, name, subject):
    finding = next(f for f in checker.check_text(text) if f.rule == rule)
    assert f" {name} " in finding.message
    assert str(finding.subject) == subject


# Audit 14. "Cure" in its craft sense: a food, a cured crop or a setting material as the object of
# efficacy/cures-anything ("ginger cures the fish", "cure the concrete") names no condition. Near
# misses keep the claim: an object that only mentions a food ("fish allergies"), a body part
# ("an upset belly") or any other ailment.
CRAFT_CURE_PASSING = [
    "A little grated ginger cures the fish overnight with the salt.",
    "Turmeric cures the salmon in this gravlax recipe.",
    "Our smokehouse uses kava to cure pork bellies.",
    "Sea salt and maca cure the egg yolks in three days.",
    "Cure the concrete with a damp cloth before the kava bar opens.",
    "Cure Kombucha, ginger flavor, 12 oz can.",
    "Moringa cures the tobacco leaves faster, the farmers say.",
]
CRAFT_CURE_FLAGGED = [
    "Ginger cures an upset belly.",
    "Ashwagandha cures chronic hiccups.",
    "Our moringa tea cured my fish-market hiccups.",
    "Chamomile cures the blues.",
]


@pytest.mark.parametrize("text", CRAFT_CURE_PASSING)
def test_craft_sense_of_cure_passes(rules_fired, text):
    assert "efficacy/cures-anything" not in rules_fired(text)


@pytest.mark.parametrize("text", CRAFT_CURE_FLAGGED)
def test_cure_of_anything_else_is_still_flagged(rules_fired, text):
    assert "efficacy/cures-anything" in rules_fired(text)


# Audit 15. A gerund naming the pairing is the subject of a raised effect: "pairing X with Y
# enhances its power", "combining X and Y boosts your immune defenses". Near misses: a food or
# drink base as the partner, a taste, a risk or a sedative effect as the object, absorption, and
# hedged, negated or questioned pairings.
GERUND_PAIRING_FLAGGED = [
    "Pairing kratom with turmeric enhances its pain-relieving power.",
    "Combining reishi with chaga boosts your immune defenses.",
    "Stacking rhodiola alongside ginseng doubles the stamina.",
    "Mixing lion's mane and cordyceps amplifies the focus.",
    "Pairing ashwagandha with magnesium strengthens its calming effect.",
    "Taken together, ashwagandha and rhodiola double your resilience to stress.",
]
GERUND_PAIRING_PASSING = [
    "Combining maca with cacao boosts the flavor.",
    "Mixing maca with warm milk boosts its energy.",
    "Mixing kava with alcohol doubles the sedative effect.",
    "Combining kava and kratom doubles the risk of liver harm.",
    "Pairing reishi with chaga may boost immunity.",
    "Mixing turmeric with black pepper boosts curcumin absorption.",
    "Combining rhodiola with ginseng has not been shown to boost stamina.",
    "Nobody has tested whether pairing reishi with chaga boosts immunity.",
]


@pytest.mark.parametrize("text", GERUND_PAIRING_FLAGGED)
def test_audit15_gerund_pairing_flags(rules_fired, text):
    assert "efficacy/synergy" in rules_fired(text)


@pytest.mark.parametrize("text", GERUND_PAIRING_PASSING)
def test_audit15_gerund_pairing_near_misses_pass(rules_fired, text):
    assert "efficacy/synergy" not in rules_fired(text)


# Audit 15. "A safe, natural alternative to opioids" is the risk-denying slogan (safety only);
# "natural alternative to [drug]" without "safe" stays a drug comparison.
SAFE_NATURAL_ALTERNATIVE = [
    ("Kratom offers a safe, natural alternative to opioids.", {"safety/safe-alternative"}),
    ("Kratom is a safe and natural alternative to opioids.", {"safety/safe-alternative"}),
    ("Valerian is a safe herbal alternative to sleeping pills.", {"safety/safe-alternative"}),
    ("Kava is a safer natural alternative to Xanax.", {"safety/safe-alternative"}),
    ("Kratom is a natural alternative to opioids.", {"efficacy/drug-equivalence"}),
    ("Kava is a natural alternative to benzodiazepines and completely safe.",
     {"efficacy/drug-equivalence", "safety/absolute-safety"}),
]


@pytest.mark.parametrize("text,rules", SAFE_NATURAL_ALTERNATIVE)
def test_audit15_safe_natural_alternative(rules_fired, text, rules):
    assert rules_fired(text) == rules


# A combined-effect claim is about the substance's effect: a sensory word between the subject and the
# verb ("kava's earthy flavor complements ginger's heat") makes it a pairing of tastes. Near misses:
# the effects themselves complement or amplify, with or without an adjective.
@pytest.mark.parametrize("text, flagged", [
    ("Kava's earthy flavor complements ginger's heat.", False),
    ("Turmeric's golden color complements ginger in the latte.", False),
    ("Ashwagandha's bitterness amplifies the sweetness of maca.", False),
    ("Kava's calming effects complement kratom's.", True),
    ("Ashwagandha's gentle action complements rhodiola's.", True),
    ("Valerian amplifies the sedative effect of kava.", True),
])
def test_a_pairing_of_tastes_is_no_combined_effect(rules_fired, text, flagged):
    assert bool(rules_fired(text, "efficacy")) == flagged
