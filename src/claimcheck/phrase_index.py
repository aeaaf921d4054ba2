"""Every phrase list of a Checker matched in one pass per Doc.

A Checker has dozens of phrase lists (claims, exceptions, cues, names…), used like spaCy
PhraseMatchers: one pass each was a fifth of the check's time. A `PhraseIndex` holds them all
and finds them once per Doc on first use, handing each list its own matches:
`index.matcher(attr)` is a drop-in for `PhraseMatcher(vocab, attr=attr)` that also takes
phrases as strings.

Many lists hold the same phrases (one phrase under several keys, the same words in several
lists), so the index holds each distinct phrase once, under one group per set of owners
(list number, the list's own key): it finds each span once, and the span goes to each owner
in a tight loop.

The phrases are found in the Doc's token table (which the other stages read too) rather than
by spaCy's PhraseMatcher: a one-word phrase is a lookup of the token's hash, a two-word one a
lookup of the combined hash of its words, a longer one of its first three words' and then a
walk of a small trie: a few array operations per Doc. The spans are the PhraseMatcher's (the
tests compare them); in a real check, where the rest of the work runs between two Docs'
lookups, this took a little less time than the PhraseMatcher's pass plus reading the table.
"""
from __future__ import annotations

import hashlib
from itertools import count
from typing import NamedTuple

import numpy
from spacy.attrs import IDS
from spacy.tokens import Doc

from .token_table import TABLE_COLUMNS, token_table

_INDEXES = count()


class Word(NamedTuple):
    """A token of a rule's word or phrase, with what the rules compare of it."""
    text: str
    lower_: str
    norm_: str


