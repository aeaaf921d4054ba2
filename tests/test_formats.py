"""Output formats through the CLI: SARIF (schema-valid), GitHub commands, JUnit, statistics."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from claimcheck.reporters.github_report import escape_data, escape_property
from cli_support import CLEAN, FLAGGED, findings_of, invoke

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

HOUSE_RULE = """\
rules:
  - id: house/miracle-herb
    kind: phrase
    category: efficacy
    severity: warning
    summary: House style avoids calling a plant a miracle.
    description: Readers distrust superlatives; describe what the plant is used for instead.
    message: "'{match}' oversells {name}."
    correction: "Say what it is traditionally used for."
    references: [https://example.org/style#miracle]
    fix: {replace: "useful herb", safe: true}
    match:
      phrases: [miracle herb]
"""
HOUSE_ARTICLE = "Ashwagandha is a miracle herb.\n\nTurmeric cures arthritis.\n"


@pytest.fixture(autouse=True)
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(HOUSE_RULE, encoding="utf-8")
    (tmp_path / "claimcheck.toml").write_text("extend-rules = ['house.yaml']\n", encoding="utf-8")
    (tmp_path / "flagged.md").write_text(FLAGGED, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "house.md").write_text(HOUSE_ARTICLE, encoding="utf-8")
    return tmp_path


def sarif_of(*args) -> dict:
    result = invoke("--format", "sarif", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


# ------------------------------------------------------------------------------ SARIF


def test_sarif_validates_against_the_official_schema():
    log = sarif_of("flagged.md", "clean.md", "house.md")
    jsonschema.validate(log, SCHEMA)
    assert log["version"] == "2.1.0"
    assert log["runs"][0]["results"]


def test_sarif_with_input_errors_still_validates():
    result = invoke("--format", "sarif", "missing.md", "clean.md")
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    jsonschema.validate(log, SCHEMA)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "missing.md" in json.dumps(invocation["toolExecutionNotifications"])


def test_sarif_rule_metadata_comes_from_the_rules():
    run = sarif_of("house.md")["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    house = rules["house/miracle-herb"]
    assert house["name"] == "miracle-herb"
    assert house["shortDescription"]["text"] == "House style avoids calling a plant a miracle."
    assert house["fullDescription"]["text"].startswith("Readers distrust superlatives")
    assert house["helpUri"] == "https://example.org/style#miracle"
    assert house["defaultConfiguration"]["level"] == "warning"
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_regions_and_levels_match_the_findings():
    findings = findings_of("flagged.md")
    run = sarif_of("flagged.md")["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    text = Path("flagged.md").read_text(encoding="utf-8")
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert len(run["results"]) == len(findings)
    for result, finding in zip(run["results"], findings):
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        assert location["artifactLocation"]["uri"] == "flagged.md"
        assert result["level"] == levels[finding["severity"]]
        assert (region["startLine"], region["startColumn"]) == (finding["line"], finding["column"])
        assert (region["endLine"], region["endColumn"]) == (finding["end_line"], finding["end_column"])
        start, length = region["charOffset"], region["charLength"]
        assert text[start:start + length] == finding["text"]


def test_sarif_carries_fixes():
    run = sarif_of("house.md")["runs"][0]
    result = next(r for r in run["results"] if r["ruleId"] == "house/miracle-herb")
    change = result["fixes"][0]["artifactChanges"][0]
    replacement = change["replacements"][0]
    region = replacement["deletedRegion"]
    text = Path("house.md").read_text(encoding="utf-8")
    assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == "miracle herb"
    assert replacement["insertedContent"]["text"] == "useful herb"
    assert change["artifactLocation"]["uri"] == "house.md"


def test_severity_override_changes_the_sarif_level(project):
    (project / "claimcheck.toml").write_text("extend-rules = ['house.yaml']\n[severity]\n'house/' = 'info'\n")
    run = sarif_of("house.md")["runs"][0]
    result = next(r for r in run["results"] if r["ruleId"] == "house/miracle-herb")
    assert result["level"] == "note"


# ----------------------------------------------------------------------------- GitHub


def test_github_workflow_commands():
    findings = findings_of("flagged.md")
    result = invoke("--format", "github", "flagged.md")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(findings)
    commands = {"error": "::error", "warning": "::warning", "info": "::notice"}
    for line, finding in zip(lines, findings):
        expected = (f"{commands[finding['severity']]} file=flagged.md,line={finding['line']},"
                    f"col={finding['column']},endLine={finding['end_line']},"
                    f"endColumn={finding['end_column']},title={escape_property(finding['rule'])}::")
        assert line.startswith(expected)
        assert escape_data(finding["message"]) in line


def test_github_escaping_rules():
    assert escape_data("50% off\r\nnow") == "50%25 off%0D%0Anow"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert escape_property("efficacy/cure-claim") == "efficacy/cure-claim"


def test_github_escapes_a_path_with_a_comma(project):
    (project / "a,b.md").write_text(FLAGGED, encoding="utf-8")
    result = invoke("--format", "github", "a,b.md")
    assert result.stdout.splitlines()[0].split(" ", 1)[1].startswith("file=a%2Cb.md,line=")


# ------------------------------------------------------------------------------ JUnit


def test_junit_one_case_per_file_one_failure_per_finding():
    findings = findings_of("flagged.md", "clean.md", "house.md")
    result = invoke("--format", "junit", "flagged.md", "clean.md", "house.md")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout)
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"flagged.md", "clean.md", "house.md"}
    assert cases["clean.md"].findall("failure") == []
    for name, case in cases.items():
        expected = [f["rule"] for f in findings if f["path"] == name]
        assert [failure.get("type") for failure in case.findall("failure")] == expected
    assert root.get("failures") == str(len(findings))


def test_junit_reports_unreadable_inputs_as_errors():
    result = invoke("--format", "junit", "missing.md", "clean.md")
    root = ET.fromstring(result.stdout)
    errors = [case for case in root.iter("testcase") if case.find("error") is not None]
    assert [case.get("name") for case in errors] == ["missing.md"]


# ------------------------------------------------------------- output, quiet, stats


def test_output_file_receives_the_report(project):
    result = invoke("--format", "sarif", "--output", "report.sarif", "flagged.md")
    assert result.exit_code == 1
    assert result.stdout == ""
    jsonschema.validate(json.loads((project / "report.sarif").read_text(encoding="utf-8")), SCHEMA)


def test_statistics_counts_per_rule():
    findings = findings_of("flagged.md", "house.md")
    result = invoke("--statistics", "flagged.md", "house.md")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    for rule in {f["rule"] for f in findings}:
        count = sum(f["rule"] == rule for f in findings)
        assert any(line.split()[:2] == [str(count), rule] for line in lines), (rule, lines)
    assert any("[*]" in line and "house/miracle-herb" in line for line in lines)
    assert lines[-1].split() == [str(len(findings)), "total"]
    stats = json.loads(invoke("--statistics", "--format", "json", "flagged.md", "house.md").stdout)
    assert sum(row["count"] for row in stats) == len(findings)


def test_quiet_prints_findings_only():
    loud = invoke("flagged.md", "clean.md").stdout
    quiet = invoke("--quiet", "flagged.md", "clean.md").stdout
    assert "clean.md" in loud and "clean.md" not in quiet
    assert "finding" in loud.splitlines()[-1] and "finding" not in quiet.strip().splitlines()[-1]
    assert "efficacy/cure-claim" in quiet


@pytest.mark.parametrize("fail_on, expected", [("never", 0), ("error", 1), ("info", 1)])
def test_fail_on(fail_on, expected):
    assert invoke("--fail-on", fail_on, "flagged.md").exit_code == expected


def test_fail_on_below_the_threshold_passes(project):
    (project / "claimcheck.toml").write_text("extend-rules = ['house.yaml']\n", encoding="utf-8")
    (project / "mild.md").write_text("Ashwagandha is a miracle herb.\n", encoding="utf-8")
    assert invoke("--fail-on", "error", "mild.md").exit_code == 0
    assert invoke("--fail-on", "warning", "mild.md").exit_code == 1
    assert invoke("clean.md").exit_code == 0


def test_github_paths_are_relative_to_the_checkout(project):
    result = invoke("--format", "github", str(project / "flagged.md"))
    assert all(" file=flagged.md," in line for line in result.stdout.splitlines())
