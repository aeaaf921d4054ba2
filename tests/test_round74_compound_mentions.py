"""A high-risk substance named by its active compound, audit round 74 (theme: compound mentions).

A compound found (practically) only in one high-risk substance names that substance: mitragynine is kratom,
kavalactones and kavain are kava, hypericin and hyperforin are St. John's wort, muscimol and ibotenic acid are
Amanita muscaria (the "muscimol gummies" the FDA warned about). So (a) a document that discusses the compound
needs the substance's safety language, anchored at the compound's first mention; (b) a sentence finding about
the compound has the substance as its subject ("Mitragynine is non-addictive" -> kratom); (c) an efficacy
correction quotes the substance's evidence; and (d) another organism said to contain the compound is a
conflation ("kratom contains kavalactones"). Safety language said of the compound counts for the substance.

Not mentions: the compound named absent ("mitragynine-free"), as a modifier of another noun
("the mitragynine-rich mushroom drink": the noun is what the sentence describes), a laboratory procedure
("muscimol injections"), a derivative ("mitragynine pseudoindoxyl"), bare "7-OH"
(any 7-hydroxy metabolite), muscarine (many mushrooms), and words that merely resemble a name ("MIT", "grog").

All texts are written for these tests."""
import pytest

import claimcheck

KRATOM = "safety/kratom-missing-safety-language"
KAVA = "safety/kava-missing-safety-language"
SJW = "safety/st-johns-wort-missing-safety-language"
AMANITA = "safety/amanita-missing-safety-language"


def _findings(text):
    return claimcheck.check_text(text, path="post.md")


def _document(text):
    return {(f.rule, f.subject, f.text) for f in _findings(text) if f.scope == "document"}


def _sentence(text):
    return {(f.rule, f.subject) for f in _findings(text) if f.scope == "sentence"}


DOCUMENT_FLAGGED = [
    ("Mitragynine extract shots are our bestseller.", (KRATOM, "kratom", "Mitragynine")),
    ("Pure mitragynine powder now ships in resealable pouches.", (KRATOM, "kratom", "mitragynine")),
    ("Grab a pack of our 7-OH tablets before the weekend.", (KRATOM, "kratom", "7-OH tablets")),
    ("Our kavalactone extract calms the mind.", (KAVA, "kava", "kavalactone")),
    ("Every softgel holds 60 mg of kavalactones for calmer evenings.", (KAVA, "kava", "kavalactones")),
    ("Kavain capsules take the edge off a long commute.", (KAVA, "kava", "Kavain")),
    ("Our muscimol gummies help you sleep deeply.", (AMANITA, "amanita-muscaria", "muscimol")),
    ("A dropper of muscimol tincture before bed is our customers' favourite ritual.",
     (AMANITA, "amanita-muscaria", "muscimol")),
    ("Yangonin and methysticin softgels for calmer evenings.", (KAVA, "kava", "Yangonin")),
    ("Ibotenic acid chews bring on vivid dreams.", (AMANITA, "amanita-muscaria", "Ibotenic acid")),
    ("Hyperforin drops brighten grey winter mornings.", (SJW, "st-johns-wort", "Hyperforin")),
    ("We standardize every capsule to 0.3% hypericin.", (SJW, "st-johns-wort", "hypericin")),
    # the compound named first anchors the finding
    ("Mitragynine, the main alkaloid of kratom, binds opioid receptors.", (KRATOM, "kratom", "Mitragynine")),
    ("Ask our staff which of our teas has the most kavalactones.", (KAVA, "kava", "kavalactones")),
]


@pytest.mark.parametrize("text,finding", DOCUMENT_FLAGGED)
def test_a_compound_makes_the_document_about_its_substance(text, finding):
    assert finding in _document(text)


DOCUMENT_PASSES = [
    # the required language said of the compound
    "Our mitragynine shots are strong. Mitragynine can cause dependence and withdrawal, and the FDA has not "
    "approved it for any medical use.",
    "Kavalactone capsules for stressful weeks. Kavalactones have been linked to liver injury.",
    "Hyperforin drops for the winter. Hyperforin interacts with many medicines, including birth control pills "
    "and blood thinners.",
    "Muscimol gummies for sleep. Muscimol is toxic, and the FDA says it is not a lawful food ingredient.",
    # not a mention of the substance
    "Our mitragynine-free leaf blends arrive next month.",
    "The formula is hypericin-free and gentle.",
    "Mitragynine pseudoindoxyl is a laboratory derivative studied in mice.",
    "Muscimol injections into the amygdala reduced freezing in rats.",
    "Muscarine was first isolated in the nineteenth century.",
    "The 7-OH metabolite of the drug was measured in plasma.",
    "Our MIT alumni built the app in a weekend.",
    "He poured a glass of grog for the captain.",
    "The Hawaiian awards dinner started at seven.",
    "Our kava-free mocktail is a hit at parties.",
    "We don't sell muscimol products.",
    "Unlike mitragynine, caffeine is sold everywhere.",
]


