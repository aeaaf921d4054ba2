"""Token patterns that stay cheap: each runs only where it could match.

spaCy's `Matcher` costs about 14 ms per pattern per MB of text, because every pattern is
tried at every token. A `GatedMatcher` gives each pattern its own Matcher and runs it only
on sentences holding a word of each of the pattern's required literal tokens (its gates) —
found for all patterns at once in the Checker's PhraseIndex, which costs almost nothing.
A gate word is looked up on the attribute its token spec uses: on NORM for NORM specs
(every inflection of a lemma has the lemma as its norm), on LOWER for LOWER and ORTH specs
("proven", whose norm is "prove"), so the gate never rules out a real match.
"""
from __future__ import annotations

import numpy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .annotate import sentence_at, sentences
from .lexicon import literal_words, pattern_trigger_words
from .phrase_index import PhraseIndex
from .rulefiles import RuleFileError

_OPTIONAL = ("?", "*", "!")
# Words in nearly every sentence filter nothing, and every occurrence costs a gate hit:
# a token whose words include one of these is not used as a gate.
_TOO_COMMON = {"a", "an", "the", "is", "are", "be", "was", "were", "to", "of", "and", "or", "in", "on", "it",
               "for", "with", "that", "this", "you", "your", "i", "we", "our", "my", "as", "at", "by", "from",
               "not", "n't", "no", "do", "does", "have", "has", "can", "will", "so", "but", "if", "all", "any"}


def _gate_attribute(spec: dict) -> str:
    """The attribute a spec's literal words are compared on; ORTH is looked up as LOWER (a superset)."""
    return "NORM" if "NORM" in spec else "LOWER"


class GatedMatcher:
    def __init__(self, nlp, phrases: PhraseIndex | None = None):
        self.make = nlp.make_doc
        self.vocab = nlp.vocab
        phrases = phrases or PhraseIndex(nlp.vocab)
        self.words = {"NORM": phrases.matcher("NORM"), "LOWER": phrases.matcher("LOWER")}
        self._gate_numbers: dict[frozenset[tuple[str, str]], int] = {}  # a gate's words -> its number
        self._gates_of_word: dict[int, set[int]] = {}  # hash of "ATTR word" -> numbers of the gates holding it
        # (key, its own Matcher, numbers of the gates a sentence must all hold)
        self.entries: list[tuple[str, Matcher, frozenset[int]]] = []
        self._entries_by_gate: dict[int, list[int]] = {}  # a gate -> entries that need it (their first gate)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def add(self, key: str, pattern: list[dict], greedy: str | None = None) -> None:
        """Add one token pattern; raises ValueError (from spaCy) for an invalid pattern."""
        matcher = Matcher(self.vocab)
        matcher.add(key, [pattern], greedy=greedy)
        gates = self._required_gates(pattern)
        if not gates:
            raise ValueError("a gated pattern needs a required literal token that is not a common word")
        self._entries_by_gate.setdefault(gates[0], []).append(len(self.entries))
        self.entries.append((key, matcher, frozenset(gates)))

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

    def _required_gates(self, pattern: list[dict]) -> list[int]:
        gates = []
        for spec in pattern:
            if spec.get("OP") in _OPTIONAL or str(spec.get("OP", "")).startswith("{0"):
                continue
            words = literal_words(spec)
            if not words or _TOO_COMMON.intersection(word.lower() for word in words):
                continue
            if any(len(self.make(word)) != 1 for word in words):
                continue  # a word the tokenizer splits: not a usable gate
            attribute = _gate_attribute(spec)
            members = frozenset((attribute, word.lower()) for word in words)
            number = self._gate_numbers.get(members)
            if number is None:
                number = self._gate_numbers[members] = len(self._gate_numbers)
                for _, word in members:
                    word_key = self.vocab.strings.add(f"{attribute} {word}")
                    if word_key not in self._gates_of_word:
                        self._gates_of_word[word_key] = set()
                        self.words[attribute].add(f"{attribute} {word}", [self.make(word)])
                    self._gates_of_word[word_key].add(number)
            gates.append(number)
        return gates

    def __call__(self, doc: Doc) -> list[tuple[str, int, int]]:
        hits = [*self.words["NORM"](doc), *self.words["LOWER"](doc)]
        if not hits or not self.entries:
            return []
        # sentence of every hit at once (a Python lookup per hit is the slow part here)
        starts = numpy.array([sentence.start for sentence in sentences(doc)])
        hit_starts = numpy.array([start for _, start, _ in hits])
        owners = starts[numpy.searchsorted(starts, hit_starts, side="right") - 1].tolist()
        present: dict[int, set[int]] = {}
        gates_of_word = self._gates_of_word
        for word, owner in set(zip([word for word, _, _ in hits], owners)):
            present.setdefault(owner, set()).update(gates_of_word[word])
        found = []
        for sentence_start in sorted(present):
            held = present[sentence_start]
            numbers = sorted({n for gate in held for n in self._entries_by_gate.get(gate, ())})
            if not numbers:
                continue
            sentence = sentence_at(doc, sentence_start)
            for number in numbers:
                key, matcher, needs = self.entries[number]
                if needs <= held:
                    for _, start, end in matcher(sentence):
                        found.append((key, sentence_start + start, sentence_start + end))
        return found
