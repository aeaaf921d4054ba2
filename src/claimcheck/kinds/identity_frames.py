"""Frames of the identity check where the description does not follow its substance.

``identity.py`` attaches a description to the mention *before* it ("kava, a mushroom
drink"). Copy also writes the description first, or links two names with a phrase:

* leading modifier   "our fungal kava", "mushroom kratom bars"
* leading apposition "our newest mushroom, kava, …", "this adaptogenic shroom — ashwagandha —"
* naming             "a mushroom called kava", "the fungus known as kratom"
* examples           "mushrooms like kava and reishi", "herbs such as reishi"
* kinship            "kava, a cousin of coffee", "maca is related to ginseng", "a ginseng relative"
* Latin links        "kava, or Mitragyna speciosa,", "ashwagandha's Latin name is …"

``DescriptionFrames`` is a mixin of ``IdentityRules``: it reads the same per-document state
(``doc``, ``covering``, ``ending``) and token helpers. The link words live in
``rules/botanical.yaml``.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..annotate import sentence_at
from .common import blocked_by_context, render

LISTING_BARS = {"|", "¦"}  # a product listing's separators, read as dashes between a name and its Latin name
HYPHENS = {"-", "‐", "‑"}
LIST_JOINERS = {",", "and", "or", "&", "/"}
DASHES = {"—", "–", "--"}
# Plant nouns a family's common name can modify: "a pepper plant" puts its subject in the pepper family.
PLANT_HEADS = {"plant", "plants", "shrub", "shrubs", "tree", "trees", "vine", "vines", "herb", "herbs", "bush", "bushes"}


def _is_plural(word: str) -> bool:
    return word.endswith(("i", "ae", "ia")) or (word.endswith("s") and not word.endswith(("ss", "us")))


class DescriptionFrames:
    # ------------------------------------------------------------------ helpers

    def _phrase_at(self, i: int | None, phrases, sentence: Span) -> int | None:
        """End (exclusive) of the longest phrase of `phrases` (token tuples by first word)
        starting at token i, or None."""
        group = phrases.get(self._low(i)) if i is not None else None
        if not group:
            return None
        lows = self._lows(i, min(sentence.end, i + len(group[0])))  # as many as the longest phrase
        for phrase in group:
            if lows[:len(phrase)] == phrase:
                return i + len(phrase)
        return None

    def _mention_at(self, i: int | None) -> Span | None:
        if i is not None and i in self.covering and self.covering[i].start == i:
            return self.covering[i]
        return None

    def _listed(self, mention: Span, sentence: Span) -> bool:
        """'kava and kratom', 'kava, kratom': the mention is one item of a list."""
        after = self._next(mention.end - 1, sentence)
        if after is None:
            return False
        low = self._low(after)
        if low in ("and", "or", "&", "/"):
            return True
        if low == ",":
            following = self._next(after, sentence)
            return following is not None and (self._low(following) in ("and", "or") or following in self.covering)
        return False

    def _list_from(self, i: int | None, sentence: Span, frame: str, to_end: bool = False) -> list[tuple[object, int]]:
        """Owners of the names listed from token i: 'kava and reishi', 'reishi, chaga and kava'.
        An item after a bare comma counts only if the list goes on ('mushrooms such as reishi,
        kratom comes from a tree' lists reishi alone) or, with `to_end` (a list after a colon),
        if it ends the sentence ('Mushrooms: reishi, chaga, kava.')."""
        owners = []
        while (mention := self._mention_at(i)) is not None:
            owners.append((self._owner_of_mention(mention, frame), mention.end))
            joiners = []
            i = self._next(mention.end - 1, sentence)
            while i is not None and self._low(i) in LIST_JOINERS:
                joiners.append(self._low(i))
                i = self._next(i, sentence)
            if joiners == [","]:
                following = self._mention_at(i)
                after = self._next(following.end - 1, sentence) if following is not None else None
                if to_end and following is not None and (after is None or self._text(after) in (".", "!", ";")):
                    continue
                if after is None or self._low(after) not in LIST_JOINERS:
                    break
            elif not joiners:
                break
        return owners

    NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "dozen"}

    def _counted(self, start: int, sentence: Span) -> bool:
        """A count right before the kind word: '4-mushroom', 'five-mushroom', '7 mushroom'. A
        counted singular kind word ('our 4-mushroom blend') names as many kinds as a plural."""
        k = self._prev(start, sentence)
        if k is not None and self._text(k) in HYPHENS and k + 1 == start:
            k = self._prev(k, sentence)
        if k is None:
            return False
        text = self._text(k)
        return text.isdigit() or self._low(k) in self.NUMBER_WORDS

    def _contrasted(self, start: int, sentence: Span) -> bool:
        """'unlike mushrooms such as …', 'rather than herbs like …': the kind is set against the list."""
        i, steps = self._prev(start, sentence), 0
        while i is not None and steps < 4:
            low = self._low(i)
            if low in ("unlike", "than", "not", "except", "besides", "beyond", "versus", "vs"):
                return True
            if not self._word(i).is_alpha or low in self.stops or i in self.covering:
                return False
            i, steps = self._prev(i, sentence), steps + 1
        return False

    def _opens_noun_phrase(self, start: int, sentence: Span) -> bool:
        """A determiner (or 'Fiji's') opens the phrase ending in the description at `start`,
        and the phrase is not the object of a preposition ('after the mushroom, kava …')."""
        i, steps = self._prev(start, sentence), 0
        while i is not None and steps < 4:
            low = self._low(i)
            if low in self.determiners:
                before = self._prev(i, sentence)
                return before is None or (self._low(before) not in self.stops and not self._word(before).is_punct) \
                    or self._after_header_label(before, sentence)
            if low in ("'s", "'"):
                return True  # "Fiji's favourite mushroom, kava"
            hyphenated = self._text(i) == "-" or (i > 0 and self._text(i - 1) == "-") or (
                i + 1 < len(self.doc) and self._text(i + 1) == "-")  # "my go-to mushroom"
            if not self._word(i).is_alpha and not hyphenated:
                return False
            if (low in self.stops and not hyphenated) or i in self.covering or low in self.kind_classes:
                return False
            i, steps = self._prev(i, sentence), steps + 1
        return False

    def _before_modifiers(self, start: int, sentence: Span) -> int | None:
        """The token before up to two plain modifiers ending at `start` ('a small | desert cactus',
        'a classic | psilocybin mushroom'), or None when no modifier stands there. Function words,
        names, kind, part and product words and figurative ones ('the new kratom') are not plain."""
        i, words = self._prev(start, sentence), 0
        while i is not None and words < 3:
            low = self._low(i)
            if self._text(i) in HYPHENS:  # "fast-growing"
                i = self._prev(i, sentence)
                continue
            if not self._word(i).is_alpha or i in self.covering or low in self.stops or low in self.determiners \
                    or low in self.copulas or low in self.kind_classes or low in self.part_ids \
                    or low in self.product_words or low in self.figurative or low in self.classifiers:
                break
            i, words = self._prev(i, sentence), words + 1
        if not words or words > 2 or i is None:
            return None
        return i

    # Classifier nouns of a "<article> (<modifier>) <classifier> of" link: "a hardier variety
    # of", "a cold-hardy strain of". Modifiers that set the two apart ("a different species
    # of", "a similar kind of") make it a contrast or a comparison, not a classification.
    TYPE_CLASSIFIERS = {"type", "types", "kind", "kinds", "form", "forms", "variety", "varieties", "sort", "sorts",
                        "species", "subspecies", "strain", "strains", "cultivar", "cultivars"}
    UNLIKE_MODIFIERS = {"different", "distinct", "separate", "unrelated", "other", "another", "similar", "related",
                        "comparable", "equivalent", "non", "false", "fake", "new", "whole", "entirely", "completely",
                        "totally", "wholly", "unique", "special", "own", "alternative", "substitute", "rival",
                        "sister", "cousin", "neighbouring", "neighboring", "competing", "separate"}

    # Classifier nouns that may head a "<name> <classifier>" description: "a rose variety", "a kava strain".
    CLASS_HEADS = {"variety", "strain", "species", "subspecies", "cultivar", "type"}

    def _classed_apposition(self, start: int, sentence: Span):
        """'Rhodiola, a rose variety, …', 'kratom — a kava strain —': the owner of an appositive
        '<article> <description> <classifier>' opening right after the comma or dash that follows a name."""
        article = self._prev(start, sentence)
        if article is None or self._low(article) not in ("a", "an", "the"):
            return None
        mark = self._prev(article, sentence)
        if mark is None or self._text(mark) not in (",", "(", *DASHES):
            return None
        named = self._prev(mark, sentence)
        if named is None or named not in self.ending:
            return None
        return self._owner_of_mention(self.ending[named], "apposition")

    def _plain_link_modifier(self, low: str) -> bool:
        return low.isalpha() and low not in self.stops and low not in self.determiners and low not in self.copulas \
            and low not in self.UNLIKE_MODIFIERS and low not in self.kind_classes and low not in self.part_ids \
            and low not in self.TYPE_CLASSIFIERS

    def _drop_link_modifiers(self, rest: tuple) -> tuple:
        """'a hardier variety of' -> 'a variety of', 'a cold - hardy strain of' -> 'a strain of':
        plain modifiers (up to two words, hyphen-joined parts counted once each) between the
        article and the classifier of a classification link. Anything else is returned as is."""
        if len(rest) < 4 or rest[0] not in ("a", "an", "the") or rest[-1] != "of" \
                or rest[-2] not in self.TYPE_CLASSIFIERS:
            return rest
        words = [w for w in rest[1:-2] if w not in HYPHENS]
        if not words or len(words) > 3 or not all(self._plain_link_modifier(w) for w in words):
            return rest
        if len(words) == 3 and len(words) == len(rest) - 3:
            return rest  # three unjoined modifiers: not a plain link
        return (rest[0], rest[-2], "of")

    def _link_article(self, start: int, sentence: Span) -> int:
        """The article of a classification link whose classifier is at `start` with plain
        modifiers before it ('a hardy | variety of'); `start` itself otherwise."""
        if self._low(start) not in self.TYPE_CLASSIFIERS:
            return start
        k, words = self._prev(start, sentence), 0
        while k is not None and words <= 2:
            if self._text(k) in HYPHENS:
                k = self._prev(k, sentence)
                continue
            if k in self.covering or not self._plain_link_modifier(self._low(k)):
                break
            k, words = self._prev(k, sentence), words + 1
        if words and words <= 2 and k is not None and self._low(k) in ("a", "an", "the"):
            return k
        return start

    def _alias_owner(self, start: int, sentence: Span):
        """'blue lotus, better known as the sacred lotus,', 'passionflower — sometimes called
        passion fruit —': the description at `start` (after an article at most) is given as
        another name of the mention before an alias link (botanical-alias-links)."""
        k = self._prev(start, sentence)
        if k is not None and self._low(k) in ("the", "a", "an"):
            k = self._prev(k, sentence)
        mark, steps = k, 0
        while mark is not None and steps < 4 and self._text(mark) not in (",", "(", *DASHES):
            mark, steps = self._prev(mark, sentence), steps + 1
        if k is None or mark is None or mark == k:
            return None
        lows = ("," if self._text(mark) in DASHES else self._low(mark),) + tuple(
            self._low(i) for i in range(mark + 1, k + 1) if not self._skippable(i))
        if lows not in self.alias_links:
            return None
        named = self._prev(mark, sentence)
        if named is None or named not in self.ending:
            return None
        return self._owner_of_mention(self.ending[named], "apposition")

    def _indefinite_link_end(self, i: int | None) -> bool:
        """'a', 'an' or the 'of' of 'a kind of': a link after which a modifier still describes the head."""
        if i is None:
            return False
        low = self._low(i)
        if low in ("a", "an"):
            return True
        before = self._prev(i, sentence_at(self.doc, i))
        return low == "of" and before is not None and self._low(before) in self.classifiers

    def _word_class(self, i: int) -> str | None:
        low = self._low(i)
        return self.kind_classes.get(low) or ("plant" if low in self.part_ids else None) or (
            "family" if low in self.bare_families else None)

    def _corrected_after(self, start: int, end: int, sentence: Span) -> bool:
        """'people assume kava is a mushroom, but it is a root': a contrast later in the sentence
        restates what the substance is (a pronoun or a name, a copula, a kind, part or family
        word), so the first description is reported belief, not the text's claim. So does a
        contrast that denies it outright ('…, but it isn't.', '…, but that's not true'), so does
        a correction opener after a comma ('…, turns out it's a fungus', '…, in fact it is a root'), and
        the next sentence when it opens with a correction ('In fact, it is a root.',
        'Actually, it's a tree.') or is a bare denial ('It isn't.')."""
        claimed = {self._word_class(n) for n in range(start, end)} - {None}
        i = end
        while i < sentence.end:
            if self._low(i) in self.contrasts:
                k = self._next(i, sentence)
                while k is not None and self._low(k) in self.link_adverbs | {"in", "fact", ","}:
                    k = self._next(k, sentence)
                if k is None:
                    return False
                verdict = self._restatement(k, sentence, claimed)
                if verdict is not None:
                    return verdict
            elif self._text(i) == ",":  # "I thought chaga was a plant, turns out it's a fungus"
                k = self._phrase_at(self._next(i, sentence), self.correction_openers, sentence)
                while k is not None and k < sentence.end and (self._skippable(k) or self._text(k) == ","):
                    k += 1
                if k is not None and k < sentence.end:
                    verdict = self._restatement(k, sentence, claimed)
                    if verdict is not None:
                        return verdict
            i += 1
        if sentence.end >= len(self.doc):
            return False
        following = sentence_at(self.doc, sentence.end)
        k = following.start
        while k < following.end and self._skippable(k):
            k += 1
        opened = False
        while k < following.end:
            phrase = self._phrase_at(k, self.correction_openers, following)
            if phrase is None:
                break
            opened, k = True, phrase
            while k < following.end and (self._skippable(k) or self._text(k) == ","):
                k += 1
        if k >= following.end:
            return False
        if opened:
            return bool(self._restatement(k, following, claimed))
        return self._denial(k, following, bare=True)

    def _restatement(self, k: int, sentence: Span, claimed: set) -> bool | None:
        """At token k, after a contrast: True when 'it is a root' restates the substance as
        another kind, part or family than `claimed`, or 'it isn't' denies the claim; False when
        it restates it as the same ('…, but it is a mushroom'); None when k opens no restatement."""
        if self._denial(k, sentence):
            return True
        if not claimed:
            return None  # only a kind, part or family word can be corrected by another
        subject = k in self.covering or self._low(k) in ("it", "they", "this", "that")
        k = self.covering[k].end - 1 if k in self.covering else k
        copula = self._next(k, sentence) if subject else None
        if copula is not None and self._low(copula) in self.copulas:
            k, steps = self._next(copula, sentence), 0
            while k is not None and steps < 4:
                low = self._low(k)
                if low in ("not", "n't", "never"):
                    return None
                restated = self._word_class(k)
                if restated is not None:  # "…, but it is a mushroom" is no correction of "mushroom"
                    return restated not in claimed
                k, steps = self._next(k, sentence), steps + 1
        return None

    DENIED_BY = {"false", "wrong", "untrue", "incorrect", "mistaken", "nonsense", "inaccurate"}
    DENIAL_ENDS = {"true", "so", "correct", "right", "accurate", "the case", "one"}

    def _denial(self, k: int, sentence: Span, bare: bool = False) -> bool:
        """'it isn't', 'it is not (true)', 'that's false', 'they aren't': a pronoun and copula
        that deny what was said and end the clause ('…, but reishi isn't' is about reishi).
        With `bare`, the denial is a sentence of its own ('It isn't.')."""
        if self._low(k) not in ("it", "they", "that", "this"):
            return False
        copula = self._next(k, sentence)
        if copula is None or self._low(copula) not in self.copulas | {"isn't", "aren't", "wasn't"}:
            return False
        k = self._next(copula, sentence)
        negated = self._low(copula).endswith("n't")
        if k is not None and self._low(k) in ("not", "n't"):
            negated, k = True, self._next(k, sentence)
        if k is not None and not negated and self._low(k) in self.DENIED_BY:
            negated, k = True, self._next(k, sentence)
        elif k is not None and negated and self._low(k) in self.DENIAL_ENDS:
            k = self._next(k, sentence)
        if not negated:
            return False
        return k is None or self._text(k) in (".", "!", ";", ")", "—", "–") or (
            self._text(k) == "," and not bare)

    # ------------------------------------------------------------------ kind words before the mention

    def _leading_owners(self, d, sentence: Span) -> list[tuple[object, int]]:
        """(owner, end of the reported span) for each substance a description before it names."""
        after = self._next(d.end - 1, sentence)
        if after is None:
            return []
        word = self._span_text(d.start, d.end).lower()
        before = self._prev(d.start, sentence)
        # "fungal kava": a kind adjective right before the name
        mention = self._mention_at(after)
        if mention is not None:
            if word not in self.kind_adjectives or (
                    before is not None and (before in self.ending or self._text(before) in ("-",))):
                return []
            return [(self._owner_of_mention(mention, "modifier"), mention.end)]
        if self._contrasted(d.start, sentence):
            return []
        if self._text(after) == ",":  # "12 herbs, including reishi …"
            end = self._phrase_at(self._next(after, sentence), self.example_links, sentence)
            if end is not None and self._low(end - 1) != "like":
                return self._list_from(self._next(end - 1, sentence), sentence, "example")
        # "our newest mushroom, kava," / "this shroom — ashwagandha —" / "the top mushroom supplement, maca,"
        # / "our herb of the month, cordyceps,"
        mark = after
        if self._low(mark) in self.product_words and not self._word(mark).is_punct:
            mark = self._next(mark, sentence)
        counted = self._counted(d.start, sentence)
        if counted and mark == after and mark is not None and self._word(mark).is_alpha \
                and self._low(mark) not in self.stops and mark not in self.covering:
            mark = self._next(mark, sentence)  # any head after a count: "our 3-mushroom stack: …"
        if counted and mark is not None and mark != after and self._low(mark) == "of":
            # "a five-mushroom blend of reishi, chaga and maca": the blend's items are the mushrooms counted
            return self._list_from(self._next(mark, sentence), sentence, "example", to_end=True)
        if mark is not None and self._low(mark) == "of":
            det = self._next(mark, sentence)
            noun = self._next(det, sentence) if det is not None and self._low(det) in self.determiners else None
            if noun is not None and self._word(noun).is_alpha and noun not in self.covering:
                mark = self._next(noun, sentence)
        if mark is not None and mark != after:
            mark = self._past_title_clause(d.start, mark, sentence)
        if mark is not None and self._text(mark) in (",", ":", *DASHES):
            first = self._next(mark, sentence)
            mention = self._mention_at(first)
            if mention is not None and self._text(mark) == ":" and (_is_plural(word) or counted):
                # "adaptogenic mushrooms: reishi, …", "our 4-mushroom blend: reishi, …"
                return self._list_from(first, sentence, "example", to_end=True)
            if mention is not None and not self._listed(mention, sentence) \
                    and self._opens_noun_phrase(d.start, sentence):
                return [(self._owner_of_mention(mention, "apposition"), mention.end)]
            return []
        # "a mushroom called kava", "the fungus known as kratom"
        end = self._phrase_at(after, self.naming_links, sentence)
        if end is not None:
            mention = self._mention_at(self._next(end - 1, sentence))
            return [(self._owner_of_mention(mention, "naming"), mention.end)] if mention is not None else []
        # "mushrooms like kava and reishi", "adaptogenic herbs such as reishi"
        end = self._phrase_at(after, self.example_links, sentence)
        if end is not None:
            return self._list_from(self._next(end - 1, sentence), sentence, "example")
        return []

    HEADER_LABELS = {"subject", "re", "fwd", "fw", "preheader"}

    def _after_header_label(self, colon: int, sentence: Span) -> bool:
        """Is `colon` the colon of an email's header label that opens the line ("Subject: The mushroom drink …")?"""
        label = self._prev(colon, sentence)
        return self._text(colon) == ":" and label is not None and self._low(label) in self.HEADER_LABELS \
            and self._prev(label, sentence) is None

    TITLE_CLAUSE_WORDS = 6
    TITLE_CLAUSE_DENIALS = {"not", "never", "n't", "no", "nor", "without", "unlike", "than", "instead"}

    def _past_title_clause(self, start: int, mark: int, sentence: Span) -> int:
        """A title's description with a short clause after its head word, then a colon and the name that closes the
        line: "The mushroom drink everyone's talking about: kava!", "The mushroom tea that's taking over TikTok:
        maca." The colon (else `mark` itself) is returned; only a few words are read."""
        det = self._prev(start, sentence)
        if det is None or self._low(det) not in self.determiners:
            return mark
        before = self._prev(det, sentence)
        if before is not None and self._text(before) != ":":
            return mark
        k, steps = mark, 0
        while k is not None and steps < self.TITLE_CLAUSE_WORDS and self._text(k) != ":":
            if k in self.covering or self._low(k) in self.TITLE_CLAUSE_DENIALS or not (
                    self._word(k).is_alpha or self._text(k) in ("'s", "’s")):
                return mark
            k, steps = self._next(k, sentence), steps + 1
        if k is None or self._text(k) != ":":
            return mark
        mention = self._mention_at(self._next(k, sentence))
        if mention is None:
            return mark
        closing = self._next(mention.end - 1, sentence)
        if closing is not None and self._text(closing) not in (".", "!", "?"):
            return mark
        return k

    COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
              "both": 2}  # "kava and kratom, both mushrooms": "both" counts a pair

    def _counted_list_owners(self, d, sentence: Span) -> list[tuple[object, int]]:
        """'kava, kratom and reishi, three mushrooms from …', 'lion's mane with turkey tail, two
        plants': a plural kind word after a count (and up to two plain modifiers) in apposition
        to the list of names just before the comma. The count must be the number of names
        listed ('kava, kratom and reishi, two mushrooms and a root' is no such summary); 'with'
        joins a pair only."""
        word = self._span_text(d.start, d.end).lower()
        if not _is_plural(word):
            return []
        k, modifiers = self._prev(d.start, sentence), 0
        while k is not None and self._low(k) not in self.COUNTS and modifiers < 2:
            if not self._word(k).is_alpha or self._low(k) in self.stops or k in self.covering \
                    or self._low(k) in self.determiners:
                return []
            k, modifiers = self._prev(k, sentence), modifiers + 1
        if k is None or self._low(k) not in self.COUNTS:
            return []
        count = self.COUNTS[self._low(k)]
        comma = self._prev(k, sentence)
        if comma is None or self._text(comma) != "," or (j := self._prev(comma, sentence)) is None \
                or j not in self.ending:
            return []
        items = [self.ending[j]]
        joiners: list[str] = []
        k = self._prev(items[-1].start, sentence)
        while k is not None and self._low(k) in (*LIST_JOINERS, "with"):
            step = []
            while k is not None and self._low(k) in (*LIST_JOINERS, "with"):
                step.append(self._low(k))
                k = self._prev(k, sentence)
            if k is None or k not in self.ending:
                break
            joiners.extend(step)
            items.append(self.ending[k])
            k = self._prev(self.ending[k].start, sentence)
        if len(items) != count or ("with" in joiners and count != 2):
            return []
        if self._coordinated_kinds(d, sentence):
            return []  # "kava and reishi, two roots and mushrooms"
        after = self._next(d.end - 1, sentence)
        if after is not None and self._low(after) in ("and", "or", "&", "/"):
            return []  # "reishi and kava, both mushrooms and roots": the kinds are shared out
        return [(self._owner_of_mention(m, "apposition"), d.end) for m in reversed(items)]

    # The generic word of each life form, which denied of a name says it is not that form at all ("neither kava
    # nor kratom is a plant"). Not the narrower words a denial may rightly correct ("chaga is not a mushroom but a
    # conk", "kava is not a tree"), nor "alga" (spirulina is a cyanobacterium).
    DENIED_KINDS = {"plant": {"plant", "plants"}, "fungus": {"fungus", "fungi"}}

    def _neither_owners(self, d, sentence: Span) -> list[tuple[object, int]]:
        """'Neither kava nor kratom is a plant', 'neither reishi nor chaga is really a fungus': the generic word
        of a life form (DENIED_KINDS) closing a clause whose subject is a 'neither … nor …' list of names. The
        owners are the names of that form, each with the index of 'neither' (where the claim starts)."""
        if self._low(d.start) not in self.DENIED_KINDS[d.value] or d.end != d.start + 1:
            return []
        after = self._next(d.start, sentence)
        if after is not None and not (self._word(after).is_punct and self._text(after) not in HYPHENS):
            return []  # "… is a plant you should mix with alcohol", "a plant-based cure"
        k = self._prev(d.start, sentence)
        if k is not None and self._low(k) in ("a", "an"):
            k = self._prev(k, sentence)
        while k is not None and self._low(k) in self.link_adverbs:
            k = self._prev(k, sentence)
        if k is None or self._low(k) not in ("is", "are", "was", "were"):
            return []
        names, k = [], self._prev(k, sentence)
        while k is not None and k in self.ending:
            names.append(self.ending[k])
            k = self._prev(self.ending[k].start, sentence)
            if k is None or self._low(k) not in ("nor", "neither", ","):
                return []
            if self._low(k) == "neither":
                break
            k = self._prev(k, sentence)
            if k is not None and self._text(k) == ",":
                k = self._prev(k, sentence)  # "neither kava, kratom, nor maca"
        if k is None or self._low(k) != "neither" or len(names) < 2:
            return []
        before = self._prev(k, sentence)
        if before is not None and not self._word(before).is_punct:
            return []  # the list opens its clause: not "it's a myth that neither …"
        owners = []
        for mention in reversed(names):
            substance = self.knowledge.substances.get(mention.label_)
            if substance is not None and substance.kind == d.value:
                owners.append((self._owner_of_mention(mention, "copula"), k))
        return owners

    def _denied_words(self, substance) -> dict[str, str]:
        """The words (and their singulars) that name what `substance` is, whose bare denial is false (the wrong-kind
        rule's `denial` kinds and forms: "plant" of kava, "tree" of kratom, "mushroom" of lion's mane)."""
        cached = self._denied_words_cache.get(substance.id)
        if cached is not None:
            return cached
        denial = (self.rules["wrong-kind"].spec.get("denial") or {}) if "wrong-kind" in self.rules else {}
        singulars = list((denial.get("kinds") or {}).get(substance.kind) or [])
        if substance.id not in (denial.get("forms_except") or []):
            singulars += (denial.get("forms") or {}).get(substance.form) or []
        words = denial.get("words") or {}
        found = {str(word).lower(): str(singular).lower() for singular in singulars
                 for word in words.get(singular) or [singular]}
        self._denied_words_cache[substance.id] = found
        return found

    # After a denied word, before the sentence's end: "Kratom isn't a tree at all.", "… a plant whatsoever".
    DENIAL_CLOSERS = (("at", "all"), ("whatsoever",))
    DENIAL_NEGATIONS = {"not", "n't", "never", "no"}

    def _single_denial_owners(self, d, sentence: Span) -> list[tuple[object, int]]:
        """'Kava is not a plant.', 'Kratom isn't a tree at all.', 'Contrary to popular belief, chaga is not a
        fungus.', 'Lion's mane is no mushroom.': a name's true kind or form (_denied_words) denied as the bare
        predicate of a clause the name opens ('Maitake mushrooms are not fungi.': or a kind noun true of the name
        after it). The word must close the sentence, or a clause whose correction takes the denial literally
        (_denial_corrected: '…, it's a mushroom', '…; it's a root', '…, it's a drink'): 'not a plant you should
        smoke', 'not a plant-based protein', 'not just a plant', 'not a typical plant' and 'not a plant; it's a way
        of life' deny something else. The owners are the names (a list before the copula shares the predicate),
        each with the index where the claim starts."""
        if d.end != d.start + 1:
            return []
        word = self._low(d.start)
        after = self._denial_break(d.start, sentence)
        if after is not None:
            if self._low(after) != "but" and (not self._word(after).is_punct or self._text(after) in HYPHENS
                                              or self._text(after) in ("(", "/")):
                return []
            if self._text(after) not in (".", "!", "?", "…") and not self._denial_corrected(after, word, sentence):
                return []  # "Kava isn't a plant; it's a way of life.", "… not a plant but a ritual"
        k = self._prev(d.start, sentence)
        if k is not None and self._low(k) in ("a", "an"):
            k = self._prev(k, sentence)
            negations = self.DENIAL_NEGATIONS - {"no"}
        elif word in ("plants", "fungi", "bacteria", "cyanobacteria", "algae", "trees", "mushrooms", "seaweeds"):
            negations = self.DENIAL_NEGATIONS  # "kava and kratom are not plants", "shiitake mushrooms are no fungi"
        else:
            negations = {"no"}  # "is no plant": only after "no"
        k = self._skip_denial_adverbs(k, sentence)
        if k is None or self._low(k) not in negations:
            return []
        k = self._skip_denial_adverbs(self._prev(k, sentence), sentence)
        if k is None or self._low(k) not in ("is", "are", "was", "were", "'s", "’s"):
            return []
        subject = self._prev(k, sentence)
        if subject is not None and self._text(subject) == ",":
            # "Kratom, it turns out, is not a tree.", "Kava, unlike reishi, is not a plant.": an aside set off by
            # commas (naming no substance, or a comparison's) between the name and its copula
            j, steps = self._prev(subject, sentence), 0
            while j is not None and steps < 6 and self._text(j) != "," and (self._word(j).is_alpha or j in self.covering):
                j, steps = self._prev(j, sentence), steps + 1
            opener = self._next(j, sentence) if j is not None else None
            named = any(i in self.covering for i in range(j + 1, subject)) if j is not None else True
            if not steps or j is None or self._text(j) != "," or (
                    named and self._phrase_at(opener, self.comparison_asides, sentence) is None):
                return []
            subject = self._prev(j, sentence)
        head = None
        if subject is not None and subject not in self.ending and self._low(subject) in self.kind_classes:
            # "Maitake mushrooms are not fungi.", "Kratom trees aren't plants at all.": a kind noun after the name,
            # which must be true of it (checked below; not "kava roots" or "kava drinks": a part or a product is no
            # plant)
            head, subject = subject, self._prev(subject, sentence)
        if subject is None or subject not in self.ending:
            return []
        owner = self._owner_of_mention(self.ending[subject], "copula")
        owners = []
        for each in self._with_co_subjects(owner, sentence):
            substance = self.knowledge.substances.get(each.substance)
            if substance is None or word not in self._denied_words(substance) \
                    or (head is not None and not self._true_kind_noun(self._low(head), substance)):
                return []  # "Kava and reishi are not mushrooms": true of kava, a list denied as a whole
            owners.append((each, each.start if each.start is not None else subject))
        return owners

    def _denial_break(self, i: int, sentence: Span):
        """The token after a denied word at i and its closers ('at all', 'whatsoever'), or None at the end."""
        after = self._next(i, sentence)
        for closer in self.DENIAL_CLOSERS:
            if after is not None and self._lows(after, min(sentence.end, after + len(closer))) == closer:
                return self._next(after + len(closer) - 1, sentence)
        return after

    def _true_kind_noun(self, noun: str, substance) -> bool:
        """A kind word naming what `substance` is, as the head of '<name> <noun>' ('maitake mushrooms', 'kratom
        trees', 'ashwagandha plants'): of a class it may be called, and no other woody form ('kava trees')."""
        if noun in self.head_only_kinds or self.kind_classes.get(noun) not in self._allowed_kinds(substance):
            return False
        form = self.WOODY.get(noun)
        return form is None or form == substance.form

    # What a clause correcting a denial may open with, before its predicate: "…, it's a root", "…; it is really a
    # drink", "… but rather a powder", "… — they're roots".
    CORRECTION_OPENERS = {"but", "rather", "instead", "it", "they", "'s", "’s", "is", "are", "'re", "’re",
                          "really", "actually", "just", "simply", "merely", "only", "in", "fact"}

    def _denial_corrected(self, after: int, word: str, sentence: Span) -> bool:
        """After a denied kind ('Kava is not a plant') and the break at `after`, a correction that says what the name
        is instead, taking the denial literally: a kind word anywhere after ('…, it's a mushroom', '… but a kind of
        algae'), or a part or product word heading the correction's description ('…; it's a root', '…, it's a
        drink', '… but a powder from Fiji'). Not an abstract noun ('…, it's a way of life', '… but a ritual'), nor a
        correction that says the denied word itself ('…, it's a plant medicine': not the literal denial)."""
        denial = (self.rules["wrong-kind"].spec.get("denial") or {}) if "wrong-kind" in self.rules else {}
        same = {word}
        for group in (denial.get("words") or {}).values():
            spellings = {str(g).lower() for g in group}
            if word in spellings:
                same |= spellings
        rest = range(after + 1, sentence.end)
        if any(self._low(i) in same for i in rest):
            return False
        if any(self._low(i) in self.kind_classes for i in rest):
            return True
        head = self._correction_head(after, sentence)
        return head is not None and (head in self.part_ids or head in self.denial_corrections)

    def _correction_head(self, after: int, sentence: Span) -> str | None:
        """The head noun of the description a correction clause after the break at `after` gives ('…; it's a
        root', '… but rather a fine powder'), or None when none is read."""
        k = self._next(after, sentence)
        pronoun = False
        while k is not None and self._low(k) in self.CORRECTION_OPENERS:
            pronoun = pronoun or self._low(k) in ("it", "they")
            k = self._next(k, sentence)
        if k is not None and self._low(k) in ("a", "an"):
            k = self._next(k, sentence)
        elif not pronoun:
            return None  # "…, a drink" with no article or pronoun: not read
        chunk = []
        while k is not None and len(chunk) < 4 and self._word(k).is_alpha and self._low(k) not in self.stops:
            chunk.append(k)
            k = self._next(k, sentence)
        if not chunk or len(chunk) > 3:
            return None  # "…, it's a drink people share with friends": not read
        if k is not None and not self._word(k).is_punct and self._low(k) not in self.stops:
            return None
        return self._low(chunk[-1])

    def _skip_denial_adverbs(self, k, sentence: Span):
        """The token before the denial adverbs ending at `k` ('really', 'actually', 'in fact')."""
        adverbs = self._denial_adverbs
        while k is not None:
            if self._low(k) in adverbs:
                k = self._prev(k, sentence)
            elif self._low(k) == "fact" and (j := self._prev(k, sentence)) is not None and self._low(j) == "in" \
                    and "in fact" in adverbs:
                k = self._prev(j, sentence)
            else:
                break
        return k

    def _denial_blocked(self, rule, first: int, end: int, sentence: Span) -> bool:
        """_blocked for a denied true kind: a corrective cue ('contrary to popular belief') opens the sentence's
        own denial and excuses nothing; a myth label or 'mistakenly' still does."""
        cues = [i for i in self.corrective_at if sentence.start <= i < sentence.end]
        if any(not (i < first and self._low(i) == "contrary") for i in cues):
            return True
        if self._corrected_after(first, end, sentence):
            # "Kava is not a plant; it's a tea.": the denial's own correction, a product word that is also a family's
            # ("tea", "coffee"), restates nothing the denial reported
            after = self._denial_break(end - 1, sentence)
            if after is None or self._correction_head(after, sentence) not in self.denial_corrections:
                return True
        if self._rhetorical(sentence):
            rule = self._asserting(rule)
        return blocked_by_context(self.doc, rule, first, end, (first, end))

    def _report_denied_kind(self, d, owners: list, sentence: Span):
        rule = self.rules.get("wrong-kind")
        if rule is None:
            return
        for owner, first in owners:
            if self._denial_blocked(rule, first, d.end, sentence):
                continue
            substance = self.knowledge.substances[owner.substance]
            kind = self._denied_words(substance).get(self._low(d.start), d.value)
            for finding in self._report(rule, owner, substance, sentence, first, d.end, claimed=f"no {kind}"):
                values = {"match": self._span_text(first, d.end), "name": substance.name,
                          "kind": kind, "kind_a": ("an " if kind[:1] in "aeiou" else "a ") + kind, "identity": self._identity(substance)}
                denial = rule.spec.get("denial") or {}
                finding.message = render(denial.get("message", finding.message), **values)
                finding.correction = render(denial.get("correction", finding.correction), **values)
                yield finding

    EITHER_CLAUSE_OPENERS = {":", ";", ",", "—", "–", "--", "and", "while", "whereas", "but"}

    def _either_owners(self, d, sentence: Span) -> list[tuple[object, int]]:
        """'Kratom vs. kava: one is a mushroom, the other is a root', 'kava and reishi: one a fungus, the
        other a leaf': a kind said of 'one' or 'the other' of the names before it is said of one of them,
        unnamed. It is wrong only when it fits none of them (the first name owns the finding); 'kava vs
        reishi: one is a mushroom' is right."""
        k = self._prev(d.start, sentence)
        while k is not None and k not in self.covering and self._word(k).is_alpha and self._low(k) not in self.stops \
                and self._low(k) not in self.determiners and self._low(k) not in self.copulas:
            k = self._prev(k, sentence)  # a plain modifier: "one is a medicinal mushroom"
        if k is None or self._low(k) not in ("a", "an"):
            return []
        k = self._prev(k, sentence)
        if k is not None and self._low(k) in ("is", "was", "'s", "’s"):
            k = self._prev(k, sentence)
        if k is None or self._low(k) not in ("one", "other"):
            return []
        if self._low(k) == "other":
            k = self._prev(k, sentence)
            if k is None or self._low(k) != "the":
                return []
        opener = self._prev(k, sentence)
        if opener is None or self._low(opener) not in self.EITHER_CLAUSE_OPENERS:
            return []
        after = self._next(d.end - 1, sentence)
        if after is not None and not (self._word(after).is_punct and self._text(after) not in HYPHENS) \
                and self._low(after) not in ("and", "but", "while", "whereas", "from") \
                and self._low(after) not in self.postmodifiers:
            return []  # "one was a real mushroom of a trip": the kind word must close its phrase
        named = [m for m in self.mentions if sentence.start <= m.start and m.end <= opener]
        substances = [self.knowledge.substances.get(label) for label in dict.fromkeys(m.label_ for m in named)]
        if len(substances) < 2 or any(s is None or self._fits(d, s) for s in substances):
            return []
        return [(self._owner_of_mention(named[0], "apposition"), d.end)]

    def _with_co_subjects(self, owner, sentence: Span) -> list:
        """The owner of a copula or family link and, when its name ends a list that opens the
        sentence ('Kratom and reishi are …', 'Both kava and kratom are …', 'Ashwagandha, maca
        and rhodiola are …'), the other names of the list: the predicate is said of each.
        Lists joined by 'or', and names set apart by an opener ('Unlike kava, reishi and
        chaga are …'), give the owner alone."""
        if owner.frame not in ("copula", "family") or owner.start is None or owner.start not in self.covering:
            return [owner]
        mention = self.covering[owner.start]
        after = self._next(mention.end - 1, sentence)
        if after is None or self._word(after).is_punct:
            return [owner]
        items, joiners = [], []
        k = self._prev(mention.start, sentence)
        while k is not None and self._low(k) in (",", "and", "&"):
            while k is not None and self._low(k) in (",", "and", "&"):  # ", and" (the Oxford comma)
                joiners.append(self._low(k))
                k = self._prev(k, sentence)
            if k is None or k not in self.ending:
                return [owner]
            items.append(self.ending[k])
            k = self._prev(self.ending[k].start, sentence)
        if not items or not set(joiners) & {"and", "&"}:
            return [owner]
        if k is not None and self._low(k) not in ("both", "all", "our", "the", "these", "my", "your", "their") \
                and self._text(k) not in (":", "—", "–"):
            return [owner]
        others = [self._owner_of_mention(m, owner.frame) for m in reversed(items) if m.label_ != mention.label_]
        return [owner, *others]

    def _respective(self, d, sentence: Span, after_only: bool = False) -> bool:
        """'kava and reishi are a root and a mushroom (respectively)': a predicate that lists
        descriptions, one for each name (with `after_only`, only those after d are looked for)."""
        k, steps = self._prev(d.start, sentence), 0
        while not after_only and k is not None and steps < 8 and self._low(k) not in self.copulas:
            if self._low(k) in ("and", "or", ",", "&", "respectively"):
                return True
            k, steps = self._prev(k, sentence), steps + 1
        k, steps = self._next(d.end - 1, sentence), 0
        joined = False
        while k is not None and steps < 5:
            low = self._low(k)
            if low in ("and", "or", ",", "&"):
                joined = True
            elif joined and (low in self.kind_classes or low in self.part_ids or low == "respectively"):
                return True
            elif low in self.stops or (self._word(k).is_punct and self._text(k) not in HYPHENS):
                return False
            k, steps = self._next(k, sentence), steps + 1
        return False

    def _coordinated_kinds(self, d, sentence: Span) -> set[str]:
        """The classes of the kind and part words listed before the kind word at d in one
        coordination: {"plant"} for "herbs and mushrooms", {"plant"} for "mushrooms, roots and
        herbs", {"plant"} for "plants or fungi". Each conjunct may carry up to two modifiers
        ("medicinal mushrooms and adaptogenic herbs"); the list must hold a joiner."""
        found: set[str] = set()
        i, joined, modifiers = self._prev(d.start, sentence), False, 0
        while i is not None:
            low = self._low(i)
            if low in LIST_JOINERS:
                joined, modifiers = True, 0
            elif joined and self._word_class(i) in self.kind_classes.values() or (
                    joined and low in self.part_ids):
                found.add(self._word_class(i))
                modifiers = 0
            elif self._word(i).is_alpha and i not in self.covering and low not in self.stops \
                    and low not in self.determiners and modifiers < 2:
                modifiers += 1
            else:
                break
            i = self._prev(i, sentence)
        return found

    # ------------------------------------------------------------------ kinship

    def _relation_owner(self, d, sentence: Span):
        """The substance said to be kin to the family word at d: 'kava, a cousin of (black)
        coffee', 'kratom is related to coffee', 'chamomile, a mint relative'."""
        after = self._next(d.end - 1, sentence)
        if after is not None and self._low(after) in self.relation_nouns:
            owner = self._attach(d.start, after + 1, sentence)
            if owner is None:  # "kava is made from the root of a coffee relative"
                owner = self._source_frame_owner(after, sentence)
            return owner
        j = self._prev(d.start, sentence)
        if j is not None and self._low(j) == "the" and (k := self._prev(j, sentence)) is not None \
                and self._low(k) in ("and", "&"):
            j = k  # "kratom and the opium poppy are related": the plant's article after "and"
        if j is not None and self._low(j) in ("and", "&"):
            # "turmeric and cumin are close relatives": a name and a family's plant joined as kin
            named = self._prev(j, sentence)
            if named is not None and named in self.ending and self._pair_kinship(d.end - 1, sentence):
                return self._owner_of_mention(self.ending[named], "relation")
            return None
        if j is not None and self._word(j).is_alpha and self._low(j) not in self.stops \
                and self._ends_with(j, self.relation_links, sentence) is None:
            j = self._prev(j, sentence)  # one modifier: "black pepper", "garden mint"
            if j is not None and self._low(j) in ("the", "a", "an") \
                    and self._ends_with(j, self.relation_links, sentence) is None:
                j = self._prev(j, sentence)  # and its article: "a cousin of the garden rose"
        link = self._ends_with(j, self.relation_links, sentence) if j is not None else None
        if link is None:
            return None
        before = self._prev(link, sentence)
        if before is not None and before in self.ending:
            return self._owner_of_mention(self.ending[before], "relation")
        owner = self._walk(link, d.end, sentence, participle=True)
        if owner is None:  # "kava comes from a shrub related to coffee", "… from a relative of coffee"
            owner = self._source_noun_owner(before, sentence, link)
        return owner

    def _relation_between(self, first: Span, second: Span, between: list[int], sentence: Span) -> bool:
        """'maca is related to ginseng', 'kava, a cousin of kratom', 'ashwagandha, a ginseng relative'."""
        lows = [self._low(i) for i in between]
        if lows in (["and"], ["&"]):
            return self._pair_kinship(second.end - 1, sentence)  # "kratom and kava are (botanical) cousins"
        if self._kin_aside(lows, between, second, sentence) or self._possessive_kin(lows, between, second, sentence):
            return True
        if len(lows) > 2 and lows[1] == "," and (lows[0] in self.kind_classes or lows[0] in self.part_ids):
            # "the kratom plant, a close cousin of kava": the head noun after the first name
            lows, between = lows[1:], between[1:]
        if lows[:1] and (lows[0] in self.copulas or lows[0] == ","):
            lows = lows[1:]
        if len(lows) > 1 and lows[-1] in ("the", "a", "an"):  # "kratom is related to the kava plant"
            lows = lows[:-1]
        after = self._next(second.end - 1, sentence)
        if lows in (["a"], ["an"], ["the"]) and after is not None and self._low(after) in self.relation_nouns:
            return True
        if bool(lows) and tuple(lows) in self.relation_links.get(lows[-1], ()):
            return True
        # Up to two modifiers before the kin noun, after an article and a link adverb: "kratom, a leafy cousin of
        # kava", "kava, a tropical relative of kratom", "kratom is basically the Southeast Asian cousin of kava".
        # Not a modifier that loosens the kinship ("a distant cousin of").
        if len(lows) >= 3 and lows[-1] == "of" and lows[-2] in self.relation_nouns:
            head = lows[:-2]
            while head and head[0] in self.link_adverbs:
                head = head[1:]
            if head and head[0] in ("a", "an", "the") and len(head) <= 3:
                modifiers = between[len(between) - 2 - (len(head) - 1):len(between) - 2]
                return all(self._word(m).is_alpha for m in modifiers) and not any(
                    low in self.stops or low in self.loose_kin for low in head[1:])
        return False

    PAIR_KIN_COPULAS = {"are", "were", "'re", "’re"}
    PAIR_KIN_ADJECTIVES = {"closely", "related", "close", "botanical", "plant", "near", "first", "kissing"}
    # "kratom and kava are sister plants", "… related species": a kin modifier before a plural organism noun
    # (not "sister brands", "related products", "related businesses": those are trade, not kinship)
    PAIR_KIN_MODIFIERS = {"sister", "related", "kindred"}
    PAIR_KIN_ORGANISMS = {"plants", "species", "herbs", "shrubs", "trees", "botanicals", "fungi", "mushrooms"}
    # Words after "related in"/"cousins in" that keep the phrase botanical: "cousins in the plant world",
    # "related in the botanical sense"; not "related in the minds of shoppers", "cousins in name only".
    KIN_IN_WORDS = {"plant", "plants", "botany", "botanical", "botanically", "kingdom", "taxonomy", "taxonomic",
                    "taxonomically", "evolutionary", "evolution", "family", "families", "genus", "lineage"}

    def _pair_kinship(self, last: int, sentence: Span) -> bool:
        """'Kratom and kava are (close/botanical) cousins', 'kava and kratom are closely
        related', 'kratom and kava are sister plants': two names joined by 'and' (the second
        ending at token `last`) whose copula, one modifier at most, and a plural kin noun (or
        'related', or a kin modifier and a plural organism noun) end the clause. Not a longer
        predicate ('are often called cousins', 'are related products')."""
        k = self._next(last, sentence)
        if k is None or self._low(k) not in self.PAIR_KIN_COPULAS:
            return False
        k = self._next(k, sentence)
        if k is not None and self._low(k) in self.PAIR_KIN_ADJECTIVES and self._low(k) != "related":
            k = self._next(k, sentence)
        if k is not None and self._low(k) in self.PAIR_KIN_MODIFIERS:
            organism = self._next(k, sentence)
            if organism is not None and self._low(organism) in self.PAIR_KIN_ORGANISMS:
                k = organism
        if k is None or self._low(k) not in ("cousins", "relatives", "related", *self.PAIR_KIN_ORGANISMS):
            return False
        if self._low(k) in self.PAIR_KIN_ORGANISMS and self._low(self._prev(k, sentence)) not in self.PAIR_KIN_MODIFIERS:
            return False
        after = self._next(k, sentence)
        if after is not None and self._low(after) in ("in", "within"):
            # "cousins in the plant world", not "cousins in name only", "related in the minds of shoppers"
            k, steps = self._next(after, sentence), 0
            while k is not None and steps < 3 and self._word(k).is_alpha:
                if self._low(k) in self.KIN_IN_WORDS:
                    return True
                k, steps = self._next(k, sentence), steps + 1
            return False
        return after is None or (self._word(after).is_punct and self._text(after) not in HYPHENS) \
            or self._low(after) in ("botanically", "but", "and")

    KIN_ASIDE_OPENERS = {"like", "unlike"}
    KIN_POSSESSIVES = {"its", "their"}

    def _kin_noun_after(self, k: int | None, sentence: Span) -> int | None:
        """The kin noun ('cousin', 'relative') at k or after one plain modifier there ('close
        cousin', 'botanical relative'); not a loosening one ('distant cousin')."""
        if k is None:
            return None
        if self._low(k) in self.relation_nouns:
            return k
        if not self._word(k).is_alpha or self._low(k) in self.stops or self._low(k) in self.loose_kin \
                or k in self.covering:
            return None
        k = self._next(k, sentence)
        return k if k is not None and self._low(k) in self.relation_nouns else None

    def _kin_aside(self, lows: list[str], between: list[int], second: Span, sentence: Span) -> bool:
        """'Kava, like its (close) relative kratom, is …': the second name given as the first's kin
        in an aside opened by 'like'/'unlike' and 'its'/'their' and closed by a comma or the end."""
        if len(lows) < 4 or lows[0] != "," or lows[1] not in self.KIN_ASIDE_OPENERS or lows[2] not in self.KIN_POSSESSIVES:
            return False
        noun = self._kin_noun_after(between[3], sentence)
        if noun is None or noun != between[-1]:
            return False
        after = self._next(second.end - 1, sentence)
        return after is None or self._text(after) in (",", ".", ";", "—", "–", "!")

    def _fronted_kin(self, first: Span, between: list[int], sentence: Span) -> int | None:
        """'Like its (close) cousin kava, kratom calms …': a fronted 'like'/'unlike' aside that opens
        the sentence and gives the first name as the kin of the second, the subject after the
        comma. The start of the aside, or None."""
        if [self._text(i) for i in between] != [","]:
            return None
        k = self._prev(first.start, sentence)
        if k is None or self._low(k) not in self.relation_nouns or self._low(k) not in ("cousin", "relative"):
            return None
        k = self._prev(k, sentence)
        if k is not None and self._low(k) not in self.KIN_POSSESSIVES:
            if not self._word(k).is_alpha or self._low(k) in self.stops or self._low(k) in self.loose_kin:
                return None
            k = self._prev(k, sentence)  # one modifier: "like its close cousin"
        if k is None or self._low(k) not in self.KIN_POSSESSIVES:
            return None
        opener = self._prev(k, sentence)
        if opener is None or self._low(opener) not in self.KIN_ASIDE_OPENERS:
            return None
        start = self._prev(opener, sentence)
        if start is not None and self._low(start) == "just":
            start = self._prev(start, sentence)
        return opener if start is None else None

    def _possessive_kin(self, lows: list[str], between: list[int], second: Span, sentence: Span) -> bool:
        """'Kratom, kava's close cousin, grows …', 'kava is kratom's botanical cousin', 'kava's
        cousin, kratom, is …': one name's possessive kin noun in apposition to, or predicated of,
        the other. The phrase must close ('kava's cousin in the shop' names no kin)."""
        if lows in ([","], ["is"], ["was"], [",", "the"]) or (len(lows) == 2 and lows[0] in ("is", "was")
                                                               and lows[1] in self.link_adverbs):
            k = self._next(second.end - 1, sentence)  # the second's possessive: "kratom, kava's cousin,"
            if k is None or self._low(k) not in ("'s", "’s", "'", "’"):
                return False
            noun = self._kin_noun_after(self._next(k, sentence), sentence)
            sister = self._next(k, sentence)
            if noun is None and sister is not None and self._low(sister) in self.PAIR_KIN_MODIFIERS:
                noun = self._next(sister, sentence)  # "kratom is kava's sister plant"
                if noun is None or self._low(noun) not in ("plant", "species", "herb", "shrub", "tree"):
                    return False
            elif noun is None or self._low(noun) not in ("cousin", "relative"):
                return False
            after = self._next(noun, sentence)
            return after is None or self._text(after) in (",", ".", ";", "—", "–", "!")
        if len(lows) >= 3 and lows[0] in ("'s", "’s", "'", "’") and lows[-1] == ",":
            # the first's possessive: "kava's (close) cousin, kratom, …"
            noun = self._kin_noun_after(between[1], sentence)
            if noun is None or noun != between[-2] or self._low(noun) not in ("cousin", "relative"):
                return False
            after = self._next(second.end - 1, sentence)
            return after is None or self._text(after) in (",", ".", ";", "—", "–", "!", ")")
        return False

    def _bare_source_between(self, first: Span, second: Span, between: list[int], sentence: Span) -> bool:
        """'CBD from hemp seed oil', 'kratom from the kava plant': a bare 'from' (a determiner or
        one plain modifier at most after it) names the second as the source of the first. Not
        when the second names a place or brand ('kratom from the kava bar down the street'), nor
        after a verb that sets the two apart ('tell CBD from hemp seed oil', 'switched to kratom
        from kava')."""
        lows = [self._low(i) for i in between]
        if not lows or lows[0] != "from" or len(lows) > 5:
            return False
        rest = [i for i in between[1:] if self._text(i) not in HYPHENS]  # "cold-pressed"
        if any(not self._word(i).is_alpha or (self._low(i) in self.stops and self._low(i) not in self.determiners)
               for i in rest) or sum(self._low(i) not in self.determiners and self._text(i - 1) not in HYPHENS
                                     for i in rest) > 1:
            return False
        after = self._next(second.end - 1, sentence)
        while after is not None and (self._low(after) in self.part_ids or self._low(after) in self.kind_classes
                                     or self._low(after) in self.product_words):
            after = self._next(after, sentence)  # "from kava leaves", "from the hemp seed oil capsules"
        if after is not None and self._low(after) in ("to", "into"):
            return False  # "moved our CBD from hemp seed oil to tinctures": a change, not a source
        if after is not None and not (self._word(after).is_punct or self._low(after) in self.stops
                                      or self._low(after) in self.copulas or self._segment_kind(after)):
            return False
        k, steps = self._prev(first.start, sentence), 0
        while k is not None and steps < 3 and self._word(k).is_alpha and k not in self.covering \
                and self._low(k) not in self.stops and self._low(k) not in self.distinguishing \
                and self._low(k) not in self.commerce:
            k, steps = self._prev(k, sentence), steps + 1  # "our organic CBD", "I love CBD"
        return k is None or not (self._low(k) in self.distinguishing or self._low(k) in self.commerce
                                 or self._low(k) in ("to", "into", "between"))

    # ------------------------------------------------------------------ Latin names

    def _latin_between(self, first: Span, second: Span, between: list[int], sentence: Span) -> bool:
        """A common name and a Latin binomial linked as names of one thing. Only the
        parenthesis may follow product words ('ashwagandha root powder (Withania somnifera)');
        the other links must close ('kava, or Piper methysticum, is …') so that lists
        ('kava, Mitragyna speciosa and …') and clauses ('unlike kava, M. speciosa is …') pass.
        A hyphen spaced on both sides is a dash ('Kratom Powder - Piper methysticum - 250g'), and so
        is a listing's bar outside a Markdown table ('Kratom Powder | Piper methysticum | 250 g'; a
        table row pairs its cells by their headings, see _table_owner)."""
        # only a title of one substance: "Kava | Mitragyna speciosa | Kratom" may list names
        bars = self._table_cells(sentence) is None and not any(
            m.start not in (first.start, second.start) for m in self.mentions
            if sentence.start <= m.start < sentence.end)
        lows = [self._dash_low(i, bars) for i in between]
        if len(lows) > 2 and lows[0] in PLANT_HEADS and lows[1] in ("'s", "'") and lows[2] != ",":
            # "the kava shrub's Latin name is …": the plant noun names the plant the name is of
            lows = lows[1:]
        if self._under_name_link(lows):  # "kratom is sold under the botanical name Piper methysticum"
            after = self._next(second.end - 1, sentence)
            if after is not None and self._low(after) in self.NAMED_PLACE_PREPS:
                return True  # "… goes by the botanical name Withania somnifera in catalogs"
            return self._latin_link_closes(first, second, lows, sentence, bars)
        if "(" in lows:
            at = lows.index("(")
            head = lows[:at]
            if len(head) <= 3 and all(self._latin_head_word(w) for w in head):
                return tuple(lows[at:]) in self.latin_links
        # a listing's product words, then a closing comma or dash: "kratom capsules, Piper methysticum, 1000 ct"
        at = next((i for i, w in enumerate(lows) if w in (",", *DASHES)), None)
        if at and at <= 3 and all(self._latin_head_word(w) for w in lows[:at]):
            rest = lows[at:]
            return tuple(rest) in self.latin_links and self._latin_link_closes(first, second, rest, sentence, bars)
        if tuple(lows) not in self.latin_links:
            return False
        return self._latin_link_closes(first, second, lows, sentence, bars)

    # prepositions that may follow a Latin name keyed by a name noun ("the Latin name X in Europe")
    NAMED_PLACE_PREPS = {"in", "on", "at", "across", "throughout", "since", "among", "within", "worldwide"}

    def _latin_head_word(self, w: str) -> bool:
        """A word that may stand between a common name and the link to its Latin name: a product or
        part word ("kava root (…)"), a plant or kind noun ("reishi mushrooms, known scientifically as …",
        "kratom trees, known botanically as …")."""
        return w in self.product_words or w in self.part_ids or w in PLANT_HEADS or w in self.kind_classes

    def _under_name_link(self, lows: list[str]) -> bool:
        """'is sold under the botanical name', ', marketed under the scientific name', 'are listed
        under the Latin name': a trade verb, 'under', a determiner and a name noun, after at most a
        copula or comma and one adverb ('is usually sold under …'); or a verb of bearing a name
        ('goes by the Latin name', 'is known by the scientific name', 'bears the botanical name')."""
        k = 0
        if k < len(lows) and lows[k] in (",", "is", "are", "was", "were", "—", "–", "--", "("):
            k += 1
            if lows[0] in (",", "—", "–", "--", "(") and k < len(lows) and lows[k] in ("which", "that"):
                k += 1  # "kava, which goes by the Latin name …"
        if k < len(lows) and lows[k] in self.link_adverbs:
            k += 1
        # "kava goes by the Latin name …", "is known by the scientific name …", "bears the botanical name …"
        bearing = next((len(p) for p in self.name_bearing_verbs if tuple(lows[k:k + len(p)]) == p), 0)
        if bearing:
            rest = ["under", *lows[k + bearing:]]
        elif k >= len(lows) or lows[k] not in self.under_name_verbs:
            return False
        else:
            rest = lows[k + 1:]
        if rest[:1] != ["under"] or len(rest) < 3 or rest[1] not in ("the", "its", "their", "a"):
            return False
        return " ".join(rest[2:]) in self.under_name_nouns

    def _latin_link_closes(self, first: Span, second: Span, lows: list[str], sentence: Span,
                           bars: bool = False) -> bool:
        before = self._prev(first.start, sentence)
        if set(lows) <= {",", "or", *DASHES} and before is not None and self._low(before) in self.stops:
            return False
        after = self._next(second.end - 1, sentence)
        if after is None:
            return True
        text = self._dash_low(after, bars)
        return text in (",", ".", ";", ":", ")", "!", *DASHES) and not (
            text == "," and self._listed(second, sentence))

    def _dash_low(self, i: int, bars: bool = False) -> str:
        """The token in lower case, with a hyphen spaced on both sides read as a dash ('Kratom
        Powder - Piper methysticum'); a joining hyphen ('kava-kratom') stays a hyphen. With `bars`,
        a listing's bar is a dash too ('Kratom Powder | Piper methysticum | 250 g')."""
        low = self._low(i)
        if bars and low in LISTING_BARS:
            return "—"
        if low in HYPHENS and i > 0 and self.doc[i - 1].whitespace_ and self.doc[i].whitespace_:
            return "—"
        return low

    EXAMPLE_LINKS = {("such", "as"), (",", "such", "as"), ("(", "such", "as"), ("—", "such", "as"),
                     ("(", "e.g.", ","), ("(", "e.g."), ("(", "eg"), (",", "e.g.", ",")}

    def _example_between(self, first: Span, second: Span, between: list[int], sentence: Span) -> bool:
        """'psilocybin mushrooms such as Amanita muscaria': the second name given as an example of
        a group the first, plural, name stands for. The example must close its phrase or end a
        list ('magic mushrooms such as Amanita muscaria lookalikes' names something else), and
        the group must not be the object of a contrast ('unlike magic mushrooms such as …' is
        rare; a negation or 'not' is left to the context cues)."""
        if tuple(self._low(i) for i in between) not in self.EXAMPLE_LINKS:
            return False
        last = self._low(first.end - 1)
        if not (last.endswith("s") and len(last) > 3):
            return False  # a single substance has no examples: "kava such as …" is no group
        after = self._next(second.end - 1, sentence)
        return after is None or self._text(after) in (",", ".", ";", ":", ")", "!", "?", *DASHES) \
            or self._low(after) in ("and", "or", "are", "is", "contain", "contains", "have", "has")

    # ------------------------------------------------------------------ aliases and sameness

    def _alias_between(self, first: Span, second: Span, between: list[int], sentence: Span) -> bool:
        """'kratom, also called kava,', 'valerian, better known as passionflower,', 'kava (aka
        kratom)': the second name given as another name of the first. The alias must close its
        phrase: 'kava, also called kratom's gentle cousin' or '… also called kava bars' name
        something else, and 'also called awa or yaqona' lists names (checked one by one)."""
        lows = tuple(self._low(i) for i in between)
        if lows and lows[0] in DASHES:
            lows = (",",) + lows[1:]  # "ashwagandha — also called Peruvian ginseng —"
        if lows not in self.alias_links:
            return False
        after = self._next(second.end - 1, sentence)
        if lows[0] == "(":
            return after is not None and self._text(after) == ")"
        if after is None:
            return True
        text = self._text(after)
        return text in (",", ".", ";", ":", ")", "!", *DASHES) and not (text == "," and self._listed(second, sentence))

    CLAUSE_CLOSERS = {".", "!", "?", ",", ";", ":", ")", "—", "–", "--", "…"}
    BARE_COPULAS = {"is", "are", "was", "were"}

    def _bare_copula(self, first: Span, second: Span, between: list[int], sentence: Span) -> bool:
        """'Valerian is passionflower.', 'Honestly, kava is kratom, whatever the label says': a
        copula alone between two names, the first the clause's subject (after a determiner or
        modifier at most: 'the best pairing for valerian is passionflower' names a pairing) and
        the second ending the clause ('kava is kratom's opposite', 'kava is kratom-free',
        'valerian is passionflower season's star' describe something else)."""
        if len(between) != 1 or self._low(between[0]) not in self.BARE_COPULAS:
            return False
        after, words = self._next(second.end - 1, sentence), 0
        while after is not None and words < 2 and after not in self.covering and self._word(after).is_alpha and (
                self._low(after) in self.part_ids or self._low(after) in self.product_forms):
            after, words = self._next(after, sentence), words + 1  # "kratom is kava root", "… is kava root powder"
        if after is not None and self._text(after) not in self.CLAUSE_CLOSERS:
            return False
        k, steps = self._prev(first.start, sentence), 0
        while k is not None and steps < 2 and self._word(k).is_alpha and k not in self.covering \
                and (self._low(k) in self.determiners or (self._low(k) not in self.stops
                                                          and self._low(k) not in self.copulas)):
            k, steps = self._prev(k, sentence), steps + 1
        return k is None or (self._word(k).is_punct and self._text(k) not in HYPHENS
                             and self._low(k) not in ("'s", "'", "/", "&"))

    SAME_SUBJECT_OPENERS = {"that", "because", "since", "so", "but", "although", "though", "while", "when", "if"}
    SAME_ADVERBS = {"both", "all", "really", "actually", "basically", "essentially", "just", "simply", "literally",
                    "technically", "truly", "in", "fact"}
    SAME_VERBS = {"come", "came", "comes", "derive", "derived", "grow", "grew", "belong", "belonged"}
    SAME_LINKS = {"from", "to", "of", "in"}

    DIFFERENT = {"different", "distinct", "separate", "unrelated", "dissimilar"}
    DIFFERENT_ADVERBS = {"two", "completely", "entirely", "totally", "very", "quite", "altogether", "wholly"}
    DIFFERENT_THAN = {"than", "from", "to"}
    # not "tree", "shrub": "the red and green strains come from different trees" can mean individual trees
    DIFFERENT_NOUNS = {"plant", "plants", "species", "organism", "organisms", "mushroom", "mushrooms", "fungus", "fungi"}

    def _difference(self, first: Span, second: Span, between: list[int], sentence: Span) -> int | None:
        """Two names said to be different plants: 'matcha and green tea come from different plants', 'matcha
        comes from a different plant than green tea', 'sencha is a separate species from matcha'. The noun
        (plant, species, …), for the caller to tell whether the names are one organism's; None otherwise."""
        lows = [self._low(i) for i in between]
        if lows in (["and"], ["&"]):
            before = self._prev(first.start, sentence)
            while before is not None and self._low(before) in ("both", "our", "the", "your", "my", "their"):
                before = self._prev(before, sentence)
            if before is not None and not (self._word(before).is_punct or self._low(before) in self.SAME_SUBJECT_OPENERS):
                return None  # "the choice between matcha and green tea …", "people think matcha and …"
            k = self._next(second.end - 1, sentence)
            words = []
            while k is not None and len(words) < 8:
                words.append(self._low(k))
                if self._low(k) in self.DIFFERENT_NOUNS:
                    break
                k = self._next(k, sentence)
            if k is None or not words or words[-1] not in self.DIFFERENT_NOUNS:
                return None
            noun = k
            claim = words[:-1]
        else:
            before = self._prev(first.start, sentence)
            while before is not None and self._low(before) in ("our", "the", "your", "my", "their"):
                before = self._prev(before, sentence)
            if before is not None and not (self._word(before).is_punct and self._text(before) not in HYPHENS):
                return None
            if len(lows) < 4 or lows[-1] not in self.DIFFERENT_THAN or lows[-2] not in self.DIFFERENT_NOUNS:
                return None
            noun = between[-2]
            claim = lows[:-2]
        # the claim before the noun: [copula] [adverbs] [come / be made] [from] [a] [adverbs] different
        n = 0
        if n < len(claim) and claim[n] in self.BARE_COPULAS:
            n += 1
        while n < len(claim) and claim[n] in self.SAME_ADVERBS | self.link_adverbs:
            n += 1
        if n < len(claim) and (claim[n] in self.SAME_VERBS or claim[n] in self.source_verbs):
            n += 1
            if n < len(claim) and claim[n] in self.SAME_LINKS:
                n += 1
        elif n == 0 or claim[0] not in self.BARE_COPULAS:
            return None
        if n < len(claim) and claim[n] in ("a", "an"):
            n += 1
        while n < len(claim) and claim[n] in self.DIFFERENT_ADVERBS:
            n += 1
        if claim[n:] != [claim[-1]] or claim[-1] not in self.DIFFERENT:
            return None
        after = self._next(noun, sentence)
        if lows in (["and"], ["&"]) and after is not None and self._low(noun) == "plant" \
                and self._low(after) == "species":
            noun, after = after, self._next(after, sentence)  # "different plant species"
        if lows in (["and"], ["&"]) and after is not None and not (
                self._word(after).is_punct and self._text(after) not in HYPHENS) and self._low(after) not in self.stops:
            return None  # "different plant families", "different plant parts"
        return noun

    def _same_as(self, first: Span, between: list[int], sentence: Span) -> tuple[str, int] | None:
        """'Kratom comes from the same plant as kava', 'kava is derived from the same species as
        kratom': a source verb, 'from the same <noun> as' between the two names, the first the
        clause's subject. ("family", noun) for '… from the same family as'."""
        lows = [self._low(i) for i in between]
        n = 0
        if n < len(lows) and lows[n] in self.BARE_COPULAS:
            n += 1
        while n < len(lows) and lows[n] in self.SAME_ADVERBS | self.link_adverbs:
            n += 1
        if n >= len(lows) or not (lows[n] in self.SAME_VERBS or (lows[n] in self.source_verbs and (
                n == 0 or lows[0] in self.BARE_COPULAS or lows[n] in ("comes", "come", "came")))):
            return None
        rest = lows[n + 1:]
        if rest[-1:] == ["the"]:
            rest = rest[:-1]
        if len(rest) != 5 or rest[0] not in ("from", "of") or rest[1:3] != ["the", "same"] or rest[4] != "as":
            return None
        noun = between[n + 4]
        if self._low(noun) not in self.sameness_nouns:
            return None
        before = self._prev(first.start, sentence)
        while before is not None and self._low(before) in ("our", "the", "your", "my", "their"):
            before = self._prev(before, sentence)
        if before is not None and not (self._word(before).is_punct and self._text(before) not in HYPHENS):
            return None
        return "same", noun

    def _sameness(self, first: Span, second: Span, between: list[int], sentence: Span) -> tuple[str, int] | None:
        """'Kava and kratom are the same plant', 'turmeric and ginger come from the same species',
        'kava and kratom are one and the same': ("same", the last word). 'Kava and kratom are
        in the same family', 'belong to the same plant family': ("family", the word "family").
        None for anything else ('… the same genus', '… the same region', '… sold in the same
        shop'), and when the two names are the object of a preposition ('the choice between
        kava and kratom is the same thing')."""
        lows = [self._low(i) for i in between]
        nouns = 0  # "kava powder and kratom", "kava root and kratom leaf": the product or part of each name
        while nouns < len(lows) - 1 and nouns < 2 and lows[nouns] in self.OPENING_PRODUCT_NOUNS:
            nouns += 1
        if lows[nouns:] not in (["and"], ["&"]):
            return self._same_as(first, between, sentence)
        before = self._prev(first.start, sentence)
        while before is not None and self._low(before) in ("both", "our", "the", "your", "my", "their"):
            before = self._prev(before, sentence)
        if before is not None and (before in self.covering or (
                self._low(before) in self.stops and self._low(before) not in self.SAME_SUBJECT_OPENERS)):
            return None
        k = self._next(second.end - 1, sentence)
        if k is not None and k not in self.covering and self._low(k) in self.OPENING_PRODUCT_NOUNS:
            k = self._next(k, sentence)

        def skip_adverbs(i):
            while i is not None and self._low(i) in self.SAME_ADVERBS | self.link_adverbs:
                i = self._next(i, sentence)
            return i

        k = skip_adverbs(k)
        if k is None:
            return None
        low = self._low(k)
        if low in self.BARE_COPULAS or low in self.SAME_VERBS:
            k = skip_adverbs(self._next(k, sentence))
            if k is not None and self._low(k) in self.source_verbs and low in self.BARE_COPULAS:
                k = self._next(k, sentence)  # "are made from", "are derived from"
        else:
            return None
        if k is not None and self._lows(k, min(sentence.end, k + 4)) == ("one", "and", "the", "same"):
            end = k + 3
            after = self._next(end, sentence)
            if after is None or self._word(after).is_punct and self._text(after) not in HYPHENS:
                return "same", end
            if self._low(after) in self.sameness_nouns:  # "one and the same plant"
                close = self._next(after, sentence)
                if close is None or self._word(close).is_punct and self._text(close) not in HYPHENS:
                    return "same", after
            return None
        if k is not None and self._low(k) in self.SAME_LINKS:
            k = self._next(k, sentence)
        if k is not None and self._low(k) in ("members", "member", "part"):
            of = self._next(k, sentence)  # "are members of the same family"
            k = self._next(of, sentence) if of is not None and self._low(of) == "of" else None
        if k is None or self._lows(k, min(sentence.end, k + 2)) != ("the", "same"):
            return None
        noun = self._next(k + 1, sentence)
        if noun is None:
            return None
        after = self._next(noun, sentence)
        if after is not None and self._low(after) == "family" and self._low(noun) in self.sameness_nouns | {
                "botanical"}:
            noun, after = after, self._next(after, sentence)  # "the same plant family"
        if after is not None and not (self._word(after).is_punct and self._text(after) not in HYPHENS) and (
                self._low(after) not in self.stops or self._low(after) in ("as", "of")):
            return None  # "the same plant as …", "the same species of tree", "the same plant food"
        if self._low(noun) == "family":
            return "family", noun
        if self._low(noun) in self.sameness_nouns:
            return "same", noun
        return None
