"""`claimcheck rules` lists the rules and `claimcheck rule ID` explains one, from the YAML."""
import json

from rule_cli_support import claimcheck, claimcheck_process

from claimcheck import ruledocs
from claimcheck.rulebook import load_rulebook


def test_rules_lists_every_shipped_rule_with_its_columns():
    result = claimcheck("rules")
    assert result.code == 0
    book = load_rulebook()
    header, *rows = result.out.strip().splitlines()
    assert header.split() == ["ID", "CATEGORY", "SEVERITY", "FIX", "SUMMARY"]
    assert len(rows) == len(book.rules)
    certainty = next(row for row in rows if row.startswith("efficacy/certainty "))
    assert "warning" in certainty and "unsafe" in certainty and "guaranteed" in certainty


def test_rules_can_be_filtered_by_category():
    result = claimcheck("rules", "--category", "safety")
    rows = result.out.strip().splitlines()[1:]
    assert rows and all(row.startswith("safety/") for row in rows)


def test_rules_as_json():
    result = claimcheck("rules", "--format", "json", "--category", "efficacy")
    rules = json.loads(result.out)["rules"]
    assert {r["category"] for r in rules} == {"efficacy"}
    first = rules[0]
    assert set(first) >= {"id", "category", "severity", "fixable", "fix", "summary"}
    assert isinstance(first["fixable"], bool)


def test_listing_rules_does_not_import_spacy():
    probe = ("import sys; sys.argv = ['claimcheck', 'rules']\n"
             "from claimcheck.cli import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')\n")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("NO-SPACY"), done.stdout + done.stderr


def test_rule_explains_what_why_examples_correction_and_references():
    result = claimcheck("rule", "efficacy/evidence-overstatement")
    assert result.code == 0
    text = result.out
    for heading in ("## What it flags", "## Why it matters", "## Flagged", "## Not flagged",
                    "## Correction", "## Fix", "## References"):
        assert heading in text
    rule = load_rulebook().get("efficacy/evidence-overstatement")
    assert rule.examples["flag"][0] in text
    assert rule.references[0] in text
    assert "unsafe" in text


def test_rule_explanation_is_what_sarif_uses(tmp_path):
    rule = load_rulebook().get("efficacy/certainty")
    assert ruledocs.full_description(rule) in ruledocs.explain(rule)
    assert ruledocs.help_uri(rule) == rule.references[0]
    article = tmp_path / "a.md"
    article.write_text("Results guaranteed, every single time.\n", encoding="utf-8")
    sarif = json.loads(claimcheck("--format", "sarif", "--isolated", article).out)
    descriptors = {d["id"]: d for d in sarif["runs"][0]["tool"]["driver"]["rules"]}
    descriptor = descriptors["efficacy/certainty"]
    assert descriptor["fullDescription"]["text"] == ruledocs.full_description(rule)
    assert descriptor["help"]["text"] == ruledocs.explain(rule)
    assert descriptor["helpUri"] == ruledocs.help_uri(rule)
    result = claimcheck("rule", "efficacy/certainty", "--format", "json")
    payload = json.loads(result.out)
    assert payload["full_description"] == ruledocs.full_description(rule)
    assert payload["help_uri"] == ruledocs.help_uri(rule)
    assert payload["explanation"] == ruledocs.explain(rule)


def test_unknown_rule_is_one_line_error_with_a_suggestion():
    result = claimcheck("rule", "efficacy/certanity")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "efficacy/certainty" in result.err


def test_the_console_script_reaches_the_rules_commands():
    result = claimcheck_process("rules", "--category", "efficacy")
    assert result.code == 0
    assert "efficacy/cure-claim" in result.out
