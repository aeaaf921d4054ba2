"""Suppression comments: a filter applied to findings after checking (as textlint does).

Directives are read from the ORIGINAL text, so they work the same in Markdown, HTML and
plain text, and their line numbers are the file's:

* ``<!-- claimcheck-disable-next-line RULE -->`` silences the line after the comment;
* ``<!-- claimcheck-disable-line RULE -->`` silences the line the comment starts on;
* ``<!-- claimcheck-disable RULE -->`` … ``<!-- claimcheck-enable RULE -->`` silences a
  range (the last directive before a finding that names its rule decides);
* ``# claimcheck: ignore RULE`` at the very end of a line silences that line.

The rule list is optional (none means every rule); rules may be ids, id prefixes or
categories, separated by commas (or spaces, inside an HTML comment); a reason may
follow ``--``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .config import selector_matches
from .findings import Finding, LineIndex
from .rulebook import Rule

UNUSED_RULE_ID = "suppression/unused"
EVERY_RULE = "*"

UNUSED_SUPPRESSION_RULE = Rule(
    id=UNUSED_RULE_ID,
    kind="meta",
    category="suppression",
    severity="warning",
    scope="sentence",
    summary="A suppression comment that silenced nothing.",
    description="Reported with --report-unused-suppressions: the comment names a rule that did not "
                "fire where the comment applies, so it can be removed (or it is misplaced).",
    message="unused suppression",
    correction="Remove the comment, or the rules in it that no longer fire.",
    references=[],
    fix=None,
    examples={},
    spec={},
    origin="claimcheck/suppressions.py",
)

# The directive's name ends at a space or the comment's end, so that a misspelt one
# ("claimcheck-disable-file") is never read as `disable` with a rule named "-file".
_COMMENT = re.compile(r"<!--[ \t]*claimcheck-([A-Za-z][\w-]*?)(?=\s|-->)(.*?)-->", re.S)
_COMMENT_KINDS = {"disable-next-line": "next-line", "disable-line": "line", "disable": "disable",
                  "enable": "enable"}
_SELECTOR = r"[A-Za-z*][\w.*-]*(?:/[\w.*-]*)?"
# Only a comma-separated rule list and an optional reason may follow, so that prose which
# merely mentions "# claimcheck: ignore" mid-sentence is not a directive.
_LINE_IGNORE = re.compile(
    rf"#[ \t]*claimcheck:[ \t]*ignore((?:[ \t]+{_SELECTOR}(?:[ \t]*,[ \t]*{_SELECTOR})*)?"
    r"(?:[ \t]+--[^\r\n]*)?)[ \t]*(?=\r\n|\r|\n|\Z)"
)


@dataclass
class Directive:
    kind: str  # "next-line", "disable", "enable" or "ignore"
    rules: tuple[str, ...]  # empty: every rule
    reason: str
    start: int  # the comment's span in the original text
    end: int
    line: int  # the line the directive governs (next-line, ignore) or starts on
    used: set[str] = field(default_factory=set)

    def matching_selector(self, finding: Finding) -> str | None:
        if not self.rules:
            return EVERY_RULE
        return next((s for s in self.rules if selector_matches(s, finding.rule, finding.category)), None)


def _split_body(body: str) -> tuple[tuple[str, ...], str]:
    rules_part, _, reason = body.partition("--")
    rules = tuple(part for part in re.split(r"[\s,]+", rules_part) if part)
    return rules, reason.strip()


def parse_directives(text: str) -> list[Directive]:
    """Every suppression directive in `text`, in order of position."""
    lines = LineIndex(text)
    directives = []
    for match in _COMMENT.finditer(text):
        kind = _COMMENT_KINDS.get(match.group(1), "unknown")
        rules, reason = _split_body(match.group(2))
        if kind == "unknown":  # silences nothing; --report-unused-suppressions names it
            rules, reason = (f"claimcheck-{match.group(1)}",), ""
        end_line = lines.position(match.end())[0]
        line = end_line + 1 if kind == "next-line" else lines.position(match.start())[0]
        directives.append(Directive(kind, rules, reason, match.start(), match.end(), line))
    for match in _LINE_IGNORE.finditer(text):
        if _inside_comment(match.start(), directives):
            continue
        rules, reason = _split_body(match.group(1))
        line = lines.position(match.start())[0]
        directives.append(Directive("ignore", rules, reason, match.start(), match.end(), line))
    return sorted(directives, key=lambda d: d.start)


def _inside_comment(offset: int, directives: list[Directive]) -> bool:
    return any(d.start <= offset < d.end for d in directives)


def _range_directive(finding: Finding, ranges: list[Directive]) -> tuple[Directive | None, str | None]:
    """The disable directive silencing `finding`, if the last one naming its rule is a disable."""
    decided: tuple[Directive | None, str | None] = (None, None)
    for directive in ranges:
        if directive.end > finding.start:
            break
        selector = directive.matching_selector(finding)
        if selector is not None:
            decided = (directive, selector) if directive.kind == "disable" else (None, None)
    return decided


def filter_suppressed(findings: list[Finding], directives: list[Directive]) -> list[Finding]:
    """Drop suppressed findings, marking on each directive which of its rules were used."""
    if not directives:
        return findings
    ranges = [d for d in directives if d.kind in ("disable", "enable")]
    per_line = [d for d in directives if d.kind in ("next-line", "line", "ignore")]
    kept = []
    for finding in findings:
        silenced = False
        for directive in per_line:
            if directive.line == finding.line:
                selector = directive.matching_selector(finding)
                if selector is not None:
                    directive.used.add(selector)
                    silenced = True
        directive, selector = _range_directive(finding, ranges)
        if directive is not None:
            directive.used.add(selector)
            silenced = True
        if not silenced:
            kept.append(finding)
    return kept


def unused_suppressions(directives: list[Directive]) -> list[Finding]:
    """One finding per directive (or per rule in it) that silenced nothing."""
    reported = []
    for directive in directives:
        if directive.kind == "enable":
            continue
        if directive.kind == "unknown":
            reported.append(_unused_finding(
                directive, f"unknown directive '{directive.rules[0]}': it silences nothing (use "
                           "claimcheck-disable-next-line, -disable-line, -disable or -enable)"))
            continue
        if not directive.rules:
            unused = [] if directive.used else ["every rule"]
        else:
            unused = [rule for rule in directive.rules if rule not in directive.used]
        if not unused:
            continue
        names = ", ".join(unused)
        reported.append(_unused_finding(directive, f"unused suppression ({names}): nothing it names was reported here"))
    return reported


def _unused_finding(directive: Directive, message: str) -> Finding:
    return Finding(
        rule=UNUSED_RULE_ID, category="suppression", scope="sentence",
        severity=UNUSED_SUPPRESSION_RULE.severity, subject=None,
        start=directive.start, end=directive.end, message=message,
        correction=UNUSED_SUPPRESSION_RULE.correction,
    )
