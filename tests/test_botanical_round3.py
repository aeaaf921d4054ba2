"""Botanical identity, round 3: name variants, kind words inside wrong forms and names,
"=" as a headline copula, and parts named before their plant ("the leaves of the kava
plant …", "kava, whose leaves …"). Each table has its near misses beside it.

All sentences are written for these tests."""
import pytest

# Misspellings of cannabidiol (botanicals.yaml, cbd) and "leafs" as a part word.
NAME_FLAGGED = [
    ("Our canabidiol tincture is pressed from hemp seeds.", "botanical/conflation", "cbd"),
    ("Cannabidoil, a mushroom extract, settles the mind.", "botanical/wrong-kind", "cbd"),
    ("Canabidoil is cold-pressed from hemp seed.", "botanical/conflation", "cbd"),
    ("Steep a spoon of dried kava leafs for an evening tea.", "botanical/wrong-part", "kava"),
    ("These maca leafs are milled into our breakfast powder.", "botanical/wrong-part", "maca"),
    ("Our turmeric leafs are ground into a golden spice blend.", "botanical/wrong-part", "turmeric"),
]

NAME_PASSING = [
    # "cava" (a Spanish sparkling wine) is deliberately not a kava misspelling
    "Raise a glass of cava to the happy couple.",
    "Cava and mushroom croquettes were served at the reception.",
    "The cava in our cellar is made from Macabeo grapes.",
    # "Leafs" as a team name, and correct parts
    "Maple Leafs fans ordered mushroom pizza after the game.",
    "Canabidiol is extracted from the flowers of the hemp plant.",
    "Kava leafs are never used in the drink; only the root is.",
]


