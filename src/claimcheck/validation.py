"""Rule and knowledge files checked on load against the JSON Schemas shipped in
``claimcheck/schema/`` (the same files editors use to autocomplete the YAML), plus the
checks a schema cannot express: regexes that compile and cannot backtrack
catastrophically, lexicon and substance references that resolve.

Every problem is one :class:`RuleFileError` naming the file and line.
"""
from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from pathlib import Path

from .rulefiles import RuleFileError

try:  # Python 3.11+
    import re._parser as _regex_parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser  # type: ignore[no-redef]

SCHEMA_DIR = Path(__file__).with_name("schema")
RULES_SCHEMA = SCHEMA_DIR / "rules.schema.json"
KNOWLEDGE_SCHEMA = SCHEMA_DIR / "knowledge.schema.json"
CONTEXT_SCHEMA = SCHEMA_DIR / "context.schema.json"
# Fields of a rule that name substances from the knowledge base.
SUBSTANCE_FIELDS = ("substance", "substances", "partners")


# ----------------------------------------------------------------------------- schema


@lru_cache(maxsize=None)
def _schema(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _validator(path: Path):
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema(path))


def validate_rule_file(data, path) -> None:
    """Raise on the first schema violation or unsafe regex in a parsed rule file."""
    _raise_first_error(_validator(RULES_SCHEMA), data, path, _rule_keys())
    for entry in data.get("rules") or []:
        match = entry.get("match") or {}
        regex = match.get("regex")
        if regex is None:
            continue
        problem = regex_problem(regex)
        if problem:
            line = getattr(match, "key_lines", {}).get("regex") or getattr(entry, "line", 0)
            raise RuleFileError(str(path), line, f"rule {entry.get('id')!r}: {problem}")


def validate_knowledge_file(data, path) -> None:
    _raise_first_error(_validator(KNOWLEDGE_SCHEMA), data, path, ())


def validate_context_file(data, path) -> None:
    _raise_first_error(_validator(CONTEXT_SCHEMA), data, path, ())


@lru_cache(maxsize=None)
def _rule_keys() -> tuple[str, ...]:
    """Every key a rule of some kind may carry (for 'did you mean' hints)."""
    defs = _schema(RULES_SCHEMA)["$defs"]
    keys = set(defs["rule"]["properties"])
    for name in ("phraseFields", "relationFields", "identityFields", "requirementFields"):
        keys |= set(defs[name].get("properties", {}))
    return tuple(sorted(keys))


def _raise_first_error(validator, data, path, known_keys) -> None:
    errors = list(validator.iter_errors(data))
    if not errors:
        return
    # A failing kind-specific block also makes its keys look "unevaluated"; the real
    # problem is the other error, so unknown-key errors come last among equals.
    specific = [e for e in errors if e.validator != "unevaluatedProperties"] or errors
    located = [(_line_of(data, e), e) for e in specific]
    line, error = min(located, key=lambda pair: (pair[0], len(pair[1].absolute_path)))
    key_line, message = _describe(error, data, known_keys)
    raise RuleFileError(str(path), key_line or line, message)


def _line_of(data, error) -> int:
    """The line of the deepest mapping key on the error's path."""
    line = getattr(data, "line", 0)
    node = data
    for step in error.absolute_path:
        key_line = getattr(node, "key_lines", {}).get(step) if isinstance(node, dict) else None
        if key_line:
            line = key_line
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if getattr(node, "line", 0):
            line = node.line
    return line


def _rule_prefix(data, error) -> str:
    steps = list(error.absolute_path)
    if len(steps) >= 2 and steps[0] in ("rules", "substances") and isinstance(steps[1], int):
        try:
            entry = data[steps[0]][steps[1]]
        except (KeyError, IndexError, TypeError):
            return ""
        if isinstance(entry, dict) and "id" in entry:
            noun = "rule" if steps[0] == "rules" else "substance"
            return f"{noun} {entry['id']!r}: "
    return ""


def _field_name(error) -> str:
    """The failing field's path inside its rule (or entry): ``examples.pass[0]``."""
    steps = list(error.absolute_path)
    if len(steps) >= 2 and isinstance(steps[1], int):
        steps = steps[2:]
    name = ""
    for step in steps:
        name += f"[{step}]" if isinstance(step, int) else (f".{step}" if name else str(step))
    return name or "file"


