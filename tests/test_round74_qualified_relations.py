"""Qualified relations, audit round 125: `qualified_by` is one implementation (kinds/qualifiers.py) shared by the
phrase and relation kinds. A relation claim that is a study's reported result ("Trials found …", "In a 2019 pilot,
…", "… eased knee pain in a small pilot") is no claim when its sentence or the next takes it back: the contrary
result, a result not replicated, a call for larger trials. The writer's own claim, "results vary", a qualifier
about another substance and a negated qualifier leave the claim standing.

All sentences are written for these tests."""
import pytest

MY_RULES = {"efficacy/disease-treatment", "efficacy/cure-claim", "efficacy/addiction-recovery",
            "efficacy/study-shows-benefit"}


def _fired(checker, text: str) -> set[str]:
    return {f.rule for f in checker.check_text(text, path="page.md") if f.scope == "sentence"}


QUALIFIED = [
    "Trials found kava extract reduced anxiety more than placebo; a larger trial found no benefit.",
    "In a 2019 pilot, turmeric eased knee pain; larger trials are needed.",
    "In a 2019 pilot, turmeric eased knee pain. Larger trials are needed.",
    "One study reported that lemon balm reduced anxiety, though a larger study found no difference.",
    "Turmeric eased knee pain in a 2019 pilot, but larger trials are needed.",
    "A pilot found ashwagandha reduced anxiety, although the findings have yet to be replicated.",
    "A 2018 study found that elderberry shortened colds; a larger 2020 trial showed no benefit.",
    "Early trials found St. John's wort treated mild depression, but later trials found it no better than placebo.",
    "In an older study, echinacea knocked out colds faster; later studies found no benefit.",
    "A 2017 pilot found that black cohosh relieved hot flashes. Larger trials are needed.",
    "A review found that butterbur prevented migraines; bigger studies are needed.",
    "A small trial found kratom helped people come off opioids, but the result was never replicated.",
    "Researchers found that ginger eased migraines in a small pilot, but the finding has not been reproduced.",
    "Some trials found that valerian cured insomnia, but a 2019 review found no consistent effect.",
]

STILL_CLAIMS = [
    ("Kava reduces anxiety; studies prove it.", "efficacy/disease-treatment"),
    ("Turmeric eases knee pain, and a larger trial found it works even better.", "efficacy/disease-treatment"),
    ("Trials found kava extract reduced anxiety more than placebo.", "efficacy/study-shows-benefit"),
    ("Ashwagandha cures insomnia, but results vary.", "efficacy/cure-claim"),
    ("Kava reduces anxiety. More research is needed on kratom.", "efficacy/disease-treatment"),
    ("Trials found kava reduced anxiety, but a larger trial found no benefit for kratom.", "efficacy/disease-treatment"),
    ("Our turmeric heals arthritis; a larger trial found no benefit from cheap brands.", "efficacy/cure-claim"),
    ("Valerian cures insomnia. Larger trials are needed for chamomile.", "efficacy/cure-claim"),
    ("Kratom gets people off opioids; larger trials are needed to convince the FDA.", "efficacy/addiction-recovery"),
    ("Valerian cured my insomnia in a week; a larger trial found no benefit, but who cares.", "efficacy/cure-claim"),
    ("Kava eased my anxiety, and a small study found no benefit, which proves nothing.", "efficacy/disease-treatment"),
    ("Black cohosh relieves hot flashes. In one small pilot, kava found no benefit.", "efficacy/disease-treatment"),
    ("Turmeric cures arthritis. A small trial found no benefit for headaches.", "efficacy/cure-claim"),
    ("Trials found kava reduced anxiety; later trials confirmed the benefit.", "efficacy/study-shows-benefit"),
    ("Our formula reverses diabetes. More research is needed.", "efficacy/cure-claim"),
    ("A 2019 trial found turmeric eased knee pain, and the result has been replicated many times.",
     "efficacy/disease-treatment"),
    ("Trials found that St. John's wort treated depression; larger trials are not needed.", "efficacy/study-shows-benefit"),
    ("Turmeric cured my arthritis, and a pilot study found the same.", "efficacy/cure-claim"),
]


@pytest.mark.parametrize("text", QUALIFIED)
def test_a_reported_result_taken_back_is_no_claim(checker, text):
    assert not _fired(checker, text) & MY_RULES


@pytest.mark.parametrize("text,rule", STILL_CLAIMS)
def test_unqualified_or_own_claims_stay_flagged(checker, text, rule):
    assert rule in _fired(checker, text)


def test_one_qualifier_implementation(checker):
    """The phrase and relation kinds read `qualified_by` with the same class."""
    from claimcheck.kinds.phrase import PhraseRules
    from claimcheck.kinds.qualifiers import Qualifiers
    from claimcheck.kinds.relation import RelationRules

    assert not hasattr(PhraseRules, "_qualified")
    assert not hasattr(RelationRules, "_qualified")
    kinds = [k for k in checker.kinds if isinstance(k, (PhraseRules, RelationRules))]
    assert len(kinds) == 2 and all(isinstance(k.qualifiers, Qualifiers) for k in kinds)


def test_qualified_by_is_valid_on_a_relation_rule(tmp_path):
    """The schema accepts `qualified_by` (with `reported` and `next_sentence`) on a relation rule and rejects an
    unknown key inside it."""
    from claimcheck.validation import validate_rule_file

    rule = {"id": "x/y", "kind": "relation", "category": "efficacy", "severity": "warning", "summary": "s",
            "message": "m", "verbs": ["cure"], "objects": ["gout"],
            "qualified_by": {"patterns": [[{"LOWER": "not"}, {"LOWER": "replicated"}]],
                             "reported": [[{"LOWER": "trials"}, {"LOWER": "found"}]], "next_sentence": True}}
    validate_rule_file({"rules": [rule]}, tmp_path / "r.yaml")
    rule["qualified_by"]["next_sentences"] = True
    with pytest.raises(Exception):
        validate_rule_file({"rules": [rule]}, tmp_path / "r.yaml")


def test_the_next_sentence_reaches_only_within_its_paragraph(checker):
    """`next_sentence`: a call for larger trials in the same paragraph takes the pilot's result back; one in the
    next paragraph is about whatever that paragraph says."""
    same = "In a 2019 pilot, turmeric eased knee pain.\nLarger trials are needed.\n"
    other = "In a 2019 pilot, turmeric eased knee pain.\n\nLarger trials are needed.\n"
    assert "efficacy/disease-treatment" not in _fired(checker, same)
    assert "efficacy/disease-treatment" in _fired(checker, other)
