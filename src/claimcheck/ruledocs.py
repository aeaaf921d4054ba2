"""A rule's documentation, written once from its YAML: the one-line summary that
``claimcheck rules`` lists, and the full explanation that ``claimcheck rule ID`` prints
and SARIF carries (``fullDescription``, ``help``, ``helpUri``). Nothing here imports spaCy.
"""
from __future__ import annotations

import string

from .rulebook import Rule

# How a correction template reads when no particular substance is being discussed.
_PLACEHOLDERS = {"name": "the product", "Name": "The product", "subject": "the product", "match": "…"}


class _Placeholders(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def render_template(template: str) -> str:
    try:
        return string.Formatter().vformat(template, (), _Placeholders(_PLACEHOLDERS))
    except (ValueError, IndexError):  # a stray brace: show the template as written
        return template


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def summary(rule: Rule) -> str:
    """What the rule flags, in one line."""
    return one_line(rule.summary or render_template(rule.message))


def fix_safety(rule: Rule) -> str:
    """``safe``, ``unsafe`` or ``""`` (no fix)."""
    if not rule.fix:
        return ""
    return "safe" if rule.fix.get("safe") else "unsafe"


def full_description(rule: Rule) -> str:
    """Why the rule matters (else what it flags), in one paragraph: SARIF's ``fullDescription``."""
    return one_line(rule.description) if rule.description else summary(rule)


def help_uri(rule: Rule) -> str | None:
    """Where to read more: the rule's first reference (SARIF's ``helpUri``)."""
    return rule.references[0] if rule.references else None


def explain(rule: Rule) -> str:
    """The full explanation, as Markdown: what it flags, why it matters, examples flagged
    and passed, the correction, the fix and the references."""
    lines = [f"# {rule.id}", ""]
    facts = [f"category: {rule.category}", f"severity: {rule.severity}", f"kind: {rule.kind}",
             f"scope: {rule.scope}"]
    safety = fix_safety(rule)
    facts.append(f"fix: {safety}" if safety else "fix: none")
    lines += [" · ".join(facts), f"Defined in {rule.origin}.", ""]
    lines += ["## What it flags", "", summary(rule), ""]
    if rule.description:
        lines += ["## Why it matters", "", one_line(rule.description), ""]
    flagged = list(rule.examples.get("flag") or []) if isinstance(rule.examples, dict) else []
    passed = list(rule.examples.get("pass") or []) if isinstance(rule.examples, dict) else []
    if flagged:
        lines += ["## Flagged", ""] + [f"- {one_line(text)}" for text in flagged] + [""]
    if passed:
        lines += ["## Not flagged", ""] + [f"- {one_line(text)}" for text in passed] + [""]
    lines += ["## Message", "", render_template(rule.message), ""]
    if rule.correction:
        lines += ["## Correction", "", render_template(rule.correction), ""]
    if safety:
        how = "`--fix` applies it" if safety == "safe" else "applied only with `--fix --unsafe-fixes`"
        lines += ["## Fix", "", f"This rule's fix is {safety}: {how}."]
        replace = rule.fix.get("replace")
        if isinstance(replace, dict):
            lines += [""] + [f"- '{old}' → '{new}'" for old, new in replace.items()]
        elif isinstance(replace, str):
            lines += ["", f"- the match → '{replace}'"]
        lines.append("")
    if rule.references:
        lines += ["## References", ""] + [f"- {reference}" for reference in rule.references] + [""]
    return "\n".join(lines).rstrip() + "\n"


def listing(rule: Rule) -> dict:
    """One row of ``claimcheck rules`` (and its ``--format json``)."""
    return {
        "id": rule.id,
        "category": rule.category,
        "severity": rule.severity,
        "kind": rule.kind,
        "scope": rule.scope,
        "fixable": bool(rule.fix),
        "fix": fix_safety(rule) or None,
        "summary": summary(rule),
        "origin": rule.origin,
    }


def as_json(rule: Rule) -> dict:
    """Everything ``claimcheck rule ID --format json`` shows."""
    return {
        **listing(rule),
        "description": one_line(rule.description) if rule.description else "",
        "full_description": full_description(rule),
        "message": rule.message,
        "correction": rule.correction,
        "examples": {"flag": list((rule.examples or {}).get("flag") or []),
                     "pass": list((rule.examples or {}).get("pass") or [])},
        "references": list(rule.references),
        "help_uri": help_uri(rule),
        "explanation": explain(rule),
    }
