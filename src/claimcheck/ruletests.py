"""Rules that test themselves: every rule's ``examples`` (texts it must flag and texts it
must pass), and checks generated from the knowledge base (each known misidentification
of a substance must raise a ``botanical/`` rule; its correct description must not).

Each example is checked as a text of its own, with every rule loaded, and passes when
the expected rule fires (``flag``) or does not (``pass``).
"""
from __future__ import annotations

from dataclasses import dataclass

KNOWLEDGE_TARGET = "botanical/"


@dataclass(frozen=True)
class ExampleCheck:
    label: str  # the rule id, or "knowledge:<substance>" for generated checks
    target: str  # a rule id, or a category prefix ending in "/"
    expect: str  # "flag" or "pass"
    text: str
    origin: str  # where the example is written

    def hits(self, rule_id: str) -> bool:
        return rule_id.startswith(self.target) if self.target.endswith("/") else rule_id == self.target


@dataclass(frozen=True)
class ExampleFailure:
    check: ExampleCheck
    what_happened: str

    def line(self) -> str:
        return f"{self.check.label}: {self.check.expect} example {self.check.text!r}: {self.what_happened}"

    def to_dict(self) -> dict:
        return {"rule": self.check.label, "expect": self.check.expect, "text": self.check.text,
                "origin": self.check.origin, "problem": self.what_happened}


def rules_without_examples(rules) -> list:
    """Rules lacking at least one flag and one pass example."""
    def complete(rule) -> bool:
        examples = rule.examples if isinstance(rule.examples, dict) else {}
        return bool(examples.get("flag")) and bool(examples.get("pass"))

    return [rule for rule in rules if not complete(rule)]


def rule_example_checks(rules) -> list[ExampleCheck]:
    checks = []
    for rule in rules:
        examples = rule.examples if isinstance(rule.examples, dict) else {}
        for expect in ("flag", "pass"):
            for text in examples.get(expect) or []:
                checks.append(ExampleCheck(rule.id, rule.id, expect, text, rule.origin))
    return checks


def knowledge_checks(knowledge) -> list[ExampleCheck]:
    """From each substance's ``confusions``: the wrong statement must be flagged by some
    botanical rule, the correction must not be."""
    checks = []
    for substance in knowledge.substances.values():
        for confusion in substance.confusions:
            label = f"knowledge:{substance.id}"
            where = knowledge.source
            if confusion.get("wrong"):
                checks.append(ExampleCheck(label, KNOWLEDGE_TARGET, "flag", confusion["wrong"], where))
            if confusion.get("correction"):
                checks.append(ExampleCheck(label, KNOWLEDGE_TARGET, "pass", confusion["correction"], where))
    return checks


def run_checks(checker, checks: list[ExampleCheck]) -> list[ExampleFailure]:
    failures = []
    for check in checks:
        findings = checker.check_text(check.text)
        hits = [f for f in findings if check.hits(f.rule)]
        if check.expect == "flag" and not hits:
            fired = sorted({f.rule for f in findings})
            failures.append(ExampleFailure(check, "not flagged" + (f" (fired instead: {', '.join(fired)})"
                                                                   if fired else " (nothing fired)")))
        elif check.expect == "pass" and hits:
            first = hits[0]
            failures.append(ExampleFailure(check, f"flagged by {first.rule} at '{first.text}' "
                                                  f"(column {first.column})"))
    return failures


@dataclass
class TestReport:
    rules: int
    examples: int
    failures: list[ExampleFailure]
    missing: list  # rules without examples
    knowledge_checks: int
    knowledge_failures: list[ExampleFailure]

    @property
    def ok(self) -> bool:
        return not (self.failures or self.missing or self.knowledge_failures)

    def to_dict(self) -> dict:
        return {
            "rules": self.rules,
            "examples": self.examples,
            "failures": [f.to_dict() for f in self.failures],
            "missing_examples": [r.id for r in self.missing],
            "knowledge_checks": self.knowledge_checks,
            "knowledge_failures": [f.to_dict() for f in self.knowledge_failures],
        }


def test_rules(checker, rules, include_knowledge: bool = True) -> TestReport:
    checks = rule_example_checks(rules)
    generated = knowledge_checks(checker.knowledge) if include_knowledge else []
    return TestReport(
        rules=len(rules),
        examples=len(checks),
        failures=run_checks(checker, checks),
        missing=rules_without_examples(rules),
        knowledge_checks=len(generated),
        knowledge_failures=run_checks(checker, generated),
    )


test_rules.__test__ = False  # not a pytest test, despite its name
TestReport.__test__ = False
