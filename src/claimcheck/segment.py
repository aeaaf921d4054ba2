"""Sentence segmentation: spaCy's rule-based sentencizer rule plus line-structure rules.

``sentence_punctuation`` applies the rule of spaCy's ``sentencizer`` (on token arrays, for
speed). That rule only splits at sentence punctuation, so a heading, a bullet or a
paragraph without a final period runs into the next line. After it has run, the
``line_boundaries`` component starts a new sentence after every line break that ends a
block: a blank line, a line ending in sentence punctuation or a colon, a line followed by
a list item, or a line followed by one that starts with a capital (headings and short
standalone lines). A line break inside a hard-wrapped sentence (the next line starts in
lower case and the previous one does not end a sentence) is not a boundary.

Abbreviations and decimals are kept whole by tokenizer special cases (``Approx.``,
``Fig.``…); spaCy's English exceptions already cover ``Dr.``, ``U.S.``, ``e.g.``, ``vs.``.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.pipeline import Sentencizer
from spacy.language import Language
from spacy.tokens import Doc

EXTRA_ABBREVIATIONS = (
    "approx.", "Approx.", "fig.", "Fig.", "figs.", "Figs.", "no.", "No.", "nos.", "vol.", "Vol.",
    "ca.", "cf.", "Cf.", "incl.", "est.", "Est.", "min.", "max.", "Inc.", "Ltd.", "Co.", "Corp.",
    "Jr.", "Sr.", "Mt.", "Ft.", "Prof.", "Ph.D.", "PhD.", "M.D.", "i.e.", "e.g.", "et al.", "al.",
    "spp.", "sp.", "var.", "subsp.", "ssp.", "syn.", "St.", "Ste.", "oz.", "lb.", "lbs.", "tbsp.",
    "tsp.", "Tbsp.", "Tsp.", "hr.", "hrs.", "wk.", "wks.", "yr.", "yrs.", "Ave.", "Rd.", "Blvd.",
    "Dept.", "Univ.", "Gov.", "Sen.", "Rep.", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.", "Rev.",
    "Hon.", "Mmes.", "Messrs.", "Ref.", "Refs.", "Eq.", "Tab.", "Suppl.", "Ed.", "Eds.", "eds.",
)

# A list item marker at the start of a line in plain text: "-", "*", "•", "1.", "2)", "a)".
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•▪‣◦–—]|\d{1,3}[.)]|[a-z][.)])\s")
_SENTENCE_END = ".!?:;…\"”’)]"
_NEXT_LINE_BREAK = re.compile(r"[\r\n\u2029]\s*")
# Lower-case words a sentence cannot end with: a line ending in one is hard-wrapped.
_CONTINUING_WORDS = frozenset(
    "a an the and or nor but of to in into on onto at by for from with without as than like such "
    "between among including about over under via per whose which that is are was were be been "
    "its their our your his her my this these those".split())
# Boundaries the sentencizer gets wrong inside a line (see _repair_inline_boundaries).
_NUMBERED_ITEM = re.compile(r"(?m)^[ \t]*\d{1,3}[.)][ \t]+(?=\S)")
_ELLIPSIS_THEN_CAPITAL = re.compile(r"(?:\.\.\.|…)[ \t]+(?=[A-Z])")
_CLOSER_THEN_LOWER = re.compile(r"[.?!…][\"”’')\]]+[ \t]+(?=[a-z])")
_END_THEN_SYMBOL = re.compile(r"[.?!][\"”’')\]]*[ \t]+(?=[^\w\s\"“‘'(\[])")


def add_abbreviations(nlp: Language) -> None:
    for abbreviation in EXTRA_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _line_break_ends_block(text: str, gap_start: int, gap_end: int) -> bool:
    """Decide whether the whitespace text[gap_start:gap_end], holding a line break, ends a sentence."""
    gap = text[gap_start:gap_end].replace("\r\n", "\n").replace("\r", "\n")
    if gap.count("\n") >= 2 or "\u2029" in gap:
        return True  # blank line: paragraph end
    # The text before the gap, without its trailing spaces and tabs, is text[:before_end]
    # (indices, not a copy: a copy per line break made long texts quadratic).
    before_end = gap_start
    while before_end and text[before_end - 1] in " \t":
        before_end -= 1
    if not before_end:
        return True
    next_line_end = text.find("\n", gap_end)
    next_line = text[gap_end: next_line_end if next_line_end >= 0 else len(text)]
    if _LIST_ITEM.match(next_line):
        return True
    previous_line = text[max(text.rfind("\n", 0, before_end), text.rfind("\r", 0, before_end)) + 1:before_end]
    if previous_line.lstrip().startswith("#"):
        return True  # a heading is a block of its own
    first = next_line.lstrip()[:1]
    if _LIST_ITEM.match(previous_line + " "):
        return not first.islower()  # an item ends at its line unless a lower-case line continues it
    last = text[before_end - 1]
    if last in _SENTENCE_END:
        return True
    # A lower-case start or a continuing comma/hyphen means a hard-wrapped sentence.
    if not first or first.islower() or last in ",-–(/&" or first in ",;)":
        return False
    # So does a line ending in a word that cannot end a sentence ("such as / Vanuatu").
    # (The text before may end in whitespace that is not a space or tab, such as a vertical tab.)
    return _last_word(text, before_end) not in _CONTINUING_WORDS


def _last_word(text: str, end: int) -> str:
    """``(text[:end].rsplit(None, 1) or [""])[-1]`` without copying text[:end]."""
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


class SentenceStarts:
    """The Doc's sentence starts as a plain list, written back once: setting
    ``Token.is_sent_start`` checks the whole Doc for a parse on every call."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.values = doc.to_array(SENT_START).view("int64").tolist()  # 1 start, -1 inside, 0 unset

    def __getitem__(self, i: int) -> bool:
        return self.values[i] == 1

    def __setitem__(self, i: int, start: bool) -> None:
        self.values[i] = 1 if start else -1

    def write(self) -> None:
        self.doc.from_array([SENT_START], numpy.array(self.values, dtype="int64").view("uint64"))


