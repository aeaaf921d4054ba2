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

import numpy
from spacy.attrs import IDX, NORM, ORTH, SENT_START
from spacy.pipeline import Sentencizer
from spacy.language import Language
from spacy.tokens import Doc

EXTRA_ABBREVIATIONS = (
    "approx.", "Approx.", "fig.", "Fig.", "figs.", "Figs.", "no.", "No.", "nos.", "vol.", "Vol.",
    "ca.", "cf.", "Cf.", "incl.", "est.", "Est.", "min.", "max.", "Inc.", "Ltd.", "Co.", "Corp.",
    "Jr.", "Sr.", "Mt.", "Ft.", "Prof.", "Ph.D.", "PhD.", "M.D.", "i.e.", "e.g.", "et al.", "al.", "a.k.a.", "A.K.A.",
    "spp.", "sp.", "var.", "subsp.", "ssp.", "syn.", "St.", "Ste.", "oz.", "lb.", "lbs.", "tbsp.",
    "tsp.", "Tbsp.", "Tsp.", "hr.", "hrs.", "wk.", "wks.", "yr.", "yrs.", "Ave.", "Rd.", "Blvd.",
    "Dept.", "Univ.", "Gov.", "Sen.", "Rep.", "Gen.", "Col.", "Capt.", "Lt.", "Sgt.", "Rev.",
    "Hon.", "Mmes.", "Messrs.", "Ref.", "Refs.", "Eq.", "Tab.", "Suppl.", "Ed.", "Eds.", "eds.",
    # titles in capitals, as transcripts label their speakers: "DR. LEE: Absolutely."
    "DR.", "MR.", "MRS.", "MS.", "PROF.",
)

# A list item marker at the start of a line in plain text: "-", "*", "•", "1.", "2)", "a)".
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•▪‣◦–—]|\d{1,3}[.)]|[a-z][.)])\s")
_SENTENCE_END = ".!?:;…\"”’)]"
_NEXT_LINE_BREAK = re.compile(r"[\r\n\u2029]\s*")
# The same in a text without \r or \u2029, found faster: a literal first character lets the
# regex engine skip ahead.
_LINE_FEED = re.compile(r"\n\s*")
# Lower-case words a sentence cannot end with: a line ending in one is hard-wrapped.
_CONTINUING_WORDS = frozenset(
    "a an the and or nor but of to in into on onto at by for from with without as than like such "
    "between among including about over under via per whose which that is are was were be been "
    "its their our your his her my this these those".split())
# Boundaries the sentencizer gets wrong inside a line (see _repair_inline_boundaries).
_NUMBERED_ITEM = re.compile(r"\n[ \t]*\d{1,3}[.)][ \t]+(?=\S)")  # after a line feed
_ELLIPSIS_THEN_CAPITAL = re.compile(r"(?:\.\.\.|…)[ \t]+(?=[A-Z])")
# An opening quote, or the "#" or "@" of a hashtag or handle, after a sentence's end, against the word it opens: the
# sentencizer leaves it with the sentence before ('… hedges. "' + 'Cures anxiety" is a red flag.', 'Great night. #'
# + 'sleepwell'); it opens the next one. So does the bracket of a transcript's timestamp ('… anxiety? [' + '14:05]
# GUEST: Absolutely.').
_END_THEN_OPENER = re.compile(r"""[.?!…]["”’')\]]*[ \t]+(?P<opener>["“‘'#@](?=[A-Za-z])|\[(?=\d{1,2}:\d{2}))""")
# In one scan: sentence punctuation, closing quotes or brackets, and spaces before either
# a lower-case letter (after a closer, the sentence goes on) or a symbol such as an emoji
# (after ".?!", it belongs to the sentence ended).
# an emphatic fragment closing the claim before it belongs to that claim: "Turmeric works. Period.", "Kava calms you.
# Full stop." (a capital on the fragment: not "during her period.")
# So does one that says it happens each time: "Kava works. Every single time.", "… Each and every time.", "… Without
# fail." (a fragment of its own: not "Every time I drink it, I sleep.")
_EMPHATIC_FRAGMENTS = ("Period", "Full stop", "End of story", "No exceptions", "Guaranteed", "Case closed", "Every ",
                       "Each and every", "Without fail")
