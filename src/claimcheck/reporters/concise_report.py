"""``--format concise``: one line per finding, ``path:line:col: severity rule message``."""
from __future__ import annotations


def report(run, out, **options) -> None:
    for finding in run.findings:
        out.write(f"{finding.path}:{finding.line}:{finding.column}: {finding.severity} "
                  f"[{finding.rule}] {finding.message}\n")
    for error in run.errors:
        out.write(f"{error.path}: error: {error.message}\n")
