"""Brand names: a product named only by its own name ("ZenLeaf cures anxiety", "Golden Calm® is
clinically proven …") is a claim's subject the way "our tincture" is.

A run of capitalised words is a product's name when the text marks it as one:

- a trademark sign right after it: "Golden Calm®", "ZenLeaf™";
- a word with an inner capital ("ZenLeaf", "NeuroCalm"), not a surname's ("McDonald", "DeSantis");
- a product form right after it or ending it: "Golden Calm Gummies", "Calmaroo capsules";
- the document introduces it as a product: "our new blend, Golden Calm, …", "Golden Calm is a kava
  tincture", "Try Golden Calm" (the lexicon's `brand-name-introducers`).

Once marked, every later use of the same words in the Doc is the name too. Never a name: a run
holding a word of `brand-name-not-words` (institutions, places, peoples, titles: "Johns Hopkins",
"Mayo Clinic", "New Zealand", "Pacific Islanders", "Dr. Weil"), a drug, a substance the knowledge
base knows (its mention already names the product), or a heading line in Title Case ("How Golden
Calm Works"). A lone capitalised word opening a sentence ("Exercise cures …") is never a name
unless marked or introduced.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

import numpy

from .annotate import TABLE_COLUMNS, mentions_of, sentence_numbers, sentence_start_of, token_table

MARKS = {"™", "®", "℠"}
_ORTH = TABLE_COLUMNS.index("ORTH")
_LOWER = TABLE_COLUMNS.index("LOWER")
USER_DATA_KEY = "claimcheck.brand_names"
# an inner capital after a lower-case letter ("ZenLeaf", "NeuroCalm", "BrainBoost"); not a surname's prefix
CAMEL = re.compile(r"^[A-Z][a-z]{2,}(?:[A-Z][a-z0-9]*)+$")  # "ZenLeaf"; not "JoAnn"
SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Der", "Del", "St", "O")
HEADING_SHARE = 0.7  # a sentence with at least this share of capitalised words (and 3+ words) is a heading
HEADING_MIN_WORDS = 3
MAX_NAME_WORDS = 4
# the lexicons a rule's `requires_mention` or `subject_nouns` names when a brand name may stand for them
STANDS_FOR = {"product-words", "product-nouns"}
MAX_INTRO_GAP = 6  # words between "is a" and the product form that ends an introduction ("is a calming kava tincture")


class _Gates(NamedTuple):
    forms: set[int]
    after: set[int]
    before: set[int]


class BrandNames:
    """Compiled from the lexicons (see rules/lexicons.yaml, `brand-name-*`)."""

    def __init__(self, lexicons: dict):
        low = lambda name: {" ".join(str(w).lower().split()) for w in lexicons.get(name, ())}  # noqa: E731
        self.forms = low("brand-name-forms")
        self.not_words = low("brand-name-not-words") | low("drugs")
        self.openers = low("brand-name-openers")  # "Does ZenLeaf …", "Try Golden Calm"
        self.introducers = low("brand-name-introducers")
        self.determiners = low("brand-name-determiners")
        self.name_parts = low("brand-name-not-camel-parts")
        self._kinds: dict[int, int] = {}  # ORTH hash -> _kind
        self._openers_hashed: set[int] | None = None
        self._after_lone: set[int] | None = None
        self._gates: _Gates | None = None

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """The Doc's brand names as (start, end) token spans, in order (cached on the Doc)."""
        found = doc.user_data.get(USER_DATA_KEY)
        if found is None:
            found = doc.user_data[USER_DATA_KEY] = self._find(doc)
        return found

    def _gate_hashes(self, strings):
        """LOWER hashes of the words _marked looks for: a form ending the run, a word right after it
        (a sign, a form, "is", a comma) and right before it (an introducer, a comma)."""
        if self._gates is None:
            add = strings.add
            self._gates = _Gates({add(w) for w in self.forms},
                                 {add(w) for w in (*MARKS, *self.forms, "is", "was", ",")},
                                 {add(w) for w in (*self.introducers, ",")})
        return self._gates

    def _after_lone_hashes(self, strings) -> set[int]:
        """What may follow a lone word opening a sentence that is a name: a sign, "is"/"was" or a comma."""
        if self._after_lone is None:
            self._after_lone = {strings.add(word) for word in (*MARKS, "is", "was", ",")}
        return self._after_lone

    def _opener_hashes(self, strings) -> set[int]:
        if self._openers_hashed is None:
            self._openers_hashed = {strings.add(word) for word in self.openers}
        return self._openers_hashed

    def _kind(self, orth: int, strings) -> int:
        """-1: punctuation or space; 0: no word; 1: a word; 2: a word with a capital first letter; 3: a capitalised word ("Calm",
        "ZenLeaf"; not "FDA" or "A"), which a name's run is made of."""
        kind = self._kinds.get(orth)
        if kind is None:
            text = strings[orth]
            if not any(c.isalnum() for c in text):
                kind = -1  # punctuation or space
            elif not text.isalpha():
                kind = 0
            elif not text[0].isupper():
                kind = 1
            else:
                kind = 3 if len(text) > 1 and not text.isupper() else 2
            self._kinds[orth] = kind
        return kind

    def _find(self, doc: Doc) -> list[tuple[int, int]]:
        n = len(doc)
        if not n:
            return []
        # read from the token table as arrays: a loop over every token costs more than all the rules
        table = token_table(doc)
        orths = table[:, _ORTH]
        unique, inverse = numpy.unique(orths, return_inverse=True)
        strings = doc.vocab.strings
        kinds = numpy.fromiter((self._kind(int(o), strings) for o in unique), dtype=numpy.int8,
                               count=len(unique))[inverse]
        numbers = sentence_numbers(doc)
        # a sentence written in Title Case is a heading: its capitals mark no name ("How Golden Calm Works")
        words = numpy.bincount(numbers, weights=kinds >= 1)
        capitals = numpy.bincount(numbers, weights=kinds >= 2)
        heading = (words >= HEADING_MIN_WORDS) & (capitals >= HEADING_SHARE * words)
        candidates = numpy.flatnonzero((kinds == 3) & ~heading[numbers]).tolist()
        if not candidates:
            return []
        sentence_of = sentence_start_of(doc)
        lowers = table[:, _LOWER]
        opener_hashes = self._opener_hashes(strings)
        after_lone = self._after_lone_hashes(strings)
        mentioned = set()
        for m in mentions_of(doc):
            mentioned.update(range(m.start, m.end))
        runs = []  # (start, end, sentence opening): maximal runs of capitalised words outside mentions
        k = 0
        while k < len(candidates):
            i = candidates[k]
            if i in mentioned:
                k += 1
                continue
            j = i + 1
            k += 1
            while k < len(candidates) and candidates[k] == j and sentence_of[j] == sentence_of[i] and j not in mentioned:
                j += 1
                k += 1
            start = i
            sentence_start = sentence_of[i]
            if j == i + 1 and (i == sentence_start or (kinds[sentence_start:i] == -1).all()) and (
                    int(lowers[i]) in opener_hashes or not (
                        (j < n and int(lowers[j]) in after_lone) or self._camel(strings[int(orths[i])]))):
                # the commonest case, a lone word opening a sentence ("The …", "Kava …", "Store …"): a name only
                # when an inner capital, a sign or an introduction ("Calmaroo is a tincture") marks it
                continue
            opening = self._opening(doc, sentence_start)
            if start == opening and doc[start].lower_ in self.openers:
                start += 1  # "Try Golden Calm", "Does ZenLeaf …": the verb is no part of the name
            if start < j and j - start <= MAX_NAME_WORDS:
                runs.append((start, j, opening))
        names: set[tuple[str, ...]] = set()
        gates = self._gate_hashes(strings)
        for start, end, opening in runs:
            # what _marked reads, from the token table first: most runs (names of people and places) have none of it
            if not (int(lowers[end - 1]) in gates.forms or (end < n and int(lowers[end]) in gates.after)
                    or (start > 0 and int(lowers[start - 1]) in gates.before)
                    or (start == opening + 1 and int(lowers[opening]) in gates.before)
                    or any(self._camel(strings[orth]) for orth in orths[start:end].tolist())):
                continue
            words = tuple(t.lower_ for t in doc[start:end])
            if self._excluded(doc, start, end, words):
                continue
            if self._marked(doc, start, end, opening):
                names.add(words)
        if not names:
            return []
        found = []
        for start, end, _ in runs:
            # a name is its marked words; a run may hold a name followed by its form ("Golden Calm Gummies")
            words = tuple(t.lower_ for t in doc[start:end])
            for size in range(len(words), 0, -1):
                if words[:size] in names:
                    stop = start + size
                    while stop < n and (doc[stop].text in MARKS or doc[stop].lower_ in self.forms):
                        stop += 1
                    found.append((start, stop))
                    break
        return found

    @staticmethod
    def _opening(doc: Doc, sentence_start: int) -> int:
        """The sentence's first word (after any opening quote, bullet or space)."""
        i = sentence_start
        sentence_of = sentence_start_of(doc)
        while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and sentence_of[i] == sentence_start:
            i += 1
        return i

    def _excluded(self, doc: Doc, start: int, end: int, words: tuple[str, ...]) -> bool:
        if any(w in self.not_words for w in words) or " ".join(words) in self.not_words:
            return True
        if start > 0 and doc[start - 1].lower_.rstrip(".") in self.not_words:
            return True  # "Dr. Weil", "Mr. Smith"
        return False

    def _marked(self, doc: Doc, start: int, end: int, opening: int) -> bool:
        """Does the text mark the run doc[start:end] as a product's name?"""
        n = len(doc)
        if end < n and doc[end].text in MARKS:
            return True
        if any(self._camel(t.text) for t in doc[start:end]):
            return True
        lone_opener = start == opening and end - start == 1  # "Herbal tea …", "Exercise is a …"
        # a product form ending the run or right after it: "Golden Calm Gummies", "Calmaroo capsules"
        if end - start >= 2 and doc[end - 1].lower_ in self.forms:
            return True
        if end < n and doc[end].lower_ in self.forms and not lone_opener:
            return True
        # introduced: "Try Golden Calm", "our new blend, Golden Calm,", "Golden Calm is a kava tincture"
        if start > opening and doc[start - 1].lower_ in self.introducers:
            return True
        if start == opening + 1 and doc[opening].lower_ in self.introducers:
            return True
        if start >= 2 and doc[start - 1].text == "," and self._form_before(doc, start - 1):
            return True
        if end + 1 < n and doc[end].text == "," and self._form_after(doc, end + 1, comma=True):
            return True
        if end + 1 < n and doc[end].lower_ in ("is", "was") and self._form_after(doc, end + 1, comma=False):
            return True
        return False

    def _camel(self, text: str) -> bool:
        """An inner capital: "ZenLeaf", "NeuroCalm"; not a surname's ("McDonald") nor a first name's ("MaryAnn")."""
        if not CAMEL.match(text) or text.startswith(SURNAME_PREFIXES):
            return False
        return re.split(r"(?=[A-Z])", text)[-1].lower() not in self.name_parts

    def _form_before(self, doc: Doc, comma: int) -> bool:
        """ "our new blend, Golden Calm": a determiner, up to a few words and a product form before the comma."""
        if comma < 1 or doc[comma - 1].lower_ not in self.forms:
            return False
        for i in range(comma - 2, max(-1, comma - 2 - MAX_INTRO_GAP), -1):
            if doc[i].lower_ in self.determiners:
                return True
            if not doc[i].is_alpha:
                return False
        return False

    def _form_after(self, doc: Doc, at: int, comma: bool) -> bool:
        """ "Golden Calm is a kava tincture", "Golden Calm, our new blend,": a determiner, up to a few
        words and a product form after the name."""
        if at >= len(doc) or doc[at].lower_ not in self.determiners:
            return False
        for i in range(at + 1, min(len(doc), at + 2 + MAX_INTRO_GAP)):
            if doc[i].lower_ in self.forms:
                return True
            if not (doc[i].is_alpha or doc[i].text == "-"):
                return False
        return False


def takes_brand_names(phrases) -> bool:
    """Does a rule's `requires_mention` or `subject_nouns` take product words, which a brand name is?"""
    return isinstance(phrases, list) and any(isinstance(p, dict) and p.get("lexicon") in STANDS_FOR for p in phrases)


def brand_name_text(doc: Doc, start: int, end: int) -> str:
    """A brand name as a message writes it: its words, without a trademark sign."""
    return "".join(t.text_with_ws for t in doc[start:end] if t.text not in MARKS).strip()