_EMPHATIC_FRAGMENT = re.compile(r"[.!][\"”’')\]]*[ \t]+(?P<fragment>(?:Period|Full stop|End of story|No exceptions|Guaranteed|"
                                r"Case closed|Every (?:single )?time|Each and every time|Without fail)[.!]+)[\"”’')\]]*(?=\s|$)")
# A run of one-word fragments that stutters a claim for emphasis: "Kava works. Every. Single. Time.", "No. Side.
# Effects.", "Zero. Withdrawal." Each item is a word (or a percentage) closed by "." or "!" that opens its sentence (after
# sentence punctuation or a colon, or at a line's start); two or more in a row read as one sentence, and a run right
# after a sentence's full stop on the same line belongs to that sentence, as "Period." does. (A word of two letters at
# least: not initials, "J. R. Smith".) The gate finds two items in a row before the scan that reads each.
# Two one-word sentences in a row after a sentence's end, or at a line's start. Three patterns, not one alternation:
# each then starts with a literal or a character class, which the regex engine scans for quickly (about half the time).
_STUTTER_GATES = (re.compile(r"[.!:][ \t]+[A-Za-z][A-Za-z'’-]+[.!]+[ \t]+[A-Za-z][A-Za-z'’-]+[.!]"),
                  re.compile(r"\n[ \t]*[A-Za-z][A-Za-z'’-]+[.!]+[ \t]+[A-Za-z][A-Za-z'’-]+[.!]"))
_STUTTER_AT_START = re.compile(r"[ \t]*[A-Za-z][A-Za-z'’-]+[.!]+[ \t]+[A-Za-z][A-Za-z'’-]+[.!]")
_ONE_WORD_ITEM = re.compile(r"(?:(?<=[.!?:])[ \t]+|^[ \t]*)(?P<word>[A-Za-z][A-Za-z'’-]+|\d+%)[.!]+(?=\s|$)", re.M)
_AFTER_SENTENCE_END = re.compile(r"(?P<end>[.?!…])(?P<closers>[\"”’')\]]*)[ \t]+(?=[a-z]|[^\w\s\"“‘'(\[])")


def add_abbreviations(nlp: Language) -> None:
    for abbreviation in EXTRA_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    add_upper_case_contractions(nlp)


def add_upper_case_contractions(nlp: Language) -> None:
    """Split contractions written in capitals as spaCy splits them in lower case: "DOESN'T" into "DOES" + "N'T",
    "DONT" into "DO" + "NT" (norm "not"). spaCy's English exceptions hold lower and title case only, so in
    all-caps copy ("KAVA DOESN'T CURE ANXIETY", "KRATOM ISN'T ADDICTIVE") the negation was part of one word that no
    cue or rule reads. Forms with an apostrophe, and those without one that end in "nt" ("DIDNT", "ISNT"): an
    all-caps "ID", "HES" or "IM" is more often an acronym."""
    rules = nlp.tokenizer.rules
    for text, pieces in list(rules.items()):
        if len(pieces) < 2 or not text.islower():
            continue
        if not ("'" in text or "’" in text or (text.isalpha() and text.endswith("nt"))):
            continue
        upper = text.upper()
        if upper not in rules:
            nlp.tokenizer.add_special_case(
                upper, [{ORTH: piece[ORTH].upper(), NORM: piece.get(NORM, piece[ORTH].lower())} for piece in pieces])


def _line_break_ends_block(text: str, gap_start: int, gap_end: int) -> bool:
    """Decide whether the whitespace text[gap_start:gap_end], holding a line break, ends a sentence."""
    if text.count("\n", gap_start, gap_end) >= 2:
        return True  # blank line (the common case, tested before normalizing line endings)
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
    if _ends_in_tag_or_emoji(text, before_end):
        return True  # social copy closes its line with a hashtag or an emoji: "… never looked back 🙌 #healing"
    # A lower-case start or a continuing comma/hyphen means a hard-wrapped sentence.
    if not first or first.islower() or last in ",-–(/&" or first in ",;)":
        return False
    # So does a line ending in a word that cannot end a sentence ("such as / Vanuatu").
    # (The text before may end in whitespace that is not a space or tab, such as a vertical tab.)
    return _last_word(text, before_end) not in _CONTINUING_WORDS


