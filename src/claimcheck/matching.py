"""Token patterns that stay cheap: each runs only where it could match.

spaCy's `Matcher` costs about 14 ms per pattern per MB of text, because every pattern is
tried at every token, and each call builds a Python Token per token. A `GatedMatcher`
gives each pattern its own Matcher and calls it only on a sentence that passes two cheap
tests. Its gates: the sentence holds a word of each of the pattern's distinctive required
tokens — found for all patterns at once in the Doc's token table, on the attribute the token
spec uses (NORM specs on NORM, where every inflection of a lemma has the lemma as its norm;
LOWER and ORTH specs on LOWER). Its anchors: every required token with literal words,
common ones included, sits at a distance from the previous one that the pattern allows,
checked on the Doc's attribute arrays. Both are necessary conditions of a match, so no
sentence the pattern would match is ever skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import count
from math import inf as INFINITY
from typing import NamedTuple

import numpy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from .annotate import TABLE_COLUMNS, sentence_at, sentence_numbers, sentence_starts, token_table
from .lexicon import literal_words, pattern_trigger_words
from .phrase_index import HashLookup, PhraseIndex
from .rulefiles import RuleFileError

# Words in nearly every sentence filter nothing, and every occurrence costs a gate hit:
# a token whose words include one of these is not used as a gate.
_TOO_COMMON = {"a", "an", "the", "is", "are", "be", "was", "were", "to", "of", "and", "or", "in", "on", "it",
               "for", "with", "that", "this", "you", "your", "i", "we", "our", "my", "as", "at", "by", "from",
               "not", "n't", "no", "do", "does", "have", "has", "can", "will", "so", "but", "if", "all", "any"}


_ATTRIBUTES = ("ORTH", "LOWER", "NORM")  # what an anchor compares (`_Anchor.attribute` indexes it)


def _literal(spec: dict) -> tuple[str, list[str]] | None:
    """The attribute and words a spec requires literally (as `lexicon.literal_words` reads them)."""
    words = literal_words(spec)
    if not words:
        return None
    return next(key for key in ("NORM", "LOWER", "ORTH") if key in spec), words


def _attribute_arrays(doc: Doc) -> _Columns:
    arrays = doc.user_data.get("claimcheck.attribute_arrays")
    if arrays is None:
        arrays = doc.user_data["claimcheck.attribute_arrays"] = _Columns(token_table(doc))
    return arrays


class _Columns:
    """ORTH, LOWER or NORM of one sentence's tokens as a list of hashes. A column of the whole Doc
    is converted to a list when first asked for, and a sentence's is a slice of it: converting
    each sentence's part of the table on its own cost more (about 10,000 sentences of 100 benchmark
    articles, each a NumPy slice and a conversion) than converting the Doc's column once."""

    def __init__(self, table):
        self.table = table
        self.lists: list[list[int] | None] = [None] * len(_ATTRIBUTES)

    def sentence(self, attribute: int, start: int, end: int) -> list[int]:
        return self.column(attribute)[start:end]

    def column(self, attribute: int) -> list[int]:
        column = self.lists[attribute]
        if column is None:
            column = self.lists[attribute] = self.table[:, _COLUMN_OF[attribute]].tolist()
        return column


def column_list(doc: Doc, attribute: str) -> list[int]:
    """ORTH, LOWER or NORM (`attribute`) of every token of the Doc as a list of hashes, converted once
    per Doc and shared (BrandNames reads LOWER around capitalised words)."""
    return _attribute_arrays(doc).column(_ATTRIBUTES.index(attribute))


_COLUMN_OF = [TABLE_COLUMNS.index(name) for name in _ATTRIBUTES]


_GATE_SETS = count()


