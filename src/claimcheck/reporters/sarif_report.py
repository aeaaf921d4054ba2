"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps…).

Rule metadata comes from the loaded rules (`RunResult.rules`); each result points at its
span with line/column and character offsets into the original file (columns count code
points, declared by ``columnKind``), and a fix becomes a SARIF ``fixes`` entry.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/claimcheck/claimcheck"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SOURCE_ROOT = "SRCROOT"


def _uri(path: str) -> str:
    """A relative, percent-encoded URI when the file is under the working directory."""
    if path.startswith("<"):
        return quote(path.strip("<>"))
    relative = os.path.relpath(os.path.abspath(path))
    if relative.startswith(".."):
        return Path(os.path.abspath(path)).as_uri()
    return quote(Path(relative).as_posix())


def _location(path: str, uri: str) -> dict:
    location = {"uri": uri}
    if not uri.startswith("file:"):
        location["uriBaseId"] = SOURCE_ROOT
    return location


def _region(start: int, end: int, line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
            "charOffset": start, "charLength": end - start}


def _rule_descriptor(rule_id: str, rule) -> dict:
    if rule is None:
        return {"id": rule_id}
    from .. import ruledocs

    explanation = ruledocs.explain(rule)  # what `claimcheck rule ID` prints
    descriptor = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": ruledocs.summary(rule)},
        "fullDescription": {"text": ruledocs.full_description(rule)},
        "help": {"text": explanation, "markdown": explanation},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": [rule.category], "fixable": rule.fixable},
    }
    help_uri = ruledocs.help_uri(rule)
    if help_uri:
        descriptor["helpUri"] = help_uri
    return descriptor


def _fix(finding, uri_location: dict, text: str) -> dict:
    from ..findings import LineIndex

    fix = finding.fix
    lines = LineIndex(text)
    start_line, start_column = lines.position(fix.start)
    end_line, end_column = lines.position(fix.end)
    return {
        "description": {"text": f"Replace with {fix.replacement!r}" + ("" if fix.safe else " (unsafe: review it)")},
        "artifactChanges": [{
            "artifactLocation": uri_location,
            "replacements": [{
                "deletedRegion": _region(fix.start, fix.end, start_line, start_column, end_line, end_column),
                "insertedContent": {"text": fix.replacement},
            }],
        }],
    }


def build_log(run) -> dict:
    used_ids = sorted({f.rule for f in run.findings})
    rule_ids = sorted(set(run.rules) | set(used_ids))
    index = {rule_id: position for position, rule_id in enumerate(rule_ids)}
    results = []
    for file_result in run.files:
        uri_location = _location(file_result.path, _uri(file_result.path))
        for finding in file_result.findings:
            result = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": LEVELS[finding.severity],
                "message": {"text": finding.message + (f" {finding.correction}" if finding.correction else "")},
                "locations": [{"physicalLocation": {
                    "artifactLocation": uri_location,
                    "region": _region(finding.start, finding.end, finding.line, finding.column,
                                      finding.end_line, finding.end_column),
                }}],
                "properties": {"category": finding.category, "scope": finding.scope},
            }
            if finding.subject:
                result["properties"]["subject"] = finding.subject
            if finding.fix is not None:
                result["fixes"] = [_fix(finding, uri_location, file_result.source.text)]
            results.append(result)
    invocation = {
        "executionSuccessful": not run.errors,
        "toolExecutionNotifications": [
            {"level": "error", "message": {"text": error.message},
             "locations": [{"physicalLocation": {"artifactLocation": _location(error.path, _uri(error.path))}}]}
            for error in run.errors
        ],
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "claimcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(rule_id, run.rules.get(rule_id)) for rule_id in rule_ids],
            }},
            "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path(os.getcwd()).as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation],
            "results": results,
        }],
    }


def report(run, out, **options) -> None:
    json.dump(build_log(run), out, ensure_ascii=False, indent=2)
    out.write("\n")
