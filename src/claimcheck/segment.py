"""Sentence segmentation: spaCy's rule-based sentencizer plus line-structure rules.

The plain ``sentencizer`` only splits at sentence punctuation, so a heading, a bullet or a
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

from spacy.attrs import ORTH
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


def add_abbreviations(nlp: Language) -> None:
    for abbreviation in EXTRA_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _line_break_ends_block(text: str, gap_start: int, gap_end: int) -> bool:
    """Decide whether the whitespace text[gap_start:gap_end], holding a line break, ends a sentence."""
    gap = text[gap_start:gap_end].replace("\r\n", "\n").replace("\r", "\n")
    if gap.count("\n") >= 2:
        return True  # blank line: paragraph end
    before = text[:gap_start].rstrip(" \t")
    if not before:
        return True
    next_line_end = text.find("\n", gap_end)
    next_line = text[gap_end: next_line_end if next_line_end >= 0 else len(text)]
    if _LIST_ITEM.match(next_line):
        return True
    previous_line = before[max(before.rfind("\n"), before.rfind("\r")) + 1:]
    if _LIST_ITEM.match(previous_line + " ") or previous_line.lstrip().startswith("#"):
        return True
    if before[-1] in _SENTENCE_END:
        return True
    first = next_line.lstrip()[:1]
    # A lower-case start or a continuing comma/hyphen means a hard-wrapped sentence.
    if not first or first.islower() or before[-1] in ",-–(/&" or first in ",;)":
        return False
    return True


@Language.component("line_boundaries")
def line_boundaries(doc: Doc) -> Doc:
    text = doc.text
    if "\n" not in text and "\r" not in text:
        return doc
    last = len(doc) - 1
    for token in doc:
        if not token.is_space or token.i == last or ("\n" not in token.text and "\r" not in token.text):
            continue
        ends = _line_break_ends_block(text, token.idx, token.idx + len(token.text))
        doc[token.i + 1].is_sent_start = ends
        if ends and token.i > 0:
            token.is_sent_start = False  # the line break belongs to the sentence it ends
    return doc
