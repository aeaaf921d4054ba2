"""spaCy's English tokenizer, with its affix searches skipped on plain words.

For each new piece of text between spaces, spaCy's tokenizer runs its prefix, suffix, URL and
infix regexes (hundreds of alternatives, tried at every position). Most pieces are plain words of
ASCII letters ("supplements"), where none of them can match: a piece is split only at
punctuation, digits, symbols or non-ASCII letters. The tokenizer built here asks the regexes
only about the other pieces: those searches were over a fifth of tokenizing new text.

The skip is proved, not assumed: a regex is wrapped only when reading its parsed form shows
that every alternative needs a character other than an ASCII letter (a literal, a character
class, or a lookaround's). A regex this cannot read is left alone, so a spaCy version with
other patterns tokenizes exactly as before.
"""
from __future__ import annotations

import hashlib
import re
import string

import spacy
from spacy.attrs import NORM
from spacy.tokenizer import Tokenizer

from .regexes import compile_pattern, stored_programs

try:
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

TOKENIZER_NAME = "claimcheck.plain_word_tokenizer.v1"
_LETTERS = string.ascii_letters
# Two departures from spaCy's English splitting, for product copy: a "+" between letters, joining two names, is split off
# ("Kava+kratom", "ashwagandha+rhodiola"; spaCy splits it only between digits), and "):" after a parenthesis is
# its close and a colon ("Reishi Cocoa (seasonal): cures insomnia"), not spaCy's sad-face emoticon.
EXTRA_INFIXES = [r"(?<=[A-Za-z])\+(?=[A-Za-z])"]
DROPPED_EXCEPTIONS = frozenset({"):"})
# Texting spellings in comments, reviews and social posts, read as the words they stand for: their NORM (which phrases
# and NORM token specs match on) is the NORM of that word, so "kratom cant hurt u", "no side fx" and "kava wont damage
# ur liver" match what "you", "side effects" and "your liver" do (the text and its LOWER stay as written; spaCy's own
# exceptions already read "cant", "wont", "isnt", "dont" as "ca/wo/is/do" + "nt" with the norm "not"). Only spellings
# that are no English word of their own, in the case given: not "its" (mostly the possessive: "its root"), "n" ("n =
# 30"), "r" (the R language), "BC" (a date, a province).
TEXTING_NORMS = {"u": "you", "U": "you", "ur": "your", "Ur": "your", "ppl": "people", "Ppl": "people", "fx": "effects",
                 "yrs": "years", "w/": "with", "W/": "with", "bc": "because", "b/c": "because"}

_CATEGORIES_WITH_LETTERS = {
    sre.CATEGORY_NOT_DIGIT, sre.CATEGORY_NOT_SPACE, sre.CATEGORY_WORD, sre.CATEGORY_NOT_LINEBREAK,
    sre.CATEGORY_UNI_NOT_DIGIT, sre.CATEGORY_UNI_NOT_SPACE, sre.CATEGORY_UNI_WORD, sre.CATEGORY_UNI_NOT_LINEBREAK}
_CATEGORIES_WITHOUT_LETTERS = {
    sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_LINEBREAK,
    sre.CATEGORY_UNI_DIGIT, sre.CATEGORY_UNI_SPACE, sre.CATEGORY_UNI_NOT_WORD, sre.CATEGORY_UNI_LINEBREAK}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_plain_word_tokenizer():
    """spaCy's default tokenizer factory (`spacy.language.create_tokenizer`), the same
    regexes and exceptions, with the provably useless searches skipped."""

    def tokenizer_factory(nlp) -> Tokenizer:
        defaults = nlp.Defaults
        read_texting_spellings(nlp.vocab)
        prefixes, suffixes, infixes = affix_expressions(defaults)
        programs = stored_programs([(prefixes, 0), (suffixes, 0), (infixes, 0)])
        prefix_search = compile_pattern(prefixes, 0, programs.get((prefixes, 0))).search if defaults.prefixes else None
        suffix_search = compile_pattern(suffixes, 0, programs.get((suffixes, 0))).search if defaults.suffixes else None
        infix_finditer = compile_pattern(infixes, 0, programs.get((infixes, 0))).finditer
        exceptions = {text: pieces for text, pieces in defaults.tokenizer_exceptions.items()
                      if text not in DROPPED_EXCEPTIONS}
        searches = (prefix_search, suffix_search, infix_finditer, defaults.token_match, defaults.url_match)
        proofs = stored_proofs([getattr(search, "__self__", None) for search in searches])
        return Tokenizer(
            nlp.vocab,
            rules=exceptions,
            prefix_search=skipping_plain_words(prefix_search, proofs=proofs),
            suffix_search=skipping_plain_words(suffix_search, proofs=proofs),
            infix_finditer=skipping_plain_words(infix_finditer, no_match=(), proofs=proofs),
            token_match=skipping_plain_words(defaults.token_match, proofs=proofs),
            url_match=skipping_plain_words(defaults.url_match, proofs=proofs),
        )

    return tokenizer_factory


