"""Rules as data: loading rule files into `Rule` objects, checked for the fields every rule needs.

A rule file is YAML with an optional ``lexicons`` mapping (named phrase lists that rules
refer to as ``{lexicon: name}``) and a ``rules`` list. A rule's ``kind`` selects the code
that checks it (one module per kind in ``claimcheck.kinds``); everything else is data.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .evidence import EVIDENCE_FILE
from .rulefiles import RuleFileError, load_yaml, shipped_rules_dir
from .validation import check_references, validate_context_file, validate_rule_file

RULE_KINDS = ("phrase", "relation", "identity", "requirement")
CATEGORIES = ("botanical", "efficacy", "safety")
SEVERITIES = ("error", "warning", "info")
CONTEXT_KINDS = ("negated", "hedged", "attributed", "question", "conditional")
KNOWLEDGE_FILE = "botanicals.yaml"
CONTEXT_FILE = "context.yaml"


@dataclass
class Rule:
    id: str
    kind: str
    category: str
    severity: str
    scope: str
    summary: str
    description: str
    message: str
    correction: str
    references: list[str]
    fix: dict | None
    examples: dict
    spec: dict
    origin: str  # "path:line"

    @property
    def name(self) -> str:
        return self.id.rsplit("/", 1)[-1]

    @property
    def fixable(self) -> bool:
        return bool(self.fix)

    @property
    def unless(self) -> set[str]:
        return set(self.spec.get("unless", CONTEXT_KINDS))


@dataclass
class RuleBook:
    rules: list[Rule] = field(default_factory=list)
    lexicons: dict[str, list[str]] = field(default_factory=dict)
    context: dict = field(default_factory=dict)
    knowledge_path: Path | None = None
    files: list[Path] = field(default_factory=list)
    attribute_names: set[str] | None = None  # see token_attributes; found when the book is compiled

    def token_attributes(self) -> set[str]:
        """Every upper-case key in a rule, lexicon or context spec: the token attributes patterns read."""
        if self.attribute_names is None:
            self.attribute_names = _upper_case_keys([[rule.spec for rule in self.rules], self.lexicons, self.context])
        return self.attribute_names

    def by_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def lexicon(self, reference, where: str = "") -> list[str]:
        """Resolve a phrase list written inline or as ``{lexicon: name}`` (or a list mixing both)."""
        if reference is None:
            return []
        if isinstance(reference, str):
            return [reference]
        if isinstance(reference, dict):
            name = reference.get("lexicon")
            if name not in self.lexicons:
                raise RuleFileError(where, getattr(reference, "line", 0), f"unknown lexicon '{name}'")
            return list(self.lexicons[name])
        phrases: list[str] = []
        for item in reference:
            phrases.extend(self.lexicon(item, where))
        return phrases


REQUIRED_FIELDS = ("id", "kind", "category", "severity", "message")


def _rule_from(entry: dict, path: Path) -> Rule:
    line = getattr(entry, "line", 0)
    if not isinstance(entry, dict):
        raise RuleFileError(str(path), line, "each rule must be a mapping")
    for key in REQUIRED_FIELDS:
        if key not in entry:
            raise RuleFileError(str(path), line, f"rule {entry.get('id', '?')!r} has no '{key}'")
    if entry["kind"] not in RULE_KINDS:
        raise RuleFileError(str(path), line, f"rule {entry['id']!r}: unknown kind {entry['kind']!r}")
    if entry["category"] not in CATEGORIES:
        raise RuleFileError(str(path), line, f"rule {entry['id']!r}: unknown category {entry['category']!r}")
    if entry["severity"] not in SEVERITIES:
        raise RuleFileError(str(path), line, f"rule {entry['id']!r}: unknown severity {entry['severity']!r}")
    return Rule(
        id=entry["id"],
        kind=entry["kind"],
        category=entry["category"],
        severity=entry["severity"],
        scope="document" if entry["kind"] == "requirement" else "sentence",
        summary=entry.get("summary", ""),
        description=entry.get("description", ""),
        message=entry["message"],
        correction=entry.get("correction", ""),
        references=list(entry.get("references", [])),
        fix=entry.get("fix"),
        examples=entry.get("examples", {}),
        spec=entry,
        origin=f"{path}:{line}",
    )


def load_rulebook(extra_paths: list[Path] | tuple = ()) -> RuleBook:
    """Load the shipped rules, then any extra rule files (user packs) after them; parsed and
    validated once per content of the files (see `cache.compiled`)."""
    from .cache import compiled

    shipped = shipped_rules_dir()
    paths = _once([*sorted(shipped.glob("*.yaml")), *_extra_files(extra_paths)])
    return compiled("rulebook", paths, lambda: _load_rulebook(extra_paths))


def _extra_files(extra_paths) -> list[Path]:
    files: list[Path] = []
    for extra in extra_paths:
        extra = Path(extra)
        files.extend(sorted(extra.glob("*.yaml")) if extra.is_dir() else [extra])
    return files


def _once(paths: list[Path]) -> list[Path]:
    """Each file once, in order: a file named twice (a folder and a file in it, the
    config's `extend-rules` and `rules test FILE`) is one file, not a duplicate of itself."""
    seen: set[str] = set()
    unique = []
    for path in paths:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            unique.append(path)
    return unique


def _load_rulebook(extra_paths: list[Path] | tuple = ()) -> RuleBook:
    shipped = shipped_rules_dir()
    book = RuleBook(knowledge_path=shipped / KNOWLEDGE_FILE)
    shipped_files = sorted(shipped.glob("*.yaml"))
    paths = _once([*shipped_files, *_extra_files(extra_paths)])
    paths = [p for p in paths if not (p in shipped_files and p.name in (KNOWLEDGE_FILE, EVIDENCE_FILE))]
    seen: dict[str, str] = {}
    for path in paths:
        data = load_yaml(path) or {}
        if not isinstance(data, dict):
            raise RuleFileError(str(path), 1, "a rule file must be a mapping with 'rules' and/or 'lexicons'")
        book.files.append(path)
        if path.name == CONTEXT_FILE and path.parent == shipped:
            validate_context_file(data, path)
            book.context = data
            continue
        validate_rule_file(data, path)
        for name, phrases in (data.get("lexicons") or {}).items():
            book.lexicons.setdefault(name, [])
            book.lexicons[name].extend(phrases)
        for entry in data.get("rules") or []:
            rule = _rule_from(entry, path)
            if rule.id in seen:
                raise RuleFileError(str(path), getattr(entry, "line", 0),
                                    f"duplicate rule id {rule.id!r} (first defined at {seen[rule.id]})")
            seen[rule.id] = rule.origin
            book.rules.append(rule)
    check_references(book)
    book.token_attributes()  # kept in the compiled book: walking every spec costs each start-up
    return book


def _upper_case_keys(data) -> set[str]:
    if isinstance(data, dict):
        found = {key for key in data if isinstance(key, str) and key.isupper()}
        for value in data.values():
            found |= _upper_case_keys(value)
        return found
    if isinstance(data, list):
        return set().union(*map(_upper_case_keys, data))
    return set()