_QUOTED = re.compile(r"'([^']*)'")
_TYPE_NAMES = {"string": "text", "array": "a list", "object": "a mapping", "integer": "a whole number",
               "boolean": "true or false", "number": "a number", "null": "empty"}


def _describe(error, data, known_keys) -> tuple[int, str]:
    """(line or 0, message) for one schema error, in the words of a rule author."""
    prefix = _rule_prefix(data, error)
    field = _field_name(error)
    kind = error.validator
    if kind in ("additionalProperties", "unevaluatedProperties"):
        unexpected = _QUOTED.findall(error.message.rsplit("(", 1)[-1])
        instance = error.instance
        key = unexpected[0] if unexpected else "?"
        allowed = list(error.schema.get("properties", {})) if kind == "additionalProperties" else list(known_keys)
        hint = difflib.get_close_matches(key, allowed, n=1)
        line = getattr(instance, "key_lines", {}).get(key, 0) if isinstance(instance, dict) else 0
        where = f" in '{field}'" if field != "file" and error.absolute_path else ""
        return line, f"{prefix}unknown key {key!r}{where}" + (f" (did you mean {hint[0]!r}?)" if hint else "")
    if kind == "required":
        missing = _QUOTED.findall(error.message)
        return 0, f"{prefix}missing required key {missing[0] if missing else error.message!r}"
    if kind == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        hint = ""
        if "string" in wanted and isinstance(error.instance, dict):
            hint = " (quote it: unquoted YAML text containing ': ' reads as a mapping)"
        elif "string" in wanted and isinstance(error.instance, bool):
            hint = " (quote it: YAML reads unquoted yes/no/on/off/true/false as true or false)"
        return 0, (f"{prefix}'{field}' must be {' or '.join(_TYPE_NAMES.get(t, t) for t in wanted)}, "
                   f"not {_shown(error.instance)}{hint}")
    if kind in ("enum", "const"):
        choices = error.validator_value if kind == "enum" else [error.validator_value]
        return 0, f"{prefix}'{field}' must be one of {', '.join(map(str, choices))}, not {_shown(error.instance)}"
    if kind == "pattern":
        if field == "id":
            return 0, f"{prefix}id {error.instance!r} must be lower-case 'category/name'"
        if field == "references":
            return 0, f"{prefix}reference {error.instance!r} must be an http(s) URL"
        return 0, f"{prefix}'{field}' value {error.instance!r} does not match {error.validator_value}"
    if kind in ("minItems", "minLength", "minProperties"):
        return 0, f"{prefix}'{field}' must not be empty"
    if kind in ("oneOf", "anyOf") and error.context:
        from jsonschema.exceptions import best_match

        deepest = best_match(error.context)
        line, message = _describe(deepest, data, known_keys)
        return line, message
    return 0, f"{prefix}{error.message}"


def _shown(value) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


# ----------------------------------------------------------------------------- regexes

_REPEATS = {_regex_parser.MAX_REPEAT, _regex_parser.MIN_REPEAT}
_UNBOUNDED = _regex_parser.MAXREPEAT
_SAMPLE_CHARS = [chr(c) for c in range(256)] + ["é", "ü", "—", "’", "中"]


def regex_problem(pattern: str) -> str | None:
    """Why a regex is unusable (does not compile, or can backtrack catastrophically), else None."""
    try:
        re.compile(pattern)
        parsed = _regex_parser.parse(pattern)
    except (re.error, OverflowError, RecursionError) as error:
        return f"invalid regex {pattern!r}: {error}"
    danger = _find_danger(list(parsed), inside_unbounded=False)
    if danger:
        return f"regex {pattern!r} can backtrack catastrophically ({danger}); rewrite it without a repeat inside a repeat"
    return None