class _TextingNorm:
    """A vocabulary's NORM getter that gives a texting spelling (`TEXTING_NORMS`) the NORM of the word it stands for,
    and any other word the NORM of the getter it wraps. Asked when a word first enters the vocabulary, after the
    checker has registered its lemmas: "fx" gets the NORM "effects" has then ("effect")."""

    def __init__(self, vocab, default):
        self.vocab, self.default = vocab, default

    def __call__(self, string: str) -> str:
        word = TEXTING_NORMS.get(string)
        if word is None:
            return self.default(string)
        return self.vocab[word].norm_


def read_texting_spellings(vocab) -> None:
    """Install `_TextingNorm` as the vocabulary's NORM getter (once), for the texting spellings not yet in it."""
    getter = vocab.lex_attr_getters.get(NORM) or str.lower
    if not isinstance(getter, _TextingNorm):
        vocab.lex_attr_getters[NORM] = _TextingNorm(vocab, getter)
    for spelling in TEXTING_NORMS:
        if spelling in vocab:
            vocab[spelling].norm_ = vocab[TEXTING_NORMS[spelling]].norm_


def affix_expressions(defaults) -> tuple[str, str, str]:
    """The prefix, suffix and infix expressions, as spaCy's `compile_prefix_regex`,
    `compile_suffix_regex` and `compile_infix_regex` join them (ours adds EXTRA_INFIXES); compiled
    here from stored programs, since `re` takes tens of milliseconds over spaCy's."""
    return ("|".join("^" + piece for piece in defaults.prefixes or () if piece.strip()),
            "|".join(piece + "$" for piece in defaults.suffixes or () if piece.strip()),
            "|".join(piece for piece in [*(defaults.infixes or ()), *EXTRA_INFIXES] if piece.strip()))


class Proofs(dict):
    """`never_matches_plain_words` by (pattern, flags), as `cache.compiled` keeps it."""


def stored_proofs(regexes) -> Proofs:
    """The proofs for these regexes, kept in the compiled cache: reading spaCy's regexes costs a
    start-up over 10 ms, and their patterns change only with spaCy (the cache key holds them)."""
    from .cache import compiled

    regexes = [regex for regex in regexes if isinstance(regex, re.Pattern)]
    key = hashlib.sha256(repr(sorted((regex.pattern, regex.flags) for regex in regexes)).encode()).hexdigest()
    return compiled(f"plain-word-proofs-{key[:32]}", [], lambda: Proofs(
        ((regex.pattern, regex.flags), never_matches_plain_words(regex)) for regex in regexes))


def skipping_plain_words(search, no_match=None, proofs: dict | None = None):
    """A regex's bound `search`, `match` or `finditer`, answering `no_match` at once for a piece of
    ASCII letters when no such piece can match; any other callable as it is. `proofs` holds what
    `never_matches_plain_words` answered before, by (pattern, flags)."""
    regex = getattr(search, "__self__", None)
    if not isinstance(regex, re.Pattern):
        return search
    never = (proofs or {}).get((regex.pattern, regex.flags))
    if not (never_matches_plain_words(regex) if never is None else never):
        return search

    def search_unless_plain_word(text: str):
        if text.isalpha() and text.isascii():
            return no_match
        return search(text)

    return search_unless_plain_word


def never_matches_plain_words(regex: re.Pattern) -> bool:
    """Whether no string of ASCII letters holds a match of `regex` anywhere."""
    if regex.flags & re.IGNORECASE:  # case folding maps some other letters (the Kelvin sign) to ASCII ones
        return False
    return _needs_a_non_letter(sre_parse.parse(regex.pattern, regex.flags))


def _needs_a_non_letter(items) -> bool:
    """Whether every match of a parsed sequence consumes or looks at a character other than an
    ASCII letter. False whenever unsure."""
    for op, value in items:
        if op == sre.LITERAL:
            if chr(value) not in _LETTERS:
                return True
        elif op == sre.IN:
            if not _class_admits_a_letter(value):
                return True
        elif op == sre.SUBPATTERN:
            _group, add_flags, _del_flags, pattern = value
            if not add_flags & re.IGNORECASE and _needs_a_non_letter(pattern):
                return True
        elif op == sre.BRANCH:
            if all(_needs_a_non_letter(branch) for branch in value[1]):
                return True
        elif op in _REPEATS:
            least, _most, pattern = value
            if least >= 1 and _needs_a_non_letter(pattern):
                return True
        elif op == sre.ASSERT:  # a lookaround sees only the piece itself
            if _needs_a_non_letter(value[1]):
                return True
    return False


def _class_admits_a_letter(items) -> bool:
    negated = False
    members: set[str] = set()
    for op, value in items:
        if op == sre.NEGATE:
            negated = True
        elif op == sre.LITERAL:
            members.add(chr(value))
        elif op == sre.RANGE:
            low, high = value
            members.update(letter for letter in _LETTERS if low <= ord(letter) <= high)
        elif op == sre.CATEGORY and value in _CATEGORIES_WITH_LETTERS:
            members.update(_LETTERS)
        elif not (op == sre.CATEGORY and value in _CATEGORIES_WITHOUT_LETTERS):
            return True  # a class item this does not read
    held = sum(letter in members for letter in _LETTERS)
    return held < len(_LETTERS) if negated else held > 0
