"""Descriptions set off from their product by a listing separator rather than a comma.

Product titles and captions separate a name from what it is with a pipe, a bullet, a
spaced hyphen, a dash or an emoji, and may put a size between them:

* "Sea Moss Gel 16 oz | wildcrafted moss from …"   (a bare description segment of a title)
* "Kava - the Pacific's favourite mushroom"          (a spaced hyphen used as a dash)
* "Ashwagandha 🌿 my favourite mushroom"             (an emoji before a determined description)

The segment after the separator describes the product only when it is one noun phrase:
not a clause ("Kava 🌿 my favourite mushroom is reishi"), not another item of a list
("Kava 🌙 the mushroom latte ☀️ oat cookies", "Home | Kava | Mushrooms"), and, when it has
no determiner, only in a product title (a product word or a size before the separator)
with a singular kind word as its head ("Kava Tea | Wild Mushrooms | Gift Sets" lists
categories).

``SegmentFrames`` is a mixin of ``IdentityRules``: it reads the same per-document state
(``doc``, ``covering``, ``ending``) and token helpers.
"""
from __future__ import annotations

import unicodedata

from spacy.tokens import Span

from .identity_frames import DASHES, HYPHENS, _is_plural

BARS = {"|", "¦", "•", "·", "‣", "▪"}
# Determiners that open a description after an emoji: "Ashwagandha 🌿 my favourite mushroom".
# An indefinite one is as often the next item of a caption ("Kava 🌙 a mushroom latte ☀️").
SYMBOL_DETERMINERS = {"my", "our", "your", "their", "his", "her", "the", "this", "its"}
# Product words that are verbs or determiners, not a product's form ("our", "made", "used").
NOT_PRODUCT_FORMS = {"our", "used", "use", "uses", "made", "sold", "dried", "sun-dried", "ground", "milled",
                     "brewed", "steeped", "pressed", "harvested", "picked", "hand-picked"}
MAX_MODIFIERS = 3  # plain words between the separator and the kind word of a bare segment


def _is_symbol(text: str) -> bool:
    return bool(text) and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in text)


class SegmentFrames:
    def _segment_kind(self, i: int) -> str | None:
        """What token i separates with: 'bar' (a pipe or bullet), 'dash' (an en or em dash),
        'hyphen' (a hyphen with a space either side), 'symbol' (an emoji), or None."""
        text = self._text(i)
        if text in BARS:
            return "bar"
        if text in DASHES:
            return "dash"
        if text in HYPHENS:
            doc = self.doc
            return "hyphen" if i > 0 and doc[i - 1].whitespace_ and doc[i].whitespace_ else None
        if not self._word(i).is_alpha and _is_symbol(text):
            return "symbol"
        return None

    def _segment_owner(self, mark: int, start: int, end: int, sentence: Span):
        """The product a description at tokens [start, end) describes across the separator at
        `mark`, or None (the caller's frames then go on as before)."""
        kind = self._segment_kind(mark)
        if kind is None:
            return None
        # The product: a name, then at most product, part and size words ("Sea Moss Gel 16 oz").
        j = self._prev(mark, sentence)
        while j is not None and self._segment_kind(j) == "symbol":
            j = self._prev(j, sentence)  # "Kava 🌿🍄 …"
        titled = False
        while j is not None and j not in self.ending:
            low = self._low(j)
            if any(c.isdigit() for c in low) or low in self.quantity_units or (
                    self._word(j).is_alpha and low not in NOT_PRODUCT_FORMS
                    and (low in self.product_words or low in self.part_ids)):
                titled, j = True, self._prev(j, sentence)
                continue
            break
        if j is None or j not in self.ending:
            return None
        if kind == "dash" and not titled:
            return None  # a dash right after the name is the apposition frame's ("Kava — the …")
        mention = self.ending[j]
        # The description: from the first word after the separator to the kind word.
        first = self._next(mark, sentence)
        while first is not None and first < start and self._segment_kind(first) == "symbol":
            first = self._next(first, sentence)
        if first is None or first > start:
            return None
        opener = self._low(first)
        second = self._next(first, sentence)
        possessor = second is not None and second < start and self._low(second) in ("'s", "'") \
            and self._word(first).is_alpha  # "Kava - Fiji's favourite mushroom"
        if kind == "symbol":
            if opener not in SYMBOL_DETERMINERS and not possessor:
                return None
        elif opener not in self.determiners and not possessor and not self._bare_segment(
                mention, first, start, end, sentence, titled):
            return None
        if not self._segment_is_phrase(end, sentence, kind):
            return None
        return self._owner_of_mention(mention, "apposition")

    def _bare_segment(self, mention: Span, first: int, start: int, end: int, sentence: Span, titled: bool) -> bool:
        """'Sea Moss Gel 16 oz | wildcrafted moss from …': a description segment with no
        determiner. Only in a product title that opens its line or segment, for one singular
        kind word heading the segment after one to three plain modifiers (a one-word segment
        is a label or the next item: "Kava Root Powder | Mushroom | Kratom")."""
        if not titled or end - start != 1 or self._low(start) not in self.kind_classes \
                or _is_plural(self._low(start)):
            return False
        modifiers = [k for k in range(first, start) if not self._skippable(k) and self._text(k) not in HYPHENS]
        words = sum(self._text(k - 1) not in HYPHENS for k in modifiers)  # "hand-picked" is one modifier
        if not 0 < words <= MAX_MODIFIERS or any(
                not self._word(k).is_alpha or self._low(k) in self.stops or k in self.covering for k in modifiers):
            return False
        after = self._next(end - 1, sentence)
        if after is not None and self._segment_kind(after) is None and not self._word(after).is_punct \
                and self._low(after) not in self.stops:
            return False  # "| Mushroom Gummies |": the kind word modifies another product
        k = self._prev(mention.start, sentence)
        modifiers = 0
        while k is not None and self._segment_kind(k) is None:
            if not self._word(k).is_alpha or self._low(k) in self.stops or modifiers >= MAX_MODIFIERS:
                return False  # "We sell kava tea | …": the name is not the title's head
            k, modifiers = self._prev(k, sentence), modifiers + 1
        return True

    def _segment_is_phrase(self, end: int, sentence: Span, kind: str) -> bool:
        """The description ends its segment as a noun phrase: no copula or other name follows
        before the next separator ('Kava 🌿 my favourite mushroom is reishi'), and after an
        emoji no further item follows another emoji ('Kava 🌙 the mushroom latte ☀️ oat cookies')."""
        k = self._next(end - 1, sentence)
        while k is not None and self._low(k) in self.product_words and self._word(k).is_alpha:
            k = self._next(k, sentence)  # "my favourite mushroom tea"
        if k is not None and self._segment_kind(k) is None and not self._word(k).is_punct \
                and self._low(k) not in self.stops:
            return False  # "Kava 🌿 the mushroom tea can wait": the phrase runs into a clause
        while k is not None:
            separator = self._segment_kind(k)
            if separator is not None:
                if kind != "symbol" or separator != "symbol":
                    return True
                following = self._next(k, sentence)
                while following is not None and self._segment_kind(following) == "symbol":
                    following = self._next(following, sentence)
                return following is None or not self._word(following).is_alpha
            low = self._low(k)
            if k in self.covering or (low in self.copulas and low not in ("'s", "'")):
                return False
            k = self._next(k, sentence)
        return True
