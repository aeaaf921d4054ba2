"""Botanical identity rules: every frame a misidentification is written in, the near misses
beside each, and the shape of a finding (span, message, correction, fix, references).

All sentences are written for these tests."""
import pytest


def rules_of(findings) -> set[str]:
    return {f.rule for f in findings}


# (sentence, rule, subject)
FLAGGED = [
    # wrong kind: compounds
    ("Stock up on our kava mushroom tea before the weekend.", "botanical/wrong-kind", "kava"),
    ("New: Maca Mushroom Latte Mix, now in a bigger bag.", "botanical/wrong-kind", "maca"),
    ("Our kava-mushroom blend ships on Monday.", "botanical/wrong-kind", "kava"),
    ("A spoon of reishi plant powder goes into every cup.", "botanical/wrong-kind", "reishi"),
    ("Chaga leaf tea is the star of our winter menu.", "botanical/wrong-kind", "chaga"),
    ("Each jar is tested for the kava mushroom's kavalactones.", "botanical/wrong-kind", "kava"),
    ("Cordyceps root capsules support your training.", "botanical/wrong-kind", "cordyceps"),
    # wrong kind: appositions, with comma, dash and colon
    ("Ashwagandha, an adaptogenic mushroom, rounds out the blend.", "botanical/wrong-kind", "ashwagandha"),
    ("Kratom—the bitter mushroom brew of Borneo—is back.", "botanical/wrong-kind", "kratom"),
    ("Say hello to ginkgo: the world's oldest mushroom.", "botanical/wrong-kind", "ginkgo"),
    ("Lion's mane, a snowy white plant of old beech forests, is on sale.", "botanical/wrong-kind", "lions-mane"),
    ("Spirulina, an emerald seaweed from alkaline lakes, colors the bowl.", "botanical/wrong-kind", "spirulina"),
    # wrong kind: copulas, including pronouns and hedges (a hedge does not excuse it)
    ("Kratom is a fungus that thrives in humid forests.", "botanical/wrong-kind", "kratom"),
    ("Turmeric is honestly the best mushroom in my pantry.", "botanical/wrong-kind", "turmeric"),
    ("Reishi is a bitter herb that monks simmered for hours.", "botanical/wrong-kind", "reishi"),
    ("Chaga is really just the charred bark of old birches.", "botanical/wrong-kind", "chaga"),
    ("Kava may be a mushroom drink, but it tastes great.", "botanical/wrong-kind", "kava"),
    ("We love maca. It is a sweet little mushroom from the highlands.", "botanical/wrong-kind", "maca"),
    # wrong kind: fronted presupposition and life form
    ("Like other mosses, sea moss loves cold water.", "botanical/wrong-kind", "sea-moss"),
    ("Kratom is a leafy shrub of the rainforest.", "botanical/wrong-kind", "kratom"),
    ("Chlorella is a seaweed you can drink.", "botanical/wrong-kind", "chlorella"),
    # wrong part
    ("Brewed from shade-dried kava leaves, this batch is smooth.", "botanical/wrong-part", "kava"),
    ("Our golden tea starts with turmeric leaves, dried and crushed.", "botanical/wrong-part", "turmeric"),
    ("Our maca flour is milled from the leaves of the maca plant.", "botanical/wrong-part", "maca"),
    ("The ginkgo capsules are made from the plant's roots.", "botanical/wrong-part", "ginkgo"),
    ("Valerian tea is brewed from the flowers of the plant.", "botanical/wrong-part", "valerian"),
    ("Milk thistle extract comes from the leaves, harvested in June.", "botanical/wrong-part", "milk-thistle"),
    # wrong Latin name
    ("Kava (Mitragyna speciosa) is served in a coconut shell.", "botanical/wrong-latin-name", "kava"),
    ("Our kratom (Piper methysticum) powder is lab tested.", "botanical/wrong-latin-name", "kratom"),
    ("Turmeric (Zingiber officinale) gives curry its color.", "botanical/wrong-latin-name", "turmeric"),
    # wrong family
    ("Kratom belongs to the pepper family, like black pepper.", "botanical/wrong-family", "kratom"),
    ("As a member of the coffee family, kava has a bitter edge.", "botanical/wrong-family", "kava"),
    ("Chamomile, a gentle mint-family flower, closes the day.", "botanical/wrong-family", "chamomile"),
    ("Maca is in the Solanaceae family.", "botanical/wrong-family", "maca"),
    ("Rhodiola is a kind of rose.", "botanical/wrong-family", "rhodiola"),
    # wrong native region
    ("Kava is native to the green hills of Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Our kratom grows wild across the South Pacific.", "botanical/wrong-region", "kratom"),
    ("Try our smooth Indonesian kava tonight.", "botanical/wrong-region", "kava"),
    ("Kanna, an Amazonian succulent, is finally here.", "botanical/wrong-region", "kanna"),
    ("Where does kratom come from? It hails from the Andes.", "botanical/wrong-region", "kratom"),
    # conflation
    ("Kratom, a leaf from the kava shrub, is sold as powder.", "botanical/conflation", "kratom"),
    ("The kava bush's kratom leaves are picked by hand.", "botanical/conflation", "kratom"),
    ("Our CBD is cold-pressed from hemp seeds.", "botanical/conflation", "cbd"),
    ("Most CBD tinctures are pressed straight from hemp seed oil.", "botanical/conflation", "cbd"),
    ("Kratom is derived from the kava plant.", "botanical/conflation", "kratom"),
    ("Ashwagandha is a type of ginseng.", "botanical/conflation", "ashwagandha"),
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED, ids=[t[0][:40] for t in FLAGGED])
def test_flags_each_frame(check, text, rule, subject):
    findings = check(text)
    assert rule in rules_of(findings), [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


PASSING = [
    # negations and corrections
    "Kava is not a mushroom; it is a shrub in the pepper family.",
    "Chaga isn't bark, even if it looks like it.",
    "Kratom is a tree, not a mushroom.",
    "Despite the name, sea moss is not a moss at all.",
    "Kava is often mislabeled as a mushroom drink by careless shops.",
    "Some sellers call kratom a mushroom, but it is the leaf of a tree.",
    "Is kava a mushroom? No.",
    # genuine fungi called mushrooms, accepted names
    "Reishi is a woody shelf fungus that needs a long simmer.",
    "Our lion's mane mushrooms are grown indoors on oak sawdust.",
    "Turkey tail and cordyceps are both true fungi.",
    "Chaga mushroom tea is brewed from the conk.",
    "Spirulina, often sold as blue-green algae, is a cyanobacterium.",
    "St. John's wort is a cheerful yellow herb.",
    "Moringa, the miracle tree, grows fast.",
    # correct parts, tolerated parts, warnings
    "Turmeric root and ginger root simmer in the pot.",
    "Kava is made from the root of Piper methysticum.",
    "Kratom leaves are dried and ground into powder.",
    "Kava leaves and stems are implicated in liver problems.",
    "Avoid products made from kava leaves.",
    "Our kava is made from root and rhizome only, never stems or leaves.",
    "Maca powder is milled from the dried root.",
    "Yerba mate is brewed from the dried leaves of Ilex paraguariensis.",
    "Moringa is a fast-growing tree; the powder is made from its leaves.",
    "Hemp seed oil is pressed from the seeds of Cannabis sativa.",
    "Hemp seed oil makes a nutty salad dressing.",
    # correct Latin names, families, regions
    "Kava (Piper methysticum) is served in a coconut shell.",
    "Kratom belongs to the coffee family.",
    "Panax ginseng, a slow plant in the Araliaceae family, is harvested for its root.",
    "Kratom and kava are unrelated: one is a coffee-family tree, the other a pepper-family shrub.",
    "Kava hails from the Pacific Islands, not Southeast Asia.",
    "Our Vanuatu kava is smooth and earthy.",
    "Kratom, a tree native to Thailand and Borneo, is bitter.",
    "Kava, the peppery root drink of Fiji, is poured at dusk.",
    # cultivation and trade are not origin
    "Our lion's mane is grown in Oregon.",
    "We import our kava from distributors in Thailand.",
    "Our maca ships from a warehouse in Malaysia.",
    # a description must attach to the mention
    "Kava drinkers and mushroom foragers rarely overlap.",
    "We sell kratom, mushroom gummies and kava.",
    "Unlike mushrooms, kava grows from a root.",
    "Kava is the coffee of the Pacific.",
    "Passionflower's effects complement valerian's, in theory.",
    "Kratom, derived from the leaves of the Mitragyna speciosa tree, is bitter.",
    "Kava is a kratom alternative for some people.",
    "Our plant-based capsules hold reishi extract.",
]


@pytest.mark.parametrize("text", PASSING, ids=[t[:40] for t in PASSING])
def test_passes_correct_negated_and_unattached(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


def test_offsets_point_at_the_claim(check):
    text = "Fresh batch!\n\nOur kava mushroom drink, brewed at dawn, is ready."
    [finding] = check(text)
    assert finding.text == text[finding.start:finding.end] == "kava mushroom drink"
    assert finding.line == 3 and finding.column == 5


def test_compound_fix_is_safe_and_uses_the_part(check):
    text = "Pour a shell of kava mushroom drink."
    [finding] = check(text)
    assert finding.fix is not None and finding.fix.safe
    assert text[finding.fix.start:finding.fix.end] == "mushroom"
    fixed = text[:finding.fix.start] + finding.fix.replacement + text[finding.fix.end:]
    assert fixed == "Pour a shell of kava root drink."


def test_fix_keeps_capitals(check):
    text = "KRATOM MUSHROOM POWDER, 250 g"
    [finding] = check(text)
    assert finding.fix.replacement == "LEAF"


def test_head_noun_fix_is_unsafe(check):
    [finding] = check("Kratom is a fungus from the tropics.")
    assert finding.fix is not None and not finding.fix.safe
    assert finding.fix.replacement == "tree"


def test_message_and_correction_state_the_facts(check):
    [finding] = check("Enjoy a kava mushroom tea tonight.")
    assert "kava" in finding.message and "mushroom" in finding.message
    assert finding.correction == ("Kava is made from the root and rhizome of Piper methysticum, "
                                  "a shrub in the pepper family (Piperaceae); it is not a mushroom.")
    assert any("nccih.nih.gov" in url for url in finding.references)
    assert finding.severity == "error" and finding.scope == "sentence"


def test_fungus_correction_names_the_fungus(check):
    [finding] = check("Our reishi plant extract is dual-extracted.")
    assert "fungus" in finding.correction and "Ganoderma lucidum" in finding.correction
    assert finding.fix.replacement == "mushroom"


def test_latin_name_fix_gives_the_right_binomial(check):
    text = "Kava (Mitragyna speciosa) is poured at ceremonies."
    [finding] = check(text)
    assert finding.rule == "botanical/wrong-latin-name"
    assert "kratom" in finding.message and "Piper methysticum" in finding.message
    assert text[finding.fix.start:finding.fix.end] == "Mitragyna speciosa"
    assert finding.fix.replacement == "Piper methysticum" and finding.fix.safe


def test_family_fix_keeps_the_style(check):
    text = "Chamomile, a mint-family herb, calms."
    [finding] = check(text)
    assert text[finding.fix.start:finding.fix.end] == "mint-family"
    assert finding.fix.replacement == "daisy-family"
    latin = "Kratom sits in the Piperaceae family."
    [finding] = check(latin)
    fix = finding.fix
    assert latin[:fix.start] + fix.replacement + latin[fix.end:] == "Kratom sits in the Rubiaceae family."


def test_region_message_names_the_native_range(check):
    [finding] = check("Kava is native to Southeast Asia.")
    assert finding.rule == "botanical/wrong-region"
    assert "Pacific Islands" in finding.message and "Southeast Asia" in finding.message
    assert finding.fix is None


def test_part_message_names_both_parts(check):
    [finding] = check("Our turmeric spice is ground from turmeric leaves.")
    assert finding.rule == "botanical/wrong-part"
    assert "leaves" in finding.message and "rhizome" in finding.message
    assert finding.fix is not None and not finding.fix.safe


def test_pronoun_refers_to_the_last_substance(check):
    findings = check("We stock kava from Vanuatu. It is a gentle mushroom brew.")
    assert [(f.rule, f.subject, f.text) for f in findings] == [
        ("botanical/wrong-kind", "kava", "It is a gentle mushroom brew")]


def test_the_plant_refers_to_the_previous_sentence(check):
    text = "St. John's wort has bright yellow flowers. Supplements are made from the plant's roots."
    [finding] = check(text)
    assert finding.rule == "botanical/wrong-part" and finding.subject == "st-johns-wort"
    assert finding.text == "made from the plant's roots"


def test_one_finding_per_rule_and_sentence(check):
    findings = check("Kava, a mushroom drink, is the best mushroom tea around.")
    assert [f.rule for f in findings] == ["botanical/wrong-kind"]


def test_several_substances_in_one_text(check):
    text = ("Maca, an Andean mushroom, sweetens the mix. Reishi, the herb of kings, follows. "
            "Kratom, a Fijian leaf, closes it.")
    found = {(f.rule, f.subject) for f in check(text)}
    assert ("botanical/wrong-kind", "maca") in found
    assert ("botanical/wrong-kind", "reishi") in found
    assert ("botanical/wrong-region", "kratom") in found


# Descriptions written before the substance, kinship and Latin-name links, classing verbs,
# relative clauses, and the near misses beside each.
FLAGGED_MORE = [
    # a kind word before the name: modifier, apposition, naming, examples
    ("Grab our fungal kratom while it lasts.", "botanical/wrong-kind", "kratom"),
    ("Our top-selling mushroom, ashwagandha, is restocked.", "botanical/wrong-kind", "ashwagandha"),
    ("This humble herb — chaga — warms the whole cabin.", "botanical/wrong-kind", "chaga"),
    ("An ancient mushroom called kratom is trending again.", "botanical/wrong-kind", "kratom"),
    ("The plant known as lion's mane sharpens focus, fans say.", "botanical/wrong-kind", "lions-mane"),
    ("Tonic mushrooms like maca and chaga go in the jar.", "botanical/wrong-kind", "maca"),
    ("Calming herbs such as valerian and turkey tail fill the pouch.", "botanical/wrong-kind", "turkey-tail"),
    # classing verbs, relative clauses, superlative heads, possessor appositions
    ("Strictly speaking, kratom counts as a fungus.", "botanical/wrong-kind", "kratom"),
    ("Ashwagandha is usually classified as a mushroom.", "botanical/wrong-kind", "ashwagandha"),
    ("Rhodiola, which is a mushroom, thrives in the cold.", "botanical/wrong-kind", "rhodiola"),
    ("Maca is one of the tastiest mushrooms around.", "botanical/wrong-kind", "maca"),
    ("Reishi, the king of tonic herbs, simmers all day.", "botanical/wrong-kind", "reishi"),
    ("Kratom, Borneo's favorite mushroom, ships today.", "botanical/wrong-kind", "kratom"),
    # a wrong-form word that is also a part word
    ("Add kava bark powder to the bowl.", "botanical/wrong-part", "kava"),
    # compound parts in more product contexts
    ("Maca leaves are the source of this flour.", "botanical/wrong-part", "maca"),
    ("Elderberry syrup pressed from the bark of the shrub.", "botanical/wrong-part", "elderberry"),
    # Latin names linked other than by a bare parenthesis
    ("Maca root flour (Withania somnifera), 500 g.", "botanical/wrong-latin-name", "maca"),
    ("Turmeric, or Zingiber officinale, stains everything yellow.", "botanical/wrong-latin-name", "turmeric"),
    ("Reishi, known scientifically as Inonotus obliquus, is bitter.", "botanical/wrong-latin-name", "reishi"),
    ("Kava's Latin name is Mitragyna speciosa.", "botanical/wrong-latin-name", "kava"),
    ("The botanical name for maca is Withania somnifera.", "botanical/wrong-latin-name", "maca"),
    # kinship
    ("Kava, a close cousin of coffee, is bitter.", "botanical/wrong-family", "kava"),
    ("Kratom is closely related to black pepper.", "botanical/wrong-family", "kratom"),
    ("Valerian, a mint relative, smells strong.", "botanical/wrong-family", "valerian"),
    ("Ashwagandha is related to ginseng.", "botanical/wrong-family", "ashwagandha"),
    ("Kratom, a kava relative, is sold in bars.", "botanical/wrong-family", "kratom"),
    ("Kanna is a cactus from the Karoo.", "botanical/wrong-family", "kanna"),
    # origin phrased with "comes from"
    ("Kava originally comes from Southeast Asia.", "botanical/wrong-region", "kava"),
    ("Maca came from the foothills of the Himalayas.", "botanical/wrong-region", "maca"),
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED_MORE, ids=[t[0][:40] for t in FLAGGED_MORE])
def test_flags_descriptions_before_and_links(check, text, rule, subject):
    findings = check(text)
    assert rule in rules_of(findings), [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


PASSING_MORE = [
    # kind words before a genuine mushroom, a list, or a prepositional phrase
    "Grab our fungal reishi while it lasts.",
    "Our top-selling mushroom, cordyceps, is restocked.",
    "An ancient mushroom called maitake is trending again.",
    "Tonic mushrooms like reishi and chaga go in the jar.",
    "Calming herbs such as valerian and chamomile fill the pouch.",
    "Our mushroom, kava and kratom ranges ship free.",
    "After the mushroom, kratom was the next tasting.",
    "Unlike mushrooms, maca is a root.",
    "Mushroom and kava fans met at the market.",
    "Mushroom kratom stacks: what to know before combining them.",
    "Reishi mushroom kava pairings are popular.",
    # classing verbs and relative clauses on the right kind
    "Kratom counts as a tree, botanically.",
    "Chaga is usually classified as a fungus.",
    "Rhodiola, which is a succulent, thrives in the cold.",
    "Reishi is one of the tastiest mushrooms around.",
    "Reishi, the king of tonic mushrooms, simmers all day.",
    "Kratom, Borneo's favorite leaf, ships today.",
    # distributive descriptions
    "Kava and chaga: one a root, one a fungus.",
    "Kratom and reishi — one a leaf, the other a mushroom — share a shelf.",
    # parts: other uses of the plant, negated predicates
    "Turmeric leaves are used to wrap rice cakes.",
    "Kava leaves are not part of a traditional brew.",
    "Maca leaves are eaten as greens in the Andes.",
    # Latin names: right ones, lists and contrasts
    "Maca root flour (Lepidium meyenii), 500 g.",
    "Turmeric, or Curcuma longa, stains everything yellow.",
    "Kava's Latin name is Piper methysticum.",
    "Kratom, Withania somnifera and Lepidium meyenii are on the list.",
    "Unlike turmeric, Zingiber officinale is milder.",
    # kinship that is true, and look-alikes that are not kinship
    "Kratom, a close cousin of coffee, is bitter.",
    "Kava is closely related to black pepper.",
    "Chamomile, a daisy relative, smells of apples.",
    "Siberian ginseng is related to ginseng.",
    "Chamomile is a soothing tea.",
    "Kava is a coffee substitute for some drinkers.",
    # origin vs. trade
    "Kava originally comes from Vanuatu.",
    "Our kava comes from a broker in Singapore.",
]


@pytest.mark.parametrize("text", PASSING_MORE, ids=[t[:40] for t in PASSING_MORE])
def test_passes_near_misses_of_the_new_frames(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


def test_leading_description_spans_to_the_name_and_has_no_fix(check):
    text = "Meet our newest mushroom, kava, at the bar."
    [finding] = check(text)
    assert finding.rule == "botanical/wrong-kind" and finding.text == "mushroom, kava"
    assert finding.fix is None


def test_kinship_message_names_the_claimed_family(check):
    [finding] = check("Maca is related to ginseng.")
    assert "ginseng family (Araliaceae)" in finding.message and "Brassicaceae" in finding.message


FLAGGED_LISTS_AND_ASIDES = [
    ("Tonic mushrooms: chaga, maitake and rhodiola.", "botanical/wrong-kind", "rhodiola"),
    ("Our best-selling mushroom blend, kava, is back.", "botanical/wrong-kind", "kava"),
    ("Kratom, like most mushrooms, loves humidity.", "botanical/wrong-kind", "kratom"),
    ("Amanita muscaria, a true magic mushroom, is sold as gummies.", "botanical/wrong-kind", "amanita-muscaria"),
    ("Turmeric spice is made by drying the leaves of the plant.", "botanical/wrong-part", "turmeric"),
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED_LISTS_AND_ASIDES,
                         ids=[t[0][:40] for t in FLAGGED_LISTS_AND_ASIDES])
def test_flags_lists_asides_and_gerund_sources(check, text, rule, subject):
    findings = check(text)
    assert rule in rules_of(findings), [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


PASSING_LISTS_AND_ASIDES = [
    "Tonic mushrooms: chaga, maitake and reishi.",
    "Unlike mushrooms such as chaga, kava grows from a root.",
    "Mushrooms such as maitake, and roots such as kava, sit on separate shelves.",
    "Reishi, like most mushrooms, loves humidity.",
    "Amanita muscaria and magic mushrooms are different things.",
    "Turmeric spice is made by drying the rhizome.",
    "Kratom bars are opening across Southeast Asia and Europe.",
    "Maca, the golden root of Peru, sweetens the latte.",
]


@pytest.mark.parametrize("text", PASSING_LISTS_AND_ASIDES, ids=[t[:40] for t in PASSING_LISTS_AND_ASIDES])
def test_passes_near_misses_of_lists_and_asides(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


FLAGGED_STACKED = [
    ("Our herb of the week, chaga, is half price.", "botanical/wrong-kind", "chaga"),
    ("We stock 30 herbs, including lion's mane and sage.", "botanical/wrong-kind", "lions-mane"),
    ("Maca — also known as the Andean mushroom — sweetens lattes.", "botanical/wrong-kind", "maca"),
    ("My go-to mushroom, ashwagandha, helps me unwind.", "botanical/wrong-kind", "ashwagandha"),
    ("Kava is a leafy shrub, a cousin of coffee.", "botanical/wrong-family", "kava"),
    ("Spirulina powder is made from a seaweed grown in ponds.", "botanical/wrong-kind", "spirulina"),
    ("Kava, the Pacific's favorite drink, comes from kava leaves.", "botanical/wrong-part", "kava"),
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED_STACKED, ids=[t[0][:40] for t in FLAGGED_STACKED])
def test_flags_stacked_descriptions_and_kind_sources(check, text, rule, subject):
    findings = check(text)
    assert rule in rules_of(findings), [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


PASSING_STACKED = [
    "Our herb of the week, valerian, is half price.",
    "We stock 30 herbs, including ashwagandha and sage.",
    "Maca — also known as Peruvian ginseng — sweetens lattes.",
    "Kratom is a leafy tree, a cousin of coffee.",
    "Chaga tea is made from a fungus that grows on birch.",
    "Ginkgo extract is made from the tree's leaves.",
    "Kava meets chaga: a root and a fungus in one cup.",
]


@pytest.mark.parametrize("text", PASSING_STACKED, ids=[t[:40] for t in PASSING_STACKED])
def test_passes_near_misses_of_stacked_descriptions(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


FLAGGED_HEADS_AND_MODIFIERS = [
    # a part word heading the description, with the plant named after "of"
    ("Kava is the dried leaf of a Pacific shrub.", "botanical/wrong-part", "kava"),
    ("Maca, the leaf of an Andean plant, is dried into powder.", "botanical/wrong-part", "maca"),
    ("Kratom, the bark of a Thai tree, is bitter.", "botanical/wrong-part", "kratom"),
    ("Kava, the root of the kratom plant, relaxes you.", "botanical/conflation", "kava"),
    # plain modifiers between the link and the head
    ("Kanna is a tiny desert cactus.", "botanical/wrong-family", "kanna"),
    ("Rhodiola is a type of wild rose.", "botanical/wrong-family", "rhodiola"),
    ("Moringa is a fast-growing legume.", "botanical/wrong-family", "moringa"),
    ("Amanita muscaria is a classic psilocybin mushroom.", "botanical/conflation", "amanita-muscaria"),
    ("Kratom is essentially a form of kava.", "botanical/conflation", "kratom"),
    ("Kratom is basically the same thing as kava.", "botanical/conflation", "kratom"),
    # kinship with a determiner; a region name before a kind noun
    ("Kratom is related to the kava shrub.", "botanical/wrong-family", "kratom"),
    ("Kratom is a Pacific Island herb.", "botanical/wrong-region", "kratom"),
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED_HEADS_AND_MODIFIERS,
                         ids=[t[0][:40] for t in FLAGGED_HEADS_AND_MODIFIERS])
def test_flags_part_heads_and_modified_descriptions(check, text, rule, subject):
    findings = check(text)
    assert rule in rules_of(findings), [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


PASSING_HEADS_AND_MODIFIERS = [
    "Kratom is the root of the problem, critics say.",
    "Turmeric is the root of many Indian recipes.",
    "Kratom is the leaf of choice for many users.",
    "Kratom, the leaf of a Southeast Asian tree, is sold as powder.",
    "Maca is the root of a plant related to radishes.",
    "Matcha is the powdered leaf of the tea plant.",
    "Kava, the root of Piper methysticum, is pounded.",
    "Kanna is a small succulent that looks like a cactus.",
    "Kanna is a good cactus alternative.",
    "Rhodiola has a rose-like scent.",
    "Amanita muscaria is a classic mushroom of fairy tales.",
    "Kava is the new kratom.",
    "Kava is a new kratom alternative.",
    "Turmeric is a poor man's saffron.",
    "Kratom is basically nothing like kava.",
    "Kratom is not related to the kava plant.",
    "Kratom is related to the coffee plant.",
    "Kava is a South Pacific plant.",
    "Kratom is sold in Thailand herb shops.",
    "Yerba mate is a caffeinated South American holly.",
    "Ashwagandha is a famous Indian ginseng.",
]


@pytest.mark.parametrize("text", PASSING_HEADS_AND_MODIFIERS, ids=[t[:40] for t in PASSING_HEADS_AND_MODIFIERS])
def test_passes_near_misses_of_part_heads_and_modifiers(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


FLAGGED_TITLES_AND_LISTS = [
    ("Reishi Mushroom Root Extract", "botanical/wrong-kind", "reishi"),
    ("Our kava plant leaves are dried for tea.", "botanical/wrong-part", "kava"),
    ("Kava (Piper methysticum) Leaf Powder - 250g", "botanical/wrong-part", "kava"),
    ("Chaga (Inonotus obliquus) Herb Tea", "botanical/wrong-kind", "chaga"),
    ("Ingredients: Organic Maca Leaf, Cacao, Cinnamon.", "botanical/wrong-part", "maca"),
]


@pytest.mark.parametrize("text,rule,subject", FLAGGED_TITLES_AND_LISTS, ids=[t[0][:40] for t in FLAGGED_TITLES_AND_LISTS])
def test_flags_titles_through_latin_and_kind_words(check, text, rule, subject):
    findings = check(text)
    assert rule in rules_of(findings), [(f.rule, f.text) for f in findings]
    assert subject in {f.subject for f in findings if f.rule == rule}


PASSING_TITLES_AND_LISTS = [
    "Reishi mushroom fruiting body extract",
    "Kava (Piper methysticum) Root Powder - 250g",
    "Chaga (Inonotus obliquus) Mushroom Tea",
    "Kava (Piper methysticum) shrub roots",
    "Ingredients: Organic Maca Root, Cacao, Cinnamon.",
    "Kava plant leaves are linked to liver damage.",
    "Moringa tree leaves are dried into powder.",
    "Ingredients note: avoid kava stems and leaves.",
]


@pytest.mark.parametrize("text", PASSING_TITLES_AND_LISTS, ids=[t[:40] for t in PASSING_TITLES_AND_LISTS])
def test_passes_near_misses_of_titles_and_lists(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


def test_kind_word_before_a_modified_product_noun_is_a_modifier(check):
    text = "KAVA MUSHROOM RELAXATION DRINK | 12 CANS"
    [finding] = check(text)
    assert finding.fix is not None and finding.fix.safe and finding.fix.replacement == "ROOT"
    [finding] = check("Kratom is a mushroom everyone drinks.")
    assert finding.fix is None or not finding.fix.safe


@pytest.mark.parametrize("text", [
    "Many people assume kava is a mushroom because it is sold next to mushroom coffee, but it is a root.",
    "People think kratom is a mushroom; it's actually a tree leaf.",
    "Some call chaga a plant, but it is a fungus.",
    "Kratom is related to kava, but it is a tree in the coffee family.",  # 'it' could be either
])
def test_passes_beliefs_corrected_later_and_ambiguous_pronouns(check, text):
    findings = [f for f in check(text) if f.subject != "kratom" or "related" not in f.text]
    assert not findings, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text,rule,subject", [
    ("Kava is a mushroom drink, but it tastes great.", "botanical/wrong-kind", "kava"),
    ("Kratom is a mushroom, but it is not a psychedelic one.", "botanical/wrong-kind", "kratom"),
    ("Kava is a mushroom drink — it is a real mushroom.", "botanical/wrong-kind", "kava"),
    ("Kratom is related to kava, but it is a tree in the coffee family.", "botanical/wrong-family", "kratom"),
])
def test_flags_when_the_later_clause_does_not_correct(check, text, rule, subject):
    findings = check(text)
    assert subject in {f.subject for f in findings if f.rule == rule}, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text,rule,subject", [
    ("Black seed oil is pressed from cumin seeds.", "botanical/wrong-kind", "black-seed"),
    ("Rhodiola extract is made from rose petals.", "botanical/wrong-part", "rhodiola"),
    ("Chaga tea is brewed from dried bark.", "botanical/wrong-kind", "chaga"),
    ("Spirulina plant protein, 300 g.", "botanical/wrong-kind", "spirulina"),
])
def test_flags_wrong_materials_and_plant_words(check, text, rule, subject):
    findings = check(text)
    assert subject in {f.subject for f in findings if f.rule == rule}, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text", [
    "Black seed oil is pressed from black cumin seeds.",
    "Black seed oil is pressed from Nigella sativa seeds.",
    "Chaga is harvested from the bark of birch trees.",
    "Chaga is harvested from birch bark.",
    "Turkey tail is collected from the bark of dead oaks.",
    "Spirulina plant-based protein, 300 g.",
    "Reishi is a plant-based source of beta-glucans.",
])
def test_passes_hosts_diet_words_and_right_materials(check, text):
    findings = check(text)
    assert not findings, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text,expected", [
    ("Step 2: Knead the kava leaves through a cloth bag.", {"kava"}),
    ("2. Steep the turmeric leaves for 10 minutes.", {"turmeric"}),
    ("Never knead kava leaves into your brew.", set()),
    ("Use turmeric leaves to wrap the fish before steaming.", set()),
    ("Strain and discard the valerian leaves; only the root is used.", set()),
])
def test_recipe_imperatives_make_a_part_the_product(check, text, expected):
    assert {f.subject for f in check(text) if f.rule == "botanical/wrong-part"} == expected


@pytest.mark.parametrize("text,expected", [
    ("Kratom is an evergreen tree, native to Fiji.", {"kratom"}),
    ("Kratom is a tropical tree, a relative of coffee, native to the Caribbean.", {"kratom"}),
    ("Kratom has been used for centuries in the South Pacific, where it grows wild.", {"kratom"}),
    ("Kratom is an evergreen tree, native to Thailand.", set()),
    ("Unlike kava, kratom is a tree, native to Fiji.", set()),  # either could be meant
    ("Kava is now sold in Thailand, where it grows in greenhouses.", set()),
    ("Kava bars are common in Thailand, where it is legal.", set()),
    ("Kava is a shrub, native to Vanuatu and also farmed in Thailand.", set()),
])
def test_trailing_origin_phrases_and_where_it_grows_wild(check, text, expected):
    assert {f.subject for f in check(text) if f.rule == "botanical/wrong-region"} == expected


def test_descriptions_over_the_same_words_resolve_by_role_not_by_match_order():
    """The phrase pass gives matches over the same tokens in no fixed order; which reading
    stands ("rose" as a family, a wrong form, a kind of plant) must not depend on it."""
    import itertools

    from claimcheck.kinds.identity import _resolve_overlaps

    matches = [(5, 6, "family-bare"), (5, 6, "wrong-form"), (5, 6, "kind"), (4, 6, "region")]
    expected = _resolve_overlaps(matches)
    for order in itertools.permutations(matches):
        assert _resolve_overlaps(list(order)) == expected
    same_span = [(5, 6, "wrong-form"), (5, 6, "family-bare"), (5, 6, "kind")]
    assert [label for _, _, label in _resolve_overlaps(same_span)] == ["family-bare", "kind"]


# A pronoun in a fixed phrase ("for what it's worth") stands for nothing, and a bare noun phrase
# after a comma is a list item or a new clause's subject, not a second description of the subject.
@pytest.mark.parametrize("text", [
    "Kava is a root drink. For what it's worth, old sweet chestnut trees shade the north side of the plot.",
    "Kava is a root drink. For what it’s worth, a couple of ancient walnut trees line the lane.",
    "Kava is a root drink. It's worth noting, tall poplar trees grow beside the barn.",
    "Kava is a root drink. As it were, crooked apple trees frame the tasting room.",
    "Kava is a root drink. It's late autumn, bare maple trees drop their leaves on the deck.",
    "Kava is a root drink, big leafy fig trees shade the bar where we pour it.",
])
def test_idiom_it_and_bare_noun_phrase_after_comma_pass(check, text):
    assert "botanical/wrong-kind" not in rules_of(check(text))


@pytest.mark.parametrize("text,subject", [
    ("Kava is a root drink. It's a mushroom, not a root.", "kava"),
    ("Kava is a root drink. For what it's worth, kava is a mushroom.", "kava"),
    ("Kava is a root drink. For what it's worth, it's a mushroom.", "kava"),
    ("It's worth noting that kava is a tree.", "kava"),
    ("Kava is a shrub, technically a tree.", "kava"),
    ("Kava is a root, actually a mushroom.", "kava"),
    ("Kava is a root drink. It is a shrub, basically a small tree.", "kava"),
    ("Kava, a popular drink, wild mushroom tea, is relaxing.", "kava"),
])
def test_idiom_and_stacked_description_near_misses_still_flagged(check, text, subject):
    assert subject in {f.subject for f in check(text) if f.rule == "botanical/wrong-kind"}


# "Alongside X, <subject> <verb> …": the fronted name is set beside another subject, not described.
@pytest.mark.parametrize("text", [
    "Alongside reishi, the farm grows chickpeas, black pepper vines and a little tobacco.",
    "Alongside reishi, the farm grows climbing vines.",
    "Besides chaga, the garden has roses, grape vines and mint.",
    "Next to kava, our farm grows tall oak trees.",
    "Along with kava, the shop sells pepper vines.",
    "Alongside reishi, the greenhouse holds tomatoes, a few bean vines and basil.",
    "Apart from maca, the co-op stocks squash vines, melons and beans.",
])
def test_fronted_opener_then_own_clause_passes(check, text):
    assert "botanical/wrong-kind" not in rules_of(check(text))


@pytest.mark.parametrize("text,subject", [
    ("Alongside reishi, chaga is a vine.", "chaga"),
    ("Alongside reishi, a climbing vine, chaga grows well.", "reishi"),
    ("Alongside kava, a mushroom, the farm grows chickpeas.", "kava"),
    ("Like reishi, kava is a mushroom.", "kava"),
    ("Unlike reishi, kava is a tree.", "kava"),
])
def test_fronted_opener_near_misses_still_flagged(check, text, subject):
    assert subject in {f.subject for f in check(text) if f.rule == "botanical/wrong-kind"}


@pytest.mark.parametrize("text,expected", [
    # "grows wild/naturally/natively in|across|throughout <place>"
    ("Wild kratom grows naturally across the islands of Polynesia.", {"kratom"}),
    ("Kava grows wild throughout Borneo and Sumatra.", {"kava"}),
    ("Maca grows natively in the Himalayas.", {"maca"}),
    ("Valerian grows naturally across Tasmania.", {"valerian"}),
    ("Kava grows naturally throughout Vanuatu.", set()),
    ("Maca grows wild across the Andean highlands.", set()),
    ("Our organic turmeric grows naturally in Hawaiian volcanic soil.", set()),  # farmed without chemicals
    ("Kava is cultivated across Indonesia these days.", set()),
    ("Kava is now grown in Thailand on a few farms.", set()),
    ("Kratom does not grow wild across Fiji.", set()),
    # a fronted place, then the substance said to grow wild or be native there
    ("In Nigeria, kava grows wild beside the rivers.", {"kava"}),
    ("Throughout the Caribbean, wild kratom grows naturally on hillsides.", {"kratom"}),
    ("Across Queensland, valerian is native to the wetter valleys.", {"valerian"}),
    ("In Tonga, kava grows wild near the villages.", set()),
    ("In Kenya, kava is served at a few cafés.", set()),
    ("In Ghana, kava grows well in greenhouses.", set()),
    ("In Morocco, we sell kratom that grows wild in Sumatra.", set()),
    ("Unlike kava, which grows in the Pacific, kratom grows in Indonesia.", set()),
    # places that are not origins
    ("We now ship kava to Australia and New Zealand.", set()),
    ("Our Australian warehouse stocks kratom and kava.", set()),
    ("Kratom cafés are spreading across East Africa.", set()),
])
def test_wild_range_frames_and_fronted_places(check, text, expected):
    assert {f.subject for f in check(text) if f.rule == "botanical/wrong-region"} == expected


@pytest.mark.parametrize("text,expected", [
    ("Valerian is native to Australia.", {"valerian"}),
    ("Kratom hails from the Australian Outback.", {"kratom"}),
    ("Turkey tail is found wild in Tasmania.", set()),  # worldwide: every region
    ("Chlorella is native to Australia too.", set()),
])
def test_australia_is_a_region(check, text, expected):
    assert {f.subject for f in check(text) if f.rule == "botanical/wrong-part" or f.rule == "botanical/wrong-region"} \
        == expected


@pytest.mark.parametrize("text,expected", [
    ("We mill our maca from the leaves.", {"maca"}),
    ("We brew kava from the leaves for a milder cup.", {"kava"}),
    ("Grinding our turmeric from the leaves gives a gentle spice.", {"turmeric"}),
    ("They press their valerian from the flowers.", {"valerian"}),
    ("We mill our maca from the root.", set()),
    ("We brew kava from the roots, never the leaves.", set()),
    ("We harvest our kava from small farms in Vanuatu.", set()),
    ("We don't make our kava from the leaves.", set()),
    ("Some sellers claim they brew kava from the leaves.", set()),
    ("We source our kratom from the leaves of mature trees.", set()),
])
def test_active_source_verb_with_its_object(check, text, expected):
    assert {f.subject for f in check(text) if f.rule == "botanical/wrong-part"} == expected


# ---- Audit of unseen text (mixed kind lists, debunks, sourcing, 'fruits', host trees, pronouns,
# subject lists, rhetorical questions): each table holds the pattern and its near misses.
# Values: the botanical findings as 'check:subject' (empty: none at all).

def _assert_botanical(check, text, expected):
    found = {f"{f.rule.split('/')[1]}:{f.subject}" for f in check(text) if f.rule.startswith("botanical/")}
    if expected:
        assert set(expected) <= found, (text, found)
    else:
        assert not found, (text, found)

# Examples after a list of several kinds ('herbs and mushrooms such as …') are checked against all of them.
@pytest.mark.parametrize("text,expected", [
    ('Our blend combines adaptogenic mushrooms and herbs: reishi, chaga, ashwagandha and rhodiola.', []),
    ('A blend of herbs and mushrooms, including reishi and rhodiola.', []),
    ('We stock mushrooms, roots and herbs such as chaga, maca and valerian.', []),
    ('Plants and fungi like kava and reishi have long histories.', []),
    ("Herbs and mushrooms such as ashwagandha and lion's mane can fit a routine.", []),
    ('Our favourite mushrooms and herbs, like cordyceps and rhodiola, are in every jar.', []),
    ('Fungi and plants including chaga and maca are in the mix.', []),
    ('Adaptogenic herbs and mushrooms: ashwagandha, rhodiola, reishi and cordyceps.', []),
    ('Mushrooms or herbs such as reishi or valerian can be taken at night.', []),
    ('Herbs, roots and mushrooms, including turmeric, maca and chaga, fill the shelves.', []),
    ('The formula blends medicinal mushrooms and adaptogenic herbs like reishi and ashwagandha.', []),
    ('Mushrooms & herbs: chaga, reishi, moringa.', []),
    ('Both herbs and mushrooms, e.g. valerian and reishi, calm the mind.', []),
    ('We sell trees, shrubs and mushrooms such as ginkgo, kava and maitake.', []),
    ("Functional mushrooms and botanical herbs, including lion's mane, chaga and ginger, are blended here.", []),
    ('Our kit has plants and mushrooms, especially moringa and shiitake.', []),
    ('Roots and mushrooms like maca and cordyceps give steady energy.', []),
    ('These mushrooms and herbs — reishi, chaga and chamomile — are our evening trio.', []),
    ('Mushrooms like kava and reishi are calming.', ['wrong-kind:kava']),
    ('Mushrooms such as ashwagandha support balance.', ['wrong-kind:ashwagandha']),
    ('Adaptogenic mushrooms like ashwagandha and rhodiola can fit a routine.', ['wrong-kind:ashwagandha', 'wrong-kind:rhodiola']),
    ('Herbs such as reishi, chamomile and lavender promote relaxation.', ['wrong-kind:reishi']),
    ('Functional mushrooms, including maca and chaga, are in the blend.', ['wrong-kind:maca']),
    ('Plants like chaga and maca grow slowly.', ['wrong-kind:chaga']),
    ('Our adaptogenic mushrooms: kava, reishi and chaga.', ['wrong-kind:kava']),
    ('Herbs and mushrooms such as spirulina are sold here.', ['wrong-kind:spirulina']),
    ('Wild mushrooms such as kratom grow in the forest.', ['wrong-kind:kratom']),
    ('Herbs like reishi and chaga are bitter.', ['wrong-kind:reishi']),
])
def test_audit_mixed_kind_lists(check, text, expected):
    _assert_botanical(check, text, expected)


# Debunks: 'misconception', ', but it isn't', and a next sentence that corrects ('In fact, it is a root.').
@pytest.mark.parametrize("text,expected", [
    ('"Kratom is a mushroom" is a common misconception.', []),
    ('It is a misconception that kratom is a mushroom.', []),
    ('Many people think kava is a mushroom. In fact, it is a root.', []),
    ('"Kava is a mushroom," one vendor wrote, but it isn\'t.', []),
    ('The idea that kava is a mushroom is a misconception.', []),
    ('A common misconception is that reishi is a plant.', []),
    ("It's a common misconception that chaga is a lichen.", []),
    ('Some think ashwagandha is a mushroom. Actually, it is a shrub.', []),
    ('Some sellers say kratom is a mushroom. In reality, it is a tree.', []),
    ('People often assume reishi is an herb. In fact, it is a fungus.', []),
    ('"Maca is a mushroom," the label said, but it is not.', []),
    ('One persistent misconception: kava is a mushroom.', []),
    ('Calling kratom a mushroom is a misconception.', []),
    ("Kava is a mushroom, some say, but that isn't true.", []),
    ('You may have read that maca is a mushroom. In truth, it is a root.', []),
    ("Many shoppers believe kratom is a fungus. Actually, it's a tree.", []),
    ('Kava is a mushroom? No, it is a root.', []),
    ('Misconceptions abound: kratom is a mushroom, kava is a fungus.', []),
    ("Kratom is a mushroom, right? Actually, it's a tree.", []),
    ("Many people think kava is a mushroom. It isn't.", []),
    ('Kava is a mushroom. In fact, it is the best mushroom we sell.', ['wrong-kind:kava']),
    ('Kava is a mushroom. It is grown in Fiji.', ['wrong-kind:kava']),
    ("Kava is a mushroom, but it isn't addictive.", ['wrong-kind:kava']),
    ("Kratom is a fungus, but it's not for everyone.", ['wrong-kind:kratom']),
    ('Kava is a mushroom. In fact, it is our bestseller.', ['wrong-kind:kava']),
    ('Kratom is a fungus. Actually, it is one of the oldest fungi.', ['wrong-kind:kratom']),
    ("Maca is a mushroom. That's why we love it.", ['wrong-kind:maca']),
    ("Kava is a mushroom, but reishi isn't.", ['wrong-kind:kava']),
    ("Kava is a mushroom. It isn't bitter.", ['wrong-kind:kava']),
    ('Ashwagandha is a mushroom that clears brain fog.', ['wrong-kind:ashwagandha']),
])
def test_audit_debunks(check, text, expected):
    _assert_botanical(check, text, expected)


# Sourcing: where a crop is farmed ('organic ginger from Peru', 'Jamaican ginger') is no native claim.
@pytest.mark.parametrize("text,expected", [
    ('Organic ginger from Peru adds a spicy kick.', []),
    ('Jamaican ginger is prized for its pungency.', []),
    ('Fresh Hawaiian turmeric root, grated.', []),
    ('Our moringa comes from Ghana.', []),
    ('Our turmeric comes from Peru.', []),
    ('Our maca comes from Yunnan.', []),
    ('Organic moringa from Kenya is stone-ground.', []),
    ('Fresh ginger root from Hawaii arrives weekly.', []),
    ('Peruvian ginger powder is our bestseller.', []),
    ('Fijian turmeric powder stains everything yellow.', []),
    ('Nigerian ginger is among the most pungent.', []),
    ('Our ginger is from Nigeria.', []),
    ('Organic turmeric root from Peru, sliced thin.', []),
    ('Hawaiian ginger is sweeter than most.', []),
    ('Our moringa powder is from the Philippines.', []),
    ('Dried ginger from Jamaica lends heat to the tea.', []),
    ('Our organic echinacea comes from Germany.', []),
    ('Argentine chamomile makes a sweet, mellow tea.', []),
    ('Kenyan green tea is bright and brisk.', []),
    ('Our moringa leaf powder comes from farms in Ghana.', []),
    ('Kava, native to the Amazon, is a calming drink.', ['wrong-region:kava']),
    ('Kratom comes from the Andes.', ['wrong-region:kratom']),
    ('Turmeric is native to Peru.', ['wrong-region:turmeric']),
    ('Ginger originates in Jamaica.', ['wrong-region:ginger']),
    ('Moringa is indigenous to West Africa.', ['wrong-region:moringa']),
    ('Try our Indonesian kava.', ['wrong-region:kava']),
    ('Our kava comes from Thailand.', ['wrong-region:kava']),
    ('Our kratom comes from Fiji.', ['wrong-region:kratom']),
    ('Wild turmeric from Peru is foraged by hand.', ['wrong-region:turmeric']),
    ('Ginger grows wild in Jamaica.', ['wrong-region:ginger']),
    ('Organic maca from Thailand is our newest powder.', ['wrong-region:maca']),
    ('Moringa, originally from Ghana, is a hardy tree.', ['wrong-region:moringa']),
    ('Our turmeric, native to Peru, is vibrant.', ['wrong-region:turmeric']),
])
def test_audit_sourcing_places(check, text, expected):
    _assert_botanical(check, text, expected)


# The verb 'fruits' ('reishi fruits in late summer') is no plant part.
@pytest.mark.parametrize("text,expected", [
    ("Lion's mane fruits on dead beech logs.", []),
    ('Reishi fruits in late summer.', []),
    ('Cordyceps fruits from caterpillar larvae.', []),
    ('Chaga rarely fruits.', []),
    ('Maitake fruits at the base of oaks every autumn.', []),
    ('Shiitake fruits readily on oak logs.', []),
    ('Turkey tail fruits year-round.', []),
    ("Lion's mane usually fruits in autumn.", []),
    ('Reishi fruits best in warm, humid conditions.', []),
    ("Our lion's mane fruits within two weeks.", []),
    ('Wild reishi fruits on hemlock stumps.', []),
    ('Maitake fruits after the first cool rains.', []),
    ('Once colonized, reishi fruits quickly.', []),
    ("Lion's mane fruits.", []),
    ('Shiitake fruits twice a year on well-kept logs.', []),
    ('In the wild, cordyceps fruits during the monsoon.', []),
    ('Maitake fruits under old oaks.', []),
    ('Reishi fruits when the humidity rises.', []),
    ("Lion's mane fruits, and then it drops spores.", []),
    ('Turkey tail fruits across fallen hardwood.', []),
    ('Reishi fruits are dried and sliced.', ['wrong-kind:reishi']),
    ('Our reishi fruit powder is bitter.', ['wrong-kind:reishi']),
    ('Chaga fruit tea is earthy.', ['wrong-kind:chaga']),
    ('Reishi fruits from Oregon are dried for tea.', ['wrong-kind:reishi']),
    ("We slice lion's mane fruits into our capsules.", ['wrong-kind:lions-mane']),
    ('Dried reishi fruits go into every capsule.', ['wrong-kind:reishi']),
])
def test_audit_fruits_as_verb(check, text, expected):
    _assert_botanical(check, text, expected)


# A fungus harvested from (birch) trees: the host, not what the fungus is.
@pytest.mark.parametrize("text,expected", [
    ('Wild chaga is harvested from birch trees in Maine.', []),
    ('Harvested from birch trees in Siberia, chaga is brewed like coffee.', []),
    ('Chaga is collected from living birch trees.', []),
    ('Our reishi is harvested from oak trees in Georgia.', []),
    ('Turkey tail is gathered from fallen beech trees.', []),
    ('Chaga is harvested from old birch trees across Finland.', []),
    ('Maitake is foraged from the base of oak trees.', []),
    ("Lion's mane is harvested from dying hardwood trees.", []),
    ('Chaga, harvested from mature birch trees, is our bestseller.', []),
    ('We harvest chaga from birch trees by hand.', []),
    ('Chaga is harvested from birches in Maine.', []),
    ('Wild chaga is harvested from birch in Maine.', []),
    ('Chaga is harvested sustainably from birch trees.', []),
    ('Reishi is harvested from maple trees and oak logs.', []),
    ('Chaga grows on birch trees.', []),
    ('Chaga is harvested from trees in the boreal forest.', []),
    ('Chaga is harvested from the trunks of birch trees.', []),
    ('Shiitake is harvested from oak logs.', []),
    ("Harvested from beech trees, lion's mane has a mild taste.", []),
    ('Chaga is made from birch tree growths.', []),
    ('Chaga is harvested from a small shrub.', ['wrong-kind:chaga']),
    ("Lion's mane is harvested from a leafy plant.", ['wrong-kind:lions-mane']),
    ('Chaga, a birch tree, grows in Maine.', ['wrong-kind:chaga']),
    ('Reishi is an oak tree native to China.', ['wrong-kind:reishi']),
    ('Reishi is a flowering herb harvested from oak trees.', ['wrong-kind:reishi']),
])
def test_audit_host_trees(check, text, expected):
    _assert_botanical(check, text, expected)


# A pronoun after a sentence naming several substances: its subject, and no finding when true of another.
@pytest.mark.parametrize("text,expected", [
    ('Reishi pairs well with kava. It is a mushroom with a bitter taste.', []),
    ('Ashwagandha pairs well with reishi. It is a shrub native to India.', []),
    ('Chaga goes nicely with maca. It is a fungus from birch forests.', []),
    ('Reishi blends well with kava. It is a mushroom prized in China.', []),
    ("Lion's mane complements ginkgo. It is a fungus that grows on hardwood.", []),
    ('Reishi is often paired with kava. It is a mushroom.', []),
    ('Reishi mixes well with chamomile in the evening. It is a fungus, after all.', []),
    ('Chaga tastes better with ginger. It is a fungus that grows on birch.', []),
    ('Reishi and kava make a calm pair. It is a mushroom with a bitter taste.', []),
    ('Reishi pairs with kava. It is a root.', []),
    ('Kava is a calming drink. It is a mushroom from Fiji.', ['wrong-kind:kava']),
    ('Kratom is popular in Texas. It is a mushroom.', ['wrong-kind:kratom']),
    ('Maca is our bestseller. It is a mushroom from Peru.', ['wrong-kind:maca']),
    ('Kava pairs well with reishi. It is a mushroom from Fiji.', []),
    ('Ashwagandha pairs well with maca. It is a mushroom.', ['wrong-kind:ashwagandha']),
    ('Kratom goes well with kava. It is a mushroom.', ['wrong-kind:kratom']),
])
def test_audit_pronoun_after_several_names(check, text, expected):
    _assert_botanical(check, text, expected)


# Each name of a list that is the subject of a kind or family claim is checked.
@pytest.mark.parametrize("text,expected", [
    ('Kratom and reishi are both mushrooms.', ['wrong-kind:kratom']),
    ('Kratom and kava are members of the pepper family.', ['wrong-family:kratom']),
    ('Ashwagandha, maca and rhodiola are all mushrooms.', ['wrong-kind:ashwagandha', 'wrong-kind:maca', 'wrong-kind:rhodiola']),
    ('Kava and reishi are mushrooms.', ['wrong-kind:kava']),
    ('Reishi and kava are both plants.', ['wrong-kind:reishi']),
    ('Maca and kava are fungi.', ['wrong-kind:kava', 'wrong-kind:maca']),
    ('Both kava and kratom are mushrooms.', ['wrong-kind:kava', 'wrong-kind:kratom']),
    ('Chaga and turkey tail are ancient herbs.', ['wrong-kind:chaga', 'wrong-kind:turkey-tail']),
    ('Kava, kratom and maca are adaptogenic mushrooms.', ['wrong-kind:kava', 'wrong-kind:kratom', 'wrong-kind:maca']),
    ('Reishi and chaga are plants.', ['wrong-kind:chaga', 'wrong-kind:reishi']),
    ('Kava and kratom are in the mint family.', ['wrong-family:kava', 'wrong-family:kratom']),
    ('Ginger and turmeric are members of the pepper family.', ['wrong-family:ginger', 'wrong-family:turmeric']),
    ('Reishi and chaga are both mushrooms.', []),
    ('Kava and kratom are both plants.', []),
    ('Kava and reishi are a root and a mushroom.', []),
    ('Kava and reishi are not mushrooms.', []),
    ('Ginger and turmeric are members of the ginger family.', []),
    ('Kava and reishi are both in our blend.', []),
    ('Kava or reishi is a mushroom, but not both.', []),
    ('We sell kava and reishi, which are mushrooms and roots.', []),
    ('Kava and reishi: one is a root, one is a mushroom.', []),
    ('Kava, reishi and chaga are three very different things; only two are mushrooms.', []),
    ('Unlike kava, reishi and chaga are mushrooms.', []),
    ('Besides kava, reishi and chaga are mushrooms.', []),
])
def test_audit_listed_subjects(check, text, expected):
    _assert_botanical(check, text, expected)


# 'Did you know (that) X is …?' asserts its content.
@pytest.mark.parametrize("text,expected", [
    ('Did you know kava is a mushroom?', ['wrong-kind:kava']),
    ('Did you know that kratom is a fungus?', ['wrong-kind:kratom']),
    ('Did you know maca is native to Thailand?', ['wrong-region:maca']),
    ('Did you know that ashwagandha is an adaptogenic mushroom?', ['wrong-kind:ashwagandha']),
    ('Did you know reishi is an herb?', ['wrong-kind:reishi']),
    ('Is kava a mushroom?', []),
    ('Did you know kava is not a mushroom?', []),
    ('Did you know kava is a root?', []),
    ('Do you think kava is a mushroom?', []),
    ('Did you know that many people think kratom is a mushroom?', []),
    ('Did you ask whether kava is a mushroom?', []),
])
def test_audit_rhetorical_questions(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 3, B: "X's a …" is the contracted copula when an article follows the "'s" (after link
# adverbs at most); a possessive "'s" is followed by its noun.
@pytest.mark.parametrize("text,expected", [
    ("Honestly, kratom's a mushroom tea if you ask me.", ['wrong-kind:kratom']),
    ("Ashwagandha's an adaptogenic mushroom, said my trainer.", ['wrong-kind:ashwagandha']),
    ("Lion's mane is nice, but chaga's a herb I can't stand.", ['wrong-kind:chaga']),
    ("Maca’s a fungus from the Andes.", ['wrong-kind:maca']),
    ("Kava's basically a mushroom brew.", ['wrong-kind:kava']),
    ("Kratom's really just a type of kava.", ['conflation:kratom']),
    ("Kava's native to Borneo.", ['wrong-region:kava']),
    ("Kratom's from the Pacific Islands.", ['wrong-region:kratom']),
    ("Reishi's a mushroom, and a bitter one.", []),
    ("Kratom's a tree in the coffee family.", []),
    ("Kava's a great drink after a long week.", []),
    ("Kava's roots are a pale brown.", []),
    ("Kratom's appeal as a mushroom substitute puzzles me.", []),
    ("Kava's popularity among mushroom fans keeps growing.", []),
    ("Kava's not a mushroom.", []),
    ("Maca's a root, reishi's a mushroom.", []),
    ("Kava's native range covers Vanuatu and Fiji.", []),
])
def test_audit3_contracted_copula(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 3, A: a pipe, bullet, spaced hyphen, dash or emoji between a product and its
# description. A determined noun phrase describes the product (after an emoji only with a
# possessive or definite determiner, and as the caption's last item); a bare one only in a
# product title (a product word or size before the separator) with a modifier and a
# singular kind word as its head. Clauses, lists and labels are no descriptions.
@pytest.mark.parametrize("text,expected", [
    ("Kratom Tea 100 g | sun-dried mushroom from Borneo | free shipping", ['wrong-kind:kratom']),
    ("Sea Moss Capsules 60 ct • hand-picked moss", ['wrong-kind:sea-moss']),
    ("Maca Root Powder 1 lb – earthy mushroom of the Andes", ['wrong-kind:maca']),
    ("Maca 🌱 our favourite mushroom for spring", ['wrong-kind:maca']),
    ("Rhodiola ✨ the Arctic's own mushroom #wellness", ['wrong-kind:rhodiola']),
    ("Kratom - the jungle's bitterest fungus", ['wrong-kind:kratom']),
    ("Kava Shots 2 oz – the Pacific's calmest mushroom", ['wrong-kind:kava']),
    ("Reishi Tincture | an ancient herb | 30 ml", ['wrong-kind:reishi']),
    ("Maca 🌱 our favourite mushroom is reishi", []),
    ("Maca 🌱 the mushroom latte ☀️ banana bread", []),
    ("Maca 🌱 a mushroom latte in the afternoon", []),
    ("Maca today 🌱 the mushroom tea tomorrow", []),
    ("Shop | Maca | Mushrooms | Contact", []),
    ("Maca Powder | Wild Mushrooms | Gift Cards", []),
    ("Maca Powder 1 lb | Mushroom | Kratom", []),
    ("Maca Root Powder | Mushroom Gummies | 60 ct", []),
    ("Chaga Chunks 200 g | Kava Root 250 g | $45", []),
    ("Maca Powder - 1 lb - mushroom-free facility", []),
    ("Chaga 🍄 my favourite mushroom", []),
    ("Sea Moss Gel 12 oz | hand-picked seaweed from Maine", []),
    ("We stock maca powder | wild mushroom blends too", []),
    ("Maca - the mushroom people swear by", []),
    ("Maca 🌱 the mushroom coffee can wait", []),
])
def test_audit3_listing_separators(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 3, C: a bare "from" names the source of a product ("CBD from hemp seed oil"), except
# for a place or brand after the name, a change ("from … to …") and verbs that set two
# things apart ("tell CBD from hemp seed oil").
@pytest.mark.parametrize("text,expected", [
    ("Nothing beats CBD from hemp seed oil for my evenings.", ['conflation:cbd']),
    ("Our CBD from cold-pressed hemp seeds is back in stock.", ['conflation:cbd']),
    ("Kratom from the kava plant is what we sell.", ['conflation:kratom']),
    ("I only use CBD from hemp seed oil and coconut oil.", ['conflation:cbd']),
    ("CBD from a family farm in Oregon is our pick.", []),
    ("Hemp seed oil from Manitoba dresses the salad.", []),
    ("Learn to tell CBD from hemp seed oil before you buy.", []),
    ("Separating CBD from hemp seed oil on the label matters.", []),
    ("She switched to kratom from kava after a year.", []),
    ("I get my kratom from the kava lounge on Main Street.", []),
    ("We moved our CBD from hemp seed oil capsules to tinctures.", []),
    ("CBD from hemp flowers is what we sell.", []),
    ("Does CBD from hemp seed oil exist?", []),
    ("I buy my CBD from hemp seed oil brands I trust.", []),
])
def test_audit3_bare_source(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 3, C: preparations done to roots and rhizomes (grating, peeling) make a "<name>
# leaves" compound a claim about the spice. Turmeric leaves have real culinary uses
# (wrapping), so without a product or preparation context, or with a wrapping use, the
# compound is no claim; a grater applied to another noun is not about the leaves.
@pytest.mark.parametrize("text,expected", [
    ("Our morning tonic calls for fresh turmeric leaves, finely grated.", ['wrong-part:turmeric']),
    ("Grate two turmeric leaves into the dal.", ['wrong-part:turmeric']),
    ("Peel the ginger leaves and slice them thin.", ['wrong-part:ginger']),
    ("The maca leaves are peeled and grated for the porridge.", ['wrong-part:maca']),
    ("Turmeric leaves make a fragrant wrapper for steamed fish.", []),
    ("Line the tray with turmeric leaves and top with grated coconut.", []),
    ("Cook the rice parcels in turmeric leaves with grated jaggery.", []),
    ("Grate the turmeric root, then add the ginger.", []),
    ("Turmeric leaves are broad and glossy.", []),
    ("Kava leaves are heart-shaped, and the root is peeled before pounding.", []),
])
def test_audit3_part_preparations(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 3, C: a native region named before the substance ("the … islands where kratom grows
# wild", "From … comes our kratom") or in an appositive that calls the place its native
# home ("grown in …, the plant's native home"), where cultivation alone would be no claim.
@pytest.mark.parametrize("text,expected", [
    ("We source from the Polynesian islands where kratom grows wild.", ['wrong-region:kratom']),
    ("Picked in Sumatra's lowland forests, where kava is native.", ['wrong-region:kava']),
    ("From the valleys of Samoa comes our kratom.", ['wrong-region:kratom']),
    ("From Borneo comes our finest kava.", ['wrong-region:kava']),
    ("Our kava is cultivated on the slopes of northern Laos, the plant's native home.", ['wrong-region:kava']),
    ("Our maca is grown in Kenya, its homeland.", ['wrong-region:maca']),
    ("We farm ashwagandha in Peru, the birthplace of ashwagandha.", ['wrong-region:ashwagandha']),
    ("We source from Malaysia where kratom grows wild.", []),
    ("We source from the Polynesian islands where kava grows wild.", []),
    ("Kava bars line the Polynesian islands where kratom is banned.", []),
    ("We source from the Polynesian islands where kratom is farmed.", []),
    ("From the valleys of Samoa comes our kava.", []),
    ("From Samoa comes word that kratom sales are banned.", []),
    ("From Peru comes our organic ginger.", []),
    ("Our kava is cultivated on Tanna, Vanuatu, the plant's native home.", []),
    ("Our kratom is grown in Fiji, far from its native home.", []),
    ("Our turmeric is grown in Jamaica, the company's home base.", []),
])
def test_audit3_region_frames(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 3, J (identity part): a correction opener after a comma ("…, turns out it's a
# fungus") that restates the substance as another kind makes the first description a
# corrected belief. Restating it as the same kind, or no restatement, corrects nothing.
@pytest.mark.parametrize("text,expected", [
    ("I was sure reishi was a plant, turns out it is a fungus.", []),
    ("We all assumed kratom was a mushroom, it turns out it's a tree.", []),
    ("Kava is a mushroom, in fact it is a root.", []),
    ("Reishi was a plant to me. Turns out it's a fungus.", []),
    ("Kava is a mushroom, turns out it's a great one.", ['wrong-kind:kava']),
    ("Kratom is a fungus, turns out.", ['wrong-kind:kratom']),
])
def test_audit3_corrected_belief(check, text, expected):
    _assert_botanical(check, text, expected)


# A family's common name modifying a plant noun ("a pepper plant", "a mint herb") places its
# subject in that family; naming the subject's own family that way is no conflation either.
@pytest.mark.parametrize("text, expected", [
    ("Kratom is a pepper plant from the tropics.", {"botanical/wrong-family"}),
    ("Our kava is a coffee shrub from the islands.", {"botanical/wrong-family"}),
    ("Kava is a pepper plant.", set()),
    ("Kratom is a coffee tree.", set()),
    ("Turmeric is a ginger plant with orange roots.", set()),
    ("Kratom grows well beside pepper plants.", set()),
    ("Kava is a kratom plant.", {"botanical/conflation"}),
])
def test_family_name_before_a_plant_noun(check, text, expected):
    assert {r for r in rules_of(check(text)) if r.startswith("botanical/")} == expected


# Audit 7: a product-form noun between a name and the comma ("CBD isolate, sourced from …",
# "kratom powder, which comes from …") leaves the source description said of the name. Near
# misses: the right source, a description that names no source, a list of names before the
# form word, and a relative clause whose own subject is someone else.
@pytest.mark.parametrize("text,expected", [
    ("Our CBD tincture, pressed from whole hemp seeds, ships in amber glass.", ['conflation:cbd']),
    ("The CBD isolate, derived from hemp seed oil, dissolves fast.", ['conflation:cbd']),
    ("Kratom capsules, made from kava root, are sold online.", ['conflation:kratom']),
    ("Our kratom tea, which comes from the kava plant, is strong.", ['conflation:kratom']),
    ("Kava powder, made from the dried leaves, mixes well.", ['wrong-part:kava']),
    ("Kava tincture, which is made from the leaves, tastes bitter.", ['wrong-part:kava']),
    ("Our turmeric oil, pressed from the seeds, is new.", ['wrong-part:turmeric']),
    ("Kava tea, which is a mushroom drink, sells out fast.", ['wrong-kind:kava']),
    # near misses
    ("Our CBD isolate, extracted from hemp flowers, dissolves fast.", []),
    ("Kava capsules, made from the root, are easy to swallow.", []),
    ("Kava powder, which comes from the root, mixes well.", []),
    ("Kava tea, served over ice, is refreshing.", []),
    ("Kava tea, made with coconut milk, is creamy.", []),
    ("Turmeric paste, made from the rhizome and coconut oil, keeps for a week.", []),
    ("Kava and kratom powder, made from the leaves, are sold here.", []),
    ("Moringa powder, made from the leaves, is bright green.", []),
    ("Kava tea, which my uncle brews from the root, is earthy.", []),
    ("Kava tea, which tastes like mud, comes from the root.", []),
    ("Reishi tea, which is a bitter drink, sells out fast.", []),
    ("Kava powder, which is sold by the kilo, mixes well.", []),
])
def test_audit7_product_form_before_apposition(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 7: a how-to heading that names one substance ("How to brew X tea:", "To make X,",
# "X tea recipe:") makes a bare "the/its <part>" or "the plant" in the step after it stand for
# that substance. Near misses: parts the substance has, a heading naming two substances or
# something else, a step naming another herb, a part owned by something else ("the leaves of
# …"), a step that takes the part out or warns, and a tree in a fungus recipe (its host).
@pytest.mark.parametrize("text,expected", [
    ("How to brew reishi tea: gather the youngest leaves and chop them.", ['wrong-kind:reishi']),
    ("To make chaga tea, harvest the leaves and roast them.", ['wrong-kind:chaga']),
    ("Cordyceps tea recipe: dig up the roots and wash them.", ['wrong-kind:cordyceps']),
    ("Homemade reishi latte: strip its leaves and grind them.", ['wrong-kind:reishi']),
    ("How to brew chaga tea: water the plant every morning.", ['wrong-kind:chaga']),
    # near misses
    ("How to brew moringa tea: gather the youngest leaves from the plant.", []),
    ("How to brew ginger tea: scrub the root and slice it.", []),
    ("Homemade reishi latte: slice the dried caps and simmer them.", []),
    ("How to brew reishi and chaga tea: gather the leaves.", []),
    ("How to brew reishi tea with lemon: gather the leaves.", []),
    ("How to brew reishi tea: add the peppermint leaves and steep.", []),
    ("How to brew reishi tea: gather the leaves of a lime tree.", []),
    ("How to brew reishi tea: discard any leaves stuck to the cap.", []),
    ("How to brew reishi tea: never add the leaves of unknown plants.", []),
    ("How to brew chaga tea: chip the chunks off the tree.", []),
    ("Why reishi matters: the plant world has few fungi like it.", []),
])
def test_audit7_how_to_heading_steps(check, text, expected):
    _assert_botanical(check, text, expected)


# A stop word joined by hyphens to the word before it is part of a compound modifier ("go-to",
# "all-in-one"), not the end of the description: the kind noun after it is still the claim.
@pytest.mark.parametrize("text,expected", [
    ("Honestly, kava is my go-to mushroom after work.", ['wrong-kind:kava']),
    ("Ashwagandha is our all-in-one mushroom for stress.", ['wrong-kind:ashwagandha']),
    ("Lion's mane is my go-to mushroom for focus.", []),
    ("Kava is our go-to root for winding down.", []),
    ("Kratom is an easy-to-grow tree in humid gardens.", []),
    ("Kava is a drink I go to when the mushroom tea runs out.", []),
])
def test_hyphen_joined_stop_words_stay_in_the_description(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 31. Kinship with a modified plant after an article ("a cousin of the garden rose", "related to the wild
# rose") is a family claim like "a cousin of the rose". Near misses: the right family, a negation, a likeness.
@pytest.mark.parametrize("text,expected", [
    ("Rhodiola, a cousin of the garden rose, loves cold slopes.", ['wrong-family:rhodiola']),
    ("Rhodiola is closely related to the wild rose.", ['wrong-family:rhodiola']),
    ("Kanna is a cousin of the desert cactus.", ['wrong-family:kanna']),
    ("Kava is a cousin of the black pepper plant.", []),
    ("Kratom is a cousin of the coffee plant.", []),
    ("Rhodiola is not related to the garden rose.", []),
    ("Rhodiola smells faintly like a garden rose.", []),
])
def test_kinship_with_a_modified_plant_after_an_article(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 33. Kratom strain trade names ("Maeng Da", a vein color with Bali, Malay or Borneo) name kratom on their
# own, so an identity error about a strain is one about kratom. Near misses: correct statements about a strain, and
# the same words naming places, curries or veins.
@pytest.mark.parametrize("text,expected", [
    ("Green Malay comes from the fermented kava root of the Malaysian highlands.", ['conflation:kratom']),
    ("Our Maeng Da is a wild mushroom picked by hand in Borneo.", ['wrong-kind:kratom']),
    ("Red Bali is made from the roots of Piper methysticum.", ['conflation:kratom']),
    ("White Borneo, a kava variety from Fiji, is our top seller.", ['conflation:kratom']),
    ("Green Malay is made from the leaves of Mitragyna speciosa.", []),
    ("Maeng Da is a kratom strain sold as a leaf powder.", []),
    ("We toured Bali and Borneo last spring and ate a red Thai curry.", []),
    ("My eyes had a red vein after the long flight.", []),
])
def test_kratom_strain_names(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 39. Kinship with one modifier before the kin noun ("kratom, a leafy cousin of kava") is the same claim as
# "a cousin of kava"; a modifier that loosens it ("a distant cousin") is not. "Bryophyte" is the botanist's word for
# a moss. Near misses: the right kin, a loosened kinship, a negation, the moss word set against the alga.
@pytest.mark.parametrize("text,expected", [
    ("Kratom, a leafy cousin of kava, ships as powder.", ['wrong-family:kratom']),
    ("Kava, a tropical relative of kratom, grows in Fiji.", ['wrong-family:kava']),
    ("Kava is a gentle cousin of kratom.", ['wrong-family:kava']),
    ("Sea moss is a bryophyte from the Atlantic.", ['wrong-kind:sea-moss']),
    ("Irish moss, a bryophyte, clings to rocks.", ['wrong-kind:sea-moss']),
    ("Kava, a distant cousin of kratom, grows in Fiji.", []),
    ("Ginger, a tropical cousin of turmeric, is a rhizome.", []),
    ("Kava is not a leafy cousin of kratom.", []),
    ("Sea moss is a red alga, not a bryophyte.", []),
    ("Unlike true bryophytes, sea moss is a seaweed.", []),
    ("Our cousin in Fiji grows kava on a small farm.", []),
])
def test_kinship_with_a_modifier_and_bryophyte(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 39, part 2. A count and a plural kind word in apposition after a list of names ("kava, kratom and reishi,
# three mushrooms") says each listed name is one; the count must be the number of names, and "with" joins a pair.
# Near misses: the right kind, a count that does not match, a mixed coordination, a negation.
@pytest.mark.parametrize("text,expected", [
    ("We sell kava, kratom and chaga, three mushrooms from distant lands.", ['wrong-kind:kava', 'wrong-kind:kratom']),
    ("Kava and kratom, two fungi, fill our shelves.", ['wrong-kind:kava', 'wrong-kind:kratom']),
    ("This tea joins maca, reishi and rhodiola, three hardy herbs.", ['wrong-kind:reishi']),
    ("Our tonic pairs chaga with reishi, two wild plants.", ['wrong-kind:chaga', 'wrong-kind:reishi']),
    ("We sell chaga, reishi and cordyceps, three mushrooms from distant lands.", []),
    ("This tea joins maca, ashwagandha and rhodiola, three hardy herbs.", []),
    ("Kava and kratom, two shrubs often mistaken for mushrooms, fill our shelves.", []),
    ("We sell kava, kratom and chaga, two plants and a mushroom.", []),
    ("We sell kava, kratom and chaga, two mushrooms and a root.", []),
    ("Kava and kratom, not two mushrooms but two plants, fill our shelves.", []),
    ("Mix kava, kratom and water, three drinks in one.", []),
])
def test_counted_apposition_after_a_list(check, text, expected):
    _assert_botanical(check, text, expected)


# Field blocks: a "Product:" / "Herb:" / "Name:" line whose value is only a name names the substance of the field
# lines around it (above or below); "Region:" gives an origin; "Part used: X only" is the part X. Near misses:
# right facts, two names in one block, a line that breaks the block, a region word that is no place.
@pytest.mark.parametrize("text,expected", [
    ("Origin: Peru and Bolivia\nProduct: Kava root extract", ['wrong-region:kava']),
    ("Herb: Kratom\nOrigin: Tonga", ['wrong-region:kratom']),
    ("Part used: leaves\nBotanical: Maca", ['wrong-part:maca']),
    ("Name: Turmeric\nPart used: flowers", ['wrong-part:turmeric']),
    ("Kratom\nRegion: South America", ['wrong-region:kratom']),
    ("Valerian\nPart used: leaves only", ['wrong-part:valerian']),
    ("Origin: Fiji\nProduct: Kava root extract", []),
    ("Herb: Kratom\nOrigin: Borneo", []),
    ("Part used: root\nBotanical: Maca", []),
    ("Kratom\nRegion: Borneo and Sumatra", []),
    ("Valerian\nPart used: root only", []),
    ("Origin: Tonga\nProduct: Kava\nProduct: Kratom", []),
    ("Product: Kava root extract\nShips from: Ohio\nRegion: South America", []),
    ("Kratom\nRegion: worldwide", []),
    ("Origin: Tonga", []),
])
def test_field_blocks_named_by_a_name_field(check, text, expected):
    _assert_botanical(check, text, expected)


# A table row with no heading row and three or more cells: a bare kind word right after the name cell describes
# it. Near misses: the right kind, a kind word with more words in its cell, a later cell naming another substance
# (a comparison), a heading row above the delimiter row, a part word.
@pytest.mark.parametrize("text,expected", [
    ("| Kratom | Mushroom | Borneo |", ['wrong-kind:kratom']),
    ("| Reishi | Herb | Japan | $30 |", ['wrong-kind:reishi']),
    ("| Maca | Fungus | Peru |\n| Kava | Shrub | Fiji |", ['wrong-kind:maca']),
    ("| Kratom | Tree | Borneo |", []),
    ("| Reishi | Mushroom | Japan | $30 |", []),
    ("| Kratom | Mushroom tea | Borneo |", []),
    ("| Kratom | Mushroom-free | Borneo |", []),
    ("| Kava | Mushroom | Chaga |", []),
    ("| Kratom | Mushroom | Notes |\n|---|---|---|\n| Bitter | Earthy | none |", []),
    ("| Kava | Mushroom |\n|---|---|\n| Calm | Focus |", []),
])
def test_headerless_table_rows(check, text, expected):
    _assert_botanical(check, text, expected)


# A family's common noun on a plant noun after a source verb ("comes from a coffee bush") places the subject in
# that family; "sister plant/species of" is kinship. Near misses: the right family, "the coffee plant" (one
# species), a negation, "sister" in another sense.
@pytest.mark.parametrize("text,expected", [
    ("Kratom is derived from a pepper shrub.", ['wrong-family:kratom']),
    ("Kava comes from a coffee tree.", ['wrong-family:kava']),
    ("Yerba mate is brewed from a mint bush.", ['wrong-family:yerba-mate']),
    ("Kratom, a sister plant of kava, grows in Borneo.", ['wrong-family:kratom']),
    ("Maca is a sister species of ginseng.", ['wrong-family:maca']),
    ("Kratom is derived from a coffee shrub.", []),
    ("Kava comes from a pepper plant.", []),
    ("Kava does not come from a coffee tree.", []),
    ("Kratom is not a sister plant of kava.", []),
    ("Our sister shop sells kava and kratom.", []),
    ("Yerba mate is brewed in a coffee pot.", []),
])
def test_family_after_a_source_verb_and_sister_plants(check, text, expected):
    _assert_botanical(check, text, expected)


# Spores belong to fungi (and seaweeds): a seed plant's spores are a wrong-kind error. "Fermented from" is a
# source frame. Near misses: a mushroom's spores, an alga's, a negation, "fermented for" a time, caps as capsules.
@pytest.mark.parametrize("text,expected", [
    ("Ashwagandha spores drift on the wind.", ['wrong-kind:ashwagandha']),
    ("Kratom's spores ripen in autumn.", ['wrong-kind:kratom']),
    ("Our maca drink is fermented from the mushroom caps.", ["wrong-part:maca"]),
    ("Maca is fermented from the leaves.", ['wrong-part:maca']),
    ("Chaga spores drift on the wind.", []),
    ("Sea moss spores settle on coastal rocks.", []),
    ("Ashwagandha does not make spores.", []),
    ("Maca is fermented for three days.", []),
    ("Kratom caps, 500 mg each.", []),
])
def test_spores_and_fermented_sources(check, text, expected):
    _assert_botanical(check, text, expected)


# A woody form is wrong only when none of the substance's names gives it: yerba mate ("mate shrub") may be called a
# bush, elderberry ("elder tree") a tree; kratom stays a tree and kava a shrub.
@pytest.mark.parametrize("text,expected", [
    ("Yerba mate is a bush.", []),
    ("Elderberry is a tree.", []),
    ("Yerba mate is a vine.", ['wrong-kind:yerba-mate']),
    ("Kratom is a tropical bush.", ['wrong-kind:kratom']),
    ("Kava is a tree.", ['wrong-kind:kava']),
])
def test_woody_forms_given_by_a_name(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 40. "Brazilian ginseng" is the trade name of suma (Pfaffia), not a claim that Panax ginseng grows in
# Brazil; suma's own identity is still checked, and a native claim about true ginseng still is.
@pytest.mark.parametrize("text, flagged", [
    ("\"Brazilian ginseng\" and \"Indian ginseng\" (ashwagandha) are not ginseng at all.", False),
    ("Brazilian ginseng is sold as a root powder.", False),
    ("Suma, sometimes called Brazilian ginseng, grows in the Amazon.", False),
    ("Suma is a vine in the amaranth family.", False),
    ("Ginseng is native to Brazil.", True),
    ("Brazilian ginseng is a true ginseng.", True),
    ("Suma is a mushroom.", True),
    ("Suma is in the ginseng family.", True),
])
def test_brazilian_ginseng_is_suma(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence"}
    assert bool(fired) == flagged


# Another organism said to contain a substance's defining compound is confused with it ("fly agaric contains
# psilocybin"); the organism that does contain it, a negation, a question and a blend's ingredient list pass.
@pytest.mark.parametrize("text,expected", [
    ("Fly agaric contains psilocybin.", ['conflation:amanita-muscaria']),
    ("Amanita muscaria is rich in psilocybin.", ['conflation:amanita-muscaria']),
    ("Kava contains CBD.", ['conflation:kava']),
    ("Magic mushrooms contain psilocybin.", []),
    ("Fly agaric contains muscimol, not psilocybin.", []),
    ("Does fly agaric contain psilocybin? No.", []),
    ("Our blend contains kava and CBD.", []),
])
def test_defining_compound_of_another_organism(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 42. A "<name> <part>" subject of "comes from" is the product ("kava root comes from a fungus"); the answer
# to "What is X?" describes X ("Q: What is kava? A: A mushroom brew."); a head noun after the name still takes an
# apposition ("the kratom plant, a cousin of kava"); "X and Y are (botanical) cousins" is a kinship claim.
@pytest.mark.parametrize("text, flagged", [
    ("Kava root comes from a tropical fungus grown in Fiji.", True),
    ("Maca root comes from a mushroom.", True),
    ("Kratom leaf powder comes from a fungus.", True),
    ("Kava root comes from a shrub in the pepper family.", False),
    ("Kava root comes from Vanuatu.", False),
    ("Kava root comes from a plant, not a fungus.", False),
    ("Chaga chunks come from birch trees.", False),
    ("Q: What is kava? A: A mushroom brew from the islands.", True),
    ("What's kratom? A psychedelic mushroom from Borneo.", True),
    ("Q: What exactly is ashwagandha? A: A forest mushroom.", True),
    ("What is reishi? A leafy herb from China.", True),
    ("What is reishi? A mushroom prized in China.", False),
    ("What is kava? A drink made from the root of a pepper plant.", False),
    ("What is kava? A lot of people think it's a mushroom, but it's a root.", False),
    ("What is kava? A root, not a mushroom.", False),
    ("What is kratom? A mushroom? Not at all.", False),
    ("Why is kava popular? A mushroom craze helped.", False),
    ("The kratom plant, a close cousin of kava, likes humid forests.", True),
    ("The kratom tree, a member of the pepper family, likes humid forests.", True),
    ("The kava root, a mushroom prized by islanders, is pounded.", True),
    ("The kava plant, a member of the pepper family, grows in Vanuatu.", False),
    ("The kava root, a distant cousin of kratom, is pounded.", False),
    ("Kava and kratom plants, a pair often confused, are unrelated.", False),
    ("Kratom and kava are botanical cousins.", True),
    ("Kava and kratom are closely related.", True),
    ("Kava and kratom are cousins in the plant world.", True),
    ("Turmeric and ginger are botanical cousins.", False),
    ("Kava and kratom are not related.", False),
    ("Kava and kratom are often called cousins, but they are unrelated.", False),
    ("Kava and kratom are related products in most head shops.", False),
    ("Kava and kratom are cousins in name only.", False),
])
def test_audit42_sources_answers_appositions_kinship(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# "From the poppy plant": a family's common noun before the plant noun names a species of that family, so said of a
# member of another family it is a wrong family; said of a member of the same family ("kratom comes from the coffee
# plant") it is left alone. Near misses: a negation, a subordinate clause about something else.
@pytest.mark.parametrize("text,expected", [
    ("Kratom comes from the poppy plant.", ['wrong-family:kratom']),
    ("Kratom is harvested from the pepper plant.", ['wrong-family:kratom']),
    ("Kava comes from the coffee plant.", ['wrong-family:kava']),
    ("Kratom comes from the coffee plant.", []),
    ("Kava is made from the roots of the pepper plant.", []),
    ("Kratom is not from the poppy plant; it is a tree in the coffee family.", []),
    ("Unlike opium, which comes from the poppy plant, kratom is a leaf.", []),
])
def test_family_source_with_the(check, text, expected):
    _assert_botanical(check, text, expected)


# Audit 46: a listing's product words, then a Latin name between closing commas or dashes ("Kratom capsules,
# Piper methysticum, 1000 ct"); the right binomial, and lists of products, pass.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom capsules, Piper methysticum, 1000 ct.", True),
    ("Kratom powder, Piper methysticum.", True),
    ("Kratom extract – Piper methysticum – 50 g.", True),
    ("Kava powder, Piper methysticum.", False),
    ("Kava root powder, Piper methysticum, 500 g.", False),
    ("Kratom capsules, Mitragyna speciosa, 100 ct.", False),
    ("We stock kratom powder, Piper methysticum root and turmeric.", False),
    ("Kratom capsules, Piper methysticum drops, and turmeric tea.", False),
    ("Kratom leaf, Piper methysticum root, and ginger are on sale.", False),
])
def test_audit46_listing_latin_names(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Round 48. (1) A region after the source noun of a source frame: the plant a substance is made from (or whose part
# it is made from) is the substance itself, so "native to"/"grows wild in" after that plant is the substance's origin.
# (2) A weak "of" region inside an apposition ("a staple of Korean medicine") does not outweigh a stronger origin
# cue for the same substance. (3) A product title (capitalised title or brand words, then a product form) between
# the name and a dash apposition. Near misses: correct regions, a source that is another thing, a title naming two
# substances, an apposition naming another substance, a comma after a fronted phrase.
@pytest.mark.parametrize("text,flagged", [
    ("Kratom powder is harvested from tall trees native to Central America.", True),
    ("Kava is brewed from the roots of a bushy plant native to Mexico.", True),
    ("Kratom leaves come from trees that grow wild in the Amazon.", True),
    ("Maca is milled from the root of a hardy plant native to Europe.", True),
    ("Ashwagandha is traditionally made from the roots of a shrub which grows wild in Peru.", True),
    ("Turmeric comes from a leafy plant native to the Andes.", True),
    ("Kratom powder is harvested from tall trees native to Indonesia.", False),
    ("Kratom is made from leaves of trees native to Asia.", False),
    ("Maca is milled from the root of a hardy plant native to the Andes.", False),
    ("Kava is poured from bowls carved from trees native to India.", False),
    ("Kava mugs are carved from trees native to Mexico.", False),
    ("Kratom is picked by workers from farms in Africa.", False),
    ("Our kratom comes from a wholesaler based in Mexico.", False),
    ("Kratom tea is sweetened with syrup from trees native to Canada.", False),
    ("Kratom is harvested from trees grown on plantations in Africa.", False),
    ("Ginseng, a pillar of Chinese herbal practice, comes from the Amazon.", True),
    ("Turmeric, a favorite of Indian cooks, originates in Central America.", True),
    ("Kava, a favorite of Pacific island elders, is native to Mexico.", True),
    ("Ginseng, a pillar of Chinese herbal practice, comes from Korea.", False),
    ("Turmeric, a favorite of Indian cooks, originates in South Asia.", False),
    ("Maca, a rival of Korean ginseng on store shelves, grows wild in Peru.", False),
    ("Kava, a favorite of Fijian elders, is shipped from Mexico.", False),
    ("Kava, the drink of Fiji, comes from Vanuatu.", False),
    ("Reishi Night Rest Gummies — the soothing herbal root", True),
    ("Kava Island Calm Drops — a relaxing mushroom tonic", True),
    ("Chaga Acme Powder — the birch forest herb", True),
    ("Reishi Night Rest Gummies — the soothing mushroom", False),
    ("Kava Island Calm Drops — a relaxing root tonic", False),
    ("Reishi and Ginseng Night Rest Gummies — the soothing herbal root", False),
    ("Reishi Night Rest Gummies — the plant-based way to sleep", False),
    ("After Reishi Night Rest Gummies, the herb tea is next.", False),
    ("reishi night rest gummies — the herbal root", False),
])
def test_audit48_source_plant_regions_appositions_titles(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# A region adjective before a tradition noun names a tradition, not an origin ("a staple of Chinese medicine"); a kind
# word before a business noun is a modifier ("the herb shop's bestseller"). Origin and kind claims still flag.
@pytest.mark.parametrize("text, flagged", [
    ("Turmeric, a staple of Chinese medicine, is popular.", False),
    ("Turmeric is a staple of Mexican cooking.", False),
    ("Reishi — the herb shop's bestseller.", False),
    ("Reishi, the herb store favourite, is a mushroom.", False),
    ("Ashwagandha, an ancient Chinese herb, calms the mind.", True),
    ("Kava, a treasure of Peruvian medicine, comes from Peru.", True),
    ("Reishi — the herb that calms.", True),
])
def test_traditions_and_businesses_are_no_identity(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Audit 49: a comparison title with a wrong kind word in one name, before a question ("Maca Root vs Maca Mushroom:
# Which Is Better?"); a title's description with a short clause before a colon and the name ("The mushroom drink
# everyone's talking about: kava!"), also after an email's "Subject:". Real kinds, true questions and other
# colons pass.
@pytest.mark.parametrize("text, flagged", [
    ("Maca Root vs Maca Mushroom: Which Is Better for Energy?", True),
    ("Ashwagandha Root vs Ashwagandha Mushroom: what's the difference?", True),
    ("Turmeric Root or Turmeric Mushroom: which should you buy?", True),
    ("The mushroom drink everyone's talking about: kava!", True),
    ("The mushroom supplement that's taking over TikTok: ashwagandha.", True),
    ("Subject: The mushroom drink everyone's talking about: kava!", True),
    ("Subject: Our newest mushroom, kava, is here", True),
    ("Reishi Mushroom vs Lion's Mane Mushroom: which is better for focus?", False),
    ("Maca Root vs Maca Powder: which is better?", False),
    ("Is kava a mushroom or a root: which is it?", False),
    ("Is maca a mushroom?", False),
    ("The drink everyone's talking about: kava!", False),
    ("The mushroom drink everyone's talking about: chaga!", False),
    ("The mushroom drink everyone's talking about: kava or reishi?", False),
    ("The mushroom drink we never pair with: kava.", False),
    ("The mushroom coffee that pairs well with kava: chaga.", False),
])
def test_audit49_comparison_titles_and_title_clauses(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Caffeine denied of a caffeinated botanical (the rule's `substances`): tea leaves and yerba mate named as the
# subject or right after the modifier. Herbal infusions without caffeine, decaf products, denied side effects
# ("no caffeine crash"), alternatives named after the modifier, negations and questions pass.
@pytest.mark.parametrize("text, flagged", [
    ("Sencha is completely caffeine-free.", True),
    ("Our yerba mate tea has no caffeine, just clean energy.", True),
    ("Try a caffeine-free iced matcha before bed.", True),
    ("Mate tea doesn't contain any caffeine.", True),
    ("Gyokuro, a caffeine-free brew, is sweet and grassy.", True),
    ("Matcha isn't caffeinated.", True),
    ("Yerba mate: zero caffeine, all focus.", True),
    ("Hibiscus is naturally caffeine-free.", False),
    ("Peppermint is a caffeine-free swap for green tea.", False),
    ("Unlike matcha, our chamomile blend is caffeine-free.", False),
    ("Our decaffeinated sencha is caffeine-free enough for the evening.", False),
    ("Yerba mate gives you energy with no caffeine jitters.", False),
    ("Green tea is not caffeine-free.", False),
    ("Is yerba mate caffeine-free?", False),
    ("Some sellers claim yerba mate is caffeine-free, but it is not.", False),
    ("GoldenLeaf is caffeine-free.", False),
    ("Swap your matcha for a caffeine-free mushroom latte.", False),
])
def test_caffeine_denied_of_caffeinated_botanicals(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text)} & {"botanical/caffeine-denied"}
    assert bool(fired) == flagged


# Two names of one species called different plants (botanical/same-plant): joined by "and" before "are/come from
# (two) different plants/species", or "X is / comes from a different plant than Y". Entries whose names cover
# several species (several_species: Asian and American ginseng), two substances, other nouns (teas, varieties,
# trees), the same plant, negations and questions pass.
@pytest.mark.parametrize("text, flagged", [
    ("Gyokuro and sencha come from two different plants.", True),
    ("Tencha is made from a different plant than sencha.", True),
    ("Yaqona and kava are completely different plants.", True),
    ("Ketum and kratom come from different species.", True),
    ("Asian ginseng and American ginseng come from different plants.", False),
    ("German chamomile and Roman chamomile are different plants.", False),
    ("Matcha and yerba mate come from different plants.", False),
    ("Gyokuro and sencha are different teas.", False),
    ("Gyokuro and sencha come from different cultivars.", False),
    ("Gyokuro and sencha come from the same plant.", False),
    ("Gyokuro and sencha are not different plants.", False),
    ("Is gyokuro a different plant from sencha?", False),
    ("Tencha tastes different from sencha.", False),
    ("Red Bali and Green Malay come from different trees on our farm.", False),
])
def test_two_names_of_one_species_called_different_plants(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text)} & {"botanical/same-plant"}
    assert bool(fired) == flagged


# Audit 52: a caffeine-bearing plant (tea, mate, guarana, guayusa) called caffeine-free, and a part named in a
# skin product ("turmeric masks use the leaves"). Near misses: negated and questioned forms, a decaf product,
# a comparison with a tisane, a blend the plant is one part of, a crash or jitters denied, the true part.
@pytest.mark.parametrize("text, flagged", [
    ("Yerba mate is naturally caffeine-free, so sip it at bedtime.", True),
    ("Yerba mate, a caffeine-free herbal tea from Argentina.", True),
    ("Guarana seeds contain no caffeine at all.", True),
    ("Black tea doesn't contain any caffeine.", True),
    ("Guayusa has zero caffeine, so it's perfect for kids.", True),
    ("Our matcha is 100% caffeine free.", True),
    ("Yerba mate is not caffeine-free.", False),
    ("Is guarana caffeine-free?", False),
    ("Unlike green tea, rooibos is caffeine-free.", False),
    ("Rooibos is caffeine-free, unlike black tea.", False),
    ("Our decaf green tea is caffeine-free.", False),
    ("A blend of hibiscus and green tea is caffeine-free.", False),
    ("Yerba mate has no caffeine crash, fans say.", False),
    ("Some sellers claim guarana is caffeine-free, but it is not.", False),
    ("Instead of matcha, a caffeine-free rooibos works at night.", False),
    ("Our Larkmoor Yerba Mate Tea is caffeine-free and tastes smoky.", True),
    ("Green tea extract is caffeine-free once decaffeinated.", False),
    ("Turmeric masks use the leaves of the turmeric plant for a golden glow.", True),
    ("Our kava cream is made with kava leaves.", True),
    ("Our face mask uses turmeric root, not turmeric leaves.", False),
    ("Turmeric leaves make a lovely garnish on a cream soup.", False),
    ("Turmeric leaves are used to wrap fish, and our soap uses the root.", False),
])
def test_audit52_caffeine_free_stimulants_and_skin_product_parts(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Audit 50: a word of proportion before a kind word names an ingredient of a blend, not what the subject is
# ("it's half coffee, half mushroom powder"); with an article after it the sentence still says what it is.
@pytest.mark.parametrize("text, flagged", [
    ("Turmeric stains the counter. It's half regular coffee, half mushroom powder, and it tastes mild.", False),
    ("Our kava latte is half oat milk and half mushroom powder.", False),
    ("Kava stains the cup. It's part mushroom powder, and it tastes mild.", False),
    ("The maca blend is 50 percent mushroom powder.", False),
    ("Kava stains the cup. It's a mushroom powder.", True),
    ("Kava is half a mushroom drink.", True),
    ("Kava is partly a fungus.", True),
    ("Kava is a mushroom drink, half the price of beer.", True),
    ("Kava is a mushroom, part of the same family as reishi.", True),
])
def test_audit50_proportion_words_name_an_ingredient(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Kratom said to come from poppies (kratom's wrong_forms): the poppy as a source or a kind. A comparison with the
# poppy, a negation, a clause about another drug, a reported belief that is corrected, and poppy seed as food pass.
@pytest.mark.parametrize("text, flagged", [
    ("Our kratom is extracted from poppies grown in Laos.", True),
    ("Kratom is harvested from the opium poppy.", True),
    ("Kratom powder comes from poppy pods.", True),
    ("Kratom, like the opium poppy, acts on opioid receptors.", False),
    ("Kratom is not from poppies.", False),
    ("Unlike heroin, which comes from poppies, kratom is a leaf.", False),
    ("Many people think kratom comes from poppies, but it is a coffee-family tree.", False),
    ("Kratom tastes nothing like poppy seed cake.", False),
])
def test_kratom_from_poppies(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Mateine, theine and guaranine are caffeine: said not to be, or to be a different or gentler molecule, they are
# flagged; said to be caffeine, or the denial attributed, they pass.
@pytest.mark.parametrize("text, flagged", [
    ("Theine isn't caffeine, so green tea won't keep you up.", True),
    ("Our guayusa gets its lift from guaranine, not caffeine.", True),
    ("Mateine is a milder relative of caffeine.", True),
    ("Theine is distinct from caffeine.", True),
    ("Mateine is simply another name for caffeine.", False),
    ("Theine and caffeine are the same molecule.", False),
    ("Some sellers claim mateine is not caffeine, but chemists disagree.", False),
])
def test_caffeine_under_other_names(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text)} & {"botanical/caffeine-denied"}
    assert bool(fired) == flagged


# Audit 55: the less-covered botanicals. A look-alike species' binomial (or a made-up epithet in its
# genus) given to a substance; an herb called a tree or a vine and an alga called any woody plant; the
# pine and palm families; the American prairies as a region; "harvested/gathered from the forests of"
# a place as a wild range. Near misses: the look-alike named as itself, shrubs and bushy herbs, trees
# as places, farms and highlands as harvest sites, trade verbs.
@pytest.mark.parametrize("text, flagged", [
    # look-alike binomials
    ("Our chamomile (Tanacetum parthenium) is picked by hand.", True),
    ("Chamomile, or Leucanthemum vulgare, fills the meadow.", True),
    ("Milk thistle (Cnicus benedictus) capsules, 90 count.", True),
    ("Echinacea (Rudbeckia hirta) is a prairie classic.", True),
    ("Valerian (Polemonium caeruleum) root tincture.", True),
    ("Black seed oil (Sesamum indicum) is cold-pressed weekly.", True),
    ("Irish moss (Ascophyllum nodosum) gel, 12 oz.", True),
    ("Yerba mate (Ilex guayusa) is our morning brew.", True),
    ("Chamomile (Bellis chamomilla) tea bags.", True),
    ("Feverfew (Tanacetum parthenium) is often mistaken for chamomile.", False),
    ("Our syrup pairs elderberry (Sambucus nigra) with aronia (Aronia melanocarpa).", False),
    ("Hemp seed (Cannabis sativa) and flaxseed (Linum usitatissimum) both add omega-3s.", False),
    ("Guayusa (Ilex guayusa) is a cousin of yerba mate.", False),
    ("Milk thistle (Silybum marianum) is not blessed thistle (Cnicus benedictus).", False),
    # herbs called trees or vines; algae called woody plants
    ("Valerian is a tall tree that grows along rivers.", True),
    ("Maca, a climbing vine of the Andes, is ground into flour.", True),
    ("St. John's wort is a tree with yellow flowers.", True),
    ("Chlorella is a shrub that grows in ponds.", True),
    ("Irish moss, a small tree of the seabed, is harvested at low tide.", True),
    ("Chamomile is a low, bushy herb.", False),
    ("St. John's wort is a small shrub in some field guides.", False),
    ("Valerian grows in the shade of willow trees.", False),
    ("Ginger is not a tree; it is an herb.", False),
    ("Passionflower is a vine native to the southeastern United States.", False),
    ("Sea moss grows on rocks, never on trees.", False),
    # pine and palm families
    ("Ginkgo is a member of the pine family.", True),
    ("Moringa belongs to the palm family.", True),
    ("Ginkgo is not in the pine family.", False),
    ("Ginkgo trees are older than pines.", False),
    ("Moringa trees are planted between palms.", False),
    # prairies and wild harvest
    ("Chamomile is native to the American prairies.", True),
    ("Echinacea is native to the American prairies.", False),
    ("Rhodiola is gathered from the jungles of Borneo.", True),
    ("Eleuthero is harvested from the forests of the Russian Far East.", False),
    ("Maca is harvested from the highlands of Peru.", False),
    ("Rhodiola is imported from the forests of Brazil.", False),
    ("Moringa is harvested from farms in Ghana.", False),
])
def test_audit55_less_covered_botanicals(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Microalgae and a cyanobacterium called a sea vegetable or a flowering plant (their wrong_forms; "sea vegetable" is no
# longer accepted for every substance, only compatible with seaweeds such as sea moss). Negations, other organisms
# and lists of sea vegetables pass.
@pytest.mark.parametrize("text, flagged", [
    ("Spirulina is a sea vegetable packed with protein.", True),
    ("Chlorella, a sea vegetable, is rich in iron.", True),
    ("Chlorella is a flowering water plant.", True),
    ("Sea moss is a flowering herb of the Atlantic.", True),
    ("Sea moss is a sea vegetable.", False),
    ("Chlorella is not a flowering plant.", False),
    ("Unlike chlorella, duckweed is a flowering water plant.", False),
    ("Spirulina and sea vegetables like kelp are rich in iodine.", False),
])
def test_microalgae_are_no_sea_vegetables_or_flowering_plants(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Audit 57: kinship through "comes from / hails from the same family as" (not "the same family farm").
@pytest.mark.parametrize("text, flagged", [
    ("Kava comes from the same family as coffee, which means it has that bitterness.", True),
    ("Kratom hails from the same family as kava.", True),
    ("Kratom comes from the same family as coffee.", False),
    ("Our kava comes from the same family farm as our coffee.", False),
])
def test_audit57_comes_from_same_family(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Audit 56: kinship with an article and up to two modifiers ("kratom is basically the Southeast Asian cousin of
# kava") and a family placed through "the same" ("kratom is in the same pepper family as kava"): the subject is put
# in the family named. A true family, a loosened kinship, a negation and an attribution pass.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom is basically the Southeast Asian cousin of kava.", True),
    ("Kratom is the cousin of kava.", True),
    ("Kava is the Pacific relative of kratom.", True),
    ("Kratom, a leafy cousin of kava, grows in Thailand.", True),
    ("Kratom is in the same pepper family as kava.", True),
    ("Kava belongs to the same coffee family as kratom.", True),
    ("Kratom is a distant cousin of kava.", False),
    ("Kratom is the very distant cousin of kava.", False),
    ("Kava is in the same pepper family as black pepper.", False),
    ("Kratom is in the same coffee family as coffee.", False),
    ("Kava is not in the same family as kratom.", False),
    ("Some sellers say kratom is in the same pepper family as kava.", False),
    ("Turmeric is the golden cousin of ginger.", False),
])
def test_audit56_kinship_with_modifiers_and_same_family(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged


# Audit 61: a listing title that gives the Latin name between spaced hyphens, as a dash ("Kratom Powder - Piper
# methysticum - 250g"). The right binomial, a joining hyphen, a comparison list and a clause after the name pass.
@pytest.mark.parametrize("text, flagged", [
    ("Kratom Leaf Powder - Piper methysticum - Green Vein 500g", True),
    ("Kratom - Piper methysticum - 100 capsules", True),
    ("Kava Root Powder - Mitragyna speciosa - 8 oz", True),
    ("Maca Root Capsules - Withania somnifera - 90 ct", True),
    ("Ashwagandha Powder - Lepidium meyenii", True),
    ("Kratom Leaf Powder - Mitragyna speciosa - Green Vein 500g", False),
    ("Kava Root Powder - Piper methysticum - 8 oz", False),
    ("Kava and kratom - Piper methysticum - tasting flight", False),
    ("Kratom - Piper methysticum and Mitragyna speciosa side by side", False),
    ("Unlike kratom - Piper methysticum is a pepper plant.", False),
    ("Kava Root Powder - Mitragyna speciosa-free, lab tested", False),
])
def test_audit61_latin_name_between_spaced_hyphens(checker, text, flagged):
    fired = {f.rule for f in checker.check_text(text) if f.scope == "sentence" and f.category == "botanical"}
    assert bool(fired) == flagged
