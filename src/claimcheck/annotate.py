"""Annotation components: what every rule consults, marked once on the Doc.

* ``substance_mentions`` puts every mention of a knowledge-base substance (common names,
  aliases, misspellings, Latin binomials, plurals; possessives come apart in the
  tokenizer) and of a combination partner (alcohol, opioids, sedatives) in
  ``doc.spans["substances"]``: label = canonical id, ``kb_id_`` = how it was named
  (``name``, ``latin`` or ``partner``).
* ``context_cues`` marks hedges, negation, attribution, rebuttals, conditionals and
  questions with their scope, after NegEx/ConText: a cue phrase opens a scope that runs
  forward and/or backward until a clause terminator or a token limit. ``doc._.context``
  answers "which cues govern this token?". A question whose form asserts its content
  ("Why pay for pills when kava cures anxiety?", "Isn't it obvious that …?") is marked
  "asserted", not "open" (see ``_Rhetoric``); a quoted title next to a work noun ("the 'Zero
  Side Effects' album") is held at a distance; "…, but it doesn't." rebuts by ellipsis. A
  concessive clause reporting a third party's marketing is distanced, a past belief is distanced
  once corrected, and the writer as speaker, an endorsement ("…, and they're right") or a debunk
  of the warning itself ("that liver stuff is a myth") take distance back (``_settled_attributions``).

Why not negspacy: it implements NegEx for negation only, over ``doc.ents`` or span
groups, with its term lists in Python. We need one mechanism for five kinds of cue, cue
lists that rule authors edit in YAML, and scopes that every rule kind (phrase, relation,
identity, requirement) can query per token — so the ConText algorithm is implemented here
in ~100 lines over the phrase pass. medspaCy has a full ConText but is heavy and pins an
older spaCy.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

import numpy
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from .knowledge import Knowledge
from .phrase_index import PhraseIndex, SharedPhraseMatcher
from .segment import inline_separators
from .sources import BLOCK_BREAK
from .tables import table_rows
from .token_table import TABLE_COLUMNS, token_table

if not Doc.has_extension("context"):
    Doc.set_extension("context", default=None)


def sentence_at(doc: Doc, token_index: int) -> Span:
    """The sentence holding a token (an index past the end gives the last one). ``Token.sent``
    walks the tokens on every call; this numbers each token's sentence once per Doc."""
    index = doc.user_data.get(_SENTENCE_INDEX) or sentence_index_of(doc)  # inlined: ~200 calls a Doc
    number = index.number_at[index.start_of[token_index]]
    span = index.spans[number]
    return span if span is not None else index.span(number)


def sentence_bounds(doc: Doc, token_index: int) -> tuple[int, int]:
    """``sentence_at(doc, token_index)``'s start and end, without building its Span."""
    return sentence_index_of(doc).bounds(token_index)


def sentence_start_of(doc: Doc) -> list[int]:
    """The start of each token's sentence, by token index (for loops over many tokens)."""
    return sentence_index_of(doc).start_of


def sentence_numbers(doc: Doc) -> numpy.ndarray:
    """Each token's sentence number (the index of its start in ``sentence_starts``), as an array."""
    return sentence_index_of(doc).numbers


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, in order: ``sentences(doc)``'s starts without their Spans."""
    return sentence_index_of(doc).starts if len(doc) else []


def sentence_start_chars(doc: Doc) -> list[int]:
    """The character offset of each sentence's first token, in order."""
    return sentence_index_of(doc).start_chars if len(doc) else []


class _SentenceIndex:
    """The Doc's sentences as Doc.sents gives them (token 0 and every SENT_START of 1), read
    from the token table once; a sentence's Span is built when first asked for (building one
    makes spaCy create Tokens, and most sentences are never asked for)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        table = token_table(doc)
        opens = table[:, 3] == 1
        opens[:1] = True  # Doc.sents starts one at token 0 whatever its SENT_START
        starts = opens.nonzero()[0]
        self.starts = starts.tolist() or [0]
        self.start_chars = table[starts, TABLE_COLUMNS.index("IDX")].tolist()  # the Checker asks for every Doc's
        self.ends = [*self.starts[1:], len(doc)]
        self.number_at = {start: number for number, start in enumerate(self.starts)}  # sentence start -> number
        self.numbers = numpy.cumsum(opens) - 1  # each token's sentence number
        # each token's sentence start, plus the last sentence's for an index past the end
        self.start_of: list[int] = starts[self.numbers].tolist()
        self.start_of.append(self.starts[-1])
        self.spans: list[Span | None] = [None] * len(self.starts)
        self.char_bounds: list[tuple[int, int]] | None = None  # see sentence_char_bounds

    def bounds(self, token_index: int) -> tuple[int, int]:
        start = self.start_of[token_index]
        return start, self.ends[self.number_at[start]]

    def span(self, number: int) -> Span:
        span = self.spans[number]
        if span is None:
            span = self.spans[number] = Span(self.doc, self.starts[number], self.ends[number])
        return span

    def all(self) -> list[Span]:
        return [self.span(number) for number in range(len(self.starts))]

    def words(self, number: int) -> list:
        """Sentence `number`'s tokens but whitespace."""
        return [t for t in self.doc[self.starts[number]:self.ends[number]] if not t.is_space]

    def opens_block(self, number: int) -> bool:
        """Whether sentence `number` opens a block (a paragraph, a heading, a list item): it is the first, or a
        blank line or a masked block break comes between it and the sentence before."""
        previous = self.words(number - 1) if number > 0 else []
        if not previous:
            return True
        text = doc_text(self.doc)
        gap = text[previous[-1].idx + len(previous[-1].text):self.doc[self.starts[number]].idx]
        return BLOCK_BREAK in gap or bool(_BLANK_LINE.search(gap))

    def is_heading(self, number: int) -> bool:
        """A heading, as masked text shows one: a short block of its own (at most HEADING_WORDS words), not
        quoted, with no closing stop."""
        own = self.words(number)
        if not own or own[0].text in _QUOTES or own[-1].text in (".", "!", "?", ":"):
            return False
        if sum(t.is_alpha for t in own) > HEADING_WORDS:
            return False
        return self.opens_block(number) and (number + 1 >= len(self.starts) or self.opens_block(number + 1))


_SENTENCE_INDEX = "claimcheck.sentence_index"
HEADING_WORDS = 12  # a heading holds at most this many words


def sentence_char_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence's (start_char, end_char), as its Span gives them, without building Spans."""
    if not len(doc):
        return []
    index = sentence_index_of(doc)
    if index.char_bounds is None:
        last_tokens = token_table(doc)[numpy.array(index.ends) - 1]
        strings = doc.vocab.strings
        lengths = [len(strings[orth]) for orth in last_tokens[:, TABLE_COLUMNS.index("ORTH")].tolist()]
        ends = (last_tokens[:, TABLE_COLUMNS.index("IDX")] + numpy.array(lengths, dtype="uint64")).tolist()
        index.char_bounds = list(zip(index.start_chars, ends))
    return index.char_bounds


def sentence_index_of(doc: Doc) -> _SentenceIndex:
    index = doc.user_data.get(_SENTENCE_INDEX)
    if index is None:
        index = doc.user_data[_SENTENCE_INDEX] = _SentenceIndex(doc)
    return index


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: ``Doc.text`` joins every token on each access."""
    text = doc.user_data.get("claimcheck.text")
    if text is None:
        text = doc.user_data["claimcheck.text"] = doc.text
    return text


def context_of(doc: Doc) -> Context:
    """``doc._.context`` without building spaCy's underscore object on every access."""
    return doc.user_data["claimcheck.context"]


def mentions_of(doc: Doc) -> list[Span]:
    """The substance mentions as a plain list (iterating a SpanGroup builds new Spans each time)."""
    mentions = doc.user_data.get("claimcheck.mentions")
    if mentions is None:
        mentions = doc.user_data["claimcheck.mentions"] = list(doc.spans["substances"])
    return mentions


def mention_starts(doc: Doc) -> list[int]:
    """The first token of each mention, in order (mentions never overlap: bisect on it)."""
    starts = doc.user_data.get("claimcheck.mention_starts")
    if starts is None:
        starts = doc.user_data["claimcheck.mention_starts"] = [m.start for m in mentions_of(doc)]
    return starts


# A mention right after one of these (over a determiner) is set aside, not talked about:
# "Unlike kratom, it is …", "… ibotenic acid, not psilocybin. It is toxic", "rather than
# kava", so are names coordinated with it ("unlike kratom or kava") and a name before
# "aside" ("Kratom aside, …"). A pronoun or "the plant" never stands for such a mention.
_SET_ASIDE_CUES = (("unlike",), ("not",), ("no",), ("rather", "than"), ("instead", "of"), ("as", "opposed", "to"),
                   ("in", "contrast", "to"), ("in", "contrast", "with"), ("compared", "to"), ("compared", "with"),
                   ("other", "than"), ("confused", "with"), ("mistaken", "for"),
                   # what a product replaces: "It is a popular alternative to kratom. It is …" goes on about the
                   # product, not kratom
                   ("alternative", "to"), ("alternatives", "to"), ("substitute", "for"), ("substitutes", "for"),
                   ("replacement", "for"), ("in", "place", "of"), ("switch", "from"), ("switched", "from"),
                   ("switching", "from"))
_SET_ASIDE_NOT_AFTER = {"why", "if", "or"}  # "why not kava?", "if not kava, …", "whether or not kava …"
_SET_ASIDE_FILLER = {"a", "an", "the", "any", "our", "your", "their", "plain", "regular"}
_SET_ASIDE_JOINING = {"or", "and", "nor", "/"}
# The same as LOWER hashes (a mention's few words before it are read from the token table).
_ASIDE_CUES: dict[int, list[tuple[int, ...]]] = {}  # LOWER hashes, by the hash of the cue's last word
for _cue in _SET_ASIDE_CUES:
    _ASIDE_CUES.setdefault(hash_string(_cue[-1]), []).append(tuple(hash_string(w) for w in _cue))
_ASIDE_NOT, _ASIDE_AFTER = hash_string("not"), hash_string("aside")
_ASIDE_NOT_AFTER = {hash_string(w) for w in _SET_ASIDE_NOT_AFTER}
_ASIDE_FILLER = {hash_string(w) for w in _SET_ASIDE_FILLER}
_ASIDE_JOINING = {hash_string(w) for w in _SET_ASIDE_JOINING}
_ASIDE_WINDOW = 8  # words before a mention that are read
_LOWER_COLUMN = TABLE_COLUMNS.index("LOWER")


def set_aside_mentions(doc: Doc) -> frozenset[int]:
    """The starts of the mentions that name a substance only to set it aside (see
    _SET_ASIDE_CUES): never the antecedent of a pronoun or of "the plant"."""
    found = doc.user_data.get("claimcheck.set_aside")
    if found is None:
        found = doc.user_data["claimcheck.set_aside"] = _set_aside(doc, [(m.start, m.end) for m in mentions_of(doc)])
    return found


def set_aside_others(doc: Doc) -> frozenset[int]:
    """The starts of the names of substances the knowledge base does not hold (other_substance_starts) that are
    only set aside: "They are a gentle alternative to melatonin." talks about no melatonin, and a pronoun after it
    still stands for what came before."""
    found = doc.user_data.get("claimcheck.others_aside")
    if found is None:
        others = other_substance_starts(doc)
        found = doc.user_data["claimcheck.others_aside"] = _set_aside(doc, [(s, s + 1) for s in others]) \
            if others else frozenset()
    return found


def _set_aside(doc: Doc, names: list[tuple[int, int]]) -> frozenset[int]:
    """The starts of the names [(start, end), …] (in order, apart) set aside by a cue before them, by a
    coordination with one that is ("unlike kratom or kava") or by "aside" after them."""
    aside: set[int] = set()
    if names:
        lower = token_table(doc)[:, _LOWER_COLUMN]
        sentence_of = sentence_start_of(doc)
        previous_end = None  # end of the last name set aside
        for start, end in names:
            floor = sentence_of[start]
            base = max(floor, start - _ASIDE_WINDOW)
            words = lower[base:start].tolist()  # the words before it in its sentence
            i = len(words) - 1
            while i >= 0 and words[i] in _ASIDE_FILLER:
                i -= 1
            last = words[i] if i >= 0 else None
            if last in _ASIDE_JOINING and previous_end is not None:
                k = i - 1
                while k >= 0 and words[k] in _ASIDE_FILLER:
                    k -= 1
                if base + k + 1 == previous_end:  # "unlike kratom or kava"
                    aside.add(start)
                    previous_end = end
                    continue
            if last in _ASIDE_CUES and any(
                    i + 1 >= len(cue) and tuple(words[i + 1 - len(cue):i + 1]) == cue
                    and not (cue[0] == _ASIDE_NOT and i >= len(cue) and words[i - len(cue)] in _ASIDE_NOT_AFTER)
                    for cue in _ASIDE_CUES[last]):
                aside.add(start)
                previous_end = end
                continue
            if end < len(doc) and lower[end] == _ASIDE_AFTER and sentence_of[end] == floor:
                aside.add(start)  # "Kratom aside, …"
            previous_end = None
    return frozenset(aside)


def contrasted_sentence(doc: Doc, sentence_start: int) -> bool:
    """Does the sentence starting at token `sentence_start` name substances only to tell them apart ("Kratom and
    kava are NOT the same thing", "kava is different from kratom")? A pronoun after it points past such a
    sentence to what the text was about before. Read for the few sentences a topic is looked for in."""
    contrast = doc.user_data.get("claimcheck.contrast")
    if contrast is None:
        return False
    found = doc.user_data.setdefault("claimcheck.contrasted", {})
    if sentence_start not in found:
        start, end = sentence_char_bounds(doc)[sentence_index_of(doc).number_at[sentence_start]]
        found[sentence_start] = contrast.search(doc_text(doc), start, end) is not None
    return found[sentence_start]


def sentences(doc: Doc) -> list[Span]:
    return sentence_index_of(doc).all() if len(doc) else []


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _apostrophe_variants(names) -> list[str]:
    """Names as typed and as typeset: "St. John's wort" and "St. John’s wort"."""
    out = []
    for name in names:
        out.append(name)
        if "'" in name:
            out.append(name.replace("'", "’"))
        elif "’" in name:
            out.append(name.replace("’", "'"))
    return out


def _latin_variants(binomial: str) -> list[str]:
    """'Piper methysticum' also appears as 'P. methysticum'."""
    parts = binomial.split()
    if len(parts) == 2 and parts[0][:1].isalpha():
        return [binomial, f"{parts[0][0]}. {parts[1]}"]
    return [binomial]


class SubstanceMentions:
    """Finds substance and partner mentions with one phrase list on lower-case text."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.matcher = PhraseIndex(nlp).matcher("LOWER")  # empty until configured
        self._named: dict[int, tuple[int, int]] = {}  # match key -> (substance id, how named), as string hashes

    def configure(self, knowledge: Knowledge, phrases: PhraseIndex | None = None, others=()) -> None:
        """Compile the names; with a Checker's PhraseIndex, they join its one pass per Doc. ``others`` name
        substances the knowledge base does not hold ("melatonin", "berberine"): no mentions, but a sentence that
        names one is about it, not about the substance named before (see other_substance_starts)."""
        self.matcher = (phrases or PhraseIndex(self.nlp)).matcher("LOWER")
        strings = self.nlp.vocab.strings
        seen: set[str] = set()

        def add(key: str, phrases) -> None:
            fresh = [p for p in dict.fromkeys(phrases) if p.lower() not in seen]
            seen.update(p.lower() for p in fresh)
            if fresh:
                self.matcher.add(key, list(fresh))
                substance_id, how = key.split("|")
                self._named[strings.add(key)] = (strings.add(substance_id), strings.add(how))

        for substance in knowledge.substances.values():
            names = [*substance.names, *substance.misspellings]
            add(f"{substance.id}|name", _apostrophe_variants(names + [_plural(n) for n in names if n[-1:] != "s"]))
            add(f"{substance.id}|latin", [v for b in substance.latin for v in _latin_variants(b)])
            # longer phrases that name something else: matched so that, the longest match winning, they
            # hide the name they begin with, then dropped ("Amanita phalloides" is no fly agaric)
            add(f"{substance.id}|not", list(substance.not_names))
        for partner in knowledge.partners.values():
            add(f"{partner.id}|partner", [*partner.names, *(_plural(n) for n in partner.names if n[-1:] != "s")])
        add("other|other", [n for n in others if n])  # the names a substance's own list does not already hold

    def __call__(self, doc: Doc) -> Doc:
        named = self._named
        matches = self.matcher(doc)
        others = [match for match in matches if named[match[0]][1] == _OTHER_NAME]
        if others:
            matches = [match for match in matches if named[match[0]][1] != _OTHER_NAME]
        kept = [match for match in _longest_first(matches) if named[match[0]][1] != _NOT_NAME]
        if kept:
            kept = [match for match in kept if not _named_absent(doc, match[1], match[2])]
        mentions = [Span(doc, start, end, label=named[key][0], kb_id=named[key][1]) for key, start, end in kept]
        doc.spans["substances"] = mentions
        doc.user_data["claimcheck.mentions"] = mentions
        if others:
            covered = {i for _, start, end in matches for i in range(start, end)}
            doc.user_data["claimcheck.others"] = sorted(
                start for _, start, end in others
                if covered.isdisjoint(range(start, end)) and not _named_absent(doc, start, end))
        return doc


# "kava-free", "non-kava": a name written as what a product lacks, which is no mention of it ("Our kava-free
# mocktail", "an alcohol-free, kratom-free tonic", "a non-kava drink"). Only the hyphenated compound: "free kava
# samples" and "caffeine-free kava tea" name kava.


def _named_absent(doc: Doc, start: int, end: int) -> bool:
    # read from the token table: a hyphen right after the name (no space between: the text before it is no
    # whitespace) and "free" right after the hyphen, or "non" and a hyphen right before it
    table = token_table(doc)
    orths, lowers, offsets = table[:, _ORTH_COLUMN], table[:, _LOWER_COLUMN], table[:, _IDX_COLUMN]
    if end + 1 < len(doc) and orths[end] == _HYPHEN and lowers[end + 1] == _FREE \
            and not doc_text(doc)[int(offsets[end]) - 1].isspace() and offsets[end + 1] == offsets[end] + 1:
        return True
    return bool(start >= 2 and orths[start - 1] == _HYPHEN and lowers[start - 2] == _NON
                and offsets[start - 1] == offsets[start - 2] + 3 and offsets[start] == offsets[start - 1] + 1)


_HYPHEN, _FREE, _NON = hash_string("-"), hash_string("free"), hash_string("non")
_ORTH_COLUMN, _IDX_COLUMN = TABLE_COLUMNS.index("ORTH"), TABLE_COLUMNS.index("IDX")


def other_substance_starts(doc: Doc) -> list[int]:
    """The first token of each name of a substance the knowledge base does not hold, in order: "melatonin",
    "berberine" (none that overlaps a mention, none named absent)."""
    return doc.user_data.get("claimcheck.others", [])


def _longest_first(matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``spacy.util.filter_spans`` on (key, start, end) matches, so that only the matches
    kept become Spans: the longest of overlapping matches (the first of equals), by start."""
    if all(match[2] <= following[1] for match, following in zip(matches, matches[1:])):
        return matches  # in order and apart, as in most Docs: all are kept
    kept = []
    covered: set[int] = set()
    for match in sorted(matches, key=lambda match: (match[2] - match[1], -match[1]), reverse=True):
        _, start, end = match
        if start not in covered and end - 1 not in covered:
            kept.append(match)
            covered.update(range(start, end))
    return sorted(kept, key=lambda match: match[1])


_NOT_NAME = hash_string("not")
_OTHER_NAME = hash_string("other")


@Language.factory("substance_mentions")
def make_substance_mentions(nlp: Language, name: str) -> SubstanceMentions:
    return SubstanceMentions(nlp)


class Cue(NamedTuple):
    kind: str
    start: int  # cue tokens
    end: int
    scope_start: int  # tokens the cue governs
    scope_end: int


@dataclass
class Context:
    """The context marks of one Doc: cue scopes and question sentences."""

    cues: list[Cue] = field(default_factory=list)
    # sentence start token -> "open" (unanswered question), "yes" or "no" (answered by the next sentence),
    # or "asserted": a rhetorical question that asserts what it holds ("Why pay for pills when kava cures
    # anxiety?", "Isn't it obvious that CBD cures anxiety?"), which no `question` exemption covers
    questions: dict[int, str] = field(default_factory=dict)
    # tokens that are a negation by themselves ("no", "not", "n't", "never"): where a longer negation
    # cue ends on the first words of a claim that opens with one ("there is no" + "no side effects"),
    # that negation is the claim's own, not a denial of it
    negators: frozenset[int] = field(default_factory=frozenset)
    # the start of each token's sentence: a cue and its scope never leave their sentence, so a
    # query inside one sentence only looks at that sentence's cues
    sentence_start_of: list[int] = field(default_factory=list, repr=False)
    _by_sentence: dict[int, list[Cue]] | None = field(default=None, repr=False)
    _kinds: set[str] | None = field(default=None, repr=False)  # the kinds of all cues

    def _cues_near(self, start: int, end: int) -> list[Cue]:
        """The cues that can touch tokens [start, end): those of its sentence when it has one."""
        owner = self.sentence_start_of
        if not owner or not (0 <= start < len(owner) and 0 <= end - 1 < len(owner)) or owner[start] != owner[end - 1]:
            return self.cues
        if self._by_sentence is None:
            self._by_sentence = {}
            for cue in self.cues:
                self._by_sentence.setdefault(owner[cue.start], []).append(cue)
        return self._by_sentence.get(owner[start], [])

    def kinds_at(self, token_index: int) -> set[str]:
        return {c.kind for c in self._cues_near(token_index, token_index + 1)
                if c.scope_start <= token_index < c.scope_end}

    def kinds_over(self, start: int, end: int, own: tuple[int, int] | None = None) -> set[str]:
        """Cue kinds whose scope covers any token of [start, end), excluding cues inside the
        claim's own words ``own`` (default: [start, end))."""
        own_start, own_end = own or (start, end)
        # (a cue of no words, such as a citation's, is never part of the claim's wording)
        return {c.kind for c in self._cues_near(start, end)
                if c.scope_start < end and start < c.scope_end
                and not (c.start < c.end and own_start <= c.start and c.end <= own_end)
                and not (c.kind == "negation" and self._ends_in_claims_negation(c, own_start, own_end))}

    def _ends_in_claims_negation(self, cue: Cue, own_start: int, own_end: int) -> bool:
        """A negation cue that starts before the claim and runs into the negation word the claim
        opens with: "there is no" over "no risk of addiction", "cannot" over "not cause addiction",
        "cannot possibly" over "not possibly cause". It says the claim's own "no" again and denies
        nothing. ("not proven" over "proven to cure" still denies: "proven" is no negation.)"""
        return cue.start < own_start < cue.end and own_start in self.negators

    def cues_in(self, start: int, end: int, kind: str | None = None) -> list[Cue]:
        if self._kinds is None:
            self._kinds = {c.kind for c in self.cues}
        if kind is not None and kind not in self._kinds:
            return []  # no cue of this kind anywhere (often so for a rebuttal or a report): no search
        return [c for c in self._cues_near(start, end)
                if start <= c.start and c.end <= end and (kind is None or c.kind == kind)]

    def question_state(self, sentence: Span) -> str | None:
        return self.questions.get(sentence.start)