class Gates:
    """The gates of a Checker's GatedMatchers, found in one pass per Doc for all of them. A gate
    is a set of words (on NORM or LOWER), one of which a sentence must hold."""

    def __init__(self, phrases: PhraseIndex):
        self.phrases = phrases
        self._numbers: dict[frozenset[tuple[str, str]], int] = {}  # a gate's words -> its number
        # attribute -> a word's hash on it -> numbers of the gates holding the word
        self._gates_of_word: dict[str, dict[int, set[int]]] = {"NORM": {}, "LOWER": {}}
        # (table column, its words, by a word's place among them where its gates start and how many
        # they are, and the gates of all words one after the other, as rows of `sentences`), built
        # on first use
        self._lookups: list[tuple[int, HashLookup, numpy.ndarray, numpy.ndarray, numpy.ndarray]] | None = None
        self._doc_key = f"claimcheck.gates.{next(_GATE_SETS)}"

    def number(self, members: frozenset[tuple[str, str]]) -> int:
        """The number of the gate of these (attribute, word) members."""
        number = self._numbers.get(members)
        if number is None:
            number = self._numbers[members] = len(self._numbers)
            for attribute, word in members:
                gates_of_word = self._gates_of_word[attribute]
                gates_of_word.setdefault(self.token_hash(attribute, word), set()).add(number)
            self._lookups = None
        return number

    def token_hash(self, attribute: str, word: str) -> int | None:
        """The hash on `attribute` of `word` as one token, or None when the tokenizer never leaves it whole.
        Its case counts: the lower-case "dr." splits, but the token "Dr." has the LOWER "dr."."""
        hashes = self.phrases.hashes(attribute, word)
        if len(hashes) == 1:
            return hashes[0]
        for form in (word.lower(), word.capitalize(), word.upper()):
            hashes = self.phrases.hashes(attribute, form) if form != word else ()
            if len(hashes) == 1:
                return hashes[0]
        return None

    def sentences(self, doc: Doc) -> numpy.ndarray:
        """Which sentences pass each gate: row 1 + n for gate n, a column per sentence; row 0,
        every sentence, is where a pattern with no gate runs."""
        found = doc.user_data.get(self._doc_key)
        if found is None or len(found) != 1 + len(self._numbers):  # computed before a gate was added
            found = doc.user_data[self._doc_key] = self._sentences(doc)
        return found

    def _sentences(self, doc: Doc) -> numpy.ndarray:
        if self._lookups is None:
            self._lookups = []
            for attribute, gates_of_word in self._gates_of_word.items():
                if gates_of_word:
                    lookup = HashLookup(gates_of_word)
                    counts = numpy.array([len(gates) for gates in lookup.values], dtype="intp")
                    rows = numpy.array([1 + gate for gates in lookup.values for gate in sorted(gates)], dtype="intp")
                    self._lookups.append((TABLE_COLUMNS.index(attribute), lookup, counts.cumsum() - counts, counts, rows))
        table = token_table(doc)
        numbers = sentence_numbers(doc)
        held = numpy.zeros((1 + len(self._numbers), len(sentence_starts(doc))), dtype=bool)
        held[0] = True
        for column, lookup, firsts_of, counts_of, rows in self._lookups:
            places, positions = lookup.find(table[:, column])
            # each occurrence of a word, once for each gate holding it (a word's gates are
            # rows[firsts_of[place]:][:counts_of[place]])
            counts = counts_of[places]
            occurrence = numpy.repeat(numpy.arange(len(places)), counts)
            nth = numpy.arange(len(occurrence)) - numpy.repeat(counts.cumsum() - counts, counts)
            held[rows[firsts_of[places][occurrence] + nth], numbers[positions][occurrence]] = True
        return held


