"""Regexes compiled on first use, and from a stored program when one was kept.

Python's `re` compiles a long alternation slowly (spaCy's infix pattern takes tens of
milliseconds, the synergy rule's several) and cannot pickle the result: an unpickled pattern
is compiled again. Two remedies, invisible to the code that searches:

* `LazyRegex` compiles when a text first needs it (a cold run of one article uses few of
  the rules' and the evidence table's regexes), and pickles as its source;
* `stored_programs` keeps, in the compiled cache, the *program* `re` compiles each pattern
  to (what `re.compile` hands to the `_sre` engine), and `compile_pattern` builds a pattern from it
  in a fraction of a millisecond. The program format is private to a Python build, so the
  cache key holds the build, and a program is kept only if the pattern rebuilt from it
  equals what `re.compile` makes; any failure just compiles the pattern.
"""
from __future__ import annotations

import hashlib
import re
import sys

import _sre

try:
    from re import _compiler, _parser
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

Program = tuple  # (flags, code, groups, groupindex, indexgroup): `_sre.compile`'s arguments after the pattern


def compile_pattern(pattern: str, flags: int = 0, program: Program | None = None) -> re.Pattern:
    """`re.compile(pattern, flags)`, from `program` when it is given and the engine accepts it."""
    if program is not None:
        try:
            return _sre.compile(pattern, *program)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass
    return re.compile(pattern, flags)


class Programs(dict):
    """`program_of` by (pattern, flags), as `cache.compiled` keeps it."""


def stored_programs(patterns) -> Programs:
    """The programs of these (pattern, flags) pairs, compiled once per set of patterns and
    Python build and then read from the compiled cache."""
    from .cache import compiled

    patterns = sorted({(pattern, int(flags)) for pattern, flags in patterns})
    key = hashlib.sha256(repr((sys.version, _sre.MAGIC, _sre.CODESIZE, patterns)).encode()).hexdigest()
    return compiled(f"regex-programs-{key[:32]}", [], lambda: Programs(
        (pattern, program) for pattern, program in ((pattern, program_of(*pattern)) for pattern in patterns)
        if program is not None))


def program_of(pattern: str, flags: int = 0) -> Program | None:
    """What `re.compile` hands to `_sre.compile` for this pattern (as `re._compiler.compile`
    builds it), or None when a pattern rebuilt from it would differ from `re.compile`'s."""
    try:
        parsed = _parser.parse(pattern, flags)
        state = parsed.state
        indexgroup = [None] * state.groups
        for name, index in state.groupdict.items():
            indexgroup[index] = name
        code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are named ints, which do not pickle
        program = (flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(indexgroup))
        return program if _sre.compile(pattern, *program) == re.compile(pattern, flags) else None
    except Exception:  # an internal that moved in another Python: the pattern is compiled as usual
        return None


class LazyRegex:
    __slots__ = ("pattern", "flags", "program", "_compiled")

    def __init__(self, pattern: str, flags: int = 0, program: Program | None = None):
        self.pattern, self.flags, self.program, self._compiled = pattern, flags, program, None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = compile_pattern(self.pattern, self.flags, self.program)
        return self._compiled

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def search(self, text: str):
        return self.compiled.search(text)

    def __reduce__(self):
        return LazyRegex, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self.flags!r})"


class AnchorSearch:
    """Where each of several regexes' anchor words occur, found in one pass over a text.

    A regex rule is searched only in the sentences holding one of its `regex_anchors`. Looking
    for each anchor with `str.find` scanned the whole text once per anchor (about 140 anchors,
    a tenth of a check); an Aho-Corasick automaton (pyahocorasick) finds every occurrence of
    every anchor, overlapping ones included, in a single scan."""

    def __init__(self, anchor_sets: list[tuple[str, ...] | None]):
        import ahocorasick

        self._count = len(anchor_sets)
        owners: dict[str, list[int]] = {}
        for number, anchors in enumerate(anchor_sets):
            for anchor in anchors or ():
                owners.setdefault(anchor, []).append(number)
        self._automaton = ahocorasick.Automaton()
        for anchor, numbers in owners.items():
            self._automaton.add_word(anchor, (len(anchor), tuple(numbers)))
        if owners:
            self._automaton.make_automaton()
        self._empty = not owners

    def starts(self, text: str) -> list[list[int]]:
        """For each anchor set, the start offsets in `text` of its anchors' occurrences."""
        found: list[list[int]] = [[] for _ in range(self._count)]
        if self._empty:
            return found
        for end, (length, numbers) in self._automaton.iter(text):
            start = end - length + 1
            for number in numbers:
                found[number].append(start)
        return found
