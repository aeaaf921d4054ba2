"""``--format github``: GitHub Actions workflow commands, which annotate the pull request.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message``; warning
becomes ``::warning`` and info ``::notice``.  Escaping follows the Actions runner: in the
message ``%``, CR and LF; in property values also ``:`` and ``,``.
"""
from __future__ import annotations

import os

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _workspace_path(path: str) -> str:
    """Annotations attach to files by path relative to the checkout (the working directory)."""
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return relative.replace(os.sep, "/")
    return path


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(name: str, properties: dict, message: str) -> str:
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {rendered}::{escape_data(message)}\n"


def report(run, out, **options) -> None:
    for finding in run.findings:
        message = finding.message + (f"\n{finding.correction}" if finding.correction else "")
        out.write(_command(COMMANDS[finding.severity], {
            "file": _workspace_path(finding.path),
            "line": finding.line,
            "col": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
            "title": finding.rule,
        }, message))
    for error in run.errors:
        out.write(_command("error", {"file": _workspace_path(error.path), "title": "input error"}, error.message))