# Symbols that end a word rather than a post: "Kava Calm®", "heated to 80°"
_WORD_SYMBOLS = frozenset("®©™°℃℉")


def _ends_in_tag_or_emoji(text: str, end: int) -> bool:
    """Does text[:end] end in a hashtag ("#healing", "#kava") or a pictograph ("🙌", "✨", "✅️", "💪🏽")? A post writes
    a line a sentence and closes it with these, with no full stop: the next line, even in lower case, is a new
    sentence ("… #healing" / "kava > xanax."), not the rest of a hard-wrapped one."""
    last = text[end - 1]
    position = end - 1
    # a variation selector, a skin tone or a joiner after the pictograph: "✅️", "💪🏽"
    while position and (unicodedata.category(last) in ("Mn", "Sk") or last == "\u200d"):
        position -= 1
        last = text[position]
    if unicodedata.category(last) == "So" and last not in _WORD_SYMBOLS:
        return True
    word = _last_word(text, end)
    return len(word) > 1 and word[0] == "#" and word[1].isalpha()


# Bullets that set off the items of an inline list, as a comma would: "Kava • no hangover • no side effects"
_BULLETS = frozenset("•‣⁃∙·▪▫◦●○◆◇■□►▸▶➤➢→")


def inline_separators(text: str, offsets: numpy.ndarray) -> list[int]:
    """The tokens that set off the items of a list inside a line as a comma would: an emoji, a check mark or a star
    ("no hangover 🌿 no side effects", "energy ✔ non-addictive ✔ …") or a bullet ("… • no crash • …"); not a
    symbol that ends a word ("Kava Calm®"). Only the tokens opening with a character above U+2000 are read (an ASCII
    text has none)."""
    if text.isascii():
        return []
    firsts = _code_points(text).take(offsets)
    found = []
    for i in (firsts >= 0x2022).nonzero()[0].tolist():
        start = int(offsets[i])
        end = int(offsets[i + 1]) if i + 1 < len(offsets) else len(text)
        token = text[start:end].rstrip()
        if token and (token in _BULLETS or all(
                unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in token)
                      and not _WORD_SYMBOLS.intersection(token) and unicodedata.category(token[0]) == "So"):
            found.append(i)
    return found


# A single line break between two words: a hard-wrapped line, unless it ends a block. The
# regex finds the line break before a word; the character before it is tested in Python: a
# pattern opening with the lookbehind (?<=\S) tested every character of the text, 8 times
# slower than one opening with the literal line feed (1,000 benchmark articles: 0.26 s -> 0.03 s).
_LINE_FEED_BEFORE_WORD = re.compile(r"\n(?=\S)")


def join_wrapped_lines(prose: str) -> str:
    """The prose with each hard wrap inside a sentence read as a space (same length).

    spaCy makes a line break a token of its own, so "the FDA has not\napproved it" would
    hold a token between "not" and "approved" that no phrase or pattern allows for. A
    line break that ``_line_break_ends_block`` keeps inside the sentence is only where
    the writer's editor wrapped the line: it reads as the space it stands for. Breaks that
    may end a sentence (a heading, a list item, a line ending in a full stop, a capital
    after a line that could end one) stay, for the segmenter."""
    if "\n" not in prose:
        return prose
    joined = [position for position in _wraps(prose)
              if not _line_break_ends_block(prose, position, position + 1)]
    if not joined:
        return prose
    characters = list(prose)
    for position in joined:
        characters[position] = " "
    return "".join(characters)


def _wraps(prose: str) -> list[int]:
    r"""Where a line break stands between two non-space characters (``(?<=\S)\n(?=\S)``)."""
    return [position for position in (match.start() for match in _LINE_FEED_BEFORE_WORD.finditer(prose))
            if position and not prose[position - 1].isspace()]


