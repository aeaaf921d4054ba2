"""``--format github``: GitHub Actions workflow commands, which annotate the pull request.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message``; warning
becomes ``::warning`` and info ``::notice``.  Escaping follows the Actions runner: in the
message ``%``, CR and LF; in property values also ``:`` and ``,``.
"""
from __future__ import annotations

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


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
            "file": finding.path,
            "line": finding.line,
            "col": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
            "title": finding.rule,
        }, message))
    for error in run.errors:
        out.write(_command("error", {"file": error.path, "title": "input error"}, error.message))
