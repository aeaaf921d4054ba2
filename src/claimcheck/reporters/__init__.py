"""Reporters only format: each turns a `RunResult` into one output format."""
from __future__ import annotations

from collections import Counter

FORMATS = ("text", "concise", "json", "sarif", "github", "junit")


def summary(run) -> dict:
    findings = run.findings
    return {
        "files": len(run.files),
        "findings": len(findings),
        "by_category": dict(sorted(Counter(f.category for f in findings).items())),
        "by_severity": dict(sorted(Counter(f.severity for f in findings).items())),
    }


def get_reporter(name: str):
    from importlib import import_module

    module = import_module(f".{name}_report", __name__)
    return module.report
