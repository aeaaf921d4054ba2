"""Every phrase list of a Checker matched in one pass per Doc.

A PhraseMatcher pass costs about the same whatever it holds, and a Checker has dozens of
phrase lists (claims, exceptions, cues, names, gates…): one pass each was a fifth of the
check's time. A `PhraseIndex` holds them all in one PhraseMatcher per attribute, runs them
once per Doc on first use, and hands each list its own matches: `index.matcher(attr)` is a
drop-in for `PhraseMatcher(vocab, attr=attr)` that also takes phrases as strings.

Many lists hold the same phrases (one phrase under several keys, the same words in several
lists), so the PhraseMatcher holds each distinct phrase once, under one key per set of
owners (list number, the list's own key): it reports each span once, and the span goes to
each owner in a tight loop.
"""
from __future__ import annotations

from contextlib import contextmanager
from itertools import count
from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

_INDEXES = count()


class Word(NamedTuple):
    """A token of a rule's word or phrase, with what the rules compare of it."""
    text: str
    lower_: str
    norm_: str


class PhraseIndex:
    def __init__(self, nlp, tokenized: dict[tuple[str, str], tuple[int, ...]] | None = None):
        self.vocab = nlp.vocab
        self._make_doc = nlp.make_doc
        # (attribute, phrase) -> the phrase's token hashes on it, and ("WORDS", phrase) -> its Words.
        # A PhraseMatcher takes the hashes in place of Docs: kept with the compiled rules, they
        # spare tokenizing every phrase again.
        self.tokenized = tokenized if tokenized is not None else {}
        # The table is stored only once a Checker has built every list and pattern of the same
        # rules and code: given one, those rules are known to compile (see GatedMatcher.add).
        self.compiled_before = bool(tokenized)
        self.fresh = False  # whether a phrase was tokenized here (the table is worth storing)
        # attribute -> a phrase's token hashes -> its owners (list number, the list's own key), in the order added
        self._phrases: dict[str, dict[tuple[int, ...], dict[tuple[int, int], None]]] = {}
        self._matchers: dict[str, PhraseMatcher] | None = None  # attribute -> its PhraseMatcher, built on first use
        self._owners: dict[int, tuple[tuple[int, int], ...]] = {}  # PhraseMatcher key -> the owners of its phrases
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
        owner = (number, self.vocab.strings.add(key))
        owners_of = self._phrases.setdefault(attr, {})
        for phrase in phrases:
            if isinstance(phrase, str):
                tokens = self.hashes(attr, phrase)
            elif isinstance(phrase, Doc):
                tokens = tuple(phrase.to_array(attr).tolist())
            else:
                tokens = tuple(phrase)
            if tokens:
                owners_of.setdefault(tokens, {})[owner] = None
        self._matchers = None  # rebuilt with the new phrases on next use

    def build(self) -> None:
        """Compile the PhraseMatchers, else done on the first Doc: worth calling once every list
        is complete, to keep the cost (tens of ms for a Checker) out of the first check."""
        self._matchers, self._owners = {}, {}
        with _bare_lexemes(self.vocab):
            for attr, owners_of in self._phrases.items():
                phrases_of: dict[tuple[tuple[int, int], ...], list[tuple[int, ...]]] = {}
                for tokens, owners in owners_of.items():
                    phrases_of.setdefault(tuple(owners), []).append(tokens)
                matcher = self._matchers[attr] = PhraseMatcher(self.vocab, attr=attr)
                for owners, phrases in phrases_of.items():
                    key = f"{self._doc_key}.{len(self._owners)}"
                    self._owners[self.vocab.strings.add(key)] = owners
                    matcher.add(key, phrases)

    def matches(self, doc: Doc, number: int) -> list[tuple[int, int, int]]:
        found = doc.user_data.get(self._doc_key)
        if found is None:
            if self._matchers is None:
                self.build()
            found = doc.user_data[self._doc_key] = [[] for _ in range(self._lists + 1)]
            owners = self._owners
            for matcher in self._matchers.values():
                for shared, start, end in matcher(doc):
                    for number_of, key in owners[shared]:
                        found[number_of].append((key, start, end))
        return found[number] if number < len(found) else []  # a list made after this Doc's pass has none


@contextmanager
def _bare_lexemes(vocab):
    """PhraseMatcher.add makes a Lexeme of each match key, and a new Lexeme computes every
    lexical attribute (shape, like_num, like_url…) in Python: for the index's ~1,600 keys, a
    twentieth of a cold start. A key is never a token, so its Lexeme is made without them."""
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {}
    try:
        yield
    finally:
        vocab.lex_attr_getters = getters


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