class GatedMatcher:
    def __init__(self, nlp, phrases: PhraseIndex | None = None, gates: Gates | None = None):
        """`gates` is shared by the GatedMatchers of one Checker (their gates found in one pass)."""
        self.vocab = nlp.vocab
        phrases = self.phrases = phrases or PhraseIndex(nlp)
        self.gates = gates or Gates(phrases)
        self.entries: list[_Entry] = []  # an entry with no usable gate runs on every sentence
        self._matchers: list[Matcher | None] = []  # by entry number, once compiled
        self._rows: numpy.ndarray | None = None  # see _gate_rows

    def __bool__(self) -> bool:
        return bool(self.entries)

    def add(self, key: str, pattern: list[dict], greedy: str | None = None) -> None:
        """Add one token pattern; raises ValueError (from spaCy) for an invalid pattern.

        spaCy compiles a pattern in about half a millisecond, and one article's sentences pass
        the gates of a few patterns: when the index's rules are known to compile (a Checker
        built them before), a pattern's Matcher is built when a sentence first needs it."""
        gates, anchors = self._anchors(pattern)
        self.entries.append(_Entry(key, pattern, greedy, tuple(sorted(set(gates))), anchors))
        self._matchers.append(None)
        if not self.phrases.compiled_before:
            self._matcher(len(self.entries) - 1)  # compiled now: an invalid pattern fails here

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

    def _anchors(self, pattern: list[dict]) -> tuple[list[int], list[_Anchor]]:
        """The pattern's gates, and its anchors in order."""
        gates, anchors, common = [], [], []
        least = most = 0.0  # tokens from the previous anchor's first token
        for spec in pattern:
            low, high = _token_count(spec.get("OP"))
            literal = _literal(spec) if low > 0 else None
            if literal is None:
                least, most = least + low, most + high
                continue
            attribute, words = literal
            hashes = frozenset(self.vocab.strings.add(word) for word in words)
            anchors.append(_Anchor(_ATTRIBUTES.index(attribute), hashes, int(least) + 1, most + 1))
            least, most = 0.0, high - 1
            gate = self._gate(attribute, words)
            if gate is not None:
                gates.append(gate)
            elif _TOO_COMMON.intersection(word.lower() for word in words):
                common.append((attribute, words))
        if not gates:
            # a pattern whose every required token has a common word: gates of common words filter
            # little, but without one the pattern's anchors are tried in every sentence
            gates = [gate for gate in (self._gate(attribute, words, common=True) for attribute, words in common)
                     if gate is not None]
        return gates, anchors

    def _gate(self, attribute: str, words: list[str], common: bool = False) -> int | None:
        """The gate of a required token's words, or None when they make no usable gate (with
        `common`, a gate even of common words)."""
        if not common and _TOO_COMMON.intersection(word.lower() for word in words):
            return None
        # a word the tokenizer always splits ("non-toxic") is never one token: the token is one of the others
        words = [word for word in words if self.gates.token_hash("ORTH", word) is not None]
        if not words:
            return None
        attribute = "NORM" if attribute == "NORM" else "LOWER"  # ORTH looked up as LOWER: a superset
        return self.gates.number(frozenset((attribute, word.lower()) for word in words))

    def __call__(self, doc: Doc, within: set[tuple[str, int]] | None = None) -> list[tuple[str, int, int]]:
        """The matches of every entry, as (key, start, end); with `within`, only in the sentences (key, sentence
        start) it holds: an exception pattern is needed only where its rule matched."""
        if not self.entries:
            return []
        starts_of = sentence_starts(doc)
        end_of = _sentence_ends(doc)
        arrays = _attribute_arrays(doc)
        # the sentences passing every gate of an entry: the rows of its gates, and'ed
        sentences = self.gates.sentences(doc)
        rows = self._gate_rows()
        held = sentences.take(rows[:, 0], axis=0)
        for column in range(1, len(rows[0])):
            held &= sentences.take(rows[:, column], axis=0)
        runs = []  # (sentence start, entry number): where a pattern's Matcher runs
        entries = self.entries
        width = len(starts_of)  # held's columns: the sentences
        for at in held.ravel().nonzero()[0].tolist():  # (a 2-d array's nonzero() costs ten times as much)
            number, sentence = divmod(at, width)
            start = starts_of[sentence]
            if within is not None and (entries[number].key, start) not in within:
                continue
            if _anchored(entries[number].anchors, arrays, start, end_of[start]):
                runs.append((start, number))
        found = []
        for start, number in sorted(runs):
            key = self.entries[number].key
            found.extend((key, start + match_start, start + match_end)
                         for _, match_start, match_end in self._matcher(number)(sentence_at(doc, start)))
        return found

    def _gate_rows(self) -> numpy.ndarray:
        """Each entry's gates as rows of `Gates.sentences`, padded with row 0 (every sentence)."""
        if self._rows is None or len(self._rows) != len(self.entries):
            width = max([len(entry.gates) for entry in self.entries] + [1])
            self._rows = numpy.array([[1 + gate for gate in entry.gates] + [0] * (width - len(entry.gates))
                                      for entry in self.entries], dtype="intp")
        return self._rows

    def _matcher(self, number: int) -> Matcher:
        """Entry `number`'s Matcher, compiled from its pattern on first use."""
        matcher = self._matchers[number]
        if matcher is None:
            entry = self.entries[number]
            # a pattern of rules a Checker compiled before was validated then: validating it again
            # (pydantic) is two fifths of compiling it
            matcher = self._matchers[number] = Matcher(self.vocab, validate=not self.phrases.compiled_before)
            matcher.add(entry.key, [entry.pattern], greedy=entry.greedy)
        return matcher