_QUESTION_MARK = re.compile(r"\?")
# An FAQ's answer may be lettered instead: "A. No." or "A) Not at all."
SPEAKER_LABEL = re.compile(r"^(?:[a-z][\w.']*(?: [a-z][\w.']*)?\s*:|a[.)])\s+")
# A quoted question signed by who sent it: '"Does turkey tail work for everyone?" — Gloria, Florida'. The sentence
# ends at the dash; the signature after it, to the end of its line, is names and numbers only ("Dev, Ohio", "J. R.,
# 34"): '"Is it safe?" — Absolutely, it is' is an answer, not a signature.
# A reader's letter signs its question the same way without quotes, often in emphasis and with a place: 'Is it okay to
# take them together? — *Grey in Glasgow*'; a reply word after the dash ("? — Absolutely.") is no signature.
_SIGNED_QUESTION_END = re.compile(r"""\?["”’']?\s*(?:—|–|--|-)\s*[*_]{0,2}$""")
# A signature may name who signs by role, in lower case after a name or a capital ("Verified buyer", "Sam, long-time
# reader", "Mum of two"): only these role words and their modifiers, so '? — Kava cures it' stays no signature.
_SIGNATURE_ROLES = (r"""(?:verified|long-?time|first-?time|happy|loyal|regular|new|satisfied|repeat|frequent|anxious|"""
                    r"""buyer|buyers|purchaser|customer|reader|reviewer|user|member|subscriber|listener|follower|viewer|"""
                    r"""patient|client|mom|mum|dad|mother|father|parent|grandma|grandmother|nurse|student|runner|"""
                    r"""one|two|three|four|five)\b""")
_SIGNATURE = re.compile(r"""[ \t]*[*_]{0,2}(?!(?:Yes|No|Nope|Yep|Yeah|Absolutely|Definitely|Never|Sure|Correct|True|False|"""
                        r"""Indeed|Totally|Not)\b)[A-Z][\w.'’-]*(?:,?[ \t]+(?:[A-Z][\w.'’-]*|\d+|in|from|of|at|"""
                        + _SIGNATURE_ROLES + r"""))*[*_]{0,2}\.?[ \t]*(?:\n|$)""")
# A quoted question attributed after its closing quote, in the same sentence: '"Is kava safe for my liver?" asked one
# reader.', '"Can it cure my back pain?" wrote a follower.', '"Does it work?" my sister asked.' The sentence asks what
# its quote asks; the attribution (a verb of asking or saying, with or after a short subject) holds no other quote.
_ASKING = r"(?:asked|asks|wrote|writes|wondered|wonders|queried|queries|emailed|emails|messaged|messages|texted|texts|" \
          r"commented|comments|posted|posts|said|says|inquired|inquires|enquired|enquires)"
_ATTRIBUTED_QUESTION = re.compile(r"""^[*_]{0,2}["“][^"“”]*\?[*_]{0,2}["”][ \t]*,?[ \t]*(?:""" + _ASKING
                                  + r"""|(?:[A-Z][\w.'’-]*|(?:a|an|one|the|our|my|this|another|her|his|their)[ \t]+"""
                                  r"""[\w'’-]+(?:[ \t]+[\w'’-]+)?)[ \t]+""" + _ASKING + r""")\b[^"“”?!\n]{0,60}[.!]?[*_]{0,2}$""")


# How an answer may lead in before its yes or no, after any speaker label ("A:"): a label naming who answers in
# brackets ("A (Mark, herbalist, 12 years):"), or words that announce the answer ("The short answer is", "Short
# answer:", "In a word,", "In short,", "TL;DR:", "Bottom line:", "Honestly?", "Our answer: yes"). Emphasis around
# a label ("**A:**") is part of it. "The answer is simple: no", "The answer is a resounding yes", "The answer, sadly,
# is no" lead in the same way. Read by _mark_questions for every rule and by the phrase kind's risk questions.
ANSWER_LEAD = re.compile(r"""[*_\s]*(?:
    (?:q\s*&\s*)?a(?:nswer)?\s*\([^()\n]{1,80}\)\s*[*_]*\s*[:.)\-—–]
  | a\s*[*_]*\s*[:.)]
  | (?:(?:the|our|my|a|his|her|their)\s+)?(?:(?:short|quick|simple|honest|brief|straight|straightforward|one-word|real|official)\s+)?answer
      (?:\s*,\s*(?:sadly|unfortunately|happily|thankfully|fortunately|honestly|frankly|simply|alas)\s*,)?
      (?:\s+(?:is|here\s+is)(?:\s+(?:simple|easy|clear|obvious|clear-cut|straightforward)(?![\w-]))?\s*[:,—–-]?
         (?:\s*an?\s+(?:resounding|emphatic|firm|clear|definite|definitive|big|flat|simple|categorical|solid|hard)(?=\s+(?:yes|no)\b))?
       |\s*[*_]*\s*[:,?—–-])
  | in\s+(?:a\s+word|one\s+word|two\s+words|short|brief|sum|summary)(?![\w-])\s*[*_]*\s*[,:?—–-]?
  | tl\s*;?\s*dr(?![\w-])\s*[*_]*\s*[:,?—–-]?
  | (?:the\s+)?bottom\s+line(?:\s+is|\s*[*_]*\s*[:,?—–-])
  | long\s+story\s+short(?![\w-])\s*[,:?—–-]?
  | (?:simply\s+put|put\s+simply|to\s+be\s+honest|to\s+put\s+it\s+simply|honestly|frankly|truthfully|quite\s+simply)(?![\w-])
      \s*[*_]*\s*[,:?!—–-]?
  # a spoken reply's interjection: "Oh, absolutely.", "Well, no.", "Oh yeah, it can.", "Look — not at all."
  | (?:oh|ooh|ah|aw|um|umm|uh|er|erm|hmm+|mm+|well|look|listen|see|man|wow|gosh|geez|jeez)(?![\w'’-])
      \s*[*_]*\s*[,!—–-]
  | (?:oh|ah|well)\s+(?=(?:yes|yeah|yep|yup|no|nope|nah|absolutely|definitely|totally|certainly|sure|of\s+course|for\s+sure|not|never|hell|heck)(?![\w-]))
)[*_\s]*""", re.X)


def answer_lead_in(said: str) -> tuple[str, bool]:
    """`said` past its lead-ins (at most three: "**A (Mark):** Short answer: yes"), and whether it had one."""
    led = False
    for _ in range(3):
        lead = ANSWER_LEAD.match(said)
        if lead is None or not lead.group().strip(" *_"):
            break
        said, led = said[lead.end():], True
    return (_STRESSED_AUXILIARY.sub(r"\1 ", said, count=1) if led else said), led


# A transcript's speaker label, read in the reply's own case before SPEAKER_LABEL: after a timestamp ("[00:12:35]
# GUEST:"), in emphasis ("**Dr. Jane Lee:**"), up to three capitalised words with a role in brackets ("Guest (Dr.
# Patel):", "Reply from Shop:"), a commenter's handle ("@markus88:"), or a name in capitals before a dash ("MARK —
# Absolutely."). Not an answer's word ("NO — it does not.", "Yes: it does."), nor a reported saying ("Dr. Oz says:
# yes": the verb is in lower case).
_TRANSCRIPT_LABEL = re.compile(
    r"""^[*_\s]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[*_\s]*)?[*_]{0,2}
    (?!(?i:yes|no|nope|nah|yep|yeah|yup|never|absolutely|definitely|totally|not|ok|okay|sure|true|false|wrong|correct|
           exactly|indeed|none|zero|fact|myth|note|warning|update|edit|ps|p\.s\.)(?![\w'’-]))(?:
        (?:@[\w.]+|[A-Z][\w.'’-]*(?:[ \t]+(?:(?:from|of|the|by|de|van|von|da)[ \t]+)?[A-Z][\w.'’-]*){0,2})
        (?:[ \t]*\([^()\n]{1,60}\))?[ \t]*[*_]{0,2}[ \t]*:
      | [A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}[ \t]*[*_]{0,2}[ \t]*(?:—|–|--)
    )[*_]{0,2}[ \t]+(?=\S)""", re.X)
# "It absolutely does.", "They really do not.", "It definitely is.": the answer's auxiliary or copula after a word that
# only stresses it, read as "It does.", "They do not." and "It is."
_STRESSED_AUXILIARY = re.compile(
    r"^(it|they|that|this)\s+(?:absolutely|definitely|certainly|really|truly|totally|actually|genuinely|surely|most\s+certainly)"
    r"\s+(?=(?:does|do|did|can|will|is|are|doesn['’]?t|don['’]?t|can['’]?t|won['’]?t|isn['’]?t|aren['’]?t|cannot)\b)")


def answer_text(sentence: str) -> str:
    """A reply sentence, lower-cased, past a speaker label ("A:", "Guest:", "**Dr. Lee:**", "MARK —"), with a
    stressed auxiliary read plainly ("it absolutely does" as "it does")."""
    sentence = sentence.strip()
    lowered = sentence.lower()
    said = SPEAKER_LABEL.sub("", lowered, count=1)
    if said == lowered:
        # no plain label: a transcript's, unless an answer's own label or lead-in opens the reply ("**A (Mark):**",
        # "Short answer:"), which answer_lead_in reads
        lead = ANSWER_LEAD.match(lowered)
        label = None if lead is not None and lead.group().strip(" *_") else _TRANSCRIPT_LABEL.match(sentence)
        if label is not None:
            said = sentence[label.end():].lower()
    return _STRESSED_AUXILIARY.sub(r"\1 ", said, count=1)


