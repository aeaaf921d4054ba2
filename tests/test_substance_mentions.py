"""Substance mentions: names, aliases, Latin binomials, misspellings, plurals, possessives,
any case — and words that only look like a substance name."""
import pytest


@pytest.fixture(scope="module")
def mentions(checker):
    def found(text: str) -> list[tuple[str, str, str]]:
        doc = checker.nlp(text)
        return [(m.text, m.label_, m.kb_id_) for m in doc.spans["substances"]]

    return found


@pytest.mark.parametrize("text, expected_id", [
    ("We brew KAVA every Friday.", "kava"),
    ("Kava kava is poured from a shell.", "kava"),
    ("Fijians call it yaqona.", "kava"),
    ("Piper methysticum grows on Vanuatu.", "kava"),
    ("P. methysticum is a pepper.", "kava"),
    ("Kratom's alkaloids bind opioid receptors.", "kratom"),
    ("Kratom’s leaves are dried.", "kratom"),
    ("Mitragyna speciosa is a tropical tree.", "kratom"),
    ("St. John's wort interacts with the pill.", "st-johns-wort"),
    ("St John’s wort blooms in June.", "st-johns-wort"),
    ("Hypericum tea is bitter.", "st-johns-wort"),
    ("Indian ginseng is another name for it.", "ashwagandha"),
    ("Siberian ginseng is not a true ginseng.", "eleuthero"),
    ("Ripe elderberries must be cooked.", "elderberry"),
    ("Ashwaganda gummies are popular.", "ashwagandha"),
    ("Tumeric lattes are everywhere.", "turmeric"),
    ("Lion's mane mushrooms grow on logs.", "lions-mane"),
    ("Fly agaric is red with white spots.", "amanita-muscaria"),
    ("Blue-green algae powder", "spirulina"),
])
def test_names_resolve_to_canonical_ids(mentions, text, expected_id):
    assert expected_id in {label for _, label, _ in mentions(text)}


def test_longest_name_wins(mentions):
    assert [label for _, label, _ in mentions("Indian ginseng and Korean ginseng differ.")] == [
        "ashwagandha", "panax-ginseng"]


def test_latin_names_are_marked_as_latin(mentions):
    assert ("Withania somnifera", "ashwagandha", "latin") in mentions("Withania somnifera is a shrub.")


def test_combination_partners_are_marked(mentions):
    found = mentions("Never mix kava with alcohol or benzodiazepines.")
    assert ("alcohol", "alcohol", "partner") in found
    assert any(label == "sedatives" for _, label, _ in found)


@pytest.mark.parametrize("text", [
    "The village elders met at noon.",
    "A glass of cava with dinner.",
    "We ate chickpeas and rice.",
    "Mate, grab me a coffee.",
])
def test_lookalike_words_are_not_substances(mentions, text):
    assert [m for m in mentions(text) if m[2] != "partner"] == []


def test_partner_plurals_are_partners(mentions):
    assert ("beers", "alcohol", "partner") in mentions("Two beers and a kratom shot.")


# Audit 59: an entry's `not_names` (another species of its genus, the genus as such) hide the name they begin
# with: "Amanita phalloides" and "Amanita species" are no mention of the fly agaric; "Amanita muscaria",
# "amanita gummies" and "fly agaric" still are.
@pytest.mark.parametrize("text, expected", [
    ("The death cap (Amanita phalloides) is deadly.", []),
    ("A. virosa, the destroying angel, is pure white.", []),
    ("Some wild mushrooms, including Amanita species, are poisonous.", []),
    ("The Amanita genus includes deadly mushrooms.", []),
    ("Amanita muscaria is red with white spots.", ["amanita-muscaria"]),
    ("Amanita gummies are sold online.", ["amanita-muscaria"]),
    ("Unlike Amanita phalloides, the fly agaric is rarely fatal.", ["amanita-muscaria"]),
])
def test_audit59_not_names_hide_other_species(mentions, text, expected):
    assert [label for _, label, kind in mentions(text) if kind != "partner"] == expected