def _find_danger(items, inside_unbounded: bool) -> str | None:
    for op, value in items:
        if op in _REPEATS:
            low, high, body = value
            if inside_unbounded and high > 1:
                return "nested quantifier"
            unbounded = high == _UNBOUNDED
            if unbounded and _has_overlapping_branch(list(body)):
                return "overlapping alternatives inside a repeat"
            found = _find_danger(list(body), inside_unbounded or unbounded)
            if found:
                return found
        elif op == _regex_parser.SUBPATTERN:
            found = _find_danger(list(value[-1]), inside_unbounded)
            if found:
                return found
        elif op == _regex_parser.BRANCH:
            for alternative in value[1]:
                found = _find_danger(list(alternative), inside_unbounded)
                if found:
                    return found
    return None


def _has_overlapping_branch(items) -> bool:
    for op, value in items:
        if op == _regex_parser.SUBPATTERN:
            if _has_overlapping_branch(list(value[-1])):
                return True
        elif op == _regex_parser.BRANCH:
            firsts = [_first_chars(list(alternative)) for alternative in value[1]]
            for i, left in enumerate(firsts):
                for right in firsts[i + 1:]:
                    if left & right:
                        return True
    return False


def _first_chars(items) -> frozenset[str]:
    """Characters (from a sample) that can start a match of the sequence ``items``."""
    chars: set[str] = set()
    for op, value in items:
        if op == _regex_parser.AT:
            continue
        if op == _regex_parser.SUBPATTERN:
            chars |= _first_chars(list(value[-1]))
            return frozenset(chars)  # an optional group is rare enough to ignore here
        if op == _regex_parser.BRANCH:
            for alternative in value[1]:
                chars |= _first_chars(list(alternative))
            return frozenset(chars)
        if op in _REPEATS:
            chars |= _first_chars(list(value[2]))
            if value[0] == 0:
                continue  # may match nothing: what follows can start the match too
            return frozenset(chars)
        return frozenset(chars | {c for c in _SAMPLE_CHARS if _char_matches(op, value, c)})
    return frozenset(_SAMPLE_CHARS)  # an empty alternative overlaps everything


def _char_matches(op, value, char: str) -> bool:
    p = _regex_parser
    if op == p.LITERAL:
        return char == chr(value)
    if op == p.NOT_LITERAL:
        return char != chr(value)
    if op == p.ANY:
        return char != "\n"
    if op == p.RANGE:
        return value[0] <= ord(char) <= value[1]
    if op == p.CATEGORY:
        return _category_matches(str(value), char)
    if op == p.IN:
        negate = bool(value) and value[0][0] == p.NEGATE
        members = value[1:] if negate else value
        hit = any(_char_matches(o, v, char) for o, v in members)
        return hit != negate
    return True  # anything else (backreferences, lookarounds): assume it can


def _category_matches(category: str, char: str) -> bool:
    tests = {
        "DIGIT": str.isdigit,
        "SPACE": str.isspace,
        "WORD": lambda c: c.isalnum() or c == "_",
        "LINEBREAK": lambda c: c == "\n",
    }
    for name, test in tests.items():
        if category.endswith("NOT_" + name):
            return not test(char)
        if category.endswith(name):
            return test(char)
    return True


# -------------------------------------------------------------------------- references


def check_references(book, knowledge=None) -> None:
    """Every ``{lexicon: name}`` a rule uses must exist; every substance it names must be
    in the knowledge base (when one is given)."""
    known_substances = None
    if knowledge is not None:
        known_substances = set(knowledge.substances) | set(knowledge.partners)
    for rule in book.rules:
        path = rule.origin.rsplit(":", 1)[0]
        for node, key, value in _walk(rule.spec):
            line = getattr(node, "key_lines", {}).get(key) or getattr(node, "line", 0)
            if key == "lexicon" and isinstance(value, str) and value not in book.lexicons:
                raise RuleFileError(path, line, f"rule {rule.id!r}: unknown lexicon {value!r}"
                                    + _hint(value, book.lexicons))
            if known_substances is None:
                continue
            if key in SUBSTANCE_FIELDS or (key == "mentions" and node is not rule.spec):
                for name in value if isinstance(value, list) else [value]:
                    if isinstance(name, str) and name not in known_substances:
                        raise RuleFileError(path, line, f"rule {rule.id!r}: unknown substance {name!r}"
                                            + _hint(name, known_substances))


def _walk(node):
    """(mapping, key, value) for every key of every mapping inside ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "examples":
                continue
            yield node, key, value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _hint(name: str, known) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