def _last_word(text: str, end: int) -> str:
    """``(text[:end].rsplit(None, 1) or [""])[-1]`` without copying text[:end]."""
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


@Language.component("sentence_punctuation")
def sentence_punctuation(doc: Doc) -> Doc:
    """spaCy's ``sentencizer`` rule — a sentence starts at the first token after sentence-final
    punctuation that is neither punctuation nor sentence-final itself (so closing quotes stay
    with their sentence) — computed on token arrays: the built-in component builds a Python
    Token for every token of the text, which made it one of the slowest stages.

    The tokens are read from the text at their offsets (reading ORTH or IS_PUNCT for every
    token cost more), and the offsets are left for line_boundaries."""
    if not len(doc):
        return doc
    text = _text_of(doc)
    offsets = doc.to_array(IDX).view("int64")
    chars = _code_points(text)
    first_chars = chars[offsets]
    final = _is_final(chars, offsets, first_chars)
    starts = numpy.full(len(doc), -1, dtype="int64")  # 1 start, -1 inside
    starts[0] = 1
    starts[_first_content_after_finals(doc, final, first_chars)] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    # line_boundaries, which follows, continues from these instead of reading them again
    doc.user_data[_PUNCTUATION_ARRAYS] = starts, offsets, chars
    return doc


_PUNCTUATION_ARRAYS = "claimcheck.punctuation_arrays"
_FINAL_CODES = sorted(map(ord, Sentencizer.default_punct_chars))
_FINAL_CHAR = numpy.zeros(_FINAL_CODES[-1] + 2, dtype=bool)  # by code point; the last for any above (clipped)
_FINAL_CHAR[_FINAL_CODES] = True
# ASCII characters that are not punctuation, then False for any other (indices clip to it): a
# token starting with one is neither punctuation (spaCy's IS_PUNCT: every character is) nor
# final (all final characters are punctuation).
_PLAIN_ASCII = numpy.array([not unicodedata.category(chr(code)).startswith("P") for code in range(128)] + [False])


def _code_points(text: str) -> numpy.ndarray:
    return numpy.frombuffer(text.encode("utf-32-le"), dtype="uint32")


def _text_of(doc: Doc) -> str:
    """Doc.text rebuilds the text from every token (a Python object each) on each call: the
    Checker stores the text it tokenized, and the rule kinds reuse it from here."""
    text = doc.user_data.get("claimcheck.text")
    if text is None:
        text = doc.user_data["claimcheck.text"] = doc.text
    return text


def _is_final(chars: numpy.ndarray, offsets: numpy.ndarray, first_chars: numpy.ndarray) -> numpy.ndarray:
    """Which tokens are one sentence-final character. A token is one character long when the
    next one starts a character later, or two with a space between (a token never ends in a
    space: spaCy's tokenizer makes the space after a token its trailing whitespace)."""
    candidates = _FINAL_CHAR.take(first_chars, mode="clip").nonzero()[0]
    widths = numpy.append(offsets, len(chars))[candidates + 1] - offsets[candidates]
    next_chars = chars.take(offsets[candidates] + 1, mode="clip")
    final = numpy.zeros(len(offsets), dtype=bool)
    final[candidates[(widths == 1) | ((widths == 2) & (next_chars == ord(" ")))]] = True
    return final


def _first_content_after_finals(doc: Doc, final: numpy.ndarray, first_chars: numpy.ndarray) -> list[int]:
    """The first token after each final one that is neither punctuation nor final. Most start
    with a plain ASCII character; only the others are looked up."""
    following = final[:-1].nonzero()[0] + 1
    plain = _PLAIN_ASCII.take(first_chars[following], mode="clip")
    found = following[plain].tolist()
    walked_to = 0
    for i in following[~plain].tolist():
        if i < walked_to:
            continue  # inside a run a previous walk crossed: it ends at the same token
        # a closing quote or bracket, or more punctuation: walk on to the content after it
        while i < len(doc) and (final[i] or doc[i].is_punct):
            i += 1
        walked_to = i
        if i < len(doc):
            found.append(i)
    return found


