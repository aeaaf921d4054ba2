"""A bracketed aside after a name leaves the name the subject of a family or origin claim made by a verb ("Kava
(Piper methysticum) belongs to the coffee family", "Kratom (Mitragyna speciosa) grows wild in the South
Pacific"), as it already did for "is" ("Kava (Piper methysticum) is in the coffee family"). Own fix of the
nineteenth session, from a botanical-facts probe.

All sentences are written for these tests."""
import pytest


def _rules(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="facts.md") if f.scope == "sentence"}


@pytest.mark.parametrize("text, rule", [
    ("Kava (Piper methysticum) belongs to the coffee family.", "botanical/wrong-family"),
    ("Ashwagandha (winter cherry) belongs to the mint family.", "botanical/wrong-family"),
    ("Kratom (Mitragyna speciosa) comes from the pepper family.", "botanical/wrong-family"),
    ("Turmeric (Curcuma longa) sits in the nightshade family.", "botanical/wrong-family"),
    ("Kava (Piper methysticum) comes from Southeast Asia.", "botanical/wrong-region"),
    ("Kratom (Mitragyna speciosa) grows wild in the South Pacific.", "botanical/wrong-region"),
    ("Kava (also called awa) originated in the Amazon.", "botanical/wrong-region"),
])
def test_a_claim_after_a_bracketed_aside_is_the_names(checker, text, rule):
    assert rule in _rules(checker, text)


@pytest.mark.parametrize("text", [
    "Kava (Piper methysticum) belongs to the pepper family.",
    "Kratom (Mitragyna speciosa) belongs to the coffee family.",
    "Ashwagandha (Withania somnifera) belongs to the nightshade family.",
    "Kava (unlike kratom) belongs to the pepper family.",
    "Coffee (like kratom) belongs to the Rubiaceae.",
    "Kava (Piper methysticum) comes from the islands of the South Pacific.",
    "Kratom (Mitragyna speciosa) grows wild in Thailand and Malaysia.",
    "Our kava (shipped from a warehouse in Singapore) arrives in a week.",
])
def test_a_true_claim_or_another_subject_passes(checker, text):
    assert not {r for r in _rules(checker, text) if r.startswith("botanical/")}
