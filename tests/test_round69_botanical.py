"""Botanical identity, audit round 69: how writers attach a Latin name, a family or a kind.

Latin names: a plant or kind noun may stand between the common name and the link ("reishi
mushrooms, known scientifically as …", "kratom trees, known botanically as …"); a keyed
parenthesis ("(scientific name: …)", "(Latin name: …)", "(species: …)"); a verb of bearing a name
("goes by the Latin name …", "is known by the scientific name …", "bears the botanical name …").
Families: the key word before a Latin family name ("in the family Piperaceae", "a member of the
family Rubiaceae", "(family: Piperaceae)", "kratom, family Rubiaceae,"). Kinds: mold and yeast,
which none of the fungi in botanicals.yaml is (cordyceps' cultured mycelium may be called a mold),
claimed only as a head noun ("kratom mold" is spoilage).

Each table carries its near misses: the right facts in the same frames, older binomials and
families the reference lists, genus-only names, corrections, negations, questions, lists.
All sentences are written for these tests."""
import pytest
from botanical_support import _flags, _shown

LATIN_FLAGGED = [
    ("Reishi mushrooms, known scientifically as Hericium erinaceus, sprout on oak stumps.",
     "botanical/wrong-latin-name", "reishi"),
    ("Kratom trees, known botanically as Piper methysticum, tower over the farm.",
     "botanical/wrong-latin-name", "kratom"),
    ("Kava plants, scientifically known as Mitragyna speciosa, need shade.", "botanical/wrong-latin-name", "kava"),
    ("Passionflower vines, known scientifically as Valeriana officinalis, climb our fence.",
     "botanical/wrong-latin-name", "passionflower"),
    ("Turmeric roots, known botanically as Panax ginseng, stain everything yellow.",
     "botanical/wrong-latin-name", "turmeric"),
    ("Chaga (scientific name: Ganoderma lucidum) is brewed in winter.", "botanical/wrong-latin-name", "chaga"),
    ("Our turmeric (Latin name: Zingiber officinale) is stone-ground.", "botanical/wrong-latin-name", "turmeric"),
    ("Valerian (species: Passiflora incarnata) is a bedtime staple.", "botanical/wrong-latin-name", "valerian"),
    ("Black seed (Latin name: Cuminum cyminum) tastes peppery.", "botanical/wrong-latin-name", "black-seed"),
    ("Kava goes by the scientific name Mitragyna speciosa.", "botanical/wrong-latin-name", "kava"),
    ("Maca goes by the botanical name Withania somnifera in catalogs.", "botanical/wrong-latin-name", "maca"),
    ("Kratom is known by the Latin name Piper methysticum.", "botanical/wrong-latin-name", "kratom"),
    ("Ashwagandha bears the Latin name Lepidium meyenii.", "botanical/wrong-latin-name", "ashwagandha"),
    ("Elderberry goes by the Latin name Sambucus ebulus.", "botanical/wrong-latin-name", "elderberry"),
    ("Kava, which goes by the Latin name Mitragyna speciosa, is poured at weddings.",
     "botanical/wrong-latin-name", "kava"),
    ("Kava has the Latin name Mitragyna speciosa.", "botanical/wrong-latin-name", "kava"),
    ("Kratom was given the botanical name Piper methysticum.", "botanical/wrong-latin-name", "kratom"),
]

LATIN_PASSING = [
    "Reishi mushrooms, known scientifically as Ganoderma lucidum, sprout on oak stumps.",
    "Lion's mane (scientific name: Hericium erinaceus) sprouts on beech logs.",
    "Kava goes by the Latin name Piper methysticum.",
    "Kratom goes by the scientific name Mitragyna speciosa.",
    "Turkey tail mushrooms, known scientifically as Coriolus versicolor, are everywhere.",  # older binomial
    "Kava plants, known botanically as Piper methysticum, need shade.",
    "Ashwagandha (Latin name: Withania somnifera) is an adaptogen.",
    "Elderberry goes by the Latin name Sambucus nigra.",
    "Rhodiola goes by the botanical name Rhodiola rosea.",
    "Kava goes by many names, including yaqona and awa.",
    "Kratom goes by the name ketum in Malaysia.",
    "Kratom is known by the name biak in Thailand.",
    "Kratom, not to be confused with kava (Piper methysticum), grows in Thailand.",
    "Kava and kratom, Piper methysticum and Mitragyna speciosa respectively, differ.",
    "Reishi mushrooms, lion's mane and chaga fill the shelf.",
    "Kratom trees, kava shrubs and maca roots are all sold here.",
    "Does kava go by the Latin name Mitragyna speciosa?",
    "Kava does not go by the Latin name Mitragyna speciosa.",
    "Kava has the Latin name Piper methysticum.",
    "Kava has the name of a drink and a plant.",
    "Kratom was given the name ketum by locals.",
    "Reishi goes by the genus name Ganoderma.",
    "Kava goes by the Latin name Mitragyna speciosa, according to one seller, but that is wrong.",
]