@Language.component("line_boundaries")
def line_boundaries(doc: Doc) -> Doc:
    text = _text_of(doc)
    if not len(doc):
        return doc
    # Right after sentence_punctuation (as build_nlp adds them), continue from its arrays.
    arrays = doc.user_data.pop(_PUNCTUATION_ARRAYS, None)
    if arrays is None:
        arrays = doc.to_array(SENT_START).view("int64"), doc.to_array(IDX).view("int64"), _code_points(text)
    starts, offsets, chars = arrays  # starts: 1 start, -1 inside, 0 unset
    _mark_line_ends(text, starts, offsets)
    _repair_inline_boundaries(doc, text, chars, starts, offsets)
    starts[0] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    # the last stage to set sentence starts: annotate.token_table takes these instead of reading them again
    doc.user_data[SENTENCE_STARTS_AND_OFFSETS] = starts.view("uint64"), offsets.view("uint64")
    return doc


# Doc.user_data key: the SENT_START and IDX of every token, as Doc.to_array gives them, once segmented
SENTENCE_STARTS_AND_OFFSETS = "claimcheck.sentence_starts_and_offsets"


def _tokens_holding(offsets: numpy.ndarray, chars: list[int]) -> numpy.ndarray:
    """Which token holds each character (as ``Doc.char_span(..., "expand")`` finds it: a token
    owns its trailing whitespace)."""
    return offsets.searchsorted(chars, side="right") - 1


def _mark_line_ends(text: str, starts: numpy.ndarray, offsets: numpy.ndarray) -> None:
    """Start a sentence after each line break that ends a block, and none after the others."""
    line_break = _LINE_FEED if "\r" not in text and "\u2029" not in text else _NEXT_LINE_BREAK
    gaps = [position.span() for position in line_break.finditer(text)]
    if gaps and gaps[-1][1] == len(text):
        gaps.pop()  # whitespace ending the text starts no line
    if not gaps:
        return
    # the tokens holding a line break: the last is whitespace, the next starts the line
    next_lines = _tokens_holding(offsets, [gap_end - 1 for _, gap_end in gaps]) + 1
    ends = numpy.array([_line_break_ends_block(text, gap_start, gap_end) for gap_start, gap_end in gaps], dtype=bool)
    starts[next_lines] = numpy.where(ends, 1, -1)
    # The line break belongs to the sentence it ends. (The token before a line is whitespace:
    # spaCy's tokenizer never puts a line break in another token.)
    starts[next_lines[ends] - 1] = -1


def _set_starts_at(starts: numpy.ndarray, offsets: numpy.ndarray, chars: list[int], start: int) -> None:
    """Set the start value of the tokens holding these characters, but the first token's."""
    if chars:
        tokens = _tokens_holding(offsets, chars)
        starts[tokens[tokens > 0]] = start


def _is_symbol(token) -> bool:
    return bool(token.text) and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in token.text)


def _after_sentence_ends(text: str, chars: numpy.ndarray) -> list[re.Match]:
    """``_AFTER_SENTENCE_END.finditer(text)``, tried only where it can match: at ".?!…" before a
    closer, or before a space or tab not followed by a capital or digit (a regex scan for a
    character class tests every character, slowly; its matches cannot overlap, as only their
    first character is sentence-final)."""
    finals = _LOOKUP_FINAL.take(chars, mode="clip").nonzero()[0]
    following = chars.take(finals + 1, mode="clip")
    after_gap = chars.take(finals + 2, mode="clip")
    possible = _LOOKUP_CLOSER.take(following, mode="clip") | (
        _LOOKUP_GAP.take(following, mode="clip") & ~_LOOKUP_CAPITAL_OR_DIGIT.take(after_gap, mode="clip"))
    matches = (_AFTER_SENTENCE_END.match(text, position) for position in finals[possible].tolist())
    return [match for match in matches if match]


def _lookup(characters: str) -> numpy.ndarray:
    """Whether a code point is one of these characters, by code point (the last entry, False,
    for any code point above them: index with mode="clip")."""
    table = numpy.zeros(max(map(ord, characters)) + 2, dtype=bool)
    table[list(map(ord, characters))] = True
    return table