@Language.component("sentence_punctuation")
def sentence_punctuation(doc: Doc) -> Doc:
    """spaCy's ``sentencizer`` rule — a sentence starts at the first token after sentence-final
    punctuation that is neither punctuation nor sentence-final itself (so closing quotes stay
    with their sentence) — computed on token arrays: the built-in component builds a Python
    Token for every token of the text, which made it one of the slowest stages."""
    if not len(doc):
        return doc
    orths = doc.to_array(ORTH)
    finals = _final_hashes(doc)  # sorted: a lookup by bisection, cheaper than numpy.isin's sort
    found = numpy.minimum(numpy.searchsorted(finals, orths), len(finals) - 1)
    final = finals[found] == orths
    punct = doc.to_array(IS_PUNCT).astype(bool)
    content = numpy.flatnonzero(~punct & ~final)
    starts = numpy.full(len(doc), -1, dtype="int64")
    starts[0] = 1
    following = numpy.searchsorted(content, numpy.flatnonzero(final), side="right")
    starts[content[following[following < len(content)]]] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc


def _final_hashes(doc: Doc) -> numpy.ndarray:
    cached = _FINAL_HASHES.get(id(doc.vocab.strings))
    if cached is None:
        cached = numpy.unique(numpy.array([doc.vocab.strings.add(ch) for ch in Sentencizer.default_punct_chars],
                                          dtype="uint64"))
        _FINAL_HASHES[id(doc.vocab.strings)] = cached
    return cached


_FINAL_HASHES: dict[int, numpy.ndarray] = {}


@Language.component("line_boundaries")
def line_boundaries(doc: Doc) -> Doc:
    # Doc.text rebuilds the text from every token (a Python object each) on each call: the
    # Checker stores the text it tokenized, and the rule kinds reuse it from here.
    text = doc.user_data.get("claimcheck.text")
    if text is None:
        text = doc.user_data["claimcheck.text"] = doc.text
    if not len(doc):
        return doc
    starts = SentenceStarts(doc)
    tokens = _TokenPositions(doc)
    for position in _NEXT_LINE_BREAK.finditer(text):
        gap_start, gap_end = position.span()
        # the tokens holding this line break: the last is whitespace, the next starts the line
        after = tokens.holding(gap_end - 1) + 1
        if after < len(doc):
            space = after - 1 if tokens.is_space[after - 1] else None
            ends = _line_break_ends_block(text, gap_start, gap_end)
            starts[after] = ends
            if ends and space:
                starts[space] = False  # the line break belongs to the sentence it ends
    _repair_inline_boundaries(doc, text, starts, tokens)
    starts[0] = True
    starts.write()
    return doc


class _TokenPositions:
    """Which token holds a character (as ``Doc.char_span(..., "expand")`` finds it: a token
    owns its trailing whitespace), by bisection on the tokens' offsets read once."""

    def __init__(self, doc: Doc):
        table = doc.to_array([IDX, IS_SPACE])
        self.offsets = table[:, 0].tolist()
        self.is_space = table[:, 1].astype(bool).tolist()

    def holding(self, char: int) -> int:
        return bisect_right(self.offsets, char) - 1


def _token_at(doc: Doc, tokens: _TokenPositions, char: int):
    """The token holding a character, or None past the end of the text."""
    if not 0 <= char < len(doc.user_data.get("claimcheck.text") or doc.text):
        return None
    return doc[tokens.holding(char)]


def _is_symbol(token) -> bool:
    return bool(token.text) and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in token.text)


def _repair_inline_boundaries(doc: Doc, text: str, starts: SentenceStarts, tokens: _TokenPositions) -> None:
    """Fix, within a line, what the sentencizer decides from punctuation alone: a numbered
    item's marker ("1.") ends nothing; "?" or "!" inside quotes or brackets followed by a
    lower-case word ends nothing; an ellipsis before a capital ends a sentence; an emoji
    after a sentence's end belongs to that sentence."""
    for match in _NUMBERED_ITEM.finditer(text):
        token = _token_at(doc, tokens, match.end())
        if token is not None and token.i > 0:
            starts[token.i] = False
    for match in _CLOSER_THEN_LOWER.finditer(text):
        token = _token_at(doc, tokens, match.end())
        if token is not None and token.i > 0:
            starts[token.i] = False
    for match in _ELLIPSIS_THEN_CAPITAL.finditer(text) if "..." in text or "…" in text else ():
        token = _token_at(doc, tokens, match.end())
        if token is not None and token.i > 0:
            starts[token.i] = True
    for match in _END_THEN_SYMBOL.finditer(text):
        token = _token_at(doc, tokens, match.end())
        if token is None or token.i == 0 or not starts[token.i] or not _is_symbol(token):
            continue
        end = token.i
        while end < len(doc) and (_is_symbol(doc[end]) or (doc[end].is_space and "\n" not in doc[end].text)):
            end += 1
        starts[token.i] = False
        for i in range(token.i + 1, end):
            starts[i] = False
        if end < len(doc) and not doc[end].is_space:
            starts[end] = True
