"""Token patterns that stay cheap: each runs only where it could match.

spaCy's `Matcher` costs about 14 ms per pattern per MB of text, because every pattern is
tried at every token. A `GatedMatcher` gives each pattern its own Matcher and runs it only
on sentences holding a word of each of the pattern's required literal tokens — found for
all patterns at once by PhraseMatchers, which cost almost nothing. A gate word counts when
a token's NORM or its LOWER form equals it: NORM covers inflections ("cures" for "cure"),
LOWER covers words whose norm changes inside a sentence ("n't", which reads "not" after
"is"), so the gate never rules out a real match.
"""
from __future__ import annotations

import numpy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from .annotate import sentence_at, sentences
from .lexicon import literal_words, pattern_trigger_words
from .rulefiles import RuleFileError

_OPTIONAL = ("?", "*", "!")
# Words in nearly every sentence filter nothing, and every occurrence costs a gate hit:
# a token whose words include one of these is not used as a gate.
_TOO_COMMON = {"a", "an", "the", "is", "are", "be", "was", "were", "to", "of", "and", "or", "in", "on", "it",
               "for", "with", "that", "this", "you", "your", "i", "we", "our", "my", "as", "at", "by", "from",
               "not", "n't", "no", "do", "does", "have", "has", "can", "will", "so", "but", "if", "all", "any"}


class GatedMatcher:
    def __init__(self, nlp):
        self.make = nlp.make_doc
        self.vocab = nlp.vocab
        self.gates = PhraseMatcher(nlp.vocab, attr="NORM")
        self.lower_gates = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._gate_ids: dict[tuple[str, ...], str] = {}
        # (key, its own Matcher, ids of the word sets a sentence must all hold; empty = always run)
        self.entries: list[tuple[str, Matcher, frozenset[str]]] = []

    def __bool__(self) -> bool:
        return bool(self.entries)

    def add(self, key: str, pattern: list[dict], greedy: str | None = None) -> None:
        """Add one token pattern; raises ValueError (from spaCy) for an invalid pattern."""
        matcher = Matcher(self.vocab)
        matcher.add(key, [pattern], greedy=greedy)
        self.entries.append((key, matcher, frozenset(self._required_gates(pattern))))

    def add_checked(self, key: str, pattern: list[dict], origin: str, what: str, greedy: str | None = None) -> None:
        """`add` for patterns from a rule file: a bad pattern is a one-line RuleFileError."""
        path, _, line = origin.rpartition(":")  # origin is "path:line"
        line = int(line) if line.isdigit() else 0
        if not pattern_trigger_words(pattern):
            raise RuleFileError(path, line, f"{what}: a token pattern needs a required literal token")
        try:
            self.add(key, pattern, greedy=greedy)
        except Exception as error:  # spaCy raises several types for bad patterns
            raise RuleFileError(path, line, f"{what}: invalid token pattern: {str(error).splitlines()[0]}") from None

    def _required_gates(self, pattern: list[dict]) -> list[str]:
        gates = []
        for spec in pattern:
            if spec.get("OP") in _OPTIONAL or str(spec.get("OP", "")).startswith("{0"):
                continue
            words = literal_words(spec)
            if _TOO_COMMON.intersection(word.lower() for word in words):
                continue
            docs = [self.make(word) for word in words]
            if not docs or any(len(doc) != 1 for doc in docs):
                continue  # no literal, or a word the tokenizer splits: not a usable gate
            key = tuple(sorted(word.lower() for word in words))
            if key not in self._gate_ids:
                self._gate_ids[key] = f"gate#{len(self._gate_ids)}"
                self.gates.add(self._gate_ids[key], docs)
                self.lower_gates.add(self._gate_ids[key], docs)
            gates.append(self._gate_ids[key])
        return gates

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        if not self.entries:
            return []
        strings = doc.vocab.strings
        hits = [*self.gates(doc), *self.lower_gates(doc)]
        present: dict[int, set[str]] = {}
        if hits:
            # sentence of every hit at once (a Python lookup per hit is the slow part here)
            starts = numpy.array([sentence.start for sentence in sentences(doc)])
            hit_starts = numpy.array([start for _, start, _ in hits])
            owners = starts[numpy.searchsorted(starts, hit_starts, side="right") - 1].tolist()
            for (gate, _, _), owner in set(zip(hits, owners)):
                present.setdefault(owner, set()).add(strings[gate])
        found = []
        if any(not needs for _, _, needs in self.entries):
            candidates = sentences(doc)
        else:
            candidates = [sentence_at(doc, start) for start in sorted(present)]
        for sentence in candidates:
            held = present.get(sentence.start)
            for key, matcher, needs in self.entries:
                if needs and (held is None or not needs <= held):
                    continue
                for _, start, end in matcher(sentence):
                    found.append((key, sentence.start + start, sentence.start + end))
        return found