# what _AFTER_SENTENCE_END starts with, and what follows the sentence-final character
_LOOKUP_FINAL = _lookup(".?!…")
_LOOKUP_CLOSER = _lookup("\"”’')]")
_LOOKUP_GAP = _lookup(" \t")
_LOOKUP_CAPITAL_OR_DIGIT = _lookup("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _stutter_joins(text: str) -> list[int]:
    """Where a sentence the sentencizer starts goes on instead: at each item of a run of one-word fragments but its
    first, and at the first when a full stop or "!" ends the sentence before it on the same line ("Kava works. Every.
    Single. Time." is one sentence; after a question, "Safe? No. Never." stays two)."""
    items = list(_ONE_WORD_ITEM.finditer(text))
    joins = []
    run_start = 0
    for i in range(1, len(items) + 1):
        if i < len(items) and items[i].start() == items[i - 1].end():
            continue
        if i - run_start >= 2:  # items[run_start:i], one run
            first = items[run_start]
            before = first.start() - 1
            if before >= 0 and text[before] in ".!" and not first.group().startswith(("\n", "\r")) \
                    and first.start() != first.start("word"):
                joins.append(first.start("word"))
            joins.extend(item.start("word") for item in items[run_start + 1:i])
        run_start = i
    return joins


def _repair_inline_boundaries(doc: Doc, text: str, chars: numpy.ndarray, starts: numpy.ndarray, offsets: numpy.ndarray) -> None:
    """Fix, within a line, what the sentencizer decides from punctuation alone: a numbered
    item's marker ("1.") ends nothing; "?" or "!" inside quotes or brackets followed by a
    lower-case word ends nothing; an ellipsis before a capital ends a sentence; an opening
    quote, hashtag or handle after a sentence's end opens the next one; an emoji or an emphatic
    fragment ("Period.", "Full stop.") after a sentence's end belongs to that sentence.

    Every pattern ends in a lookahead, so each match ends before the end of the text."""
    # "\n" + text: a numbered item starts a line, and a literal first character makes the scan fast
    numbered = [match.end() - 1 for match in _NUMBERED_ITEM.finditer("\n" + text)]
    closer_then_lower, end_then_symbol = [], []
    for match in _after_sentence_ends(text, chars):
        if "a" <= text[match.end()] <= "z":
            if match.group("closers"):
                closer_then_lower.append(match.end())
        elif match.group("end") != "…":
            end_then_symbol.append(match.end())
    _set_starts_at(starts, offsets, numbered, -1)
    _set_starts_at(starts, offsets, closer_then_lower, -1)
    if any(fragment in text for fragment in _EMPHATIC_FRAGMENTS):
        _set_starts_at(starts, offsets, [match.start("fragment") for match in _EMPHATIC_FRAGMENT.finditer(text)], -1)
    if _STUTTER_AT_START.match(text) or any(gate.search(text) for gate in _STUTTER_GATES):
        _set_starts_at(starts, offsets, _stutter_joins(text), -1)
    if "..." in text or "…" in text:
        _set_starts_at(starts, offsets, [match.end() for match in _ELLIPSIS_THEN_CAPITAL.finditer(text)], 1)
    if '"' in text or "“" in text or "‘" in text or "'" in text or "#" in text or "@" in text or "[" in text:
        openers = [match.start("opener") for match in _END_THEN_OPENER.finditer(text)]
        for i in _tokens_holding(offsets, openers).tolist() if openers else ():
            # the opener a token of its own, and the word after it the start the sentencizer chose
            if 0 < i < len(doc) - 1 and len(doc[i]) == 1 and starts[i] != 1 and starts[i + 1] == 1:
                starts[i], starts[i + 1] = 1, -1
    for i in _tokens_holding(offsets, end_then_symbol).tolist() if end_then_symbol else ():
        if i == 0 or starts[i] != 1 or not _is_symbol(doc[i]):
            continue
        end = i
        while end < len(doc) and (_is_symbol(doc[end]) or (doc[end].is_space and "\n" not in doc[end].text)):
            end += 1
        starts[i:end] = -1
        if end < len(doc) and not doc[end].is_space:
            starts[end] = 1