@pytest.mark.parametrize("text,rule,subject", NAME_FLAGGED, ids=[t[0][:40] for t in NAME_FLAGGED])
def test_flags_name_variants(check, text, rule, subject):
    findings = check(text)
    assert rule in {f.rule for f in findings}, [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


@pytest.mark.parametrize("text", NAME_PASSING, ids=[t[:40] for t in NAME_PASSING])
def test_passes_name_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text", ["Canabidiol cures seizures in every child.", "Cannabidoil cures insomnia for good."])
def test_misspelled_cannabidiol_is_a_substance_for_efficacy_rules(checker, text):
    findings = [f for f in checker.check_text(text) if f.category == "efficacy"]
    assert findings and {f.subject for f in findings} == {"cbd"}


# Kind and part words at the head of a wrong form of another substance ("flowering plant" is
# wrong for ginkgo; "tree bark" for chaga) and "shrooms", a name that is also a kind word.
KIND_FLAGGED = [
    ("Turkey tail is a flowering plant that loves damp woods.", "botanical/wrong-kind", "turkey-tail"),
    ("Reishi is a flowering plant brewed for tea.", "botanical/wrong-kind", "reishi"),
    ("Chaga, a flowering plant of the far north, is simmered for hours.", "botanical/wrong-kind", "chaga"),
    ("Reishi is a tree bark sold in slices.", "botanical/wrong-kind", "reishi"),
    ("Lion's mane, a tree bark from Japan, is sliced thin.", "botanical/wrong-kind", "lions-mane"),
    ("Kava is a flowering tree of the islands.", "botanical/wrong-kind", "kava"),
    ("Our new kratom shrooms come in three flavours.", "botanical/wrong-kind", "kratom"),
    ("Kava shrooms are back on the shelf.", "botanical/wrong-kind", "kava"),
    ("Ashwagandha shrooms for a calmer week.", "botanical/wrong-kind", "ashwagandha"),
    ("Kava is shrooms for people who hate shrooms.", "botanical/wrong-kind", "kava"),
]

KIND_PASSING = [
    "Reishi grows on tree bark in humid forests.",
    "Turkey tail grows on dead logs and stumps.",
    "Chaga is harvested from birch tree bark.",
    "Chaga is harvested from tree bark in the boreal forest.",
    "Magic shrooms contain psilocybin.",
    "Psilocybin shrooms remain illegal in most states.",
    "Shrooms are fungi, not plants.",
    "Kava and shrooms should never be mixed.",
    "We stock kava, shrooms and kratom.",
    "Kava is a flowering plant in the pepper family.",
    "Kratom is a flowering tree in the coffee family.",
    "Ginkgo is a gymnosperm, not a flowering plant.",
    "Turkey tail is a fungus on fallen logs, not a flowering plant.",
    "Reishi is not a tree bark; it is a fungus.",
    "Cinnamon is a tree bark; reishi is a mushroom.",
    "Our kava pairs well with passion fruit juice.",
]


@pytest.mark.parametrize("text,rule,subject", KIND_FLAGGED, ids=[t[0][:40] for t in KIND_FLAGGED])
def test_flags_kind_words_in_wrong_forms_and_names(check, text, rule, subject):
    findings = check(text)
    assert rule in {f.rule for f in findings}, [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


@pytest.mark.parametrize("text", KIND_PASSING, ids=[t[:40] for t in KIND_PASSING])
def test_passes_kind_word_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


# "=" as a copula in headlines; its left side must be one name alone.
EQUALS_FLAGGED = [
    ("KAVA = THE ISLANDS' FAVOURITE MUSHROOM", "botanical/wrong-kind", "kava"),
    ("kava = a mellow mushroom", "botanical/wrong-kind", "kava"),
    ("Kratom == the mushroom of Thailand", "botanical/wrong-kind", "kratom"),
    ("Our maca powder = an ancient Andean mushroom.", "botanical/wrong-kind", "maca"),
    ("🌱 Reishi = a leafy herb for busy days", "botanical/wrong-kind", "reishi"),
    ("Kratom = a pepper-family shrub.", "botanical/wrong-family", "kratom"),
    ("Ashwagandha = a psilocybin mushroom, basically.", "botanical/conflation", "ashwagandha"),
]

EQUALS_PASSING = [
    "Kava + mushroom coffee = my ideal Sunday",
    "Kava + lion's mane = the ultimate mushroom stack",
    "Kava & reishi = a root and a mushroom.",
    "Kava with reishi = the dream mushroom combo.",
    "2 shells of kava = 1 mushroom latte, caffeine-wise.",
    "Kava = calm. Mushrooms = focus.",
    "Kratom = leaf. Reishi = mushroom. Kava = root.",
    "Kava = root, not mushroom.",
    "Kava != a mushroom",
    "Kava ≠ mushroom",
    "Reishi = the mushroom of immortality.",
    "Kava = a root drink from Vanuatu.",
    # arrows mark sequence or replacement, not identity
    "Swap your kava → mushroom coffee this month.",
    "Kava → mushroom tea → matcha: our tasting flight.",
]


@pytest.mark.parametrize("text,rule,subject", EQUALS_FLAGGED, ids=[t[0][:40] for t in EQUALS_FLAGGED])
def test_flags_equals_as_a_copula(check, text, rule, subject):
    findings = check(text)
    assert rule in {f.rule for f in findings}, [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


@pytest.mark.parametrize("text", EQUALS_PASSING, ids=[t[:40] for t in EQUALS_PASSING])
def test_passes_equals_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


def test_equals_finding_spans_from_the_name(check):
    text = "KAVA = NATURE'S FAVOURITE MUSHROOM"
    (finding,) = check(text)
    assert finding.text == text


# A part named before its plant ("the leaves of the kava plant", "kava, whose leaves …"),
# in a clause that makes a product of it.
PART_FLAGGED = [
    ("The leaves of the kava plant are pounded and strained into the drink.", "kava"),
    ("We brew the leaves of the kava shrub into a relaxing drink.", "kava"),
    ("Our maca blend uses the leaves of the Andean maca plant.", "maca"),
    ("The flowers of the turmeric plant are ground into our golden spice.", "turmeric"),
    ("The seeds of the ginkgo tree are milled into our memory supplement.", "ginkgo"),
    ("Kava, whose leaves are steeped into a calming brew, grows in Fiji.", "kava"),
    ("Turmeric, whose leaves are dried and ground, colours the curry.", "turmeric"),
]

PART_PASSING = [
    "The leaves of the kava plant are heart-shaped.",
    "The leaves of the kava plant shade our porch.",
    "The leaves of the kava plant are linked to liver injury.",
    "The leaves of the kava plant are heart-shaped, and our drink is made from the root.",
    "The leaves of the kava plant are glossy; the drink is made from its root.",
    "The leaves of the kava plant are not used in the drink.",
    "The roots of the kava plant are pounded into the drink.",
    "Kava, whose roots are ground into a drink, has heart-shaped leaves.",
    "Maca, whose leaves are cooked like greens, is sold as root powder.",
    "Ginkgo, whose seeds are toxic, is sold as a leaf extract.",
    "The leaves of the turmeric plant are used to wrap fish.",
    "The leaves of the moringa tree are dried into our powder.",
    "The flowers of the chamomile plant are dried for tea.",
    "We discard the leaves of the kava plant and brew only the root.",
    "In the shade of the kava plant, we brewed a drink.",
]


@pytest.mark.parametrize("text,subject", PART_FLAGGED, ids=[t[0][:40] for t in PART_FLAGGED])
def test_flags_parts_named_before_their_plant(check, text, subject):
    findings = [f for f in check(text) if f.rule == "botanical/wrong-part"]
    assert findings and {f.subject for f in findings} == {subject}, [(f.rule, f.text) for f in check(text)]


@pytest.mark.parametrize("text", PART_PASSING, ids=[t[:40] for t in PART_PASSING])
def test_passes_parts_named_before_their_plant_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


def test_part_before_its_plant_spans_to_the_plant_and_offers_the_right_part(check):
    (finding,) = check("The leaves of the kava plant are pounded into the drink.")
    assert finding.text == "leaves of the kava plant"
    assert finding.fix is not None and finding.fix.replacement == "roots" and not finding.fix.safe


# Audit 5. Relative clauses: "<name>, which/that <source or origin verb> …" says it of the name
# before the comma. Not without the comma (the pronoun then stands for the noun before it), not
# after a list of names, and not when negated.
RELATIVE_FLAGGED = [
    ("Kratom, which comes from the kava shrub, is sold in smoke shops.", "botanical/conflation", "kratom"),
    ("Ashwagandha, which grows wild in the Andes, calms the nerves.", "botanical/wrong-region", "ashwagandha"),
    ("Maca, that comes from Vanuatu, sweetens our smoothies.", "botanical/wrong-region", "maca"),
    ("Turmeric, which comes from the leaves, colours the curry.", "botanical/wrong-part", "turmeric"),
    ("Kratom, which actually grows wild in Peru, tastes bitter.", "botanical/wrong-region", "kratom"),
    ("Maca, which originates in Thailand, is milled into flour.", "botanical/wrong-region", "maca"),
]

RELATIVE_PASSING = [
    "Kratom, which comes from Thailand, is sold in smoke shops.",
    "Kava, which grows wild in Vanuatu, is served cold.",
    "The drink, which comes from the kava root, tastes earthy.",
    "Maca, which comes from the root, is sweet and malty.",
    "Kratom is stocked by stores which also stock kava from Fiji.",
    "Kratom, which doesn't come from the kava plant, is a coffee relative.",
    "Kratom, which is not from the kava plant, is a coffee relative.",
    "Kava and kratom, which come from Fiji, are sold together.",
    "We sell kratom, which ships from Fiji.",
    "Kratom, which we import from Fiji, is sold by the gram.",
    "Kratom is sold beside kava, which comes from Vanuatu.",
]


@pytest.mark.parametrize("text,rule,subject", RELATIVE_FLAGGED, ids=[t[0][:40] for t in RELATIVE_FLAGGED])
def test_flags_relative_clause_frames(check, text, rule, subject):
    findings = [f for f in check(text) if f.rule == rule]
    assert findings and {f.subject for f in findings} == {subject}, [(f.rule, f.text) for f in check(text)]


@pytest.mark.parametrize("text", RELATIVE_PASSING, ids=[t[:40] for t in RELATIVE_PASSING])
def test_passes_relative_clause_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


# Aliases and sameness: ", also called Y", ", better known as Y", "(aka Y)", a bare "X is Y."
# and "X and Y are the same plant / come from the same species / are one and the same" make two
# substances one (a Latin Y is a Latin-name error); "X and Y are in the same family" is a family
# claim. A substance's own aliases, a Y that does not close the clause ("kratom's cousin",
# "kratom-free"), a Y after a preposition ("the partner for chaga is reishi"), "same genus" and
# a true "same family" pass.
ALIAS_FLAGGED = [
    ("Maca, also called ashwagandha, is milled into powder.", "botanical/conflation", "maca"),
    ("Chamomile, better known as passionflower, helps you unwind.", "botanical/conflation", "chamomile"),
    ("Rhodiola, sometimes called ginseng, is an adaptogen.", "botanical/conflation", "rhodiola"),
    ("Kanna (aka kratom) is chewed in South Africa.", "botanical/conflation", "kanna"),
    ("Valerian, also called Mitragyna speciosa, is a root.", "botanical/wrong-latin-name", "valerian"),
    ("Moringa (also known as Withania somnifera) is a tree.", "botanical/wrong-latin-name", "moringa"),
    ("Chaga is reishi.", "botanical/conflation", "chaga"),
    ("Frankly, maca is ashwagandha!", "botanical/conflation", "maca"),
    ("Ginger and turmeric are the same plant.", "botanical/conflation", "ginger"),
    ("Kratom and kava come from the same species, just different regions.", "botanical/conflation", "kratom"),
    ("Chamomile and valerian are one and the same.", "botanical/conflation", "chamomile"),
    ("Kratom and kava belong to the same family.", "botanical/wrong-family", "kratom"),
    ("Kratom and kava are members of the same plant family.", "botanical/wrong-family", "kratom"),
]

ALIAS_PASSING = [
    "Kava, also called yaqona or sakau, is drunk at ceremonies.",
    "Maca, also known as Peruvian ginseng, grows in the Andes.",
    "Ashwagandha (also called Indian ginseng) is a root.",
    "Kratom, sometimes called Mitragyna speciosa, is a tree.",
    "Kava, also called kratom's mellow cousin, is a root.",
    "Vendors claim kratom, aka kava, is legal everywhere.",
    "Kratom is kratom, no matter the strain name.",
    "Chaga is chaga's own story.",
    "Chaga is reishi's woodland neighbour.",
    "Kava is kratom-free.",
    "The perfect partner for chaga is reishi.",
    "Ginger and turmeric are in the same family.",
    "Ginger and turmeric belong to the same plant family.",
    "Kava and black pepper belong to the same genus.",
    "Kava and kratom are not the same plant.",
    "Kava and kratom are the same price at our shop.",
    "Chaga and reishi are sold in the same aisle.",
    "The gap between kava and kratom is the same thing every year.",
]


@pytest.mark.parametrize("text,rule,subject", ALIAS_FLAGGED, ids=[t[0][:40] for t in ALIAS_FLAGGED])
def test_flags_aliases_and_sameness(check, text, rule, subject):
    findings = [f for f in check(text) if f.rule == rule]
    assert findings and {f.subject for f in findings} == {subject}, [(f.rule, f.text) for f in check(text)]


@pytest.mark.parametrize("text", ALIAS_PASSING, ids=[t[:40] for t in ALIAS_PASSING])
def test_passes_alias_and_sameness_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


# Table rows and label lines: a bare kind word, Latin name or part in a cell of its own describes
# the name in the row's first cell under a heading that says what it is ("Kind", "Botanical
# name", "Part used"), or in a two-column table without headings; a label line "Name — kind".
# A part only fungi have ("mushroom cap", "fruiting body") calls a plant a fungus.
TABLE_FLAGGED = [
    ("| Herb | Kind |\n|---|---|\n| Maca | Mushroom |", "botanical/wrong-kind", "maca"),
    ("| Maca | Fungus |", "botanical/wrong-kind", "maca"),
    ("| Item | Type |\n|---|---|\n| Ashwagandha | Woody mushroom |", "botanical/wrong-kind", "ashwagandha"),
    ("| Ashwagandha | Lepidium meyenii |", "botanical/wrong-latin-name", "ashwagandha"),
    ("| Common name | Botanical name |\n|---|---|\n| Maca | Withania somnifera |", "botanical/wrong-latin-name",
     "maca"),
    ("| Herb | Part used |\n|---|---|\n| Turmeric | Leaves |", "botanical/wrong-part", "turmeric"),
    ("| Herb | Source |\n|:--|:--|\n| Turmeric | Mushroom cap |", "botanical/wrong-kind", "turmeric"),
    ("Maca — fungus", "botanical/wrong-kind", "maca"),
    ("Ashwagandha - mushroom", "botanical/wrong-kind", "ashwagandha"),
    ("Turmeric is a fruiting body.", "botanical/wrong-kind", "turmeric"),
    ("Our maca is a mushroom cap.", "botanical/wrong-kind", "maca"),
]

TABLE_PASSING = [
    "| Maca | Root |",
    "| Herb | Kind |\n|---|---|\n| Chaga | Fungus |",
    "| Maca | Fungus-free |",
    "| Herb | Kind |",
    "| Herb | Goes well with |\n|---|---|\n| Maca | Mushroom |",
    "| Maca | Lepidium meyenii |",
    "| Maca | Lepidium meyenii | Ashwagandha | Withania somnifera |",
    "| Maca | Chaga | Fungus |",
    "| Maca | Mushroom latte |",
    "| Maca | Not a fungus |",
    "| Turmeric | Leaves |",
    "Maca — mushroom latte ideas",
    "Maca — root",
    "Ashwagandha caps, 500 mg each, are made fresh.",
    "Chaga is a sclerotium, not a fruiting body.",
]


@pytest.mark.parametrize("text,rule,subject", TABLE_FLAGGED, ids=[t[0][:40] for t in TABLE_FLAGGED])
def test_flags_table_cells_and_label_lines(check, text, rule, subject):
    findings = [f for f in check(text) if f.rule == rule]
    assert findings and {f.subject for f in findings} == {subject}, [(f.rule, f.text) for f in check(text)]


@pytest.mark.parametrize("text", TABLE_PASSING, ids=[t[:40] for t in TABLE_PASSING])
def test_passes_table_and_label_line_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


# Audit 6: a definite noun phrase opening a sentence ("The drink …", "This herb …") stands for
# the substance the sentence before named. Its kind word is a description of that substance,
# and a part named for "the drink"/"the tea" is the substance's part. Near misses: the right
# kind, another head noun ("this herb garden"), a relative clause after the head, a rival the
# phrase may mean instead (another drink, a host tree, an herb name, an earlier substance of
# that kind), a plural head.
REFERRING_FLAGGED = [
    ("Chaga is collected in Karelia. The herb is simmered for hours.", "botanical/wrong-kind", "chaga"),
    ("Turkey tail is sold in slices. This plant has a mild taste.", "botanical/wrong-kind", "turkey-tail"),
    ("Kratom is sold in bags. This mushroom is potent.", "botanical/wrong-kind", "kratom"),
    ("Maca is farmed high in the Andes. The fungus tastes malty.", "botanical/wrong-kind", "maca"),
    ("Cordyceps fetches high prices. That herb is rare.", "botanical/wrong-kind", "cordyceps"),
    ("Kava helps me unwind. The mushroom tea also tastes earthy.", "botanical/wrong-kind", "kava"),
    ("Reishi is sold in thin slices. This herb's bitterness is famous.", "botanical/wrong-kind", "reishi"),
    ("Kava is served at island weddings. This mushroom brew is strong.", "botanical/wrong-kind", "kava"),
    ("Lion's mane fries up nicely. The tree is easy to spot.", "botanical/wrong-kind", "lions-mane"),
    ("Turmeric stars in many curries. The tea is brewed from the leaves.", "botanical/wrong-part", "turmeric"),
    ("Kava is shared in Vanuatu. The brew is made from the stems.", "botanical/wrong-part", "kava"),
    ("Chamomile is a bedtime favourite. The tea is made from the roots.", "botanical/wrong-part", "chamomile"),
    ("Kava is shared at dusk. The beverage is prepared by pounding the leaves.", "botanical/wrong-part", "kava"),
]

REFERRING_PASSING = [
    "Reishi grows on fallen logs. This mushroom is tough.",
    "Kava is a root. The drink is brewed from it.",
    "Kava is a root. The drink is made from the root.",
    "Kava is everywhere now. The tea I brew at night is chamomile.",
    "Lion's mane is tasty. This herb garden also grows sage.",
    "Reishi goes well with kava. This plant is peppery.",
    "Chaga grows on a birch. The tree is old.",
    "Chaga grows on birch trees. The tree must stay alive.",
    "Reishi tea is blended with licorice root. This herb softens the taste.",
    "Kava is poured beside mango juice. The drink is made from the leaves.",
    "Kava is poured beside beer. The drink is made from the leaves.",
    "We stock reishi and kava. Kava is a root. The mushroom is bitter.",
    "Reishi grows on an oak. This plant is old.",
    "Reishi is bitter. The plant-based menu is popular.",
    "Reishi is bitter. The plant nursery sells it.",
    "Reishi is bitter. The plants are watered daily.",
    "Kava is popular. The drink is not made from the leaves.",
    "Kava is popular. The drink menu is long.",
    "Chamomile is soothing. The tea is made from the flowers.",
    "Sea moss is trendy. This plant is rich in minerals.",
    "Lion's mane grows on logs. The tree must be dead.",
]


@pytest.mark.parametrize("text,rule,subject", REFERRING_FLAGGED, ids=[t[0][:40] for t in REFERRING_FLAGGED])
def test_flags_a_referring_phrase_of_the_wrong_kind_or_part(check, text, rule, subject):
    findings = [f for f in check(text) if f.rule == rule]
    assert findings and {f.subject for f in findings} == {subject}, [(f.rule, f.text) for f in check(text)]


@pytest.mark.parametrize("text", REFERRING_PASSING, ids=[t[:40] for t in REFERRING_PASSING])
def test_passes_referring_phrase_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


# Audit 6: "the same <noun> as" links a substance to what the knowledge base says it is not
# (black seed and cumin, kava and kratom), after a copula or in apposition, over link adverbs and
# a modifier ("basically the same seed as regular cumin"). Near misses: an alias, a comparison
# noun ("the same price as"), negation, another verb ("used the same way as").
SAME_AS_FLAGGED = [
    ("Kalonji is the same spice as cumin.", "botanical/wrong-kind", "black-seed"),
    ("Nigella is the same herb as caraway.", "botanical/wrong-kind", "black-seed"),
    ("Our black seed oil, the same spice as cumin, is cold-pressed.", "botanical/wrong-kind", "black-seed"),
    ("Black seed is basically the same seed as plain cumin.", "botanical/wrong-kind", "black-seed"),
    ("Kalonji is just black cumin, the same seed as ordinary cumin.", "botanical/wrong-kind", "black-seed"),
    ("Kratom is the same herb as kava.", "botanical/conflation", "kratom"),
]

SAME_AS_PASSING = [
    "Kalonji is also called black cumin.",
    "Kalonji is simply black cumin.",
    "Kalonji is the same price as cumin.",
    "Kalonji is not the same spice as cumin.",
    "Kalonji is the same spice as nigella.",
    "Kalonji is used the same way as cumin.",
    "Kalonji, sold in the same aisle as cumin, is bitter.",
    "Kalonji tastes the same as cumin to some cooks.",
]


@pytest.mark.parametrize("text,rule,subject", SAME_AS_FLAGGED, ids=[t[0][:40] for t in SAME_AS_FLAGGED])
def test_flags_the_same_noun_as_another_substance(check, text, rule, subject):
    findings = [f for f in check(text) if f.rule == rule]
    assert findings and {f.subject for f in findings} == {subject}, [(f.rule, f.text) for f in check(text)]


@pytest.mark.parametrize("text", SAME_AS_PASSING, ids=[t[:40] for t in SAME_AS_PASSING])
def test_passes_the_same_noun_as_near_misses(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


# Audit 6: a pronoun never stands for a name the text sets aside ("unlike kratom", "not
# psilocybin", "rather than kava", "instead of kava", "kratom aside"): the identity check, a
# claim's subject and the document-level requirements all resolve "it" past it. Near misses:
# "why not X?" and a name followed by "is not" still name the topic.
SET_ASIDE_SENTENCE = [  # text, the sentence finding's rule, its subject
    ("Reishi is a shelf fungus. Unlike kava, it is a root.", "botanical/wrong-kind", "reishi"),
    ("Amanita muscaria is a toadstool. Its toxins are muscimol, not psilocybin. It is a leafy herb.",
     "botanical/wrong-kind", "amanita-muscaria"),
    ("Maca is a root. Kratom aside, it is a mushroom.", "botanical/wrong-kind", "maca"),
    ("Chaga is a fungus. Rather than kava or kratom, it is a shrub.", "botanical/wrong-kind", "chaga"),
    ("Valerian is a root. It is not kava. It cures insomnia.", "efficacy/cure-claim", "valerian"),
    ("Valerian is a root. Instead of kava, it cures insomnia.", "efficacy/cure-claim", "valerian"),
    ("Kava is calm in a cup. Kratom is not. It cures pain.", "efficacy/cure-claim", "kratom"),
    ("Valerian is a root. Why not kava? It cures insomnia.", "efficacy/cure-claim", "kava"),
]


@pytest.mark.parametrize("text,rule,subject", SET_ASIDE_SENTENCE, ids=[t[0][:40] for t in SET_ASIDE_SENTENCE])
def test_a_pronoun_skips_a_name_set_aside(checker, text, rule, subject):
    findings = [f for f in checker.check_text(text) if f.rule == rule]
    assert findings and {f.subject for f in findings} == {subject}, \
        [(f.rule, f.subject, f.text) for f in checker.check_text(text)]


SET_ASIDE_DOCUMENTS = [  # text, the subjects of the document's findings
    ("Kava is a pepper root. Unlike kratom, it is no opioid. It has been tied to liver injury.", set()),
    ("Kava is a pepper root. Rather than kratom, it is what islanders drink. It has been tied to liver injury.",
     set()),
    ("Fly agaric is a red toadstool. Its main compound is muscimol, not psilocybin. It is poisonous and "
     "can cause seizures. It is not a lawful food or supplement ingredient.", set()),
    # near miss: "why not kratom?" makes kratom the topic, so "it" means kratom
    ("Kava is a pepper root. Why not kratom? It has been tied to liver injury.", {"kava", "kratom"}),
]


@pytest.mark.parametrize("text,subjects", SET_ASIDE_DOCUMENTS, ids=[t[0][:40] for t in SET_ASIDE_DOCUMENTS])
def test_a_document_requirement_is_credited_past_a_name_set_aside(checker, text, subjects):
    found = {f.subject for f in checker.check_text(text) if f.scope == "document"}
    assert found == subjects, [(f.rule, f.subject, f.message) for f in checker.check_text(text)]


# Audit 11. A wild-range claim made of the plant by its growth form: "kratom trees grow wild in …",
# "the kava plant originated in …", "… where kratom trees grow wild". Near misses: the right region,
# cultivation ("are grown in", "thrive in"), a growth form after "from" (where a crop was bought),
# and a tree that is not a tracked substance.
GROWTH_FORM_REGIONS = [
    ("Kava plants grow wild in Thailand.", True),
    ("The kratom tree grows wild in Fiji.", True),
    ("The kava plant originated in Malaysia.", True),
    ("Our leaf comes from the Fiji highlands, where kratom trees grow wild.", True),
    ("Kava plants grow wild in Vanuatu.", False),
    ("We visited Sumatra, where kratom trees grow wild.", False),
    ("Kava plants are grown in Thailand greenhouses.", False),
    ("Kava shrubs thrive in Thailand too.", False),
    ("Kratom trees from Fiji nurseries are on sale.", False),
    ("Tea trees grow wild in Fiji.", False),
]


@pytest.mark.parametrize("text,flagged", GROWTH_FORM_REGIONS, ids=[t[0][:40] for t in GROWTH_FORM_REGIONS])
def test_wild_range_said_of_the_growth_form(checker, text, flagged):
    found = [f for f in checker.check_text(text) if f.rule == "botanical/wrong-region"]
    assert bool(found) == flagged, [(f.rule, f.text) for f in checker.check_text(text)]


# Audit 12: five identity frames. (1) A second name of the subject set off by commas or
# dashes, a Latin binomial or an alias after "also called/known as", does not hide the
# subject from its predicate. (2) A head noun followed by a postmodifier ("a cactus native
# to …", "a true ginseng grown in …") is still what the subject is said to be. (3) "made
# from the <part> of <another species>" makes the subject come from that species. (4)
# "the same plant as the <name>". (5) Kelp is a wrong form for sea moss, and ", like <peer>,"
# compares rather than classifies unless a quantifier counts the name in the class
# ("like most mushrooms").
AUDIT12_FLAGGED = [  # text, rule, subject
    ("Ginseng, Panax ginseng, is a member of the nightshade family.", "botanical/wrong-family", "panax-ginseng"),
    ("Milk thistle, Silybum marianum, belongs to the mint family.", "botanical/wrong-family", "milk-thistle"),
    ("Kratom — Mitragyna speciosa — is in the pepper family.", "botanical/wrong-family", "kratom"),
    ("Passionflower, Passiflora incarnata, is native to Southeast Asia.", "botanical/wrong-region", "passionflower"),
    ("Kanna, also called sceletium, is a mushroom.", "botanical/wrong-kind", "kanna"),
    ("Kava, also known as awa, is a fungus from Fiji.", "botanical/wrong-kind", "kava"),
    ("Rhodiola, Rhodiola rosea, is a kind of rose.", "botanical/wrong-family", "rhodiola"),
    ("Kanna is a cactus native to the Mojave Desert.", "botanical/wrong-family", "kanna"),
    ("Rhodiola is a rose found in Arctic meadows.", "botanical/wrong-family", "rhodiola"),
    ("Maca is a true ginseng grown in the Andes.", "botanical/conflation", "maca"),
    ("Eleuthero is a true ginseng indigenous to Siberia.", "botanical/conflation", "eleuthero"),
    ("Kava is made from the leaves of Mitragyna speciosa.", "botanical/conflation", "kava"),
    ("Yerba mate is brewed from the leaves of Camellia sinensis.", "botanical/conflation", "yerba-mate"),
    ("Our kratom is derived from the roots of the kava plant.", "botanical/conflation", "kratom"),
    ("Blue lotus is the same plant as the sacred lotus.", "botanical/wrong-family", "blue-lotus"),
    ("Kava is the same shrub as the kratom tree.", "botanical/conflation", "kava"),
    ("Irish moss is a type of kelp.", "botanical/wrong-kind", "sea-moss"),
    ("Sea moss is a kelp harvested off Jamaica.", "botanical/wrong-kind", "sea-moss"),
    ("Kava, like other mushrooms, tastes earthy.", "botanical/wrong-kind", "kava"),
]

AUDIT12_PASSING = [
    "Kava, Piper methysticum, is a shrub in the pepper family.",
    "Milk thistle, Silybum marianum, belongs to the daisy family.",
    "Kanna, also known as kougoed, is a succulent from the Cape.",
    "Kava, kratom, and reishi are sold side by side.",
    "Passionflower, Passiflora incarnata, is native to the southeastern United States.",
    "Kava is a kratom alternative grown in Fiji.",
    "Kava is a pepper native to Vanuatu.",
    "Kanna is a succulent native to South Africa, not a cactus.",
    "Kanna is not a cactus native to Mexico.",
    "Reishi is a mushroom native to East Asia.",
    "Kratom is made from the leaves of Mitragyna speciosa.",
    "Hemp seed oil is pressed from the seeds of Cannabis sativa.",
    "CBD is extracted from the flowers of the hemp plant.",
    "Our blend is made from the roots of kava and ashwagandha.",
    "Chamomile tea is made from the flowers of Matricaria chamomilla.",
    "Unlike kava, kratom is made from the leaves of Mitragyna speciosa.",
    "Kava is not the same plant as the kratom tree.",
    "Kava has the same price as the kratom.",
    "Sea moss and kelp are both seaweeds.",
    "Unlike kelp, sea moss is a red seaweed.",
    "Sea moss, like kelp, is rich in iodine.",
    "Our sea moss gel contains kelp and bladderwrack.",
    "Sea moss grows near kelp forests.",
    "Kava, like mushrooms, tastes earthy.",
    "Reishi, like most mushrooms, loves humidity.",
]


@pytest.mark.parametrize("text,rule,subject", AUDIT12_FLAGGED, ids=[t[0][:40] for t in AUDIT12_FLAGGED])
def test_audit12_identity_frames_flag(check, text, rule, subject):
    found = check(text)
    assert any(f.rule == rule and f.subject == subject for f in found), [(f.rule, f.subject, f.text) for f in found]


@pytest.mark.parametrize("text", AUDIT12_PASSING, ids=[t[:40] for t in AUDIT12_PASSING])
def test_audit12_identity_frames_pass(check, text):
    assert check(text) == [], [(f.rule, f.subject, f.text) for f in check(text)]


# Audit 14. A comma after a source frame's place or other non-kind word ends the clause: in
# "Unlike kava, which comes from the Pacific, kratom comes from …" the next mention is the main
# clause's subject, not a name in apposition. After a kind word ("the pepper plant, kava") the
# name after the comma is still the source.
AUDIT14_SOURCE_FLAGGED = [
    ("Kratom comes from the pepper plant, kava.", "botanical/conflation", "kratom"),
    ("Kratom comes from a Pacific plant, kava.", "botanical/conflation", "kratom"),
    ("Kratom is pressed from the Pacific shrub, kava.", "botanical/conflation", "kratom"),
    ("Kratom is made from a tropical tree, Piper methysticum.", "botanical/conflation", "kratom"),
    ("Kratom, which comes from the kava tree, is sold as powder.", "botanical/conflation", "kratom"),
]
AUDIT14_SOURCE_PASSING = [
    "Unlike kava, which comes from the Pacific, kratom comes from Southeast Asia.",
    "Unlike turmeric, which comes from India, maca comes from Peru.",
    "Kava, which comes from the Pacific, kratom and coffee are all sold at the market.",
    "Unlike ashwagandha, which is harvested from Indian farms, reishi is grown on logs.",
    "Unlike maca, which is grown from seed in the Andes, turmeric comes from rhizome cuttings.",
]


@pytest.mark.parametrize("text,rule,subject", AUDIT14_SOURCE_FLAGGED, ids=[t[0][:40] for t in AUDIT14_SOURCE_FLAGGED])
def test_audit14_source_in_apposition_flags(check, text, rule, subject):
    found = check(text)
    assert any(f.rule == rule and f.subject == subject for f in found), [(f.rule, f.subject, f.text) for f in found]


@pytest.mark.parametrize("text", AUDIT14_SOURCE_PASSING, ids=[t[:40] for t in AUDIT14_SOURCE_PASSING])
def test_audit14_clause_after_a_place_passes(check, text):
    assert check(text) == [], [(f.rule, f.subject, f.text) for f in check(text)]


# Audit 15. A family in apposition to the name that opens the sentence ("Kava, from the coffee
# family, …", "Our kratom — a member of the pepper family — …", also after a product noun: "Kava
# root, from the Rubiaceae family, …"). Near misses: the right family, a name that is not the
# opening subject ("Unlike kava, in the …", a list), a place instead of a family, a negation.
AUDIT15_FAMILY_APPOSITION_FLAGGED = [
    ("Kava root, from the Rubiaceae family like coffee, is pounded into a drink.", "kava"),
    ("Kava, from the coffee family, is served in coconut shells.", "kava"),
    ("Our kratom — a member of the pepper family — ships in resealable bags.", "kratom"),
    ("Kratom, in the Piperaceae family, has glossy leaves.", "kratom"),
    ("Ashwagandha, part of the mint family, grows in dry regions.", "ashwagandha"),
    ("Kratom powder, from the pepper family, is sold in bags.", "kratom"),
]
AUDIT15_FAMILY_APPOSITION_PASSING = [
    "Kava, from the pepper family, is served in coconut shells.",
    "Kratom, in the coffee family, has glossy leaves.",
    "Kava root, in the pepper family, is pounded into a drink.",
    "Unlike kava, in the coffee family we find kratom.",
    "Kava, from the Pacific islands, is served in coconut shells.",
    "We stock kava, from the pepper family, and kratom, from the coffee family.",
    "Kava, not from the coffee family, is a pepper relative.",
    "Alongside kratom, from the pepper family we stock kava.",
]


@pytest.mark.parametrize("text,subject", AUDIT15_FAMILY_APPOSITION_FLAGGED,
                         ids=[t[0][:40] for t in AUDIT15_FAMILY_APPOSITION_FLAGGED])
def test_audit15_family_in_apposition_flags(check, text, subject):
    found = check(text)
    assert any(f.rule == "botanical/wrong-family" and f.subject == subject for f in found), \
        [(f.rule, f.subject, f.text) for f in found]


@pytest.mark.parametrize("text", AUDIT15_FAMILY_APPOSITION_PASSING, ids=[t[:40] for t in AUDIT15_FAMILY_APPOSITION_PASSING])
def test_audit15_family_in_apposition_near_misses_pass(check, text):
    assert check(text) == [], [(f.rule, f.subject, f.text) for f in check(text)]


# Audit 15. Kinship said with a family verb ("belongs to the same family as", "part of the same
# family as"): wrong when the two families differ. Near misses: the same family indeed, a
# negation, a question.
AUDIT15_SAME_FAMILY = [
    ("Kava belongs to the same family as kratom, which explains their similar effects.", True),
    ("Kratom is part of the same family as kava.", True),
    ("Kava, from the same family as kratom, is served cold.", True),
    ("Kratom belongs to the same plant family as coffee.", False),
    ("Turmeric belongs to the same family as ginger.", False),
    ("Kava does not belong to the same family as kratom.", False),
    ("Does kava belong to the same family as kratom?", False),
]


@pytest.mark.parametrize("text,flagged", AUDIT15_SAME_FAMILY, ids=[t[0][:40] for t in AUDIT15_SAME_FAMILY])
def test_audit15_same_family_link(check, text, flagged):
    found = check(text)
    assert any(f.rule == "botanical/wrong-family" for f in found) == flagged, [(f.rule, f.subject, f.text) for f in found]


# Audit 17: a kind of land before "in"/"across" keeps the place an origin ("kratom comes from islands in the South
# Pacific"); a supplier or grower before it is sourcing ("from a supplier in Thailand").
AUDIT17_LANDSCAPE_ORIGIN = [
    ("Kratom comes from islands in the South Pacific.", True),
    ("Kava comes from the forests in Southeast Asia.", True),
    ("Kratom originates from jungles across the South Pacific.", True),
    ("Kava comes from islands in the South Pacific such as Vanuatu.", False),
    ("Our kratom comes from a supplier in Thailand.", False),
    ("We source our kava from growers across Vanuatu.", False),
    ("Kava does not come from forests in Southeast Asia.", False),
]


@pytest.mark.parametrize("text,flagged", AUDIT17_LANDSCAPE_ORIGIN, ids=[t[0][:40] for t in AUDIT17_LANDSCAPE_ORIGIN])
def test_audit17_landscape_before_place(check, text, flagged):
    found = check(text)
    assert any(f.rule == "botanical/wrong-region" for f in found) == flagged, [(f.rule, f.subject, f.text) for f in found]


# Audit 17: where a product sits ("sold alongside herbs", "shelved beside plants") is no kind claim; a kind stated
# before such a phrase still is.
AUDIT17_SOLD_ALONGSIDE = [
    ("Chaga is usually sold alongside herbs.", False),
    ("Reishi is shelved beside plants like tulsi in most shops.", False),
    ("Turkey tail is often displayed besides herbs such as nettle.", False),
    ("Chaga is an herb sold alongside teas.", True),
    ("Reishi is a medicinal plant, often sold alongside turmeric.", True),
]


@pytest.mark.parametrize("text,flagged", AUDIT17_SOLD_ALONGSIDE, ids=[t[0][:40] for t in AUDIT17_SOLD_ALONGSIDE])
def test_audit17_sold_alongside_is_no_kind(check, text, flagged):
    found = check(text)
    assert any(f.rule == "botanical/wrong-kind" for f in found) == flagged, [(f.rule, f.subject, f.text) for f in found]