class ContextCues:
    """ConText-style cue scopes from the cue lists in ``rules/context.yaml``."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.matcher = self.openers = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        self.directions: dict[str, tuple[str, str, bool]] = {}
        self._list_negation_keys: set[str] = set()  # comma-bounded forward negation groups ("no", "none of")
        self._keys: dict[int, str] = {}  # cue key hash -> cue key (a dict read beats the StringStore's)
        self._terminator_norms = WordSet([])
        self._clause_opener_norms = WordSet([])  # after a comma, these start a new clause
        self._negator_norms = WordSet([])  # one-word negation cues
        self._coordinator_norms = WordSet([])  # "and", "or": a list's next item
        # ", and it …", ", and our kava …": a new clause, which ends the scope of these kinds (see _new_clauses)
        self._new_clause_kinds: set[str] = set()
        self._reason_kinds: set[str] = set()  # kinds a reason clause ends (see configure)
        self._reason_lowers: tuple = ()
        self._reason_label_kinds: set[str] = set()
        self._reason_label_ends: set[str] = set()
        self._new_clause_coordinators: set[str] = set()
        self._new_clause_lowers = WordSet([])
        self._new_clause_subjects: set[str] = set()
        self._new_clause_determiners: set[str] = set()
        self._new_clause_fronted: set[str] = set()
        self._writer_clause_subjects: set[str] = set()
        self._quote_orths = WordSet(nlp.vocab.strings.add(quote) for quote in _QUOTES)
        self.max_scope = 12
        self.answers: dict[str, str] = {}
        self._answer_openings: list[tuple[str, tuple[str, ...], str]] = []  # `answers` with their openings spelled out
        self._any_answer_opening: tuple[str, ...] = ()  # all of them: most sentences after a question start with none
        # cue groups that count only when one of their `only_after` phrases opens the scope
        # ("the evidence that kava eases anxiety is weak"; not "kava eases anxiety; supply is limited")
        self.gated: set[str] = set()
        self.short_rebuttals = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        self.affirmed_rebuttals = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        self.sarcasm = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        self.verdicts = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        self._verdict_labels: set[str] = set()
        self._verdict_interjections: set[str] = set()
        self._verdict_leads: set[str] = set()
        self._benefit_verb_lowers = WordSet(())  # finite verbs of benefit (conjunct_predicate_verbs)
        self._verdict_subjects: set[str] = set()
        self._verdict_opening_subjects: set[str] = set()
        self._verdict_copulas: set[str] = set()
        self._verdict_adverbs: set[str] = set()
        self._table_headings: dict[str, set[str]] = {}
        self.gated_sarcasm = False
        self._sarcasm_negators: set[str] = set()  # "not kidding", "no joke": a denied joke takes nothing back
        self._sarcasm_nobody_tails: set[str] = set()  # "said no oncologist ever": see _sarcasm_cues
        # failed promises ("Kratom was supposed to treat my depression and it did not."): see _failed_expectation_cues
        self._failed_expectation_gates = WordSet(())
        self.failed_expectations = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        self._failed_expectation_leads: set[str] = set()
        self.compound_parts: dict[str, SharedPhraseMatcher] = {}  # head, middle, tail: see _compound_matches
        self._short_rebuttal_leads: set[str] = set()
        # a flat denial of the sentence before ("Kava cures anxiety. Sadly, it doesn't."): see _short_rebuttal_cues
        self._flat_denial_openers: set[str] = set()
        self._flat_denial_trailers: set[str] = set()
        self._flat_denial_claim_negators: set[str] = set()
        # a hedge, an attribution or a retraction after the claim, ending its sentence: see _trailing_cues
        # (kind, slots, the words that can open it or None for any): a slot is a set of word tuples or a gap length
        # trailing cues by the word that ends them: (kind, slots, opening words or None)
        self._trailing: dict[str, list[tuple[str, list, set[str] | None]]] = {}
        self._trailing_lead_orths: set[int] = set()
        self._wordlike_orths: dict[int, bool] = {}  # orth -> a word or a number (the trailing cues' walk)
        self._trailing_finals = WordSet(())
        self.rhetoric = _Rhetoric()
        self._title_nouns: set[str] = set()
        self._mention_nouns: set[str] = set()
        self._example_nouns: set[str] = set()
        self._lead_in_fact_nouns: set[str] = set()
        self._lead_in_claim_words: set[str] = set()
        self._myth_section_nouns: set[str] = set()
        self._myth_labels: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # see _myth_label_cues
        self._myth_label_firsts = WordSet(())
        self._myth_label_modifiers: set[str] = set()
        self._myth_label_numberers: set[str] = set()
        self._mentioned_by: set[str] = set()
        self._mention_determiners: set[str] = set()
        self._title_small_words: set[str] = set()
        # a past belief ("I thought chaga was a plant") distances what it holds only when corrected after it
        self.belief_corrections = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        # "Brands claim it cures anxiety, and they're right": the writer endorses what was reported
        self.endorsements = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        # "People use kratom to ease pain": a population's reason for use is no claim (see _usage_cues)
        self.usage_verbs = PhraseIndex(nlp).matcher("NORM")  # empty until configured
        self._usage_subjects: set[str] = set()
        self._usage_pronouns: set[str] = set()  # "they" after a population in its sentence: see _usage_cues
        self._usage_adverbs: set[str] = set()
        self._usage_own: set[str] = set()
        self._usage_forebears: set[str] = set()  # "our ancestors used willow bark to …": no testimonial
        self._usage_purpose: set[str] = set()
        # "Kratom and kava are not the same thing": names set side by side to tell them apart (see contrasted_sentence)
        self._contrast: re.Pattern | None = None
        # "Within twenty minutes I felt relaxed": a first-person past onset is experience (see _onset_cues)
        self._onset_leads: set[str] = set()
        self._onset_units: set[str] = set()
        self._onset_unit_lowers = WordSet([])
        self._onset_persons: set[str] = set()
        self._onset_past: set[str] = set()
        self._onset_promises: set[str] = set()
        self._first_person: set[str] = set()  # "we say …", "I claim …": the writer is the source
        self._first_person_norms: set[int] = set()
        self._adverb_norms: set[int] = set()
        self._conjunct_bounded: set[tuple[int, ...]] = set()  # NORM hashes of cues whose scope ends at "and" + an auxiliary
        self._conjunct_coordinators: set[str] = set()
        self._conjunct_openers: set[str] = set()
        self._conjunct_lowers: tuple[frozenset[int], ...] = (frozenset(),) * 3  # openers, coordinators, auxiliaries: LOWER hashes
        self._conjunct_hedges: set[tuple[int, ...]] = set()  # NORM hashes of hedges bounded by "and" + a finite auxiliary
        self._conjunct_finite_lowers: tuple[frozenset[int], ...] = (frozenset(),) * 3
        self._auxiliaries: set[str] = set()
        self._modal_hedges: set[int] = set()  # one-word modal hedges (NORM), whose scope ends at "and" + a new subject
        self._clause_subjects: set[str] = set()
        self._concessive_norms = WordSet([])  # "While the brand markets it as 'clinically proven,' …"
        self._concessive_verbs: set[str] = set()
        self._warning_determiners: set[str] = set()  # "that liver stuff is a myth": see _warning_subject
        self._warning_nouns: set[str] = set()
        self._warning_generic_nouns: set[str] = set()
        self._warning_risk_words: set[str] = set()
        # "Don't let Big Pharma fool you: kratom cures pain": a warning against being misled that the claim after it
        # answers (see _let_fool_pseudos)
        self._let_fool_verbs: set[str] = set()
        self._let_fool_marks: set[str] = set()
        self._gapped: list = []  # cues with a short free gap (see _gapped_matches), none until configured
        # "Using kratom to quit heroin is risky": a use named as the subject of a risk predicate (see _risk_subject_cues)
        self._risk_subject_words = WordSet([])
        self._risk_subject: dict[str, set[str]] = {}
        # "Kava has been used for centuries to cure anxiety, and it works": a tradition or history hedge that the
        # writer endorses after it hedges nothing (see `tradition_hedges` and _settled_traditions)
        self._tradition_hedges: set[tuple[int, ...]] = set()  # LOWER hashes
        # "Some women report that ginger eases nausea": a part of a lay population hedges what it reports, unless the
        # writer endorses it after (see `population_hedge_groups` and _settled_populations)
        self._population_hedges = False
        self.tradition_matcher = PhraseIndex(nlp).matcher("LOWER")  # empty until configured
        self.tradition_safety = PhraseIndex(nlp).matcher("LOWER")  # a risk denial a tradition hedge does not reach
        self._tradition_safety_modifiers: set[str] = set()
        # "Used for centuries in Ayurveda, ashwagandha cures anxiety": a fronted participial modifier hedges itself only
        self._fronted_adverbs: set[str] = set()
        self._fronted_participles: set[str] = set()
        self._fronted_subject_words: set[str] = set()
        # "some sellers promise …", "brands tout it as …": third parties and their verbs (see _third_party_matches)
        self._third_party: dict[str, tuple] = {}
        self._third_party_subjects: set[str] = set()
        self._third_party_subject_words: set[str] = set()
        self._third_party_own: set[str] = set()
        self._third_party_rivals: set[str] = set()

    def configure(self, spec: dict, phrases: PhraseIndex | None = None) -> None:
        strings = self.nlp.vocab.strings
        phrases = phrases or PhraseIndex(self.nlp)
        make = phrases.words
        self.matcher = phrases.matcher("NORM")
        self.openers = phrases.matcher("NORM")
        adverbs = list(spec.get("attribution_adverbs", []))

        def words_of(phrases_) -> set[str]:
            return {plain_word(t) for phrase in phrases_ for t in make(phrase)}

        slot_verbs = {plain_word(t) for verb in spec.get("adverb_slot_verbs", []) for t in make(verb)}
        for number, group in enumerate(spec["cues"]):
            key = f"{group['kind']}#{number}"
            self.directions[key] = (group["kind"], group.get("direction", "forward"), bool(group.get("stop_at_comma")))
            if self.directions[key] == ("negation", "forward", True):
                self._list_negation_keys.add(key)
            self._keys[strings.add(key)] = key
            cue_phrases = _contraction_variants(group["phrases"])
            self.matcher.add(key, cue_phrases + _with_adverbs(make, cue_phrases, adverbs, slot_verbs))
            if group.get("only_after"):
                self.openers.add(key, _contraction_variants(group["only_after"]))
                self.gated.add(key)
        # Tradition and history hedges ("In Ayurveda, …", "was used to treat …", "used for centuries"): a hedge
        # cue group of their own, and their NORM hashes, by which an endorsement takes back any hedge so worded
        if spec.get("tradition_hedges"):
            key = "hedge#tradition"
            self.directions[key] = ("hedge", "forward", False)
            self._keys[strings.add(key)] = key
            # by LOWER: "was used" is a past use, "is used" (the same NORM) a treatment today
            self.tradition_matcher = phrases.matcher("LOWER")
            self.tradition_matcher.add(key, list(spec["tradition_hedges"]))
            self._tradition_hedges = {tuple(strings.add(t.lower_) for t in make(p)) for p in spec["tradition_hedges"]}
            self.tradition_safety = phrases.matcher("LOWER")
            if spec.get("tradition_safety_words"):
                self.tradition_safety.add("tradition-safety", list(spec["tradition_safety_words"]))
            self._tradition_safety_modifiers = words_of(spec.get("tradition_safety_modifiers", []))
            self._fronted_adverbs = words_of(spec.get("tradition_fronted_adverbs", []))
            self._fronted_participles = words_of(spec.get("tradition_fronted_participles", []))
            self._fronted_subject_words = words_of(spec.get("tradition_fronted_subject_words", []))
        groups = list(spec.get("population_hedge_groups", []))
        population = [f"{q} {g}" for q in spec.get("population_hedge_quantifiers", []) for g in groups]
        population += [f"{q} {g} {verb}" for q in spec.get("population_hedge_report_quantifiers", []) for g in groups
                       for verb in spec.get("population_hedge_report_verbs", [])]
        self._population_hedges = bool(population)
        # "some kava drinkers report", "a few pregnant women say": one describing word before the group
        self._population_groups = WordSet(strings.add(g) for g in groups if " " not in g)
        self._population_quantifiers = [
            (tuple(token.lower_ for token in make(q)), reports)
            for names, reports in ((spec.get("population_hedge_quantifiers", []), False),
                                   (spec.get("population_hedge_report_quantifiers", []), True)) for q in names]
        self._population_report_verbs = words_of(spec.get("population_hedge_report_verbs", []))
        self._population_modifier_stops = words_of(spec.get("population_hedge_modifier_stops", []))
        if population:
            key = "hedge#population"
            self.directions[key] = ("hedge", "forward", False)
            self._keys[strings.add(key)] = key
            self.matcher.add(key, population)
        # Cues made of a head, an optional middle word and a tail, each from its own list: matched part by
        # part (see _compound_matches), not as every combination spelled out, which made thousands of phrases
        self.compound_parts = {part: phrases.matcher("NORM") for part in ("head", "middle", "tail")}
        # "these findings (clearly) prove …": a study's report that settles its claim is no hedge (see `study_reports`)
        self._add_compound("pseudo#study-reports", spec.get("study_reports"), spec.get("establishing_adverbs"),
                           spec.get("establishing_verbs"))
        # "falsely represented …", "deceptively marketed …": a false representation (see `misrepresentation_adverbs`)
        self._add_compound("negation#misrepresentation", spec.get("misrepresentation_adverbs"), None,
                           spec.get("misrepresentation_verbs"))
        # "some sellers promise …", "brands boasted …", "influencers pitch it as …": a third party and its verb of
        # saying, naming or selling (see `third_party_reports` and _third_party_matches)
        self._third_party = {}
        self._third_party_own = words_of(spec.get("third_party_own", []))
        self._third_party_rivals = words_of(spec.get("third_party_rivals", []))
        for number, group in enumerate(spec.get("third_party_reports", [])):
            key = f"distancing#third-party{number}"
            self._add_compound(key, spec.get("third_party_subjects"), adverbs, group["verbs"])
            self.directions[key] = ("distancing", "forward", bool(group.get("stop_at_comma")))
            self._third_party[key] = (words_of(group.get("not_before", [])),
                                      plain_word(make(group["tail"])[0]) if group.get("tail") else None,
                                      int(group.get("max_words", 0)), words_of(group.get("not_after_tail", [])))
        self._third_party_subjects = {tuple(plain_word(t) for t in make(p))[-1]
                                      for p in spec.get("third_party_subjects", [])}
        # the subject as written: its NORM is a lemma where one is registered ("labels" -> "label"), and a lone
        # speaker ("the label says", "the seller claims") is a neutral report
        self._third_party_subject_words = words_of(spec.get("third_party_subjects", []))
        self._conjunct_bounded = {tuple(strings.add(t.norm_) for t in make(p)) for p in spec.get("conjunct_bounded_cues", [])}
        self._conjunct_coordinators = words_of(spec.get("conjunct_coordinators", []))
        self._conjunct_openers = words_of(spec.get("conjunct_complement_openers", []))
        self._auxiliaries = words_of(spec.get("auxiliaries", []))
        predicate_verbs = words_of(spec.get("conjunct_predicate_verbs", []))  # finite by their form ("cures")
        self._benefit_verb_lowers = WordSet(_lower_hashes(strings, predicate_verbs))
        self._conjunct_lowers = tuple(_lower_hashes(strings, words) for words in (
            self._conjunct_openers, self._conjunct_coordinators, self._auxiliaries | predicate_verbs))
        # a hedge bounded the same way, but only by a finite auxiliary ("may ease pain and is proven to …"; not "may
        # ease pain and be …", where "be" is still under "may")
        self._conjunct_hedges = {tuple(strings.add(t.norm_) for t in make(p)) for p in spec.get("conjunct_bounded_hedges", [])}
        finite = (self._auxiliaries - words_of(spec.get("conjunct_nonfinite_auxiliaries", []))) | predicate_verbs
        self._conjunct_finite_lowers = self._conjunct_lowers[:2] + (_lower_hashes(strings, finite),)
        self._terminator_norms = WordSet(strings.add(make(t)[0].norm_) for t in spec.get("terminators", []))
        self._clause_opener_norms = WordSet(strings.add(make(t)[0].norm_) for t in spec.get("clause_openers", []))
        # one-word negation cues ("no", "not", "never"): see Context.negators
        single = {make(p)[0].norm_ for group in spec["cues"] if group["kind"] == "negation"
                  for p in group["phrases"] if len(make(p)) == 1}
        self._negator_norms = WordSet(strings.add(n) for n in single)
        self._coordinator_norms = WordSet(strings.add(make(t)[0].norm_) for t in spec.get("coordinators", []))
        self._new_clause_kinds = set(spec.get("new_clause_kinds", []))
        # a reason clause ("… because it is not approved", "… since it is unregulated") states its content: it ends the
        # scope of the kinds listed; "since" only before a subject pronoun (not "since 2019", "since the 1990s")
        self._reason_kinds = set(spec.get("reason_clause_kinds", []))
        self._reason_label_kinds = set(spec.get("reason_label_kinds", []))
        self._reason_label_ends = words_of(spec.get("reason_label_cue_ends", []))
        self._reason_lowers = (WordSet(strings.add(w) for w in words_of(spec.get("reason_openers", []))),
                               WordSet(strings.add(w) for w in words_of(spec.get("reason_subject_openers", []))),
                               WordSet(strings.add(w) for w in words_of(spec.get("reason_subjects", []))),
                               strings.add("of"))
        self.max_scope = int(spec.get("max_scope", 12))
        for answer, replies in spec.get("answers", {}).items():
            for phrase in replies:
                self.answers[phrase.lower()] = answer
        # longest first: "absolutely not" is a no before "absolutely" is a yes
        self._answer_openings = [(phrase, tuple(phrase + mark for mark in ".,!:; "), kind)
                                 for phrase, kind in sorted(self.answers.items(), key=lambda item: -len(item[0]))]
        self._any_answer_opening = tuple(opening for _, openings, _ in self._answer_openings for opening in openings)
        # replies that open like an answer but give none: "No idea.", "lol no idea", "No one knows."
        self._non_answers = tuple(phrase.lower() for phrase in spec.get("non_answers", []))
        self.short_rebuttals = phrases.matcher("NORM")
        if spec.get("short_rebuttals"):
            self.short_rebuttals.add("short-rebuttal", _contraction_variants(spec["short_rebuttals"]))
        self.affirmed_rebuttals = phrases.matcher("NORM")
        if spec.get("affirmed_rebuttals"):
            self.affirmed_rebuttals.add("affirmed-rebuttal", list(spec["affirmed_rebuttals"]))
        self._short_rebuttal_leads = {plain_word(t) for lead in spec.get("short_rebuttal_leads", []) for t in make(lead)}
        self._flat_denial_openers = {" ".join(plain_word(t) for t in make(p))
                                     for p in spec.get("flat_denial_openers", [])}
        self._flat_denial_trailers = {" ".join(plain_word(t) for t in make(p))
                                      for p in spec.get("flat_denial_trailers", [])}
        self._flat_denial_claim_negators = {w.lower() for w in spec.get("flat_denial_claim_negators", [])}
        self.rhetoric = _Rhetoric.from_spec(spec, make)
        self._title_nouns = {plain_word(t) for noun in spec.get("title_nouns", []) for t in make(noun)}
        self._mention_nouns = {plain_word(t) for noun in spec.get("mention_nouns", []) for t in make(noun)}
        self._example_nouns = self._mention_nouns | {plain_word(t) for noun in spec.get("example_nouns", []) for t in make(noun)}
        self._myth_section_nouns = {plain_word(t) for noun in spec.get("myth_section_nouns", []) for t in make(noun)}
        self._myth_words = WordSet(self.nlp.vocab.strings.add(noun) for noun in self._myth_section_nouns)
        self._lead_in_fact_nouns = {plain_word(t) for noun in spec.get("lead_in_fact_nouns", []) for t in make(noun)}
        # myth labels ("Myth #3 —", "Top 5 kratom myths:", "Fake news:", "❌"): see _myth_label_cues
        self._myth_labels: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind in ("nouns", "verdicts", "marks"):
            for label in spec.get(f"myth_label_{kind}", []):
                label_words = tuple(t.lower_ for t in make(label))
                if label_words:
                    self._myth_labels.setdefault(label_words[0], []).append((label_words, kind))
        for heads in self._myth_labels.values():
            heads.sort(key=lambda head: -len(head[0]))
        self._myth_label_firsts = WordSet(strings.add(first) for first in self._myth_labels)
        self._myth_label_modifiers = words_of(spec.get("myth_label_modifiers", []))
        self._myth_label_numberers = words_of(spec.get("myth_label_numberers", []))
        self._lead_in_claim_words = {plain_word(t) for noun in spec.get("lead_in_claim_words", []) for t in make(noun)}
        self._mentioned_by = self._mention_nouns | {plain_word(t) for noun in spec.get("mention_nouns_after", []) for t in make(noun)}
        self._mention_determiners = {plain_word(t) for word in spec.get("mention_determiners", []) for t in make(word)}
        self._title_small_words = {plain_word(t) for word in spec.get("title_small_words", []) for t in make(word)}
        if spec.get("contrast_phrases"):
            self._contrast = re.compile(r"\b(?:" + "|".join(
                re.escape(phrase).replace(r"\ ", r"\s+") for phrase in _contraction_variants(spec["contrast_phrases"]))
                + r")\b", re.IGNORECASE)
        self.belief_corrections = phrases.matcher("NORM")
        if spec.get("belief_corrections"):
            self.belief_corrections.add("belief-correction", _contraction_variants(spec["belief_corrections"]))
        self.sarcasm = phrases.matcher("NORM")
        self.gated_sarcasm = bool(spec.get("sarcasm_marks") or spec.get("sarcasm_openers"))
        for name, key in (("sarcasm_marks", "sarcasm-mark"), ("sarcasm_openers", "sarcasm-opener"),
                          ("sarcasm_nobody_heads", "sarcasm-nobody")):
            self._keys[strings.add(key)] = key
            if spec.get(name):
                self.sarcasm.add(key, list(spec[name]))
        self._sarcasm_negators = {" ".join(plain_word(t) for t in make(phrase))
                                  for phrase in _contraction_variants(spec.get("sarcasm_mark_negators", []))}
        self._sarcasm_nobody_tails = words_of(spec.get("sarcasm_nobody_tails", []))
        self._failed_expectation_gates = WordSet(strings.add(w) for w in words_of(spec.get("failed_expectation_gates", [])))
        self.failed_expectations = phrases.matcher("NORM")
        for name, key in (("failed_expectations", "failed-expectation"), ("failed_expectation_denials", "failed-denial"),
                          ("failed_expectation_turns", "failed-turn")):
            self._keys[strings.add(key)] = key
            if spec.get(name):
                self.failed_expectations.add(key, _contraction_variants(spec[name]))
        self._failed_expectation_leads = words_of(spec.get("failed_expectation_leads", []))
        self.verdicts = phrases.matcher("NORM")
        if spec.get("verdicts"):
            self.verdicts.add("verdict", _contraction_variants(spec["verdicts"]))
        self._verdict_labels = {" ".join(plain_word(t) for t in make(label)) for label in spec.get("verdict_labels", [])}
        self._verdict_interjections = {" ".join(plain_word(t) for t in make(word) if t.text.isalnum())
                                       for word in spec.get("verdict_interjections", [])}
        self._verdict_leads = self._short_rebuttal_leads | {"|"}
        self._verdict_subjects = words_of(spec.get("verdict_subjects", []))
        self._verdict_opening_subjects = words_of(spec.get("verdict_opening_subjects", []))
        self._verdict_copulas = words_of(spec.get("verdict_copulas", []))
        self._verdict_adverbs = words_of(spec.get("verdict_adverbs", []))
        self._table_headings = {kind: {" ".join(heading.lower().split()) for heading in spec.get(f"table_{kind}_headings", [])}
                                for kind in ("myth", "claim", "fact")}
        self.endorsements = phrases.matcher("NORM")
        if spec.get("endorsements") or spec.get("tradition_endorsements"):
            self.endorsements.add("endorsement", _contraction_variants(
                list(spec.get("endorsements", [])) + list(spec.get("tradition_endorsements", []))))

        def words(name: str) -> set[str]:
            return {plain_word(t) for phrase in spec.get(name, []) for t in make(phrase)}

        self.usage_verbs = phrases.matcher("NORM")
        if spec.get("usage_verbs"):
            self.usage_verbs.add("usage-verb", list(spec["usage_verbs"]))
        self._usage_subjects = words("usage_subjects") | words("tradition_usage_subjects")
        self._usage_pronouns = words("usage_pronoun_subjects")
        # "many people report using kratom to …", "users said taking it to …": a reporting verb between the
        # population and its usage verb is skipped like an adverb
        self._usage_adverbs = words("usage_adverbs") | words("usage_report_verbs")
        self._usage_own = words("usage_own_determiners")
        self._usage_forebears = words("tradition_forebears")
        self._usage_purpose = words("usage_purpose_words")
        # "Ask your doctor before using turmeric to treat arthritis", "if you're taking kava to relieve anxiety, …":
        # a use told in a clause of advice or condition, whose purpose is no claim (see _advised_use)
        self._usage_clause_openers = words("usage_clause_openers")
        self._usage_clause_persons = words("usage_clause_persons")
        self._usage_clause_auxiliaries = words("usage_clause_auxiliaries")
        self._usage_clause_endorsements = [tuple(plain_word(t) for t in make(phrase))
                                           for phrase in spec.get("usage_clause_endorsements", [])]
        self._onset_leads = words("onset_leads")
        self._onset_units = words("onset_units")
        self._onset_unit_lowers = WordSet(strings.add(unit) for unit in self._onset_units)
        self._onset_persons = words("onset_persons")
        self._onset_past = words("onset_past_verbs")
        self._onset_promises = words("onset_promises")
        self._new_clause_coordinators = words("new_clause_coordinators")
        self._new_clause_lowers = WordSet(strings.add(word) for word in self._new_clause_coordinators)
        self._new_clause_subjects = words("new_clause_subjects")
        self._new_clause_determiners = words("new_clause_determiners")
        self._new_clause_fronted = words("new_clause_fronted")
        self._writer_clause_subjects = words("writer_clause_subjects")
        self._first_person = words("first_person")
        self._first_person_norms = {strings.add(make(w)[0].norm_) for w in spec.get("first_person", [])}
        self._adverb_norms = {strings.add(make(a)[0].norm_) for a in adverbs if len(make(a)) == 1}
        self._modal_hedges = {strings.add(make(w)[0].norm_) for w in spec.get("modal_hedges", [])}  # NORM hashes
        self._clause_subjects = words("modal_clause_subjects")
        self._concessive_norms = WordSet(strings.add(make(w)[0].norm_) for w in spec.get("concessive_openers", []))
        self._concessive_verbs = words("concessive_verbs")
        self._warning_determiners = words("warning_subject_determiners")
        self._warning_nouns = words("warning_nouns")
        self._warning_generic_nouns = words("warning_generic_nouns")
        self._warning_risk_words = words("warning_risk_words")
        self._let_fool_verbs = words("let_fool_verbs")
        self._let_fool_marks = set(spec.get("let_fool_marks", []))
        # "the claim on some labels that …", "vendors market it as …": a head, a short free gap, a tail word (see
        # `gapped_cues`)
        self._gapped = []  # (key, head matcher, openers, tail, max_words, writer words allowed in the gap)
        for number, group in enumerate(spec.get("gapped_cues", [])):
            key = f"{group['kind']}#gapped{number}"
            self.directions[key] = (group["kind"], "forward", False)
            self._keys[strings.add(key)] = key
            heads = phrases.matcher("NORM")
            heads.add(key, _contraction_variants(group["heads"]))
            self._gapped.append((key, heads, words_of(group.get("openers", [])), plain_word(make(group["tail"])[0]),
                                 int(group["max_words"]), bool(group.get("writer_gap", False))))
        self._risk_subject = {name: words(f"risk_subject_{name}") for name in (
            "not_gerunds", "infinitives", "leads", "joins", "predicates", "words", "denied", "negators", "endorsing",
            "turns", "endorsements")}
        self._risk_subject_words = WordSet(strings.add(w) for w in self._risk_subject["words"] | self._risk_subject["denied"])
        self._configure_trailing(spec, make)
        if self._let_fool_verbs:
            self.directions["pseudo#let-fool"] = ("pseudo", "forward", False)
            self._fooling_lowers = WordSet(strings.add(w) for w in (*self._let_fool_verbs, *_BE_FOOLED))
            self._keys[strings.add("pseudo#let-fool")] = "pseudo#let-fool"

    def _configure_trailing(self, spec: dict, make) -> None:
        """`trailing_cues`: each a kind and its slots, read in order; a slot is a list of phrases ("" leaves it
        empty) or a number, that many free words at most. Only the words that can end a cue are looked up in a Doc."""
        self._trailing_lead_orths = {self.nlp.vocab.strings.add(lead) for lead in spec.get("trailing_leads", [])}
        finals: set[str] = set()
        for group in spec.get("trailing_cues", []):
            slots = []
            for slot in group["slots"]:
                if isinstance(slot, int):
                    slots.append(slot)
                else:
                    slots.append({tuple(plain_word(t) for t in make(phrase)) if phrase else () for phrase in slot})
            # the words that can end the cue: those of its last slot, or of the slot before an empty one
            ends: set[str] = set()
            for slot in reversed(slots):
                if isinstance(slot, int):
                    raise ValueError("a trailing cue cannot end in a gap")
                ends |= {phrase[-1] for phrase in slot if phrase}
                if () not in slot:
                    break
            finals |= ends
            opening = slots[0]
            openers = None if isinstance(opening, int) or () in opening else {phrase[0] for phrase in opening}
            for end in ends:  # in the order listed: the first cue that fits is taken
                self._trailing.setdefault(end, []).append((group["kind"], slots, openers))
        # looked up by LOWER: "n't" (and "n’t") for "not", as plain_word reads them
        finals |= {word for word, plain in _CONTRACTIONS.items() if plain in finals}
        finals |= {word.replace("'", "’") for word in finals}
        self._trailing_finals = WordSet(self.nlp.vocab.strings.add(word) for word in finals)

    def _trailing_cues(self, doc: Doc, sentence_index: _SentenceIndex, hard_stops: list[int]) -> list[Cue]:
        """A hedge, an attribution or a retraction said after the claim, at the end of its sentence and after a lead
        (a comma, a dash, an opening parenthesis): "Kratom cures back pain, some users say.", "Kava cures anxiety,
        or so the sellers claim.", "Kava cures anxiety — allegedly.", "Kava cures anxiety (not really).", "Kratom
        relieves pain, though the evidence is thin." governs its sentence back to the clause before the lead (across
        the dash that leads it). Only the listed sources: "…, according to our customers", "…, according to a 2023
        meta-analysis" and "…, and science agrees" endorse the claim; and only as the sentence's last words: in "…,
        some users say, and they are right" the attribution is taken back. A description written before the
        substance's name is the writer's own and stays outside the scope."""
        if not self._trailing:
            return []
        table = token_table(doc)
        lowers, orths = table[:, TABLE_COLUMNS.index("LOWER")], table[:, TABLE_COLUMNS.index("ORTH")]
        strings, vocab = doc.vocab.strings, doc.vocab
        cues = []
        writer = self._writer_clause_subjects | self._first_person | {"us", "me"}
        is_final = self._trailing_finals.among(lowers).tolist()
        orth_list = orths.tolist()
        wordlike = self._wordlike_orths
        # a cue's last word has no word or number after it in its sentence: walk back from each sentence's end
        # over punctuation and the cue words it passes, up to the last word or number
        lasts = []
        for sentence_start, sentence_end in zip(sentence_index.starts, sentence_index.ends):
            for index in range(sentence_end - 1, sentence_start - 1, -1):
                if is_final[index]:
                    lasts.append(index)
                orth = orth_list[index]
                is_word = wordlike.get(orth)
                if is_word is None:
                    # `is_alpha` is str.isalpha of the text: a lexeme is looked up only for what might be a number
                    is_word = wordlike[orth] = strings[orth].isalpha() or vocab[orth].like_num
                if is_word:
                    break
        for last in sorted(lasts):
            sentence_start, sentence_end = sentence_index.bounds(last)
            ending_here = self._trailing.get(plain_lower(strings[lowers[last]]), ())
            for lead in range(last, max(sentence_start + 1, last - 2 * self.max_scope - 1), -1):
                if orth_list[lead] not in self._trailing_lead_orths:
                    continue
                words = [plain_lower(strings[lower]) for lower in lowers[lead + 1:last + 1].tolist()]
                kind = next((kind for kind, slots, openers in ending_here
                             if (openers is None or words and words[0] in openers) and _fills(words, 0, slots, writer)),
                            None)
                if kind:
                    left, _ = self._clause_limits(hard_stops, sentence_start, sentence_end, lead - 1)
                    # the writer's own description before the name stays the writer's: in "The plant known as
                    # lion's mane sharpens focus, fans say" the fans say it sharpens focus, the writer calls it a plant
                    starts = mention_starts(doc)
                    first = bisect_left(starts, left)
                    if first < len(starts) and left < starts[first] < lead:
                        left = max(left, min(mentions_of(doc)[first].end, lead))
                    cues.append(Cue(kind, lead + 1, last + 1, left, lead))
                    break
        return cues

    def _add_compound(self, key: str, heads, middles, tails) -> None:
        if not heads or not tails:
            return
        self.directions[key] = (key.split("#")[0], "forward", False)
        self._keys[self.nlp.vocab.strings.add(key)] = key
        for part, words in (("head", heads), ("middle", middles), ("tail", tails)):
            if words:
                self.compound_parts[part].add(key, list(words))

    def _let_fool_pseudos(self, doc: Doc) -> list[tuple[str, int, int]]:
        """"Don't let anyone fool you:", "Never let Big Pharma tell you otherwise —", "Don't be fooled:": a negated
        "let … fool you" (or "be fooled") ended by a colon, dash or comma is no denial of the claim after it, which
        the writer asserts. Not "don't let anyone fool you into thinking kava is safe": without the mark right after
        "you" (or "otherwise"), the negation keeps its scope. Read around the few fooling words only (a Token per
        word of the Doc would cost more than the rest of the cues)."""
        if not self._let_fool_verbs:
            return []
        n = len(doc)
        lowers = token_table(doc)[:, TABLE_COLUMNS.index("LOWER")]
        found = []
        for k in self._fooling_lowers.among(lowers).nonzero()[0].tolist():
            word = plain_word(doc[k])
            if word in _BE_FOOLED and k >= 2 and plain_word(doc[k - 1]) == "be":
                i, end = k - 2, k + 1
            elif word in self._let_fool_verbs and k + 1 < n and plain_word(doc[k + 1]) == "you":
                # the first fooling verb within five words after "let"
                words = [plain_word(t) for t in doc[max(k - 5, 0):k]]
                if "let" not in words:
                    continue
                let = max(k - 5, 0) + len(words) - 1 - words[::-1].index("let")
                if any(w in self._let_fool_verbs for w in words[let - max(k - 5, 0) + 1:]):
                    continue
                i, end = let - 1, k + 2
            else:
                continue
            negation = plain_word(doc[i]) if i >= 0 else ""
            if negation not in ("not", "never"):
                continue
            start = i - 1 if negation == "not" and i and plain_word(doc[i - 1]) == "do" else i
            if end < n and plain_word(doc[end]) == "otherwise":
                end += 1
            if end < n and doc[end].text in self._let_fool_marks:
                found.append(("pseudo#let-fool", start, end + 1))
        return found

    def _gapped_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Each gapped cue's matches: its head, then one to `max_words` plain words (the first one of its openers when
        it has any), then its tail word: "the claim on some labels that", "some vendors market it as". The gap holds no
        punctuation (but a hyphen inside a word), no auxiliary ("the idea of this blend is that …" is the writer's
        own) and no first person ("the claim on our label that …", "sellers like us market it as …"), but where the
        group sets `writer_gap` ("don't miss our kava:" names the writer's own product). The cue spans the head to
        the tail."""
        found = []
        if not self._gapped:
            return found
        sentence_index = sentence_index_of(doc)
        for key, heads, openers, tail, max_words, writer_gap in self._gapped:
            for _, start, end in heads(doc):
                if end >= len(doc) or (openers and plain_word(doc[end]) not in openers):
                    continue
                sentence_end = sentence_index.bounds(start)[1]
                for k in range(end, min(end + max_words + 1, sentence_end)):
                    word = plain_word(doc[k])
                    if word == tail:
                        if k > end:  # the gap holds at least one word
                            found.append((key, start, k + 1))
                        break
                    joined = doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                    if (doc[k].is_punct and not joined) or not doc[k].text.strip() or word in self._auxiliaries or (
                            not writer_gap and (word in self._writer_clause_subjects or word in self._first_person)):
                        break
        return found

    def _compound_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """Each compound cue's matches: a head, then a middle or nothing, then a tail, adjacent."""
        if not self.compound_parts:
            return []
        heads, middles, tails = (self.compound_parts[part](doc) for part in ("head", "middle", "tail"))
        if not heads or not tails:
            return []
        middle_ends = {(key, start): end for key, start, end in middles}
        tail_ends = {(key, start): end for key, start, end in tails}
        found = []
        for key, start, end in heads:
            after_middle = middle_ends.get((key, end))
            tail_end = tail_ends.get((key, end)) or (after_middle and tail_ends.get((key, after_middle)))
            if tail_end:
                found.append((self._keys[key], start, tail_end))
        if self._third_party:
            found = self._third_party_matches(doc, found)
        return found

    def _owned_subject(self, doc: Doc, start: int) -> bool:
        """Whether the third party at `start` is the writer's own: one of `third_party_own` in the noun phrase before
        it (up to three words, to a punctuation mark: "our labels", "our product labels", "some of our vendors"), and
        no rival named there ("our competitors")."""
        phrase = []
        for k in range(start, max(start - 4, -1), -1):
            if k < start and (doc[k].is_punct or not doc[k].text.strip()):
                break
            phrase.append(plain_word(doc[k]))
        return (any(w in self._third_party_own for w in phrase)
                and not any(w in self._third_party_rivals for w in phrase))

    def _third_party_matches(self, doc: Doc, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """The compound matches of `third_party_reports`, settled: not the writer's own subject ("our label
        promises", "my vendors say"; "our competitors claim" is a rival's), not a verb before one of the group's
        `not_before` words ("fans swear by it"), and a verb with a tail ("as") only where the tail follows within a few
        plain words ("brands tout kratom as …"), the cue then spanning it."""
        settled = []
        n = len(doc)
        for key, start, end in found:
            group = self._third_party.get(key)
            if group is None:
                settled.append((key, start, end))
                continue
            not_before, tail, max_words, not_after_tail = group
            if plain_word(doc[start]) not in self._third_party_subject_words:
                continue
            if end < n and plain_word(doc[end]) in not_before:
                continue
            if self._owned_subject(doc, start):
                continue
            after = end + 1 if end < n and plain_word(doc[end]) == "that" else end
            if after < n and plain_word(doc[after]) in self._third_party_own:
                continue  # "people say our kava cured their insomnia": the writer's own product praised
            if tail:
                sentence_end = sentence_index_of(doc).bounds(start)[1]
                for k in range(end, min(end + max_words + 1, sentence_end)):
                    word = plain_word(doc[k])
                    if word == tail:
                        if k > end and not (k + 1 < n and plain_word(doc[k + 1]) in not_after_tail):
                            settled.append((key, start, k + 1))
                        break
                    joined = doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                    if (doc[k].is_punct and not joined) or not doc[k].text.strip() or word in self._auxiliaries or (
                            word in self._writer_clause_subjects or word in self._first_person):
                        break
                continue
            settled.append((key, start, end))
        return settled

    def _clause_stops(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Token positions that end a clause, on token arrays: a terminator, or a comma before
        a clause opener in the same sentence (", so …", ", which …"); the second list adds
        every comma and colon, for comma-bounded cues."""
        strings = doc.vocab.strings
        table = token_table(doc)
        orths, norms = table[:, 0], table[:, 2]
        comma = orths == strings.add(",")
        hard = self._terminator_norms.among(norms)
        # a hyphen inside a word ("self-manage", "non-addictive") joins it: only a spaced dash ends a clause
        for i in (hard & (orths == strings.add("-"))).nonzero()[0].tolist():
            if 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
                hard[i] = False
        after_comma = comma[:-1].nonzero()[0] + 1
        opens_clause = self._clause_opener_norms.among(norms[after_comma]) & (table[after_comma, 3] != 1)
        hard[after_comma[opens_clause] - 1] = True
        soft = hard | comma | (orths == strings.add(":"))
        # an emoji, check mark or bullet between the items of an inline list sets them off as a comma does: in
        # "no hangover 🌿 no side effects" the first "no" does not govern the second item
        soft[inline_separators(doc_text(doc), table[:, TABLE_COLUMNS.index("IDX")].astype("int64"))] = True
        # punctuation inside a closed parenthetical ("(SMD -0.7; 95% CI -1.0 to -0.4)") ends no clause of the
        # sentence around it; a word there ("(but it is safe)") still does
        inside = _parenthetical_mask(doc, table)
        if inside.any():
            marks = [i for i in (inside & (hard | soft)).nonzero()[0].tolist() if not doc[i].is_alpha]
            hard[marks] = False
            soft[marks] = False
        return hard.nonzero()[0].tolist(), soft.nonzero()[0].tolist()

    def _new_clauses(self, doc: Doc) -> list[int]:
        """The commas that open a new clause with its own subject: a comma, a coordinator ("and",
        "or") and a subject pronoun ("it", "they"), a substance ("…, and kava is …") or a determiner
        before a word ("…, and our kava is …", "…, or the tea will …"), in one sentence."""
        if not self._new_clause_kinds or not self._new_clause_coordinators:
            return []
        strings = doc.vocab.strings
        table = token_table(doc)
        commas = (table[:-1, 0] == strings.add(",")).nonzero()[0]
        commas = commas[self._new_clause_lowers.among(table[commas + 1, TABLE_COLUMNS.index("LOWER")])].tolist()
        if not commas:
            return []
        starts = set(mention_starts(doc))
        found = []
        for comma in commas:
            subject = comma + 2
            if subject >= len(doc) or table[comma + 1, 3] == 1 or table[subject, 3] == 1:
                continue  # the coordinator or the subject opens another sentence
            if plain_word(doc[comma + 1]) not in self._new_clause_coordinators:
                continue
            word = plain_word(doc[subject])
            if (word in self._new_clause_subjects or subject in starts
                    or (word in self._new_clause_determiners and subject + 1 < len(doc) and doc[subject + 1].is_alpha
                        and table[subject + 1, 3] != 1)):
                found.append(comma)
            elif word in self._new_clause_fronted and self._fronted_subject(doc, table, subject, starts):
                found.append(comma)
        return found

    def _fronted_subject(self, doc: Doc, table, lead: int, starts: set[int]) -> bool:
        """After ", and", a fronted phrase of a few words, then the clause's own subject: ", and unlike opioids
        it won't get you hooked", ", and after a week, it cured my insomnia". The phrase holds at least one word
        after its lead ("and like it because …" is no such phrase) and at most NEW_CLAUSE_FRONTED_WORDS; the
        subject is one of `new_clause_subjects` or a substance."""
        last = min(len(doc), lead + 2 + NEW_CLAUSE_FRONTED_WORDS)
        for k in range(lead + 2, last):
            if table[k, 3] == 1:
                return False
            token = doc[k]
            if token.text == "," and k + 1 < len(doc) and table[k + 1, 3] != 1:
                k += 1
                token = doc[k]
            if plain_word(token) in self._new_clause_subjects or k in starts:
                return True
            if not token.is_alpha or plain_word(token) in _OTHER_SUBJECTS:
                return False  # ", and with time they report it …": the hedged population's own clause
        return False

    def _reason_clauses(self, doc: Doc) -> list[int]:
        """Where a reason clause opens: "because" (not "because of", a reason given as a noun phrase), or "since"
        before a subject ("since it is", "since they are"), inside a sentence."""
        if len(doc) < 2:
            return []
        table = token_table(doc)
        lowers = table[:, TABLE_COLUMNS.index("LOWER")]
        words, subject_words, subjects, of = self._reason_lowers
        following = lowers[1:]
        opens = (words.among(lowers[:-1]) & (following != of)) | (subject_words.among(lowers[:-1]) & subjects.among(following))
        opens &= table[1:, 3] != 1  # the next word opens no sentence
        return opens.nonzero()[0].tolist()

    @staticmethod
    def _clause_limits(stops: list[int], sentence_start: int, sentence_end: int, index: int) -> tuple[int, int]:
        """The clause around token `index`: after the last stop before it, up to the next stop."""
        after = bisect_left(stops, index)
        left = max(sentence_start, stops[after - 1] + 1) if after else sentence_start
        right = min(sentence_end, stops[after]) if after < len(stops) else sentence_end
        return left, right

    def __call__(self, doc: Doc) -> Doc:
        sentence_index = sentence_index_of(doc)
        context = Context(sentence_start_of=sentence_index.start_of)
        keys = self._keys
        matches = [(keys[m], s, e) for m, s, e in self.matcher(doc)] + self._compound_matches(doc)
        matches += self._let_fool_pseudos(doc)
        matches += self._gapped_matches(doc)
        if self._tradition_hedges:
            matches += [("hedge#tradition", s, e) for _, s, e in self.tradition_matcher(doc)]
        if self._population_hedges:
            matches += self._population_gap_matches(doc)
        # a pseudo-cue ("not only", "no doubt") cancels every cue that starts among its words, but
        # for a cue that spans it whole: a listed longer phrase ("could never" over "could") wins
        pseudos = [(s, e) for key, s, e in matches if key.startswith("pseudo#")]
        in_pseudo = {i for s, e in pseudos for i in range(s, e)}
        openers = [(keys[m], s, e) for m, s, e in self.openers(doc)] if self.gated else []
        hard_stops, soft_stops = self._clause_stops(doc)
        new_clauses = self._new_clauses(doc)
        writer_clauses = [comma for comma in new_clauses if plain_word(doc[comma + 2]) in self._writer_clause_subjects]
        reason_clauses = self._reason_clauses(doc) if self._reason_kinds else []
        norms = token_table(doc)[:, TABLE_COLUMNS.index("NORM")]
        lowers = token_table(doc)[:, TABLE_COLUMNS.index("LOWER")]
        coordinators = set(self._coordinator_norms.among(norms).nonzero()[0].tolist())
        context.negators = frozenset(self._negator_norms.among(norms).nonzero()[0].tolist())
        starts_of: dict[str, list[int]] = {}  # cue key -> where it occurs (in order)
        for key, start, _ in matches:
            starts_of.setdefault(key, []).append(start)
        # where a comma-bounded forward negation ("no") starts: a list item of its own after ", and"
        list_keys = self._list_negation_keys
        list_negations = sorted(start for key, start, _ in matches if key in list_keys)
        for key, start, end in matches:
            kind, direction, stop_at_comma = self.directions[key]
            if kind == "pseudo" or (start in in_pseudo and not any(
                    start <= s and e <= end for s, e in pseudos if s <= start < e)):
                continue
            sentence_start, sentence_end = sentence_index.bounds(start)
            if direction == "forward" and key in self.gated:
                # "watch out for sellers who say …": "who say" distances only after such an opener in its clause
                left, _ = self._clause_limits(hard_stops, sentence_start, sentence_end, max(start - 1, sentence_start))
                if not any(k == key and left <= s and e <= start for k, s, e in openers):
                    continue
            stops = soft_stops if stop_at_comma else hard_stops
            if direction in ("forward", "both"):
                _, right = self._clause_limits(stops, sentence_start, sentence_end, end)
                if stop_at_comma:  # "no hangover and no habit": the next "no" of a list starts its own scope
                    following = starts_of[key]
                    for next_start in following[bisect_left(following, end):]:
                        if next_start >= right:
                            break
                        if next_start - 1 in coordinators:  # not "no one should say there are no side effects"
                            right = next_start
                            break
                elif kind == "negation" and list_negations:
                    # "there's no risk of prices rising, and no risk of addiction": a wider negation ("there is no")
                    # ends where a comma and a coordinator open a negated item of its own
                    for next_start in list_negations[bisect_right(list_negations, end):]:
                        if next_start >= right:
                            break
                        if next_start - 1 in coordinators and next_start - 2 > end and doc[next_start - 2].text == ",":
                            right = next_start - 2
                            break
                if kind == "hedge" and end - start == 1 and int(norms[start]) in self._modal_hedges:
                    right = self._modal_clause_end(doc, end, right)
                if self._conjunct_bounded and tuple(norms[start:end].tolist()) in self._conjunct_bounded:
                    right = self._conjunct_end(doc, end, right)
                elif kind == "hedge" and tuple(norms[start:end].tolist()) in self._conjunct_hedges:
                    right = self._conjunct_end(doc, end, right, self._conjunct_finite_lowers)
                ending = (new_clauses if kind in self._new_clause_kinds
                          else writer_clauses if kind in ("report", "distancing") else None)
                if ending and not stop_at_comma:
                    # "some people find kava relaxing, and it has no side effects": the new clause is not governed
                    following = bisect_left(ending, end)
                    if following < len(ending) and ending[following] < right:
                        right = ending[following]
                if reason_clauses and kind in self._reason_kinds and (
                        kind not in self._reason_label_kinds or plain_word(doc[end - 1]) in self._reason_label_ends
                        or (kind == "hedge" and int(norms[start]) in self._modal_hedges)):
                    # "sold as a novelty because it is not approved": the reason is the writer's own statement
                    following = bisect_left(reason_clauses, end)
                    if following < len(reason_clauses) and reason_clauses[following] < right:
                        right = reason_clauses[following]
                context.cues.append(Cue(kind, start, end, end, min(right, _past_parentheticals(doc, end, self.max_scope))))
            if direction in ("backward", "both"):
                left, _ = self._clause_limits(stops, sentence_start, sentence_end, max(start - 1, sentence_start))
                if key in self.gated:
                    opened = [s for k, s, e in openers if k == key and left <= s and e <= start]
                    if not opened:
                        continue
                    left = min(opened)  # the scope runs back to the opener, however long the claim
                    context.cues.append(Cue(kind, start, end, left, start))
                    continue
                left = max(left, start - self.max_scope)
                if kind == "harm" and start - 1 > left and start - 1 in coordinators and (
                        self._benefit_verb_lowers.among(lowers[left:start - 1]).any()):
                    # "experts agree that kava eases anxiety and should not be mixed with alcohol": a warning
                    # coordinated after a benefit states the risk, not the benefit before it
                    left = start
                context.cues.append(Cue(kind, start, end, left, start))
        context.cues += self._usage_cues(doc, sentence_index, hard_stops, soft_stops, new_clauses)
        context.cues += self._onset_cues(doc, sentence_index, hard_stops, new_clauses)
        context.cues += self._short_rebuttal_cues(doc, sentence_index)
        context.cues += self._trailing_cues(doc, sentence_index, hard_stops)
        if self._failed_expectation_gates.among(lowers).any():
            context.cues += self._failed_expectation_cues(doc, sentence_index)
        context.cues += self._title_cues(doc, sentence_index)
        context.cues += self._example_list_cues(doc, sentence_index, context.cues)
        context.cues += self._lead_in_list_cues(doc, sentence_index, context.cues)
        context.cues += self._myth_section_cues(doc, sentence_index)
        if self._myth_labels and self._myth_label_firsts.among(lowers).any():
            context.cues += self._myth_label_cues(doc, sentence_index, hard_stops, lowers)
        context.cues += self._concessive_cues(doc, sentence_index, hard_stops, soft_stops)
        if self._tradition_hedges:
            context.cues = self._settled_traditions(doc, sentence_index, context.cues)
        if self._population_hedges:
            populations = {start for key, start, _ in matches if key == "hedge#population"}
            if populations:
                context.cues = self._settled_populations(doc, sentence_index, context.cues, populations)
        context.cues = self._settled_attributions(doc, sentence_index, context.cues)
        if self.gated_sarcasm:
            context.cues += self._sarcasm_cues(doc, sentence_index)
        context.cues += _citation_cues(doc, sentence_index)
        context.cues += self._verdict_cues(doc, sentence_index)
        context.cues += self._table_cues(doc, sentence_index)
        context.cues += self._risk_subject_cues(doc, sentence_index)
        context.cues = _without_negated_rebuttals(context.cues, doc)
        context.cues += _carried_rebuttals(doc, sentence_index, context.cues)
        self._mark_questions(doc, context)
        doc._.context = context  # the public face; rule kinds read it through `context_of`
        doc.user_data["claimcheck.context"] = context
        doc.user_data["claimcheck.contrast"] = self._contrast
        return doc

    def _usage_cues(self, doc: Doc, sentence_index: _SentenceIndex, hard_stops: list[int], soft_stops: list[int],
                    new_clauses: list[int]) -> list[Cue]:
        """Why a population uses a product, which claims nothing: "People use kratom to ease pain",
        "Millions of Americans take CBD for sleep or to calm anxiety", "people who take kratom to manage
        pain can become dependent". The word before the usage verb (past adverbs: "have long used"; or
        "who" after a population) is a population; the first "to" or "for" within USAGE_REACH words after
        the verb, in its clause, opens a hedge up to the clause's end (a few words in a relative clause,
        whose main verb follows), or up to "and" before a new subject ("… to relax and it works every
        time"). Not the reader ("Use CBD to …"), not the writer's own customers or product ("our
        customers use it to …", "people use our kratom to …"), and not when the writer endorses the
        purpose ("People use CBD to treat anxiety, and it works.")."""
        if not self._usage_subjects:
            return []
        cues = []
        endorsed: dict[int, int] | None = None
        for _, start, end in self.usage_verbs(doc):
            sentence_start, sentence_end = sentence_index.bounds(start)
            i = start - 1
            while i >= sentence_start and plain_word(doc[i]) in self._usage_adverbs:
                i -= 1
            relative = i > sentence_start and plain_word(doc[i]) in ("who", "that")
            subject = i - 1 if relative else i
            if subject < sentence_start:
                continue
            population = subject
            advised = self._advised_use(doc, i, start, sentence_start)
            if advised is not None:
                relative, subject = False, advised
                population = subject
            elif plain_word(doc[subject]) in self._usage_pronouns:
                # "many people who buy kratom say they take it to …": the population named before, if any
                population = next((k for k in range(subject - 1, sentence_start - 1, -1)
                                   if plain_word(doc[k]) in self._usage_subjects), None)
                if population is None:
                    continue
            elif plain_word(doc[subject]) not in self._usage_subjects:
                continue
            before = [plain_word(t) for t in doc[max(sentence_start, population - 3):population]]
            if advised is None and self._usage_own.intersection(before) and \
                    plain_word(doc[population]) not in self._usage_forebears:
                continue  # "our customers use it to …": the writer's testimonial (not "our ancestors used …")
            _, clause_end = self._clause_limits(soft_stops, sentence_start, sentence_end, end)
            purpose = next((j for j in range(end + 1, min(clause_end, end + 1 + USAGE_REACH))
                            if plain_word(doc[j]) in self._usage_purpose), None)
            if purpose is None or plain_word(doc[end]) in self._usage_own:
                continue  # no purpose, or the writer's own product ("use our kratom to …")
            if endorsed is None:
                endorsed = self._endorsed_until(doc, sentence_index)
            if purpose < endorsed.get(sentence_start, -1):
                continue  # "People use CBD to treat anxiety, and it works."
            _, right = self._clause_limits(hard_stops, sentence_start, sentence_end, purpose)
            following = bisect_left(new_clauses, purpose)
            if following < len(new_clauses) and new_clauses[following] < right:
                right = new_clauses[following]
            right = self._modal_clause_end(doc, purpose + 1, right)
            if relative:
                right = min(right, purpose + USAGE_RELATIVE_SCOPE)
            if advised is not None:
                # the advice's clause ends at its comma or colon: "Before using turmeric to treat arthritis, know that it
                # cures it" claims in its main clause; "When you use kava to treat anxiety, it works every time" endorses
                closing = next((k for k in range(purpose + 1, sentence_end) if doc[k].text in (",", ":")), None)
                if closing is not None:
                    after = [plain_word(t) for t in doc[closing + 1:sentence_end]]
                    if any(tuple(after[:len(p)]) == p for p in self._usage_clause_endorsements):
                        continue
                    right = min(right, closing)
            cues.append(Cue("hedge", subject, purpose + 1, purpose,
                            min(right, _past_parentheticals(doc, purpose, self.max_scope))))
        return cues

    def _advised_use(self, doc: Doc, i: int, verb: int, sentence_start: int) -> int | None:
        """A use told in a clause of advice or condition: one of `usage_clause_openers` right before a usage verb in
        -ing ("before using turmeric to …", "when taking valerian to …", "ask about taking ashwagandha to …"), or
        before one of `usage_clause_persons` and its auxiliaries ("before you use valerian to …", "if you're taking
        kava to …", "when someone is using kratom to …"). `i` is the word before the verb, past adverbs. The index
        of the opener, or None. ("Before bed, take valerian to …" and "Use kava before bed to …" open no such
        clause: the verb's subject is the reader.)"""
        if not self._usage_clause_openers or i < sentence_start:
            return None
        word = plain_word(doc[i])
        if word in self._usage_clause_openers:
            return i if doc[verb].lower_.endswith("ing") else None
        while i > sentence_start and plain_word(doc[i]) in self._usage_clause_auxiliaries:
            i -= 1
        if i > sentence_start and plain_word(doc[i]) in self._usage_clause_persons \
                and plain_word(doc[i - 1]) in self._usage_clause_openers:
            return i - 1
        return None

    def _onset_cues(self, doc: Doc, sentence_index: _SentenceIndex, hard_stops: list[int],
                    new_clauses: list[int]) -> list[Cue]:
        """When a product took effect, told in the first person and the past tense, is an experience:
        "Within twenty minutes I felt relaxed", "the kava kicked in within fifteen minutes for me". The
        onset ("within" … "minutes") is hedged when its clause (up to a terminator or a new clause) holds a
        first-person word, a past-tense verb and no promise ("you", "will", "every", "guaranteed", "am").
        The cue's own tokens are the whole clause, so that a claim that holds the onset is governed by it;
        its scope is the onset alone, so no other claim of the clause is."""
        if not (self._onset_units and self._onset_leads):
            return []
        lowers = token_table(doc)[:, TABLE_COLUMNS.index("LOWER")]
        units = self._onset_unit_lowers.among(lowers).nonzero()[0].tolist()
        if not units:
            return []  # as in most texts, no onset
        cues = []
        stops = sorted(set(hard_stops) | set(new_clauses))
        for unit in units:
            sentence_start, sentence_end = sentence_index.bounds(unit)
            lead = next((j for j in range(unit - 1, max(sentence_start, unit - 6) - 1, -1)
                         if plain_word(doc[j]) in self._onset_leads), None)
            if lead is None or not all(t.is_alpha or t.like_num for t in doc[lead + 1:unit]):
                continue
            left, right = self._clause_limits(stops, sentence_start, sentence_end, lead)
            words = [plain_word(t) for t in doc[left:right]]
            if (self._onset_persons.isdisjoint(words) or not self._onset_promises.isdisjoint(words)
                    or not any(w in self._onset_past or (w.endswith("ed") and len(w) > 3 and t.is_alpha)
                               for w, t in zip(words, doc[left:right]))):
                continue
            cues.append(Cue("hedge", left, right, lead, unit + 1))
        return cues

    def _risk_subject_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """A use named in order to judge it, which claims nothing: "Using kratom to quit heroin is risky",
        "Replacing your antidepressant with St. John's wort can be dangerous", "Treating anxiety with kava alone is
        no substitute for care". A gerund (or "to" and a verb) opens the clause; its predicate, the first of
        `risk_subject_predicates` after it, says within RISK_SUBJECT_REACH words that the use is risky or
        disapproved (see `risk_subject_words` in rules/context.yaml). A negation governs the subject, up to the
        predicate. Read only where a risk word occurs: most sentences hold none."""
        if not self._risk_subject:
            return []
        lowers = token_table(doc)[:, TABLE_COLUMNS.index("LOWER")]
        hits = self._risk_subject_words.among(lowers).nonzero()[0].tolist()
        if not hits:
            return []
        table = self._risk_subject
        stops = _RISK_SUBJECT_STOP_HASHES.among(token_table(doc)[:, TABLE_COLUMNS.index("ORTH")])
        cues: list[Cue] = []
        done: set[int] = set()  # predicates already judged
        for hit in hits:
            sentence_start, sentence_end = sentence_index.bounds(hit)
            # the clause start: back to a comma, colon or dash ("but" may sit inside the predicate: "a common but
            # risky strategy"), past a lead word ("But using kratom …", "… that replacing …") or a bullet
            left, floor = hit, max(sentence_start, hit - RISK_SUBJECT_LENGTH - RISK_SUBJECT_REACH)
            while left > floor and not stops[left - 1]:
                left -= 1
            if left > sentence_start and not stops[left - 1]:
                continue  # a subject longer than any use named to judge it
            while left < hit and (plain_word(doc[left]) in table["leads"] or not doc[left].is_alpha):
                left += 1
            opener = left
            if _self_prefixed(doc, opener, hit):
                opener += 2  # "Self-treating withdrawal with kratom …"
            word = plain_word(doc[opener])
            if word == "to" and opener + 1 < hit:
                # "To use kratom to quit opioids without a doctor is a gamble", "To self-medicate with …"
                if not _self_prefixed(doc, opener + 1, hit) and plain_word(doc[opener + 1]) not in table["infinitives"]:
                    continue
            elif not (word.endswith("ing") and len(word) > 4 and doc[opener].is_alpha
                      and word not in table["not_gerunds"]):
                continue
            predicate = next((i for i in range(opener + 2, min(hit + 1, opener + 2 + RISK_SUBJECT_LENGTH))
                              if plain_word(doc[i]) in table["predicates"]), None)
            if predicate is None or predicate in done or hit - predicate > RISK_SUBJECT_REACH:
                continue
            if plain_word(doc[predicate - 1]) in table["joins"]:
                continue  # "… gets you off opioids and should be supervised": the subject's own claim came first
            between = [plain_word(t) for t in doc[predicate:hit]]
            negated = not table["negators"].isdisjoint(between)
            risk = plain_word(doc[hit])
            if risk in table["words"]:
                if negated or not table["endorsing"].isdisjoint(between):
                    continue  # "is not risky", "is less risky than methadone"
            elif not negated or not table["endorsing"].isdisjoint(between):
                continue  # "is recommended", "is safe": approval, unless denied
            after = [plain_word(t) for t in doc[hit + 1:sentence_end]]
            if any(w in table["turns"] and not table["endorsements"].isdisjoint(after[k + 1:k + 5])
                   for k, w in enumerate(after)):
                continue  # "is risky, but it works"
            done.add(predicate)
            cues.append(Cue("negation", predicate, hit + 1, opener, predicate))
        return cues

    def _conjunct_end(self, doc: Doc, end: int, right: int, lowers_of: tuple[frozenset[int], ...] | None = None) -> int:
        """A negation's scope ends where "and" + an auxiliary starts a second predicate ("kava has no bitter
        taste and is completely safe"), unless a complement opener lies between ("not true that … and is …")."""
        stop = min(right, len(doc) - 1)
        lowers = token_table(doc)[end:stop + 1, TABLE_COLUMNS.index("LOWER")].tolist()  # no Token per word
        openers, coordinators, auxiliaries = lowers_of or self._conjunct_lowers
        for offset, lower in enumerate(lowers[:-1]):
            if lower in openers:
                return right
            if lower in coordinators and lowers[offset + 1] in auxiliaries:
                return end + offset
        return right

    def _modal_clause_end(self, doc: Doc, end: int, right: int) -> int:
        """A modal ("would", "may") hedges its own clause: "and" before a new subject pronoun starts
        another ("I thought kava would relax me and it cured my anxiety")."""
        for i in range(end, min(right, end + self.max_scope) - 1):
            if plain_word(doc[i]) == "and" and plain_word(doc[i + 1]) in self._clause_subjects:
                return i
        return right

    def _settled_attributions(self, doc: Doc, sentence_index: _SentenceIndex, cues: list[Cue]) -> list[Cue]:
        """Attributions and rebuttals that hold only in context, decided here:

        * a past belief (kind ``belief``: "I thought chaga was a plant") distances what it holds only
          when a correction or a rebuttal follows in its sentence or the next ("… until my mycology class", "Turns
          out …"); otherwise it is no cue ("I thought kava would relax me and it cured my anxiety");
        * a report or distancing cue whose speaker is the writer ("we market our kava as …", "I
          claim …") attributes nothing;
        * an endorsement after a reported claim ("Brands claim it cures anxiety, and they're right")
          takes back the distance of the attributions before it in its sentence, or in the
          sentence before when it opens its own ("They're right.");
        * a debunk or rebuttal whose own subject is the warning ("that liver stuff is a myth", "the
          warnings are nonsense") dismisses the risk: it denies or rebuts nothing before its subject."""
        kinds = {cue.kind for cue in cues}
        if not kinds & {"belief", "report", "distancing", "rebuttal", "negation"}:
            return cues
        norms = token_table(doc)[:, TABLE_COLUMNS.index("NORM")]
        corrections = ([start for _, start, _ in self.belief_corrections(doc)] if "belief" in kinds else [])
        if "belief" in kinds and "rebuttal" in kinds:
            # a short rebuttal corrects a belief too: "I heard kava is from Asia. Is that right? No.", "… It isn't."
            # (only one kept as a cue, so not a doubting question answered yes)
            rebuttals = {cue.start for cue in cues if cue.kind == "rebuttal"}
            corrections += [start for _, start, _ in self.short_rebuttals(doc) if start in rebuttals]
        endorsed = self._endorsed_until(doc, sentence_index) if kinds & {"report", "distancing"} else {}
        settled = []
        for cue in cues:
            if cue.kind == "belief":
                sentence_start, sentence_end = sentence_index.bounds(cue.start)
                reach = sentence_index.bounds(sentence_end)[1] if sentence_end < len(doc) else sentence_end
                if not any(cue.end <= start < reach for start in corrections):
                    continue
                cue = cue._replace(kind="distancing")
            elif cue.kind in ("report", "distancing"):
                sentence_start = sentence_index.start_of[cue.start]
                if self._by_the_writer(norms, sentence_start, cue):
                    continue
                if (self._third_party_own and plain_word(doc[cue.start]) in self._third_party_subjects
                        and self._owned_subject(doc, cue.start)):
                    continue  # "our vendors say …", "our labels claim …": the writer's own
                until = endorsed.get(sentence_start)
                if until is not None and cue.start < until:
                    continue
            elif cue.kind == "rebuttal" or (cue.kind == "negation" and cue.scope_end <= cue.start):
                subject = self._warning_subject(doc, sentence_index, cue.start)
                if subject is not None:
                    if cue.kind == "rebuttal":
                        continue
                    cue = cue._replace(scope_start=max(cue.scope_start, subject))  # it governs its subject only
            settled.append(cue)
        return settled

    def _settled_traditions(self, doc: Doc, sentence_index: _SentenceIndex, cues: list[Cue]) -> list[Cue]:
        """Tradition and history hedges (`tradition_hedges`: "In Ayurveda, …", "guggul was used to treat …",
        "has been used for centuries to …") report a use, not that it works, but

        * an endorsement after the hedge in its sentence, or opening the next ("…, and it works", "— and modern
          science now confirms it", "They were right."), makes the report the writer's claim: the hedge is dropped;
        * in a parenthetical after the subject ("Kava, traditionally used in Fiji, cures anxiety", "Ashwagandha, an
          Ayurvedic herb used for centuries, cures insomnia") the hedge ends at the closing comma;
        * it ends where "and" + a finite verb starts a second predicate ("… and is completely safe")."""
        lowers = token_table(doc)[:, TABLE_COLUMNS.index("LOWER")]
        traditions = self._tradition_hedges
        if not any(cue.kind == "hedge" and tuple(lowers[cue.start:cue.end].tolist()) in traditions for cue in cues):
            return cues
        endorsed = self._endorsed_until(doc, sentence_index)
        risks = sorted(start for _, start, _ in self.tradition_safety(doc))
        mentions: set[int] | None = None
        names: set[int] | None = None  # mentions and names of other substances
        settled = []
        for cue in cues:
            if cue.kind != "hedge" or tuple(lowers[cue.start:cue.end].tolist()) not in traditions:
                settled.append(cue)
                continue
            sentence_start, sentence_end = sentence_index.bounds(cue.start)
            until = endorsed.get(sentence_start)
            if until is not None and cue.start < until:
                continue
            # "Kava has been used for centuries and is completely safe": the second predicate is the writer's
            cue = cue._replace(scope_end=self._conjunct_end(doc, cue.end, cue.scope_end, self._conjunct_finite_lowers))
            following = bisect_left(risks, cue.end)
            if following < len(risks) and risks[following] < cue.scope_end:
                # "In Ayurveda, ashwagandha has no side effects": a tradition is no source on safety
                risk = risks[following]
                while risk > cue.end and plain_word(doc[risk - 1]) in self._tradition_safety_modifiers:
                    risk -= 1
                cue = cue._replace(scope_end=risk)
            opening = next((i for i in range(cue.start - 1, max(sentence_start, cue.start - 8) - 1, -1)
                            if doc[i].text == ","), None)
            if opening is not None and cue.scope_end > cue.end:
                closing = next((i for i in range(cue.end, cue.scope_end) if doc[i].text == ","), None)
                if closing is not None and closing - opening <= 10 and opening - sentence_start <= 6:
                    if mentions is None:
                        mentions = set(mention_starts(doc))
                    if any(i in mentions for i in range(sentence_start, opening)):
                        cue = cue._replace(scope_end=closing)
            elif cue.scope_end > cue.end:
                # "Used for centuries in Ayurveda, ashwagandha cures anxiety": a fronted participial modifier
                # describes the subject after its comma; the main clause is the writer's
                if mentions is None:
                    mentions = set(mention_starts(doc))
                if names is None:
                    names = mentions.union(other_substance_starts(doc))
                closing = self._fronted_modifier_end(doc, sentence_start, cue, names)
                if closing is not None:
                    cue = cue._replace(scope_end=closing)
            settled.append(cue)
        return settled

    def _population_gap_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """A population hedge with one describing word between its quantifier and its group: "some kava drinkers",
        "a few pregnant women", "many longtime users report". Not a possessive, pronoun or "of" there ("some of our
        customers", "some of us moms": the writer's own; see `population_hedge_modifier_stops`)."""
        lowers = token_table(doc)[:, TABLE_COLUMNS.index("LOWER")]
        found = []
        n = len(doc)
        for i in self._population_groups.among(lowers).nonzero()[0].tolist():
            if i < 2:
                continue
            modifier = doc[i - 1]
            if not modifier.is_alpha or plain_word(modifier) in self._population_modifier_stops:
                continue
            for quantifier, reports in self._population_quantifiers:
                start = i - 1 - len(quantifier)
                if start < 0 or tuple(doc[j].lower_ for j in range(start, i - 1)) != quantifier:
                    continue
                if not reports:
                    found.append(("hedge#population", start, i + 1))
                elif i + 1 < n and plain_word(doc[i + 1]) in self._population_report_verbs:
                    found.append(("hedge#population", start, i + 2))
                break
        return found

    def _settled_populations(self, doc: Doc, sentence_index: _SentenceIndex, cues: list[Cue],
                             populations: set[int]) -> list[Cue]:
        """A population hedge ("some users", "a few moms", "many patients report") that the writer endorses after it in
        its sentence, or in a sentence of its own right after ("…, and they're right.", "They're right."), is the
        writer's claim: the hedge is dropped."""
        endorsed = self._endorsed_until(doc, sentence_index)
        if not endorsed:
            return cues
        settled = []
        for cue in cues:
            if cue.kind == "hedge" and cue.start in populations:
                until = endorsed.get(sentence_index.start_of[cue.start])
                if until is not None and cue.start < until:
                    continue
            settled.append(cue)
        return settled

    def _fronted_modifier_end(self, doc: Doc, sentence_start: int, cue: Cue, names: set[int]) -> int | None:
        """The comma closing a fronted participial modifier that holds a tradition hedge, when the main clause's
        subject follows it: the sentence opens with a participle (`tradition_fronted_participles`), past adverbs
        (`tradition_fronted_adverbs`: "Traditionally used for pain, kratom …", "Long used in Chinese medicine,
        reishi …"), the hedge lies in the modifier, and the first comma after it is followed by a substance's name
        (`names`: mentions and other substances), over up to two words, or by a subject word (`tradition_fronted_subject_words`: "it", "this herb"). Else None: "Traditionally, kava is
        used to treat anxiety" (an adverb frames the whole clause), "In Ayurveda, …" (a frame, not a modifier)."""
        if not self._fronted_participles:
            return None
        i = sentence_start
        while i < cue.start and not (doc[i].is_alpha or doc[i].like_num):
            i += 1
        while i < cue.scope_end and plain_word(doc[i]) in self._fronted_adverbs:
            i += 1
        if i >= cue.scope_end or plain_word(doc[i]) not in self._fronted_participles:
            return None
        if any(doc[k].text == "," for k in range(i + 1, cue.start)):  # the hedge is in the modifier
            return None
        for comma in range(max(cue.end, i + 1), min(cue.scope_end, i + 20)):
            if doc[comma].text != ",":
                continue
            for j in range(comma + 1, min(comma + 4, cue.scope_end)):
                if j in names or plain_word(doc[j]) in self._fronted_subject_words:
                    return comma
                if not doc[j].is_alpha or plain_word(doc[j]) in ("and", "or", "but", "nor"):
                    break
        return None

    def _by_the_writer(self, norms, sentence_start: int, cue: Cue) -> bool:
        """Whether the word before the cue, past attribution adverbs ("we often say"), is "we" or "I"."""
        i = cue.start - 1
        while i >= sentence_start and int(norms[i]) in self._adverb_norms:
            i -= 1
        return (i >= sentence_start and int(norms[i]) in self._first_person_norms
                and int(norms[cue.start]) not in self._first_person_norms)

    def _endorsed_until(self, doc: Doc, sentence_index: _SentenceIndex) -> dict[int, int]:
        """Sentence start -> where an endorsement in it (or opening the next sentence) starts; an
        endorsement followed by more words of its clause ("and they're right about the taste", "and it
        does not") or by a negation endorses nothing."""
        endorsed: dict[int, int] = {}
        for _, start, end in self.endorsements(doc):
            sentence_start, sentence_end = sentence_index.bounds(start)
            if end < sentence_end and (doc[end].is_alpha or doc[end].like_num):
                continue
            if not any(t.is_alpha or t.like_num for t in doc[sentence_start:start]) and sentence_start > 0:
                previous = sentence_index.bounds(sentence_start - 1)[0]
                endorsed[previous] = sentence_start
            endorsed.setdefault(sentence_start, start)
        return endorsed

    def _warning_subject(self, doc: Doc, sentence_index: _SentenceIndex, cue_start: int) -> int | None:
        """Where the subject of a debunk ending at `cue_start` starts when that subject is a warning:
        a determiner that opens its clause (after the sentence start, a comma, a dash or "and"), then
        up to four words ending in a warning noun ("the warnings", "those liver concerns") or in a
        generic noun after a risk word ("that liver stuff", "all the addiction talk"). Else None."""
        if not self._warning_nouns or cue_start == 0:
            return None
        head = plain_word(doc[cue_start - 1])
        generic = head in self._warning_generic_nouns
        if head not in self._warning_nouns and not generic:
            return None
        sentence_start = sentence_index.bounds(cue_start)[0]
        for i in range(cue_start - 2, max(sentence_start, cue_start - 7) - 1, -1):
            word = plain_word(doc[i])
            if word in self._warning_determiners and (
                    i == sentence_start or not (doc[i - 1].is_alpha or doc[i - 1].like_num)
                    or plain_word(doc[i - 1]) in ("and", "but", "so")):
                modifiers = {plain_word(t) for t in doc[i + 1:cue_start - 1]}
                if not generic or modifiers & self._warning_risk_words:
                    return i
                return None
            if not doc[i].is_alpha and doc[i].text not in "-‐":
                return None
        return None

    def _concessive_cues(self, doc: Doc, sentence_index: _SentenceIndex, hard_stops: list[int],
                         soft_stops: list[int]) -> list[Cue]:
        """A concessive clause that reports what someone else says of a product: "While the brand
        advertises its ashwagandha as 'clinically proven,' the only trial …", "Although sellers bill
        kava as completely safe, …". The clause opens its sentence with a concessive word, and a
        reporting verb (``concessive_verbs``) follows its subject, which is not the writer ("While we
        market our kava as …"); the claim it reports is held at a distance up to the clause's end.
        The main clause after it is not ("While the brand calls it a tea, kava cures anxiety")."""
        if not self._concessive_verbs:
            return []
        cues = []
        table = token_table(doc)
        for i in self._concessive_norms.among(table[:, TABLE_COLUMNS.index("NORM")]).nonzero()[0].tolist():
            sentence_start, sentence_end = sentence_index.bounds(i)
            if i - sentence_start > 4:
                continue  # not at the start of its sentence (past a quote, a bullet or "Even")
            before = [plain_word(t) for t in doc[sentence_start:i] if t.is_alpha]
            if before not in ([], ["even"], ["but"], ["and"], ["yet"], ["so"]):
                continue  # not at the start of its sentence
            _, clause_end = self._clause_limits(soft_stops, sentence_start, sentence_end, i + 1)
            for j in range(i + 1, clause_end):
                word = plain_word(doc[j])
                if word in self._first_person:
                    break  # the writer's own claim ("While we market our kava as …")
                if word in self._concessive_verbs and j > i + 1:
                    cues.append(Cue("distancing", j, j + 1, j + 1, clause_end))
                    break
        return cues

    def _short_rebuttal_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """Rebuttals by ellipsis ("…, but it doesn't.", "— it isn't.", "It doesn't."): only where
        they end their sentence, after a contrast (a lead word, or as the sentence's own start). "…,
        but it doesn't taste great" or "…, and it doesn't" rebut nothing. One that opens its sentence
        may also end its clause there ("It didn't, and my doctor laughed."; not "It didn't take long")."""
        cues = []
        # an affirmative ellipsis ("…, vendors claim, but it can.") answers only a reported denial: its own kind,
        # "counter", that kinds/common.py reads for a claim that holds a negation
        matches = [("rebuttal", start, end) for _, start, end in self.short_rebuttals(doc)]
        matches += [("counter", start, end) for _, start, end in self.affirmed_rebuttals(doc)]
        for kind, start, end in matches:
            sentence_start, sentence_end = sentence_index.bounds(start)
            opens = not any(token.is_alpha or token.like_num for token in doc[sentence_start:start])
            if any(token.is_alpha or token.like_num for token in doc[end:sentence_end]) and not (
                    opens and end < sentence_end and doc[end].text in _CLAUSE_BREAKS):
                continue
            if _answered_yes(doc, end, sentence_end, start):
                continue  # "… Is that true? Yes, it is." endorses what was reported
            if opens or (start > sentence_start and plain_word(doc[start - 1]) in self._short_rebuttal_leads):
                cues.append(Cue(kind, start, end, end, end))
            if kind == "rebuttal":
                denied = self._flat_denial_of(doc, sentence_index, sentence_start, sentence_end, start, end)
                if denied is not None:
                    # set on the last token of the sentence it denies, as a cue is looked up in its own sentence
                    cues.append(Cue("negation", denied[1] - 1, denied[1], denied[0], denied[1]))
        return cues

    def _flat_denial_of(self, doc: Doc, sentence_index: _SentenceIndex, sentence_start: int, sentence_end: int,
                        start: int, end: int) -> tuple[int, int] | None:
        """The sentence a flat denial takes back, or None. A short rebuttal that is its whole sentence, after at
        most an opener (`flat_denial_openers`: "Sadly, it doesn't.", "Spoiler: it can't.") and before at most a
        trailer set off by a comma (`flat_denial_trailers`: "It doesn't, of course."), denies the sentence before
        it in the same paragraph ("Kava cures anxiety. It doesn't."), as an opening verdict ("Not true.") does.
        Not where that sentence holds a negation itself ("Kratom isn't addictive. It isn't." agrees with it) or
        asks a question, and not "It doesn't taste great" (the denial goes on)."""
        if plain_word(doc[start]) in _DOUBT_OPENERS or any(t.text == "?" for t in doc[start:sentence_end]):
            return None  # a doubting question ("Is that true?") asks, it denies nothing the writer said
        before = " ".join(plain_word(t) for t in doc[sentence_start:start] if t.is_alpha)
        if before and before not in self._flat_denial_openers:
            return None
        after = [t for t in doc[end:sentence_end] if not t.is_punct]
        if after:
            if doc[end].text != "," or " ".join(plain_word(t) for t in after if t.is_alpha) not in self._flat_denial_trailers:
                return None
        if sentence_start == 0 or sentence_index.opens_block(sentence_index.number_at[sentence_start]):
            return None
        previous_start, previous_end = sentence_index.bounds(sentence_start - 1)
        previous = doc[previous_start:previous_end]
        if any(t.text == "?" for t in previous):
            return None
        negators = self._flat_denial_claim_negators
        if any(t.lower_ in negators or t.lower_.startswith("non-") or t.lower_.endswith("-free") for t in previous):
            return None
        return previous_start, previous_end

    def _failed_expectation_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """A failed promise states no efficacy: a past expectation ("was supposed to", "were meant to", "was
        expected to") that a later denial in its sentence takes back ("Kratom was supposed to treat my depression
        and it did not.", "The kava was meant to cure my anxiety, but it made it worse.", "…; instead my fog got
        worse") negates what lies between them. The denial follows a lead ("and", "but", ";", ",") and closes its
        clause ("and it did not disappoint" denies nothing); a turn ("instead") needs only the lead. The present
        ("is supposed to cure") and a kept promise ("…, and it did!") stay claims."""
        keys = self._keys
        matches = sorted((keys[m], s, e) for m, s, e in self.failed_expectations(doc))
        expectations = sorted((s, e) for key, s, e in matches if key == "failed-expectation")
        if not expectations:
            return []
        cues = []
        used: set[int] = set()
        for key, start, end in sorted(((k, s, e) for k, s, e in matches if k != "failed-expectation"),
                                      key=lambda match: (match[1], -match[2])):
            if start in used:
                continue  # the longest denial at a position ("it did not work for me" over "it did not")
            sentence_start, sentence_end = sentence_index.bounds(start)
            if start <= sentence_start or plain_word(doc[start - 1]) not in self._failed_expectation_leads:
                continue
            if key == "failed-denial" and end < sentence_end and (doc[end].is_alpha or doc[end].like_num):
                continue  # "… and it did not disappoint": the clause goes on
            before = [(s, e) for s, e in expectations if sentence_start <= s and e < start]
            if not before:
                continue
            used.add(start)
            expectation_start = before[-1][0]
            cues.append(Cue("negation", start, end, expectation_start, start))
        return cues

    def _sarcasm_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """Sarcasm takes back what the writer says. A mark ("/s", "eye roll", "tell that to my liver") that ends its
        sentence or follows a contrast lead denies the sentence before it; one that is a sentence of its own denies the
        sentence before that. An opener ("Right, because …") that starts its sentence denies the rest of it."""
        cues = []
        for key, start, end in self.sarcasm(doc):
            sentence_start, sentence_end = sentence_index.bounds(start)
            if self._keys[key] == "sarcasm-opener":
                if not any(token.is_alpha or token.like_num for token in doc[sentence_start:start]):
                    cues.append(Cue("negation", start, end, end, sentence_end))
                continue
            if self._keys[key] == "sarcasm-nobody":
                # "said no one ever", "said no oncologist ever": a few words, then the tail word
                tail = next((k for k in range(end, min(end + SARCASM_NOBODY_GAP + 1, sentence_end))
                             if plain_word(doc[k]) in self._sarcasm_nobody_tails), None)
                if tail is None or not all(token.is_alpha for token in doc[end:tail]):
                    continue
                end = tail + 1
            if any(" ".join(plain_word(token) for token in doc[start - k:start]) in self._sarcasm_negators
                   for k in (1, 2) if start - k >= sentence_start):
                continue  # "not kidding", "I'm not even joking", "no kidding": the claim stands
            opens = not any(token.is_alpha or token.like_num for token in doc[sentence_start:start])
            closes = not any(token.is_alpha or token.like_num for token in doc[end:sentence_end])
            if opens and not (closes or doc[end].is_punct):
                continue  # "Joking aside, kava cured my insomnia": no mark standing on its own
            if opens:
                if sentence_start > 0:
                    previous_start, previous_end = sentence_index.bounds(sentence_start - 1)
                    # a cue is looked up in its own sentence: it is set on the last token of the one
                    # it denies (its closing stop, outside the claim's words)
                    last = previous_end - 1
                    cues.append(Cue("negation", last, last + 1, previous_start, previous_end))
                continue
            if closes or plain_word(doc[start - 1]) in self._short_rebuttal_leads:
                cues.append(Cue("negation", start, end, sentence_start, start))
        return cues

    def _verdict_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """A verdict on the claim just made denies it: after a lead or a table pipe, the claim before it in its
        sentence ("Kava has no side effects — false.", "| Kratom cures addiction | False: no trial shows it |");
        opening a sentence, alone or after a label ("Not true.", "Verdict: false."), the sentence before it in
        the same paragraph. A verdict must close its clause: "— false claims abound" holds none."""
        cues = []
        for _, start, end in self.verdicts(doc):
            sentence_start, sentence_end = sentence_index.bounds(start)
            if end < sentence_end and (doc[end].is_alpha or doc[end].like_num):
                continue
            original = start
            start = self._verdict_subject_start(doc, sentence_start, start)
            before = [plain_word(t) for t in doc[sentence_start:start] if t.is_alpha or t.like_num]
            labelled = bool(before) and doc[start - 1].text == ":" and " ".join(before) in self._verdict_labels
            # after an interjection ("No way, that's a myth.", "lol no, that's BS", "Pretty sure that's a myth."):
            # set off by a mark, or before a pointing-back subject ("No BS." and "no nonsense" deny nothing)
            labelled = labelled or (bool(before) and " ".join(before) in self._verdict_interjections
                                    and (doc[start - 1].is_punct or start < original))
            if before and not labelled:
                if plain_word(doc[start - 1]) in self._verdict_leads:
                    cues.append(Cue("negation", start, end, sentence_start, start))
                continue
            if sentence_start == 0:
                continue
            previous_start, previous_end = sentence_index.bounds(sentence_start - 1)
            if (not sentence_index.opens_block(sentence_index.number_at[sentence_start])
                    or self._claim_labelled(doc[previous_start:previous_end])):
                cues.append(Cue("negation", previous_start, previous_start, previous_start, previous_end))
        return cues

    def _verdict_subject_start(self, doc: Doc, sentence_start: int, start: int) -> int:
        """Where a verdict's pointing-back subject starts: "that is", "which was", "it's", "this is simply" before it
        (`verdict_subjects`, a copula, `verdict_adverbs`) make one verdict with it, as in "…, which is false." or
        "… That's a myth."; a `verdict_opening_subjects` word only where it opens the sentence ("… It's a myth.",
        not "…, unlike cheap imports — it's fake"); else the verdict's own start. Not "that's not a myth"."""
        k = start
        if k > sentence_start and plain_word(doc[k - 1]) in self._verdict_adverbs:
            k -= 1
        if k - 2 >= sentence_start and plain_word(doc[k - 1]) in self._verdict_copulas:
            subject = plain_word(doc[k - 2])
            if subject in self._verdict_subjects or (subject in self._verdict_opening_subjects and not any(
                    token.is_alpha or token.like_num for token in doc[sentence_start:k - 2])):
                return k - 2
        return start

    def _claim_labelled(self, sentence: Span) -> bool:
        """A sentence set out under a claim label ("Claim 2: kava detoxes the liver", "The myth: …", "Fact check:
        viral post says …") is judged by a verdict opening the next block as well: a fact-check puts its claim in a
        heading and the verdict in the paragraph under it."""
        words = []
        for token in sentence[:6]:
            if token.text == ":":
                break
            if token.is_alpha:
                words.append(plain_word(token))
            elif not (token.like_num or token.is_punct or token.is_space):
                return False
        else:
            return False
        label = " ".join(words)
        return bool(words) and (label in self._table_headings["claim"] or label in self._table_headings["myth"]
                                or label in self._verdict_labels)

    def _table_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """A table row's cells under a myth heading are denied ("| Myth | Fact |"); under a claim heading, in a
        table that also has a column of facts or verdicts, they are held at a distance ("| What sellers say |
        What the evidence says |")."""
        myths, claims, facts = (self._table_headings.get(kind) for kind in ("myth", "claim", "fact"))
        if not (myths or claims):
            return []
        cues = []
        for row in table_rows(doc, doc_text(doc)):
            judged = any(cell in facts for cell in row.heading)
            for (start, end), heading in zip(row.cells, row.heading):
                if start < end and heading in myths:
                    cues.append(Cue("negation", start, start, start, end))
                elif start < end and judged and heading in claims:
                    cues.append(Cue("distancing", start, start, start, end))
        return cues

    def _title_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """A quoted title names a work, it claims nothing: "the 'Zero Side Effects' album", "their
        song “Kava Cures Anxiety”". The quoted words must be title-cased (small words aside) and a
        work noun must stand right after the closing quote or right before the opening one; the
        title is then held at a distance (a distancing cue over the quoted words). So is a quoted
        wording of any case right after a mention noun ("the term 'clinically proven'")."""
        if not self._title_nouns and not self._mention_nouns:
            return []
        text = doc_text(doc)
        if not any(quote in text for quote in _QUOTES):
            return []
        cues = []
        for i in self._quote_orths.among(token_table(doc)[:, 0]).nonzero()[0].tolist():
            token = doc[i]
            if token.whitespace_ or (i and not doc[i - 1].whitespace_ and not doc[i - 1].is_punct):
                continue  # not an opening quote
            _, sentence_end = sentence_index.bounds(i)
            close = next((j for j in range(i + 2, min(sentence_end, i + 2 + _TITLE_WORDS))
                          if doc[j].text in _QUOTES and not doc[j - 1].whitespace_), None)
            if close is None:
                continue
            if i > 0 and plain_word(doc[i - 1]) in self._mention_nouns:
                cues.append(Cue("distancing", i - 1, i, i + 1, close))
                continue
            # the wording named by a noun after it: 'the "nature's Prozac" label', 'that "no side effects" line'
            if (close + 1 < sentence_end and plain_word(doc[close + 1]) in self._mentioned_by
                    and i > 0 and plain_word(doc[i - 1]) in self._mention_determiners):
                cues.append(Cue("distancing", close + 1, close + 2, i + 1, close))
                continue
            if not self._title_cased(doc[i + 1:close]):
                continue
            after = close + 1
            if (after < sentence_end and plain_word(doc[after]) in self._title_nouns
                    and not (after + 1 < len(doc) and not doc[after].whitespace_ and doc[after + 1].text in "-‐‑")):
                cues.append(Cue("distancing", after, after + 1, i + 1, close))
            elif i > 0 and plain_word(doc[i - 1]) in self._title_nouns and sentence_index.bounds(i - 1)[1] == sentence_end:
                cues.append(Cue("distancing", i - 1, i, i + 1, close))
        return cues

    def _example_list_cues(self, doc: Doc, sentence_index: _SentenceIndex, found: list[Cue]) -> list[Cue]:
        """Quoted wordings listed under a line that introduces them as examples are named, not said:
        after "Wording like the following should never appear on a label:", the items '- "Cures
        arthritis."' and '- "Prevents the flu."' are held at a distance. The introducing sentence ends
        in a colon and holds an example or mention noun (example, wording, phrase, slogan …) and a cue that
        judges them (a negation, rebuttal or distancing: "none of them", "unsupported", "be skeptical of"); each item
        is a sentence that is one quotation from its first word to its last; the run ends at the first
        sentence that is not."""
        if not self._example_nouns:
            return []
        text = doc_text(doc)
        if ":" not in text or not any(quote in text for quote in _QUOTES):
            return []
        cues = []
        colon = doc.vocab.strings[":"]
        for c in (token_table(doc)[:, TABLE_COLUMNS.index("ORTH")] == colon).nonzero()[0].tolist():
            start, end = sentence_index.bounds(c)
            if any(not doc[t].is_space for t in range(c + 1, end)):
                continue  # the sentence ends in a colon, or none of its colons is for a list
            words = [t for t in doc[start:end] if not t.is_space]
            # "The complaint alleges the ads claimed that:" then '- its capsules were "proven to cure anxiety";':
            # a reported clause split into list items, each the rest of the lead-in's sentence
            reported = len(words) > 1 and words[-1].i == c and plain_word(words[-2]) == "that"
            if not reported and not any(plain_word(t) in self._example_nouns for t in words):
                continue
            if not any(c.kind in ("negation", "rebuttal", "distancing") and start <= c.start < end for c in found):
                continue  # "Some example reviews from our customers:" introduces what the writer stands by
            following = end
            while following < len(doc):
                item_start, item_end = sentence_index.bounds(following)
                if reported:
                    marker = next((t for t in doc[item_start:item_end] if not t.is_space), None)
                    # a bullet (plain text keeps it, markup sources blank it), or the reported clause going on
                    # in lower case or inside a quotation ("- its capsules were …", '- "non-addictive"')
                    if marker is None or not (marker.text in _LIST_MARKERS or marker.text[:1].islower()
                                              or marker.text in _QUOTES):
                        break
                    cues.append(Cue("distancing", item_start, item_start, item_start, item_end))
                    following = item_end
                    continue
                item = [t for t in doc[item_start:item_end] if not t.is_space and t.text not in ("-", "*", "•")]
                quotes = [k for k, t in enumerate(item) if t.text in _QUOTES]
                if (len(quotes) < 2 or quotes[0] != 0
                        or any(not t.is_punct for t in item[quotes[-1] + 1:])):
                    break
                cues.append(Cue("distancing", item_start, item_start, item_start, item_end))
                following = item_end
        return cues

    def _lead_in_list_cues(self, doc: Doc, sentence_index: _SentenceIndex, found: list[Cue]) -> list[Cue]:
        """A list takes the stance of the line that leads into it: each item is the rest of that line's sentence.
        Under a hedging lead-in ("Some users report:", "What it may do:") the items are hedged; under an
        attributing one ("Sellers claim:", "What the label promises:") they are held at a distance; under one that
        names myths ("Myths:", "Common kava misconceptions:", or such a heading) or denies the claims it lists
        ("Claims we can't support:", "Things we don't say:") they are denied. The lead-in ends in a colon (a
        heading may lead a list of myths or denied claims as well) and its cue reaches the colon. Items are the
        lines right under it that open with a list marker (a bullet plain text keeps, or one markup masked: a gap
        of a line break, spaces and a line break); the run ends at the first line that is no item. A lead-in with
        no such cue ("Key benefits:", "Our customers say it best:") lends its items nothing."""
        text = doc_text(doc)
        table = token_table(doc)
        colon = doc.vocab.strings[":"]
        leads = (table[:, TABLE_COLUMNS.index("ORTH")] == colon).nonzero()[0].tolist() if ":" in text else []
        myth_tokens = (self._myth_words.among(table[:, TABLE_COLUMNS.index("LOWER")]).nonzero()[0].tolist()
                       if self._myth_section_nouns else [])
        if not leads and not myth_tokens:
            return []
        number_of = sentence_index.number_at
        start_of = sentence_index.start_of
        # the colons that end their sentence, found in the text: a sentence's words are Tokens, built only for a
        # lead-in that may lend its items something
        start_chars = sentence_index.start_chars
        final_colon: dict[int, int] = {}  # sentence number -> its closing colon
        for i in leads:
            number = number_of[start_of[i]]
            next_start = start_chars[number + 1] if number + 1 < len(start_chars) else len(text)
            offset = int(table[i, TABLE_COLUMNS.index("IDX")])
            if not text[offset + 1:next_start].strip():
                final_colon[number] = i
        with_myths = {number_of[start_of[i]] for i in myth_tokens}
        stances = ("negation", "rebuttal", "distancing", "hedge")
        cues = []
        for number in sorted({number_of[start_of[i]] for i in leads} | with_myths):
            start, end = sentence_index.starts[number], sentence_index.ends[number]
            in_sentence = [c for c in found if start <= c.start < end]
            colon = final_colon.get(number)
            if number not in with_myths and not any(
                    c.kind in stances and c.scope_end >= (start if colon is None else colon) for c in in_sentence):
                continue  # no cue reaches the colon (or the heading's end) and no myth is named: it lends nothing
            words = sentence_index.words(number)
            if not words:
                continue
            if colon is not None:
                heading = False
            elif sentence_index.is_heading(number):
                heading = True
            else:
                continue
            kind = self._lead_in_kind(words, in_sentence, words[-1].i, heading)
            if kind is None:
                continue
            following = number + 1
            while following < len(sentence_index.starts) and following - number <= LEAD_IN_ITEMS:
                item_start, item_end = sentence_index.starts[following], sentence_index.ends[following]
                item = sentence_index.words(following)
                previous = sentence_index.words(following - 1)
                if not item or not previous:
                    break
                gap = text[previous[-1].idx + len(previous[-1].text):item[0].idx]
                if "\n" in gap or BLOCK_BREAK in gap:
                    masked = _MASKED_MARKER.search(gap)
                    if not (masked or _ITEM_MARKER.match(text, item[0].idx)) or (
                            following > number + 1 and gap.count("\n") > (2 if masked else 1)):
                        break  # a line that is no list item ends the list, as does a blank line after an item
                    # (masking writes a line break of its own before a masked marker: "\n-" reads "\n \n")
                    if not (len(item) > 1 and item[1].text == ":" and plain_word(item[0]) in self._lead_in_fact_nouns):
                        cues.append(Cue(kind, item_start, item_start, item_start, item_end))  # not "- Fact: …"
                following += 1
        return cues

    def _lead_in_kind(self, words: list, cues: list[Cue], colon: int, heading: bool) -> str | None:
        """The stance a list's lead-in lends its items (see _lead_in_list_cues), or None."""
        plain = {plain_word(t) for t in words if t.is_alpha}
        negated = any(c.kind in ("negation", "rebuttal") and c.scope_end >= colon for c in cues)
        if plain & self._myth_section_nouns and not plain & self._lead_in_fact_nouns:
            return None if any(c.kind == "negation" for c in cues) else "negation"
        if negated and plain & self._lead_in_claim_words:
            return "negation"
        if any(c.kind == "distancing" and c.scope_end >= colon for c in cues):
            return "distancing"
        doc = words[0].doc
        if not heading and any(c.kind == "hedge" and c.scope_end >= colon and not (
                c.start and plain_word(doc[c.start - 1]) in self._first_person) for c in cues):
            return "hedge"  # not the writer's advice: "the pairings we suggest for beginners:"
        return None

    def _myth_section_cues(self, doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
        """Under a heading that names myths ("Myths we hear every year", "Common misconceptions"), a
        paragraph that opens with a sentence quoted from its first word to its last sets that myth out to be
        answered: '"Kava is non-addictive, so drink all you like." Heavy use has its own harms.' The quotation
        is denied. The section ends at the next heading (a short block of its own, not quoted, with no full
        stop). Not an unquoted sentence under the heading, and not a quotation in mid-paragraph."""
        if not self._myth_section_nouns:
            return []
        if not self._myth_words.among(token_table(doc)[:, TABLE_COLUMNS.index("LOWER")]).any():
            return []
        text = doc_text(doc)
        if not any(q in text for q in _QUOTES):
            return []
        starts, ends = sentence_index.starts, sentence_index.ends
        cues = []
        in_section = False
        for number in range(len(starts)):
            words = sentence_index.words(number)
            if not words:
                continue
            if sentence_index.is_heading(number):
                in_section = any(plain_word(t) in self._myth_section_nouns for t in words)
                continue
            if not (in_section and words[0].text in _QUOTES and sentence_index.opens_block(number)):
                continue
            quotes = [k for k, t in enumerate(words) if t.text in _QUOTES]
            if len(quotes) >= 2 and all(t.is_punct for t in words[quotes[-1] + 1:]):
                cues.append(Cue("negation", starts[number], starts[number], starts[number], ends[number]))
        return cues

    def _myth_label_cues(self, doc: Doc, sentence_index: _SentenceIndex, hard_stops: list[int],
                         lowers: numpy.ndarray) -> list[Cue]:
        """A label opening a sentence files what follows it as a myth, denied: "Myth #3 — kava cures anxiety",
        "Myth 5) …", "MYTH 2 — …", "Myth No. 4: …", "Top 5 kratom myths: 1) it's harmless, 2) …", "Fake news: …",
        "Busted: …", "❌ Kava is completely safe." A noun label (`myth_label_nouns`) may follow list-marker
        numbers, `myth_label_modifiers` and substance names ("Top 5 kratom myths:", "Another common myth:") and
        take a number ("#3", "5)", "No. 4", "(3)"); a verdict label (`myth_label_verdicts`: "False:", "Busted:")
        stands alone after a list marker; both need a separator after them (a colon, a spaced dash, or a ")" or
        "." after a number). A mark (`myth_label_marks`: "❌") needs none. The scope is the clause after the
        separator; a plural noun label before a colon ("Common CBD myths: …") leads an inline list, the rest of the
        sentence. A label that ends its sentence ("Myth 3. Kratom is harmless.") files the next sentence on its
        line. A verdict label after a sentence on its line judges that sentence (see _verdict_cues), not what follows
        it. Not "Myth-busting fact: …" (a hyphen inside a word), "Myths and facts: …", "Mythic results: …"."""
        cues: list[Cue] = []
        seen: set[int] = set()
        mentioned: set[int] | None = None
        for i in self._myth_label_firsts.among(lowers).nonzero()[0].tolist():
            start, end = sentence_index.bounds(i)
            if start in seen:
                continue
            match = self._myth_label_at(doc, i, end)
            if match is None:
                continue
            label_end, kind, numbered = match
            # what comes before the label: list markers, and for a noun label modifiers and substance names
            before = [t for t in doc[start:i] if not t.is_space]
            if any(t.is_alpha for t in before):
                if kind != "nouns":
                    continue
                if mentioned is None:
                    mentioned = {k for m in mentions_of(doc) for k in range(m.start, m.end)}
                if not all(t.like_num or not t.is_alpha or plain_word(t) in self._myth_label_modifiers
                           or t.i in mentioned for t in before):
                    continue
            elif any(not (t.like_num or t.is_punct) for t in before):
                continue
            if kind == "verdicts" and not self._opens_line(doc, sentence_index, start):
                continue  # "Myth #1: … Not true: kratom can cause dependence.": the verdict judges the sentence before
            k = label_end
            if kind != "marks" and not numbered:
                k, numbered = self._past_label_number(doc, k, end)
            if k < end and doc[k].text in (":", "—", "–", "--", "-") and not (
                    doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_):
                separator = doc[k].text
                k += 1
            elif k < end and numbered and doc[k].text in (")", "."):
                separator = doc[k].text
                k += 1
            elif kind == "marks":
                separator = ""
                if k < end and doc[k].text == ":":
                    k += 1
            else:
                continue
            seen.add(start)
            words_after = [t for t in doc[k:end] if not (t.is_space or t.is_punct)]
            if not words_after:
                # the label is its own sentence: it files the next one on its line
                number = sentence_index.number_at[start]
                if number + 1 >= len(sentence_index.starts) or sentence_index.opens_block(number + 1):
                    continue
                following = sentence_index.starts[number + 1]
                next_start, next_end = sentence_index.bounds(following)
                if "\n" in doc_text(doc)[doc[end - 1].idx:doc[next_start].idx]:
                    continue
                cues.append(Cue("negation", next_start, next_start, next_start, next_end))  # a cue of its sentence
                continue
            if separator == ":" and doc[label_end - 1].lower_.endswith("s"):
                right = end  # an inline list of myths: "Common CBD myths: it has no side effects; it cures …"
            else:
                _, right = self._clause_limits(hard_stops, start, end, k)
            cues.append(Cue("negation", i, label_end, k, max(right, k)))
        return cues

    @staticmethod
    def _opens_line(doc: Doc, sentence_index: _SentenceIndex, start: int) -> bool:
        """Whether the sentence starting at token `start` is the first on its line."""
        number = sentence_index.number_at[start]
        if number == 0:
            return True
        before = doc_text(doc)[doc[sentence_index.starts[number - 1]].idx:doc[start].idx]
        gap = before[len(before.rstrip()):]
        return not before.strip() or "\n" in gap or BLOCK_BREAK in gap

    def _myth_label_at(self, doc: Doc, i: int, end: int) -> tuple[int, str, bool] | None:
        """The myth label starting at token `i` (the longest that matches): its end, kind and whether it holds
        a number of its own."""
        for words, kind in self._myth_labels.get(doc[i].lower_, ()):
            if i + len(words) <= end and all(doc[i + n].lower_ == word for n, word in enumerate(words)):
                return i + len(words), kind, any(word.isdigit() for word in words)
        return None

    def _past_label_number(self, doc: Doc, k: int, end: int) -> tuple[int, bool]:
        """Past a label's number ("#3", "3", "No. 4", "number 6", "(3)"): where it ends and whether one was there."""
        if k < end and doc[k].text == "(" and k + 2 < end and doc[k + 1].like_num and doc[k + 2].text == ")":
            return k + 3, False  # "(3)" closes itself; a separator must follow
        if k < end and (doc[k].text == "#" or plain_word(doc[k]).rstrip(".") in self._myth_label_numberers):
            n = k + 1
            if n < end and doc[n].text == ".":
                n += 1
            return (n + 1, True) if n < end and doc[n].like_num else (k, False)
        if k < end and doc[k].like_num:
            return k + 1, True
        return k, False

    def _title_cased(self, words: Span) -> bool:
        alphabetic = [t for t in words if t.is_alpha]
        if not alphabetic or not alphabetic[0].text[:1].isupper():
            return False
        return all(t.text[:1].isupper() or t.lower_ in self._title_small_words for t in alphabetic)

    def _mark_questions(self, doc: Doc, context: Context) -> None:
        text = doc_text(doc)
        if "?" not in text:
            return
        first_tokens = sentence_starts(doc)
        starts = sentence_start_chars(doc)
        # A sentence's text runs to the next one's start: that adds only the last token's
        # trailing space to its Span's text, and both uses below strip it.
        ends = [*starts[1:], len(text)]
        asked = {bisect_right(starts, mark.start()) - 1 for mark in _QUESTION_MARK.finditer(text)}
        for number in sorted(asked):
            sentence = text[starts[number]:ends[number]].rstrip()
            signed = bool(_SIGNED_QUESTION_END.search(sentence) and _SIGNATURE.match(text, ends[number]))
            if not signed and not _ends_as_question(sentence) and not _ATTRIBUTED_QUESTION.search(sentence):
                continue
            state = "open"
            reply = number + 2 if signed else number + 1  # the answer comes after the signature
            if reply < len(starts):
                # a speaker label opens a transcript or FAQ answer ("A: No.", "Guest: Nope, never."), and a lead-in
                # may come before the answer ("The short answer is yes.", "In a word, no."); a sentence that is only
                # a lead-in ("Honestly?", "The answer is simple.") goes on in the next one of its paragraph
                answer, _ = answer_lead_in(answer_text(text[starts[reply]:ends[reply]]))
                for _ in range(2):
                    if answer or reply + 1 >= len(starts) or "\n\n" in text[starts[reply]:ends[reply]]:
                        break
                    reply += 1
                    answer, _ = answer_lead_in(answer_text(text[starts[reply]:ends[reply]]))
                if (answer in self.answers or answer.startswith(self._any_answer_opening)) and not (
                        self._non_answers and (answer.startswith(self._non_answers)
                                               or answer.partition(" ")[2].startswith(self._non_answers))):
                    phrase, kind = next(((phrase, kind) for phrase, openings, kind in self._answer_openings
                                         if answer == phrase or answer.startswith(openings)), (None, state))  # the longest
                    state = "open" if (kind == "yes" and answers_another_verb(answer, phrase, sentence)
                                       or kind == "no" and denies_less(answer, phrase, sentence)) else kind
            if state == "open":
                start = first_tokens[number]
                opener_end = self.rhetoric.asserts(doc, start, first_tokens[number + 1] if number + 1 < len(first_tokens) else len(doc))
                if opener_end is not None:
                    state = "asserted"
                    context.cues = [c for c in context.cues if not (start <= c.start < opener_end)]
            context.questions[first_tokens[number]] = state


def answers_another_verb(answer: str, phrase: str, question: str) -> bool:
    """Whether a yes that is a pronoun and its auxiliary ("it can", "it does", "they do") goes on with a verb the
    question did not ask about: "Does kava cure anxiety? It can take the edge off." answers a smaller question,
    where "It can.", "It does, absolutely." and "It does cure it." say yes to the one asked."""
    if not phrase.startswith(("it ", "they ")):
        return False
    word = _ANSWER_WORD.match(answer, len(phrase) + 1) if answer[len(phrase):len(phrase) + 1] == " " else None
    if word is None:
        return False
    asked = {match.group() for match in _ANSWER_WORD.finditer(question.lower())}
    return word.group() not in asked and word.group() not in _ECHO_ADVERBS


def denies_less(answer: str, phrase: str, question: str) -> bool:
    """Whether a no that is a pronoun and its auxiliary or copula ("it doesn't", "it isn't", "they're not") goes on to
    deny less than the question asked, which leaves it open: "Does kratom cause withdrawal? It doesn't always.", "It
    can't be ruled out.", "It isn't that simple.", "It's not without risks." After a copula only a word of the question
    or one that stresses the no keeps it ("It isn't addictive at all.", "It's not, really."); after an auxiliary only
    a word that narrows the no opens it ("always", "necessarily", "matter"), and "be" before a word the question did not
    ask about ("It can't be ruled out", where "It can't be habit-forming" says no)."""
    if not phrase.startswith(("it", "they")) or answer[len(phrase):len(phrase) + 1] != " ":
        return False
    words = [match.group() for match in _ANSWER_WORD.finditer(answer, len(phrase) + 1)][:2]
    if not words or not re.match(r" *[a-z]", answer[len(phrase) + 1:]):
        return False  # "It isn't, no.", "It doesn't!"
    asked = {match.group() for match in _ANSWER_WORD.finditer(question.lower())}
    if _COPULA_END.search(phrase):
        return words[0] not in asked and words[0] not in _NO_ECHO_WORDS
    if words[0] == "be":
        return len(words) > 1 and words[1] not in asked and words[1] not in _NO_ECHO_WORDS
    return words[0] in _NO_NARROWERS and words[0] not in asked


_COPULA_END = re.compile(r"(?:\bis|\bare|isn['’]t|aren['’]t|['’]s not|['’]re not|\bis not|\bare not)$")
# words after a copula's no that keep it a no: "It isn't at all.", "They're not even a little habit-forming."
_NO_ECHO_WORDS = frozenset({"at", "even", "remotely", "really", "in", "ever", "very", "with", "actually", "truly",
                            "particularly"})
# words after an auxiliary's no that narrow it to less than the question asked
_NO_NARROWERS = frozenset({"always", "necessarily", "matter", "have", "need", "mean", "seem", "appear", "apply", "usually",
                           "generally", "typically", "quite", "entirely", "just", "only", "happen", "affect", "look", "sound"})


# words between "it does" and its verb or after it that keep the answer a yes: "It does indeed.", "It sure does help"
_ECHO_ADVERBS = frozenset({"indeed", "too", "also", "absolutely", "definitely", "really", "truly", "totally", "certainly",
                           "though", "actually", "for", "in", "every", "all", "and"})


def _fills(words: list[str], at: int, slots: list, writer: set[str]) -> bool:
    """Whether `words[at:]` is one phrase of each slot in turn (a number: up to that many words that are neither
    punctuation nor the writer: "or so we promise" is the writer's own)."""
    if not slots:
        return at == len(words)
    slot, rest = slots[0], slots[1:]
    if isinstance(slot, int):
        return any(_fills(words, at + n, rest, writer) for n in range(slot + 1) if at + n <= len(words) and all(
            word[:1].isalnum() and word not in writer for word in words[at:at + n]))
    return any(words[at:at + len(phrase)] == list(phrase) and _fills(words, at + len(phrase), rest, writer)
               for phrase in slot)


def _ends_as_question(sentence: str) -> bool:
    """Whether a sentence ends in a question mark: after closing quotes and emphasis, and in informal copy after the
    emoji the segmenter leaves with it ("Does kava cure anxiety? 🤔"). A run of "?" and "!" asks only in a question's
    form ("Is it true that reishi cures cancer?!"): after a statement it marvels ("This kratom beats Xanax?!")."""
    tail = sentence.rstrip("\"”’'*_)")
    if tail.endswith("?"):
        return True
    while tail and (tail[-1] in " \t" or unicodedata.category(tail[-1]) in ("So", "Sk", "Mn", "Cf")):
        tail = tail[:-1]  # emoji, with their joiners, variation selectors and skin tones
    if tail.endswith("?"):
        return True
    run = tail[len(tail.rstrip("?!")):]
    if "?" not in run:
        return False
    first = _FIRST_WORD.search(sentence)
    return bool(first) and first.group().lower() in _QUESTION_OPENERS


_FIRST_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_QUESTION_OPENERS = frozenset(
    "is are was were am do does did can could will would should shall may might must has have had "
    "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't shouldn't hasn't haven't "
    "what why how who whom whose where when which".split())


# An answer that opens the sentence after a doubting question and agrees with what was reported.
_YES_ANSWERS = frozenset({"yes", "yep", "yeah", "yup", "absolutely", "definitely", "true", "correct", "indeed", "totally"})


def _answered_yes(doc: Doc, end: int, sentence_end: int, start: int | None = None) -> bool:
    """Whether a rebuttal phrase ending at `end` is a question ("Is that true?") that the next sentence
    answers with a yes ("Yes, it is."), which endorses the claim instead of doubting it. A question whether
    it is wrong ("Is that wrong?") is answered in its favour by a no ("No, not at all.")."""
    if not any(t.text == "?" for t in doc[end:sentence_end]) or sentence_end >= len(doc):
        return False
    # the answer's first word past a speaker label and a spoken lead-in: "GUEST: Oh, yes.", "A: That's right."
    answer_start, answer_end = sentence_bounds(doc, sentence_end)
    last = doc[answer_end - 1]
    said, _ = answer_lead_in(answer_text(doc_text(doc)[doc[answer_start].idx:last.idx + len(last)]))
    said = said.lstrip(" \t\n\"'“”‘’*_-–—•")
    if start is not None and any(t.lower_ in _WRONG_WORDS for t in doc[start:end]):
        return _first_answer_word(said) in _NO_ANSWERS
    return _first_answer_word(said) in _YES_ANSWERS or said.startswith(_YES_PHRASES)


def _first_answer_word(said: str) -> str:
    first = _ANSWER_WORD.match(said)
    return first.group() if first else ""


_ANSWER_WORD = re.compile(r"[a-z]+")
_YES_PHRASES = ("that's right", "that’s right", "that is right", "that's true", "that’s true", "that is true",
                "that's correct", "that’s correct", "that is correct", "it is true", "it's true", "it’s true")


_WRONG_WORDS = frozenset({"wrong", "false", "untrue", "misleading", "not", "n't"})
_NO_ANSWERS = frozenset({"no", "nope", "nah", "not"})


_QUOTES = ("'", "‘", "’", '"', "“", "”")
_LIST_MARKERS = ("-", "*", "•", "–")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# The gap before a line whose list marker (or quote marker) Markdown masking blanked: a line break, the blanked marker,
# and the line break masking writes at the block's edge ("- it cures" after a line reads "\n \nit cures"). (A masked
# HTML tag leaves spaces before the word: "<li>it cures" reads "\n   it cures"; HTML lists are not read as lists.)
_MASKED_MARKER = re.compile(r"\n[ \t]+\n$")
# A list marker plain text keeps: "- ", "• ", "1. ", "2) ".
_ITEM_MARKER = re.compile(r"(?:[-*+•▪‣◦–—✓✔]|\d{1,3}[.)])\s")
LEAD_IN_ITEMS = 20  # sentences read under a list's lead-in


_NOT_WHITESPACE = re.compile(r"\S")


def _opens_item(text: str, gap: str, first: int) -> bool:
    """Whether the line whose first word is at `first`, after the whitespace `gap`, is a list item."""
    return bool(_MASKED_MARKER.search(gap) or _ITEM_MARKER.match(text, first))


def opens_list_item(doc: Doc, sentence_start: int) -> bool:
    """Whether the sentence starting at token `sentence_start` opens a list item: a line that starts with a list
    marker plain text keeps ("- cures insomnia", "2. ends anxiety") or one that Markdown masking blanked (the masked
    "- " reads as a line break, spaces and a line break before the item's first word). A rule kind that reads a
    list under its label line (phrase.BenefitLabels: "Key benefits:" then "- cures insomnia") can ask this of a
    Markdown item, whose marker is no token."""
    sentence_index = sentence_index_of(doc)
    number = sentence_index.number_at[sentence_index.start_of[sentence_start]]
    # read from the text (every token but whitespace holds a character that is not whitespace): building the
    # sentences' Tokens cost more than the rest of the check of a list
    text = doc_text(doc)
    start_chars = sentence_index.start_chars
    own_end = start_chars[number + 1] if number + 1 < len(start_chars) else len(text)
    found = _NOT_WHITESPACE.search(text, start_chars[number], own_end)
    if found is None:
        return False
    first = found.start()
    gap_start = 0
    if number:
        previous_start = start_chars[number - 1]
        previous = text[previous_start:start_chars[number]].rstrip()
        if previous.strip():
            gap_start = previous_start + len(previous)
    gap = text[gap_start:first]
    return (not gap_start or "\n" in gap or BLOCK_BREAK in gap) and _opens_item(text, gap, first)


_DOUBT_OPENERS = frozenset({"is", "are", "was", "were", "can", "could", "any", "true"})  # short rebuttals that ask
_CLAUSE_BREAKS = frozenset({",", ";", "—", "–", "--", ":"})  # what may end a sentence-opening short rebuttal's clause
_TITLE_WORDS = 10  # a quoted title holds at most this many tokens
_CONTRACTIONS = {"n't": "not", "ca": "can", "wo": "will", "'d": "would", "'re": "are", "'ve": "have", "'m": "am"}


# A reference-list entry opens with its authors: a surname and initials ("Sarris J,", "Sarris, J.,", "Ito H et al"),
# after an optional list marker or number
_CITATION_AUTHORS = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+|\[?\d{1,3}[\].)][ \t]*)?[A-Z][A-Za-z'’-]+(?:,[ \t]*|[ \t]+)(?:[A-Z]\.?[ \t]?){1,3}"
    r"(?:[,.;&]|[ \t]+et[ \t]+al\b|[ \t]+and\b|[ \t]*\((?:1[89]|20)\d\d[a-z]?\))"
    # not a sentence going on in lower case: "Kim J. (2020) proved kava cures insomnia." cites in prose
    r"(?![ \t]*(?:\((?:1[89]|20)\d\d[a-z]?\))?[ \t]*[a-z])", re.MULTILINE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _citation_cues(doc: Doc, sentence_index: _SentenceIndex) -> list[Cue]:
    """A reference-list entry ("Sarris J, Stough C, et al. Kava for anxiety. J Clin Psychopharmacol. 2013;33:643.")
    names a work: the title in it claims nothing. A line that opens with authors and holds a year and two full stops
    is an entry, and each of its sentences is held at a distance (a cue of no words, set on the sentence); the year may
    follow the initials in brackets, APA style ("Park, H. (2018). Kava extract eases anxiety: a pilot trial. …").
    "Ernst E. agrees: kava is proven." (no year), "Dr. Lee K. says …" and "Kim J. (2020) proved that …" (the sentence
    goes on in lower case) are no entries."""
    text = doc_text(doc)
    if not len(doc):
        return []
    cues = []
    start_chars = sentence_index.start_chars
    # Line by line, the cheap test first: a regex searched over the whole text tries its `^` at
    # every character (the authors never span a line break, so a match starts a line)
    size = len(text)
    line_end = -1
    while line_end < size:
        line_start = line_end + 1
        line_end = text.find("\n", line_start)
        line_end = size if line_end < 0 else line_end
        if (text.count(".", line_start, line_end) < 2 or not _CITATION_AUTHORS.match(text, line_start)
                or not _YEAR.search(text, line_start, line_end)):
            continue
        first = max(bisect_right(start_chars, line_start) - 1, 0)
        for number in range(first, bisect_left(start_chars, line_end)):
            start, end = sentence_index.starts[number], sentence_index.ends[number]
            cues.append(Cue("distancing", start, start, start, end))
    return cues


# Contracted and spelled-out auxiliaries do not share a NORM: "is" (as "be"), "does" (as "do") or "has" (as
# "have") stand alone under their lemma, but inside "isn't", "doesn't", "hasn't" keep their own spelling, and "'s"
# and "'re" are no "is" and "are". A cue phrase written one way is also added the other way, so that "the evidence
# doesn't" matches "the evidence does not" and "that's false" matches "that is false".
_SPELLED_OUT = {"isn't": "is not", "aren't": "are not", "wasn't": "was not", "weren't": "were not",
                "doesn't": "does not", "hasn't": "has not", "hadn't": "had not"}
_SPELLED_OUT.update({f"{pronoun}'s": f"{pronoun} is" for pronoun in ("it", "that", "there", "what", "he", "she")})
_SPELLED_OUT.update({f"{pronoun}'re": f"{pronoun} are" for pronoun in ("they", "we", "you")})
_CONTRACTED = {long: short for short, long in _SPELLED_OUT.items()}
_VARIANT_FORMS = re.compile(r"\b(?:" + "|".join(re.escape(form) for form in sorted(
    list(_SPELLED_OUT) + list(_CONTRACTED), key=len, reverse=True)) + r")\b")


def _contraction_variants(phrases: Iterable[str]) -> list[str]:
    """The phrases, then each with its contractions spelled out or its spelled-out auxiliaries contracted
    (not both at once): "doesn't back it up" -> "does not back it up", "it is not" -> "it isn't"."""
    phrases = list(phrases)
    seen = set(phrases)
    variants = []
    for phrase in phrases:
        plain = phrase.lower().replace("’", "'")
        if "'" not in plain and " not" not in plain and " is" not in plain and " are" not in plain:
            continue
        for table in (_SPELLED_OUT, _CONTRACTED):
            variant = _VARIANT_FORMS.sub(lambda m: table.get(m.group(0), m.group(0)), plain)
            if variant != plain and variant not in seen:
                seen.add(variant)
                variants.append(variant)
    return phrases + variants


def _lower_hashes(strings, plain_words: set[str]) -> frozenset[int]:
    """The LOWER hashes of every spelling whose `plain_word` is one of `plain_words`."""
    spellings = set(plain_words) | {short for short, word in _CONTRACTIONS.items() if word in plain_words}
    spellings |= {spelling.replace("'", "’") for spelling in spellings}
    return frozenset(strings.add(spelling) for spelling in spellings)


def plain_word(token) -> str:
    """A token's lower-case text with typeset apostrophes made plain and contractions spelled out
    ("n’t" -> "not", "ca" of "can't" -> "can"): how the rhetorical frames and leads compare words."""
    return plain_lower(token.lower_)


def plain_lower(lower: str) -> str:
    """`plain_word` of a token's lower-case text."""
    word = lower.replace("’", "'")
    return _CONTRACTIONS.get(word, word)


def _with_adverbs(make, phrases, adverbs: list[str], slot_verbs: set[str]) -> list[str]:
    """Cue phrases that end in a speech verb again with an adverb before it: "marketers say" also as
    "marketers often say", "marketers always say" (the adverbs of `attribution_adverbs`)."""
    # the last token is part of the last word: a phrase whose last word holds no slot verb (nor a
    # contraction of one) needs no tokenizing, which spares hundreds of calls at start-up
    spellings = slot_verbs | {short for short, verb in _CONTRACTIONS.items() if verb in slot_verbs}
    variants = []
    for phrase in phrases:
        words = phrase.lower().replace("’", "'").split()
        if not words or not any(spelling in words[-1] for spelling in spellings):
            continue
        tokens = make(phrase)
        if len(tokens) >= 2 and plain_word(tokens[-1]) in slot_verbs:
            head = " ".join(t.text for t in tokens[:-1])
            variants += [f"{head} {adverb} {tokens[-1].text}" for adverb in adverbs]
    return variants


class _Rhetoric:
    """Questions that assert what they hold, from the `rhetorical_*` lists of context.yaml:

    * an asserting opener: "Isn't it obvious that X?", "Don't you agree that X?", "Did you know X?";
    * "Why pay for pills when X?", "Who needs Suboxone when X?": the when-clause states X. After "why"
      comes a verb ("why pay"), or an auxiliary and a person ("why would you take …"): "why does kava
      cause …" asks about the product. The when-clause needs a subject ("when kratom is …", "when it
      …"): "when taken daily", "when pregnant" set a condition;
    * an appositive after a "have you tried" opener: "Ever tried kava, the Pacific's mushroom?".

    A question that reports a belief ("Why do people think …", "why is it called …") asks about the
    belief and stays a question."""

    def __init__(self):
        self.asserting: list[tuple[str, ...]] = []
        self.when_openers: list[tuple[str, ...]] = []
        self.why_verbs_excluded: set[str] = set()  # auxiliaries: "why does …" is a question unless a person follows
        self.persons: set[str] = set()
        self.when_subjects: set[str] = set()
        self.when_conditions: set[str] = set()
        self.appositive: list[tuple[str, ...]] = []
        self.clause_words: set[str] = set()
        self.reporting: set[str] = set()
        self.lead_ins: set[str] = set()
        self.first_words: set[str] = set()  # the first words of all openers

    @classmethod
    def from_spec(cls, spec: dict, make) -> _Rhetoric:
        rhetoric = cls()

        def phrases(name: str) -> list[tuple[str, ...]]:
            return sorted({tuple(plain_word(t) for t in make(p)) for p in spec.get(name, [])}, key=len, reverse=True)

        def words(name: str) -> set[str]:
            return {plain_word(t) for p in spec.get(name, []) for t in make(p)}

        rhetoric.asserting = phrases("rhetorical_openers")
        rhetoric.when_openers = phrases("rhetorical_when_openers")
        rhetoric.why_verbs_excluded = words("auxiliaries")
        rhetoric.persons = words("rhetorical_persons")
        rhetoric.when_subjects = words("rhetorical_when_subjects")
        rhetoric.when_conditions = words("rhetorical_when_conditions")
        rhetoric.appositive = phrases("rhetorical_appositive_openers")
        rhetoric.clause_words = words("rhetorical_clause_words")
        rhetoric.reporting = words("rhetorical_reporting")
        rhetoric.lead_ins = words("question_lead_ins")
        rhetoric.first_words = {opener[0] for opener in rhetoric.asserting + rhetoric.when_openers + rhetoric.appositive}
        return rhetoric

    def asserts(self, doc: Doc, start: int, end: int) -> int | None:
        """Where the question in tokens [start, end) asserts its content, the end of its opener
        (cues among the opener's words, the "n't" of "isn't it obvious" or the "would" of "why would
        you", deny or hedge nothing); else None."""
        if not (self.asserting or self.when_openers or self.appositive):
            return None
        k = self._opening(doc, start, end)
        if k is None or plain_word(doc[start + k]) not in self.first_words:
            return None  # as in most questions, no opener starts here
        tokens = list(doc[start:end])
        plain = [plain_word(t) for t in tokens]
        opener = next((o for o in self.asserting if tuple(plain[k:k + len(o)]) == o), None)
        if opener is not None:
            return None if self._reports(tokens, plain, k + len(opener)) else start + k + len(opener)
        opener = next((o for o in self.appositive if tuple(plain[k:k + len(o)]) == o), None)
        if opener is not None:
            asserted = self._appositive(tokens, plain, k + len(opener)) and not self._reports(tokens, plain, k + len(opener))
            return start + k + len(opener) if asserted else None
        opener_end = self._when_clause(doc, start, plain, k)
        return None if opener_end is None or self._reports(tokens, plain, k) else start + opener_end

    def _reports(self, tokens, plain, k: int) -> bool:
        """Whether the words from `k` on report a belief or a saying ("… many people think …")."""
        return any(plain[i] in self.reporting or tokens[i].norm_ in self.reporting for i in range(k, len(tokens)))

    def _opening(self, doc: Doc, start: int, end: int) -> int | None:
        """Where the first word of tokens [start, end) is, from `start`, past punctuation, a speaker
        label ("Q:") and a lead-in ("So,", "Honestly,"). (Tokens one by one: most questions are
        decided at their first word.)"""
        i = start
        while True:
            while i < end and not (doc[i].is_alpha or doc[i].like_num):
                i += 1
            if i + 1 < end and i <= start + 1 and plain_word(doc[i + 1]) == ":":
                i += 2  # a speaker label
                continue
            if i < end and plain_word(doc[i]) in self.lead_ins:
                i += 1
                continue
            return i - start if i < end else None

    def _appositive(self, tokens, plain, after: int) -> bool:
        """A comma after the opener's object, then a noun phrase (not a new clause: "…, and did it help?")."""
        comma = next((i for i in range(after + 1, len(plain)) if plain[i] == ","), None)
        return (comma is not None and comma + 1 < len(plain) and tokens[comma + 1].is_alpha
                and plain[comma + 1] not in self.clause_words)

    def _when_clause(self, doc: Doc, start: int, plain: list[str], k: int) -> int | None:
        """The end of a "why …"/"who needs …" opener whose question asserts its when-clause, else None."""
        opener = next((o for o in self.when_openers if tuple(plain[k:k + len(o)]) == o), None)
        if opener is None:
            return None
        after = k + len(opener)
        if after >= len(plain):
            return None
        if opener == ("why",):
            if plain[after] in self.why_verbs_excluded:
                if not (after + 1 < len(plain) and plain[after + 1] in self.persons):
                    return None  # "why does kava …", "why is kratom …": a question about the product
                after += 2  # "why would you"
        elif plain[after] == "to":
            return None  # "who needs to see a doctor …": a question
        when = next((i for i in range(after, len(plain)) if plain[i] == "when"), None)
        if when is None and opener != ("why",) and self._with_substance(doc, start, plain, after):
            return after  # "Who needs Adderall with lion's mane in your cup?"
        if when is None or when + 2 >= len(plain):
            return None
        following = plain[when + 1]
        if following in self.when_subjects or start + when + 1 in set(mention_starts(doc)):
            return after
        # a condition without a subject: "when pregnant", "when taken daily", "when taking it", "when in doubt" (not a
        # short word that merely ends so: "when red yeast rice does the same")
        if (following in self.when_conditions or (len(following) > 3 and following.endswith(("ing", "ed")))
                or not doc[start + when + 1].is_alpha or not doc[start + when + 2].is_alpha):
            return None
        return after

    _WITH_OWNERS = frozenset({"our", "this"})
    _WITH_PLACES = frozenset({"in", "on", "around", "nearby", "handy", "at"})
    WITH_PLACE_REACH = 5  # words from the substance to where it is had ("with lion's mane in your cup")

    @classmethod
    def _with_substance(cls, doc: Doc, start: int, plain: list[str], after: int) -> bool:
        """A "who needs X with Y?" that means "when you have Y": the product's own ("with our kava") or a substance
        somewhere at hand ("with lion's mane in your cup", "with kava around"). A bare "with kratom" may ask about
        taking both ("Who needs painkillers with kratom?"); "with breakfast" names no substance."""
        mentions = None
        for i in range(after + 1, len(plain) - 1):
            if plain[i] != "with":
                continue
            mentions = set(mention_starts(doc)) if mentions is None else mentions
            if plain[i + 1] in cls._WITH_OWNERS:
                if start + i + 2 in mentions:
                    return True
            elif start + i + 1 in mentions and any(
                    w in cls._WITH_PLACES for w in plain[i + 2:i + 2 + cls.WITH_PLACE_REACH]):
                return True
        return False


_OTHER_SUBJECTS = frozenset({"they", "he", "she", "people", "users", "some", "many", "most", "others"})
NEW_CLAUSE_FRONTED_WORDS = 4  # words of a phrase fronted before a new clause's subject (", and unlike opioids it …")
# A use judged as the subject of a risk predicate (see ContextCues._risk_subject_cues): at most this many words from
# the gerund to the predicate, and from the predicate to the risk word ("should only be attempted under close medical
# supervision").
RISK_SUBJECT_LENGTH = 20
RISK_SUBJECT_REACH = 7


def _self_prefixed(doc: Doc, index: int, limit: int) -> bool:
    """"self" and a hyphen at `index`, the word they join before `limit`: "Self-treating", "to self-medicate"."""
    return index + 2 < limit and plain_word(doc[index]) == "self" and doc[index + 1].text == "-"
USAGE_REACH = 6  # words from a usage verb to its purpose's "to"/"for" ("use a cup of chamomile tea to …")
USAGE_RELATIVE_SCOPE = 5  # words of a purpose in a relative clause ("people who take kratom to ease pain can …")
REBUTTAL_NEGATION_REACH = 3  # "nobody has challenged that", "is not misleading", "never exaggerates"


REBUTTAL_CHAIN = 2  # reported sentences a rebuttal reaches back over, beyond the one just before it
_QUOTE_MARKS = frozenset({'"', "“", "”", "„"})


def _carried_rebuttals(doc: Doc, sentence_index: _SentenceIndex, cues: list[Cue]) -> list[Cue]:
    """A rebuttal answers a run of reported sentences, not only the one before it: in "The label said
    it 'cures anxiety'. It also called the capsules 'clinically tested.' The FDA said these claims are
    not supported." the third sentence rebuts both. A sentence counts as reported when it holds a report
    or distancing cue or a quotation mark; for each reported sentence (up to REBUTTAL_CHAIN) between a
    rebuttal's sentence and an earlier reported one, a rebuttal of no words is added at the end of the
    in-between sentence, so that the earlier one finds it in its next sentence. An unreported sentence
    breaks the run ("Sellers say it cures anxiety. It is non-addictive. The FDA disagrees.")."""
    numbers = sentence_index.numbers
    rebutting = {int(numbers[c.start]) for c in cues if c.kind == "rebuttal" and c.start < len(doc)}
    if not rebutting or not any(number - 1 > 0 for number in rebutting):
        return []
    reported = {int(numbers[c.start]) for c in cues if c.kind in ("report", "distancing") and c.start < len(doc)}
    text = doc_text(doc)
    if any(q in text for q in _QUOTE_MARKS):
        quotes = _QUOTE_MARK_HASHES.among(token_table(doc)[:, 0]).nonzero()[0]
        reported |= set(numbers[quotes].tolist())
    carried = []
    for number in sorted(rebutting):
        for between in range(number - 1, max(number - 1 - REBUTTAL_CHAIN, 0), -1):
            if between not in reported or between - 1 not in reported or between in rebutting:
                break
            last = sentence_index.ends[between] - 1
            carried.append(Cue("rebuttal", last, last, last, last))
    return carried


SARCASM_NOBODY_GAP = 4  # words between "said no" and "ever": "said no oncologist ever", "said no one with a liver ever"
PARENTHETICAL_REACH = 40  # tokens: a longer "( … )" is no aside but a passage of its own


def _parenthetical_mask(doc: Doc, table=None) -> numpy.ndarray:
    """Which tokens lie inside a closed parenthetical of their sentence, brackets included: "(" and the
    next ")" within PARENTHETICAL_REACH tokens, with no sentence start or other "(" between. Cached."""
    cached = doc.user_data.get("claimcheck.parenthetical")
    if cached is not None and len(cached) == len(doc):
        return cached
    table = token_table(doc) if table is None else table
    orths = table[:, 0]
    strings = doc.vocab.strings
    opens = (orths == strings.add("(")).nonzero()[0].tolist()
    mask = numpy.zeros(len(doc), dtype=bool)
    spans = []
    if opens:
        closes = (orths == strings.add(")")).nonzero()[0].tolist()
        sent_starts = table[:, TABLE_COLUMNS.index("SENT_START")]
        for o in opens:
            c = closes[bisect_right(closes, o)] if bisect_right(closes, o) < len(closes) else None
            if c is None or c - o > PARENTHETICAL_REACH:
                continue
            if (sent_starts[o + 1:c + 1] == 1).any() or (orths[o + 1:c] == strings.add("(")).any():
                continue
            mask[o:c + 1] = True
            spans.append((o, c))
    doc.user_data["claimcheck.parenthetical"] = mask
    doc.user_data["claimcheck.parenthetical_spans"] = spans
    return mask


def _past_parentheticals(doc: Doc, index: int, count: int) -> int:
    """The position `count` tokens after `index`, not counting tokens of closed parentheticals: a cue's
    reach is measured in words of its own sentence, not of an aside ("may reduce anxiety (SMD -0.5; 95%
    CI -0.9 to -0.1) and ease insomnia")."""
    limit = min(len(doc), index + count)
    # double quote marks are no words either: 'must not represent that it is "safe", "non-addictive" or free of
    # side effects' reaches as far as the same words unquoted
    quoted = index < limit and _QUOTE_CHARS.search(doc_text(doc), doc[index].idx, doc[limit - 1].idx + len(doc[limit - 1])) is not None
    spans = doc.user_data.get("claimcheck.parenthetical_spans")
    aside = False
    if spans:
        first = bisect_left(spans, index, key=itemgetter(1))  # the first span ending at or after index
        aside = first < len(spans) and spans[first][0] < limit
    if not aside and not quoted:
        return index + count
    mask = doc.user_data["claimcheck.parenthetical"] if aside else None
    position, counted = index, 0
    while position < len(doc) and counted < count:
        if not (mask is not None and mask[position]) and not (quoted and doc[position].text in _QUOTE_MARKS):
            counted += 1
        position += 1
    return position


_QUOTE_MARKS = frozenset({'"', "“", "”", "„", "«", "»"})
_QUOTE_CHARS = re.compile('["“”„«»]')


def _without_negated_rebuttals(cues: list[Cue], doc: Doc | None = None) -> list[Cue]:
    """A rebuttal that a negation just before it denies rebuts nothing: in "…, and nobody has
    challenged that" or "…, which is not misleading" the attributed claim stands. A negation inside
    the quotation the rebuttal judges denies nothing of it: in 'the statement that it "has never
    killed anyone" cannot be supported' the quote mark closes the negation's words."""
    rebuttals = [c for c in cues if c.kind == "rebuttal"]
    if not rebuttals:
        return cues
    negations = [c for c in cues if c.kind == "negation"]

    def quoted_apart(n: Cue, r: Cue) -> bool:
        return doc is not None and any(t.text in _QUOTE_MARKS for t in doc[n.end:r.start])

    denied = {id(r) for r in rebuttals for n in negations
              if n.end <= r.start <= n.end + REBUTTAL_NEGATION_REACH and n.scope_start <= r.start < n.scope_end
              and not quoted_apart(n, r)}
    return [c for c in cues if id(c) not in denied] if denied else cues


class WordSet:
    """A few word hashes, and which of many hashes are among them: ``numpy.isin`` for a short
    list, asked for every token of a Doc. Each word owns a slot of a small table, addressed by
    the low bits of its hash (enough bits that no two words share one): a value's slot holds
    the only word it can be, so one table read and one comparison per value answer. (A binary
    search per value, numpy.searchsorted, cost several times as much.)"""

    def __init__(self, hashes: Iterable[int]):
        words = set(hashes)
        bits = max(len(words).bit_length(), 1)
        while len({word & ((1 << bits) - 1) for word in words}) < len(words):
            bits += 1
        self.mask = numpy.uint64((1 << bits) - 1)
        # an empty slot holds a value whose own slot is another one, so nothing matches it
        self.by_slot = numpy.arange(1 << bits, dtype="uint64") ^ numpy.uint64(1)
        for word in words:
            self.by_slot[word & int(self.mask)] = word

    def among(self, values: numpy.ndarray) -> numpy.ndarray:
        return self.by_slot.take(values & self.mask) == values


_BE_FOOLED = ("fooled", "tricked", "misled", "deceived", "conned", "scared")  # "don't be fooled:"
_QUOTE_MARK_HASHES = WordSet(hash_string(quote) for quote in _QUOTE_MARKS)
# a comma, colon, semicolon, dash or bracket ends the clause of a use judged risky (see ContextCues._risk_subject_cues)
_RISK_SUBJECT_STOP_HASHES = WordSet(hash_string(mark) for mark in (",", ":", ";", "—", "–", "--", "(", ")", "|"))


@Language.factory("context_cues")
def make_context_cues(nlp: Language, name: str) -> ContextCues:
    return ContextCues(nlp)
