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

import numpy
from spacy.tokens import Doc

from .annotate import TABLE_COLUMNS, mentions_of, sentence_at, sentence_numbers, sentence_start_of, token_table
from .matching import column_list

MARKS = {"™", "®", "℠"}
CAPITALISED, CAMEL_CASED = 3, 4  # word kinds (see BrandNames._kind)
_ORTH = TABLE_COLUMNS.index("ORTH")
_LOWER = TABLE_COLUMNS.index("LOWER")
USER_DATA_KEY = "claimcheck.brand_names"
# an inner capital after a lower-case letter ("ZenLeaf", "NeuroCalm", "BrainBoost"); not a surname's prefix
CAMEL = re.compile(r"^[A-Z][a-z]{2,}(?:[A-Z][a-z0-9]*)+$")  # "ZenLeaf"; not "JoAnn"
SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Der", "Del", "St", "O")
HEADING_SHARE = 0.7  # a sentence with at least this share of capitalised words (and 3+ words) is a heading
HEADING_MIN_WORDS = 3
MAX_NAME_WORDS = 4
ALL_CAPS_MIN = 5  # letters: an all-capitals word this long may be part of a name
# the lexicons a rule's `requires_mention` or `subject_nouns` names when a brand name may stand for them
STANDS_FOR = {"product-words", "product-nouns"}
MAX_INTRO_GAP = 6  # words between "is a" and the product form that ends an introduction ("is a calming kava tincture")