@pytest.mark.parametrize("text", DOCUMENT_PASSES)
def test_no_requirement_without_an_unwarned_mention(text):
    assert not _document(text)


SENTENCE_FLAGGED = [
    ("Mitragynine is non-addictive.", ("safety/non-addictive", "kratom")),
    ("Mitragynine is completely harmless.", ("safety/absolute-safety", "kratom")),
    ("Mitragynine helps you quit opioids.", ("efficacy/addiction-recovery", "kratom")),
    ("Mitragynine is clinically proven to relieve pain.", ("efficacy/disease-treatment", "kratom")),
    ("Kavalactones are completely safe for your liver.", ("safety/absolute-safety", "kava")),
    ("Kavalactones cure anxiety.", ("efficacy/cure-claim", "kava")),
    ("Hyperforin is safe to take with any medication.", ("safety/safe-combination", "st-johns-wort")),
    ("Hypericin cures depression.", ("efficacy/cure-claim", "st-johns-wort")),
    ("Muscimol cures insomnia.", ("efficacy/cure-claim", "amanita-muscaria")),
    ("Muscimol gummies are perfectly safe for everyone.", ("safety/absolute-safety", "amanita-muscaria")),
    # another organism said to contain the compound
    ("Kratom contains kavalactones that calm the mind.", ("botanical/conflation", "kratom")),
    ("Kava contains mitragynine, a mild stimulant.", ("botanical/conflation", "kava")),
    ("Magic mushrooms contain muscimol.", ("botanical/conflation", "psilocybin-mushrooms")),
    # a compound as a modifier leaves the kind said of the substance
    ("Kratom, the mitragynine-rich mushroom drink, is popular.", ("botanical/wrong-kind", "kratom")),
    ("Kava, the kavalactone-rich mushroom drink, is popular.", ("botanical/wrong-kind", "kava")),
]


@pytest.mark.parametrize("text,finding", SENTENCE_FLAGGED)
def test_a_claim_about_the_compound_is_about_its_substance(text, finding):
    assert finding in _sentence(text)


SENTENCE_PASSES = [
    "Mitragynine may act on opioid receptors, according to early lab studies.",
    "Some users report that mitragynine eases their back pain.",
    "Is mitragynine an opioid?",
    "Mitragynine is not approved by the FDA and can cause dependence.",
    "Kava contains kavalactones, which may ease anxiety.",
    "Kratom leaves contain mitragynine and 7-hydroxymitragynine.",
    "Fly agaric contains muscimol and ibotenic acid.",
    "St. John's wort contains hypericin and hyperforin.",
    "Mitragynine is an alkaloid found in kratom leaves.",
    "Muscimol is a compound, not a mushroom.",
    "Kavalactones come from the root of a Pacific shrub.",
    "Mitragynine comes from the leaves of a Southeast Asian tree.",
    "Hyperforin may induce CYP3A4 in liver cells, one study suggested.",
]


@pytest.mark.parametrize("text", SENTENCE_PASSES)
def test_correct_or_hedged_compound_sentences_pass(text):
    assert not _sentence(text)


def test_the_correction_quotes_the_substance_evidence():
    finding = next(f for f in _findings("Kavalactones cure anxiety.") if f.rule == "efficacy/cure-claim")
    assert finding.subject == "kava"
    assert "kava for anxiety" in finding.correction


KAVA_WARNED = "Kava has been linked to liver injury."
KRATOM_WARNED = ("Kratom can cause dependence and withdrawal, and the FDA has not approved it for any medical use.")


@pytest.mark.parametrize("text,combined", [
    # each substance contains its own compound: no product holds both
    (f"{KAVA_WARNED} {KRATOM_WARNED} Kava contains kavalactones and kratom contains mitragynine.", False),
    (f"{KAVA_WARNED} {KRATOM_WARNED} Kava root contains kavalactones, and kratom leaf contains mitragynine.", False),
    # one product holding both
    (f"{KAVA_WARNED} {KRATOM_WARNED} Each gummy contains kavalactones and mitragynine.", True),
    (f"{KAVA_WARNED} {KRATOM_WARNED} Our tincture contains kava root and kratom leaf.", True),
])
def test_compounds_contained_together(text, combined):
    subjects = {f.subject for f in _findings(text) if f.scope == "document"}
    assert ("kava+kratom" in subjects) is combined