class PhraseIndex:
    def __init__(self, nlp, tokenized: dict[tuple[str, str], tuple[int, ...]] | None = None,
                 built: tuple[str, dict, list] | None = None):
        self.vocab = nlp.vocab
        self._make_doc = nlp.make_doc
        # (attribute, phrase) -> the phrase's token hashes on it, and ("WORDS", phrase) -> its Words.
        # The lookups take the hashes in place of Docs: kept with the compiled rules, they
        # spare tokenizing every phrase again.
        self.tokenized = tokenized if tokenized is not None else {}
        # The table is stored only once a Checker has built every list and pattern of the same
        # rules and code: given one, those rules are known to compile (see GatedMatcher.add).
        self.compiled_before = bool(tokenized)
        self.fresh = False  # whether a phrase was tokenized or the lookups built here (worth storing)
        # every list's phrases as added: (list number, attribute, key hash, phrases)
        self._added: list[tuple[int, str, int, tuple]] = []
        # (fingerprint of the lists, tables, owners) as `build` made them, here or by a Checker built from the same
        # rules and code before: then the lists' fingerprint is all that is computed again
        self._built = built
        self._tables: dict[str, _PhraseTable] | None = None  # attribute -> its phrases, built on first use
        self._owners: list[tuple[tuple[int, int], ...]] = []  # a group's owners, by group number
        self._lists = 0
        self._doc_key = f"claimcheck.phrase_index.{next(_INDEXES)}"  # Doc.user_data: matches by list number

    def hashes(self, attr: str, phrase: str) -> tuple[int, ...]:
        """A phrase's token hashes on `attr` (its length is its number of tokens)."""
        found = self.tokenized.get((attr, phrase))
        if found is None:
            found = self.tokenized[attr, phrase] = tuple(self._make_doc(phrase).to_array(attr).tolist())
            self.fresh = True
        return found

    def words(self, phrase: str) -> tuple[Word, ...]:
        """A phrase's tokens, for the rules' word lists: tokenized once and kept with the hashes."""
        found = self.tokenized.get(("WORDS", phrase))
        if found is None:
            found = self.tokenized["WORDS", phrase] = tuple(Word(t.text, t.lower_, t.norm_) for t in self._make_doc(phrase))
            self.fresh = True
        return found

    def matcher(self, attr: str = "NORM") -> SharedPhraseMatcher:
        """A new phrase list in the index, used like a PhraseMatcher on `attr`."""
        self._lists += 1
        return SharedPhraseMatcher(self, self._lists, attr)

    def _add(self, number: int, attr: str, key: str, phrases: list[str | Doc]) -> None:
        self._added.append((number, attr, self.vocab.strings.add(key), tuple(phrases)))
        self._tables = None  # rebuilt with the new phrases on next use

    def build(self) -> None:
        """Compile the lookups, else done on the first Doc: worth calling once every list is
        complete, to keep the cost out of the first check. Lookups built before from lists with
        the same fingerprint are taken as they are (building them is a tenth of a Checker's build)."""
        fingerprint = self._fingerprint()
        if self._built is not None and self._built[0] == fingerprint:
            _, self._tables, self._owners = self._built
            return
        phrases: dict[str, dict[tuple[int, ...], dict[tuple[int, int], None]]] = {}
        for number, attr, key, added in self._added:
            owners_of = phrases.setdefault(attr, {})  # a phrase's token hashes -> its owners, in the order added
            for phrase in added:
                if isinstance(phrase, str):
                    tokens = self.hashes(attr, phrase)
                elif isinstance(phrase, Doc):
                    tokens = tuple(phrase.to_array(attr).tolist())
                else:
                    tokens = tuple(phrase)
                if tokens:
                    owners_of.setdefault(tokens, {})[number, key] = None
        self._tables, self._owners = {}, []
        for attr, owners_of in phrases.items():
            group_of: dict[tuple[tuple[int, int], ...], int] = {}  # a set of owners -> its group number
            groups: dict[tuple[int, ...], int] = {}  # a phrase's token hashes -> its group number
            for tokens, owners in owners_of.items():
                owners = tuple(owners)
                if owners not in group_of:
                    group_of[owners] = len(self._owners)
                    self._owners.append(owners)
                groups[tokens] = group_of[owners]
            self._tables[attr] = _PhraseTable(attr, groups)
        self._built = (fingerprint, self._tables, self._owners)
        self.fresh = True

    def _fingerprint(self) -> str:
        """Every list's phrases, in the order added: the lookups are those of another index with the same."""
        state = hashlib.sha256()
        for number, attr, key, phrases in self._added:
            texts = [phrase if isinstance(phrase, str) else "\x01" + (
                phrase.text if isinstance(phrase, Doc) else repr(tuple(phrase))) for phrase in phrases]
            state.update(f"{number}\0{attr}\0{key}\0{len(texts)}\0".encode())
            state.update("\0".join(texts).encode("utf-8", "surrogatepass"))
        return state.hexdigest()

    def stored(self) -> tuple[dict, tuple[str, dict, list] | None]:
        """What a later index of the same rules and code is built from: `tokenized` and the lookups."""
        return self.tokenized, self._built

    def matches(self, doc: Doc, number: int) -> list[tuple[int, int, int]]:
        found = doc.user_data.get(self._doc_key)
        if found is None:
            if self._tables is None:
                self.build()
            found = doc.user_data[self._doc_key] = [[] for _ in range(self._lists + 1)]
            appenders = [matches.append for matches in found]
            owners = self._owners
            for table in self._tables.values():
                for start, end, group in table.find(doc):
                    for number_of, key in owners[group]:
                        appenders[number_of]((key, start, end))
        return found[number] if number < len(found) else []  # a list made after this Doc's pass has none


