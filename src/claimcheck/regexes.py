"""Regexes compiled on first use.

Python's `re` compiles a long alternation slowly (the synergy rule's pattern takes several
milliseconds) and cannot keep the compiled form: an unpickled pattern is compiled again. A
cold run of one article uses few of the rules' and the evidence table's regexes, so each is
compiled when a text first needs it, and pickled as its source.
"""
from __future__ import annotations

import re


class LazyRegex:
    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def search(self, text: str):
        return self.compiled.search(text)

    def __reduce__(self):
        return LazyRegex, (self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self.flags!r})"
