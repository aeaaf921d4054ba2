"""Botanical identity, audit round 21: classification links with modifiers and in apposition
("X, a hardier strain of Y"), aliases after a dash or before a description ("X — also called
Y —", "X, better known as the sacred lotus"), fungi raised from seed or said to bloom, a kind
word after a name's part in a product title ("Kava Root Mushroom Tea"), a place's own plant
("the South Pacific's favourite leaf"), a wrong part praised for what it holds and made to act
("turmeric leaves, rich in curcumin, calm …"), and look-alike names in apposition ("blue lotus,
the sacred lotus (Nelumbo nucifera)", "the mate plant"). Each table carries its near misses.

All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown


# Shape 1. "X is (simply) a <modifier> <type/kind/variety/strain/species> of Y" and the same link
# in apposition ("X, a type of Y,"; "X, a Y strain,") class X as another botanical Y.
# Near misses: true classifications, "a different/distinct species", classes that are no
# botanical ("a kind of adaptogen", "a type of tea"), and a steamed form of the same species.
CLASSIFIED = [
    ("Kratom, a type of kava, is pounded in Fiji.", "botanical/conflation", "kratom"),
    ("Maca is simply a tougher variety of ginseng.", "botanical/conflation", "maca"),
    ("Eleuthero, basically a cold-hardy strain of Asian ginseng, is sold as a tonic.", "botanical/conflation",
     "eleuthero"),
    ("Chaga, a kind of reishi, is brewed on cold nights.", "botanical/conflation", "chaga"),
    ("Valerian is really just a milder form of passionflower.", "botanical/conflation", "valerian"),
    ("Spirulina, a species of chlorella, tints the smoothie.", "botanical/conflation", "spirulina"),
    ("Kava, a kratom strain, is sold by the kilo.", "botanical/conflation", "kava"),
    ("Rhodiola is simply a hardy variety of rose.", "botanical/wrong-family", "rhodiola"),
    ("Rhodiola, a rose variety from the Alps, scents the tea.", "botanical/wrong-family", "rhodiola"),
    ("Black seed, a sturdier variety of cumin, is pressed for oil.", "botanical/wrong-kind", "black-seed"),
]
CLASSIFIED_PASSING = [
    "American ginseng is a species of ginseng from North America.",
    "Gyokuro, a kind of green tea, is shaded before picking.",
    "Rhodiola is a kind of adaptogen from the Arctic.",
    "Chamomile is a type of tea for quiet evenings.",
    "Red ginseng is a steamed form of Korean ginseng.",
    "Kava, a different species from kratom, is a shrub.",
    "Kratom, a kava alternative, is sold online.",
    "Reishi, a species of Ganoderma, grows on oaks.",
    "Kava, a species of pepper, is pounded into a drink.",
    "Siberian ginseng, a distinct species from Korean ginseng, is a shrub.",
]


@pytest.mark.parametrize("text,rule,subject", CLASSIFIED, ids=[t[0][:40] for t in CLASSIFIED])
def test_round21_classification_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", CLASSIFIED_PASSING, ids=[t[:40] for t in CLASSIFIED_PASSING])
def test_round21_classification_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 2. An alias link ("also called", "better known as", "aka") after a comma or a dash that
# gives X another botanical's name or nickname, or a look-alike ("the sacred lotus").
# Near misses: X's own nicknames, and "sometimes called" (a nickname held at a distance).
ALIASED = [
    ("Ashwagandha — also known as Peruvian ginseng — is sold as a powder.", "botanical/conflation",
     "ashwagandha"),
    ("Maca — also called Indian ginseng — grows on the puna.", "botanical/conflation", "maca"),
    ("Blue lotus, better known as the sacred lotus, is steeped at night.", "botanical/wrong-family", "blue-lotus"),
    ("Passionflower, better known as passion fruit, climbs the fence.", "botanical/wrong-kind", "passionflower"),
]
ALIASED_PASSING = [
    "Ashwagandha — also called Indian ginseng — is sold as a powder.",
    "Maca — also known as Peruvian ginseng — grows on the puna.",
    "Blue lotus, also known as the blue water lily, is steeped at night.",
    "Passionflower, better known as maypop, climbs the fence.",
    "Kratom, also called ketum, is chewed in Malaysia.",
]


@pytest.mark.parametrize("text,rule,subject", ALIASED, ids=[t[0][:40] for t in ALIASED])
def test_round21_alias_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", ALIASED_PASSING, ids=[t[:40] for t in ALIASED_PASSING])
def test_round21_alias_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 3. Provenance that presupposes the wrong kind: a plant's "<name> <part> <product> comes
# from a mushroom", a fungus or alga "grown/grows/sprouts/sown from seed(s)" or that "blooms".
# Near misses: fungi grown on logs or from spores or spawn, plants grown from seed, "seed grain".
PROVENANCE = [
    ("Ashwagandha root powder comes from a fungus found in India.", "ashwagandha"),
    ("Our reishi is grown from organic seed.", "reishi"),
    ("Chaga grows from seeds scattered under birches.", "chaga"),
    ("Our cordyceps is sown from seed each year.", "cordyceps"),
    ("Maitake sprouts from seeds in the autumn.", "maitake"),
    ("Reishi blooms in late summer on old stumps.", "reishi"),
]
PROVENANCE_PASSING = [
    "Our reishi is grown on oak logs.",
    "Chaga grows from spores that enter birch wounds.",
    "Maitake is grown from grain spawn, never from seed.",
    "Our ashwagandha is grown from seed every spring.",
    "Lion's mane is grown from seed grain spawn.",
    "Chamomile blooms in early summer.",
    "Moringa leaf powder comes from a fast-growing tree.",
]


@pytest.mark.parametrize("text,subject", PROVENANCE, ids=[t[0][:40] for t in PROVENANCE])
def test_round21_provenance_flags(check, text, subject):
    _flags(check, text, "botanical/wrong-kind", subject)


@pytest.mark.parametrize("text", PROVENANCE_PASSING, ids=[t[:40] for t in PROVENANCE_PASSING])
def test_round21_provenance_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 4. A kind word right after a name's part word, before a product word: one product title
# ("Kava Root Mushroom Tea"). Near misses: two products joined by "and", "&", "with" or a comma,
# "mushroom-free", and a genuine mushroom.
COMPOUND = [
    ("Kratom Leaf Mushroom Tea, 20 bags", "kratom"),
    ("Our maca root fungus powder is back.", "maca"),
    ("Valerian root mushroom capsules before bed.", "valerian"),
]
COMPOUND_PASSING = [
    "Kratom leaf and mushroom tea are sold separately.",
    "Valerian root & chaga mushroom capsules before bed.",
    "Our mushroom-free maca root powder is back.",
    "Valerian root, mushroom capsules and melatonin are on the shelf.",
    "Chaga mushroom tea is brewed slowly.",
]


@pytest.mark.parametrize("text,subject", COMPOUND, ids=[t[0][:40] for t in COMPOUND])
def test_round21_part_kind_compound_flags(check, text, subject):
    found = check(text)
    assert any(f.rule == "botanical/wrong-kind" and f.subject == subject for f in found), _shown(found)
    assert all(f.fix is None for f in found if f.rule == "botanical/wrong-kind"), _shown(found)


@pytest.mark.parametrize("text", COMPOUND_PASSING, ids=[t[:40] for t in COMPOUND_PASSING])
def test_round21_part_kind_compound_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 5. "<place>'s <home modifier> <plant or part>" in apposition or after a copula: the
# place's own plant, a native claim. Near misses: a place's favourite drink or spice, a market
# or a debate ("America's most controversial leaf"), and true homes.
POSSESSED_REGION = [
    ("Kava, Vietnam's favourite root, is pounded at dusk.", "kava"),
    ("Maca is the Himalayas' hardiest root.", "maca"),
    ("Kratom, Fiji's sacred leaf, is sold as powder.", "kratom"),
    ("Moringa, the Andes' own miracle tree, grows fast.", "moringa"),
]
POSSESSED_REGION_PASSING = [
    "Kava, Fiji's favourite drink, is poured at dusk.",
    "Maca is the Andes' hardiest root.",
    "Kratom is America's most controversial leaf.",
    "Turmeric, Britain's favourite spice this year, stains the rice.",
    "Kava is Vietnam's favourite root drink these days.",
]


@pytest.mark.parametrize("text,subject", POSSESSED_REGION, ids=[t[0][:40] for t in POSSESSED_REGION])
def test_round21_possessive_region_flags(check, text, subject):
    _flags(check, text, "botanical/wrong-region", subject)


@pytest.mark.parametrize("text", POSSESSED_REGION_PASSING, ids=[t[:40] for t in POSSESSED_REGION_PASSING])
def test_round21_possessive_region_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 6. A wrong part as the sentence's subject, praised in an appositive for what it holds
# ("rich in", "packed with", "loaded with") and then made to act. Near misses: a copula or
# passive after the appositive, another use of the part, a warning, the right part.
PRAISED_PART = [
    ("Maca leaves, loaded with glucosinolates, lift your stamina.", "maca"),
    ("Kava stems, rich in kavalactones, melt away tension.", "kava"),
    ("Valerian leaves, packed with valerenic acid, bring deep sleep.", "valerian"),
]
PRAISED_PART_PASSING = [
    "Maca leaves, rich in fibre, are fed to llamas.",
    "Turmeric leaves, rich in fragrance, wrap the steamed fish.",
    "Kava stems, rich in pipermethystine, are linked to liver damage.",
    "Ginger roots, rich in gingerols, warm the body.",
    "Moringa leaves, packed with vitamin A, brighten the soup.",
]


@pytest.mark.parametrize("text,subject", PRAISED_PART, ids=[t[0][:40] for t in PRAISED_PART])
def test_round21_praised_part_flags(check, text, subject):
    _flags(check, text, "botanical/wrong-part", subject)


@pytest.mark.parametrize("text", PRAISED_PART_PASSING, ids=[t[:40] for t in PRAISED_PART_PASSING])
def test_round21_praised_part_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Shape 7. Look-alikes named outright: a look-alike binomial in parentheses after an appositive
# of the name, and "the mate plant" as a name of yerba mate (a source of another tea).
# Near misses: the binomial set apart ("unlike", "not", "a cousin of"), yerba mate from its own plant.
LOOKALIKE = [
    ("Blue lotus, the holy lotus (Nelumbo nucifera), is steeped for calm.", "botanical/wrong-latin-name",
     "blue-lotus"),
    ("Black seed, the humble cumin (Cuminum cyminum), is pressed for oil.", "botanical/wrong-latin-name",
     "black-seed"),
    ("Our sencha is made from the leaves of the mate tree.", "botanical/conflation", "green-tea"),
]
LOOKALIKE_PASSING = [
    "Blue lotus, unlike the sacred lotus (Nelumbo nucifera), is a water lily.",
    "Blue lotus — not the sacred lotus (Nelumbo nucifera) — is steeped for calm.",
    "Blue lotus, a water lily (Nymphaea caerulea), is steeped for calm.",
    "Yerba mate is made from the leaves of the mate tree.",
]


@pytest.mark.parametrize("text,rule,subject", LOOKALIKE, ids=[t[0][:40] for t in LOOKALIKE])
def test_round21_lookalike_flags(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", LOOKALIKE_PASSING, ids=[t[:40] for t in LOOKALIKE_PASSING])
def test_round21_lookalike_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Where a crop was first grown or domesticated is where it comes from; where it is grown now is not.
DOMESTICATED = [
    ("Kava was domesticated in the jungles of Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Kratom was first cultivated on the islands of the South Pacific.", "botanical/wrong-region", "kratom"),
    ("Ashwagandha was originally grown in the Andes.", "botanical/wrong-region", "ashwagandha"),
]
DOMESTICATED_PASSING = [
    "Kava was domesticated in Vanuatu.",
    "Kava is now cultivated in Hawaii.",
    "Kratom is grown on plantations in Indonesia today.",
    "Maca was first cultivated in the Andes of Peru.",
]


@pytest.mark.parametrize("text,rule,subject", DOMESTICATED, ids=[t[0][:40] for t in DOMESTICATED])
def test_domestication_is_origin(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", DOMESTICATED_PASSING, ids=[t[:40] for t in DOMESTICATED_PASSING])
def test_cultivation_now_is_no_origin(check, text):
    assert check(text) == [], _shown(check(text))


# Audit 24: a participle of use or repute ("traditionally chewed", "prized in", "used in") after
# the wrong kind still calls the subject that kind; "grew wild across" is a native-range claim;
# "resin" is an extract form, not a plant part. Near misses: the right kind with the same
# participles, and resin products of plants whose part is the flower or leaf.
@pytest.mark.parametrize("text, flagged", [
    ("Kanna is a cactus traditionally chewed by herders.", True),
    ("Rhodiola is a mushroom prized in Nordic folk medicine.", True),
    ("Sea moss is a moss used in Irish puddings.", True),
    ("Reishi is a mushroom prized in Chinese medicine.", False),
    ("Kanna is a succulent traditionally chewed by herders.", False),
    ("Kratom is a tree long used in southern Thailand.", False),
    ("Kratom grew wild across Samoa before the first traders came.", True),
    ("Kava grew wild across Vanuatu long before it was farmed.", False),
    ("Our blue lotus resin is dark and sticky.", False),
    ("Kratom resin is a concentrated extract of the leaf.", False),
])
def test_audit24_use_participles_grew_wild_and_resin(check, text, flagged):
    assert bool(check(text)) == flagged, _shown(check(text))


# A fronted origin phrase describes the subject after its comma, and "has grown wild in" is an origin as
# "grows wild in" is. Near misses: true origins, shipping ("From Indonesia, …"), cultivation ("Grown in …"),
# and popularity ("has grown popular in Europe").
FRONTED_ORIGIN = [
    ("Native to Indonesia, our kava is smooth and earthy.", "botanical/wrong-region", "kava"),
    ("Wildcrafted in Indonesia, our organic kava arrives fresh.", "botanical/wrong-region", "kava"),
    ("Native to the South Pacific, kratom is a tropical tree.", "botanical/wrong-region", "kratom"),
    ("Kratom has grown wild in Fiji for centuries.", "botanical/wrong-region", "kratom"),
]
FRONTED_ORIGIN_PASSING = [
    "Native to Vanuatu, our kava is smooth and earthy.",
    "Native to Southeast Asia, kratom is a tropical tree.",
    "From Indonesia, our kava ships in two days.",
    "Grown in Indonesia, our kava is smooth.",
    "Kava has grown popular in Europe.",
    "Kava has grown wild in Vanuatu for centuries.",
]


@pytest.mark.parametrize("text,rule,subject", FRONTED_ORIGIN, ids=[t[0][:40] for t in FRONTED_ORIGIN])
def test_fronted_origin_phrases(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", FRONTED_ORIGIN_PASSING, ids=[t[:40] for t in FRONTED_ORIGIN_PASSING])
def test_fronted_phrases_that_are_no_wrong_origin(check, text):
    assert check(text) == [], _shown(check(text))


# Audit 25: a clause about the name that opens with a pronoun ("the kava we sell", "the blue lotus you see in
# these teas", "the kava that we sell") sits between the name and its copula; the copula still finds the name.
CONTACT_CLAUSE = [
    ("The blue lotus you see in these teas is a true lotus.", "botanical/wrong-kind", "blue-lotus"),
    ("The kava that we sell is a mushroom drink.", "botanical/wrong-kind", "kava"),
    ("The kava you buy at most bars is a mushroom.", "botanical/wrong-kind", "kava"),
    ("The reishi we grow on oak logs is a medicinal herb.", "botanical/wrong-kind", "reishi"),
]
CONTACT_CLAUSE_PASSING = [
    "The kava that we sell is a root drink.",
    "The reishi you see in stores is a mushroom.",
    "The sea moss you find at the market is a red seaweed.",
    "The kava we sell is not a mushroom.",
    "Kava is popular, and the tea you make at home is a mushroom-free drink.",
]


@pytest.mark.parametrize("text,rule,subject", CONTACT_CLAUSE, ids=[t[0][:40] for t in CONTACT_CLAUSE])
def test_contact_clause_subjects(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", CONTACT_CLAUSE_PASSING, ids=[t[:40] for t in CONTACT_CLAUSE_PASSING])
def test_contact_clause_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Audit 26: a non-restrictive relative clause between a name and its copula ("Kava, which bars serve in shells,
# is …") leaves the name the subject. Near misses: true statements, a list before the clause (it may mean both),
# another name inside the clause, and a noun that is no substance before it.
RELATIVE_CLAUSE_SUBJECT = [
    ("Kava, which staff often shelve beside it, is a root drink from Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Kratom, which many shops sell, is a leaf from the South Pacific.", "botanical/wrong-region", "kratom"),
    ("Kava, which bars serve in shells, is a mushroom drink.", "botanical/wrong-kind", "kava"),
]
RELATIVE_CLAUSE_PASSING = [
    "Kava, which bars serve in shells, is a root drink from Vanuatu.",
    "Kratom, which many shops sell, is a leaf from Southeast Asia.",
    "Kava and kratom, which many bars serve, are from the South Pacific.",
    "Kava, which kratom is often compared to, is a root drink from Fiji.",
    "The bar, which serves kava, is a mushroom-themed lounge.",
    "Reishi, which grows on hardwood logs, is a mushroom.",
]


@pytest.mark.parametrize("text,rule,subject", RELATIVE_CLAUSE_SUBJECT, ids=[t[0][:40] for t in RELATIVE_CLAUSE_SUBJECT])
def test_relative_clause_before_the_copula(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", RELATIVE_CLAUSE_PASSING, ids=[t[:40] for t in RELATIVE_CLAUSE_PASSING])
def test_relative_clause_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Audit 29: held-out botanical shapes. A part owned through a possessive ("kava's leaves", "turmeric's dried
# leaves") in a product context; a binomial whose genus is another substance's ("ashwagandha (Panax
# somnifera)"); wild land as origin ("grown in the forests of Fiji"), a name's part before an origin
# appositive ("maca root, native to …"); a family noun in apposition ("echinacea, a cactus from …"); ferns
# and leafy greens as kinds; "the <modifier> variety of Y"; ginkgo "nuts" and a saffron "stigma" as parts.
AUDIT29_FLAGGED = [
    ("Kava's leaves are chewed to make the ceremonial cup.", "botanical/wrong-part", "kava"),
    ("Maca's dried leaves are milled into the powder.", "botanical/wrong-part", "maca"),
    ("Turmeric's glossy green leaves are ground into the spice.", "botanical/wrong-part", "turmeric"),
    ("Reishi's leaves are brewed into a bitter tea.", "botanical/wrong-kind", "reishi"),
    ("Ashwagandha (Panax somnifera) is a staple of Ayurveda.", "botanical/wrong-latin-name", "ashwagandha"),
    ("Kratom, or Piper speciosum, grows in Borneo.", "botanical/wrong-latin-name", "kratom"),
    ("Eleuthero (Panax senticosus) is brewed as a tonic.", "botanical/wrong-latin-name", "eleuthero"),
    ("Kratom grows in the dense forests of Fiji.", "botanical/wrong-region", "kratom"),
    ("Kava is grown in the rainforests of Sumatra.", "botanical/wrong-region", "kava"),
    ("Maca root, native to the Himalayas, is dried on rooftops.", "botanical/wrong-region", "maca"),
    ("Kratom leaf powder, indigenous to Peru, ships in pouches.", "botanical/wrong-region", "kratom"),
    ("Rhodiola root comes from the jungles of Brazil.", "botanical/wrong-region", "rhodiola"),
    ("Echinacea, a cactus from the Sonoran desert, tints the tea purple.", "botanical/wrong-family", "echinacea"),
    ("Chamomile, a mint, blooms in June.", "botanical/wrong-family", "chamomile"),
    ("Kanna, a small cactus native to the Karoo, is fermented.", "botanical/wrong-family", "kanna"),
    ("Ginkgo is a fern older than the dinosaurs.", "botanical/wrong-kind", "ginkgo"),
    ("Chaga is a fern that clings to birch.", "botanical/wrong-kind", "chaga"),
    ("Lion's mane is a leafy green you can sauté.", "botanical/wrong-kind", "lions-mane"),
    ("Eleuthero is the Siberian variety of Asian ginseng.", "botanical/conflation", "eleuthero"),
    ("Kratom is the strongest strain of kava.", "botanical/conflation", "kratom"),
    ("Turmeric is the dried stigma of the saffron crocus.", "botanical/conflation", "turmeric"),
    ("Ginkgo capsules are pressed from the roasted nuts of the tree.", "botanical/wrong-part", "ginkgo"),
]
AUDIT29_PASSING = [
    "Kava's roots are pounded into the ceremonial cup.",
    "Moringa's leaves are dried into a green powder.",
    "Turmeric's leaves are used to wrap steamed sweets.",
    "Kava's leaves are toxic, so the drink uses only the root.",
    "Kava's leaves are heart-shaped.",
    "Kava's leaves are not used to make the drink.",
    "Ashwagandha (Withania somnifara) is a staple of Ayurveda.",
    "Milk thistle (Silybum marianus) is sold as a seed extract.",
    "Kava (not Piper nigrum) is drunk in Fiji.",
    "Ashwagandha is often blended with Panax notoginseng.",
    "Kratom grows in the forests of Thailand and Malaysia.",
    "Kava is grown in the forests of Vanuatu.",
    "Our turmeric is grown in the hills of Jamaica.",
    "Kratom is sold in the markets of Fiji.",
    "Maca root, native to the Andes, is dried on rooftops.",
    "Kava root, shipped from Indonesia, is pounded.",
    "Rhodiola root comes from Brazil.",
    "I bought kava, a cactus, and some soil.",
    "Kanna, a succulent, is not a cactus.",
    "Kratom, a coffee relative, grows in Thailand.",
    "Kava, a pepper from Vanuatu, is pounded.",
    "Ginkgo is not a fern.",
    "Ginkgo leaves look like fern fronds.",
    "Moringa is a leafy green superfood.",
    "Serve reishi broth with leafy greens.",
    "Kava is the type of drink you sip slowly.",
    "Siberian ginseng is not the Russian variety of Panax ginseng.",
    "Saffron is the dried stigma of the crocus flower.",
    "Roasted ginkgo nuts are a winter snack in Korea.",
    "Ginkgo seeds are roasted and eaten in Japan.",
    "Maca leaves are eaten as greens in Peru.",
]


@pytest.mark.parametrize("text,rule,subject", AUDIT29_FLAGGED, ids=[t[0][:40] for t in AUDIT29_FLAGGED])
def test_audit29_shapes(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", AUDIT29_PASSING, ids=[t[:40] for t in AUDIT29_PASSING])
def test_audit29_near_misses(check, text):
    assert check(text) == [], _shown(check(text))


# Audit 32. Field lines ("Key: value" on the name's line after a separator, or on the lines under
# a heading that is only the name), a trade verb "under the botanical name" linking a Latin name,
# a group's example ("psilocybin mushrooms such as Amanita muscaria"), possessive fungus-only parts
# ("kava's fruiting bodies"), "the <part> of a <kind>" as a kind claim, a part named before its
# plant in a container or extract ("each softgel holds the leaves of …", "an extract of the root
# of …"), harvested/grows wild from/along a place, a fungus growing on trees in a place, and
# "the same organism as" between two names.
AUDIT32_FLAGGED = [
    ("Kratom | Part used: roots", "botanical/wrong-part", "kratom"),
    ("Turmeric — Parts used: leaves and stems", "botanical/wrong-part", "turmeric"),
    ("Ginkgo\nPlant part: bark", "botanical/wrong-part", "ginkgo"),
    ("## Maca\n\n- Family: Piperaceae\n- Part used: root", "botanical/wrong-family", "maca"),
    ("Kava\nNative range: Indonesia", "botanical/wrong-region", "kava"),
    ("Ashwagandha | Origin: Mexico", "botanical/wrong-region", "ashwagandha"),
    ("Lion's mane\nType: herb", "botanical/wrong-kind", "lions-mane"),
    ("Shiitake | Part used: leaves", "botanical/wrong-kind", "shiitake"),
    ("Maca\nBotanical name: Withania somnifera", "botanical/wrong-latin-name", "maca"),
    ("Valerian\nOrigin: Europe\nLatin name: Passiflora incarnata", "botanical/wrong-latin-name", "valerian"),
    ("Maca is marketed under the scientific name Panax ginseng.", "botanical/wrong-latin-name", "maca"),
    ("Our kava, listed under the botanical name Mitragyna speciosa, is pounded fresh.",
     "botanical/wrong-latin-name", "kava"),
    ("Magic mushrooms, such as Amanita muscaria, are sold as gummies.", "botanical/conflation",
     "amanita-muscaria"),
    ("Ginkgo's fruiting bodies are picked in autumn.", "botanical/wrong-kind", "ginkgo"),
    ("Ashwagandha's mycelium is cultured on rice.", "botanical/wrong-kind", "ashwagandha"),
    ("Maca is the root of a mushroom.", "botanical/wrong-kind", "maca"),
    ("Kratom is the leaf of a fungus from Borneo.", "botanical/wrong-kind", "kratom"),
    ("Each jar is packed with the crushed leaves of maca.", "botanical/wrong-part", "maca"),
    ("Our serum holds an extract of the leaves of the turmeric plant.", "botanical/wrong-part", "turmeric"),
    ("Yerba mate is harvested wild from the forests of Vietnam.", "botanical/wrong-region", "yerba-mate"),
    ("Kanna grows wild along the rivers of Brazil.", "botanical/wrong-region", "kanna"),
    ("Chaga grows on palm trees in Brazil.", "botanical/wrong-region", "chaga"),
    ("Sea moss is the same organism as chlorella.", "botanical/conflation", "sea-moss"),
]

AUDIT32_PASSING = [
    "Kratom | Part used: leaves",
    "Turmeric — Parts used: rhizome",
    "## Maca\n\n- Family: Brassicaceae\n- Part used: root",
    "Kava\nNative range: Vanuatu",
    "Lion's mane\nType: mushroom",
    "Maca\nBotanical name: Lepidium meyenii",
    "Kratom | Ships from: Ohio",
    "Kava\nCountry of origin: USA",
    "Kava\nPart used: root (leaves and stems are discarded)",
    "Kava\nPart used: not leaves",
    "Kava is lovely. Part used: leaves",
    "Kava\nWe love it.\nPart used: leaves",
    "Kava\nFlavor: earthy, peppery",
    "Kava\nPairs with: reishi mushroom",
    "Kava vs kratom\nFamily: Piperaceae",
    "Kratom caps | Count: 90",
    "Maca is marketed under the scientific name Lepidium meyenii.",
    "Kratom is sold under the name Maeng Da next to Piper methysticum powders.",
    "Kava is not sold under the botanical name Mitragyna speciosa.",
    "Magic mushrooms such as Psilocybe cubensis are illegal in many states.",
    "Mushrooms such as Amanita muscaria are poisonous.",
    "Psilocybin mushrooms such as Amanita muscaria lookalikes confuse foragers.",
    "Reishi's fruiting bodies are simmered for hours.",
    "Reishi's mycelium is cultured on rice.",
    "Kratom's caps are easy to swallow.",
    "Kava's mycelium-free formula is new.",
    "Maca is the root of a plant in the mustard family.",
    "Kava is the root of all evil, jokes a mushroom farmer.",
    "Kava is the root of a mushroom farmer's income.",
    "Is maca the root of a mushroom? No.",
    "Each jar is packed with the crushed root of maca.",
    "Our serum holds an extract of the rhizome of the turmeric plant.",
    "The leaves of kava contain flavokavain B.",
    "Kanna is harvested wild from the Karoo.",
    "Blue lotus grows wild along the Nile.",
    "Chaga grows on birch trees in Finland.",
    "Our shiitake grows on oak logs in Oregon.",
    "Sea moss is not the same organism as chlorella.",
    "Spirulina is the same organism as Arthrospira platensis.",
]


@pytest.mark.parametrize("text,rule,subject", AUDIT32_FLAGGED, ids=[t[0][:40] for t in AUDIT32_FLAGGED])
def test_audit32_shapes(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", AUDIT32_PASSING, ids=[t[:40] for t in AUDIT32_PASSING])
def test_audit32_near_misses(check, text):
    assert check(text) == [], _shown(check(text))