class _Gates(NamedTuple):  # LOWER hashes of the words around a name that _marked reads
    forms: set[int]  # ending the run or right after it ("Golden Calm Gummies")
    after: set[int]  # a sign or a form right after it
    introducing: set[int]  # "Golden Calm, our …", "Golden Calm is a …": before a determiner
    determiners: set[int]
    introducers: set[int]  # "Try Golden Calm"
    openers: set[int]  # an opening verb the run starts with
    comma: int  # "our new blend, Golden Calm": a form before the comma


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

    def may_name(self, doc: Doc, start: int, end: int) -> bool:
        """Could tokens [start, end) of one sentence hold a brand name? Only if a word after the sentence's
        first is capitalised, or the first word is marked right away (an inner capital, a sign, "is" or a
        comma after it, see _runs): a cheap test before the Doc's names are found."""
        table = token_table(doc)
        cased = (table[start:end, _ORTH] != table[start:end, _LOWER]).nonzero()[0]
        if not cased.size:
            return False
        opening = self._opening(doc, start)
        if int(cased[-1]) + start > opening:
            return True
        strings = doc.vocab.strings
        return (opening + 1 < len(doc) and int(table[opening + 1, _LOWER]) in self._after_lone_hashes(strings)) or (
            self._kind(int(table[opening, _ORTH]), strings) == CAMEL_CASED)

    def _gate_hashes(self, strings) -> _Gates:
        if self._gates is None:
            def hashes(words) -> set[int]:
                return {strings.add(w) for w in words}

            self._gates = _Gates(hashes(self.forms), hashes((*MARKS, *self.forms)), hashes((",", "is", "was")),
                                 hashes(self.determiners), hashes(self.introducers), hashes(self.openers), strings.add(","))
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
        """-1: punctuation or space; 0: no word; 1: a word; 2: a word with a capital first letter; 3 (CAPITALISED): a
        capitalised word ("Calm"; not "FDA" or "A"), which a name's run is made of; 4 (CAMEL_CASED): one with an inner
        capital too ("ZenLeaf")."""
        kind = self._kinds.get(orth)
        if kind is None:
            text = strings[orth]
            if not any(c.isalnum() for c in text):
                kind = -1  # punctuation or space
            elif not text.isalpha():
                kind = 0
            elif not text[0].isupper():
                kind = 1
            elif len(text) > 1 and not text.isupper():
                kind = CAMEL_CASED if self._camel(text) else CAPITALISED
            elif len(text) >= ALL_CAPS_MIN:
                # a leaflet's or a label's name in capitals ("TRANQUIL ROOT FORTE"); shorter ones are acronyms
                # ("FDA", "USA", "CBD"), and as every run it is a name only where the text marks or introduces it
                kind = CAPITALISED
            else:
                kind = 2
            self._kinds[orth] = kind
        return kind

    def _find(self, doc: Doc) -> list[tuple[int, int]]:
        n = len(doc)
        if not n:
            return []
        # read from the token table: a capitalised word differs from its lower case, and few words do
        table = token_table(doc)
        orths, lowers = table[:, _ORTH], table[:, _LOWER]
        strings = doc.vocab.strings
        cased = (orths != lowers).nonzero()[0]
        cased_orths = orths[cased].tolist()
        known = list(map(self._kinds.get, cased_orths))  # a dict read per word, without a Python call
        if None in known:
            known = [self._kind(orth, strings) if kind is None else kind for kind, orth in zip(known, cased_orths)]
        kinds = numpy.array(known, dtype=numpy.int8)
        capitalised = kinds >= CAPITALISED
        candidates, candidate_kinds = cased[capitalised], kinds[capitalised]
        if candidates.size:
            mentioned = numpy.zeros(n, dtype=bool)
            for m in mentions_of(doc):
                mentioned[m.start:m.end] = True
            outside = ~mentioned[candidates]
            candidates, candidate_kinds = candidates[outside], candidate_kinds[outside]
        if not candidates.size:
            return []
        # maximal runs of capitalised words in one sentence, outside mentions
        numbers = sentence_numbers(doc)
        breaks = (numpy.diff(candidates) != 1) | (numpy.diff(numbers[candidates]) != 0)
        first = numpy.concatenate(([True], breaks))
        last = numpy.concatenate((breaks, [True]))
        starts, ends = candidates[first], candidates[last] + 1
        # what a name's marks need around a run (see _marked), read from the token table first: most runs (sentence
        # openers, names of people and places) have none of it, and only the rest is read word by word
        gates = self._gate_hashes(strings)
        camels = numpy.cumsum(candidate_kinds == CAMEL_CASED)[last]
        run_camels = (camels - numpy.concatenate(([0], camels[:-1]))).tolist()
        lower = column_list(doc, "LOWER")  # shared with the GatedMatchers' anchors
        raw_runs = list(zip(starts.tolist(), ends.tolist()))
        marked = [camel or lower[end - 1] in gates.forms or lower[start] in gates.openers
                  or (end < n and (lower[end] in gates.after or (
                      lower[end] in gates.introducing and end + 1 < n and lower[end + 1] in gates.determiners)))
                  or (start > 0 and (lower[start - 1] in gates.introducers or (
                      lower[start - 1] == gates.comma and start > 1 and lower[start - 2] in gates.forms)))
                  for (start, end), camel in zip(raw_runs, run_camels)]
        names: set[tuple[str, ...]] = set()
        for start, end, opening in self._runs(doc, [run for run, keep in zip(raw_runs, marked) if keep], keep_headings=True):
            words = tuple(t.lower_ for t in doc[start:end])
            if (not self._excluded(doc, start, end, words) and self._marked(doc, start, end, opening)
                    and not self._heading(doc, sentence_start_of(doc)[start])):
                names.add(words)
        if not names:
            return []
        found = []
        for start, end, _ in self._runs(doc, raw_runs):
            # a name is its marked words, wherever it is used; a run may hold a name and its form ("Golden Calm Gummies")
            words = tuple(t.lower_ for t in doc[start:end])
            for size in range(len(words), 0, -1):
                if words[:size] in names:
                    stop = start + size
                    while stop < n and (doc[stop].text in MARKS or doc[stop].lower_ in self.forms):
                        stop += 1
                    found.append((start, stop))
                    break
        return found

    def _runs(self, doc: Doc, raw_runs: list[tuple[int, int]], keep_headings: bool = False) -> list[tuple[int, int, int]]:
        """The runs that may be names, as (start, end, sentence opening): not a lone word opening its sentence
        unless something marks it, not an opening verb ("Try …"), at most MAX_NAME_WORDS, and unless `keep_headings`
        (the caller checks later), not in a heading."""
        strings = doc.vocab.strings
        table = token_table(doc)
        orths, lowers = table[:, _ORTH], table[:, _LOWER]
        sentence_of = sentence_start_of(doc)
        opener_hashes = self._opener_hashes(strings)
        after_lone = self._after_lone_hashes(strings)
        n = len(doc)
        runs = []
        for i, j in raw_runs:
            start = i
            sentence_start = sentence_of[i]
            if j == i + 1 and (i == sentence_start or all(self._kind(o, strings) == -1 for o in orths[sentence_start:i].tolist())) and (
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
        return runs if keep_headings else [run for run in runs if not self._heading(doc, sentence_of[run[0]])]

    def _heading(self, doc: Doc, sentence_start: int) -> bool:
        """A sentence written in Title Case is a heading: its capitals mark no name ("How Golden Calm Works").
        One ending in a full stop is prose ("Try Golden Calm tonight.")."""
        strings = doc.vocab.strings
        words = capitals = 0
        last = ""
        for token in sentence_at(doc, sentence_start):
            if token.is_alpha:
                words += 1
                capitals += self._kind(token.orth, strings) >= 2
            if not token.is_space:
                last = token.text
        return words >= HEADING_MIN_WORDS and capitals >= HEADING_SHARE * words and last != "."

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
