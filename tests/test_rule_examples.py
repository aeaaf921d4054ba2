"""Every shipped rule tests itself: its `examples.flag` texts must raise it and its
`examples.pass` texts must not, and a rule without both kinds of example fails here.
The knowledge base's confusions are checked the same way against the botanical rules."""
import json

import pytest
from rule_cli_support import claimcheck

from claimcheck.knowledge import load_knowledge
from claimcheck.rulebook import load_rulebook
from claimcheck.ruletests import knowledge_checks, rule_example_checks, rules_without_examples, run_checks

BOOK = load_rulebook()
KNOWLEDGE = load_knowledge(BOOK.knowledge_path)
HAS_BOTANICAL_RULES = any(rule.category == "botanical" for rule in BOOK.rules)


@pytest.mark.parametrize("rule", BOOK.rules, ids=lambda rule: rule.id)
def test_rule_has_flag_and_pass_examples(rule):
    assert not rules_without_examples([rule]), f"{rule.origin}: {rule.id} needs examples: {{flag: [...], pass: [...]}}"


@pytest.mark.parametrize("rule", BOOK.rules, ids=lambda rule: rule.id)
def test_rule_examples(rule, checker):
    failures = run_checks(checker, rule_example_checks([rule]))
    assert not failures, "\n".join(failure.line() for failure in failures)


@pytest.mark.parametrize("substance", [s for s in KNOWLEDGE.substances.values() if s.confusions],
                         ids=lambda substance: substance.id)
def test_knowledge_confusions(substance, checker):
    if not HAS_BOTANICAL_RULES:
        pytest.xfail("no botanical rules are loaded yet to flag misidentifications")
    checks = [c for c in knowledge_checks(KNOWLEDGE) if c.label == f"knowledge:{substance.id}"]
    failures = run_checks(checker, checks)
    assert not failures, "\n".join(failure.line() for failure in failures)


def test_rules_test_command_reports_each_failure_with_rule_and_outcome(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: efficacy/test-tonic\n"
        "    kind: phrase\n"
        "    category: efficacy\n"
        "    severity: info\n"
        "    message: \"'{match}' oversells.\"\n"
        "    match: {phrases: [wonder tonic]}\n"
        "    examples:\n"
        "      flag: [A wonder tonic for all., A marvel tonic for all.]\n"
        "      pass: [A plain tonic., It is a wonder tonic.]\n"
        "  - id: efficacy/test-bare\n"
        "    kind: phrase\n"
        "    category: efficacy\n"
        "    severity: info\n"
        "    message: bare\n"
        "    match: {phrases: [bare claim]}\n",
        encoding="utf-8")
    result = claimcheck("rules", "test", pack)
    assert result.code == 1
    lines = result.out.splitlines()
    assert any("efficacy/test-tonic: flag example 'A marvel tonic for all.': not flagged" in line for line in lines)
    assert any("efficacy/test-tonic: pass example" in line and "flagged by efficacy/test-tonic" in line
               for line in lines)
    assert any("efficacy/test-bare: needs examples" in line for line in lines)
    assert lines[-1].startswith("2 rules, 4 examples: 2 passed, 2 failed; 1 rule without examples")


def test_rules_test_over_all_shipped_rules():
    result = claimcheck("rules", "test", "--format", "json")
    report = json.loads(result.out)
    assert report["rules"] == len(BOOK.rules)
    assert report["missing_examples"] == []
    assert report["failures"] == []
    assert report["knowledge_checks"] == 2 * sum(len(s.confusions) for s in KNOWLEDGE.substances.values())
    if HAS_BOTANICAL_RULES:
        assert report["knowledge_failures"] == []
        assert result.code == 0