class HashLookup:
    """Finds which hashes of an array are keys of `values` (hash -> value)."""

    _BUCKETS = numpy.uint64((1 << 16) - 1)

    def __init__(self, values: dict[int, object]):
        self.keys = numpy.array(sorted(values), dtype="uint64")
        self.values = [values[key] for key in self.keys.tolist()]  # by place in `keys`
        # Whether any key ends in these bits: a cheap first pass that leaves the search of the
        # sorted keys to the few hashes that may be one
        self.buckets = numpy.zeros(int(self._BUCKETS) + 1, dtype=bool)
        self.buckets[self.keys & self._BUCKETS] = True
        # the keys and a 0 for a hash above them all (searchsorted places it past the end): that
        # hash is above a key, so not 0, and the 0 tells it is none
        self._padded = numpy.append(self.keys, numpy.uint64(0))

    def find(self, hashes: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(place in `keys` and `values`, index in `hashes`) of each hash that is a key, in order."""
        if not len(self.keys):
            return self.keys[:0].astype(int), self.keys[:0].astype(int)
        candidates = self.buckets.take(hashes & self._BUCKETS).nonzero()[0]
        wanted = hashes.take(candidates)
        places = self.keys.searchsorted(wanted)
        found = self._padded.take(places) == wanted
        return places[found], candidates[found]


_END, _FIRST_THREE = -1, -2  # trie keys that are never a token hash (those are unsigned)
_PAIR = numpy.uint64(0x9E3779B97F4A7C15)  # an odd multiplier mixing a first word's hash into a pair's


def _pair_hashes(first, second):
    """The pair hash of two words (wrapping like uint64 arithmetic on arrays); of three words,
    the pair hash of the first two's pair hash and the third."""
    return (first * int(_PAIR) + second) & 0xFFFF_FFFF_FFFF_FFFF


class _PhraseTable:
    """The phrases of one attribute, each a tuple of token hashes with its group number.

    A phrase of one word is found by its hash, one of two words by their pair hash, a longer one by
    the hash of its first three words and then a walk of a small trie: in a Doc, most pairs that
    start a longer phrase are followed by none, and looking them up in arrays spares a Python walk
    from each."""

    def __init__(self, attr: str, groups: dict[tuple[int, ...], int]):
        self.attr = attr
        self.column = TABLE_COLUMNS.index(attr) if attr in TABLE_COLUMNS else None
        self.words = HashLookup({tokens[0]: group for tokens, group in groups.items() if len(tokens) == 1})
        pairs: dict[int, tuple[int, int, int]] = {}  # pair hash -> the two words and the group
        # first three words' hash -> a trie of the phrases starting with them: a node maps the
        # next word's hash to the node after it, and _END to the group of the phrase ending there
        longer: dict[int, dict] = {}
        self.longest = 0  # tokens of the longest phrase
        for tokens, group in groups.items():
            self.longest = max(self.longest, len(tokens))
            if len(tokens) == 2:
                pairs.setdefault(_pair_hashes(*tokens), (*tokens, group))
            elif len(tokens) > 2:
                three = _pair_hashes(_pair_hashes(tokens[0], tokens[1]), tokens[2])
                node = longer.setdefault(three, {_FIRST_THREE: tokens[:3]})
                for word in tokens[3:]:
                    node = node.setdefault(word, {})
                node[_END] = group
        self.pairs = HashLookup(pairs)
        self.pair_words = numpy.array([words[:2] for words in self.pairs.values], dtype="uint64").reshape(-1, 2)
        self.pair_groups = [words[2] for words in self.pairs.values]
        self.triples = HashLookup(longer)

    def find(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(start, end, group) of every phrase in the Doc, by start and end."""
        if self.column is not None:
            hashes = token_table(doc)[:, self.column]
        else:
            hashes = doc.to_array(IDS[self.attr])
        places, starts = self.words.find(hashes)
        groups = self.words.values
        found = [(start, start + 1, groups[place]) for place, start in zip(places.tolist(), starts.tolist())]
        singles = len(found)
        pair_hashes = hashes[:-1] * _PAIR + hashes[1:]
        places, starts = self.pairs.find(pair_hashes)
        if len(places):
            # not two other words with the same pair hash
            same = (self.pair_words[places, 0] == hashes[starts]) & (self.pair_words[places, 1] == hashes[starts + 1])
            groups = self.pair_groups
            found += [(start, start + 2, groups[place]) for place, start in zip(places[same].tolist(), starts[same].tolist())]
        places, starts = self.triples.find(pair_hashes[:-1] * _PAIR + hashes[2:])
        if len(places):
            size = len(hashes)
            tries = self.triples.values
            for place, start in zip(places.tolist(), starts.tolist()):
                # the words from the phrase's start as far as one may reach, and one more for the walk's last look
                words = hashes[start:start + self.longest + 1].tolist()
                node, end = tries[place], start + 3
                if node[_FIRST_THREE] != tuple(words[:3]):
                    continue  # three other words with the same hash
                while True:
                    group = node.get(_END)
                    if group is not None:
                        found.append((start, end, group))
                    if end == size:
                        break
                    node = node.get(words[end - start])
                    if node is None:
                        break
                    end += 1
        if len(found) > singles:
            found.sort()
        return found


class SharedPhraseMatcher:
    """One phrase list of a PhraseIndex: `add(key, phrases)` takes strings, Docs or tuples of
    token hashes; called on a Doc, it gives its matches as (key hash, start, end) by start,
    as a PhraseMatcher does. Matches of different keys over the same tokens come in no promised
    order: a consumer that keeps one of them must choose by key, not by position."""

    def __init__(self, index: PhraseIndex, number: int, attr: str):
        self.index, self.number, self.attr = index, number, attr
        self._keys: set[str] = set()

    def add(self, key: str, phrases: list[str | Doc]) -> None:
        self._keys.add(key)
        self.index._add(self.number, self.attr, key, phrases)

    def __len__(self) -> int:
        return len(self._keys)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return self.index.matches(doc, self.number)
