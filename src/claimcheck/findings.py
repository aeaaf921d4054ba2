"""The one finding type that crosses every stage boundary."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

Category = Literal["botanical", "efficacy", "safety"]
Scope = Literal["sentence", "document"]
Severity = Literal["error", "warning", "info"]

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Fix:
    """A replacement of ``text[start:end]`` (code-point offsets into the source)."""

    start: int
    end: int
    replacement: str
    safe: bool = True

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


@dataclass
class Finding:
    rule: str
    category: Category
    scope: Scope
    severity: Severity
    subject: str | None
    start: int
    end: int
    message: str
    correction: str
    fix: Fix | None = None
    references: list[str] = field(default_factory=list)
    # Filled in by `locate` once the source text is known.
    path: str = ""
    text: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.rule, self.subject or "")

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "rule": self.rule,
            "category": self.category,
            "scope": self.scope,
            "severity": self.severity,
            "subject": self.subject,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "correction": self.correction,
            "fix": self.fix.to_dict() if self.fix else None,
            "references": list(self.references),
        }


_LINE_END = re.compile(r"\r\n|\r|\n")
_NEWLINE = re.compile("\n")


class LineIndex:
    """Maps code-point offsets to 1-based (line, column); column counts code points."""

    def __init__(self, text: str):
        self.text = text
        # A line ends at "\n", "\r\n" or a lone "\r" (searched in C, not a loop per character); in
        # text without "\r", "\n" alone is searched for: a literal, found many times faster than
        # the alternation, which the regex engine tries at every position.
        line_end = _LINE_END if "\r" in text else _NEWLINE
        self.line_starts = [0] + [match.end() for match in line_end.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1


def locate(findings: list[Finding], path: str, text: str) -> list[Finding]:
    """Fill in path, text and line/column of each finding from the source text."""
    index = LineIndex(text)
    for finding in findings:
        finding.path = path
        finding.text = text[finding.start:finding.end]
        finding.line, finding.column = index.position(finding.start)
        finding.end_line, finding.end_column = index.position(finding.end)
    return findings