FAMILY_FLAGGED = [
    ("Kratom is a member of the family Piperaceae.", "botanical/wrong-family", "kratom"),
    ("Kava is in the family Rubiaceae.", "botanical/wrong-family", "kava"),
    ("Kava belongs to the family Rubiaceae.", "botanical/wrong-family", "kava"),
    ("Kratom, in the family Piperaceae, grows tall.", "botanical/wrong-family", "kratom"),
    ("Kratom (family: Piperaceae) is sold as powder.", "botanical/wrong-family", "kratom"),
    ("Kratom, family Piperaceae, grows in Thailand.", "botanical/wrong-family", "kratom"),
    ("Moringa trees (family Fabaceae) grow fast.", "botanical/wrong-family", "moringa"),
    ("St. John's wort is a member of the family Lamiaceae.", "botanical/wrong-family", "st-johns-wort"),
    ("Blue lotus belongs to the family Nelumbonaceae.", "botanical/wrong-family", "blue-lotus"),
    ("Yerba mate, in the family Theaceae, is sipped from gourds.", "botanical/wrong-family", "yerba-mate"),
    ("Kanna is a member of the family Cactaceae.", "botanical/wrong-family", "kanna"),
]

FAMILY_PASSING = [
    "Kratom is a member of the family Rubiaceae.",
    "Kava is in the family Piperaceae.",
    "Kava (family: Piperaceae) is a shrub.",
    "Kava, in the family Piperaceae, is a shrub.",
    "Chamomile belongs to the family Asteraceae.",
    "Milk thistle belongs to the family Compositae.",  # the older name of the daisy family
    "Elderberry was once placed in the family Caprifoliaceae.",
    "Chlorella belongs to the family Chlorellaceae.",
    "Moringa trees (family Moringaceae) grow fast.",
    "St. John's wort is a member of the family Hypericaceae.",
    "Blue lotus belongs to the family Nymphaeaceae.",
    "Yerba mate, in the family Aquifoliaceae, is sipped from gourds.",
    "Kanna is a member of the family Aizoaceae.",
    "Reishi belongs to the genus Ganoderma.",
    "Kava is not a member of the family Rubiaceae.",
    "Kava belongs to the family of plants used in ceremonies.",
]

KIND_FLAGGED = [
    ("Psilocybin mushrooms are a type of mold.", "botanical/wrong-kind", "psilocybin-mushrooms"),
    ("Magic mushrooms are a kind of mould.", "botanical/wrong-kind", "psilocybin-mushrooms"),
    ("Reishi is a type of mold.", "botanical/wrong-kind", "reishi"),
    ("Lion's mane is a kind of yeast.", "botanical/wrong-kind", "lions-mane"),
    ("Cordyceps is a type of yeast.", "botanical/wrong-kind", "cordyceps"),
    ("Chaga is a species of mold.", "botanical/wrong-kind", "chaga"),
    ("Shiitake is a type of mold.", "botanical/wrong-kind", "shiitake"),
    ("Amanita muscaria is a type of mold.", "botanical/wrong-kind", "amanita-muscaria"),
    ("Reishi, a mold, grows on logs.", "botanical/wrong-kind", "reishi"),
    ("Spirulina is a type of yeast.", "botanical/wrong-kind", "spirulina"),
    ("Kava is a type of mold.", "botanical/wrong-kind", "kava"),
    ("Sea moss is a kind of lichen.", "botanical/wrong-kind", "sea-moss"),
    ("Maca is a type of fern.", "botanical/wrong-kind", "maca"),
]

KIND_PASSING = [
    "Psilocybin mushrooms are not a type of mold.",
    "Is chaga a type of mold?",
    "Some people think reishi is a mold, but it is a mushroom.",
    "Cordyceps is a type of mold grown on grain.",  # cultured cordyceps mycelium
    "Kratom mold is a common problem with cheap batches.",
    "Reishi mold can ruin a grow.",
    "Check your kava for mold before brewing.",
    "Our turmeric is tested for mold and yeast.",
    "Store reishi away from mold and yeast.",
    "Kombucha is made with a yeast culture, while reishi is a mushroom.",
    "Moldy kratom should be thrown away.",
    "Reishi extract is mold-free.",
    "Sea moss is a type of alga.",
]


@pytest.mark.parametrize("text, rule, subject", LATIN_FLAGGED + FAMILY_FLAGGED + KIND_FLAGGED)
def test_flagged(check, text, rule, subject):
    _flags(check, text, rule, subject)


@pytest.mark.parametrize("text", LATIN_PASSING + FAMILY_PASSING + KIND_PASSING)
def test_passing(check, text):
    found = [f for f in check(text) if f.rule.startswith("botanical/")]
    assert not found, _shown(found)