def _sentence_ends(doc: Doc) -> dict[int, int]:
    """Each sentence's start -> its end, in order (shared by the Doc's GatedMatchers)."""
    ends = doc.user_data.get("claimcheck.sentence_ends")
    if ends is None:
        starts = sentence_starts(doc)
        ends = doc.user_data["claimcheck.sentence_ends"] = dict(zip(starts, [*starts[1:], len(doc)]))
    return ends


class _Anchor(NamedTuple):
    attribute: int  # column of `_attribute_arrays`
    words: frozenset[int]  # hashes of the words the token must be
    least: int  # tokens from the previous anchor's first token (ignored for the first)
    most: float


class _Entry(NamedTuple):
    key: str
    pattern: list[dict]
    greedy: str | None
    gates: tuple[int, ...]  # numbers of its gates
    anchors: list[_Anchor]


def _token_count(op: str | None) -> tuple[float, float]:
    """How many tokens a spec with this operator consumes: (least, most)."""
    if op is None or op == "1":
        return 1, 1
    bounds = {"?": (0, 1), "*": (0, INFINITY), "+": (1, INFINITY), "!": (0, 0)}
    if op in bounds:
        return bounds[op]
    quantifier = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
    if quantifier:
        low, comma, high = quantifier.groups()
        least = int(low or 0)
        return least, (int(high) if high else INFINITY) if comma else least
    return 0, INFINITY  # an operator this does not know: assume nothing


def _anchored(anchors: list[_Anchor], arrays: _Columns, start: int, end: int) -> bool:
    """Can every anchor find its word in tokens [start, end) at the distance the pattern allows
    from the previous one? A necessary condition of a match, far cheaper than the Matcher."""
    if not anchors:
        return True
    # First whether the sentence holds a word of every anchor at all (the usual failure: a
    # common anchor word that is no gate), found in C; then where
    columns = []
    for anchor in anchors:
        column = arrays.sentence(anchor.attribute, start, end)
        if anchor.words.isdisjoint(column):
            return False
        columns.append(column)
    words = anchors[0].words
    column = columns[0]
    reached = [i for i, word in enumerate(column) if word in words]
    size = end - start
    for anchor, column in zip(anchors[1:], columns[1:]):
        if not reached:
            return False
        words = anchor.words
        if anchor.most == INFINITY:  # every position from the first reachable one on
            reached = [q for q in range(reached[0] + anchor.least, size) if column[q] in words]
        else:
            reached = _reachable(reached, anchor.least, int(anchor.most), column, words, size)
    return bool(reached)


def _reachable(reached: list[int], least: int, most: int, column: list[int], words: frozenset[int],
               size: int) -> list[int]:
    """The positions q < size holding one of `words` with some p of `reached` (sorted) at
    p + least <= q <= p + most, in order. Each position of the window is read once, where trying
    each p's range (a set of the reachable ones, sorted) read a position once per p."""
    found = []
    lowest = reached[0]
    for q in range(lowest + least, min(reached[-1] + most + 1, size)):
        if column[q] in words:
            i = bisect_left(reached, q - most)
            if i < len(reached) and reached[i] <= q - least:
                found.append(q)
    return found
