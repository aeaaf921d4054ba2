"""An efficacy finding about a substance and a condition the evidence table covers says what is
known for that pair, with its source; the table is data, checked when it loads."""
from __future__ import annotations

import pytest

from claimcheck.evidence import Evidence, EvidenceTable, load_evidence
from claimcheck.knowledge import evidence_path
from claimcheck.rulefiles import RuleFileError


def efficacy(checker, text):
    [finding] = [f for f in checker.check_text(text) if f.category == "efficacy"]
    return finding


@pytest.mark.parametrize("text, grade_words, source_host", [
    ("Our kava melts away anxiety in minutes.", "mixed: the trials disagree", "cochrane"),
    ("Kratom treats opioid withdrawal better than any clinic.", "unproven", "nih.gov"),
    ("Ginkgo is clinically proven to sharpen your memory.", "against the claim", "nih.gov"),
    ("Turmeric cures cancer, period.", "unproven", "nih.gov"),
])
def test_the_correction_says_what_is_known_for_the_pair(checker, text, grade_words, source_host):
    finding = efficacy(checker, text)
    assert finding.correction.startswith("Say what is known instead: the evidence for ")
    assert grade_words in finding.correction
    assert source_host in finding.references[0]


@pytest.mark.parametrize("text", [
    "Kava cures hiccups instantly.",          # a condition the table does not cover
    "Our blend cures anxiety overnight.",     # no substance named
])
def test_without_a_known_pair_the_rule_correction_stands(checker, text):
    assert not efficacy(checker, text).correction.startswith("Say what is known instead")


def test_condition_names_match_as_copy_writes_them():
    table = EvidenceTable([
        Evidence("kratom", "opioid use disorder", ("OUD", "opioid addiction"), "preliminary", "Surveys only.", ()),
        Evidence("kratom", "chronic pain", ("pain relief",), "preliminary", "One lab study.", ()),
        Evidence("turmeric", "cancer (prevention or treatment)", (), "preliminary", "Lab studies.", ()),
    ])
    assert table.find("kratom", "It helps with OUD.").condition == "opioid use disorder"
    assert table.find("kratom", "A quiet oud perfume.") is None  # an acronym only in capitals
    assert table.find("kratom", "Fast pain relief from chronic pain.").condition == "chronic pain"
    assert table.find("turmeric", "It shrinks cancer cells.").condition.startswith("cancer")
    assert table.find("kava", "It helps with OUD.") is None


def test_the_shipped_table_loads_against_the_knowledge_base(checker):
    entries = checker.knowledge.evidence.entries
    assert len(entries) >= 100
    assert {e.substance for e in entries} <= set(checker.knowledge.substances)


@pytest.mark.parametrize("entry, problem", [
    ("{substance: kava, condition: anxiety, grade: probable, summary: x, sources: []}", "unknown grade 'probable'"),
    ("{substance: kava-kava, condition: anxiety, grade: mixed, summary: x, sources: []}", "unknown substance id"),
    ("{substance: kava, condition: anxiety, grade: mixed, summary: x, sources: [www.example.com]}", "web addresses"),
    ("{substance: kava, grade: mixed, summary: x}", "'condition' must be a non-empty string"),
])
def test_a_broken_entry_is_reported_with_its_file(tmp_path, checker, entry, problem):
    path = tmp_path / "evidence.yaml"
    path.write_text(f"evidence:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        load_evidence(path, checker.knowledge.substances)
    assert str(path) in str(raised.value) and problem in str(raised.value)


def test_the_evidence_file_sits_beside_the_knowledge_file(checker):
    assert evidence_path(checker.book.knowledge_path).is_file()


# Audit 34: a condition written in capitals ("REDUCES ARTHRITIS PAIN" in a listing bullet) finds its pair as the
# lower-case name does, and an acronym still matches only in capitals; before, the capitals raised a KeyError.
@pytest.mark.parametrize("text", [
    "✅ REDUCES ARTHRITIS PAIN: our turmeric blend works fast.",
    "TURMERIC CURES ARTHRITIS.",
    "Turmeric cures Arthritis Pain in a week.",
])
def test_a_condition_in_capitals_does_not_crash(checker, text):
    assert [f for f in checker.check_text(text) if f.category == "efficacy"]
